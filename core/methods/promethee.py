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
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from core.methods.base import (Batch, Inputs, MethodResult, batch_result, normalise_vector, prepare, rank_vector,
                               weight_array)
from core.methods.preference import PreferenceFunction, Spec, apply_preferences, parse_preference, preferences
from core.methods.products import matmul_columns
from core.methods.spec import MethodSpec, ModelArrays, Parameter

__all__ = ["parse_preference", "run", "unicriterion_flows"]

# The pairwise difference tensor (n, n, criteria) is built in blocks of criteria this big.
BLOCK_BYTES = 16 * 2**20


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
        plus, minus, _ = unicriterion_flows(inputs, functions)
        net = plus - minus

        def kernel(chunk: np.ndarray, out: np.ndarray) -> None:
            matmul_columns(net, chunk.T, out)
        return batch_result("promethee2", w, inputs, Batch(kernel, "higher", 8 * sum(net.shape), 1.0), extra)
    w = normalise_vector(w, inputs.criteria)
    plus, minus, pi = unicriterion_flows(inputs, functions, w)
    net = plus - minus
    scores = net @ w
    tables = {"preference": pi, "phi_plus": plus @ w, "phi_minus": minus @ w, "phi_net": scores,
              "unicriterion_net": net}
    # Flows add up preferences in [0, 1]: ties are judged on that scale.
    return MethodResult("promethee2", scores, rank_vector(scores, "higher", 1.0), "higher", w, tables,
                        inputs.warnings, extra)


def unicriterion_flows(inputs: Inputs, functions: Sequence[PreferenceFunction],
                       w: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Positive and negative flows per criterion (n, m), and π (n, n) when weights are given."""
    x = inputs.matrix
    n, m = x.shape
    sign = np.where(inputs.benefit, 1.0, -1.0)
    plus, minus = np.empty((n, m)), np.empty((n, m))
    pi = None if w is None else np.zeros((n, n))
    step = max(1, BLOCK_BYTES // (8 * n * n))
    for start in range(0, m, step):
        cols = slice(start, min(start + step, m))
        d = (x[:, None, cols] - x[None, :, cols]) * sign[cols]  # d[a, b, j]
        pref = apply_preferences(d, functions[cols])
        plus[:, cols], minus[:, cols] = pref.sum(axis=1), pref.sum(axis=0)
        if pi is not None and w is not None:
            pi += pref @ w[cols]
    scale = 1.0 / (n - 1) if n > 1 else 0.0
    return plus * scale, minus * scale, pi


def model_settings(arrays: ModelArrays) -> dict[str, object]:
    """Each criterion's preference function, as the model declares it."""
    return {"preference": arrays.preferences}


METHOD = MethodSpec(
    key="promethee2", label="PROMETHEE II", order=50, run=run, linear="identity",
    note="PROMETHEE II (Brans & Vincke, 1985): pairwise preferences per criterion through its "
         "preference function, aggregated into net outranking flows.",
    parameters=(Parameter("preference", None, "one preference function for all criteria or one each "
                          "(usual when None)"),),
    model_settings=model_settings)
