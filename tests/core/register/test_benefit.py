"""core.register.benefit: weighted risk inherent and residual per option, marginal contributions per control."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from core.builtin import builtin_model
from core.edits import SetKind, apply
from core.register import Control, Effect, Register
from core.register.benefit import NOTE, control_benefits
from core.register.residual import residual_model
from tests.core.register.factories import CONTROLS, registers, with_register

PAPER = builtin_model()


def weighted_risk(model, profile, option):
    """Σ global weight × likelihood × impact over the risk factors, read off the model's own scores."""
    weights = model.global_weights(profile)
    return sum(weights[f.id] * model.score(option, f.id).number for f in model.factors if f.kind == "risk")


def check_against_residual_models(model, profile):
    benefits = control_benefits(model, profile)
    residual = residual_model(model)
    for row in benefits.options:
        assert row.inherent == pytest.approx(weighted_risk(model, profile, row.option))
        assert row.residual == pytest.approx(weighted_risk(residual, profile, row.option))
        assert row.drop == pytest.approx(row.inherent - row.residual) and row.drop >= 0
    for row in benefits.controls:
        control = model.register.control(row.control)
        others = tuple(c for c in model.register.controls if c.id != control.id)
        without = residual_model(model.replace(register=model.register.replace(controls=others)))
        with_it = residual_model(model.replace(register=model.register.replace(
            controls=others + (control.replace(status="in place"),))))
        for option, contribution in zip(model.options, row.contributions):
            expected = weighted_risk(without, profile, option.id) - weighted_risk(with_it, profile, option.id)
            assert contribution == pytest.approx(expected, abs=1e-12)
        assert row.counts is model.register.counts(control)
        assert row.total == pytest.approx(sum(row.contributions))
    return benefits


@pytest.mark.parametrize("include_planned", [False, True])
def test_drops_and_contributions_equal_those_of_the_residual_models(include_planned):
    model = with_register(PAPER, include_planned=include_planned)
    for profile in model.profiles:
        benefits = check_against_residual_models(model, profile)
        assert benefits.profile == profile.name and benefits.include_planned is include_planned
        assert [row.option for row in benefits.options] == [o.id for o in model.options]
        assert [row.control for row in benefits.controls] == ["C1", "C2", "C3"]


@settings(max_examples=30)
@given(registers(PAPER))
def test_for_any_register(register):
    check_against_residual_models(PAPER.replace(register=register), PAPER.profiles[1])


def test_floors_make_contributions_not_add_up_and_the_note_says_so():
    model = with_register(PAPER, controls=(CONTROLS[0], CONTROLS[2]))  # both on O3 × S1; C3 alone floors it
    profile = model.profiles[0]
    benefits = control_benefits(model, profile)
    o3 = [row.option for row in benefits.options].index("O3")
    c1, c3 = benefits.controls
    weight = model.global_weights(profile)["S1"]
    likelihood, impact = model.score("O3", "S1").likelihood, model.score("O3", "S1").impact
    # C1's effect on S1 is swallowed by C3's floor; only its effect on R3 counts.
    r3 = model.score("O3", "R3")
    r3_weight = model.global_weights(profile)["R3"]
    assert c1.contributions[o3] == pytest.approx(r3_weight * (r3.number - max(1, r3.likelihood - 1) * r3.impact))
    c3_alone = weight * (max(1, likelihood - 2) * max(1, impact - 1) - 1)
    assert c3.contributions[o3] == pytest.approx(c3_alone)
    drop = benefits.options[o3].drop
    assert c1.contributions[o3] + c3.contributions[o3] < drop - 1e-9
    assert "need not add up" in NOTE and "below 1" in NOTE


def test_a_planned_control_left_out_shows_what_it_would_take_off():
    model = with_register(PAPER, controls=(CONTROLS[1],))
    benefits = control_benefits(model, model.profiles[0])
    (row,) = benefits.controls
    assert row.counts is False
    assert all(option.drop == 0 for option in benefits.options)
    o2 = [o.id for o in model.options].index("O2")
    score = model.score("O2", "R1")
    assert row.contributions[o2] == pytest.approx(
        model.global_weights(model.profiles[0])["R1"] * score.likelihood * (score.impact - max(1, score.impact - 2)))


def test_direct_value_factors_add_nothing():
    model, _ = apply(PAPER, SetKind("E1", "value"))
    model = model.replace(register=Register(controls=(Control("C1", "x", effects=(Effect("O1", "E2", 1, 1),)),)))
    profile = model.profiles[0]
    benefits = control_benefits(model, profile)
    assert benefits.options[0].inherent == pytest.approx(weighted_risk(model, profile, "O1"))
    assert benefits.options[0].inherent < weighted_risk(PAPER, profile, "O1")  # E1's share is left out


def test_no_controls_no_drop():
    benefits = control_benefits(PAPER, PAPER.profiles[0])
    assert benefits.controls == () and all(row.drop == 0 for row in benefits.options)
    assert all(1 <= row.inherent <= 25 for row in benefits.options)
