"""Weighted sum: the three normalisations by hand, their checks, and pymcdm as a second opinion."""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm import normalizations
from pymcdm.methods import WSM

from core.errors import ModelError
from core.methods import wsm

X = np.array([[2.0, 10.0], [4.0, 30.0], [3.0, 20.0]])


def test_bounds_normalise_on_the_declared_scale():
    """Benefit on [0, 5]: 0.4, 0.8, 0.6; cost on [0, 50]: 0.8, 0.4, 0.6; weights 3:1."""
    result = wsm.run(X, [3, 1], [True, False], bounds=[[0, 5], [0, 50]])
    assert np.allclose(result.tables["normalised"], [[0.4, 0.8], [0.8, 0.4], [0.6, 0.6]])
    assert np.allclose(result.scores, [0.5, 0.7, 0.6])
    assert result.ranks.tolist() == [3, 1, 2] and result.better == "higher"
    assert result.extra["normalization"] == "bounds"


def test_minmax_is_the_default_without_bounds():
    """Benefit 2…4 → 0, 1, 0.5; cost 10…30 → 1, 0, 0.5; equal weights."""
    result = wsm.run(X, [1, 1], [True, False])
    assert np.allclose(result.scores, [0.5, 0.5, 0.5])
    assert result.ranks.tolist() == [1, 1, 1]
    assert result.extra["normalization"] == "minmax"


def test_raw_all_costs_is_the_weighted_risk_index_lower_better():
    risks = [[4, 20, 2], [6, 6, 6], [1, 25, 1]]
    result = wsm.run(risks, [0.5, 0.25, 0.25], [False, False, False], normalization="raw")
    assert np.allclose(result.scores, [7.5, 6.0, 7.0])
    assert result.better == "lower" and result.ranks.tolist() == [3, 1, 2]


def test_raw_all_benefits_is_higher_better():
    result = wsm.run(X, [0.5, 0.5], [True, True], normalization="raw")
    assert result.better == "higher" and result.ranks.tolist() == [3, 1, 2]


def test_raw_with_mixed_directions_is_refused_naming_both():
    with pytest.raises(ModelError, match="Gain is a benefit and Loss a cost"):
        wsm.run(X, [0.5, 0.5], [True, False], criteria=["Gain", "Loss"], normalization="raw")


@pytest.mark.parametrize(("bounds", "message"), [
    ([[0, 5]], "bounds must give \\[lo, hi\\] for each of the 2 criteria"),
    ([[0, 5], [50, 0]], "criterion C2: scale \\[50, 0\\] must be two finite numbers with lo < hi"),
    ([[0, 3], [0, 50]], "option A2, criterion C1: 4 is outside the scale 0–3"),
    ([[0, 5], [0, np.inf]], "criterion C2: scale"),
])
def test_bad_bounds_are_explained(bounds, message):
    with pytest.raises(ModelError, match=message):
        wsm.run(X, [1, 1], [True, False], bounds=bounds)


def test_bounds_normalisation_needs_bounds_and_names_must_be_known():
    with pytest.raises(ModelError, match="needs the scale"):
        wsm.run(X, [1, 1], [True, False], normalization="bounds")
    with pytest.raises(ModelError, match="unknown normalization 'sum'"):
        wsm.run(X, [1, 1], [True, False], normalization="sum")


def test_a_constant_column_contributes_nothing_under_minmax():
    result = wsm.run([[1, 7], [3, 7]], [0.5, 0.5], [True, True], criteria=["E1", "E3"])
    assert result.scores.tolist() == [0.0, 0.5]
    assert result.warnings == ("E3: all options score the same; it cannot discriminate",)


@pytest.mark.parametrize("seed", range(20))
def test_minmax_matches_pymcdm(seed):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 9)), int(rng.integers(1, 7))
    x = rng.uniform(-50, 50, (n, m))
    w = rng.dirichlet(np.ones(m))
    benefit = rng.random(m) < 0.5
    expected = WSM(normalizations.minmax_normalization)(x, w, np.where(benefit, 1, -1), validation=False)
    assert np.allclose(wsm.run(x, w, benefit).scores, expected)


def test_batch_of_risk_indices_matches_single_runs():
    rng = np.random.default_rng(4)
    risks = rng.integers(1, 26, (5, 17)).astype(float)
    weights = rng.random((30, 17))
    batch = wsm.run(risks, weights, np.zeros(17, bool), normalization="raw")
    assert batch.better == "lower"
    for row, w in enumerate(weights):
        single = wsm.run(risks, w, np.zeros(17, bool), normalization="raw")
        assert np.allclose(batch.scores[row], single.scores)
        assert (batch.ranks[row] == single.ranks).all()
