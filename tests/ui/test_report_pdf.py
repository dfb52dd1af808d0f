"""The PDF report: pages, running headers, page numbers, paper size, rendering."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from core.catalogue import catalogue
from core.model import RISK_MAX
from core.reports.data import build_report

ISOLATES = dict.fromkeys(range(0x2066, 0x206A))


def test_pdf_has_pages_headers_and_page_numbers(tmp_path, paper_model, qapp):
    from ui.reports.pdf import pdf_bytes

    data = build_report(paper_model, paper_model.profiles[0])
    pdf = pdf_bytes(data, "letter")
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed: page text not checked")
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3
    assert all(f"Page {i} of {len(pages)}" in page for i, page in enumerate(pages, start=1))
    assert all("Withdrawal of coalition forces from Iraq" in page for page in pages)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info


def test_pdf_renders_to_images_with_pdftoppm(tmp_path, paper_model, qapp):
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed: rendering not checked")
    from ui.reports.pdf import write_pdf

    write_pdf(tmp_path / "r.pdf", build_report(paper_model, paper_model.profiles[1]), "a4")
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "2", str(tmp_path / "r.pdf"),
                    str(tmp_path / "page")], check=True, timeout=120)
    assert sorted(p.name for p in tmp_path.glob("page-*.png")) == ["page-01.png", "page-02.png"] or \
        sorted(p.name for p in tmp_path.glob("page-*.png")) == ["page-1.png", "page-2.png"]


@pytest.mark.parametrize("width, body, language", [(700, 600.0, "en"), (700, 900.0, "en"), (700, 1000.0, "en"),
                                                   (679, 960.0, "en"), (679, 960.0, "ar")])
def test_no_heading_is_left_at_the_foot_of_a_page(paper_model, qapp, width, body, language):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor

    from ui.reports.pdf import KEEP_LINES, _document, paginate

    document = _document(build_report(paper_model, paper_model.profiles[0], samples=500), language)
    document.setPageSize(QSizeF(width, body))  # (679, 960): an A4 page's body
    grid_title = catalogue(language)["document.grid_title"].split(": ", 1)[1].translate(ISOLATES)
    paginate(document, body)
    layout, block, headings, grids = document.documentLayout(), document.begin(), 0, 0
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            headings += 1
            rect = layout.blockBoundingRect(block)
            line = rect.height() / max(1, block.lineCount())
            assert body - rect.bottom() % body >= KEEP_LINES * line, block.text()
            if grid_title in block.text().translate(ISOLATES):  # a grid: heading and the whole table (6 rows) on one page
                grid = QTextCursor(block.next()).currentTable()
                table = layout.frameBoundingRect(grid)
                assert grid.rows() == RISK_MAX + 1, block.text()
                assert int(rect.top() // body) == int((table.bottom() - 1) // body), block.text()
                grids += 1
        block = block.next()
    assert headings > 20 and grids == len(paper_model.options)


def _tables(document):
    from PySide6.QtGui import QTextTable

    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _rows(table):
    return [tuple(table.cellAt(r, c).firstCursorPosition().block().text() for c in range(table.columns()))
            for r in range(table.rows())]


def _csv_model(tmp_path):
    from core.loader import load_model

    path = tmp_path / "plans.csv"
    path.write_text("option,Cost,Quality,Risk\nweight,0.5,0.3,0.2\ndirection,cost,benefit,cost\n"
                    "preference,usual,linear:1:3,vshape:2\nPlan A,200,7,3\nPlan B,150,5,4\nPlan C,180,9,2\n")
    return load_model(path)


@pytest.mark.parametrize("body", [420.0, 600.0, 900.0, 960.0, 1000.0])
@pytest.mark.parametrize("which", ["paper", "csv"])
def test_no_table_row_is_cut_by_a_page_break(paper_model, qapp, tmp_path, body, which):
    """Every table lies on one page: no row cut, no empty stub; split tables repeat their header rows."""
    from PySide6.QtCore import QSizeF

    from ui.reports.pdf import _document, _row_span, paginate

    model = paper_model if which == "paper" else _csv_model(tmp_path)
    document = _document(build_report(model, model.profiles[0], samples=500))
    document.setPageSize(QSizeF(700, body))
    before = [(t.format().headerRowCount(), _rows(t)) for t in _tables(document)]
    paginate(document, body)
    after = [(t.format().headerRowCount(), _rows(t)) for t in _tables(document)]
    layout = document.documentLayout()
    for table in _tables(document):
        top, bottom = _row_span(document, table, 0)[0], _row_span(document, table, table.rows() - 1)[1]
        assert int(top // body) == int((bottom - 1) // body), _rows(table)[-1]
        assert int(layout.frameBoundingRect(table).bottom() - 1) // int(body) == int(top // body)
    # The same body rows in the same order, each continuation headed by its table's header rows.
    assert [row for head, rows in before for row in rows[head:]] == [row for head, rows in after for row in rows[head:]]
    headers = {rows[:head][0] for head, rows in before if head}
    assert all(rows[:head][0] in headers for head, rows in after if head)
    # No page is left blank by a break.
    used = set()
    block = document.begin()
    while block.isValid():
        if block.text().strip():  # an image is a line too (U+FFFC)
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            used |= {int((top + lines.lineAt(i).y()) // body) for i in range(lines.lineCount())}
        block = block.next()
    assert used == set(range(document.pageCount()))


@pytest.mark.parametrize("name", ["paper", "100 options"])
def test_pages_break_where_they_broke_before_the_faster_pagination(qapp, name):
    """Every page starts with the text it started with when the record was made (see tests/ui/pdf_breaks.py)."""
    import json

    from tests.ui.pdf_breaks import RECORD, page_starts, report

    recorded = json.loads(RECORD.read_text(encoding="utf-8"))[name]
    assert page_starts(report(name)) == recorded
