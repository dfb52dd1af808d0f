"""PROMETHEE II: net outranking flows (Brans & Vincke 1985; Brans & Mareschal 2005).

For every ordered pair of options (a, b) and criterion j the difference
d_j(a, b) = x_aj - x_bj (reversed for a cost) becomes a preference
P_j(a, b) in [0, 1] through the criterion's preference function (see
:mod:`core.methods.preference`; "usual" by default).  The aggregated
preference is π(a, b) = Σ_j w_j P_j(a, b), the positive flow
φ+(a) = Σ_b π(a, b) / (n - 1), the negative flow φ-(a) = Σ_b π(b, a) / (n - 1)
and the net flow φ(a) = φ+(a) - φ-(a) is the score; higher is better.

The flows are linear in the weights: φ = Σ_j w_j φ_j with the unicriterion
net flows φ_j computed once, so a batch of weight vectors costs one matrix
product per chunk.  With one option every flow is 0.

The unicriterion flows come from sorted values (:mod:`core.methods.flows`):
O(n log n) per criterion for the usual, U-shape, V-shape, level and linear
functions, and equal to the pairwise sums; the Gaussian stays pairwise,
O(n²) per criterion, in blocks of bounded memory.  The valued outranking
matrix π (n × n) is kept in ``tables["preference"]`` only up to
``PREFERENCE_TABLE_MAX`` options, so that memory stays O(options ×
criteria) on a large model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import ArrayLike

from core.methods.base import (Batch, Inputs, MethodResult, batch_result, normalise_vector, prepare, rank_vector,
                               weight_array)
from core.methods.flows import flows
from core.methods.preference import (PreferenceFunction, Spec, apply_preferences, parse_preference,
                                     preferences)
from core.methods.products import matmul_columns, matvec
from core.methods.spec import MethodSpec, ModelArrays, Parameter, Texts

__all__ = ["parse_preference", "run", "unicriterion_flows"]

# The pairwise difference tensor (n, n, criteria) behind π is built in blocks of criteria this big.
BLOCK_BYTES = 16 * 2**20
# π is n × n: a reading aid for a handful of options (the published examples), not for hundreds.
PREFERENCE_TABLE_MAX = 50


def run(matrix: ArrayLike, weights: ArrayLike, benefit: ArrayLike, *,
        criteria: Sequence[str] | None = None, options: Sequence[str] | None = None,
        preference: Spec | Sequence[Spec] | None = None) -> MethodResult:
    """PROMETHEE II net flows; ``preference`` is one spec for all criteria or one per criterion.

    A spec is text such as ``"usual"``, ``"linear:1:3"`` or ``"gaussian:1.5"``,
    a tuple such as ``("linear", 1, 3)`` or a PreferenceFunction.
    """
    inputs = prepare(matrix, benefit, criteria, options)
    functions = preferences(preference, inputs.criteria)
    extra = {"preference": tuple(f.text for f in functions)}
    w = weight_array(weights, inputs)
    if w.ndim == 2:
        plus, minus = unicriterion_flows(inputs, functions)
        net = plus - minus

        def kernel(chunk: np.ndarray, out: np.ndarray) -> None:
            matmul_columns(net, chunk.T, out)
        return batch_result("promethee2", w, inputs, Batch(kernel, "higher", 8 * sum(net.shape), 1.0), extra)
    w = normalise_vector(w, inputs.criteria)
    plus, minus = unicriterion_flows(inputs, functions)
    net = plus - minus
    scores = matvec(net, w)
    tables = {"phi_plus": matvec(plus, w), "phi_minus": matvec(minus, w), "phi_net": scores, "unicriterion_net": net}
    if len(inputs.options) <= PREFERENCE_TABLE_MAX:
        tables = {"preference": preference_matrix(inputs, functions, w), **tables}
    # Flows add up preferences in [0, 1]: ties are judged on that scale.
    return MethodResult("promethee2", scores, rank_vector(scores, "higher", 1.0), "higher", w, tables,
                        inputs.warnings, extra)


def unicriterion_flows(inputs: Inputs, functions: Sequence[PreferenceFunction]) -> tuple[np.ndarray, np.ndarray]:
    """Positive and negative flows per criterion (n, m), from sorted values (see :mod:`core.methods.flows`)."""
    return flows(inputs.matrix, inputs.benefit, tuple(functions))


def preference_matrix(inputs: Inputs, functions: Sequence[PreferenceFunction], w: np.ndarray) -> np.ndarray:
    """π (n, n): π(a, b) = Σ_j w_j P_j(a, b), by the pairwise definition."""
    x = inputs.matrix
    n, m = x.shape
    sign = np.where(inputs.benefit, 1.0, -1.0)
    pi = np.zeros((n, n))
    step = max(1, BLOCK_BYTES // (8 * n * n))
    for start in range(0, m, step):
        cols = slice(start, min(start + step, m))
        d = (x[:, None, cols] - x[None, :, cols]) * sign[cols]  # d[a, b, j]
        pi += apply_preferences(d, functions[cols]) @ w[cols]
    return pi


def model_settings(arrays: ModelArrays) -> dict[str, object]:
    """Each criterion's preference function, as the model declares it."""
    return {"preference": arrays.preferences}


def normalisation(settings: Mapping[str, object]) -> str:
    """The catalogue key of the report's normalisation sentence: none, and how the flows are computed.

    The same whatever ``settings`` hold: a workbook whose preference functions
    are edited afterwards must still say how its flows are computed.
    """
    return "methodology.norm_promethee"


METHOD = MethodSpec(
    key="promethee2", order=50, run=run, linear="identity",
    label="PROMETHEE II",
    note=("PROMETHEE II (Brans & Vincke, 1985): pairwise preferences per criterion through its preference "
          "function, aggregated into net outranking flows."),
    texts={"ar": Texts("PROMETHEE II",
                       "PROMETHEE II (برانس وفينكه، 1985): تفضيلات زوجية على كل معيار عبر دالة التفضيل "
                       "الخاصة به، تُجمع في تدفقات تفوّق صافية.")},
    parameters=(Parameter("preference", None, "one preference function for all criteria or one each "
                          "(usual when None)"),),
    model_settings=model_settings, normalisation=normalisation)
