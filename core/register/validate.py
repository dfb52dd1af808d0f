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

from core.errors import ModelError
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
        raise ModelError("register: must be a register")
    if not isinstance(register.controls, tuple):
        raise ModelError("register.controls: must be a tuple of controls")
    for index, control in enumerate(register.controls):
        if not (isinstance(control, Control) and isinstance(control.effects, tuple)
                and all(isinstance(effect, Effect) for effect in control.effects)):
            raise ModelError(f"register.controls[{index}]: must be a control with a tuple of effects")
    for index, (cell, entry) in enumerate(register.entries.items()):
        if not (isinstance(cell, tuple) and len(cell) == 2 and isinstance(entry, RiskEntry)):
            raise ModelError(f"register.entries[{index}]: must be a risk entry of one option and one factor")
    if not isinstance(register.scales, Scales):
        raise ModelError("register.scales: must be the descriptor scales")
    for axis in ("likelihood", "impact"):
        levels = getattr(register.scales, axis)
        if not (isinstance(levels, tuple) and all(isinstance(level, Level) for level in levels)):
            raise ModelError(f"register.scales.{axis}: must be a tuple of levels")


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
            raise ModelError(f"{where}: option {option!r} is not an option of the model")
        kind = self.kinds.get(factor) if isinstance(factor, str) else None
        if kind is None:
            raise ModelError(f"{where}: factor {factor!r} is not a factor of the model")
        if kind != "risk":
            raise ModelError(f"{where}: factor {factor!r} is scored by a direct value, so it has no likelihood "
                             "or impact to register or lower")


def check_register(model: DecisionModel) -> None:
    """ModelError naming the first fault of ``model.register``; quiet for a sound register."""
    register = model.register
    _check_shape(register)
    if not isinstance(register.include_planned, bool):
        raise ModelError("register.include_planned: must be true or false")
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
            raise ModelError(f"register.scales.{axis}: must be {LEVELS} levels (level 1 first), not {len(levels)}")
        seen: dict[str, int] = {}
        for index, level in enumerate(levels):
            if not (isinstance(level.label, str) and level.label.strip()):
                raise ModelError(f"register.scales.{axis}[{index}].label: must not be empty")
            key = match_key(level.label)  # a label is how a sheet or an imported register names a level
            if key in seen:
                raise ModelError(f"register.scales.{axis}[{index}].label: {level.label!r} already names level "
                                 f"{seen[key] + 1}; each level needs a label of its own")
            seen[key] = index
            number = _as_number(level.label)
            if number is not None and number != index + 1:
                raise ModelError(f"register.scales.{axis}[{index}].label: {level.label!r} reads as level "
                                 f"{number:g} but labels level {index + 1}; an imported register or a sheet "
                                 "could not tell the two apart")


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
        raise ModelError(f"{where}.id: must not be empty")
    problem = id_problem(ident)
    if problem:
        raise ModelError(f"{where}.id: control id {ident!r} {problem}")
    key = id_key(ident)
    if key in seen:
        other = seen[key]
        same = "is used twice" if other == ident else f"looks the same as {other!r}"
        raise ModelError(f"{where}.id: control id {ident!r} {same}")
    seen[key] = ident
    if key in cells.ids:
        kind, other = cells.ids[key]
        same = "is the id of" if other == ident else "looks the same as"
        raise ModelError(f"{where}.id: control id {ident!r} {same} {kind} {other!r}")
    if not (isinstance(control.name, str) and control.name.strip()):
        raise ModelError(f"{where}.name: control {ident}: must not be empty")
    if control.status not in CONTROL_STATUSES:
        raise ModelError(f"{where}.status: control {ident}: must be one of {', '.join(CONTROL_STATUSES)}")
    acted: dict[tuple[str, str], int] = {}
    for number, effect in enumerate(control.effects):
        _check_effect(f"{where}.effects[{number}]", ident, effect, cells)
        cell = (effect.option, effect.factor)
        if cell in acted:
            raise ModelError(f"{where}.effects[{number}]: control {ident} already acts on option {cell[0]}, "
                             f"factor {cell[1]} (effects[{acted[cell]}]); one effect per cell")
        acted[cell] = number


def _check_effect(where: str, ident: str, effect: Effect, cells: _Cells) -> None:
    cells.check(f"{where} (control {ident})", effect.option, effect.factor)
    for name in ("likelihood", "impact"):
        level = getattr(effect, name)
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= LEVELS - 1:
            raise ModelError(f"{where}.{name}: must be a whole number 0–{LEVELS - 1}")


def _check_entry(where: str, cell: tuple[str, str], entry: RiskEntry, cells: _Cells) -> None:
    cells.check(where, *cell)
    if entry.treatment not in ("", *TREATMENTS):
        raise ModelError(f"{where}.treatment: must be one of {', '.join(TREATMENTS)} (or empty: not decided)")
    if entry.status not in STATUSES:
        raise ModelError(f"{where}.status: must be one of {', '.join(STATUSES)}")
    for name in ("due", "review"):
        text = getattr(entry, name)
        problem = check_date(text) if isinstance(text, str) else "must be a date written YYYY-MM-DD"
        if problem:
            raise ModelError(f"{where}.{name}: {problem}")
