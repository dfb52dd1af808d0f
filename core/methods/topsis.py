"""TOPSIS: closeness to the ideal and distance from the anti-ideal (Hwang & Yoon 1981).

Steps (Hwang & Yoon, *Multiple Attribute Decision Making*, Springer 1981):
normalise each column r_ij (``"vector"``: x / ||x_j||, the original; or
``"minmax"``: (x - min) / (max - min), costs reversed), weight it
v_ij = w_j r_ij, take the ideal v+_j (best value per criterion) and the
anti-ideal v-_j (worst), the Euclidean distances D+_i and D-_i to them, and
the closeness C_i = D-_i / (D+_i + D-_i); higher is better.

Because w_j ≥ 0, the weighted ideal is w_j times the ideal of the
normalised column, so D±² = Σ_j w_j² (r_ij - r±_j)²: a batch of weight
vectors needs one matrix product per chunk.  If every weighted criterion
scores the same, D+ = D- = 0 and C = 0.5 for all options, with a warning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np
from numpy.typing import ArrayLike

from core.errors import Listed, Message, ModelError
from core.methods.base import (Batch, Inputs, MethodResult, batch_result, normalise_vector, prepare, rank_vector,
                               span_divide, weight_array)
from core.methods.products import matmul_columns, matvec
from core.methods.spec import MethodSpec, Parameter, Texts

NORMALIZATIONS = ("vector", "minmax")


def run(matrix: ArrayLike, weights: ArrayLike, benefit: ArrayLike, *,
        criteria: Sequence[str] | None = None, options: Sequence[str] | None = None,
        normalization: str = "vector") -> MethodResult:
    """TOPSIS closeness coefficients; see the module docstring."""
    inputs = prepare(matrix, benefit, criteria, options)
    r = _normalised(inputs, normalization)
    ideal, anti = _ideals(r, inputs.benefit if normalization == "vector" else np.ones_like(inputs.benefit))
    gaps = np.concatenate([(r - ideal) ** 2, (r - anti) ** 2]).T  # (m, 2n)
    extra = {"normalization": normalization}
    w = weight_array(weights, inputs)
    if w.ndim == 2:
        return _batch(w, inputs, gaps, extra)
    w = normalise_vector(w, inputs.criteria)
    d_plus, d_minus = np.sqrt(matvec(gaps.T, w * w)).reshape(2, -1)
    closeness, tied = _closeness(d_plus, d_minus)
    tables = {"normalised": r, "weighted": r * w, "ideal": ideal * w, "anti_ideal": anti * w,
              "d_plus": d_plus, "d_minus": d_minus, "closeness": closeness}
    return MethodResult("topsis", closeness, rank_vector(closeness, "higher", 1.0), "higher", w, tables,
                        _warnings(inputs, bool(tied.any())), extra)


def _normalised(inputs: Inputs, normalization: str) -> np.ndarray:
    x = inputs.matrix
    if normalization == "vector":
        # Scale before squaring so that large values cannot overflow.
        scale = np.abs(x).max(axis=0)
        norms = scale * np.sqrt((span_divide(x, scale) ** 2).sum(axis=0))
        return span_divide(x, norms)
    if normalization == "minmax":
        lo, hi = x.min(axis=0), x.max(axis=0)
        return span_divide(np.where(inputs.benefit, x - lo, hi - x), hi - lo)
    raise ModelError(Message("messages.methods.topsis_normalization", name=repr(normalization),
                             known=Listed(NORMALIZATIONS)))


def _ideals(r: np.ndarray, benefit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    hi, lo = r.max(axis=0), r.min(axis=0)
    return np.where(benefit, hi, lo), np.where(benefit, lo, hi)


def _closeness(d_plus: np.ndarray, d_minus: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """C = D- / (D+ + D-), 0.5 where both are 0; and where that happened."""
    total = d_plus + d_minus
    tied = total == 0
    return np.divide(d_minus, total, out=np.full(total.shape, 0.5), where=~tied), tied


def _batch(w: np.ndarray, inputs: Inputs, gaps: np.ndarray, extra: dict) -> MethodResult:
    n = len(inputs.options)
    tied_any: list[bool] = []  # per chunk: did some weight vector meet the all-tied case (for the warning)

    def kernel(chunk: np.ndarray, out: np.ndarray) -> None:
        distances = np.empty((2 * n, chunk.shape[0]))  # option-major
        np.sqrt(matmul_columns(gaps.T, (chunk * chunk).T, distances), out=distances)
        closeness, tied = _closeness(distances[:n], distances[n:])
        out[...] = closeness
        tied_any.append(bool(tied.any()))

    result = batch_result("topsis", w, inputs, Batch(kernel, "higher", 8 * (w.shape[1] + 6 * n), 1.0), extra)
    return replace(result, warnings=_warnings(inputs, any(tied_any), batch=True))


def _warnings(inputs: Inputs, tied: bool, batch: bool = False) -> tuple[str, ...]:
    if not tied or len(inputs.options) == 1:
        return inputs.warnings
    return (*inputs.warnings, Message("checks.warnings.topsis_tie_some") if batch
            else Message("checks.warnings.topsis_tie"))


def normalisation(settings: Mapping[str, object]) -> str:
    """The catalogue key of the report's normalisation sentence for these settings."""
    if settings.get("normalization", "vector") == "vector":
        return "methodology.norm_vector"
    return "methodology.norm_column_minmax"


METHOD = MethodSpec(
    key="topsis", order=30, run=run,
    label="TOPSIS",
    note=("TOPSIS (Hwang & Yoon, 1981): vector-normalised, weighted values; the score is the relative "
          "closeness to the ideal option, between 0 and 1."),
    texts={"ar": Texts("TOPSIS",
                       "TOPSIS (هوانغ ويون، 1981): قيم مطبّعة متجهيًا ومرجّحة؛ والدرجة هي القرب النسبي من "
                       "الخيار المثالي، بين 0 و1.")},
    parameters=(Parameter("normalization", "vector", "vector (the original) or minmax"),),
    normalisation=normalisation)
