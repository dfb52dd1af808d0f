"""Properties every method must keep, checked on generated tables (hypothesis).

Small-integer tables make genuine ties exact and genuine differences far
larger than the tie tolerance, so rank comparisons are meaningful.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.methods import METHODS

ALL = list(METHODS)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def problems(draw, low=1, high=5, min_options=1):
    """(matrix, integer weights, benefit) with n options × m criteria."""
    n = draw(st.integers(min_options, 6))
    m = draw(st.integers(1, 5))
    matrix = draw(arrays(float, (n, m), elements=st.integers(low, high).map(float)))
    weights = draw(arrays(float, (m,), elements=st.integers(0, 9).map(float)))
    assume(weights.sum() > 0)
    benefit = draw(arrays(bool, (m,)))
    return matrix, weights, benefit


@FAST
@given(problem=problems(), method=st.sampled_from(ALL), data=st.data())
def test_permuting_options_permutes_scores_and_ranks(problem, method, data):
    matrix, weights, benefit = problem
    perm = np.array(data.draw(st.permutations(range(len(matrix)))))
    base = METHODS[method](matrix, weights, benefit)
    moved = METHODS[method](matrix[perm], weights, benefit)
    assert np.allclose(moved.scores, base.scores[perm])
    assert (moved.ranks == base.ranks[perm]).all()


@FAST
@given(problem=problems(), method=st.sampled_from(ALL), factor=st.sampled_from([0.01, 0.5, 3.0, 1e6]))
def test_multiplying_all_weights_changes_nothing(problem, method, factor):
    matrix, weights, benefit = problem
    a = METHODS[method](matrix, weights, benefit)
    b = METHODS[method](matrix, weights * factor, benefit)
    assert np.allclose(a.scores, b.scores) and (a.ranks == b.ranks).all()
    assert np.allclose(a.weights, b.weights) and np.isclose(a.weights.sum(), 1.0)


@FAST
@given(problem=problems(), column=st.integers(0, 4), factor=st.sampled_from([0.5, 3.0, 1000.0]),
       variant=st.sampled_from([("topsis", "vector"), ("topsis", "minmax"), ("wsm", "minmax")]))
def test_rescaling_a_benefit_column_keeps_the_ranking(problem, column, factor, variant):
    matrix, weights, benefit = problem
    assume(column < matrix.shape[1])
    benefit = benefit.copy()
    benefit[column] = True
    scaled = matrix.copy()
    scaled[:, column] *= factor
    method, normalization = variant
    a = METHODS[method](matrix, weights, benefit, normalization=normalization)
    b = METHODS[method](scaled, weights, benefit, normalization=normalization)
    assert (a.ranks == b.ranks).all()


@FAST
@given(problem=problems(min_options=2), method=st.sampled_from(["wsm", "topsis"]),
       worse=st.integers(0, 4), data=st.data())
def test_a_dominated_option_never_ranks_first(problem, method, worse, data):
    matrix, weights, benefit = problem
    worse = worse % matrix.shape[1]
    weights = weights + 1.0  # every criterion counts
    dominated = matrix[0].copy()
    dominated[worse] += -1.0 if benefit[worse] else 1.0  # strictly worse there, equal elsewhere
    table = np.vstack([matrix, dominated])
    result = METHODS[method](table, weights, benefit)
    assert result.ranks[-1] > 1
    assert result.ranks[-1] > result.ranks[0]


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 5), m=st.integers(1, 4), method=st.sampled_from(ALL), data=st.data())
def test_no_nan_for_any_finite_input(n, m, method, data):
    low = 1e-100 if method == "wpm" else -1e100
    values = st.one_of(st.floats(low, 1e100), st.sampled_from([low, 1.0, 1e100]))
    matrix = data.draw(arrays(float, (n, m), elements=values))
    weights = data.draw(arrays(float, (m,), elements=st.floats(0, 1e100)))
    assume(weights.sum() > 0)
    benefit = data.draw(arrays(bool, (m,)))
    result = METHODS[method](matrix, weights, benefit)
    assert np.isfinite(result.scores).all()
    assert result.ranks.min() == 1 and result.ranks.max() <= n
    for table in result.tables.values():
        assert np.isfinite(table).all()


@pytest.mark.parametrize("method", ALL)
def test_all_equal_columns_and_a_single_option_give_defined_results(method):
    equal = METHODS[method]([[2.0, 3.0], [2.0, 3.0], [2.0, 3.0]], [0.5, 0.5], [True, False])
    assert equal.ranks.tolist() == [1, 1, 1] and np.isfinite(equal.scores).all()
    assert any("C1: all options score the same" in text for text in equal.warnings)
    single = METHODS[method]([[2.0, 3.0]], [0.5, 0.5], [True, False])
    assert single.ranks.tolist() == [1] and np.isfinite(single.scores).all()


@FAST
@given(problem=problems(), method=st.sampled_from(ALL), data=st.data())
def test_each_batch_row_equals_the_single_vector_result(problem, method, data):
    matrix, _, benefit = problem
    m = matrix.shape[1]
    rows = data.draw(arrays(float, (data.draw(st.integers(1, 8)), m), elements=st.integers(0, 9).map(float)))
    assume((rows.sum(axis=1) > 0).all())
    batch = METHODS[method](matrix, rows, benefit)
    assert batch.scores.shape == batch.ranks.shape == (len(rows), len(matrix))
    for row, w in enumerate(rows):
        single = METHODS[method](matrix, w, benefit)
        assert np.allclose(batch.scores[row], single.scores)
        assert (batch.ranks[row] == single.ranks).all()
        assert np.allclose(batch.weights[row], single.weights)
