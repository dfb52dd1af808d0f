"""The workbook, recalculated by LibreOffice, says and ranks what Mizan says and ranks for the same cells.

Two cases a trial found: on the residual basis the Summary's "what is fixed"
sentence must compare the impacts that are ranked (the residual ones), not
the inherent ones; and a choice cell typed with stray spaces ("yes ",
"in place ", "closed ") must count in the workbook as import-scores reads it
back, so that the recalculated ranking, counts and overdue reviews equal
Mizan's for the imported model.
"""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from core.analysis import evaluate
from core.register.dates import is_overdue
from core.register.residual import residual_model
from core.reports.caveats import caveats
from core.reports.data import build_report
from core.reports.excel import write_workbook
from core.reports.score_import import preview_import
from tests.libreoffice import convert_many, needs_libreoffice

DAY = dt.date(2026, 12, 1)
FIXED, VARIES = "What is fixed: under each factor the impact", "What varies: impacts differ"


def _sentence(book) -> str:
    texts = [c.value for row in book["Summary"].iter_rows() for c in row if isinstance(c.value, str)]
    return next(t for t in texts if t.startswith((FIXED, VARIES)))


def _ranking(book) -> list[tuple[str, float]]:
    rows = book["Summary"].iter_rows(values_only=True)
    return [(r[1], round(r[3], 9)) for r in rows if isinstance(r[0], int) and isinstance(r[3], float)]


def _mizan_ranking(model) -> list[tuple[str, float]]:
    rows = evaluate(residual_model(model), model.profiles[0], "wsm").ranking()
    return [(r["option"], round(r["score"], 9)) for r in rows]


def _spaced_edits(path, entry_row: int) -> None:
    book = load_workbook(path)
    controls = book["Controls"]
    controls["B5"] = "yes "  # Include planned controls, pasted with a trailing space
    controls["E11"] = "in place "  # C4
    book["Risk register"].cell(entry_row, 22, "closed ")  # the status of the overdue review
    book.save(path)


@needs_libreoffice
def test_the_workbook_reads_and_says_what_mizan_does(tmp_path, paper_model):
    planned = paper_model.replace(register=paper_model.register.replace(include_planned=True))
    said, spaced = tmp_path / "said.xlsx", tmp_path / "spaced.xlsx"
    data = build_report(planned, planned.profiles[0], date=DAY, samples=0, basis="residual")
    write_workbook(said, data, "residual")
    write_workbook(spaced, build_report(paper_model, paper_model.profiles[0], date=DAY, samples=0,
                                        basis="residual"), "residual")
    overdue = [k for k, e in paper_model.register.entries.items() if is_overdue(e, DAY)]
    assert overdue == [("O2", "R5")]  # the built-in's one overdue review, closed below
    register = load_workbook(spaced)["Risk register"]
    entry_row = next(r for r in range(5, register.max_row + 1) if register.cell(r, 1).value == "O2·R5")
    _spaced_edits(spaced, entry_row)
    imported = preview_import(paper_model, spaced).model
    assert imported.register.include_planned and imported.register.control("C4").status == "in place"
    assert imported.register.entry("O2", "R5").status == "closed"

    said_book, spaced_book = (load_workbook(p, data_only=True)
                              for p in convert_many([said, spaced], "xlsx", tmp_path / "lo"))
    # C4 lowers E1's and E2's impact on every option but O3: residual impacts differ, and the PDF says nothing fixed.
    assert not any(line.startswith("What is fixed") for line in caveats(data))
    assert _sentence(said_book).startswith(VARIES)
    assert _ranking(spaced_book) == _mizan_ranking(imported)
    dashboard = [row for row in spaced_book["Dashboard"].iter_rows(values_only=True) if row[0] == "Overdue reviews"]
    assert dashboard[0][1] == 0
