"""Placing the rows of an analyst's register on the model's risk cells, or saying why a row cannot be placed.

:func:`place` reads every data row of a :class:`~core.register.import_map.Table`
under a column mapping (:func:`~core.register.import_map.propose`): the option
and the factor by id or by name (compared as :func:`core.texts.match_key`
folds them), likelihood and impact as a whole number 1–5 or a label of the
model's descriptor scale ("Likely"), names and labels in either of the
model's languages, the register fields as text (each in the language it is
written in: :func:`core.bilingual.text_language`), the treatment and status
from their lists (ISO 31000's words "reduce", "accept", "share" and "avoid"
read as treat, tolerate, transfer and terminate), dates as
ISO dates (:func:`core.register.dates.check_date`) or a workbook's date
cells. Numbers go through the one spreadsheet gate
(:func:`core.storage.sheet_reader.cell_number`).

A blank cell gives nothing: the cell keeps what it had. A row is placed
whole or refused whole, with every reason listed (unknown option, a factor
scored as a direct value, a level outside 1–5, a bad date, a second row for
the same cell ...), so an import never half-reads a risk. Nothing here
changes the model: :meth:`Placement.edit` is the one undoable edit that
applies the placed rows.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from core.bilingual import TEXT_FIELDS, other_language, pair, text_language
from core.catalogue import LANGUAGES, catalogue
from core.errors import Listed, Message, joined
from core.model import RISK_MAX, RISK_MIN, Criterion, DecisionModel, frozen_map
from core.register import STATUSES, TREATMENTS, RiskEntry
from core.register.dates import check_date
from core.register.import_map import FIELDS, IGNORE, LEVEL_FIELDS, Table, field_word, mapping_problems
from core.storage.fields import MAX_TEXT
from core.storage.sheet_reader import Row, Uncached, cell_number, cell_text
from core.texts import id_key, match_key, text_problem

ENTRY_FIELDS = tuple(name for name in FIELDS if name not in ("option", "factor", *LEVEL_FIELDS))
DATE_FIELDS = ("due", "review")
_TREATMENT_WORDS = {**{t: t for t in TREATMENTS}, "reduce": "treat", "mitigate": "treat", "accept": "tolerate",
                    "retain": "tolerate", "share": "transfer", "avoid": "terminate"}


@dataclass(frozen=True)
class Placed:
    """A row placed on one cell: the levels and register fields its filled cells give."""

    row: int
    option: str
    factor: str
    levels: Mapping[str, int] = field(default_factory=frozen_map)
    entry: Mapping[str, str] = field(default_factory=frozen_map)

    def replace(self, **changes) -> Placed:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)

    def score_changes(self, model: DecisionModel) -> dict[str, int]:
        """The likelihood and impact this row changes in ``model``."""
        score = model.score(self.option, self.factor)
        return {name: level for name, level in self.levels.items() if getattr(score, name) != level}

    def entry_changes(self, model: DecisionModel) -> dict[str, str]:
        """The register fields this row changes in ``model`` (a text compared in the language it is written in)."""
        entry = model.register.entry(self.option, self.factor)
        return {name: text for name, text in self.entry.items() if _held(model, entry, name, text) != text}

    def describe(self, model: DecisionModel) -> str:
        """What applying this row changes, e.g. ``likelihood 3 → 4; owner``; ``no change`` when nothing
        (a :class:`core.errors.Message`: English as text, worded in any language)."""
        score = model.score(self.option, self.factor)
        parts: list[str] = [Message("checks.imports.level_change", field=field_word(name), old=getattr(score, name),
                                    new=level) for name, level in self.score_changes(model).items()]
        parts += [field_word(name) for name in self.entry_changes(model)]
        return joined(parts) if parts else Message("checks.imports.no_change")


@dataclass(frozen=True)
class Refused:
    """A row that cannot be placed, with every reason."""

    row: int
    reasons: tuple[str, ...]  # each a core.errors.Message

    @property
    def message(self) -> str:
        """The reasons as one line (worded in any language, as each reason is)."""
        return joined(list(self.reasons))


@dataclass(frozen=True)
class Placement:
    """What a mapping makes of a table: placed rows, refused rows, and problems of the mapping itself."""

    where: str
    placed: tuple[Placed, ...] = ()
    refused: tuple[Refused, ...] = ()
    problems: tuple[str, ...] = ()

    def edit(self, model: DecisionModel):
        """The one undoable edit (a Batch of SetScore, SetText and SetRiskEntry) that applies the placed rows to
        ``model``: a text in the model's other language is written there."""
        from core.edits import Batch, SetRiskEntry, SetScore, SetText

        edits: list = []
        for placed in self.placed:
            levels, entry = placed.score_changes(model), placed.entry_changes(model)
            own = {name: text for name, text in entry.items() if _language(model, name, text) == model.language}
            edits += [SetScore(placed.option, placed.factor, levels)] if levels else []
            edits += [SetText(f"entries/{placed.option}/{placed.factor}/{name}", other_language(model.language), text)
                      for name, text in entry.items() if name not in own]
            edits += [SetRiskEntry(placed.option, placed.factor, own)] if own else []
        return Batch(tuple(edits))

    def changes(self, model: DecisionModel) -> int:
        """How many placed rows change something in ``model``."""
        return sum(1 for p in self.placed if p.score_changes(model) or p.entry_changes(model))


class _Reader:
    """Reads the rows of one table under one mapping against one model."""

    def __init__(self, model: DecisionModel, table: Table, mapping: Sequence[str], default_option: str | None):
        self.model, self.table, self.mapping = model, table, tuple(mapping)
        self.default_option = default_option
        self.options = _index((o.id, _names(o, "name"), o.id) for o in model.options)
        self.factors: dict[str, Criterion] = _index((f.id, _names(f, "name"), f) for f in model.factors)
        self.scales = {axis: {match_key(label): number for number, level in
                              enumerate(getattr(model.register.scales, axis), start=1)
                              for label in _names(level, "label")} for axis in LEVEL_FIELDS}
        self.seen: dict[tuple[str, str], int] = {}

    def cells(self, row: Row) -> dict[str, object]:
        return {name: row.cells[i] if i < len(row.cells) else None
                for i, name in enumerate(self.mapping) if name != IGNORE}

    def read(self, row: Row) -> Placed | Refused | None:
        cells = self.cells(row)
        if not any(_given(value) for value in cells.values()):
            return None  # a row with text only in unmapped columns: a note, a section label
        reasons: list[str] = []
        option, factor = self._option(cells.get("option"), reasons), self._factor(cells.get("factor"), reasons)
        levels = {name: level for name in LEVEL_FIELDS if name in cells
                  if (level := self._level(name, cells[name], reasons)) is not None}
        entry = {name: text for name in ENTRY_FIELDS if name in cells
                 if (text := self._text(name, cells[name], reasons)) is not None}
        if option is not None and factor is not None and not reasons:
            self._once(row, option, factor, reasons)  # only a row that is placed claims its cell
        if reasons or option is None or factor is None:
            return Refused(row.number, tuple(reasons))
        return Placed(row.number, option, factor, frozen_map(levels), frozen_map(entry))

    def _option(self, value: object, reasons: list[str]) -> str | None:
        if not _given(value):
            if self.default_option is None:
                reasons.append(Message("checks.imports.no_option_given"))
            return self.default_option
        found = _lookup(self.options, value)
        if found is None:
            reasons.append(Message("checks.imports.unknown_option", value=_shown(value)))
        return found

    def _factor(self, value: object, reasons: list[str]) -> str | None:
        if not _given(value):
            reasons.append(Message("checks.imports.no_factor_given"))
            return None
        found = _lookup(self.factors, value)
        if found is None:
            reasons.append(Message("checks.imports.unknown_factor", value=_shown(value)))
            return None
        if found.kind != "risk":
            reasons.append(Message("checks.imports.value_factor", id=found.id))
            return None
        return found.id

    def _once(self, row: Row, option: str, factor: str, reasons: list[str]) -> None:
        first = self.seen.setdefault((option, factor), row.number)
        if first != row.number:
            reasons.append(Message("checks.imports.placed_before", first=first, option=option, factor=factor))

    def _level(self, name: str, value: object, reasons: list[str]) -> int | None:
        if not _given(value):
            return None
        labels = self.scales[name]
        if isinstance(value, str) and match_key(value) in labels:
            return labels[match_key(value)]
        try:
            number = cell_number(value, self.table.decimal_comma)
        except ValueError as exc:
            named = _listed([level.label for level in getattr(self.model.register.scales, name)])
            reasons.append(Message("checks.imports.level_hint", field=field_word(name), problem=exc.args[0],
                                   low=RISK_MIN, high=RISK_MAX, labels=named) if isinstance(value, str)
                           else Message("checks.imports.field", field=field_word(name), problem=exc.args[0]))
            return None
        if not (number.is_integer() and RISK_MIN <= number <= RISK_MAX):
            reasons.append(Message("checks.imports.level", field=field_word(name), low=RISK_MIN, high=RISK_MAX,
                                   number=number))
            return None
        return int(number)

    def _text(self, name: str, value: object, reasons: list[str]) -> str | None:
        if isinstance(value, Uncached):
            reasons.append(Message("checks.imports.formula", field=field_word(name), formula=_shown(value.formula)))
            return None
        if name in DATE_FIELDS and isinstance(value, (datetime.date, datetime.datetime)):
            return _date_cell(name, value, reasons)
        text = cell_text(value)
        problem = _text_problem(text)
        if problem is None and text and name in ("treatment", "status"):
            return _choice(name, text, reasons)
        if problem is None and name in DATE_FIELDS:
            problem = check_date(text)
        if problem is not None:
            reasons.append(Message("checks.imports.field", field=field_word(name), problem=problem))
            return None
        return text or None


def _listed(words: list[str]) -> str:
    """``first, second, …`` with the language's comma."""
    line = words[0]
    for word in words[1:]:
        line = Message("checks.imports.list", first=line, then=word)
    return line


def _text_problem(text: str) -> str | None:
    if len(text) > MAX_TEXT:
        return Message("checks.imports.too_long", limit=MAX_TEXT)
    return text_problem(text)


def _choice(name: str, text: str, reasons: list[str]) -> str | None:
    words = _TREATMENT_WORDS if name == "treatment" else {s: s for s in STATUSES}
    # The words the window and the workbook show for each code, in every language ("مغلق" is closed).
    words = {**words, **{catalogue(language)[f"labels.{name}.{code}"]: code for language in LANGUAGES
                         for code in (TREATMENTS if name == "treatment" else STATUSES)}}
    found = {match_key(word): value for word, value in words.items()}.get(match_key(text))
    if found is None:
        allowed = TREATMENTS if name == "treatment" else STATUSES
        reasons.append(Message("checks.imports.not_one_of", field=field_word(name), text=_shown(text),
                               allowed=Listed(allowed)))
    return found


def _date_cell(name: str, value: datetime.date, reasons: list[str]) -> str | None:
    if isinstance(value, datetime.datetime):
        if value.time() != datetime.time():
            reasons.append(Message("checks.imports.time", field=field_word(name), value=str(value)))
            return None
        value = value.date()
    return value.isoformat()


def _names(obj, key: str) -> list[str]:
    """The texts of ``obj``'s field ``key`` in both languages: a register names things in either."""
    return [text for text in pair(obj, key) if text]


def _language(model: DecisionModel, name: str, text: str) -> str:
    """The language a register field's text goes in: a text's own (:func:`core.bilingual.text_language`), else the
    model's (codes, dates, a text without letters)."""
    return text_language(text, model.language) if name in TEXT_FIELDS[RiskEntry] else model.language


def _held(model: DecisionModel, entry: RiskEntry, name: str, text: str) -> str:
    """What ``entry`` holds in field ``name`` in the language ``text`` would go in."""
    if name not in TEXT_FIELDS[RiskEntry]:
        return getattr(entry, name)
    own, other = pair(entry, name)
    return (own if _language(model, name, text) == model.language else other) or ""


def _index(items) -> dict:
    """Look-up by id (as :func:`core.texts.id_key` folds it) and by name in either language; an id wins over
    another item's name."""
    items = list(items)
    found = {f"name:{match_key(name)}": value for _, names, value in items for name in names}
    found.update({f"id:{id_key(ident)}": value for ident, _, value in items})
    return found


def _lookup(index: dict, value: object):
    text = cell_text(value)
    return index.get(f"id:{id_key(text)}", index.get(f"name:{match_key(text)}"))


def _given(value: object) -> bool:
    return isinstance(value, Uncached) or bool(cell_text(value))


def _shown(value: object) -> str:
    text = cell_text(value) if not isinstance(value, str) else value.strip()
    return repr(text if len(text) <= 40 else text[:40] + "…")


def place(model: DecisionModel, table: Table, mapping: Sequence[str], default_option: str | None = None) -> Placement:
    """Every data row of ``table`` placed on a cell of ``model`` under ``mapping``, or refused with its reasons.

    ``default_option`` (an option id) takes the rows that name no option.
    When the mapping itself cannot place rows (no factor column, a field
    given to two columns) nothing is placed and ``problems`` says why.
    """
    problems = mapping_problems(mapping, table.headers, default_option)
    if problems:
        return Placement(table.where, problems=tuple(problems))
    reader = _Reader(model, table, mapping, default_option)
    results = [result for row in table.rows if (result := reader.read(row)) is not None]
    return Placement(table.where, tuple(r for r in results if isinstance(r, Placed)),
                     tuple(r for r in results if isinstance(r, Refused)))
