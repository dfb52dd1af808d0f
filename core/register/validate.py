"""Whole-model checks of the register: what no single field can tell.

Control ids unique (as :func:`core.texts.id_key` compares ids) and well
formed, statuses and treatments from their tuples, dates real days, effects
and entries only on options and **risk** factors of the model, at most one
effect per cell and control, levels whole numbers 0–4, both descriptor
scales exactly five levels with a label each, no two alike and none that
reads as another level's number (a workbook or an imported register names
a level by its label). Messages give the place as a
project file's field path (``register.controls[2].effects[0]: …``): the
reader keeps the order of every list, so the path names the same item in
the file and in memory. Texts are checked with the model's other texts
(:func:`register_texts`, used by :mod:`core.validate`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from core.errors import Listed, Message, ModelError, at
from core.model import DecisionModel
from core.register import (CONTROL_STATUSES, LEVELS, STATUSES, TREATMENTS, Control, Effect, Level, Register, RiskEntry,
                           Scales)
from core.register.dates import check_date
from core.texts import id_key, id_problem, match_key

CONTROL_TEXTS = ("id", "name", "description", "owner", "evidence")
ENTRY_TEXTS = ("statement", "owner", "action")


def _check_shape(register: object) -> None:
    """ModelError unless ``register`` is built of the register's own types (a register made in code may not be)."""
    if not isinstance(register, Register):
        raise ModelError(at("register", Message("messages.register.not_register")))
    if not isinstance(register.controls, tuple):
        raise ModelError(at("register.controls", Message("messages.register.not_controls")))
    for index, control in enumerate(register.controls):
        if not (isinstance(control, Control) and isinstance(control.effects, tuple)
                and all(isinstance(effect, Effect) for effect in control.effects)):
            raise ModelError(at(f"register.controls[{index}]", Message("messages.register.not_control")))
    for index, (cell, entry) in enumerate(register.entries.items()):
        if not (isinstance(cell, tuple) and len(cell) == 2 and isinstance(entry, RiskEntry)):
            raise ModelError(at(f"register.entries[{index}]", Message("messages.register.not_entry")))
    if not isinstance(register.scales, Scales):
        raise ModelError(at("register.scales", Message("messages.register.not_scales")))
    for axis in ("likelihood", "impact"):
        levels = getattr(register.scales, axis)
        if not (isinstance(levels, tuple) and all(isinstance(level, Level) for level in levels)):
            raise ModelError(at(f"register.scales.{axis}", Message("messages.register.not_levels")))


def register_texts(register: Register) -> Iterator[tuple[str, str, tuple]]:
    """Every user text of the register with a template and arguments that say where it is."""
    _check_shape(register)
    for index, control in enumerate(register.controls):
        yield from ((getattr(control, name), "register.controls[{}].{}:", (index, name)) for name in CONTROL_TEXTS)
    for index, entry in enumerate(register.entries.values()):
        yield from ((getattr(entry, name), "register.entries[{}].{}:", (index, name)) for name in ENTRY_TEXTS)
    for axis in ("likelihood", "impact"):
        for index, level in enumerate(getattr(register.scales, axis)):
            yield level.label, "register.scales.{}[{}].label:", (axis, index)
            yield level.description, "register.scales.{}[{}].description:", (axis, index)


class _Cells:
    """The cells a register item may point at: an option and a risk factor of the model."""

    def __init__(self, model: DecisionModel) -> None:
        self.options = {option.id for option in model.options}
        self.kinds = {factor.id: factor.kind for factor in model.factors}
        # A register row lists its controls by id, so a control id must not pass for another item's.
        self.ids = {id_key(node.id): ("criterion", node.id) for node, _, _ in model.walk()}
        self.ids.update({id_key(option.id): ("option", option.id) for option in model.options})

    def check(self, where: str, option: object, factor: object) -> None:
        if not isinstance(option, str) or option not in self.options:
            raise ModelError(at(where, Message("messages.register.no_option", option=repr(option))))
        kind = self.kinds.get(factor) if isinstance(factor, str) else None
        if kind is None:
            raise ModelError(at(where, Message("messages.register.no_factor", factor=repr(factor))))
        if kind != "risk":
            raise ModelError(at(where, Message("messages.register.value_factor", factor=repr(factor))))


def check_register(model: DecisionModel) -> None:
    """ModelError naming the first fault of ``model.register``; quiet for a sound register."""
    register = model.register
    _check_shape(register)
    if not isinstance(register.include_planned, bool):
        raise ModelError(at("register.include_planned", Message("messages.register.not_bool")))
    _check_scales(register)
    cells = _Cells(model)
    seen: dict[str, str] = {}
    for index, control in enumerate(register.controls):
        _check_control(f"register.controls[{index}]", control, seen, cells)
    for index, (cell, entry) in enumerate(register.entries.items()):
        _check_entry(f"register.entries[{index}]", cell, entry, cells)


def _check_scales(register: Register) -> None:
    for axis in ("likelihood", "impact"):
        levels = getattr(register.scales, axis)
        if len(levels) != LEVELS:
            raise ModelError(at(f"register.scales.{axis}", Message("messages.register.level_count", levels=LEVELS,
                                                                   given=len(levels))))
        seen: dict[str, int] = {}
        for index, level in enumerate(levels):
            if not (isinstance(level.label, str) and level.label.strip()):
                raise ModelError(at(f"register.scales.{axis}[{index}].label", Message("messages.storage.empty")))
            key = match_key(level.label)  # a label is how a sheet or an imported register names a level
            if key in seen:
                raise ModelError(at(f"register.scales.{axis}[{index}].label",
                                    Message("messages.register.label_taken", label=repr(level.label),
                                            level=seen[key] + 1)))
            seen[key] = index
            number = _as_number(level.label)
            if number is not None and number != index + 1:
                raise ModelError(at(f"register.scales.{axis}[{index}].label",
                                    Message("messages.register.label_number", label=repr(level.label),
                                            number=number, level=index + 1)))


def _as_number(label: str) -> float | None:
    """The finite number ``label`` reads as (a register's "2" or "2,0"), or None: a label, not a number."""
    try:
        number = float(label.strip().replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _check_control(where: str, control: Control, seen: dict[str, str], cells: _Cells) -> None:
    ident = control.id
    if not (isinstance(ident, str) and ident.strip()):
        raise ModelError(at(f"{where}.id", Message("messages.storage.empty")))
    problem = id_problem(ident)
    if problem:
        raise ModelError(at(f"{where}.id", Message("messages.register.control_id", id=repr(ident), problem=problem)))
    key = id_key(ident)
    if key in seen:
        other = seen[key]
        same = Message("messages.register.used_twice") if other == ident \
            else Message("messages.register.looks_like", other=repr(other))
        raise ModelError(at(f"{where}.id", Message("messages.register.control_id", id=repr(ident), problem=same)))
    seen[key] = ident
    if key in cells.ids:
        kind, other = cells.ids[key]
        noun = Message("messages.register.criterion", id=repr(other)) if kind == "criterion" \
            else Message("messages.register.option", id=repr(other))
        same = Message("messages.register.is_id_of", item=noun) if other == ident \
            else Message("messages.register.looks_like", other=noun)
        raise ModelError(at(f"{where}.id", Message("messages.register.control_id", id=repr(ident), problem=same)))
    if not (isinstance(control.name, str) and control.name.strip()):
        raise ModelError(at(f"{where}.name", Message("messages.register.control", id=ident,
                                                     problem=Message("messages.storage.empty"))))
    if control.status not in CONTROL_STATUSES:
        raise ModelError(at(f"{where}.status", Message("messages.register.control", id=ident, problem=Message(
                "messages.storage.not_one_of", allowed=Listed(CONTROL_STATUSES)))))
    acted: dict[tuple[str, str], int] = {}
    for number, effect in enumerate(control.effects):
        _check_effect(f"{where}.effects[{number}]", ident, effect, cells)
        cell = (effect.option, effect.factor)
        if cell in acted:
            raise ModelError(at(f"{where}.effects[{number}]", Message("messages.register.acts_twice", id=ident,
                                                                      option=cell[0], factor=cell[1],
                                                                      first=acted[cell])))
        acted[cell] = number


def _check_effect(where: str, ident: str, effect: Effect, cells: _Cells) -> None:
    cells.check(Message("messages.register.of_control", where=where, id=ident), effect.option, effect.factor)
    for name in ("likelihood", "impact"):
        level = getattr(effect, name)
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= LEVELS - 1:
            raise ModelError(at(f"{where}.{name}", Message("messages.register.effect_levels", most=LEVELS - 1)))


def _check_entry(where: str, cell: tuple[str, str], entry: RiskEntry, cells: _Cells) -> None:
    cells.check(where, *cell)
    if entry.treatment not in ("", *TREATMENTS):
        raise ModelError(at(f"{where}.treatment", Message("messages.register.treatment",
                                                          allowed=Listed(TREATMENTS))))
    if entry.status not in STATUSES:
        raise ModelError(at(f"{where}.status", Message("messages.storage.not_one_of", allowed=Listed(STATUSES))))
    for name in ("due", "review"):
        text = getattr(entry, name)
        problem = check_date(text) if isinstance(text, str) else Message("messages.register.not_date")
        if problem:
            raise ModelError(at(f"{where}.{name}", problem))
