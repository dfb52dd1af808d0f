"""VIKOR: the compromise ranking of Opricovic & Tzeng (2004, EJOR 156:445–455).

For each criterion the best f*_j and worst f-_j values (max and min for a
benefit, the reverse for a cost) give the normalised gap
d_ij = (f*_j - f_ij) / (f*_j - f-_j) in [0, 1] (0 when all options score the
same: the criterion contributes nothing).  Then

* S_i = Σ_j w_j d_ij, the group utility (lower is better),
* R_i = max_j w_j d_ij, the individual regret (lower is better),
* Q_i = v (S_i - S*) / (S- - S*) + (1 - v) (R_i - R*) / (R- - R*), the score,

where a term whose spread is zero (all S, or all R, equal) is 0.  Lower Q is
better; v = 0.5 by default ("by consensus").  For one weight vector the
result's ``extra["conditions"]`` holds the paper's two conditions and the
compromise set: C1, acceptable advantage, Q(a'') - Q(a') ≥ DQ = 1/(n - 1);
C2, acceptable stability, a' is also best by S or by R.  If only C2 fails
the compromise set is {a', a''}; if C1 fails it is every option whose Q is
within DQ of Q(a').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from core.errors import Message, ModelError
from core.methods.base import (TIE_RTOL, Batch, Inputs, MethodResult, batch_result, normalise_vector, prepare,
                               rank_vector, span_divide, weight_array)
from core.methods.products import matmul_columns, matvec
from core.methods.spec import MethodSpec, Parameter, Texts

# Q differences this close to DQ count as reaching it (rounding of 1/(n - 1)).
DQ_ATOL = 1e-12


@dataclass(frozen=True)
class VikorConditions:
    """The two conditions of Opricovic & Tzeng (2004) and the compromise set.

    ``compromise`` lists option indices, best Q first; ``dq`` is 1/(n - 1),
    None when there is one option only.
    """

    acceptable_advantage: bool
    acceptable_stability: bool
    compromise: tuple[int, ...]
    dq: float | None


def run(matrix: ArrayLike, weights: ArrayLike, benefit: ArrayLike, *,
        criteria: Sequence[str] | None = None, options: Sequence[str] | None = None,
        v: float = 0.5) -> MethodResult:
    """VIKOR Q scores (lower is better) and, for one weight vector, the conditions."""
    inputs = prepare(matrix, benefit, criteria, options)
    if not 0.0 <= v <= 1.0:
        raise ModelError(Message("messages.methods.vikor_v", v=v))
    best, worst, gaps = _gaps(inputs)
    w = weight_array(weights, inputs)
    if w.ndim == 2:
        return _batch(w, inputs, gaps, v)
    w = normalise_vector(w, inputs.criteria)
    regret = gaps * w
    s, r = matvec(gaps, w), regret.max(axis=1)
    q = compromise_index(s, r, v)
    tables = {"best": best, "worst": worst, "regret": regret, "S": s, "R": r, "Q": q}
    extra = {"v": v, "conditions": conditions(s, r, q)}
    return MethodResult("vikor", q, rank_vector(q, "lower", 1.0), "lower", w, tables,
                        inputs.warnings + _spread_warnings(s, r), extra)


def _gaps(inputs: Inputs) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = inputs.matrix
    hi, lo = x.max(axis=0), x.min(axis=0)
    best, worst = np.where(inputs.benefit, hi, lo), np.where(inputs.benefit, lo, hi)
    return best, worst, span_divide(np.abs(best - x), hi - lo)


def _weighted_spread(values: np.ndarray, weight: float, out: np.ndarray | None = None) -> np.ndarray:
    """weight × (x - min) / (max - min) over options (axis 0); 0 when all are equal.

    S and R lie in [0, 1]; a spread below the tie tolerance is rounding noise
    between equal values, which dividing by it would blow up to order 1.
    The division is done once per sample, not once per option.  ``out``
    (which may be ``values``) spares a batch its temporaries.
    """
    low = values.min(axis=0)
    span = np.asarray(values.max(axis=0) - low)
    factor = np.divide(weight, span, out=np.zeros(span.shape), where=span > TIE_RTOL)
    return np.multiply(np.subtract(values, low, out=out), factor, out=out)


def compromise_index(s: np.ndarray, r: np.ndarray, v: float) -> np.ndarray:
    """Q from S and R, options on axis 0 (one vector or option-major batch)."""
    return _weighted_spread(s, v) + _weighted_spread(r, 1.0 - v)


def conditions(s: np.ndarray, r: np.ndarray, q: np.ndarray) -> VikorConditions:
    """Acceptable advantage, acceptable stability and the compromise set."""
    order = np.argsort(q, kind="stable")
    first = int(order[0])
    if len(q) == 1:
        return VikorConditions(True, True, (first,), None)
    dq = 1.0 / (len(q) - 1)
    close = q - q[first] < dq - DQ_ATOL
    advantage = not close[order[1]]
    stability = bool(rank_vector(s, "lower", 1.0)[first] == 1 or rank_vector(r, "lower", 1.0)[first] == 1)
    if not advantage:
        chosen = tuple(int(i) for i in order if close[i])
    else:
        chosen = (first,) if stability else (first, int(order[1]))
    return VikorConditions(advantage, stability, chosen, dq)


def _spread_warnings(s: np.ndarray, r: np.ndarray) -> tuple[str, ...]:
    if len(s) == 1:
        return ()
    same_s, same_r = s.max() - s.min() <= TIE_RTOL, r.max() - r.min() <= TIE_RTOL
    if same_s and same_r:
        return (Message("checks.warnings.vikor_both"),)
    if same_s:
        return (Message("checks.warnings.vikor_s"),)
    if same_r:
        return (Message("checks.warnings.vikor_r"),)
    return ()


def _batch(w: np.ndarray, inputs: Inputs, gaps: np.ndarray, v: float) -> MethodResult:
    kernel = _BatchKernel(gaps, v)
    n, m = gaps.shape
    return batch_result("vikor", w, inputs, Batch(kernel, "lower", 8 * (2 * m + 6 * n), 1.0), {"v": v})


class _BatchKernel:
    """Q of a chunk of weight rows into option-major ``out``, with buffers reused across chunks."""

    def __init__(self, gaps: np.ndarray, v: float) -> None:
        self.gaps, self.v = gaps, v
        self.columns, self.options = np.empty((gaps.shape[1], 0)), np.empty((3, gaps.shape[0], 0))

    def __call__(self, chunk: np.ndarray, out: np.ndarray) -> None:
        c = chunk.shape[0]
        if self.columns.shape[1] < c:
            self.columns, self.options = np.empty((self.columns.shape[0], c)), np.empty((3, self.gaps.shape[0], c))
        columns = self.columns[:, :c]
        s, r, term = self.options[:, :, :c]
        np.copyto(columns, chunk.T)  # (m, c): one row per criterion
        matmul_columns(self.gaps, columns, s)
        _regret(self.gaps, columns, r, term)
        # Q is computed in place: S and R are not kept for a batch.
        np.add(_weighted_spread(s, self.v, s), _weighted_spread(r, 1.0 - self.v, r), out=out)


def _regret(gaps: np.ndarray, columns: np.ndarray, r: np.ndarray, term: np.ndarray) -> None:
    """R = max_j w_j d_ij into ``r``, one criterion at a time so the working set stays (n, c)."""
    r[...] = 0
    for j in range(gaps.shape[1]):
        np.maximum(r, np.multiply.outer(gaps[:, j], columns[j], out=term), out=r)


METHOD = MethodSpec(
    key="vikor", order=40, run=run, better="lower",
    label="VIKOR",
    note=("VIKOR (Opricovic & Tzeng, 2004): group utility S, individual regret R and the compromise index "
          "Q with v = 0.5; lower Q is better."),
    texts={"ar": Texts("VIKOR",
                       "VIKOR (أوبريكوفيتش وتسنغ، 2004): المنفعة الجماعية S والندم الفردي R ومؤشر التسوية "
                       "Q مع v = 0.5؛ وكلما صغر Q كان الخيار أفضل.")},
    parameters=(Parameter("v", 0.5, "weight of the group utility S against the regret R, in [0, 1]"),))
