"""Shared look of the exported workbook: fonts, fills, headers, page set-up."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from core.reports.cells import put_text

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
NOTE = Font(italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
THIN = Side(style="thin", color="9AA5B1")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)


def fill(color: str) -> PatternFill:
    """A solid fill of ``#RRGGBB`` (fg and bg, so conditional formats show it too)."""
    rgb = color.lstrip("#").upper()
    return PatternFill("solid", fgColor=rgb, bgColor=rgb)


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


def printable(sheet) -> None:
    """Landscape, one page wide, as many pages tall as needed, titles repeated."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = "&A — page &P of &N"
