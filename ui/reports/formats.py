"""Which writer a report file gets, chosen by its extension: shared by the window and the command line.

Every writer is safe on a worker thread: openpyxl and matplotlib's Agg
backend hold no GUI state, and the PDF is laid out with ``QTextDocument``
and ``QPdfWriter``, which Qt allows off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from core.errors import Message, ModelError

FORMATS = (".xlsx", ".pdf", ".html", ".csv")
# A PDF or HTML report draws charts and tables with a row per option: above this
# many options it takes minutes; the workbook and the CSV hold any model quickly.
REPORT_MAX_OPTIONS = 100


def check_report_size(out: Path, options: int) -> None:
    """ModelError with the reason when a report in ``out``'s format would be too large to draw."""
    if out.suffix.lower() in (".pdf", ".html") and options > REPORT_MAX_OPTIONS:
        raise ModelError(Message("checks.report.too_many_options", file=str(out), most=REPORT_MAX_OPTIONS,
                                 options=options))


def write_report(out: Path, data, page: str = "a4", language: str = "en") -> list[Path]:
    """Write ``data`` in the format ``out``'s extension names, its own words in ``language``; the files written."""
    check_report_size(out, len(data.model.options))
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from core.reports.excel import write_workbook

        write_workbook(out, data, language=language)
    elif suffix == ".html":
        from core.reports.html import report_html
        from core.storage.atomic import write_bytes

        write_bytes(out, report_html(data, language=language).encode("utf-8"))
    elif suffix == ".pdf":
        from ui.reports.pdf import write_pdf

        write_pdf(out, data, page, language)
    else:
        from core.reports.csv_export import write_csv

        return write_csv(out, data)
    return [out]
