"""Methods whose scores are linear in the weights, and their coefficient matrix.

The weighted sum and the PROMETHEE II net flow are linear in the weight
vector, and the weighted product is linear in log space (their module
docstrings derive it): score_i(w) = Σ_j w_j c_ji, where c_ji is the score of
option i when criterion j carries all the weight.  Probing the method with
the m unit vectors, one batch call through the public API so that the
method's own normalisation applies, gives the coefficients; after that a
batch of weight vectors costs one small matrix product, which lets SMAA
score a million samples in milliseconds and gives thresholds in closed form
(intersections of lines).  Linearity is checked on two weight vectors, so a
method that stops being linear falls back to the general path instead of
giving wrong numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from core.methods.base import matmul_columns

from core.sensitivity.inputs import Study

Link = Literal["identity", "log"]
LINKS: dict[str, Link] = {"wsm": "identity", "promethee2": "identity", "wpm": "log"}
# Rounding of the probe and of the check runs stays far below this.
CHECK_RTOL = 1e-9
# OpenBLAS hands a product of more than about 2^18 multiply-adds to its
# thread pool; for the skinny products of SMAA (5 options × 17 criteria ×
# thousands of samples) waking the pool costs more than the product, and on
# a busy 2-core machine the spinning threads starve the rest of the
# pipeline (measured: 10 ms against 135–390 ms per 10^6 samples).  Pieces
# shorter than MIN_PIECE rows cost more in calls than they save: a product
# that big is left whole, to the thread pool.
SINGLE_THREAD_WORK = 2**17
MIN_PIECE = 256
WHOLE = 2**62


@dataclass(frozen=True)
class LinearForm:
    """Scores (in ``link`` space: log scores for the weighted product) = weights @ coefficients.

    ``coefficients`` has shape (m, n); the ranking of a row of scores in link
    space is the method's ranking, since the link is increasing.
    """

    coefficients: np.ndarray
    link: Link

    def scores(self, weights: np.ndarray) -> np.ndarray:
        """Link-space scores (k, n) of weight rows (k, m); rows need not sum to 1."""
        return weights @ self.coefficients

    def option_major(self, weights: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Link-space scores of weight rows (c, m) written option-major into ``out`` (n, c)."""
        return matmul_columns(self.coefficients.T, weights.T, out)


def piece_rows(*sizes: int) -> int:
    """Rows per matrix product so that it stays on one OpenBLAS thread, or WHOLE if that would be too few."""
    rows = SINGLE_THREAD_WORK // max(int(np.prod(sizes)), 1)
    return rows if rows >= MIN_PIECE else WHOLE


def matmul_sum(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left @ right`` for a long inner axis (n, c) @ (c, m), summed piece by piece."""
    step = piece_rows(left.shape[0], right.shape[1])
    total = np.zeros((left.shape[0], right.shape[1]))
    for start in range(0, left.shape[1], step):
        part = slice(start, start + step)
        total += left[:, part] @ right[part]
    return total


def linear_form(study: Study, matrix: np.ndarray | None = None, check: bool = True) -> LinearForm | None:
    """The coefficients of ``study``'s method on ``matrix``, or None if the method is not linear."""
    link = LINKS.get(study.method)
    if link is None:
        return None
    m = len(study.criteria)
    form = LinearForm(_in_link(study.run(np.eye(m), matrix).scores, link), link)
    if check and not _agrees(study, form, matrix):
        return None
    return form


def _in_link(scores: np.ndarray, link: Link) -> np.ndarray:
    return np.ascontiguousarray(np.log(scores) if link == "log" else scores, dtype=float)


def _agrees(study: Study, form: LinearForm, matrix: np.ndarray | None) -> bool:
    """Whether the form reproduces the method on the current weights and on a ramp 1…m."""
    m = len(study.criteria)
    ramp = np.arange(1.0, m + 1.0)
    probes = np.stack([study.weights, ramp / ramp.sum()])
    actual = _in_link(study.run(probes, matrix).scores, form.link)
    predicted = form.scores(probes)
    scale = max(float(np.abs(form.coefficients).max()), 1e-300)
    return bool(np.allclose(predicted, actual, rtol=CHECK_RTOL, atol=CHECK_RTOL * scale))
