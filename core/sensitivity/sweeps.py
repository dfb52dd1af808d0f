"""One-way weight sweeps: every option's score as one criterion's weight runs from 0 to 1.

Along the sweep of criterion j its global weight is t and every other
weight keeps its share of the rest: w_k(t) = w_k (1 - t) / (1 - w_j), never
negative, always summing to 1.  When the other weights are all zero (w_j = 1)
they have no shares to keep and split the rest equally.  Each criterion's
sweep is one batch call of the study's method.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.methods.base import Better
from core.sensitivity.inputs import Study
from core.sensitivity.progress import Cancel, Progress, step

POINTS = 101


@dataclass(frozen=True)
class Sweep:
    """The scores (points, n) and ranks of every option along one criterion's weight ``t``.

    ``weight`` is the criterion's current weight and ``current`` the scores
    there (n,), to mark on the chart.
    """

    criterion: str
    options: tuple[str, ...]
    better: Better
    weight: float
    t: np.ndarray
    scores: np.ndarray
    ranks: np.ndarray
    current: np.ndarray


def sweep_weights(weights: np.ndarray, j: int, t: np.ndarray) -> np.ndarray:
    """Weight rows (len(t), m): criterion ``j`` at each t, the others rescaled to 1 - t."""
    t = np.asarray(t, dtype=float)
    m = weights.size
    if m == 1:
        return np.ones((t.size, 1))
    rest = np.array(weights, dtype=float)
    rest[j] = 0.0
    if rest.sum() <= 0:
        rest[:] = 1.0
        rest[j] = 0.0
    rows = np.outer(1.0 - t, rest / rest.sum())
    rows[:, j] = t
    return rows


def sweep(study: Study, j: int, points: int = POINTS) -> Sweep:
    """The sweep of criterion index ``j`` on ``points`` evenly spaced weights from 0 to 1."""
    t = np.linspace(0.0, 1.0, points)
    result = study.run(sweep_weights(study.weights, j, t))
    return Sweep(study.criteria[j], study.options, study.better, float(study.weights[j]), t,
                 np.ascontiguousarray(result.scores), np.ascontiguousarray(result.ranks),
                 np.array(study.baseline.scores))


def sweeps(study: Study, points: int = POINTS, *, progress: Progress | None = None,
           cancel: Cancel | None = None) -> tuple[Sweep, ...]:
    """The sweep of every criterion, in the study's criterion order (progress after each)."""
    m, found = len(study.criteria), []
    for j in range(m):
        found.append(sweep(study, j, points))
        step(progress, cancel, (j + 1) / m)
    return tuple(found)
