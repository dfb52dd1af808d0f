"""The ``register`` section of a project file (format version 3; translations from 4) ↔ :class:`core.register.Register`.

Every field is checked as it is read and a fault names its path, e.g.
``register.controls[2].effects[0].likelihood: must be a whole number 0–4``.
What needs the whole model (ids that exist, risk-kind factors, one effect per
cell) is checked with it by :mod:`core.register.validate`, whose messages use
the same paths: the order of controls, effects and entries is kept both ways.
Entries are kept as the file gives them (an edit that empties one removes
it; a file's empty entry is harmless and round-trips).
"""

from __future__ import annotations

from dataclasses import fields

from core.register import CONTROL_STATUSES, LEVELS, STATUSES, TREATMENTS, Control, Effect, Level, Register, \
    RiskEntry, Scales
from core.register.dates import check_date
from core.errors import Listed, Message
from core.storage.fields import Node
from core.storage.translations import read_translations, with_translations

ENTRY_FIELDS = tuple(item.name for item in fields(RiskEntry) if item.name != "translations")
CONTROL_TEXTS = tuple(item.name for item in fields(Control) if item.name not in ("id", "effects", "translations"))


def _date(node: Node, key: str) -> str:
    text = node.text(key, "")
    problem = check_date(text)
    if problem:
        raise node.fail(problem, key)
    return text


def _ref(node: Node, key: str) -> str:
    """An option or factor id a register item points at (stripped, as the ids themselves are read)."""
    return node.text(key, empty_ok=False).strip()


def _flag(node: Node, key: str, default: bool) -> bool:
    child = node.child(key, False, default)
    if not isinstance(child.value, bool):
        raise child.fail(Message("messages.register.not_bool"))
    return child.value


def _effect(node: Node) -> Effect:
    node.obj()
    return Effect(option=_ref(node, "option"), factor=_ref(node, "factor"),
                  likelihood=_level(node, "likelihood"), impact=_level(node, "impact"))


def _level(node: Node, key: str) -> int:
    level = node.whole(key, 0, LEVELS - 1, optional=True)
    return 0 if level is None else level


def _control(node: Node) -> Control:
    node.obj()
    return read_translations(node, Control(
        id=node.text("id", empty_ok=False).strip(),
        name=node.text("name", empty_ok=False),
        description=node.text("description", ""),
        owner=node.text("owner", ""),
        status=node.choice("status", CONTROL_STATUSES, "in place"),
        evidence=node.text("evidence", ""),
        effects=tuple(_effect(item) for item in node.child("effects", False, []).items()),
    ))


def _entry(node: Node, seen: dict[tuple[str, str], str]) -> tuple[tuple[str, str], RiskEntry]:
    node.obj()
    cell = (_ref(node, "option"), _ref(node, "factor"))
    if cell in seen:
        raise node.fail(Message("checks.files.second_entry", option=repr(cell[0]), factor=repr(cell[1]),
                                first=seen[cell]))
    seen[cell] = node.path
    treatment = node.text("treatment", "")
    if treatment not in ("", *TREATMENTS):
        raise node.fail(Message("messages.register.treatment", allowed=Listed(TREATMENTS)), "treatment")
    entry = RiskEntry(statement=node.text("statement", ""), owner=node.text("owner", ""), treatment=treatment,
                      action=node.text("action", ""), due=_date(node, "due"),
                      status=node.choice("status", STATUSES, "open"), review=_date(node, "review"))
    return cell, read_translations(node, entry)


def _scale(node: Node, axis: str) -> tuple[Level, ...]:
    child = node.child(axis, False, None)
    if child.value is None:
        return getattr(Scales(), axis)
    levels = list(child.items())
    if len(levels) != LEVELS:
        raise child.fail(Message("checks.files.scale_levels", levels=LEVELS, given=len(levels)))
    return tuple(read_translations(item, Level(label=item.text("label", empty_ok=False),
                                               description=item.text("description", "")))
                 for item in levels)


def read_register(node: Node) -> Register:
    """The register section at ``node`` (``Register()`` when the section is absent)."""
    if node.value is None:
        return Register()
    node.obj()
    scales = node.child("scales", False, {})
    scales.obj()
    seen: dict[tuple[str, str], str] = {}
    entries = dict(_entry(item, seen) for item in node.child("entries", False, []).items())
    return Register(
        entries=entries,
        controls=tuple(_control(item) for item in node.child("controls", False, []).items()),
        scales=Scales(likelihood=_scale(scales, "likelihood"), impact=_scale(scales, "impact")),
        include_planned=_flag(node, "include_planned", False),
    )


def _levels_data(levels: tuple[Level, ...]) -> list[dict]:
    return [with_translations({"label": level.label, "description": level.description}, level) for level in levels]


def register_data(register: Register) -> dict:
    """The register as a JSON-ready dict (the shape :func:`read_register` reads)."""
    controls = [with_translations({"id": c.id, **{key: getattr(c, key) for key in CONTROL_TEXTS},
                                   "effects": [{"option": e.option, "factor": e.factor, "likelihood": e.likelihood,
                                                "impact": e.impact} for e in c.effects]}, c)
                for c in register.controls]
    entries = [with_translations({"option": option, "factor": factor,
                                  **{key: getattr(entry, key) for key in ENTRY_FIELDS}}, entry)
               for (option, factor), entry in register.entries.items()]
    return {"include_planned": register.include_planned,
            "scales": {"likelihood": _levels_data(register.scales.likelihood),
                       "impact": _levels_data(register.scales.impact)},
            "controls": controls, "entries": entries}
