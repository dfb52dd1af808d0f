"""core.edits: every edit applies, validates, and its inverse restores the exact model."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.edits import (AddCriterion, AddOption, AddProfile, Batch, DeleteCriterion, DeleteOption,
                        DeleteProfile, DuplicateProfile, MoveCriterion, MoveOption, RenameProfile,
                        ReplaceProfile, SetCriterion, SetKind, SetModelInfo, SetOption, SetScore, SetWeight,
                        SetWeights, apply, local_shares, renormalise, unique_id, unique_name)
from core.errors import ModelError
from core.model import Criterion, Option, Profile
from core.validate import validate_change, validate_model

EQUAL = "Equal weights"


def round_trip(model, edit):
    """Apply ``edit`` then its inverse; return the edited model and check the exact restore."""
    edited, inverse = apply(model, edit)
    validate_model(edited)
    restored, again = apply(edited, inverse)
    assert restored == model
    assert apply(restored, again)[0] == edited
    return edited


EDITS = [
    SetScore("O1", "E1", {"likelihood": 2, "rationale": "changed <b>x</b>"}),
    SetScore("O3", "R4", {"low": 2.0, "high": 20.0}),
    SetWeight(EQUAL, "E1", 0.5),
    SetWeight(EQUAL, "REG", 0.1, frozenset({"ECO"})),
    SetWeights(EQUAL, {"ECO": 1.0}),
    SetCriterion("E1", {"name": "Aid halt", "notes": "n", "evidence": ["A", "B"]}),
    SetCriterion("ECO", {"name": "Economy"}),
    SetKind("E3", "value"),
    AddCriterion(Criterion("X1", "New factor"), "POL", 1),
    AddCriterion(Criterion("G1", "New group", children=(Criterion("X1", "Inner"),)), None, None),
    DeleteCriterion("E2"),
    DeleteCriterion("POL"),
    MoveCriterion("E1", "REG", 0),
    MoveCriterion("E1", "ECO", 3),
    MoveCriterion("ECO", None, 3),
    AddOption(Option("O6", "Another"), 2),
    SetOption("O1", {"name": "Sudden exit"}),
    MoveOption("O5", 0),
    DeleteOption("O2"),
    AddProfile(Profile("Mine", {"ECO": 2.0})),
    RenameProfile(EQUAL, "Flat"),
    ReplaceProfile(EQUAL, Profile("Other", {"SEC": 3.0})),
    DuplicateProfile(EQUAL, "Copy"),
    DeleteProfile("Economy first"),
    SetModelInfo({"title": "T", "question": "Q?"}),
    Batch((AddProfile(Profile("Mine")), SetWeight("Mine", "SEC", 0.4))),
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: type(e).__name__)
def test_every_edit_round_trips_exactly(paper_model, edit):
    edited = round_trip(paper_model, edit)
    assert edited != paper_model


BAD = [
    SetScore("O1", "E1", {"likelihood": 6}),
    SetScore("O1", "E1", {"likelihood": 2.5}),
    SetScore("O1", "E1", {"likelihood": True}),
    SetScore("O1", "E1", {"value": math.nan}),
    SetScore("O1", "E1", {"colour": 1}),
    SetScore("O1", "E1", {"low": 30.0}),
    SetScore("O9", "E1", {"likelihood": 2}),
    SetScore("O1", "E9", {"likelihood": 2}),
    SetWeight(EQUAL, "S1", 0.5),
    SetWeight(EQUAL, "E1", math.inf),
    SetWeight("nobody", "E1", 0.2),
    SetWeights(EQUAL, {"ECO": -1.0}),
    SetWeights(EQUAL, {"ECO": 0.0, "POL": 0.0, "SEC": 0.0, "REG": 0.0}),
    SetCriterion("E1", {"name": "  "}),
    SetCriterion("E1", {"direction": "benefit"}),
    SetCriterion("E1", {"scale": (5, 1)}),
    SetCriterion("E1", {"scale": 3}),
    SetCriterion("E1", {"evidence": "one string"}),
    SetCriterion("E1", {"kind": "value"}),
    SetKind("ECO", "value"),
    SetKind("E1", "maybe"),
    AddCriterion(Criterion("E2", "Duplicate id"), "POL"),
    AddCriterion(Criterion("X1", "Under a factor"), "E1"),
    AddCriterion(Criterion("X1", "Nowhere"), "NOPE"),
    DeleteCriterion("S1"),
    DeleteCriterion("NOPE"),
    MoveCriterion("S1", "ECO", 0),
    MoveCriterion("ECO", "E1", 0),
    MoveCriterion("REG", "REG", 0),
    AddOption(Option("O1", "Same id")),
    SetOption("O1", {"name": ""}),
    DeleteProfile("nobody"),
    RenameProfile(EQUAL, "Economy first"),
    RenameProfile(EQUAL, ""),
    DuplicateProfile(EQUAL, EQUAL),
    AddProfile(Profile("Bad", {"ZZ": 1.0})),
    Batch((SetScore("O1", "E1", {"likelihood": 2}), SetScore("O1", "E1", {"likelihood": 0}))),
]


@pytest.mark.parametrize("edit", BAD, ids=lambda e: type(e).__name__)
def test_invalid_edits_raise_model_error_and_leave_the_model_alone(paper_model, edit):
    before = paper_model
    with pytest.raises(ModelError):
        apply(paper_model, edit)
    assert paper_model == before


def test_deleting_every_option_is_refused(paper_model):
    model = paper_model
    for option in model.options[:-1]:
        model, _ = apply(model, DeleteOption(option.id))
    with pytest.raises(ModelError, match="no options"):
        apply(model, DeleteOption(model.options[0].id))


def test_set_weight_renormalises_unlocked_siblings_proportionally(paper_model):
    profile = Profile("p", {"E1": 1.0, "E2": 2.0, "E3": 3.0, "E4": 4.0, "E5": 10.0})
    model, _ = apply(paper_model, AddProfile(profile))
    model, _ = apply(model, SetWeight("p", "E1", 0.25, frozenset({"E5"})))
    shares = local_shares(model, model.profile("p"), "E1")
    assert shares["E1"] == pytest.approx(0.25)
    assert shares["E5"] == pytest.approx(0.5)
    assert shares["E2"] / shares["E3"] == pytest.approx(2 / 3)
    assert sum(shares.values()) == pytest.approx(1.0)


def test_set_weight_leaves_other_groups_and_global_shares_consistent(paper_model):
    profile = paper_model.profile(EQUAL)
    before = paper_model.global_weights(profile)
    model, _ = apply(paper_model, SetWeight(EQUAL, "R3", 0.5))
    after = model.global_weights(model.profile(EQUAL))
    assert after["E1"] == pytest.approx(before["E1"])
    reg = sum(v for k, v in after.items() if k.startswith("R"))
    assert after["R3"] == pytest.approx(0.5 * reg)


def test_set_weight_clamps_to_the_share_that_locks_leave_free():
    assert renormalise([0.25, 0.25, 0.5], 0, 0.9, [False, False, True]) == pytest.approx([0.5, 0.0, 0.5])
    assert renormalise([0.5, 0.0, 0.5], 0, 0.2, [False, False, False]) == pytest.approx([0.2, 0.0, 0.8])
    assert renormalise([1.0, 0.0, 0.0], 0, 0.4, [False, False, False]) == pytest.approx([0.4, 0.3, 0.3])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 10), min_size=2, max_size=8), st.data())
def test_renormalise_keeps_the_sum_locks_and_sign(raw, data):
    n = len(raw)
    index = data.draw(st.integers(0, n - 1))
    locked = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    locked[index] = False
    if all(locked[j] for j in range(n) if j != index):
        with pytest.raises(ModelError):
            renormalise(raw, index, 0.3, locked)
        return
    value = data.draw(st.floats(-1, 2))
    total = sum(raw)
    before = [r / total for r in raw] if total > 0 else [1 / n] * n
    after = renormalise(raw, index, value, locked)
    assert sum(after) == pytest.approx(1.0)
    assert min(after) >= 0
    assert all(after[j] == pytest.approx(before[j]) for j in range(n) if locked[j])


def test_add_factor_takes_an_equal_share_when_siblings_have_weights(paper_model):
    model, _ = apply(paper_model, SetWeights(EQUAL, {"E1": 0.2, "E2": 0.2, "E3": 0.2, "E4": 0.2, "E5": 0.2}))
    model, _ = apply(model, AddCriterion(Criterion("E6", "New"), "ECO"))
    shares = local_shares(model, model.profile(EQUAL), "E6")
    assert shares["E6"] == pytest.approx(1 / 6)
    assert model.score("O1", "E6").likelihood == 3


def test_set_kind_to_value_keeps_the_product_and_back_keeps_the_rank_order(paper_model):
    model, _ = apply(paper_model, SetKind("E1", "value"))
    assert model.score("O1", "E1").value == paper_model.score("O1", "E1").number
    back, _ = apply(model, SetKind("E1", "risk"))
    numbers = [back.score(o.id, "E1").number for o in back.options]
    originals = [paper_model.score(o.id, "E1").number for o in back.options]
    assert sorted(range(5), key=numbers.__getitem__) == sorted(range(5), key=originals.__getitem__) or \
        len(set(numbers)) < len(set(originals))


def test_move_option_and_criterion_order(paper_model):
    model, _ = apply(paper_model, MoveOption("O5", 0))
    assert [o.id for o in model.options] == ["O5", "O1", "O2", "O3", "O4"]
    model, _ = apply(paper_model, MoveCriterion("E5", "ECO", 0))
    assert [f.id for f in model.factors][:5] == ["E5", "E1", "E2", "E3", "E4"]


def test_delete_group_drops_its_scores_and_weights(paper_model):
    model, _ = apply(paper_model, DeleteCriterion("POL"))
    assert not any(key[1].startswith("P") for key in model.scores)
    assert all("POL" not in p.weights and "P5" not in p.weights for p in model.profiles)


def test_unique_helpers(paper_model):
    assert unique_id(paper_model, "O") == "O6"
    assert unique_id(paper_model, "F") == "F1"
    assert unique_name(["A", "A (2)"], "A") == "A (3)"
    assert unique_name(["B"], "A") == "A"


def test_an_edit_keeps_the_parts_it_does_not_touch(paper_model):
    new, _ = apply(paper_model, SetWeight(paper_model.profiles[0].name, "E1", 0.4, frozenset()))
    assert new.scores is paper_model.scores and new.criteria is paper_model.criteria


@pytest.mark.parametrize("weights", [{"NOPE": 1.0}, {"E1": -1.0}, {"E1": math.nan}])
def test_a_weight_edit_is_still_checked_when_only_the_profile_is(paper_model, weights):
    profile = paper_model.profiles[0]
    bad = profile.replace(weights={**profile.weights, **weights})
    with pytest.raises(ModelError):
        validate_model(paper_model.replace(profiles=(bad, *paper_model.profiles[1:])))
    with pytest.raises(ModelError):
        apply(paper_model, ReplaceProfile(profile.name, bad))
    assert validate_change(paper_model, apply(paper_model, ReplaceProfile(profile.name, profile))[0]) is None


def test_every_public_name_is_the_one_its_module_defines_and_a_misspelt_one_is_refused():
    import core.edits as edits
    from core.edits import kinds, tree, weights

    for name in set(edits.__all__) - {"apply"}:
        assert any(getattr(module, name, None) is getattr(edits, name) for module in (kinds, tree, weights)), name
    with pytest.raises(AttributeError, match="SetScores"):
        edits.SetScores  # noqa: B018 - the lookup is what is tested


def test_importing_the_package_makes_no_edit_kind_until_one_is_used():
    import subprocess
    import sys

    script = ("import sys, core.edits as e; print('core.edits.kinds' in sys.modules); "
              "from core.edits import local_shares, unique_id; print('core.edits.kinds' in sys.modules); "
              "e.SetScore('O1', 'E1'); print('core.edits.kinds' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True"]
