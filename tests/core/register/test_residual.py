"""core.register.residual: the residual rule, the residual model and ranking on either basis."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis import evaluate
from core.builtin import builtin_model
from core.errors import ModelError
from core.methods import METHODS
from core.model import Score
from core.register import Control, Effect, Register
from core.register.residual import BASES, RULE, model_on, residual_levels, residual_model
from core.validate import validate_model
from tests.core.register.factories import CONTROLS, registers, with_register

PAPER = builtin_model()


def levels(model, option, factor):
    score = model.score(option, factor)
    return score.likelihood, score.impact


def test_one_control_lowers_its_cell_by_its_levels():
    model = with_register(PAPER)
    likelihood, impact = levels(model, "O1", "S1")
    assert residual_levels(model, "O1", "S1") == (max(1, likelihood - 1), impact)


def test_several_controls_on_one_cell_add_up_and_floor_at_1():
    only_c1 = with_register(PAPER, controls=CONTROLS[:1])
    likelihood, impact = levels(PAPER, "O3", "S1")
    assert residual_levels(only_c1, "O3", "S1") == (max(1, likelihood - 2), max(1, impact - 1))
    # C3 takes 4 more levels off each: together far more than the cell has, and both stop at 1.
    assert residual_levels(with_register(PAPER), "O3", "S1") == (1, 1)


def test_a_planned_control_counts_only_when_planned_ones_are_included():
    likelihood, impact = levels(PAPER, "O2", "R1")
    assert residual_levels(with_register(PAPER), "O2", "R1") == (likelihood, impact)
    assert residual_levels(with_register(PAPER, include_planned=True), "O2", "R1") == (likelihood, max(1, impact - 2))


def test_a_cell_without_likelihood_and_impact_has_no_residual():
    model = with_register(PAPER)
    model = model.replace(scores={**model.scores, ("O1", "E1"): Score(value=7.0)})
    assert residual_levels(model, "O1", "E1") is None
    assert residual_levels(model, "O9", "E1") is None  # no such cell at all


@settings(max_examples=60)
@given(registers(PAPER))
def test_the_rule_for_any_register(register):
    model = PAPER.replace(register=register)
    for (option, factor), score in PAPER.scores.items():
        counted = [c for c in register.controls
                   if c.status == "in place" or (register.include_planned and c.status == "planned")]
        found = [c.effect(option, factor) for c in counted]
        down_l = sum(e.likelihood for e in found if e)
        down_i = sum(e.impact for e in found if e)
        result = residual_levels(model, option, factor)
        assert result == (max(1, score.likelihood - down_l), max(1, score.impact - down_i))
        assert 1 <= result[0] <= score.likelihood and 1 <= result[1] <= score.impact
        planned = residual_levels(model.replace(register=register.replace(include_planned=True)), option, factor)
        assert planned[0] <= result[0] and planned[1] <= result[1]  # including planned controls never raises


@settings(max_examples=40)
@given(registers(PAPER))
def test_the_residual_model_holds_every_cell_at_its_residual_levels(register):
    model = PAPER.replace(register=register)
    residual = residual_model(model)
    validate_model(residual)
    assert residual.register == register and residual.criteria is model.criteria
    for option, factor in model.scores:
        assert levels(residual, option, factor) == residual_levels(model, option, factor)
        assert residual.score(option, factor).rationale == model.score(option, factor).rationale


@pytest.mark.parametrize("register", [Register(), Register(controls=(CONTROLS[1],)),
                                      Register(controls=(Control("C9", "No effect"),)),
                                      Register(controls=(Control("C9", "Floored", effects=(Effect("O1", "S1", 0, 0),)),))])
def test_the_residual_model_is_the_model_itself_when_no_control_changes_a_cell(register):
    model = PAPER.replace(register=register)
    assert residual_model(model) is model
    assert model_on(model, "inherent") is model and model_on(model, "residual") is model


def test_a_score_range_follows_its_cell_down_and_still_contains_it():
    model = with_register(PAPER, controls=CONTROLS[:1])
    score = model.score("O3", "S1")
    ranged = model.replace(scores={**model.scores, ("O3", "S1"): score.replace(low=score.number / 2,
                                                                                 high=score.number)})
    cell = residual_model(ranged).score("O3", "S1")
    ratio = cell.number / score.number
    assert cell.low == pytest.approx(score.number / 2 * ratio) and cell.high == pytest.approx(cell.number)
    assert cell.low <= cell.number <= cell.high
    validate_model(residual_model(ranged))


def test_a_direct_value_factor_is_the_same_on_both_bases():
    from core.edits import SetKind, apply

    model, _ = apply(with_register(PAPER, entries={}, controls=()), SetKind("E1", "value"))
    control = Control("C1", "Acts on a risk", effects=(Effect("O1", "E2", 2, 2),))
    model = model.replace(register=Register(controls=(control,)))
    residual = residual_model(model)
    assert residual.score("O1", "E1") == model.score("O1", "E1")
    assert residual.score("O1", "E2") != model.score("O1", "E2")


def test_bases_and_an_unknown_basis():
    assert BASES == ("inherent", "residual")
    with pytest.raises(ModelError, match="basis 'both' is not one of inherent, residual"):
        model_on(PAPER, "both")
    assert RULE.endswith("never below 1.") and "planned" in RULE


def hand_built(model):
    """The model an analyst would type in: the residual levels as plain scores, no register at all."""
    scores = {}
    for (option, factor), score in model.scores.items():
        likelihood, impact = residual_levels(model, option, factor)
        scores[(option, factor)] = Score(likelihood=likelihood, impact=impact, rationale=score.rationale,
                                         evidence=score.evidence)
    return model.replace(scores=scores, register=Register())


@pytest.mark.parametrize("method", list(METHODS))
@pytest.mark.parametrize("include_planned", [False, True])
def test_ranking_on_residual_is_ranking_a_model_whose_scores_are_the_residual_ones(method, include_planned):
    model = with_register(PAPER, include_planned=include_planned)
    typed = hand_built(model)
    assert typed != model
    for profile in model.profiles:
        residual = evaluate(model_on(model, "residual"), profile, method)
        expected = evaluate(typed, profile, method)
        assert np.array_equal(residual.problem.matrix, expected.problem.matrix)
        assert np.allclose(residual.result.scores, expected.result.scores, rtol=0, atol=1e-12)
        assert residual.ranking() == expected.ranking()
    inherent = evaluate(model_on(model, "inherent"), model.profiles[0], method)
    assert not np.array_equal(inherent.problem.matrix, expected.problem.matrix)


@settings(max_examples=25)
@given(registers(PAPER), st.sampled_from(list(METHODS)))
def test_ranking_on_residual_for_any_register(register, method):
    model = PAPER.replace(register=register)
    profile = model.profiles[1]
    assert evaluate(model_on(model, "residual"), profile, method).ranking() == \
        evaluate(hand_built(model), profile, method).ranking()
