"""The workbook prints within its pages: a wrapped sentence never runs on across pages, a listed name never
runs into its neighbour's cell (in both languages; the Arabic words are longer)."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from core.reports.data import build_report
from core.reports.excel import workbook_bytes
from core.reports.xl_style import ARABIC, FIT_WIDTH, LINE_HEIGHT, PAGE_WIDTH, SHEET_REF, _printed_width, _total_width
from core.reports.xl_words import Words

from tests.core.reports.test_register_report import DATE, with_register


@pytest.fixture(scope="module", params=["ar", "en"])
def book(request):
    from core.builtin import builtin_model

    model = with_register(builtin_model())
    data = build_report(model, model.profiles[0], date=DATE, samples=0)
    return request.param, load_workbook(io.BytesIO(workbook_bytes(data, language=request.param)))


def test_no_wrapped_sentence_is_wider_than_a_printed_page(book):
    _, workbook = book
    checked = 0
    for sheet in workbook.worksheets:
        fitted = sheet.sheet_properties.pageSetUpPr.fitToPage
        if fitted and sheet.page_setup.fitToWidth == 1:
            assert _total_width(sheet) <= FIT_WIDTH, sheet.title
            continue  # every column prints on one page
        # Fitted to N pages across (the register: 2), a page holds an Nth of the sheet; else a page at full size.
        page = _total_width(sheet) / sheet.page_setup.fitToWidth if fitted else PAGE_WIDTH
        for area in sheet.merged_cells.ranges:
            if area.min_col == 1 and area.min_row == area.max_row:
                width = sum(_printed_width(sheet, c) for c in range(1, area.max_col + 1))
                assert width <= page, (sheet.title, str(area), width, page)
                checked += 1
    assert checked, "the wide sheets (Methods) have sentences of their own rows"


def test_the_dashboards_listed_names_wrap_in_their_columns(book):
    language, workbook = book
    sheet = workbook[Words(language).sheet("dashboard")]
    # The listings' text cells: a register column read by INDEX, made a text by &"".
    names = [cell for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str) and "INDEX(" in cell.value and cell.value.endswith('&"")')]
    assert len(names) >= 2 * 10 * 4, "both listings: option, status, owner and name of ten risks"
    for cell in names:
        assert cell.alignment.wrap_text, cell.coordinate
        assert sheet.row_dimensions[cell.row].height >= 2 * LINE_HEIGHT, cell.coordinate


def test_arabic_notes_are_upright_as_arabic_has_no_italic(book):
    language, workbook = book
    italic = [(sheet.title, cell.coordinate) for sheet in workbook.worksheets for row in sheet.iter_rows()
              for cell in row if isinstance(cell.value, str) and cell.value and cell.font.italic]
    if language == "ar":
        arabic = [(sheet, where) for sheet, where in italic if ARABIC.search(SHEET_REF.sub("", workbook[sheet][where].value))]
        assert not arabic, arabic[:5]
    else:
        assert italic, "the English notes stay in italic"
