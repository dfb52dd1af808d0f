"""The Excel workbook: one entry point over the sheet writers.

Sheets: Summary (question, answer, live ranking, native chart,
methodology), Risk matrix (inputs and band legend; Decision matrix when
no factor is a risk), Heat map (live 5 × 5
grids), Weights (live hierarchy), Methods (all five methods as formulas),
Profiles, Robustness (the only snapshot, dated in its title) and Evidence.
Where the sheets reference each other is decided once by
:mod:`core.reports.xl_layout`.  The file is written atomically.
"""

from __future__ import annotations

import io
import os

from openpyxl import Workbook

from core.reports.data import ReportData
from core.reports.xl_heat import write_heat_map
from core.reports.xl_layout import layout_of
from core.reports.xl_matrix import write_risk_matrix, write_weights
from core.reports.xl_methods import write_methods
from core.reports.xl_robustness import write_robustness
from core.reports.xl_style import printable
from core.reports.xl_tables import write_evidence, write_profiles, write_summary
from core.storage.atomic import write_bytes


def workbook_bytes(data: ReportData) -> bytes:
    """The workbook as xlsx bytes."""
    book = Workbook()
    lay = layout_of(data.model)
    weight_cells = write_weights(book, data)
    write_risk_matrix(book, data, lay, weight_cells)
    write_summary(book, data, lay)
    write_heat_map(book, data, lay)
    book.move_sheet("Weights", offset=len(book.sheetnames))
    write_methods(book, data, lay)
    write_profiles(book, data, lay, weight_cells)
    write_robustness(book, data)
    write_evidence(book, data, lay)
    for sheet in book.worksheets:
        printable(sheet)
    book.active = 0
    book.properties.title = data.model.title or "Decision workbook"
    book.properties.creator = "Mizan"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(path: str | os.PathLike, data: ReportData) -> None:
    """Write the workbook for ``data`` to ``path`` atomically."""
    write_bytes(path, workbook_bytes(data))
