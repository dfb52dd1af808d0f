"""The PDF report: pages, running headers, page numbers, paper size, rendering."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from core.reports.data import build_report


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


@pytest.mark.parametrize("body", [600.0, 900.0, 1000.0])
def test_no_heading_is_left_at_the_foot_of_a_page(paper_model, qapp, body):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor

    from ui.reports.pdf import KEEP_LINES, _document, keep_headings_with_content

    document = _document(build_report(paper_model, paper_model.profiles[0], samples=500))
    document.setPageSize(QSizeF(700, body))
    keep_headings_with_content(document, body)
    layout, block, headings, grids = document.documentLayout(), document.begin(), 0, 0
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            headings += 1
            rect = layout.blockBoundingRect(block)
            line = rect.height() / max(1, block.lineCount())
            assert body - rect.bottom() % body >= KEEP_LINES * line, block.text()
            if "likelihood (rows)" in block.text():  # a grid: heading and table on one page
                table = layout.frameBoundingRect(QTextCursor(block.next()).currentTable())
                assert int(rect.top() // body) == int((table.bottom() - 1) // body), block.text()
                grids += 1
        block = block.next()
    assert headings > 20 and grids == len(paper_model.options)
