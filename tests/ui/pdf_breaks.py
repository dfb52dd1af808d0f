"""Where the PDF report's pages start, for the paper's model and a 100-option model: the record and its maker.

``python -m tests.ui.pdf_breaks`` lays both reports out on an A4 page body
with :func:`ui.reports.pdf.paginate` and writes, per report, the list of
(page, first text on the page) to ``data/pdf_breaks.json``. The file in the
repository was written so by the pagination as it was before the one-pass
rewrite (commit 2b3dcb6), so a faster paginate can be held to the same breaks.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from core.builtin import builtin_model
from core.model import DecisionModel, Option, Score
from core.register import Control, Effect, Register, RiskEntry
from core.reports.data import ReportData, build_report

RECORD = Path(__file__).with_name("data") / "pdf_breaks.json"
WIDTH, BODY = 679, 960.0  # an A4 page's body
DATE = dt.date(2026, 12, 1)


def hundred_options() -> DecisionModel:
    """The paper's 17 factors with 100 options of random scores, 300 register entries and 5 controls."""
    rng = random.Random(3)
    paper = builtin_model()
    options = tuple(Option(f"O{i + 1}", f"Option {i + 1}") for i in range(100))
    scores = {(o.id, f.id): Score(rng.randint(1, 5), rng.randint(1, 5)) for o in options for f in paper.factors}
    model = paper.replace(options=options, scores=scores, register=Register())
    cells = list(model.scores)
    return model.replace(register=Register(
        entries={cell: RiskEntry(owner="Owner", review="2027-01-01") for cell in rng.sample(cells, 300)},
        controls=tuple(Control(f"C{k + 1}", f"Control {k + 1}", effects=tuple(
            Effect(*cell, rng.randint(0, 2), rng.randint(0, 2)) for cell in rng.sample(cells, 40)))
            for k in range(5))))


NAMES = ("paper", "100 options")


def report(name: str) -> ReportData:
    """One recorded report: "paper" (the paper's model as shipped, with its register) or "100 options"."""
    model = builtin_model() if name == "paper" else hundred_options()
    return build_report(model, model.profiles[0], date=DATE, samples=500)


def page_starts(data: ReportData) -> list[list]:
    """[page, first text on it] for every page of ``data``'s paginated report."""
    from PySide6.QtCore import QSizeF

    from ui.reports.pdf import _document, paginate

    document = _document(data)
    document.setPageSize(QSizeF(WIDTH, BODY))
    paginate(document, BODY)
    layout, block, starts = document.documentLayout(), document.begin(), {}
    while block.isValid():
        if block.text().strip():
            page = int(layout.blockBoundingRect(block).top() // BODY)
            starts.setdefault(page, block.text()[:60])
        block = block.next()
    assert len(starts) == document.pageCount()
    return [[page, text] for page, text in sorted(starts.items())]


def main() -> None:
    """Write the record (run only to re-record on purpose: the test holds paginate to it)."""
    from ui.reports.pdf import ensure_app

    ensure_app()
    record = {name: page_starts(report(name)) for name in NAMES}
    RECORD.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
