"""core.register.validate: a register in memory is checked with the whole model, each fault named by its path."""

from __future__ import annotations

import pytest

from core.builtin import builtin_model
from core.edits import SetKind, apply
from core.errors import ModelError
from core.register import Control, Effect, Level, Register, RiskEntry, Scales
from core.validate import validate_change, validate_model
from tests.core.register.factories import CONTROLS, with_register

PAPER = builtin_model().replace(register=Register())  # these tests bring registers of their own
FIVE = tuple(Level(str(i)) for i in range(1, 6))


def effect_model(*effects, status="in place"):
    return PAPER.replace(register=Register(controls=(Control("C1", "One", status=status, effects=effects),)))


def entry_model(cell=("O1", "E1"), **fields):
    return PAPER.replace(register=Register(entries={cell: RiskEntry(**fields)}))


SHAPES = [
    (PAPER.replace(register=None), "register: must be a register"),
    (PAPER.replace(register=Register(controls=None)), "register.controls: must be a tuple of controls"),
    (PAPER.replace(register=Register(controls=("C1",))), "register.controls[0]: must be a control"),
    (PAPER.replace(register=Register(controls=(Control("C1", "a", effects=None),))), "with a tuple of effects"),
    (PAPER.replace(register=Register(controls=(Control("C1", "a", effects=(("O1", "E1", 1, 0),)),))),
     "register.controls[0]: must be a control with a tuple of effects"),
    (effect_model(Effect(["O1"], "E1", 1, 0)), "option ['O1'] is not an option of the model"),
    (PAPER.replace(register=Register(entries={"O1": RiskEntry(owner="x")})), "register.entries[0]: must be"),
    (PAPER.replace(register=Register(entries={("O1", "E1"): "x"})), "register.entries[0]: must be a risk entry"),
    (PAPER.replace(register=Register(scales=None)), "register.scales: must be the descriptor scales"),
    (PAPER.replace(register=Register(scales=Scales(impact=("a",) * 5))), "register.scales.impact: must be a tuple"),
]
FAULTS = SHAPES + [
    (effect_model(Effect("O1", "E1", 5, 0)), "register.controls[0].effects[0].likelihood: must be a whole number 0–4"),
    (effect_model(Effect("O1", "E1", 0, -1)), "register.controls[0].effects[0].impact: must be a whole number 0–4"),
    (effect_model(Effect("O1", "E1", True, 0)), "register.controls[0].effects[0].likelihood: must be a whole number"),
    (effect_model(Effect("O1", "E1", 1.0, 0)), "register.controls[0].effects[0].likelihood: must be a whole number"),
    (effect_model(Effect("O9", "E1", 1, 0)), "register.controls[0].effects[0] (control C1): option 'O9' is not"),
    (effect_model(Effect("O1", "ECO", 1, 0)), "factor 'ECO' is not a factor of the model"),  # a group
    (effect_model(Effect("O1", "E1", 1, 0), Effect("O1", "E1", 0, 1)),
     "register.controls[0].effects[1]: control C1 already acts on option O1, factor E1 (effects[0]); one effect"),
    (effect_model(status="retired"), "register.controls[0].status: control C1: must be one of in place, planned"),
    (PAPER.replace(register=Register(controls=(Control("", "x"),))), "register.controls[0].id: must not be empty"),
    (PAPER.replace(register=Register(controls=(Control("C1", " "),))), "register.controls[0].name: control C1: must"),
    (PAPER.replace(register=Register(controls=(Control("C1", "a"), Control("C1", "b")))),
     "register.controls[1].id: control id 'C1' is used twice"),
    (PAPER.replace(register=Register(controls=(Control("C1", "a"), Control("С1", "b")))),  # Cyrillic С
     "register.controls[1].id: control id 'С1' looks the same as 'C1'"),
    (PAPER.replace(register=Register(controls=(Control("C1", "a", owner="x\x07"),))),
     "register.controls[0].owner: holds the control character U+0007"),
    (PAPER.replace(register=Register(controls=(Control("C1", 5),))), "register.controls[0].name: must be text"),
    (PAPER.replace(register=Register(controls=(Control("C1", "a", evidence=None),))),
     "register.controls[0].evidence: must be text"),
    (entry_model(action=["x"]), "register.entries[0].action: must be text"),
    (PAPER.replace(register=Register(scales=Scales(impact=FIVE[:4] + (Level("5", 3),)))),
     "register.scales.impact[4].description: must be text"),
    (entry_model(("O9", "E1"), owner="x"), "register.entries[0]: option 'O9' is not an option of the model"),
    (entry_model(("O1", "Q1"), owner="x"), "register.entries[0]: factor 'Q1' is not a factor of the model"),
    (entry_model(treatment="avoid"), "register.entries[0].treatment: must be one of treat, tolerate"),
    (entry_model(status="resolved"), "register.entries[0].status: must be one of open, monitoring, closed"),
    (entry_model(due="2027-02-30"), "register.entries[0].due: '2027-02-30' is not a day of the calendar"),
    (entry_model(review="tomorrow"), "register.entries[0].review: 'tomorrow' is not a date written YYYY-MM-DD"),
    (entry_model(statement="\u2067open isolate"), "register.entries[0].statement: holds U+2067"),
    (PAPER.replace(register=Register(scales=Scales(likelihood=FIVE[:4]))),
     "register.scales.likelihood: must be 5 levels (level 1 first), not 4"),
    (PAPER.replace(register=Register(scales=Scales(impact=FIVE[:4] + (Level(""),)))),
     "register.scales.impact[4].label: must not be empty"),
    (PAPER.replace(register=Register(scales=Scales(impact=FIVE[:4] + (Level("5", "\ud800"),)))),
     "register.scales.impact[4].description: holds an unpaired surrogate"),
    (PAPER.replace(register=Register(scales=Scales(likelihood=FIVE[:3] + (Level(" 2"), Level("5"))))),
     "register.scales.likelihood[3].label: ' 2' already names level 2; each level needs a label of its own"),
    (PAPER.replace(register=Register(scales=Scales(impact=(Level("Minor"), Level("MINOR")) + FIVE[2:]))),
     "register.scales.impact[1].label: 'MINOR' already names level 1"),
    (PAPER.replace(register=Register(include_planned="yes")), "register.include_planned: must be true or false"),
    # An imported register's "2" would read as this label's level 3, not as level 2.
    (PAPER.replace(register=Register(scales=Scales(likelihood=(Level("Rare"), Level("Unlikely"), Level("2"),
                                                                Level("Likely"), Level("1,0"))))),
     "register.scales.likelihood[2].label: '2' reads as level 2 but labels level 3"),
    (PAPER.replace(register=Register(scales=Scales(impact=FIVE[:4] + (Level("1,0"),)))),
     "register.scales.impact[4].label: '1,0' reads as level 1 but labels level 5"),
]


@pytest.mark.parametrize("model, message", FAULTS, ids=[message for _, message in FAULTS])
def test_every_fault_is_refused_with_its_path(model, message):
    with pytest.raises(ModelError) as caught:
        validate_model(model)
    assert message in str(caught.value)
    with pytest.raises(ModelError) as changed:  # an edit of the register alone is checked as thoroughly
        validate_change(PAPER, model)
    assert message in str(changed.value)


@pytest.mark.parametrize("cell", [("O1", "R3")])
def test_nothing_registers_on_a_direct_value_factor(cell):
    model, _ = apply(PAPER, SetKind("R3", "value"))
    for register in (Register(entries={cell: RiskEntry(owner="x")}),
                     Register(controls=(Control("C1", "x", effects=(Effect(*cell, 1, 0),)),))):
        with pytest.raises(ModelError, match="factor 'R3' is scored by a direct value"):
            validate_model(model.replace(register=register))


def test_a_sound_register_passes():
    model = with_register(PAPER, include_planned=True)
    validate_model(model)
    validate_change(PAPER, model)
    assert len(model.register.controls) == len(CONTROLS)


@pytest.mark.parametrize("ident, message", [
    ("O1", "control id 'O1' is the id of option 'O1'"),
    ("e1", "control id 'e1' looks the same as criterion 'E1'"),
    ("REG", "control id 'REG' is the id of criterion 'REG'"),
])
def test_a_control_id_may_not_pass_for_an_option_or_a_criterion(ident, message):
    """A register row lists its controls by id: a control 'E1' on factor E1's row reads as the factor."""
    model = PAPER.replace(register=Register(controls=(Control(ident, "x"),)))
    for check in (lambda: validate_model(model), lambda: validate_change(PAPER, model)):
        with pytest.raises(ModelError, match=f"^register.controls\\[0\\].id: {message}"):
            check()
