"""Weighted sum model (WSM): score = Σ_j w_j u_ij (Fishburn 1967).

Three ways to put the criteria on one footing (``normalization``):

``"bounds"`` (default when ``bounds`` is given)
    u = (x - lo) / (hi - lo) for a benefit, (hi - x) / (hi - lo) for a cost,
    on each criterion's declared scale [lo, hi]; higher is better.  A score
    does not move when another option is added or removed.  A criterion on
    which every option scores the same cannot discriminate and gives u = 0
    whatever its direction, as under ``"minmax"``: turning it from a benefit
    into a cost changes no score.
``"minmax"`` (default otherwise)
    the same on the column's observed min and max; a column whose options all
    score the same gives u = 0 (it contributes nothing).  Higher is better.
``"raw"``
    score = Σ w x on the original values, allowed only when all criteria point
    the same way: for a risk matrix (all costs) it is the weighted risk index,
    where lower is better.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import ArrayLike

from core.errors import Listed, Message, ModelError
from core.methods.base import (Batch, Better, Inputs, MethodResult, batch_result, normalise_vector, prepare,
                               rank_vector, span_divide, weight_array)
from core.methods.products import matmul_columns, matvec
from core.methods.spec import MethodSpec, ModelArrays, Parameter, Texts

NORMALIZATIONS = ("bounds", "minmax", "raw")


def run(matrix: ArrayLike, weights: ArrayLike, benefit: ArrayLike, *,
        criteria: Sequence[str] | None = None, options: Sequence[str] | None = None,
        normalization: str | None = None, bounds: ArrayLike | None = None) -> MethodResult:
    """Weighted sum of normalised (or raw) criterion values; see the module docstring."""
    inputs = prepare(matrix, benefit, criteria, options)
    mode = normalization or ("minmax" if bounds is None else "bounds")
    utilities, better = _utilities(inputs, mode, bounds)
    # Ties are judged on the scale of the values added up: [0, 1] once normalised.
    scale = float(np.abs(utilities).max()) if mode == "raw" else 1.0
    extra = {"normalization": mode, "tie_scale": scale}
    w = weight_array(weights, inputs)
    if w.ndim == 2:
        def kernel(chunk: np.ndarray, out: np.ndarray) -> None:
            matmul_columns(utilities, chunk.T, out)
        return batch_result("wsm", w, inputs, Batch(kernel, better, 8 * sum(utilities.shape), scale), extra)
    w = normalise_vector(w, inputs.criteria)
    weighted = utilities * w
    scores = matvec(utilities, w)
    tables = {"normalised": utilities, "weighted": weighted, "score": scores}
    return MethodResult("wsm", scores, rank_vector(scores, better, scale), better, w, tables, inputs.warnings, extra)


def _utilities(inputs: Inputs, mode: str, bounds: ArrayLike | None) -> tuple[np.ndarray, Better]:
    if mode == "bounds":
        if bounds is None:
            raise ModelError(Message("messages.methods.bounds_needed"))
        return _on_bounds(inputs, _bounds(bounds, inputs)), "higher"
    if mode == "minmax":
        return _on_minmax(inputs), "higher"
    if mode == "raw":
        return inputs.matrix, _raw_direction(inputs)
    raise ModelError(Message("messages.methods.normalization", name=repr(mode), known=Listed(NORMALIZATIONS)))


def _bounds(bounds: ArrayLike, inputs: Inputs) -> np.ndarray:
    scale = np.asarray(bounds, dtype=float)
    m = len(inputs.criteria)
    if scale.shape != (m, 2):
        raise ModelError(Message("messages.methods.bounds_shape", m=m, shape=str(scale.shape)))
    for j, (lo, hi) in enumerate(scale):
        if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
            raise ModelError(Message("messages.methods.bounds_pair", name=inputs.criteria[j], low=lo, high=hi))
    outside = (inputs.matrix < scale[:, 0]) | (inputs.matrix > scale[:, 1])
    if outside.any():
        i, j = np.argwhere(outside)[0]
        raise ModelError(Message("messages.methods.outside", cell=inputs.cell(i, j), value=inputs.matrix[i, j],
                                 low=scale[j, 0], high=scale[j, 1]))
    return scale


def _on_bounds(inputs: Inputs, scale: np.ndarray) -> np.ndarray:
    lo, hi = scale[:, 0], scale[:, 1]
    utilities = np.where(inputs.benefit, inputs.matrix - lo, hi - inputs.matrix) / (hi - lo)
    utilities[:, inputs.matrix.max(axis=0) == inputs.matrix.min(axis=0)] = 0.0
    return utilities


def _on_minmax(inputs: Inputs) -> np.ndarray:
    x = inputs.matrix
    lo, hi = x.min(axis=0), x.max(axis=0)
    return span_divide(np.where(inputs.benefit, x - lo, hi - x), hi - lo)


def _raw_direction(inputs: Inputs) -> Better:
    if inputs.benefit.all():
        return "higher"
    if not inputs.benefit.any():
        return "lower"
    first_benefit = inputs.criteria[int(np.argmax(inputs.benefit))]
    first_cost = inputs.criteria[int(np.argmin(inputs.benefit))]
    raise ModelError(Message("messages.methods.raw_directions", benefit=first_benefit, cost=first_cost))


def model_settings(arrays: ModelArrays) -> dict[str, object]:
    """The weighted sum a model implies, decided by the kind of its criteria.

    A risk matrix (every factor a risk: likelihood × impact on the shared
    1–25 scale, a cost) is scored as the weighted risk index Σ w·risk, lower
    is better, which an analyst can check by hand and Excel recomputes with
    SUMPRODUCT.  Any model with a direct value is normalised on each
    criterion's declared scale, higher is better, whatever its values are.
    """
    if arrays.kinds and all(kind == "risk" for kind in arrays.kinds):
        return {"normalization": "raw"}
    return {"normalization": "bounds", "bounds": arrays.bounds}


def normalisation(settings: Mapping[str, object]) -> str:
    """The catalogue key of the report's normalisation sentence for these settings."""
    if settings.get("normalization") == "raw":
        return "methodology.norm_raw"
    if settings.get("normalization") == "minmax":
        return "methodology.norm_minmax"
    return "methodology.norm_bounds"


METHOD = MethodSpec(
    key="wsm", order=10, run=run, linear="identity",
    label="Weighted sum (WSM)",
    note="Weighted sum: each option's score is the sum of its criterion values times the global weights.",
    texts={"ar": Texts("المجموع المرجّح (WSM)",
                       "المجموع المرجّح: درجة كل خيار هي مجموع قيمه على المعايير مضروبةً في الأوزان الكلية.")},
    parameters=(Parameter("normalization", None, "bounds, minmax or raw; bounds when bounds are given, "
                          "else minmax"),
                Parameter("bounds", None, "the declared scale [lo, hi] of each criterion")),
    model_settings=model_settings, normalisation=normalisation)
