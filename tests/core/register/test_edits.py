"""Register edits: each applies, validates, undoes exactly; deleting or re-kinding what they sit on prunes them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.builtin import builtin_model
from core.edits import (AddControl, Batch, DeleteControl, DeleteCriterion, DeleteOption, Restore, SetControl,
                        SetEffect, SetIncludePlanned, SetKind, SetRiskEntry, SetScaleLevel, SetScore, apply)
from core.edits.kinds import CONTROL_FIELDS, ENTRY_FIELDS, LEVEL_FIELDS
from core.errors import ModelError
from core.register import Control, Effect, Level, RiskEntry
from core.register.residual import residual_levels
from core.validate import validate_model
from tests.core.register.factories import with_register

PAPER = builtin_model()
MODEL = with_register(PAPER)


def round_trip(model, edit):
    """Apply ``edit`` then its inverse: the model comes back exactly, and redo gives the edit again."""
    edited, inverse = apply(model, edit)
    validate_model(edited)
    restored, again = apply(edited, inverse)
    assert restored == model
    assert list(restored.register.entries) == list(model.register.entries)  # order too (files keep it)
    assert apply(restored, again)[0] == edited
    return edited


EDITS = [
    SetRiskEntry("O3", "S1", {"owner": "Bilateral committee", "due": "2028-02-29"}),
    SetRiskEntry("O5", "R2", {"statement": "Talks stall → escalation", "treatment": "tolerate"}),
    SetRiskEntry("O1", "E1", {"owner": "", "status": "open", "review": ""}),  # empties it: removed
    AddControl(Control("C4", "Economic reform talks", status="planned", effects=(Effect("O2", "E1", 1, 0),)), 0),
    AddControl(Control("C4", "At the end")),
    SetControl("C2", {"status": "in place", "owner": "KRG and SDF"}),
    SetControl("C1", {"name": "CTS", "evidence": "§ 4"}),
    DeleteControl("C1"),
    SetEffect("C1", "O3", "S1", 0, 0),  # removes that effect
    SetEffect("C1", "O3", "S1", 3, 2),  # changes it in place
    SetEffect("C2", "O4", "P2", 0, 1),  # adds one
    SetScaleLevel("likelihood", 3, {"label": "Even odds"}),
    SetScaleLevel("impact", 5, {"description": "Existential"}),
    SetIncludePlanned(True),
    Batch((AddControl(Control("C9", "New")), SetEffect("C9", "O1", "R1", 1, 1))),
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: type(e).__name__)
def test_every_register_edit_round_trips_exactly(edit):
    edited = round_trip(MODEL, edit)
    assert edited != MODEL
    assert edited.scores is MODEL.scores and edited.criteria is MODEL.criteria  # the register alone changed


def test_what_the_edits_do():
    assert apply(MODEL, SetRiskEntry("O1", "E1", {"owner": "", "status": "open", "review": ""}))[0] \
        .register.entries.keys() == {("O3", "S1")}
    changed = apply(MODEL, SetEffect("C1", "O3", "S1", 3, 2))[0].register.control("C1")
    assert changed.effects[1] == Effect("O3", "S1", 3, 2) and len(changed.effects) == 3
    assert apply(MODEL, SetEffect("C1", "O3", "S1", 0, 0))[0].register.control("C1").effect("O3", "S1") is None
    assert apply(MODEL, AddControl(Control("C4", "x"), 0))[0].register.controls[0].id == "C4"
    scales = apply(MODEL, SetScaleLevel("likelihood", 3, {"label": "Even odds"}))[0].register.scales
    old = MODEL.register.scales.likelihood[2]  # the Arabic texts of the level stay with it (core.bilingual)
    assert scales.likelihood[2] == Level("Even odds", old.description, old.translations)
    likelihood, impact = MODEL.score("O2", "R1").likelihood, MODEL.score("O2", "R1").impact
    planned = apply(MODEL, SetIncludePlanned(True))[0]
    assert residual_levels(planned, "O2", "R1") == (likelihood, max(1, impact - 2))


PRUNING = [
    (DeleteOption("O3"), lambda m: all(o != "O3" for o, _ in m.register.entries)
     and all(e.option != "O3" for c in m.register.controls for e in c.effects)),
    (DeleteCriterion("R3"), lambda m: all(e.factor != "R3" for c in m.register.controls for e in c.effects)),
    (DeleteCriterion("SEC"), lambda m: ("O3", "S1") not in m.register.entries
     and all(e.factor != "S1" for c in m.register.controls for e in c.effects)),
    (DeleteCriterion("ECO"), lambda m: ("O1", "E1") not in m.register.entries),  # a group takes its factors' items
    (SetKind("S1", "value"), lambda m: ("O3", "S1") not in m.register.entries
     and all(e.factor != "S1" for c in m.register.controls for e in c.effects)),
    (SetKind("E1", "value"), lambda m: ("O1", "E1") not in m.register.entries),
]


@pytest.mark.parametrize("edit, gone", PRUNING, ids=lambda e: getattr(e, "__name__", type(e).__name__))
def test_deleting_or_rekinding_drops_entries_and_effects_in_the_same_undo_step(edit, gone):
    edited = round_trip(MODEL, edit)
    assert gone(edited)
    assert len(edited.register.controls) == len(MODEL.register.controls)  # controls stay, only effects go


def test_a_register_that_needs_no_pruning_is_kept_as_it_is():
    edited, _ = apply(MODEL, DeleteOption("O4"))
    assert edited.register is MODEL.register
    edited, _ = apply(MODEL, SetKind("P3", "value"))
    assert edited.register is MODEL.register


BAD = [
    (SetRiskEntry("O9", "S1", {"owner": "x"}), "no option with id 'O9'"),
    (SetRiskEntry("O1", "Z9", {"owner": "x"}), "no criterion with id 'Z9'"),
    (SetRiskEntry("O1", "SEC", {"owner": "x"}), "is not a risk (likelihood × impact) factor"),
    (SetRiskEntry("O1", "S1", {"colour": "red"}), "has no field colour"),
    (SetRiskEntry("O1", "S1", {"owner": 3}), "owner must be text"),
    (SetRiskEntry("O1", "S1", {"treatment": "ignore"}), "the treatment must be one of treat, tolerate"),
    (SetRiskEntry("O1", "S1", {"status": "done"}), "the status must be one of open, monitoring, closed"),
    (SetRiskEntry("O1", "S1", {"due": "2027-02-30"}), "option O1, factor S1: due: '2027-02-30' is not a day"),
    (SetRiskEntry("O1", "S1", {"review": "soon"}), "review: 'soon' is not a date written YYYY-MM-DD"),
    (SetRiskEntry("O1", "S1", {"statement": "a\x00"}), "register.entries[2].statement: holds the control character"),
    (AddControl(Control("C1", "again")), "there is already a control with id 'C1'"),
    (AddControl(Control("c 1", "looks like C1")), "control id 'c 1' looks the same as 'C1'"),
    (AddControl(Control("C4", "bad", effects=(Effect("O1", "S1", 9, 0),))), "likelihood: must be a whole number 0–4"),
    (AddControl("C4"), "only a control can be added"),
    (AddControl(Control("C4", 5)), "register.controls[3].name: must be text"),
    (AddControl(Control("C4", "x", owner=None)), "register.controls[3].owner: must be text"),
    (SetControl("C9", {"owner": "x"}), "no control with id 'C9'"),
    (SetControl("C1", {"name": " "}), "the name cannot be empty"),
    (SetControl("C1", {"status": "retired"}), "the status must be one of in place, planned"),
    (SetControl("C1", {"effects": ()}), "has no field effects"),
    (SetControl("C1", {"id": "C7"}), "has no field id"),
    (DeleteControl("C9"), "no control with id 'C9'"),
    (SetEffect("C1", "O1", "S1", 5, 0), "lowers likelihood by a whole number of levels, 0–4"),
    (SetEffect("C1", "O1", "S1", 0, True), "lowers impact by a whole number of levels"),
    (SetEffect("C1", "O1", "S1", -1, 0), "0–4"),
    (SetEffect("C9", "O1", "S1", 1, 0), "no control with id 'C9'"),
    (SetEffect("C1", "O9", "S1", 1, 0), "no option with id 'O9'"),
    (SetScaleLevel("severity", 1, {"label": "x"}), "a descriptor scale is likelihood or impact"),
    (SetScaleLevel("impact", 0, {"label": "x"}), "the levels 1–5"),
    (SetScaleLevel("impact", 6, {"label": "x"}), "the levels 1–5"),
    (SetScaleLevel("impact", 2, {"label": ""}), "the label cannot be empty"),
    (SetScaleLevel("impact", 2, {"colour": "red"}), "has no field colour"),
    (SetScaleLevel("impact", 2, {"description": None}), "description must be text"),
    (SetScaleLevel("impact", 2, {"label": "Severe"}), "impact level 2: 'Severe' is already the label of level 5"),
    (SetIncludePlanned(1), "must be true or false"),
    (Restore({"regsiter": None}), "the model has no field regsiter"),
]


@pytest.mark.parametrize("edit, message", BAD, ids=[m for _, m in BAD])
def test_a_bad_register_edit_is_refused_and_the_model_is_untouched(edit, message):
    before = with_register(PAPER)
    with pytest.raises(ModelError) as caught:
        apply(before, edit)
    assert message in str(caught.value)
    assert before == MODEL  # values are frozen: nothing could have changed, and nothing did


def test_an_effect_on_a_direct_value_factor_is_refused():
    model, _ = apply(MODEL, SetKind("R5", "value"))
    for edit in (SetEffect("C1", "O1", "R5", 1, 0), SetRiskEntry("O1", "R5", {"owner": "x"})):
        with pytest.raises(ModelError, match="is not a risk"):
            apply(model, edit)


CELLS = st.sampled_from([(o.id, f.id) for o in PAPER.options for f in PAPER.factors])
STEPS = st.one_of(
    st.builds(lambda cell, owner: SetRiskEntry(*cell, {"owner": owner}), CELLS, st.sampled_from(["", "KRG"])),
    st.builds(lambda cell, c, lv, im: SetEffect(c, *cell, lv, im), CELLS, st.sampled_from(["C1", "C2", "C3"]),
              st.integers(0, 4), st.integers(0, 4)),
    st.builds(SetIncludePlanned, st.booleans()),
    st.builds(lambda c: SetControl(c, {"status": "planned"}), st.sampled_from(["C1", "C3"])),
    st.builds(DeleteOption, st.sampled_from(["O1", "O3"])),
    st.builds(SetKind, st.sampled_from(["S1", "R3", "E1"]), st.just("value")),
    st.builds(SetScore, st.just("O3"), st.just("S1"), st.just({"likelihood": 2})),
)


@settings(max_examples=40)
@given(st.lists(STEPS, max_size=8))
def test_any_sequence_of_edits_undoes_back_to_the_start(steps):
    model, undo = MODEL, []
    for step in steps:
        try:
            model, inverse = apply(model, step)
        except ModelError:
            continue  # e.g. the option or factor went in an earlier step
        undo.append(inverse)
    for inverse in reversed(undo):
        model, _ = apply(model, inverse)
    assert model == MODEL


ANY = st.one_of(st.none(), st.booleans(), st.integers(-3, 7), st.floats(allow_nan=True), st.text(max_size=4),
                st.sampled_from(["O1", "O3", "S1", "E1", "C1", "likelihood", "impact", "planned", "2027-02-30"]),
                st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(), max_size=2))
CHANGES = st.dictionaries(st.sampled_from([*ENTRY_FIELDS, *CONTROL_FIELDS, *LEVEL_FIELDS, "id", "x"]), ANY, max_size=3)
ANY_EDIT = st.one_of(
    st.builds(SetRiskEntry, ANY, ANY, CHANGES), st.builds(AddControl, ANY, ANY),
    st.builds(AddControl, st.builds(Control, ANY, ANY, ANY, ANY, ANY, ANY, ANY), ANY),
    st.builds(SetControl, ANY, CHANGES), st.builds(DeleteControl, ANY),
    st.builds(SetEffect, ANY, ANY, ANY, ANY, ANY), st.builds(SetScaleLevel, ANY, ANY, CHANGES),
    st.builds(SetIncludePlanned, ANY))


@settings(max_examples=300)
@given(ANY_EDIT)
def test_any_register_edit_applies_soundly_or_is_refused_in_one_line(edit):
    try:
        edited, inverse = apply(MODEL, edit)
    except ModelError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    validate_model(edited)
    assert apply(edited, inverse)[0] == MODEL
