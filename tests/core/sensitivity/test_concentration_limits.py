"""A Dirichlet concentration so large its gamma draws overflow is refused in words, not as a numpy warning."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.errors import ModelError
from core.sensitivity.sampling import MAX_CONCENTRATION, Dirichlet

CENTER = np.array([0.5, 0.3, 0.2])


@pytest.mark.parametrize("concentration", [MAX_CONCENTRATION * 10, 1e308, math.inf, math.nan, 0.0, -1.0])
def test_a_concentration_out_of_range_is_refused(concentration):
    with pytest.raises(ModelError, match=r"^the Dirichlet concentration must be above 0 and at most 1e\+15, got"):
        Dirichlet(CENTER, concentration)


def test_the_largest_concentration_samples_the_centre():
    rows = Dirichlet(CENTER, MAX_CONCENTRATION).draw(np.random.default_rng(0), 1000)
    shares = rows / rows.sum(axis=1, keepdims=True)
    assert np.isfinite(rows).all() and np.abs(shares - CENTER).max() < 1e-6
