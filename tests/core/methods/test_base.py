"""Shared machinery: input checks, weight normalisation, ranking, batching, the registry."""

from __future__ import annotations

import numpy as np
import pytest

from core.errors import ModelError
from core.methods import METHOD_LABELS, METHODS, base, method_spec, rank
from tests.core.methods.shipped import SHIPPED

X = np.array([[3.0, 2.0, 5.0], [1.0, 4.0, 5.0], [2.0, 3.0, 5.0]])
BENEFIT = np.array([True, False, True])


def test_registry_has_the_shipped_methods_in_their_order_with_labels():
    assert [key for key in METHODS if key in SHIPPED] == list(SHIPPED)
    assert {key: method_spec(key).linear for key in SHIPPED} == SHIPPED
    assert set(METHOD_LABELS) == set(METHODS)


@pytest.mark.parametrize(("scores", "better", "expected"), [
    ([0.2, 0.9, 0.5], "higher", [3, 1, 2]),
    ([0.2, 0.9, 0.5], "lower", [1, 3, 2]),
    ([1.0, 1.0, 0.5], "higher", [1, 1, 3]),
    ([0.5, 1.0, 1.0, 0.5], "higher", [3, 1, 1, 3]),
    ([7.0], "lower", [1]),
])
def test_rank_gives_one_to_the_best_and_ties_the_lowest_rank(scores, better, expected):
    assert rank(scores, better).tolist() == expected


def test_rank_treats_rounding_noise_as_a_tie():
    assert rank([0.1 + 0.2, 0.3, 0.1], "higher").tolist() == [1, 1, 3]


def test_rank_judges_ties_on_the_scale_of_the_summed_terms():
    """Net flows that cancel to ±3e-17 are a tie on the scale of their terms (1)."""
    assert rank([2.7e-17, -2.7e-17, -0.5], "higher", scale=1.0).tolist() == [1, 1, 3]
    assert rank([[2.7e-17, -2.7e-17]], "higher", scale=1.0).tolist() == [[1, 1]]
    assert rank([2.7e-17, -2.7e-17], "higher").tolist() == [1, 2]


def test_rank_of_a_batch_matches_row_by_row_ranking():
    rng = np.random.default_rng(1)
    scores = rng.integers(0, 4, (50, 6)).astype(float)  # many ties
    expected = np.array([rank(row, "lower") for row in scores])
    assert (rank(scores, "lower") == expected).all()


def test_batch_ranking_by_sorting_matches_pairwise_counting(monkeypatch):
    rng = np.random.default_rng(2)
    scores = rng.integers(0, 5, (40, 9)).astype(float)
    pairwise = rank(scores, "higher")
    monkeypatch.setattr(base, "PAIRWISE_MAX", 3)
    assert (rank(scores, "higher") == pairwise).all()


def test_rank_refuses_an_unknown_direction():
    with pytest.raises(ValueError, match="better"):
        rank([1.0, 2.0], "up")  # type: ignore[arg-type]


@pytest.mark.parametrize(("matrix", "message"), [
    ([[1.0, np.nan], [2.0, 3.0]], "option A1, criterion Risk: value nan is not a finite number"),
    ([[1.0, 2.0], [np.inf, 3.0]], "option A2, criterion Cost: value inf"),
    ([[1.0, 2.0], [1e200, 3.0]], "beyond"),
    ([1.0, 2.0], "options as rows"),
    ([["a", "b"]], "table of numbers"),
])
def test_bad_cells_are_named(matrix, message):
    with pytest.raises(ModelError, match=message):
        base.prepare(matrix, [True, True], ["Cost", "Risk"])


def test_names_must_match_the_table():
    with pytest.raises(ModelError, match="2 criterion names given for 3 criteria"):
        base.prepare(X, BENEFIT, ["a", "b"])
    with pytest.raises(ModelError, match="1 option names given for 3 options"):
        base.prepare(X, BENEFIT, None, ["x"])


def test_benefit_must_be_true_or_false_per_criterion():
    with pytest.raises(ModelError, match="criterion C2: benefit must be True or False, got -1"):
        base.prepare(X, [1, -1, 1])
    with pytest.raises(ModelError, match="one True/False per criterion"):
        base.prepare(X, [True, False])
    assert base.prepare(X, [1, 0, 1]).benefit.tolist() == [True, False, True]


def test_a_constant_criterion_is_named_in_a_warning():
    inputs = base.prepare(X, BENEFIT, ["E1", "E2", "E3"])
    assert inputs.warnings == ("E3: all options score the same; it cannot discriminate",)


def test_one_option_gets_one_warning_not_one_per_criterion():
    assert base.prepare([[1.0, 2.0]], [True, True]).warnings == (
        "Only one option (A1): it ranks first by definition.",)


@pytest.mark.parametrize(("weights", "message"), [
    ([0.5, -0.1, 0.6], "weights, criterion C2: weight -0.1 is negative"),
    ([0.5, np.nan, 0.6], "criterion C2: weight nan is not a finite number"),
    ([0.0, 0.0, 0.0], "add up to zero"),
    ([1e308, 1e308, 1e308], "criterion C1: weight 1e[+]308 is beyond 1e[+]100"),
    ([0.5, 0.5], "one entry per criterion"),
    ("abc", "must be numbers"),
])
@pytest.mark.parametrize("method", list(METHODS))
def test_bad_weight_vectors_are_refused_with_the_criterion_named(method, weights, message):
    with pytest.raises(ModelError, match=message):
        METHODS[method](X + 1, weights, BENEFIT)


@pytest.mark.parametrize("method", list(METHODS))
def test_a_bad_row_in_a_batch_is_named(method):
    weights = np.full((40, 3), 1 / 3)
    weights[33, 2] = -1.0
    with pytest.raises(ModelError, match="weights row 33, criterion C3: weight -1 is negative"):
        METHODS[method](X + 1, weights, BENEFIT)
    weights[33] = 0.0
    with pytest.raises(ModelError, match="weights row 33: the weights add up to zero"):
        METHODS[method](X + 1, weights, BENEFIT)


def test_weights_are_normalised_and_kept():
    result = METHODS["wsm"](X, [2.0, 1.0, 1.0], BENEFIT)
    assert result.weights.tolist() == [0.5, 0.25, 0.25]


def test_a_normalised_batch_is_kept_without_a_copy_and_read_only():
    weights = np.full((10, 3), 0.25)
    weights[:, 0] = 0.5
    result = METHODS["wsm"](X, weights, BENEFIT)
    assert np.shares_memory(result.weights, weights)
    assert not result.weights.flags.writeable


def test_an_unnormalised_batch_is_normalised_chunk_by_chunk(monkeypatch):
    monkeypatch.setattr(base, "CHUNK_ROWS", 7)
    rng = np.random.default_rng(3)
    weights = rng.random((30, 3))
    weights[:7] /= weights[:7].sum(axis=1, keepdims=True)  # first chunk already normalised
    result = METHODS["topsis"](X, weights, BENEFIT)
    assert np.allclose(result.weights, weights / weights.sum(axis=1, keepdims=True))
    single = [METHODS["topsis"](X, row, BENEFIT).scores for row in weights]
    assert np.allclose(result.scores, single)


def test_batch_results_have_no_tables():
    result = METHODS["vikor"](X, np.full((4, 3), 1 / 3), BENEFIT)
    assert result.scores.shape == result.ranks.shape == (4, 3)
    assert result.tables == {}


def test_chunk_rows_bounds_the_temporaries():
    assert base.chunk_rows(1) == base.CHUNK_ROWS
    assert base.chunk_rows(base.CHUNK_BYTES) == 1
    assert base.chunk_rows(10**12) == 1
