"""Import scores back from a workbook Mizan exported, or from the documented layout.

:func:`preview_import` changes nothing: it reads the file and lists every
cell that would change, every value it had to coerce (``"4"`` → 4) and every
cell it rejected, with the reason (text in a number cell, an error value such
as ``#N/A``, a formula without a cached value, a merged cell, a duplicate or
unknown name). A file in the documented layout is read as the model loader
reads it (:mod:`core.storage.sheet_reader`, :func:`~core.storage.spreadsheet.read_layout`):
a file the loader refuses for its shape is refused here too, and a cell the
loader would refuse is rejected with the same reason.
A Mizan workbook's register sheets are read back too (owners, statuses,
dates, control status, effects: :mod:`core.reports.register_import`).
The preview carries the model as it would be after the import;
applying it is the caller's choice (and, in the window, an undoable step).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from core.errors import FileFormatError, Message, ModelError
from core.model import RISK_MAX, RISK_MIN, DecisionModel, Profile
from core.register import Register
from core.register.import_map import field_word
from core.reports.register_import import RegisterChange, read_register
from core.reports.weight_import import WeightChange, read_weights
from core.reports.xl_words import Words, workbook_language
from core.storage.sheet_reader import MAX_ROWS, cell_number, cell_text, read_sheet
from core.storage.spreadsheet import Layout, read_layout
from core.validate import validate_model


@dataclass(frozen=True)
class Change:
    """One score field that the import would change."""

    option: str
    factor: str
    field: str
    old: float | int | None
    new: float | int


@dataclass(frozen=True)
class Issue:
    """A cell that was coerced or rejected, and why (each a :class:`core.errors.Message`: English as text)."""

    where: str
    message: str


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; ``model`` is the result if it is applied."""

    source: str
    changes: tuple[Change, ...]
    coerced: tuple[Issue, ...]
    rejected: tuple[Issue, ...]
    model: DecisionModel
    weights: tuple[WeightChange, ...] = ()
    profile: Profile | None = None  # the new profile the edited raw weights make; in ``model`` already
    register: tuple[RegisterChange, ...] = ()  # register fields read back; ``model`` carries the new register


@dataclass(frozen=True)
class Cell:
    """One value read from the file, with where it came from."""

    where: str
    value: object
    formula: bool = False
    merged: bool = False


class _Collector:
    def __init__(self, model: DecisionModel) -> None:
        self.model = model
        self.factors = {f.id: f for f in model.factors}
        self.options = {o.id for o in model.options}
        self.scores = dict(model.scores)
        self.changes: list[Change] = []
        self.coerced: list[Issue] = []
        self.rejected: list[Issue] = []
        self.weights: tuple[WeightChange, ...] = ()
        self.profile: Profile | None = None
        self.register: Register = model.register
        self.register_changes: tuple[RegisterChange, ...] = ()

    def number(self, cell: Cell) -> float | None:
        value = cell.value
        if cell.merged:
            return self._reject(cell, Message("checks.imports.merged"))
        if cell.formula and value is None:
            return self._reject(cell, Message("checks.imports.uncached"))
        if isinstance(value, str) and value.startswith("#"):
            return self._reject(cell, Message("checks.imports.error_value", value=value))
        if isinstance(value, bool) or value is None or value == "":
            return self._reject(cell, Message("checks.imports.empty") if value in (None, "")
                                else Message("checks.imports.not_number"))
        if isinstance(value, str):
            try:
                number = cell_number(value)
            except ValueError as exc:
                plain = str(exc).endswith(" is not a number")  # else the reason says more (ambiguous, range)
                return self._reject(cell, Message("checks.imports.text_not_number", text=repr(value)) if plain
                                    else exc.args[0])
            self.coerced.append(Issue(cell.where, Message("checks.imports.read_as", text=repr(value), number=number)))
            return number
        if not isinstance(value, (int, float)):  # a date, a time: never a score
            return self._reject(cell, Message("checks.imports.not_a_number", kind=type(value).__name__,
                                              value=str(value)))
        return float(value)

    def _reject(self, cell: Cell, message: str) -> float | None:
        """Record a rejected cell; None, so callers can ``return self._reject(...)``."""
        self.rejected.append(Issue(cell.where, message))
        return None

    def set(self, option: str, factor: str, field: str, cell: Cell) -> None:
        number = self.number(cell)
        if number is None:
            return
        if field in ("likelihood", "impact"):
            if not (number.is_integer() and RISK_MIN <= number <= RISK_MAX):
                self.rejected.append(Issue(cell.where, Message("checks.imports.level", field=field_word(field),
                                                               low=RISK_MIN, high=RISK_MAX, number=number)))
                return
            number = int(number)
        score = self.scores[(option, factor)]
        old = getattr(score, field)
        if old != number:
            self.changes.append(Change(option, factor, field, old, number))
            self.scores[(option, factor)] = score.replace(**{field: number})

    def preview(self, source: str) -> ImportPreview:
        model = self.model.replace(scores=self.scores, register=self.register)
        if self.profile is not None:
            model = model.replace(profiles=(*model.profiles, self.profile))
        try:
            validate_model(model)
        except ModelError as exc:
            raise FileFormatError(Message("messages.imports.invalid", source=source, problem=exc.message)) from None
        return ImportPreview(source, tuple(self.changes), tuple(self.coerced), tuple(self.rejected), model,
                             self.weights, self.profile, self.register_changes)


def _block(collector: _Collector, rows: list[list[Cell]], field: str, w: Words) -> None:
    """Read one options × factors block whose first row is its header."""
    header = [str(c.value).strip() if c.value is not None else "" for c in rows[0]]
    seen: set[str] = set()
    for row in rows[1:]:
        option = str(row[0].value).strip() if row and row[0].value is not None else ""
        if not option:
            break
        if option in seen:
            collector.rejected.append(Issue(row[0].where, Message("checks.imports.option_twice", option=repr(option))))
            continue
        seen.add(option)
        if option not in collector.options:
            collector.rejected.append(Issue(row[0].where, Message("checks.imports.no_option", option=repr(option))))
            continue
        _row(collector, option, header, row, field, w)


def _row(collector: _Collector, option: str, header: list[str], row: list[Cell], field: str, w: Words) -> None:
    # The columns beside the factors: the workbook's own, and two older exports' English ones.
    beside = {w(f"col_{key}") for key in ("risk_index", "rank", "wsm_score", "wsm_rank")} | \
        {"Weighted risk index", "Rank", "Weighted score (value)", "WSM score", "WSM rank"}
    for column, name in enumerate(header):
        if column < 1 or not name or name == w("col_name") or column >= len(row):
            continue
        factor = collector.factors.get(name)
        if factor is None:
            if column == 1 or name in beside:
                continue
            collector.rejected.append(Issue(row[column].where, Message("checks.imports.no_factor", factor=repr(name))))
            continue
        if field == "value" and factor.kind == "risk":
            collector.rejected.append(Issue(row[column].where, Message("checks.imports.risk_factor", name=name)))
            continue
        if field != "value" and factor.kind != "risk":
            continue
        collector.set(option, name, field, row[column])


def _workbook_cells(path: Path) -> dict[str, list[list[Cell]]]:
    from core.storage.xlsx_guard import open_workbook

    with open_workbook(path) as claimed:
        too_big = [ws.title for ws in claimed.worksheets if (ws.max_row or 0) > MAX_ROWS]
    if too_big:
        raise FileFormatError(Message("messages.imports.too_many_rows", file=str(path), sheet=repr(too_big[0]),
                                      limit=MAX_ROWS))
    with open_workbook(path, formulas=True, read_only=False) as formulas, \
            open_workbook(path, read_only=False) as values:
        return {ws.title: _sheet_cells(ws, values[ws.title]) for ws in formulas.worksheets}


def _sheet_cells(formula_sheet, value_sheet) -> list[list[Cell]]:
    merged = {cell for area in formula_sheet.merged_cells.ranges for row in area.rows for cell in row}
    return [[Cell(f"{formula_sheet.title}!{f.coordinate}", v.value, formula=f.data_type == "f",
                  merged=(f.row, f.column) in merged) for f, v in zip(f_row, v_row)]
            for f_row, v_row in zip(formula_sheet.iter_rows(), value_sheet.iter_rows())]


def _mizan_blocks(collector: _Collector, grid: list[list[Cell]], w: Words) -> bool:
    """Read the matrix sheet's blocks, found by their first column's label in the workbook's words ``w``."""
    labels = {w(f"col_{field}"): field for field in ("likelihood", "impact", "value")}
    starts = {labels[row[0].value]: index for index, row in enumerate(grid) if row and row[0].value in labels}
    if "value" in starts:  # a model of direct values only: one block
        _block(collector, grid[starts["value"]:], "value", w)
        return True
    if set(starts) != {"likelihood", "impact"}:
        return False
    _block(collector, grid[starts["likelihood"]:], "likelihood", w)
    _block(collector, grid[starts["impact"]:], "impact", w)
    risk = next((i for i, row in enumerate(grid) if row and row[0].value == w("col_risk")), None)
    if risk is not None and any(f.kind != "risk" for f in collector.model.factors):
        _block(collector, grid[risk:], "value", w)
    return True


def _layout(collector: _Collector, layout: Layout) -> None:
    """Read the scores of a table in the documented layout (read as the model loader reads it)."""
    header = layout.sheet.rows[0].number
    for name in layout.names:
        if name not in collector.factors:
            collector.rejected.append(Issue(Message("checks.imports.row_column", row=header, name=repr(name)),
                                            Message("checks.imports.no_factor", factor=repr(name))))
    seen: dict[str, int] = {}
    for row in layout.options:
        option = cell_text(row.cells[0])
        if option in seen:
            raise FileFormatError(Message("messages.sheets.option_twice", where=layout.sheet.where, row=row.number,
                                          label=repr(option), first=seen[option]))
        seen[option] = row.number
        if option not in collector.options:
            collector.rejected.append(Issue(Message("checks.imports.row", row=row.number),
                                            Message("checks.imports.no_option", option=repr(option))))
            continue
        for name, value in zip(layout.names, layout.cells(row)):
            where = Message("checks.imports.row_column", row=row.number, name=repr(name))
            _layout_cell(collector, layout, option, name, Cell(where, value))


def _layout_cell(collector: _Collector, layout: Layout, option: str, name: str, cell: Cell) -> None:
    factor = collector.factors.get(name)
    if factor is None:  # listed once, at the header
        return
    if factor.kind == "risk":
        collector.rejected.append(Issue(cell.where, Message("checks.imports.risk_factor", name=name)))
        return
    try:
        number = cell_number(cell.value, layout.sheet.decimal_comma)
    except ValueError as exc:
        collector.rejected.append(Issue(cell.where, exc.args[0]))
        return
    if isinstance(cell.value, str) and layout.sheet.sheet is not None:  # a workbook's text cell
        collector.coerced.append(Issue(cell.where, Message("checks.imports.read_as", text=repr(cell.value),
                                                           number=number)))
    collector.set(option, name, "value", Cell(cell.where, number))


def preview_import(model: DecisionModel, path: str | os.PathLike) -> ImportPreview:
    """What importing the scores in ``path`` into ``model`` would change."""
    path = Path(path)
    collector = _Collector(model)
    if path.suffix.lower() == ".xlsx":
        sheets = _workbook_cells(path)
        w = Words(workbook_language(sheets))  # a workbook is read in the words it was written in
        matrix = sheets.get(w.sheet("matrix")) or sheets.get(w.sheet("decision"))
        if matrix is not None and _mizan_blocks(collector, matrix, w):
            reject = lambda where, message: collector.rejected.append(Issue(where, message))  # noqa: E731
            if w.sheet("weights") in sheets:
                collector.weights, collector.profile = read_weights(model, path, sheets[w.sheet("weights")],
                                                                    collector.number, reject)
            collector.register, collector.register_changes = read_register(model, sheets, reject, w)
            return collector.preview(str(path))
    sheet = read_sheet(path)
    if not sheet.rows or cell_text(sheet.rows[0].cells[0]).lower() != "option":
        raise FileFormatError(Message("messages.imports.layout", where=sheet.where))
    _layout(collector, read_layout(sheet))
    return collector.preview(str(path))
