"""Weighted product: a hand-computed example, positive values only, pymcdm's ranking as a second opinion."""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm.methods import WPM

from core.errors import ModelError
from core.methods import wpm


def test_hand_computed_product():
    """Benefit 4 and 1, cost 2 and 8, weights 1/2 each: √(4/2) = √2 and √(1/8)."""
    result = wpm.run([[4, 2], [1, 8]], [1, 1], [True, False])
    assert np.allclose(result.scores, [np.sqrt(2), np.sqrt(1 / 8)])
    assert np.allclose(result.tables["factors"], [[2, 1 / np.sqrt(2)], [1, 1 / np.sqrt(8)]])
    assert result.ranks.tolist() == [1, 2] and result.better == "higher"


def test_units_cancel_scaling_a_column_keeps_every_ratio():
    x = np.array([[4.0, 2.0], [1.0, 8.0], [3.0, 3.0]])
    scaled = x * [1000.0, 1.0]
    a, b = wpm.run(x, [0.3, 0.7], [True, False]), wpm.run(scaled, [0.3, 0.7], [True, False])
    assert np.allclose(b.scores / a.scores, 1000.0**0.3)
    assert (a.ranks == b.ranks).all()


@pytest.mark.parametrize("value", [0.0, -2.0, 1e-120])
def test_non_positive_values_are_refused_naming_the_cell(value):
    with pytest.raises(ModelError, match="option B, criterion Cost: the weighted product needs positive values"):
        wpm.run([[1, 2], [3, value]], [1, 1], [True, False], criteria=["Gain", "Cost"], options=["A", "B"])


@pytest.mark.parametrize("seed", range(20))
def test_ranking_matches_pymcdm(seed):
    """pymcdm divides each column by its sum first: a constant factor per column,
    so its scores are ours times one constant and the ranking is the same."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 9)), int(rng.integers(1, 7))
    x = rng.uniform(1, 100, (n, m))
    w = rng.dirichlet(np.ones(m))
    benefit = rng.random(m) < 0.5
    theirs = WPM()(x, w, np.where(benefit, 1, -1), validation=False)
    ratio = wpm.run(x, w, benefit).scores / theirs
    assert np.allclose(ratio, ratio[0])


def test_batch_matches_single_runs():
    rng = np.random.default_rng(8)
    x = rng.uniform(1, 25, (5, 6))
    weights = rng.random((20, 6))
    batch = wpm.run(x, weights, [True, False] * 3)
    for row, w in enumerate(weights):
        assert np.allclose(batch.scores[row], wpm.run(x, w, [True, False] * 3).scores)
