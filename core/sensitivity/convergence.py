"""How settled SMAA's acceptability indices are, from batches of consecutive samples.

The samples are counted in BATCHES consecutive batches.  Two indicators:

* ``standard_error``, the largest standard error of any acceptability
  index b.  Independent samples give sqrt(b(1-b)/N).  With uncertain scores
  the samples of a block share one score table, so they are not
  independent and that formula is too optimistic; the spread of the batch
  means (the batch-means method: each batch holds many whole blocks, so the
  batches are nearly independent) estimates it honestly, and the larger of
  the two is reported.
* ``half_difference``, the largest change of an index between the first and
  the second half of the samples: a plain check that needs no model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.sensitivity.counting import Tally

BATCHES = 10


@dataclass(frozen=True)
class Convergence:
    """How settled the acceptability indices are; see the module docstring.

    ``half_difference`` is None below two samples; ``score_tables`` is the
    number of independent score tables drawn (0 when the scores are exact).
    """

    standard_error: float
    half_difference: float | None
    score_tables: int


def batch_bounds(samples: int) -> np.ndarray:
    """Where each batch starts, and the end: BATCHES + 1 sample indices."""
    return np.linspace(0, samples, BATCHES + 1).round().astype(np.int64)


def convergence(batches: Sequence[Tally], total: Tally, uncertain: bool, tables: int) -> Convergence:
    """The indicators of a run counted in ``batches`` (their sum is ``total``)."""
    b = total.ranks / total.samples
    error = float(np.sqrt(b * (1 - b) / total.samples).max())
    filled = [t for t in batches if t.samples]
    if uncertain and len(filled) > 1:
        means = np.array([t.ranks / t.samples for t in filled])
        error = max(error, float((means.std(axis=0, ddof=1) / np.sqrt(len(filled))).max()))
    half = len(batches) // 2
    first, second = merge(batches[:half]), merge(batches[half:])
    split = None
    if first.samples and second.samples:
        split = float(np.abs(first.ranks / first.samples - second.ranks / second.samples).max())
    return Convergence(error, split, tables)


def merge(tallies: Sequence[Tally]) -> Tally:
    """The sums of several tallies."""
    total = Tally(*tallies[0].first_weights.shape, pairwise=tallies[0].wins is not None)
    for tally in tallies:
        total.samples += tally.samples
        total.ranks += tally.ranks
        total.first_weights += tally.first_weights
        if total.wins is not None and tally.wins is not None:
            total.wins += tally.wins
    return total
