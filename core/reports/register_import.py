"""The register read back from a Mizan workbook: entries, control status, effects, planned controls, scales.

The Risk register sheet gives each row's statement, owner, treatment,
action, due date, status and review date; the Controls sheet each control's
status, each effect's levels and the "include planned controls" cell; the
Descriptor scales sheet the level labels. Every field that differs from the
model becomes a :class:`RegisterChange`; a cell that cannot be read (an
unknown option, factor or control, a status outside the list, a date that is
not a calendar date, text that no output can carry) is rejected with the
cell and the reason, and the field keeps its value. A text goes in the
language it is written in (an English owner typed into the Arabic workbook
is the owner's English), the other language's text kept. Nothing is applied
here: the score-import preview carries the new register in its model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.bilingual import TEXT_FIELDS, read_back, shown_in, text_language
from core.errors import Listed, Message
from core.model import DecisionModel
from core.register import CONTROL_STATUSES, STATUSES, TREATMENTS, Effect, Register
from core.register.dates import check_date
from core.register.import_map import field_word
from core.reports.xl_words import Words
from core.texts import text_problem

Reject = Callable[[str, str], None]
# The register's fields, each read under its column heading (catalogue key col_<field>) in the workbook's words.
ENTRY_FIELDS = ("statement", "owner", "treatment", "action", "due", "status", "review")
CHOICES = {"treatment": ("", *TREATMENTS), "status": STATUSES}


def _choice(code: str) -> Message | str:
    """A status, treatment or control status as a reader sees it (its code in English); "" (not decided) as it is."""
    words = {"open": Message("labels.status.open"), "monitoring": Message("labels.status.monitoring"),
             "closed": Message("labels.status.closed"), "treat": Message("labels.treatment.treat"),
             "tolerate": Message("labels.treatment.tolerate"), "transfer": Message("labels.treatment.transfer"),
             "terminate": Message("labels.treatment.terminate"),
             "in place": Message("labels.control_status.in_place"),
             "planned": Message("labels.control_status.planned"),
             "yes": Message("checks.imports.yes"), "no": Message("checks.imports.no")}
    return words.get(code, code)


@dataclass(frozen=True)
class RegisterChange:
    """One register field the import would change; ``item`` names the risk, control, effect or scale level.

    Each is a :class:`core.errors.Message` where the core names it (English as text, the codes of choices).
    """

    item: str
    field: str
    old: str
    new: str


class _Reader:
    def __init__(self, model: DecisionModel, reject: Reject, w: Words) -> None:
        self.model, self.reject, self.w = model, reject, w
        self.changes: list[RegisterChange] = []
        # A coded value as the workbook's cells show it ("مغلق"), read back as its code ("closed").
        codes = (*TREATMENTS, *STATUSES, *CONTROL_STATUSES, "yes", "no")
        self.codes = {w.code(code).lower(): code for code in codes}

    def text(self, cell: Any, field: str) -> str | None:
        """The text of ``cell`` (a date as ISO text for the date fields); None when rejected."""
        value = cell.value
        if cell.merged:
            return self._no(cell, Message("checks.imports.merged"))
        if value is None or value == "":
            return self._no(cell, Message("checks.imports.no_status")) if field == "status" else ""
        if field in ("due", "review"):
            return self._date(cell, value)
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return self._no(cell, Message("checks.imports.not_text", kind=type(value).__name__, value=str(value)))
        text = value.strip() if isinstance(value, str) else f"{value:g}"
        problem = text_problem(text)
        if problem:
            return self._no(cell, problem)
        if field in CHOICES:
            code = self.code(text)
            if code not in CHOICES[field]:
                words = Listed(self.w.codes(c for c in CHOICES[field] if c))
                named, shown = field_word(field), repr(value)
                if "" in CHOICES[field]:
                    return self._no(cell, Message("checks.imports.choice_or_empty", field=named, words=words,
                                                  value=shown))
                return self._no(cell, Message("checks.imports.choice", field=named, words=words, value=shown))
            return code
        return text

    def code(self, text: str) -> str | None:
        """The code a choice cell's word names, in the workbook's words only (None for any other word).

        The workbook's formulas compare the cell with these words, so a word
        they would not count (an English code in an Arabic workbook) is
        refused rather than read differently from how the workbook reads it.
        """
        return self.codes.get(text.lower())

    def _date(self, cell: Any, value: object) -> str | None:
        if isinstance(value, (dt.datetime, dt.date)):
            return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
        text = str(value).strip()
        problem = check_date(text) if text else None
        return self._no(cell, problem) if problem else text

    def _no(self, cell: Any, message: str) -> Any:
        """Record a refused cell; None, so a reader can ``return self._no(...)``."""
        self.reject(cell.where, message)
        return None

    def put(self, obj: Any, field: str, value: str, item: str, word: str | None = None) -> Any:
        """``obj`` with ``value`` read for ``field`` (noted when it changes): a text in the language it is
        written in, the other language's kept (:func:`core.bilingual.read_back`); a code as it is."""
        language = self.model.language
        if field in TEXT_FIELDS[type(obj)]:  # the old text is the one in the language the new one is in
            new, old = read_back(obj, field, value, language, self.w.language), \
                shown_in(obj, field, language, text_language(value, self.w.language))
        else:
            new, old = obj.replace(**{field: value}), getattr(obj, field)
        if new != obj:
            shown = (_choice(old), _choice(value)) if field in CHOICES else (old, value)
            self.note(item, word or field_word(field), *shown)
        return new

    def note(self, item: str, field: str, old: object, new: object) -> None:
        if old != new:
            self.changes.append(RegisterChange(item, field, *(v if isinstance(v, str) else str(v) for v in (old, new))))


def _header(grid: Sequence[Sequence[Any]], first: str, second: str) -> int | None:
    for index, row in enumerate(grid):
        if len(row) > 1 and row[0].value == first and row[1].value == second:
            return index
    return None


def _columns(row: Sequence[Any]) -> dict[str, int]:
    return {str(c.value): k for k, c in enumerate(row) if c.value is not None}


def _entries(reader: _Reader, grid: Sequence[Sequence[Any]]) -> dict:
    model = reader.model
    entries = dict(model.register.entries)
    w = reader.w
    top = _header(grid, w("col_risk"), w("col_option"))
    if top is None:
        return entries
    columns = {key: _columns(grid[top]).get(w(f"col_{key}")) for key in ("option", "factor", *ENTRY_FIELDS)}
    at_option, at_factor = columns["option"], columns["factor"]
    if at_option is None or at_factor is None:
        return entries
    risks = {f.id for f in model.factors if f.kind == "risk"}
    options = {o.id for o in model.options}
    seen: set[tuple[str, str]] = set()
    for row in grid[top + 1:]:
        option, factor = (str(row[k].value or "").strip() for k in (at_option, at_factor))
        if not option:
            break
        place = row[at_option].where
        if option not in options or factor not in risks:
            reader.reject(place, Message("checks.imports.no_option", option=repr(option)) if option not in options
                          else Message("checks.imports.no_risk", factor=repr(factor)))
            continue
        if (option, factor) in seen:
            reader.reject(place, Message("checks.imports.cell_twice", option=option, factor=factor))
            continue
        seen.add((option, factor))
        entry = model.register.entry(option, factor)
        for field in ENTRY_FIELDS:
            column = columns[field]
            if column is not None and column < len(row):
                value = reader.text(row[column], field)
                if value is not None:
                    entry = reader.put(entry, field, value, f"{option} × {factor}")
        if entry.is_empty:
            entries.pop((option, factor), None)
        else:
            entries[(option, factor)] = entry
    return entries


def _controls(reader: _Reader, grid: Sequence[Sequence[Any]], register: Register) -> Register:
    top = _header(grid, reader.w("col_id"), reader.w("col_name"))
    if top is None:
        return register
    controls = {c.id: c for c in register.controls}
    caption = reader.w("effects_caption").split(":")[0] + ":"
    for row in grid[top + 1:]:
        ident = str(row[0].value or "").strip()
        if ident.startswith(caption):  # the effects table's caption: the controls end here
            break
        if not ident:
            continue
        if ident not in controls:
            reader.reject(row[0].where, Message("checks.imports.no_control", id=repr(ident)))
            continue
        status = reader.text(row[4], "control status")
        code = reader.code(status) if status is not None else None
        if status is not None and code not in CONTROL_STATUSES:
            first, second = reader.w.codes(CONTROL_STATUSES)
            reader.reject(row[4].where, Message("checks.imports.control_status", first=first, second=second,
                                                value=repr(status)))
        elif status is not None and code is not None:
            reader.note(ident, field_word("status"), _choice(controls[ident].status), _choice(code))
            controls[ident] = controls[ident].replace(status=code)
    controls = _effects(reader, grid, controls)
    return register.replace(controls=tuple(controls[c.id] for c in register.controls))


def _level(reader: _Reader, cell: Any) -> int | None:
    value = 0 if cell.value in (None, "") else cell.value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) or not 0 <= value <= 4:
        return reader._no(cell, Message("checks.imports.effect_level", value=repr(value)))
    return int(value)


def _effects(reader: _Reader, grid: Sequence[Sequence[Any]], controls: dict) -> dict:
    top = _header(grid, reader.w("col_control"), reader.w("col_option"))
    if top is None:
        return controls
    risks = {f.id for f in reader.model.factors if f.kind == "risk"}
    options = {o.id for o in reader.model.options}
    for row in grid[top + 1:]:
        ident, option, factor = (str(row[k].value or "").strip() for k in range(3))
        if not (ident or option or factor):
            continue
        if ident not in controls or option not in options or factor not in risks:
            reader.reject(row[0].where, Message("checks.imports.no_effect", id=ident or "?", option=option or "?",
                                                factor=factor or "?"))
            continue
        likelihood, impact = _level(reader, row[3]), _level(reader, row[4])
        if likelihood is None or impact is None:
            continue
        control = controls[ident]
        old = control.effect(option, factor) or Effect(option, factor)
        new = Effect(option, factor, likelihood, impact)
        reader.note(Message("checks.imports.effect_item", id=ident, option=option, factor=factor),
                    Message("checks.imports.effect_field"),
                    Message("checks.imports.effect_value", likelihood=old.likelihood, impact=old.impact),
                    Message("checks.imports.effect_value", likelihood=new.likelihood, impact=new.impact))
        kept = tuple(e for e in control.effects if (e.option, e.factor) != (option, factor))
        effects = kept + ((new,) if new.likelihood or new.impact else ())
        controls[ident] = control.replace(effects=_in_order(control.effects, effects))
    return controls


def _in_order(before: tuple[Effect, ...], after: tuple[Effect, ...]) -> tuple[Effect, ...]:
    """``after`` with the effects that were there keeping their place, new ones last."""
    place = {(e.option, e.factor): k for k, e in enumerate(before)}
    return tuple(sorted(after, key=lambda e: place.get((e.option, e.factor), len(place))))


def _planned(reader: _Reader, grid: Sequence[Sequence[Any]], register: Register) -> Register:
    row = next((r for r in grid if r and r[0].value == reader.w("setting_planned")), None)
    if row is None or len(row) < 2:
        return register
    text = reader.text(row[1], "planned")
    if text is None:
        return register
    code, w = reader.code(text), reader.w
    if code not in ("yes", "no"):
        reader.reject(row[1].where, Message("checks.imports.yes_no", setting=repr(w("setting_planned")),
                                            yes=w.code("yes"), no=w.code("no"), value=repr(text)))
        return register
    reader.note(Message("checks.imports.register_item"), Message("checks.imports.planned_field"),
                _choice("yes" if register.include_planned else "no"), _choice(code))
    return register.replace(include_planned=code == "yes")


def _scales(reader: _Reader, grid: Sequence[Sequence[Any]], register: Register) -> Register:
    top = _header(grid, reader.w("col_level"), reader.w("col_likelihood"))
    if top is None:
        return register
    scales = register.scales
    for axis, column in (("likelihood", 1), ("impact", 3)):
        levels = list(getattr(scales, axis))
        for k in range(len(levels)):
            if top + 1 + k >= len(grid) or column >= len(grid[top + 1 + k]):
                break
            cell = grid[top + 1 + k][column]
            label = reader.text(cell, "label")
            if label == "":
                reader.reject(cell.where, Message("checks.imports.empty_label"))
            elif label is not None:
                levels[k] = reader.put(levels[k], "label", label,
                                       Message("checks.imports.level_item", axis=field_word(axis), level=k + 1),
                                       Message("checks.imports.label_field"))
        scales = scales.replace(**{axis: tuple(levels)})
    return register.replace(scales=scales)


def read_register(model: DecisionModel, sheets: Mapping[str, Sequence[Sequence[Any]]], reject: Reject,
                  w: Words = Words()) -> tuple[Register, tuple[RegisterChange, ...]]:
    """The register the workbook's sheets describe (in the words ``w``), and what differs from ``model``'s."""
    reader = _Reader(model, reject, w)
    register = model.register
    entries, controls, scales = (sheets.get(w.sheet(key)) for key in ("register", "controls", "scales"))
    if entries is not None:
        register = register.replace(entries=_entries(reader, entries))
    if controls is not None:
        register = _planned(reader, controls, _controls(reader, controls, register))
    if scales is not None:
        register = _scales(reader, scales, register)
    return register, tuple(reader.changes)
