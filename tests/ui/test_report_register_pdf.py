"""The register in a real PDF, read back with pdftotext: rows in order, controls, scales, the rule; no empty headings."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from core.builtin import builtin_model
from core.register import Register, Scales
from core.register.residual import RULE
from core.catalogue import catalogue
from core.reports.data import build_report
from tests.core.reports.test_register_report import DATE, O1_PLANNED_OFF, with_register

WORDS = catalogue("en")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed: the PDF's text is not read")



@pytest.fixture
def paper_model():
    """The paper's model without the register it ships with: these tests bring registers of their own."""
    return builtin_model().replace(register=Register())

def _pdf_lines(tmp_path, model) -> list[str]:
    from ui.reports.pdf import write_pdf

    path = tmp_path / "report.pdf"
    write_pdf(path, build_report(model, model.profile("Equal weights"), date=DATE, samples=0))
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", raw).splitlines()  # pdftotext keeps the font's "fi" ligatures


def _section(lines: list[str], heading: str, following: str) -> list[str]:
    """The lines of a section, found by its heading line after the contents (which name it first)."""
    start = [i for i, line in enumerate(lines) if line == heading][1]
    end = next(i for i in range(start + 1, len(lines)) if lines[i] == following)
    return lines[start + 1:end]


def _flat(lines: list[str]) -> str:
    return " ".join(lines)


@needs_poppler
def test_the_pdf_lists_the_register_rows_in_order_the_controls_the_scales_and_the_rule(tmp_path, paper_model,
                                                                                        qapp):
    lines = _pdf_lines(tmp_path, with_register(paper_model))
    register = _section(lines, WORDS["register.register"], WORDS["register.controls"])
    o1 = register[register.index("O1 — Sudden unilateral withdrawal"):register.index("O2 — Negotiated short withdrawal")]
    starts = {f"{f.id} {f.name.split()[0]}": f.id for f in paper_model.factors}
    order = [starts[m.group(0)] for line in o1 if (m := re.match(r"^[EPSR]\d \S+", line)) and m.group(0) in starts]
    assert order == O1_PLANNED_OFF
    assert "2026-11-01 overdue" in _flat(o1) and "treat: Expand the CTS" in _flat(o1)
    for option in paper_model.options:
        assert any(line.startswith(f"{option.id} — {option.name}") for line in register)
    assert RULE in _flat(register)
    controls = _flat(_section(lines, WORDS["register.controls"], WORDS["register.benefits"]))
    assert "C1 Counter-Terrorism Service" in controls and "Government of Iraq" in controls
    assert "R4 (−2 L): O1" in controls and "§ Recommendations" in controls
    benefits = _flat(_section(lines, WORDS["register.benefits"], "Weights"))
    assert f"O1 Sudden unilateral withdrawal {242 / 17:.2f} {228 / 17:.2f} {14 / 17:.2f}" in benefits
    scales = _flat(_section(lines, WORDS["register.scales"], "Methodology"))
    for level in Scales().likelihood + Scales().impact:
        assert level.label in scales and level.description in scales
    assert "Band colouring check:" in _flat(lines)


@needs_poppler
def test_an_empty_register_says_so_in_the_pdf(tmp_path, paper_model, qapp):
    lines = _pdf_lines(tmp_path, paper_model)
    assert _flat(_section(lines, WORDS["register.register"], "Weights")) == WORDS["register.register_empty"]
    assert WORDS["register.controls"] not in lines and WORDS["register.benefits"] not in lines


@pytest.mark.parametrize("filled", [False, True])
def test_no_heading_is_followed_by_another_heading_or_nothing(paper_model, qapp, filled):
    """Every heading of the laid-out report has text or a table under it before the next heading."""
    from ui.reports.pdf import _document

    model = with_register(paper_model) if filled else paper_model
    document = _document(build_report(model, model.profiles[0], date=DATE, samples=0))
    block, previous, headings = document.begin(), None, 0
    while block.isValid():
        if block.text().strip():
            level = block.blockFormat().headingLevel()
            if level and previous is not None:
                assert not (previous[0] and level <= previous[0]), (previous[1], block.text())
            previous = (level, block.text())
            headings += bool(level)
        block = block.next()
    assert previous is not None and not previous[0] and headings > 20


def test_the_scales_and_each_options_risks_stay_whole_with_their_heading_on_an_a4_page(paper_model, qapp):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor

    from ui.reports.pdf import _document, paginate

    width, body = 679, 960.0  # an A4 page's body
    document = _document(build_report(with_register(paper_model), paper_model.profiles[0], date=DATE, samples=500))
    document.setPageSize(QSizeF(width, body))
    paginate(document, body)
    layout, block, kept = document.documentLayout(), document.begin(), []
    options = {f"{o.id} — {o.name}" for o in paper_model.options}
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text() in options | {WORDS["register.scales"]}:
            table = QTextCursor(block.next()).currentTable()
            rows = len(Scales().likelihood) if block.text() == WORDS["register.scales"] else len(paper_model.factors)
            assert table is not None and table.rows() == rows + 1, block.text()  # header row, no split
            top = layout.blockBoundingRect(block).top()
            assert int(top // body) == int((layout.frameBoundingRect(table).bottom() - 1) // body), block.text()
            kept.append(block.text())
        block = block.next()
    assert len(kept) == len(paper_model.options) + 1
