"""Tornado: the swing in every option's score, and in the top option's lead, per uncertain input.

Two kinds of input move, one at a time, everything else at its current value:

* each criterion's weight, from w_j (1 - spread) to w_j (1 + spread),
  clipped to [0, 1] (``spread`` = 0.5: ±50 % of the current weight), the
  other weights rescaled proportionally as in a sweep;
* each score that has a low/high range, from low to high.

The *lead* is the margin between first and second seen from the option
ranked first at the current weights: its score minus the best score of the
others (turned round when lower is better), positive while it stays first
and negative once another option overtakes it; 0 with a single option.
Bars come sorted by the swing of the lead, largest first: the top of the
chart is what the decision is most sensitive to.  Weight bars cost one batch
call; score bars one call per end of each uncertain cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from core.errors import Message, ModelError
from core.methods.base import Better
from core.sensitivity.inputs import Study
from core.sensitivity.sweeps import sweep_weights

SPREAD = 0.5


@dataclass(frozen=True)
class Bar:
    """One input moved from ``low`` to ``high``: every option's score (n,) and the lead at each end.

    ``option`` is None for a weight bar and the cell's option for a score bar.
    """

    kind: Literal["weight", "score"]
    criterion: str
    option: str | None
    low: float
    high: float
    scores_low: np.ndarray
    scores_high: np.ndarray
    lead_low: float
    lead_high: float

    @property
    def swing(self) -> float:
        """How much the lead moves across the input's range."""
        return abs(self.lead_high - self.lead_low)

    @property
    def score_swings(self) -> np.ndarray:
        """How much each option's score moves across the input's range (n,)."""
        return np.abs(self.scores_high - self.scores_low)


@dataclass(frozen=True)
class Tornado:
    """Bars sorted by swing, with the baseline they swing around."""

    method: str
    options: tuple[str, ...]
    better: Better
    top: str
    spread: float
    scores: np.ndarray
    lead: float
    bars: tuple[Bar, ...]


def lead(scores: np.ndarray, top: int, better: Better) -> float:
    """The ``top`` option's margin over the best other option (positive: it is ahead)."""
    oriented = scores if better == "higher" else -scores
    others = np.delete(oriented, top)
    return float(oriented[top] - others.max()) if others.size else 0.0


def tornado(study: Study, spread: float = SPREAD) -> Tornado:
    """Weight bars for every criterion and score bars for every uncertain score; see the module docstring."""
    if not (np.isfinite(spread) and spread >= 0):
        raise ModelError(Message("messages.sensitivity.spread", value=repr(spread)))
    bars = _weight_bars(study, spread) + _score_bars(study)
    base = np.array(study.baseline.scores)
    return Tornado(study.method, study.options, study.better, study.options[study.top], spread, base,
                   lead(base, study.top, study.better), tuple(sorted(bars, key=lambda b: -b.swing)))


def _weight_bars(study: Study, spread: float) -> list[Bar]:
    w = study.weights
    ends = np.clip(np.outer(w, [1.0 - spread, 1.0 + spread]), 0.0, 1.0)  # (m, 2)
    rows = np.concatenate([sweep_weights(w, j, ends[j]) for j in range(w.size)])
    scores = study.run(rows).scores.reshape(w.size, 2, -1)
    return [_bar(study, "weight", j, None, ends[j], scores[j]) for j in range(w.size)]


def _score_bars(study: Study) -> list[Bar]:
    bars = []
    for i, j in np.argwhere(study.low < study.high):
        scores = []
        for value in (study.low[i, j], study.high[i, j]):
            table = study.problem.matrix.copy()
            table[i, j] = value
            scores.append(study.run(study.weights, table).scores)
        bars.append(_bar(study, "score", j, int(i), (study.low[i, j], study.high[i, j]), np.array(scores)))
    return bars


def _bar(study: Study, kind: Literal["weight", "score"], j: int, i: int | None, ends: np.ndarray | tuple,
         scores: np.ndarray) -> Bar:
    top, better = study.top, study.better
    return Bar(kind, study.criteria[j], None if i is None else study.options[i], float(ends[0]),
               float(ends[1]), scores[0].copy(), scores[1].copy(), lead(scores[0], top, better),
               lead(scores[1], top, better))
