"""Criterion weights from simple judgements: direct, points, rank order, swing.

Every function takes one judgement per criterion (and optional criterion
names, "C1 … Cm" by default) and returns a :class:`WeightResult` that keeps
the raw judgements and the normalised weights side by side, with one
sentence saying how one became the other.  Bad input raises ModelError
naming the criterion.  Pairwise comparison (AHP) lives in :mod:`core.ahp`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from core.errors import Message, ModelError

# A points allocation must hit its total this closely.
POINTS_ATOL = 1e-9
SWING_MAX = 100.0


@dataclass(frozen=True)
class WeightResult:
    """Raw judgements and the weights (summing to 1) derived from them."""

    names: tuple[str, ...]
    raw: tuple[float, ...]
    weights: tuple[float, ...]
    method: str
    explanation: str


def _named(what: str) -> tuple[Message, Message]:
    """The judgements ``what`` ("weights", "points", "ranks", "ratings") as messages name them: all, and one."""
    if what == "weights":
        return Message("messages.weighting.weights"), Message("messages.weighting.weight")
    if what == "points":
        return Message("messages.weighting.points"), Message("messages.weighting.point")
    if what == "ranks":
        return Message("messages.weighting.ranks"), Message("messages.weighting.rank")
    return Message("messages.weighting.ratings"), Message("messages.weighting.rating")


def _values(raw: ArrayLike, names: Sequence[str] | None, kind: str) -> tuple[tuple[str, ...], np.ndarray]:
    """The judgements as floats with their criterion names; ModelError on non-numbers."""
    what, one = _named(kind)
    try:
        values = np.asarray(raw, dtype=float)
    except (TypeError, ValueError):
        raise ModelError(Message("messages.weighting.not_numbers", what=what)) from None
    if values.ndim != 1 or values.size == 0:
        raise ModelError(Message("messages.weighting.not_list", what=what))
    labels = tuple(f"C{i}" for i in range(1, values.size + 1)) if names is None else tuple(map(str, names))
    if len(labels) != values.size:
        raise ModelError(Message("messages.weighting.count", count=values.size, what=what, criteria=len(labels)))
    for name, value in zip(labels, values):
        if not np.isfinite(value):
            raise ModelError(Message("messages.weighting.not_finite", name=name, what=one, value=value))
    return labels, values


def _nonnegative(labels: tuple[str, ...], values: np.ndarray, kind: str) -> None:
    what, one = _named(kind)
    for name, value in zip(labels, values):
        if value < 0:
            raise ModelError(Message("messages.weighting.negative", name=name, what=one, value=value))
    if not values.any():
        raise ModelError(Message("messages.weighting.all_zero", what=what))


def _result(labels: tuple[str, ...], raw: np.ndarray, weights: np.ndarray, method: str,
            explanation: Message) -> WeightResult:
    return WeightResult(labels, tuple(map(float, raw)), tuple(map(float, weights)), method, explanation)


def direct(raw: Sequence[float], names: Sequence[str] | None = None) -> WeightResult:
    """Weights typed in directly, on any non-negative scale, divided by their total."""
    labels, values = _values(raw, names, "weights")
    _nonnegative(labels, values, "weights")
    total = values.sum()
    return _result(labels, values, values / total, "direct",
                   Message("labels.weighting.direct", total=total))


def points(alloc: Sequence[float], names: Sequence[str] | None = None, total: float = 100) -> WeightResult:
    """A budget of ``total`` points shared out among the criteria; it must be spent exactly."""
    if not (np.isfinite(total) and total > 0):
        raise ModelError(Message("messages.weighting.total", total=total))
    labels, values = _values(alloc, names, "points")
    _nonnegative(labels, values, "points")
    spent = values.sum()
    if abs(spent - total) > POINTS_ATOL:
        action = Message("messages.weighting.take_away") if spent > total else Message("messages.weighting.hand_out")
        raise ModelError(Message("messages.weighting.unspent", spent=spent, total=total, action=action,
                                 left=abs(spent - total)))
    return _result(labels, values, values / total, "points",
                   Message("labels.weighting.points", total=total))


def _from_ranks(ranks: ArrayLike, names: Sequence[str] | None,
                weight_of: Callable[[np.ndarray, int], np.ndarray]) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Criterion weights from ranks (1 = most important); ties average their positions' weights.

    ``weight_of(positions, n)`` gives the weight of each position 1 … n.
    """
    labels, values = _values(ranks, names, "ranks")
    n = values.size
    position_weights = weight_of(np.arange(1, n + 1), n)
    for name, value in zip(labels, values):
        if value != round(value) or not 1 <= value <= n:
            raise ModelError(Message("messages.weighting.rank_range", name=name, value=value, n=n))
    order = np.argsort(values, kind="stable")
    weights = np.empty(n)
    start = 0
    while start < n:
        stop = start + int(np.count_nonzero(values == values[order[start]]))
        # Tied criteria span positions start … stop-1 and share their mean weight.
        weights[order[start:stop]] = position_weights[start:stop].mean()
        start = stop
    return labels, values, weights


def _roc(positions: np.ndarray, n: int) -> np.ndarray:
    tail = np.cumsum((1.0 / positions)[::-1])[::-1]  # Σ_{k=i..n} 1/k
    return tail / n


def _rank_sum(positions: np.ndarray, n: int) -> np.ndarray:
    return 2.0 * (n + 1 - positions) / (n * (n + 1))


def rank_order_centroid(ranks: Sequence[float], names: Sequence[str] | None = None) -> WeightResult:
    """Rank-order centroid weights (Barron & Barrett 1996, Management Science 42(11):1515–1523).

    ``ranks`` gives each criterion's rank, 1 = most important; ties allowed
    (1, 2, 2, 4 and 1, 2, 2, 3 mean the same: only the order counts).
    """
    labels, values, weights = _from_ranks(ranks, names, _roc)
    return _result(labels, values, weights, "roc",
                   Message("labels.weighting.roc"))


def rank_sum(ranks: Sequence[float], names: Sequence[str] | None = None) -> WeightResult:
    """Rank-sum weights: linear in the position, 1 = most important; ties share the mean."""
    labels, values, weights = _from_ranks(ranks, names, _rank_sum)
    return _result(labels, values, weights, "rank_sum",
                   Message("labels.weighting.rank_sum"))


def swing(ratings: Sequence[float], names: Sequence[str] | None = None) -> WeightResult:
    """Swing weights: each worst-to-best swing rated 0–100 (the most important = 100 by convention)."""
    labels, values = _values(ratings, names, "ratings")
    for name, value in zip(labels, values):
        if not 0 <= value <= SWING_MAX:
            raise ModelError(Message("messages.weighting.swing_range", name=name, value=value, most=SWING_MAX))
    _nonnegative(labels, values, "ratings")
    return _result(labels, values, values / values.sum(), "swing",
                   Message("labels.weighting.swing"))
