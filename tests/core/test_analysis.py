"""The bridge from a model to a ranking: one value names what is analysed, one function runs it."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.analysis import AnalysisKey, evaluate, problem, run_method
from core.errors import ModelError
from core.loader import load_model
from core.methods import REGISTRY
from core.model import Profile
from tests.conftest import value_model


def test_a_key_is_the_same_model_object_an_equal_profile_and_the_method(paper_model):
    profile = paper_model.profiles[0]
    key = AnalysisKey(paper_model, profile, "topsis")
    assert key == AnalysisKey(paper_model, profile, "topsis")
    assert hash(key) == hash(AnalysisKey(paper_model, profile, "topsis"))
    assert {key: 1}[AnalysisKey(paper_model, profile, "topsis")] == 1
    assert key != key.replace(method="wsm")
    rebuilt = key.replace(profile=profile.replace(name=profile.name))  # same content, another object
    assert rebuilt == key and hash(rebuilt) == hash(key)
    first = paper_model.criteria[0].id
    assert key != key.replace(profile=profile.replace(weights={**profile.weights, first: 9.0}))
    assert key != key.replace(model=paper_model.replace())  # an edited model is another object
    with pytest.raises(AttributeError):
        key.method = "wsm"  # type: ignore[misc]


def test_a_key_tells_the_bases_apart_even_on_the_same_model_object(paper_model):
    key = AnalysisKey(paper_model, paper_model.profiles[0], "wsm")
    assert key.basis == "inherent"
    residual = key.replace(basis="residual")  # no control counts: the residual model is this very object
    assert residual != key and residual.model is key.model
    assert len({key: 1, residual: 2}) == 2 and residual == AnalysisKey(paper_model, key.profile, "wsm", "residual")


def test_a_key_evaluates_to_what_evaluate_gives(paper_model):
    profile = paper_model.profiles[0]
    for method in REGISTRY:
        a = AnalysisKey(paper_model, profile, method).evaluate()
        b = evaluate(paper_model, profile, method)
        assert a.method == method and np.array_equal(a.result.scores, b.result.scores)


def test_run_method_runs_one_vector_a_batch_and_another_matrix(paper_model):
    prob = problem(paper_model)
    w = np.full(len(prob.factor_ids), 1.0 / len(prob.factor_ids))
    for method in REGISTRY:
        one = run_method(prob, method, w)
        batch = run_method(prob, method, np.stack([w, w]))
        assert np.allclose(batch.scores[0], one.scores) and np.array_equal(batch.ranks[1], one.ranks)
        moved = run_method(prob, method, w, np.clip(prob.matrix + 1, 1, 25))
        assert moved.scores.shape == one.scores.shape


def test_an_unknown_method_is_one_clear_error(paper_model):
    known = ", ".join(REGISTRY)
    with pytest.raises(ModelError, match=rf"unknown method 'bogus' \(methods: {re.escape(known)}\)$"):
        evaluate(paper_model, paper_model.profiles[0], "bogus")


@st.composite
def value_tables(draw):
    """Direct-value tables on few levels, so that equal ranges, ties and constant columns are common."""
    n, m = draw(st.integers(2, 6)), draw(st.integers(1, 4))
    cells = st.sampled_from([0.0, 1.0, 2.0, 5.0, -3.0, 1e6])
    rows = {f"O{i}": draw(st.lists(cells, min_size=m, max_size=m)) for i in range(n)}
    directions = draw(st.lists(st.sampled_from(["benefit", "cost"]), min_size=m, max_size=m))
    weights = draw(st.lists(st.floats(0.1, 10.0), min_size=m, max_size=m))
    return rows, directions, weights


def _wsm(rows, directions, weights):
    model = value_model(rows, directions, weights)
    return evaluate(model, model.profiles[0], "wsm").result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value_tables(), st.data())
def test_a_direct_value_model_is_always_normalised_higher_better_whatever_its_values(table, data):
    rows, directions, weights = table
    result = _wsm(rows, directions, weights)
    assert (result.extra["normalization"], result.better) == ("bounds", "higher")
    option = data.draw(st.sampled_from(sorted(rows)))
    j = data.draw(st.integers(0, len(directions) - 1))
    edited = {**rows, option: [data.draw(st.floats(-1e3, 1e3)) if k == j else v for k, v in enumerate(rows[option])]}
    assert _wsm(edited, directions, weights).better == "higher"  # one cell never flips the direction


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value_tables())
def test_a_constant_column_adds_zero_whatever_its_direction(table):
    rows, directions, weights = table
    columns = list(zip(*rows.values()))
    constant = [j for j, column in enumerate(columns) if len(set(column)) == 1]
    flipped = [{"benefit": "cost", "cost": "benefit"}[d] if j in constant else d for j, d in enumerate(directions)]
    a, b = _wsm(rows, directions, weights), _wsm(rows, flipped, weights)
    assert np.array_equal(a.scores, b.scores)
    assert not a.tables["normalised"][:, constant].any()


def test_one_cost_column_from_a_spreadsheet_is_normalised_not_a_risk_index(tmp_path):
    """The reproduction: one cost criterion (equal ranges by necessity) used to be read as a risk index."""
    path = tmp_path / "one_cost.csv"
    path.write_text("option,Cost\ndirection,cost\nA,200\nB,150\nC,300\n", encoding="utf-8")
    model = load_model(str(path))
    evaluation = evaluate(model, model.profiles[0] if model.profiles else Profile("Equal weights"), "wsm")
    assert evaluation.result.better == "higher"
    assert [r["option"] for r in evaluation.ranking()] == ["B", "A", "C"]  # cheapest first
    assert np.allclose(evaluation.result.scores, [2 / 3, 1.0, 0.0])


def test_a_risk_matrix_is_the_raw_weighted_risk_index(paper_model):
    result = evaluate(paper_model, paper_model.profiles[0], "wsm").result
    assert (result.extra["normalization"], result.better) == ("raw", "lower")
