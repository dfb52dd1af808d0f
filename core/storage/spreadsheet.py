"""The documented spreadsheet layout (``.csv`` / ``.xlsx``) read as a model.

Layout, one table::

    option,   Cost, Quality, Risk
    weight,   0.5,  0.3,     0.2        (optional)
    direction,cost, benefit, cost       (optional; benefit when absent)
    preference,usual,linear:1:3,vshape:2 (optional; PROMETHEE functions)
    Plan A,   200,  7,       3
    Plan B,   150,  5,       4

Criteria and options take their ids from the header and the first column.
Scores are direct values; each criterion's scale is the range of its column.
:func:`read_layout` checks the table's shape (the same for the score import):
the meta rows (weight, direction, preference) come before the first option,
each at most once, and no row holds a value beyond the header's columns.
The cells are read by :mod:`core.storage.sheet_reader`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.bilingual import language_of, other_language, with_default_scales, with_pair
from core.catalogue import catalogue
from core.errors import FileFormatError, Message, ModelError, at
from core.model import Criterion, DecisionModel, Option, Profile, Score
from core.storage.sheet_reader import Row, Sheet, cell_number, cell_text, read_sheet, sheet_of
from core.validate import MAX_FACTORS, check_size, validate_model

SPECIAL_ROWS = ("weight", "direction", "preference")


@dataclass(frozen=True)
class Layout:
    """A table in the documented layout: criteria names, meta rows by label, option rows."""

    sheet: Sheet
    names: tuple[str, ...]
    meta: dict[str, Row]
    options: tuple[Row, ...]

    def cells(self, row: Row) -> list[object]:
        """The cells of ``row`` under the criteria, None where the row is short."""
        return (list(row.cells[1:]) + [None] * len(self.names))[:len(self.names)]

    def number(self, row: Row, value: object, where: Callable[[], Message]) -> float:
        """A cell of this table as a number, by the sheet's rule (see sheet_reader).

        ``where`` words the cell only when it is refused: a big sheet has a million cells.
        """
        try:
            return cell_number(value, self.sheet.decimal_comma)
        except ValueError as exc:
            place = Message("messages.sheets.cell", where=self.sheet.where, row=row.number, cell=where())
            raise FileFormatError(at(place, exc.args[0])) from None


def _header(sheet: Sheet) -> tuple[str, ...]:
    where = sheet.where
    if not sheet.rows:
        raise FileFormatError(Message("messages.sheets.sheet_empty", where=where))
    first = sheet.rows[0]
    header = [cell_text(cell) for cell in first.cells]
    while header and not header[-1]:
        header.pop()
    if not header or header[0].lower() != "option":
        raise FileFormatError(Message("messages.sheets.header_start", where=where, row=first.number))
    names = header[1:]
    if not names:
        raise FileFormatError(Message("messages.sheets.header_no_criteria", where=where, row=first.number))
    if len(names) > MAX_FACTORS:
        raise FileFormatError(Message("messages.sheets.too_many_criteria", where=where, row=first.number,
                                      limit=MAX_FACTORS))
    for index, name in enumerate(names, start=2):
        if not name:
            raise FileFormatError(Message("messages.sheets.criterion_empty", where=where, row=first.number,
                                          column=index))
        if names.count(name) > 1:
            raise FileFormatError(Message("messages.sheets.criterion_twice", where=where, row=first.number,
                                          name=repr(name)))
    return tuple(names)


def _check_width(sheet: Sheet, row: Row, columns: int) -> None:
    beyond = [index for index, cell in enumerate(row.cells[columns:], start=columns + 1) if cell_text(cell)]
    if beyond:
        raise FileFormatError(Message("messages.sheets.beyond_header", where=sheet.where, row=row.number,
                                      column=beyond[0], columns=columns))


def read_layout(sheet: Sheet) -> Layout:
    """The header, meta rows and option rows of ``sheet``; FileFormatError if its shape is wrong."""
    names = _header(sheet)
    meta: dict[str, Row] = {}
    options: list[Row] = []
    for row in sheet.rows[1:]:
        _check_width(sheet, row, len(names) + 1)
        label = cell_text(row.cells[0]).lower()
        if label in SPECIAL_ROWS:
            if options:
                raise FileFormatError(Message("messages.sheets.meta_late", where=sheet.where, row=row.number,
                                              label=repr(label), first=options[0].number))
            if label in meta:
                raise FileFormatError(Message("messages.sheets.meta_twice", where=sheet.where, row=row.number,
                                              label=repr(label), first=meta[label].number))
            meta[label] = row
        else:
            options.append(row)
            _check_count(sheet, row, len(options), len(names))
    return Layout(sheet, names, meta, tuple(options))


def _check_count(sheet: Sheet, row: Row, options: int, factors: int) -> None:
    try:
        check_size(options, factors)
    except ModelError as exc:
        raise FileFormatError(Message("messages.sheets.option_count", where=sheet.where, row=row.number, count=options,
                                      problem=exc.message)) from None


def model_from_rows(rows: Sequence[Sequence[object]], where: str) -> DecisionModel:
    """Build a model from rows in memory in the documented layout (numbers as in a ``,`` file)."""
    return model_from_layout(read_layout(sheet_of(rows, where)))


def model_from_layout(layout: Layout) -> DecisionModel:
    """The model a table in the documented layout describes."""
    where = layout.sheet.where
    options: list[Option] = []
    scores: dict[tuple[str, str], Score] = {}
    seen: dict[str, int] = {}
    for row in layout.options:
        label = cell_text(row.cells[0])
        if not label:
            raise FileFormatError(Message("messages.sheets.option_empty", where=where, row=row.number))
        if label in seen:
            raise FileFormatError(Message("messages.sheets.option_twice", where=where, row=row.number,
                                          label=repr(label), first=seen[label]))
        seen[label] = row.number
        options.append(Option(id=label, name=label))
        for name, cell in zip(layout.names, layout.cells(row)):
            scores[(label, name)] = Score(value=layout.number(row, cell, _column(name)))
    if not options:
        raise FileFormatError(Message("messages.sheets.no_options", where=where))
    return _assemble(layout, _criteria(layout, options, scores), options, scores)


def _column(name: str) -> Callable[[], Message]:
    return lambda: Message("messages.sheets.column", name=repr(name))


def _weight_of(ident: str) -> Callable[[], Message]:
    return lambda: Message("messages.sheets.weight_of", id=repr(ident))


def _criteria(layout: Layout, options, scores) -> tuple[Criterion, ...]:
    count = len(layout.names)
    directions = layout.cells(layout.meta["direction"]) if "direction" in layout.meta else [None] * count
    preferences = layout.cells(layout.meta["preference"]) if "preference" in layout.meta else [None] * count
    criteria = []
    for name, direction, preference in zip(layout.names, directions, preferences):
        text = cell_text(direction).lower() or "benefit"
        if text not in ("benefit", "cost"):
            raise FileFormatError(Message("messages.sheets.direction", where=layout.sheet.where, name=repr(name),
                                          text=repr(text)))
        column = [scores[(option.id, name)].value for option in options]
        low, high = min(column), max(column)
        criteria.append(Criterion(id=name, name=name, direction="cost" if text == "cost" else "benefit", kind="value",
                                  scale=(low, high if high > low else low + 1.0),
                                  preference=cell_text(preference) or "usual"))
    return tuple(criteria)


def _assemble(layout: Layout, criteria, options, scores) -> DecisionModel:
    where = layout.sheet.where
    row = layout.meta.get("weight")
    if row is not None:
        weights = {c.id: layout.number(row, w, _weight_of(c.id)) for c, w in zip(criteria, layout.cells(row))}
        profile, key = Profile(name="Spreadsheet weights", weights=weights), "labels.profile_spreadsheet"
    else:
        profile, key = Profile(name="Equal weights", weights={c.id: 1.0 for c in criteria}), "labels.profile_equal"
    model = _in_its_language(DecisionModel(title=Path(layout.sheet.path).stem, criteria=criteria,
                                           options=tuple(options), scores=scores, profiles=(profile,)), key)
    try:
        validate_model(model)
    except ModelError as exc:
        raise FileFormatError(at(where, exc.message)) from None
    return model


def _in_its_language(model: DecisionModel, profile_key: str) -> DecisionModel:
    """``model`` in the language its file's texts are written in, with Mizan's own words (the profile's name,
    the bands' and the descriptor scales' names) in both languages."""
    language = language_of((model.title, *(c.name for c in model.factors), *(o.name for o in model.options)))
    own, other = catalogue(language), catalogue(other_language(language))
    profile = with_pair(model.profiles[0], "name", own[profile_key], other[profile_key])
    bands = model.bands
    for index in range(len(bands.names)):
        bands = with_pair(bands, f"names/{index}", own[f"labels.band.{index}"], other[f"labels.band.{index}"])
    return with_default_scales(model.replace(language=language, profiles=(profile,), bands=bands))


def read_spreadsheet(path: str | os.PathLike) -> DecisionModel:
    """Load a model from a ``.csv`` or ``.xlsx`` file in the documented layout."""
    return model_from_layout(read_layout(read_sheet(path)))
