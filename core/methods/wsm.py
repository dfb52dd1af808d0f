"""Weighted sum model (WSM): score = Σ_j w_j u_ij (Fishburn 1967).

Three ways to put the criteria on one footing (``normalization``):

``"bounds"`` (default when ``bounds`` is given)
    u = (x - lo) / (hi - lo) for a benefit, (hi - x) / (hi - lo) for a cost,
    on each criterion's declared scale [lo, hi]; higher is better.  A score
    does not move when another option is added or removed.
``"minmax"`` (default otherwise)
    the same on the column's observed min and max; a column whose options all
    score the same gives u = 0 (it contributes nothing).  Higher is better.
``"raw"``
    score = Σ w x on the original values, allowed only when all criteria point
    the same way: for a risk matrix (all costs) it is the weighted risk index,
    where lower is better.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from core.errors import ModelError
from core.methods.base import (Batch, Better, Inputs, MethodResult, batch_result, matmul_columns, normalise_vector, prepare,
                               rank_vector, span_divide, weight_array)

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
    scores = utilities @ w
    tables = {"normalised": utilities, "weighted": weighted, "score": scores}
    return MethodResult("wsm", scores, rank_vector(scores, better, scale), better, w, tables, inputs.warnings, extra)


def _utilities(inputs: Inputs, mode: str, bounds: ArrayLike | None) -> tuple[np.ndarray, Better]:
    if mode == "bounds":
        if bounds is None:
            raise ModelError("normalization 'bounds' needs the scale [lo, hi] of every criterion")
        return _on_bounds(inputs, _bounds(bounds, inputs)), "higher"
    if mode == "minmax":
        return _on_minmax(inputs), "higher"
    if mode == "raw":
        return inputs.matrix, _raw_direction(inputs)
    raise ModelError(f"unknown normalization {mode!r} (use {', '.join(NORMALIZATIONS)})")


def _bounds(bounds: ArrayLike, inputs: Inputs) -> np.ndarray:
    scale = np.asarray(bounds, dtype=float)
    m = len(inputs.criteria)
    if scale.shape != (m, 2):
        raise ModelError(f"bounds must give [lo, hi] for each of the {m} criteria, got shape {scale.shape}")
    for j, (lo, hi) in enumerate(scale):
        if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
            raise ModelError(f"criterion {inputs.criteria[j]}: scale [{lo:g}, {hi:g}] must be two "
                             "finite numbers with lo < hi")
    outside = (inputs.matrix < scale[:, 0]) | (inputs.matrix > scale[:, 1])
    if outside.any():
        i, j = np.argwhere(outside)[0]
        raise ModelError(f"{inputs.cell(i, j)}: {inputs.matrix[i, j]:g} is outside the scale "
                         f"{scale[j, 0]:g}–{scale[j, 1]:g}")
    return scale


def _on_bounds(inputs: Inputs, scale: np.ndarray) -> np.ndarray:
    lo, hi = scale[:, 0], scale[:, 1]
    return np.where(inputs.benefit, inputs.matrix - lo, hi - inputs.matrix) / (hi - lo)


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
    raise ModelError(f"a raw weighted sum needs every criterion to point the same way, but "
                     f"{first_benefit} is a benefit and {first_cost} a cost; normalise instead")
