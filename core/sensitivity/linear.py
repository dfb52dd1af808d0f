"""Methods whose scores are linear in the weights, and their coefficient matrix.

The methods whose descriptor declares a link are linear in the weight
vector: the weighted sum and the PROMETHEE II net flow as they are, the
weighted product in log space (their module docstrings derive it):
score_i(w) = Σ_j w_j c_ji, where c_ji is the score of option i when
criterion j carries all the weight.  Probing the method with
the m unit vectors, one batch call through the public API so that the
method's own normalisation applies, gives the coefficients; after that a
batch of weight vectors costs one small matrix product, which lets SMAA
score a million samples in milliseconds and gives thresholds in closed form
(intersections of lines).  Linearity is checked on two weight vectors, so a
method that stops being linear falls back to the general path instead of
giving wrong numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.methods import method_spec
from core.methods.products import matmul_columns
from core.methods.spec import Link, in_link
from core.sensitivity.inputs import Study

# Rounding of the probe and of the check runs stays far below this.
CHECK_RTOL = 1e-9


def link_of(method: str) -> Link | None:
    """The link under which ``method`` is linear in the weights (its descriptor says), or None."""
    return method_spec(method).linear


@dataclass(frozen=True)
class LinearForm:
    """Scores (in ``link`` space: log scores for the weighted product) = weights @ coefficients.

    ``coefficients`` has shape (m, n); the ranking of a row of scores in link
    space is the method's ranking, since the link is increasing.
    """

    coefficients: np.ndarray
    link: Link

    def scores(self, weights: np.ndarray) -> np.ndarray:
        """Link-space scores (k, n) of weight rows (k, m); rows need not sum to 1."""
        return weights @ self.coefficients

    def option_major(self, weights: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Link-space scores of weight rows (c, m) written option-major into ``out`` (n, c)."""
        return matmul_columns(self.coefficients.T, weights.T, out)


def linear_form(study: Study, matrix: np.ndarray | None = None, check: bool = True) -> LinearForm | None:
    """The coefficients of ``study``'s method on ``matrix``, or None if the method is not linear."""
    link = link_of(study.method)
    if link is None:
        return None
    m = len(study.criteria)
    form = LinearForm(in_link(study.run(np.eye(m), matrix).scores, link), link)
    if check and not _agrees(study, form, matrix):
        return None
    return form


def _agrees(study: Study, form: LinearForm, matrix: np.ndarray | None) -> bool:
    """Whether the form reproduces the method on the current weights and on a ramp 1…m."""
    m = len(study.criteria)
    ramp = np.arange(1.0, m + 1.0)
    probes = np.stack([study.weights, ramp / ramp.sum()])
    actual = in_link(study.run(probes, matrix).scores, form.link)
    predicted = form.scores(probes)
    scale = max(float(np.abs(form.coefficients).max()), 1e-300)
    return bool(np.allclose(predicted, actual, rtol=CHECK_RTOL, atol=CHECK_RTOL * scale))
