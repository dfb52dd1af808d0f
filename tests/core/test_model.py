"""Immutable model values, the criteria tree and hierarchical weights."""

from __future__ import annotations

import dataclasses

import pytest

from core.errors import ModelError
from core.model import Bands, Criterion, DecisionModel, Option, Profile, Score


def tree_model() -> DecisionModel:
    leaf = lambda i: Criterion(id=i, name=i)  # noqa: E731
    deep = Criterion(id="G2", name="inner", children=(leaf("c"), leaf("d")))
    criteria = (Criterion(id="G1", name="outer", children=(leaf("a"), deep)), leaf("b"))
    scores = {("x", f): Score(likelihood=2, impact=3) for f in "abcd"}
    return DecisionModel(title="t", criteria=criteria, options=(Option("x", "X"),), scores=scores)


def test_factors_are_leaves_in_tree_order():
    assert [f.id for f in tree_model().factors] == ["a", "c", "d", "b"]


def test_global_weights_multiply_down_any_depth():
    profile = Profile("p", {"G1": 3, "b": 1, "a": 1, "G2": 1, "c": 3, "d": 1})
    weights = tree_model().global_weights(profile)
    assert weights == pytest.approx({"a": 0.375, "c": 0.28125, "d": 0.09375, "b": 0.25})
    assert sum(weights.values()) == pytest.approx(1.0)


def test_missing_local_weights_mean_equal_shares():
    weights = tree_model().global_weights(Profile("p"))
    assert weights == pytest.approx({"a": 0.25, "c": 0.125, "d": 0.125, "b": 0.5})


def test_zero_sibling_weights_are_an_error_naming_the_group():
    with pytest.raises(ModelError, match="inner"):
        tree_model().global_weights(Profile("p", {"c": 0, "d": 0}))


def test_values_are_frozen_and_replace_copies():
    model = tree_model()
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        model.scores[("x", "a")] = Score()  # type: ignore[index]
    changed = model.replace(title="new")
    assert (model.title, changed.title) == ("t", "new")


def test_profile_weights_cannot_be_mutated_through_the_source_dict():
    source = {"a": 1.0}
    profile = Profile("p", source)
    source["a"] = 5.0
    assert profile.weights["a"] == 1.0


def test_risk_is_likelihood_times_impact_and_bands():
    assert Score(likelihood=4, impact=5).number == 20
    bands = Bands()
    assert [bands.names[bands.band(r)] for r in (1, 4, 5, 9, 10, 16, 17, 25)] == [
        "Low", "Low", "Medium", "Medium", "High", "High", "Extreme", "Extreme"]


def test_unknown_profile_lists_the_known_ones(paper_model):
    with pytest.raises(ModelError, match="Equal weights"):
        paper_model.profile("nope")


def test_label_shows_the_id_only_when_it_adds_something():
    from core.model import label

    assert label("O1", "Sudden withdrawal") == "O1  Sudden withdrawal"
    assert label("Plan A", "Plan A") == "Plan A"
    assert label("E1", "Aid", " ") == "E1 Aid"
