"""How the register edits change a model, and what keeps the register in step with the tree and options.

Every register edit undoes through :class:`~core.edits.kinds.Restore` of the
old register: exact by construction (order of entries, controls and effects
included) and cheap, since the register is a frozen value. Each handler
refuses a malformed edit with a message naming the cell, control or level;
what needs the whole model is then checked by :mod:`core.register.validate`.

:func:`pruned` is the one place that drops the entries and effects of cells
that no longer exist or are no longer risks: deleting an option or a
criterion and turning a factor into a direct value go through it, in the
same undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from core.edits.kinds import (CONTROL_FIELDS, ENTRY_FIELDS, LEVEL_FIELDS, AddControl, DeleteControl, Restore,
                              SetControl, SetEffect, SetIncludePlanned, SetRiskEntry, SetScaleLevel)
from core.errors import Listed, Message, ModelError
from core.model import DecisionModel, frozen_map
from core.register import CONTROL_STATUSES, LEVELS, STATUSES, TREATMENTS, Control, Effect, Register
from core.register.dates import check_date
from core.texts import match_key, rewritten


def pruned(register: Register, options: Collection[str] = (), factors: Collection[str] = ()) -> Register:
    """``register`` without entries and effects on ``options`` or ``factors`` (itself when none are there)."""
    def gone(option: str, factor: str) -> bool:
        return option in options or factor in factors

    entries = {cell: entry for cell, entry in register.entries.items() if not gone(*cell)}
    controls = tuple(c.replace(effects=tuple(e for e in c.effects if not gone(e.option, e.factor)))
                     for c in register.controls)
    if len(entries) == len(register.entries) and controls == register.controls:
        return register
    return register.replace(entries=entries, controls=controls)


def _with(model: DecisionModel, register: Register) -> tuple[DecisionModel, Restore]:
    return model.replace(register=register), Restore(frozen_map({"register": model.register}))


def _check_texts(changes: Mapping[str, object], allowed: Sequence[str], what: Message) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ModelError(Message("messages.edits.no_field", what=what, fields=Listed(unknown)))
    for key, value in changes.items():
        if not isinstance(value, str):
            raise ModelError(Message("messages.edits.field_not_text", what=what, field=key))


def _check_choice(value: object, allowed: tuple[str, ...], what: Message) -> None:
    if value not in allowed:
        raise ModelError(Message("messages.edits.not_one_of", what=what, allowed=Listed(a for a in allowed if a)))


def _check_cell(model: DecisionModel, option: str, factor: str) -> Message:
    """``option, factor`` as messages name a cell; ModelError unless it is a risk cell of the model."""
    if not isinstance(option, str) or option not in {o.id for o in model.options}:
        raise ModelError(Message("messages.edits.no_option", id=repr(option)))
    node = model.criterion(factor)
    if node.is_group or node.kind != "risk":
        raise ModelError(Message("messages.edits.not_risk", name=repr(node.name)))
    return Message("messages.edits.cell", option=option, factor=factor)


def _set_risk_entry(model: DecisionModel, edit: SetRiskEntry):
    where = _check_cell(model, edit.option, edit.factor)
    _check_texts(edit.changes, ENTRY_FIELDS, Message("messages.edits.an_entry", where=where))
    if "treatment" in edit.changes:
        _check_choice(edit.changes["treatment"], ("", *TREATMENTS), Message("messages.edits.treatment", where=where))
    if "status" in edit.changes:
        _check_choice(edit.changes["status"], STATUSES, Message("messages.edits.status", where=where))
    for key in ("due", "review"):
        problem = check_date(str(edit.changes.get(key, "")))
        if problem:
            raise ModelError(Message("messages.edits.bad_date", where=where, field=key, problem=problem))
    cell = (edit.option, edit.factor)
    entry = model.register.entry(*cell).replace(**edit.changes)
    entries = dict(model.register.entries)
    if entry.is_empty:
        entries.pop(cell, None)
    else:
        entries[cell] = entry
    return _with(model, model.register.replace(entries=entries))


def _control_index(register: Register, ident: str) -> int:
    for position, control in enumerate(register.controls):
        if control.id == ident:
            return position
    raise ModelError(Message("messages.edits.no_control", id=repr(ident)))


def _replace_control(model: DecisionModel, ident: str, change: Callable[[Control], Control]):
    register = model.register
    position = _control_index(register, ident)
    controls = list(register.controls)
    controls[position] = change(controls[position])
    return _with(model, register.replace(controls=tuple(controls)))


def _add_control(model: DecisionModel, edit: AddControl):
    if not isinstance(edit.control, Control):
        raise ModelError(Message("messages.edits.not_a_control"))
    if edit.index is not None and (isinstance(edit.index, bool) or not isinstance(edit.index, int)):
        raise ModelError(Message("messages.edits.control_position"))
    if model.register.control(edit.control.id) is not None:
        raise ModelError(Message("messages.edits.control_taken", id=repr(edit.control.id)))
    controls = list(model.register.controls)
    controls.insert(len(controls) if edit.index is None else max(0, edit.index), edit.control)
    return _with(model, model.register.replace(controls=tuple(controls)))


def _set_control(model: DecisionModel, edit: SetControl):
    control = Message("messages.edits.control", id=edit.control)
    _check_texts(edit.changes, CONTROL_FIELDS, control)
    if "name" in edit.changes and not str(edit.changes["name"]).strip():
        raise ModelError(Message("messages.edits.empty_name", what=control))
    if "status" in edit.changes:
        _check_choice(edit.changes["status"], CONTROL_STATUSES, Message("messages.edits.control_status", id=edit.control))
    return _replace_control(model, edit.control, lambda control: control.replace(**edit.changes))


def _delete_control(model: DecisionModel, edit: DeleteControl):
    position = _control_index(model.register, edit.control)
    controls = model.register.controls[:position] + model.register.controls[position + 1:]
    return _with(model, model.register.replace(controls=controls))


def _level(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LEVELS - 1:
        raise ModelError(Message("messages.edits.effect_levels", axis=name, most=LEVELS - 1))
    return value


def _set_effect(model: DecisionModel, edit: SetEffect):
    _check_cell(model, edit.option, edit.factor)
    new = Effect(edit.option, edit.factor, _level(edit.likelihood, "likelihood"), _level(edit.impact, "impact"))
    _control_index(model.register, edit.control)

    def change(control: Control) -> Control:
        kept = [e for e in control.effects if (e.option, e.factor) != (new.option, new.factor)]
        if new.likelihood or new.impact:
            at = next((i for i, e in enumerate(control.effects) if (e.option, e.factor) == (new.option, new.factor)),
                      len(kept))
            kept.insert(at, new)
        return control.replace(effects=tuple(kept))

    return _replace_control(model, edit.control, change)


def _set_scale_level(model: DecisionModel, edit: SetScaleLevel):
    if edit.axis not in ("likelihood", "impact"):
        raise ModelError(Message("messages.edits.scale_axis"))
    if isinstance(edit.level, bool) or not isinstance(edit.level, int) or not 1 <= edit.level <= LEVELS:
        raise ModelError(Message("messages.edits.scale_levels", levels=LEVELS))
    what = Message("messages.edits.level", axis=edit.axis, level=edit.level)
    _check_texts(edit.changes, LEVEL_FIELDS, what)
    if "label" in edit.changes and not str(edit.changes["label"]).strip():
        raise ModelError(Message("messages.edits.empty_label", what=what))
    scales = model.register.scales
    levels = list(getattr(scales, edit.axis))
    label = edit.changes.get("label")
    for number, other in enumerate(levels, start=1):
        if label is not None and number != edit.level and match_key(other.label) == match_key(str(label)):
            raise ModelError(Message("messages.edits.label_taken", what=what, label=repr(label), level=number))
    levels[edit.level - 1] = rewritten(levels[edit.level - 1], dict(edit.changes))
    return _with(model, model.register.replace(scales=scales.replace(**{edit.axis: tuple(levels)})))


def _set_include_planned(model: DecisionModel, edit: SetIncludePlanned):
    if not isinstance(edit.include, bool):
        raise ModelError(Message("messages.edits.include_planned"))
    return _with(model, model.register.replace(include_planned=edit.include))


HANDLERS: dict[type, Callable] = {
    SetRiskEntry: _set_risk_entry, AddControl: _add_control, SetControl: _set_control,
    DeleteControl: _delete_control, SetEffect: _set_effect, SetScaleLevel: _set_scale_level,
    SetIncludePlanned: _set_include_planned,
}
