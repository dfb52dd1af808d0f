"""TOPSIS: the published fighter-aircraft example, a loop oracle, pymcdm, degenerate tables."""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm import normalizations
from pymcdm.methods import TOPSIS

from core.errors import ModelError
from core.methods import topsis

# Hwang & Yoon (1981), Multiple Attribute Decision Making, Springer LNEMS 186,
# the fighter-aircraft example: max speed (Mach), ferry range (NM), max
# payload (lb), acquisition cost ($10^6, a cost), reliability and
# manoeuvrability (interval scores 1–9); weights 0.2 0.1 0.1 0.1 0.2 0.3.
AIRCRAFT = np.array([[2.0, 1500, 20000, 5.5, 5, 9],
                     [2.5, 2700, 18000, 6.5, 3, 5],
                     [1.8, 2000, 21000, 4.5, 7, 7],
                     [2.2, 1800, 20000, 5.0, 5, 5]])
AIRCRAFT_BENEFIT = np.array([True, True, True, False, True, True])
AIRCRAFT_WEIGHTS = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])


def test_hwang_yoon_fighter_aircraft_example():
    """Published closeness C* = 0.643, 0.268, 0.613, 0.312, ranking A1 > A3 > A4 > A2.

    Our full-precision numpy recomputation gives 0.6433, 0.2684, 0.6135,
    0.3123: the book divides distances already rounded to four decimals
    (A3: 0.0920 / (0.0580 + 0.0920) = 0.613), so the published values are met
    within 0.001.  The distances and normalised values asserted below are our
    own recomputation.
    """
    result = topsis.run(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_BENEFIT)
    assert np.allclose(result.scores, [0.643, 0.268, 0.613, 0.312], atol=1e-3)
    assert np.round(result.scores, 4).tolist() == [0.6433, 0.2684, 0.6135, 0.3123]
    assert result.ranks.tolist() == [1, 4, 2, 3]
    assert np.round(result.tables["d_plus"], 4).tolist() == [0.0546, 0.1197, 0.0580, 0.1009]
    assert np.round(result.tables["d_minus"], 4).tolist() == [0.0984, 0.0439, 0.0920, 0.0458]
    assert np.round(result.tables["normalised"][0], 4).tolist() == [0.4671, 0.3662, 0.5056, 0.5069, 0.4811, 0.6708]


def test_the_aircraft_tables_hold_the_weighted_ideals():
    result = topsis.run(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_BENEFIT)
    weighted = result.tables["weighted"]
    assert np.allclose(result.tables["ideal"], [weighted[:, 0].max(), weighted[:, 1].max(), weighted[:, 2].max(),
                                                weighted[:, 3].min(), weighted[:, 4].max(), weighted[:, 5].max()])
    assert np.allclose(result.tables["anti_ideal"][3], weighted[:, 3].max())


def test_minmax_variant_by_hand():
    """Hand computation: a cost and a benefit criterion, equal weights.

    Min-max normalised rows (1, 0), (0.75, 0.5), (0, 1); weighted, the ideal
    is (0.5, 0.5) and the anti-ideal (0, 0).  A1 and A3 are equally far from
    both (C = 0.5); A2 has D+ = |(0.125, 0.25)|, D- = |(0.375, 0.25)|.
    """
    x = [[1, 3000], [2, 3750], [5, 4500]]
    result = topsis.run(x, [0.5, 0.5], [False, True], normalization="minmax")
    d_plus = np.hypot(0.125, 0.25)
    d_minus = np.hypot(0.375, 0.25)
    assert np.allclose(result.scores, [0.5, d_minus / (d_plus + d_minus), 0.5])
    assert result.ranks.tolist() == [2, 1, 2]


def loop_topsis(x, w, benefit, normalization):
    """Independent oracle: TOPSIS written as plain loops, step by step."""
    n, m = len(x), len(x[0])
    r = [[0.0] * m for _ in range(n)]
    for j in range(m):
        column = [x[i][j] for i in range(n)]
        for i in range(n):
            if normalization == "vector":
                norm = sum(v * v for v in column) ** 0.5
                r[i][j] = x[i][j] / norm
            else:
                lo, hi = min(column), max(column)
                r[i][j] = (x[i][j] - lo if benefit[j] else hi - x[i][j]) / (hi - lo)
    v = [[w[j] * r[i][j] for j in range(m)] for i in range(n)]
    best = [max(col) if (benefit[j] or normalization == "minmax") else min(col) for j, col in enumerate(zip(*v))]
    worst = [min(col) if (benefit[j] or normalization == "minmax") else max(col) for j, col in enumerate(zip(*v))]
    closeness = []
    for i in range(n):
        dp = sum((v[i][j] - best[j]) ** 2 for j in range(m)) ** 0.5
        dm = sum((v[i][j] - worst[j]) ** 2 for j in range(m)) ** 0.5
        closeness.append(dm / (dp + dm))
    return np.array(closeness)


@pytest.mark.parametrize("normalization", ["vector", "minmax"])
@pytest.mark.parametrize("seed", range(20))
def test_matches_the_loop_oracle_and_pymcdm(seed, normalization):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(2, 9), rng.integers(1, 7)
    x = rng.uniform(1, 100, (n, m))
    w = rng.dirichlet(np.ones(m))
    benefit = rng.random(m) < 0.5
    ours = topsis.run(x, w, benefit, normalization=normalization)
    assert np.allclose(ours.scores, loop_topsis(x.tolist(), w, benefit, normalization))
    pick = normalizations.vector_normalization if normalization == "vector" else normalizations.minmax_normalization
    theirs = TOPSIS(pick)(x, w, np.where(benefit, 1, -1), validation=False)
    assert np.allclose(ours.scores, theirs)


def test_all_equal_weighted_criteria_give_half_and_a_warning():
    result = topsis.run([[1, 5], [2, 5], [3, 5]], [0.0, 1.0], [True, False])
    assert result.scores.tolist() == [0.5, 0.5, 0.5]
    assert result.ranks.tolist() == [1, 1, 1]
    assert any("closeness is 0.5" in text for text in result.warnings)


def test_the_batch_warns_when_some_weight_vectors_see_no_difference():
    result = topsis.run([[1, 5], [2, 5]], [[0.0, 1.0], [0.5, 0.5]], [True, True])
    assert result.scores[0].tolist() == [0.5, 0.5]
    assert any("under some weight vectors" in text for text in result.warnings)


def test_an_all_zero_column_is_neutral_not_nan():
    result = topsis.run([[0.0, 1.0], [0.0, 2.0]], [0.5, 0.5], [True, True])
    assert np.isfinite(result.scores).all()
    assert result.ranks.tolist() == [2, 1]


def test_unknown_normalization_is_refused():
    with pytest.raises(ModelError, match="unknown TOPSIS normalization 'sum'"):
        topsis.run(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_BENEFIT, normalization="sum")
