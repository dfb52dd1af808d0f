"""What every ranking method shares: input checks, weights, ranking, the result.

A method is ``run(matrix, weights, benefit, *, criteria, options, **params)``:
``matrix`` has one row per option and one column per criterion, ``weights``
is one vector (m,) or a batch (k, m) of vectors, ``benefit`` says per
criterion whether more is better.  :func:`prepare` checks the table once;
weights are checked and normalised (each row is divided by its sum: that is
the documented behaviour, and the result keeps the weights it used) by
:func:`normalise_vector` for one vector and inside :func:`run_batch` for a
batch, which scores chunk by chunk with no Python loop per weight vector, so
that tens of millions of SMAA samples stay cheap.  Batch arrays are computed
option-major, so the (k, n) ``scores`` and ``ranks`` of a batch are
Fortran-ordered views.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike

from core.errors import Message, ModelError
from core.methods.products import matvec

Better = Literal["higher", "lower"]

# Scores closer than this fraction of their scale are ties: rounding noise
# (~1e-16 relative) must not decide who ranks first.
TIE_RTOL = 1e-10
# Beyond this magnitude squares and sums could overflow; no real decision
# table gets near it, and refusing it keeps every method free of inf and NaN.
VALUE_LIMIT = 1e100
# Batch temporaries stay below this size; rows per chunk are also capped so
# that a chunk's working set stays in cache.
CHUNK_BYTES = 64 * 2**20
CHUNK_ROWS = 16384
# Up to this many options a batch is ranked by counting better options
# (vectorised over samples, n² bytes each); beyond it by sorting each row.
PAIRWISE_MAX = 64
# Row sums this close to 1 are taken as already normalised (no copy).
SUM_ATOL = 1e-12


@dataclass(frozen=True)
class MethodResult:
    """Scores, ranks and every intermediate table of one method run.

    ``scores`` and ``ranks`` have shape (n,) for one weight vector and (k, n)
    for a batch; rank 1 is best and tied options share the lowest rank
    (1, 1, 3).  ``better`` says whether a higher or a lower score is better.
    ``tables`` holds the intermediate steps for one weight vector (empty for
    a batch); ``extra`` holds method-specific results such as VIKOR's
    conditions.
    """

    method: str
    scores: np.ndarray
    ranks: np.ndarray
    better: Better
    weights: np.ndarray
    tables: Mapping[str, np.ndarray] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    extra: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Inputs:
    """A checked decision table: float matrix, benefit mask and names."""

    matrix: np.ndarray
    benefit: np.ndarray
    criteria: tuple[str, ...]
    options: tuple[str, ...]
    warnings: tuple[str, ...]

    def cell(self, i: int, j: int) -> Message:
        """``option A2, criterion C3``: where a message points."""
        return _cell(self.options, self.criteria, i, j)


def _cell(options: tuple[str, ...], criteria: tuple[str, ...], i: int, j: int) -> Message:
    return Message("messages.methods.cell", option=options[i], criterion=criteria[j])


@lru_cache(maxsize=16)
def default_names(prefix: str, count: int) -> tuple[str, ...]:
    """``C1 … Cm`` or ``A1 … An``."""
    return tuple(f"{prefix}{i}" for i in range(1, count + 1))


def _names(given: Sequence[str] | None, prefix: str, count: int) -> tuple[str, ...]:
    if given is None:
        return default_names(prefix, count)
    names = tuple(str(name) for name in given)
    if len(names) != count:
        what, many = (Message("messages.methods.criterion"), Message("messages.methods.criteria")) if prefix == "C" \
            else (Message("messages.methods.option"), Message("messages.methods.options"))
        raise ModelError(Message("messages.methods.names", given=len(names), what=what, count=count, many=many))
    return names


def _matrix(matrix: ArrayLike) -> np.ndarray:
    try:
        table = np.asarray(matrix, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ModelError(Message("messages.methods.not_table", detail=str(exc))) from None
    if table.ndim != 2 or 0 in table.shape:
        raise ModelError(Message("messages.methods.matrix_shape", shape=str(table.shape)))
    return table


def _benefit(benefit: ArrayLike, criteria: tuple[str, ...]) -> np.ndarray:
    mask = np.asarray(benefit)
    if mask.shape != (len(criteria),):
        raise ModelError(Message("messages.methods.benefit_shape", count=len(criteria), shape=str(mask.shape)))
    if mask.dtype != bool:
        # 1/-1 codes would silently turn -1 into True: accept only 0 and 1.
        for name, value in zip(criteria, mask.tolist()):
            if value not in (0, 1):
                raise ModelError(Message("messages.methods.benefit_value", name=name, value=repr(value)))
        mask = mask.astype(bool)
    return mask


def _check_values(table: np.ndarray, criteria: tuple[str, ...], options: tuple[str, ...]) -> None:
    if np.abs(table).max() <= VALUE_LIMIT:  # NaN fails this comparison too
        return
    for i, j in zip(*np.nonzero(~(np.abs(table) <= VALUE_LIMIT))):
        value = table[i, j]
        reason = Message("messages.methods.not_finite") if not np.isfinite(value) \
            else Message("messages.methods.beyond_both", limit=VALUE_LIMIT)
        raise ModelError(Message("messages.methods.value", cell=_cell(options, criteria, i, j), value=value,
                                 problem=reason))


def prepare(matrix: ArrayLike, benefit: ArrayLike, criteria: Sequence[str] | None = None,
            options: Sequence[str] | None = None) -> Inputs:
    """Check a decision table once; warn about criteria that cannot discriminate."""
    table = _matrix(matrix)
    n, m = table.shape
    crit = _names(criteria, "C", m)
    opts = _names(options, "A", n)
    mask = _benefit(benefit, crit)
    _check_values(table, crit, opts)
    constant = table.max(axis=0) == table.min(axis=0)
    return Inputs(table, mask, crit, opts, _constant_warnings(crit, opts, constant))


def _constant_warnings(criteria: tuple[str, ...], options: tuple[str, ...],
                       constant: np.ndarray) -> tuple[str, ...]:
    if len(options) == 1:
        return (Message("checks.warnings.one_option", option=options[0]),)
    return tuple(Message("checks.warnings.constant", criterion=criteria[j]) for j in np.flatnonzero(constant))


def weight_array(weights: ArrayLike, inputs: Inputs) -> np.ndarray:
    """``weights`` as a float array of shape (m,) or (k, m); values not yet checked."""
    try:
        w = np.asarray(weights, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ModelError(Message("messages.methods.weights_numbers", detail=str(exc))) from None
    m = len(inputs.criteria)
    if w.ndim not in (1, 2) or w.shape[-1] != m or w.shape[0] == 0:
        raise ModelError(Message("messages.methods.weights_shape", m=m, shape=str(w.shape)))
    return w


def normalise_vector(w: np.ndarray, criteria: tuple[str, ...]) -> np.ndarray:
    """One weight vector divided by its sum; ModelError naming a bad weight."""
    # NaN fails both comparisons; the bound keeps the sum from overflowing.
    if not (w.min() >= 0 and w.max() <= VALUE_LIMIT) or w.sum() <= 0:
        _weight_fault(w[None, :], criteria, None)
    return w / w.sum()


def _normalised_chunk(chunk: np.ndarray, first: int, criteria: tuple[str, ...]) -> tuple[np.ndarray, bool]:
    """A chunk of weight rows divided by their sums, and whether that changed it."""
    # NaN fails the comparison.  A matrix-vector product sums rows far
    # faster than chunk.sum(axis=1) does over a short last axis.
    if not chunk.min() >= 0:
        _weight_fault(chunk, criteria, first)
    sums = matvec(chunk, np.ones(chunk.shape[1]))
    # Non-negative weights are each at most their row's sum, so the bound on
    # the sums spares a pass over the chunk; only a large sum needs the exact
    # check (inf lands here too).
    if sums.max() > VALUE_LIMIT and not chunk.max() <= VALUE_LIMIT:
        _weight_fault(chunk, criteria, first)
    if sums.min() <= 0:
        _weight_fault(chunk, criteria, first)
    if np.abs(sums - 1.0).max() <= SUM_ATOL:
        return chunk, False
    return chunk / sums[:, None], True


def _weight_fault(w: np.ndarray, criteria: tuple[str, ...], first: int | None) -> None:
    """Raise ModelError for the first faulty weight of ``w``: rows ``first…`` of a batch, or one vector."""
    for row in range(w.shape[0]):
        where = Message("messages.methods.weights") if first is None \
            else Message("messages.methods.weights_row", row=first + row)
        for j, value in enumerate(w[row]):
            problem = _weight_problem(value)
            if problem:
                raise ModelError(Message("messages.methods.weight", where=where, criterion=criteria[j], value=value,
                                         problem=problem))
        if not w[row].any():
            raise ModelError(Message("messages.methods.weights_zero", where=where))


def _weight_problem(value: float) -> Message | None:
    """What is wrong with one weight (None when nothing is)."""
    if not np.isfinite(value):
        return Message("messages.methods.not_finite")
    if value < 0:
        return Message("messages.methods.negative")
    return Message("messages.methods.beyond", limit=VALUE_LIMIT) if value > VALUE_LIMIT else None


def rank(scores: ArrayLike, better: Better = "higher", scale: float | None = None) -> np.ndarray:
    """Ranks of (n,) or (k, n) scores: 1 is best, ties share the lowest rank.

    Scores closer than ``TIE_RTOL`` × ``scale`` count as equal, so that
    rounding noise never decides a rank.  ``scale`` is the size of the terms
    the scores were added up from (1 for scores built from values in [0, 1]);
    by default the largest |score| of each row.  One vector is ranked by
    comparing all pairs, as is a batch of up to ``PAIRWISE_MAX`` options;
    larger batches are sorted, and there a run of scores each within the
    tolerance of the next forms one tie group.
    """
    s = np.asarray(scores, dtype=float)
    if better not in ("higher", "lower"):
        raise ValueError(f"better must be 'higher' or 'lower', not {better!r}")
    if s.ndim == 1:
        return rank_vector(s, better, scale)
    return rank_option_major(np.ascontiguousarray(s.T), better, scale).T


def _tolerance(oriented: np.ndarray, scale: float | None, axis: int | None) -> np.ndarray | float:
    if scale is None:
        return TIE_RTOL * np.abs(oriented).max(axis=axis, keepdims=axis == 1)
    return TIE_RTOL * scale


def rank_vector(scores: np.ndarray, better: Better, scale: float | None = None) -> np.ndarray:
    """Ranks of one score vector by counting strictly better options."""
    oriented = scores if better == "higher" else -scores
    if oriented.size > 4096:
        return _rank_sorted(oriented[None, :], scale)[0]
    raised = oriented + _tolerance(oriented, scale, None)
    return 1 + (oriented[None, :] > raised[:, None]).sum(axis=1)


def rank_option_major(scores: np.ndarray, better: Better, scale: float | None = None,
                      out: np.ndarray | None = None) -> np.ndarray:
    """Ranks of option-major scores (n, c), column s holding sample s; into ``out`` if given."""
    ranks = np.empty(scores.shape, dtype=np.int64) if out is None else out
    if scores.shape[0] > PAIRWISE_MAX:
        oriented = scores if better == "higher" else -scores
        ranks[...] = _rank_sorted(np.ascontiguousarray(oriented.T), scale).T
        return ranks
    # beats[i, j, s]: option j beats option i in sample s.  Counting in
    # uint8 (n ≤ 64) is twice as fast as in int64; short rows sort slowly.
    # For "lower", s_j < s_i - tol is exactly -s_j > -s_i + tol (negation
    # is exact), without negating the batch.
    if better == "higher":
        beats = scores[None, :, :] > (scores + _tolerance(scores, scale, 0))[:, None, :]
    else:
        beats = scores[None, :, :] < (scores - _tolerance(scores, scale, 0))[:, None, :]
    np.add(np.add.reduce(beats.view(np.uint8), axis=1, dtype=np.uint8), 1, out=ranks)
    return ranks


def _rank_sorted(oriented: np.ndarray, scale: float | None) -> np.ndarray:
    """Ranks of each row of (c, n) oriented scores (higher is better), by sorting."""
    c, n = oriented.shape
    # Flat positions of each row's order (ties share a rank whatever their order): one flat gather and one
    # flat scatter cost 4.2 ms where take_along_axis and put_along_axis (two index arrays) cost 6.5 each.
    order = (np.argsort(-oriented, axis=1) + n * np.arange(c)[:, None]).ravel()
    ordered = oriented.ravel()[order].reshape(c, n)
    starts = np.ones((c, n), dtype=bool)
    starts[:, 1:] = ordered[:, :-1] - ordered[:, 1:] > _tolerance(ordered, scale, 1)
    first = np.maximum.accumulate(np.where(starts, np.arange(1, n + 1), 0), axis=1)
    ranks = np.empty(c * n, dtype=np.int64)
    ranks[order] = first.ravel()
    return ranks.reshape(c, n)


def chunk_rows(bytes_per_sample: int) -> int:
    """Weight rows per chunk so that temporaries stay under ``CHUNK_BYTES``."""
    return int(max(1, min(CHUNK_ROWS, CHUNK_BYTES // max(bytes_per_sample, 1))))


@dataclass(frozen=True)
class Batch:
    """How a method scores a batch of weight vectors.

    ``score(chunk, out)`` writes the option-major scores (n, c) of a chunk of
    normalised weight rows (c, m) into ``out``; ``better`` and ``scale`` say
    how to rank them (see :func:`rank`); ``bytes_per_sample`` is the size of
    the temporaries per weight row, which bounds the chunk.
    """

    score: Callable[[np.ndarray, np.ndarray], object]
    better: Better
    bytes_per_sample: int
    scale: float | None = None


def run_batch(weights: np.ndarray, criteria: tuple[str, ...], n: int,
              batch: Batch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights used, scores and ranks (k, n) of a batch of weight rows (k, m).

    Each chunk of rows is checked and normalised while it is in cache, then
    scored and ranked; the loop runs over chunks, never over single samples.
    The weights used are the input itself (read-only view) when every row
    already sums to 1.
    """
    k = weights.shape[0]
    scores = np.empty((n, k))
    ranks = np.empty((n, k), dtype=np.int64)
    used: np.ndarray | None = None
    # Ranking a chunk counts pairs (n² bytes per sample) up to PAIRWISE_MAX options, else sorts (a few n).
    step = chunk_rows(batch.bytes_per_sample + (n * n if n <= PAIRWISE_MAX else 32 * n))
    for start in range(0, k, step):
        part = slice(start, min(start + step, k))
        chunk, changed = _normalised_chunk(weights[part], start, criteria)
        if changed:
            used = weights.copy() if used is None else used
            used[part] = chunk
        batch.score(chunk, scores[:, part])
        rank_option_major(scores[:, part], batch.better, batch.scale, out=ranks[:, part])
    return _read_only(weights if used is None else used), scores.T, ranks.T


def batch_result(method: str, weights: np.ndarray, inputs: Inputs, batch: Batch,
                 extra: Mapping[str, object] | None = None) -> MethodResult:
    """The result of scoring a batch of weight rows (see :func:`run_batch`)."""
    used, scores, ranks = run_batch(weights, inputs.criteria, len(inputs.options), batch)
    return MethodResult(method, scores, ranks, batch.better, used, {}, inputs.warnings, extra or {})


def _read_only(array: np.ndarray) -> np.ndarray:
    view = array.view()
    view.flags.writeable = False
    return view


def span_divide(numerator: np.ndarray, span: np.ndarray) -> np.ndarray:
    """``numerator / span`` with 0 wherever the span is 0 (nothing to spread)."""
    return np.divide(numerator, span, out=np.zeros(np.broadcast(numerator, span).shape),
                     where=span > 0)
