"""The Excel risk workbook: one entry point over the sheet writers.

Sheets: Summary (ranking, native chart, methodology), Risk matrix (live
formulas), Heat map (5 × 5 grids), Weights (live hierarchy), Methods,
Profiles, Robustness and Evidence. The file is written atomically.
"""

from __future__ import annotations

import io
import os

from openpyxl import Workbook

from core.reports.data import ReportData
from core.reports.xl_matrix import write_heat_map, write_risk_matrix, write_weights
from core.reports.xl_robustness import write_robustness
from core.reports.xl_style import printable
from core.reports.xl_tables import write_evidence, write_methods, write_profiles, write_summary
from core.storage.atomic import write_bytes


def workbook_bytes(data: ReportData) -> bytes:
    """The workbook as xlsx bytes."""
    book = Workbook()
    weight_cells = write_weights(book, data)
    index_cells = write_risk_matrix(book, data, weight_cells)
    write_summary(book, data, index_cells)
    write_heat_map(book, data)
    book.move_sheet("Weights", offset=len(book.sheetnames))
    write_methods(book, data)
    write_profiles(book, data)
    write_robustness(book, data)
    write_evidence(book, data)
    for sheet in book.worksheets:
        printable(sheet)
    book.active = 0
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(path: str | os.PathLike, data: ReportData) -> None:
    """Write the workbook for ``data`` to ``path`` atomically."""
    write_bytes(path, workbook_bytes(data))
