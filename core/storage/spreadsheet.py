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
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Sequence
from pathlib import Path

from core.errors import FileFormatError, ModelError
from core.model import Criterion, DecisionModel, Option, Profile, Score
from core.storage.bounded import read_text
from core.validate import validate_model

SPECIAL_ROWS = ("weight", "direction", "preference")
MAX_ROWS, MAX_COLUMNS = 100_000, 5_000


def _number(text: object, where: str) -> float:
    if isinstance(text, bool):
        raise FileFormatError(f"{where}: {text!r} is not a number")
    try:
        value = float(text.strip().replace(",", ".")) if isinstance(text, str) else float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise FileFormatError(f"{where}: {text!r} is not a number") from None
    if not math.isfinite(value):
        raise FileFormatError(f"{where}: {text!r} is not a finite number")
    return value


def _cell_text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _read_csv(path: Path) -> list[list[str]]:
    text = read_text(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(text.splitlines(), dialect) if any(c.strip() for c in row)]


def _read_xlsx(path: Path) -> list[list[object]]:
    from core.storage.xlsx_guard import open_workbook

    with open_workbook(path) as workbook:
        rows = []
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            if any(_cell_text(cell) for cell in row):
                rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise FileFormatError(f"{path}: more than {MAX_ROWS:,} rows")
        return rows


def read_rows(path: str | os.PathLike) -> Sequence[Sequence[object]]:
    """The non-empty rows of a ``.csv`` or the first sheet of an ``.xlsx``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raise FileFormatError(f"{path}: not a .csv or .xlsx file")


def _header(rows: Sequence[Sequence[object]], where: str) -> list[str]:
    if not rows:
        raise FileFormatError(f"{where}: the sheet is empty")
    header = [_cell_text(cell) for cell in rows[0]]
    while header and not header[-1]:
        header.pop()
    if not header or header[0].lower() != "option":
        raise FileFormatError(f"{where}: row 1 must start with 'option' followed by the criteria")
    names = header[1:]
    if not names:
        raise FileFormatError(f"{where}: row 1 names no criteria after 'option'")
    if len(names) > MAX_COLUMNS:
        raise FileFormatError(f"{where}: more than {MAX_COLUMNS:,} criteria")
    for index, name in enumerate(names, start=2):
        if not name:
            raise FileFormatError(f"{where}: row 1, column {index}: criterion name is empty")
        if names.count(name) > 1:
            raise FileFormatError(f"{where}: row 1: criterion {name!r} appears twice")
    return names


def _cells(row: Sequence[object], count: int) -> list[object]:
    return (list(row[1:]) + [None] * count)[:count]


def model_from_rows(rows: Sequence[Sequence[object]], where: str) -> DecisionModel:
    """Build a model from the rows of the documented layout."""
    names = _header(rows, where)
    special: dict[str, list[object]] = {}
    options: list[Option] = []
    scores: dict[tuple[str, str], Score] = {}
    for line, row in enumerate(rows[1:], start=2):
        label = _cell_text(row[0]) if row else ""
        cells = _cells(row, len(names))
        if label.lower() in SPECIAL_ROWS and not options:
            special[label.lower()] = cells
            continue
        if not label:
            raise FileFormatError(f"{where}: row {line}: the option name is empty")
        if any(option.id == label for option in options):
            raise FileFormatError(f"{where}: row {line}: option {label!r} appears twice")
        options.append(Option(id=label, name=label))
        for name, cell in zip(names, cells):
            value = _number(cell, f"{where}: row {line}, column {name!r}")
            scores[(label, name)] = Score(value=value)
    if not options:
        raise FileFormatError(f"{where}: no option rows after the header")
    criteria = _criteria(names, special, scores, where)
    return _assemble(criteria, options, scores, special, where)


def _criteria(names, special, scores, where) -> tuple[Criterion, ...]:
    directions = special.get("direction", [None] * len(names))
    preferences = special.get("preference", [None] * len(names))
    criteria = []
    for name, direction, preference in zip(names, directions, preferences):
        text = _cell_text(direction).lower() or "benefit"
        if text not in ("benefit", "cost"):
            raise FileFormatError(f"{where}: direction of {name!r} must be benefit or cost, not {text!r}")
        column = [score.value for (_, crit), score in scores.items() if crit == name]
        low, high = min(column), max(column)
        criteria.append(Criterion(id=name, name=name, direction="cost" if text == "cost" else "benefit", kind="value",
                                  scale=(low, high if high > low else low + 1.0),
                                  preference=_cell_text(preference) or "usual"))
    return tuple(criteria)


def _assemble(criteria, options, scores, special, where) -> DecisionModel:
    if "weight" in special:
        weights = {c.id: _number(w, f"{where}: weight of {c.id!r}") for c, w in zip(criteria, special["weight"])}
        profile = Profile(name="Spreadsheet weights", weights=weights)
    else:
        profile = Profile(name="Equal weights", weights={c.id: 1.0 for c in criteria})
    model = DecisionModel(title=Path(where).stem, criteria=criteria, options=tuple(options),
                          scores=scores, profiles=(profile,))
    try:
        validate_model(model)
    except ModelError as exc:
        raise FileFormatError(f"{where}: {exc}") from None
    return model


def read_spreadsheet(path: str | os.PathLike) -> DecisionModel:
    """Load a model from a ``.csv`` or ``.xlsx`` file in the documented layout."""
    return model_from_rows(read_rows(path), str(path))
