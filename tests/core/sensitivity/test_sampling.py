"""Weight samplers and score tables: the distributions they promise."""

from __future__ import annotations

import numpy as np
import pytest

from core.errors import ModelError
from core.sensitivity import Bounded, Dirichlet, Fixed, UniformSimplex
from core.sensitivity.sampling import ScoreRanges


def normalised(rows: np.ndarray) -> np.ndarray:
    return rows / rows.sum(axis=1, keepdims=True)


def test_uniform_simplex_has_the_flat_dirichlet_moments():
    m = 6
    w = normalised(UniformSimplex(m).draw(np.random.default_rng(0), 200_000))
    assert w.min() >= 0 and not np.signbit(w).any() and w.dtype == np.float64
    # Dirichlet(1, …, 1): E w = 1/m, E w² = 2 / (m (m + 1)), E w1 w2 = 1 / (m (m + 1)).
    assert np.allclose(w.mean(axis=0), 1 / m, atol=2e-3)
    assert np.allclose((w**2).mean(axis=0), 2 / (m * (m + 1)), atol=1e-3)
    assert (w[:, 0] * w[:, 1]).mean() == pytest.approx(1 / (m * (m + 1)), abs=5e-4)


def test_dirichlet_centres_on_the_profile_and_keeps_zero_weights_at_zero():
    center = np.array([0.5, 0.3, 0.2, 0.0])
    w = normalised(Dirichlet(center, 50.0).draw(np.random.default_rng(1), 100_000))
    assert np.allclose(w.mean(axis=0), center, atol=2e-3) and np.all(w[:, 3] == 0)
    assert w[:, 0].var() == pytest.approx(0.5 * 0.5 / 51, rel=0.05)


def test_dirichlet_with_a_tiny_concentration_never_gives_an_empty_row():
    rows = Dirichlet(np.array([1.0, 0.0, 0.0]), 1e-3).draw(np.random.default_rng(2), 1000)
    assert np.all(rows.sum(axis=1) > 0)


def test_bounded_weights_stay_within_their_bounds_and_fill_them():
    lower, upper = np.array([0.1, 0.0, 0.2, 0.0]), np.array([0.5, 0.3, 0.6, 1.0])
    w = Bounded(lower, upper).draw(np.random.default_rng(3), 50_000)
    assert w.shape == (50_000, 4) and np.allclose(w.sum(axis=1), 1.0)
    assert np.all(w >= lower - 1e-12) and np.all(w <= upper + 1e-12)
    assert w[:, 0].min() < 0.11 and w[:, 0].max() > 0.49


@pytest.mark.parametrize("lower, upper, message", [
    ([0.6, 0.6], [1.0, 1.0], "no weight vector fits"),
    ([0.0, 0.0], [0.3, 0.3], "no weight vector fits"),
    ([0.5, 0.0], [0.4, 1.0], "0 ≤ lower ≤ upper ≤ 1"),
])
def test_impossible_bounds_are_an_error(lower, upper, message):
    with pytest.raises(ModelError, match=message):
        Bounded(np.array(lower), np.array(upper))


def test_bounds_too_tight_for_rejection_are_an_error_not_a_hang():
    m = 12
    sampler = Bounded(np.zeros(m), np.full(m, 0.0834))
    with pytest.raises(ModelError, match="too little room"):
        sampler.draw(np.random.default_rng(4), 1000)


def test_fixed_weights_repeat_the_normalised_vector():
    rows = Fixed(np.array([2.0, 1.0, 1.0])).draw(np.random.default_rng(5), 3)
    assert np.array_equal(rows, [[0.5, 0.25, 0.25]] * 3)
    with pytest.raises(ModelError, match="non-negative"):
        Fixed(np.array([1.0, -1.0]))


def test_score_ranges_draw_triangular_cells_and_keep_exact_ones():
    score = np.array([[2.0, 5.0]])
    ranges = ScoreRanges(score, np.array([[1.0, 5.0]]), np.array([[5.0, 5.0]]))
    rng = np.random.default_rng(6)
    draws = np.array([ranges.draw(rng) for _ in range(20_000)])
    assert np.all(draws[:, 0, 1] == 5.0)
    cell = draws[:, 0, 0]
    assert cell.min() >= 1.0 and cell.max() <= 5.0
    assert cell.mean() == pytest.approx((1 + 2 + 5) / 3, abs=0.03)
