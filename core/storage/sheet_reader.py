"""Tables read from a ``.csv`` or the first visible sheet of an ``.xlsx``, and the numbers in their cells.

This is the one reader of spreadsheets: the model loader
(:mod:`core.storage.spreadsheet`), the score import
(:mod:`core.reports.score_import`) and the register import
(:mod:`core.register.import_map`, which looks at every visible sheet) read
through :func:`read_sheet` or :func:`read_sheets` and convert cells through
:func:`cell_number`, so they accept and refuse the same files.

CSV files are decoded as UTF-8 (a byte-order mark allowed; an undecodable
byte is refused with its line and offset) and split by the standard ``csv`` module
in strict mode, so quoting is RFC 4180's and only CR/LF end a row (a U+2028
inside a field stays in the field).  The delimiter is the character that
follows ``option`` in the header: ``,`` or ``;`` (a table without that header,
such as a risk register under a title row, gets the one that splits its first
rows evenly).

Numbers written as text follow one rule, documented in README's
"Spreadsheet layout": the decimal mark is ``.``; in a ``;``-separated file a
``,`` is a decimal mark too.  Thousands separators are never read, and a
number that a thousands separator could have written (``1,000``, and in a
``;`` file ``1.000``) is refused as ambiguous instead of being guessed.
"""

from __future__ import annotations

import codecs
import csv
import io
import numbers
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from core.errors import FileFormatError, Message
from core.storage.bounded import read_bounded
from core.storage.fields import NUMBER_LIMIT, checked_number

# Rows (blank ones counted) and filled cells read at most: beyond any model's size
# (core.validate.MAX_OPTIONS), so that a huge file is refused before it is read whole.
MAX_ROWS = 10_000
MAX_CELLS = 1_000_000
# The finite range of a cell, as for every number read from a file (see core.storage.fields).
DELIMITERS = (",", ";")
_SNIFF_LINES = 30

_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d{1,3})?", re.ASCII)
# One separator then exactly three digits, after a whole part a thousands group could start:
# written with thousands separators, 1,000 and 1.000 both mean a thousand.
_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}", re.ASCII)
_NOT_FINITE = ("nan", "inf", "infinity")
_HEADER = re.compile(r'[ \t]*"?option"?[ \t]*([,;])', re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    """One non-empty row: its number as a spreadsheet shows it, and its cells (text, numbers, None)."""

    number: int
    cells: tuple[object, ...]


@dataclass(frozen=True)
class Sheet:
    """The non-empty rows of one table of ``path``; ``decimal_comma`` when ``,`` is a decimal mark in its text."""

    path: str
    rows: tuple[Row, ...]
    decimal_comma: bool = False
    sheet: str | None = None

    @property
    def where(self) -> str:
        """The file (and the workbook's sheet) as messages name it."""
        return self.path if self.sheet is None else Message("checks.files.sheet", file=self.path, sheet=repr(self.sheet))


def read_sheet(path: str | os.PathLike) -> Sheet:
    """The table in a ``.csv`` file or in the first visible sheet of an ``.xlsx`` workbook."""
    return read_sheets(path, first_only=True)[0]


def read_sheets(path: str | os.PathLike, first_only: bool = False) -> tuple[Sheet, ...]:
    """The table of a ``.csv`` file, or every visible sheet of an ``.xlsx`` workbook in order (each under the caps)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return (_read_csv(path),)
    if suffix == ".xlsx":
        return _read_xlsx(path, first_only)
    raise FileFormatError(Message("messages.sheets.not_sheet", file=str(path)))


def sheet_of(rows: Iterable[Sequence[object]], where: str, decimal_comma: bool = False) -> Sheet:
    """A Sheet of rows given in memory (numbered from 1; empty rows dropped)."""
    return _sheet(where, enumerate(rows, start=1), decimal_comma)


def _sheet(path: str, numbered, decimal_comma: bool, sheet: str | None = None) -> Sheet:
    where = path if sheet is None else Message("checks.files.sheet", file=path, sheet=repr(sheet))
    rows, cells = [], 0
    for number, cells_of_row in numbered:
        filled = sum(1 for cell in cells_of_row if isinstance(cell, Uncached) or cell_text(cell))
        cells += filled
        if number > MAX_ROWS or cells > MAX_CELLS:  # blank rows count, so a file of blank lines ends early
            raise FileFormatError(Message("messages.sheets.too_big", where=where, row=number, rows=MAX_ROWS,
                                          cells=MAX_CELLS))
        if filled:
            rows.append(Row(number, tuple(cells_of_row)))
    return Sheet(path, tuple(rows), decimal_comma, sheet)


def cell_text(value: object) -> str:
    """A cell as stripped text ('' for an empty cell)."""
    return "" if value is None else str(value).strip()


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 text without its byte-order mark; the offset of a bad byte counts from the file's start."""
    skip = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        return raw[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = skip + exc.start
        line = raw.count(b"\n", 0, at) + 1
        raise FileFormatError(Message("messages.sheets.not_utf8", file=str(path), line=line, at=at,
                                      byte=f"0x{raw[at]:02x}")) from None


def _delimiter(text: str) -> str:
    """The character after ``option`` in the header; else the one that splits the first rows most evenly.

    A model's table starts with ``option``; a risk register may open with a
    title row, so without ``option`` the delimiter is the one of ``,`` and
    ``;`` under which most of the first rows have the same number of cells
    (more than one); ',' on a tie (a model's layout check then says why).
    """
    found = _HEADER.match(text)
    if found:
        return found.group(1)
    sample = text.splitlines()[:_SNIFF_LINES]
    return max(DELIMITERS, key=lambda delimiter: (_evenness(sample, delimiter), delimiter == ","))


def _evenness(lines: list[str], delimiter: str) -> int:
    """How many of ``lines`` split by ``delimiter`` into the commonest number of cells (above one)."""
    try:
        widths = Counter(len(record) for record in csv.reader(lines, delimiter=delimiter) if len(record) > 1)
    except csv.Error:  # the strict read that follows names the fault
        return 0
    return max(widths.values(), default=0)


def _read_csv(path: Path) -> Sheet:
    text = _decode(path, read_bounded(path))
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    return _sheet(str(path), _records(path, reader), decimal_comma=delimiter == ";")


def _records(path: Path, reader):
    """(row, cells) as a spreadsheet numbers them (a quoted line break stays inside its row)."""
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            yield number, record
    except csv.Error as exc:
        raise FileFormatError(Message("messages.sheets.csv", file=str(path), row=number + 1,
                                      detail=str(exc))) from None


@dataclass(frozen=True)
class Uncached:
    """A workbook cell holding a formula whose value was never saved (a script wrote it, nobody recalculated)."""

    formula: str

    def __str__(self) -> str:
        return ""


def _read_xlsx(path: Path, first_only: bool) -> tuple[Sheet, ...]:
    from core.storage.xlsx_guard import open_workbook

    with open_workbook(path) as workbook, open_workbook(path, formulas=True) as formulas:
        visible = [i for i, ws in enumerate(workbook.worksheets) if ws.sheet_state == "visible"]
        if not visible:
            raise FileFormatError(Message("messages.sheets.no_visible", file=str(path)))
        return tuple(_read_worksheet(path, workbook.worksheets[i], formulas.worksheets[i])
                     for i in visible[:1 if first_only else None])


def _read_worksheet(path: Path, sheet, formulas) -> Sheet:
    if (sheet.max_row or 0) > MAX_ROWS:
        raise FileFormatError(Message("messages.sheets.claims_rows", file=str(path), sheet=repr(sheet.title),
                                      rows=sheet.max_row, limit=MAX_ROWS))
    rows = zip(sheet.iter_rows(values_only=True), formulas.iter_rows(values_only=True))
    cells = (tuple(_uncached(v, f) for v, f in zip(values, texts)) for values, texts in rows)
    return _sheet(str(path), enumerate(cells, start=1), False, sheet.title)


def _uncached(value: object, formula: object) -> object:
    """The cached value, or an Uncached marker where a formula has none."""
    if value is None and isinstance(formula, str) and formula.startswith("="):
        return Uncached(formula)
    return value


def cell_number(value: object, decimal_comma: bool = False) -> float:
    """A cell as a finite number (:func:`core.storage.fields.checked_number`); ValueError with the reason otherwise.

    Text follows the module's rule (``decimal_comma`` for ``;``-separated
    files); a workbook's numbers are taken as they are; booleans, dates and
    empty cells are not numbers.
    """
    original = value
    if isinstance(value, str):
        value = _text_number(value.strip(), decimal_comma)
    if isinstance(value, (date, time, timedelta)):
        raise ValueError(Message("messages.sheets.date", value=str(value)))
    if isinstance(value, Uncached):
        raise ValueError(Message("messages.sheets.uncached", formula=_shown(value.formula)))
    if value is None:
        raise ValueError(Message("messages.sheets.empty"))
    try:  # the one gate every number from a file passes: real, not boolean, finite, in range
        return checked_number(value, "")
    except FileFormatError:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError(Message("messages.sheets.not_number", text=repr(value))) from None
        raise ValueError(Message("messages.sheets.out_of_range", text=_shown(original), low=-NUMBER_LIMIT,
                                 high=NUMBER_LIMIT)) from None


def _shown(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _text_number(text: str, decimal_comma: bool) -> float | None:
    if not text:
        return None
    if text.lower().lstrip("+-") in _NOT_FINITE:
        raise ValueError(Message("messages.sheets.not_finite", text=_shown(text)))
    if _GROUPED.fullmatch(text) and ("," in text or decimal_comma):
        raise ValueError(Message("messages.sheets.ambiguous", text=_shown(text)))
    if "," in text and decimal_comma and text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    elif "," in text:
        advice = (Message("messages.sheets.no_grouping") if decimal_comma or text.count(",") > 1 or "." in text
                  else Message("messages.sheets.decimal_point"))
        raise ValueError(Message("messages.sheets.comma", text=_shown(text), advice=advice))
    if not _PLAIN.fullmatch(text):
        raise ValueError(Message("messages.sheets.not_number", text=_shown(text)))
    return float(text)
