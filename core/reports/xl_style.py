"""Shared look of the exported workbook: fonts, fills, headers, page set-up."""

from __future__ import annotations

import math
from copy import copy
import re

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from core.reports.cells import put_text
from core.reports.xl_words import Words

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
NOTE = Font(italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
# Cells a decision maker may edit (inputs), told apart from formulas.
INPUT_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="9AA5B1")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
TOP_CENTER = Alignment(horizontal="center", vertical="top")


def fill(color: str) -> PatternFill:
    """A solid fill of ``#RRGGBB`` (fg and bg, so conditional formats show it too)."""
    rgb = color.lstrip("#").upper()
    return PatternFill("solid", fgColor=rgb, bgColor=rgb)


def own_name(ident: str, name: str) -> str:
    """The name when it says more than the id; empty where a spreadsheet model names items by their id."""
    return "" if name == ident else name


def header(sheet, row: int, labels: list[str], first: int = 1) -> None:
    """A bold, shaded header row starting at column ``first``."""
    for column, label in enumerate(labels, start=first):
        cell = sheet.cell(row, column)
        put_text(cell, label)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, CENTER


def title(sheet, text: str, subtitle: str = "") -> None:
    """The sheet's title in A1 and an explanatory line in A2."""
    put_text(sheet["A1"], text)
    sheet["A1"].font = TITLE
    if subtitle:
        put_text(sheet["A2"], subtitle)
        sheet["A2"].font = NOTE


def widths(sheet, **columns: float) -> None:
    """Set column widths by letter: ``widths(sheet, A=8, B=40)``."""
    for letter, width in columns.items():
        sheet.column_dimensions[letter].width = width


def printable(sheet, w: Words) -> None:
    """A4 landscape, titles repeated, wrapped rows tall enough for their text; right to left where ``w`` reads so.

    A sheet narrow enough to print at 9 pt or more when fitted to the page
    width is fitted; a wider one prints at full size across several pages,
    its first two columns repeated on each, rather than shrunk unreadably.
    """
    sheet.sheet_view.rightToLeft = w.right_to_left or None
    if w.right_to_left:
        _fit_labels(sheet)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    if _total_width(sheet) <= FIT_WIDTH:
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        sheet.print_title_cols = "A:B"
    if not sheet.print_title_rows:
        sheet.print_title_rows = "4:4"
    sheet.oddFooter.center.text = w("footer")
    _wrap_lone_lines(sheet)
    _fit_rows(sheet)
    if w.right_to_left:
        _read_right_to_left(sheet)


# Widest sheet (in Excel character units) that still prints at ≥ 9 pt on A4 landscape when fitted:
# LibreOffice fits about 104 units on the page at full size (11 pt), so 125 units print at 9.2 pt.
FIT_WIDTH, PAGE_WIDTH = 125, 104
DEFAULT_WIDTH = 8.43
LINE_HEIGHT = 15  # points per line of 11 pt text
DEFAULT_SIZE = 11


def _width(sheet, letter: str) -> float:
    dimension = sheet.column_dimensions.get(letter)
    return dimension.width if dimension is not None and dimension.width else DEFAULT_WIDTH


def _total_width(sheet) -> float:
    """The printed width: hidden columns (helpers) do not print."""
    return sum(_printed_width(sheet, c) for c in range(1, sheet.max_column + 1))


def _fit_labels(sheet) -> None:
    """Widen a column to its Arabic labels: a wrapped one to its longest word, one beside a filled cell whole.

    The widths were chosen for the English words; an Arabic label is often
    longer, and a label cut off by its neighbour or a word broken across lines
    is unreadable. Titles and notes (merged, or with nothing beside them)
    keep overflowing or wrapping as they do in English.
    """
    merged = {(area.min_row, area.min_col) for area in sheet.merged_cells.ranges}
    for row in sheet.iter_rows():
        for cell in row:
            text = cell.value
            if not isinstance(text, str) or cell.data_type == "f" or not ARABIC.search(text):
                continue
            if (cell.row, cell.column) in merged or cell.alignment.text_rotation:
                continue
            if cell.alignment.wrap_text:
                need = max(len(word) for word in text.split()) * LABEL_CHAR + LABEL_PAD
            elif sheet.cell(cell.row, cell.column + 1).value not in (None, ""):
                need = len(text) * LABEL_CHAR + LABEL_PAD
            else:
                continue
            letter = cell.column_letter
            sheet.column_dimensions[letter].width = max(_width(sheet, letter), min(need, LABEL_MAX))


# Width, in column units, an Arabic letter of a label takes, shaped (DejaVu Sans Bold measures 0.6–0.8 of a digit);
# the cell's own margin; the widest a label widens its column to.
LABEL_CHAR, LABEL_PAD, LABEL_MAX = 0.8, 1.0, 40


# An Arabic letter: the cell's text (or a string its formula writes) is Arabic.
ARABIC = re.compile("[\u0600-\u06ff]")
RIGHT_TO_LEFT = 2  # the cell's reading order (0 follows the context, 1 is left to right)
SHEET_REF = re.compile(r"'(?:[^']|'')*'!")  # a quoted sheet name in a formula: where it reads, not what it writes


def _read_right_to_left(sheet) -> None:
    """A cell reads right to left when its text, or a string its formula writes, holds an Arabic letter.

    A sheet drawn from the right does not make its cells' paragraphs right
    to left: LibreOffice lays a cell out left to right unless the cell says
    otherwise, so an Arabic sentence holding a Latin name or number comes out
    in the wrong order. A cell without an Arabic letter (an id, the model's
    own text in another language, or a formula copying either) keeps
    following its context, so an English sentence keeps its full stop at its
    end, but starts at the sheet's right edge like every other text. A cell aligned to one side is
    aligned to the other, as the sheet is mirrored.
    """
    for row in sheet.iter_rows():
        for cell in row:
            text = isinstance(cell.value, str)
            if not text and cell.alignment.horizontal not in MIRRORED:
                continue
            rtl = text and ARABIC.search(SHEET_REF.sub("", cell.value) if cell.data_type == "f" else cell.value) \
                is not None
            cell.alignment = _mirrored(cell.alignment, rtl)
            if rtl and cell.font.italic:  # Arabic has no italic: a note stays upright, set apart by its grey
                font = copy(cell.font)
                font.italic = False
                cell.font = font


MIRRORED = {"left": "right", "right": "left"}


def _mirrored(alignment, rtl: bool) -> Alignment:
    """``alignment`` in a mirrored sheet; text read left to right (``rtl`` false) still starts at the right."""
    horizontal = MIRRORED.get(alignment.horizontal, alignment.horizontal)
    if horizontal in (None, "general") and not rtl:
        horizontal = "right"
    return Alignment(horizontal=horizontal, vertical=alignment.vertical,
                     wrap_text=alignment.wrap_text, text_rotation=alignment.text_rotation,
                     shrink_to_fit=alignment.shrink_to_fit, indent=alignment.indent,
                     readingOrder=RIGHT_TO_LEFT if rtl else alignment.readingOrder)


def _wrap_lone_lines(sheet) -> None:
    """Wrap a sentence alone in its row across the sheet's columns.

    Text that overflows to the right widens what LibreOffice prints, and
    fit-to-width then shrinks the whole sheet; wrapped within the used
    columns, a title, a note or a live sentence never does.
    """
    last = _first_page_columns(sheet)
    merged = {(area.min_row, area.min_col) for area in sheet.merged_cells.ranges}
    width = sheet.max_column  # once: openpyxl counts every cell each time it is asked (minutes at 300 options)
    for row in range(1, sheet.max_row + 1):
        first = sheet.cell(row, 1)
        if not isinstance(first.value, str) or (row, 1) in merged or last < 2:
            continue
        if any(sheet.cell(row, column).value not in (None, "") for column in range(2, width + 1)):
            continue
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        first.alignment = Alignment(vertical="top", wrap_text=True)
        if first.value.startswith("="):  # a live sentence: room for two lines
            sheet.row_dimensions[row].height = max(sheet.row_dimensions[row].height or 0, 2 * LINE_HEIGHT)


def _first_page_columns(sheet) -> int:
    """How many columns a printed page holds across: all of a sheet fitted to the width, else as many as fit.

    A sentence wrapped across more columns than a page holds would run on
    over the next page across (the Methods sheet's block headings did).
    """
    if _total_width(sheet) <= FIT_WIDTH:
        return sheet.max_column
    used, column = 0.0, 0
    while column < sheet.max_column and used + _printed_width(sheet, column + 1) <= PAGE_WIDTH:
        column += 1
        used += _printed_width(sheet, column)
    return max(column, 1)


def _printed_width(sheet, column: int) -> float:
    letter = get_column_letter(column)
    return 0.0 if getattr(sheet.column_dimensions.get(letter), "hidden", False) else _width(sheet, letter)


def _fit_rows(sheet) -> None:
    """Give each row with wrapped text enough height for its longest cell (LibreOffice does not autofit)."""
    spans = {}
    for area in sheet.merged_cells.ranges:
        spans[(area.min_row, area.min_col)] = sum(_width(sheet, get_column_letter(c))
                                                  for c in range(area.min_col, area.max_col + 1))
    for row in sheet.iter_rows():
        needed = 0.0
        for cell in row:
            if not (isinstance(cell.value, str) and cell.alignment.wrap_text) or cell.value.startswith("="):
                continue
            if cell.alignment.text_rotation:
                continue
            scale = max(1.0, (cell.font.sz or DEFAULT_SIZE) / DEFAULT_SIZE)  # a title's letters and lines are larger
            width = spans.get((cell.row, cell.column), _width(sheet, cell.column_letter))
            chars = max(1.0, width * 0.85 / scale)  # proportional text: fewer characters than the width in units
            lines = sum(math.ceil(max(1, len(part)) / chars) for part in cell.value.split("\n"))
            if lines > 1:
                needed = max(needed, LINE_HEIGHT * scale * lines)
        if needed:
            height = sheet.row_dimensions[row[0].row].height or 0
            sheet.row_dimensions[row[0].row].height = max(height, needed)
