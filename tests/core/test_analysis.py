"""The bridge from a model to a ranking: one value names what is analysed, one function runs it."""

from __future__ import annotations

import numpy as np
import pytest

from core.analysis import AnalysisKey, evaluate, problem, run_method
from core.errors import ModelError
from core.methods import REGISTRY


def test_a_key_is_equal_for_the_same_objects_and_hashes_without_reading_the_model(paper_model):
    profile = paper_model.profiles[0]
    key = AnalysisKey(paper_model, profile, "topsis")
    assert key == AnalysisKey(paper_model, profile, "topsis")
    assert hash(key) == hash(AnalysisKey(paper_model, profile, "topsis"))
    assert {key: 1}[AnalysisKey(paper_model, profile, "topsis")] == 1
    assert key != key.replace(method="wsm")
    assert key != key.replace(profile=profile.replace(name=profile.name))  # an edit is another object
    assert key != key.replace(model=paper_model.replace())
    with pytest.raises(AttributeError):
        key.method = "wsm"  # type: ignore[misc]


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
    with pytest.raises(ModelError, match=r"unknown method 'bogus' \(methods: wsm, wpm, topsis, vikor, promethee2\)"):
        evaluate(paper_model, paper_model.profiles[0], "bogus")
