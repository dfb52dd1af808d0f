"""Weighted product model (WPM): score = Π_j x_ij^(±w_j) (Bridgman 1922; Miller & Starr 1969).

A benefit criterion enters with exponent +w_j, a cost criterion with -w_j,
so no normalisation is needed and a criterion's unit cancels out of every
comparison between options.  Computed in log space, log score = Σ ±w_j ln x_ij,
which is linear in the weights.  With normalised weights the score is a
weighted geometric mean; higher is better.  Values must be positive: a zero
or negative cell raises ModelError naming it.  A criterion on which all
options score the same multiplies every score by the same factor and so
leaves the ranking unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from core.errors import Message, ModelError
from core.methods.base import (VALUE_LIMIT, Batch, Inputs, MethodResult, batch_result, normalise_vector, prepare,
                               rank_vector, weight_array)
from core.methods.products import matmul_columns, matvec
from core.methods.spec import MethodSpec, Texts

# Below this a logarithm-based product stops meaning anything (and 1/x overflows).
SMALLEST = 1.0 / VALUE_LIMIT


def run(matrix: ArrayLike, weights: ArrayLike, benefit: ArrayLike, *,
        criteria: Sequence[str] | None = None, options: Sequence[str] | None = None) -> MethodResult:
    """Weighted product of the criterion values; see the module docstring."""
    inputs = prepare(matrix, benefit, criteria, options)
    logs = _signed_logs(inputs)
    w = weight_array(weights, inputs)
    if w.ndim == 2:
        def kernel(chunk: np.ndarray, out: np.ndarray) -> None:
            np.exp(matmul_columns(logs, chunk.T, out), out=out)
        return batch_result("wpm", w, inputs, Batch(kernel, "higher", 8 * sum(logs.shape)))
    w = normalise_vector(w, inputs.criteria)
    log_score = matvec(logs, w)
    scores = np.exp(log_score)
    tables = {"factors": np.exp(logs * w), "log_score": log_score, "score": scores}
    return MethodResult("wpm", scores, rank_vector(scores, "higher"), "higher", w, tables, inputs.warnings)


def _signed_logs(inputs: Inputs) -> np.ndarray:
    """ln x for benefit criteria, -ln x for costs; ModelError on a value ≤ 0."""
    x = inputs.matrix
    if x.min() < SMALLEST:
        i, j = np.argwhere(x < SMALLEST)[0]
        raise ModelError(Message("messages.methods.wpm_positive", cell=inputs.cell(i, j), least=SMALLEST,
                                 value=x[i, j]))
    logs = np.log(x)
    return np.where(inputs.benefit, logs, -logs)


METHOD = MethodSpec(
    key="wpm", order=20, run=run, linear="log",
    label="Weighted product (WPM)",
    note=("Weighted product: the product of criterion values raised to their weights (cost criteria to "
          "the negative weight), computed in log space."),
    texts={"ar": Texts("الجداء المرجّح (WPM)",
                       "الجداء المرجّح: حاصل ضرب قيم المعايير مرفوعةً إلى أوزانها (ومعايير الكلفة إلى سالب "
                       "وزنها)، ويُحسب في الفضاء اللوغاريتمي.")})
