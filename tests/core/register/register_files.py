"""Risk registers laid out as analysts keep them (not as Mizan writes them), written as real files."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

TITLE = "Ministry of Planning — strategic risk register, 2026"
# A group row over the levels, the header row, then the risks; columns in the analyst's order.
GROUPS = ["", "", "", "", "Inherent", "", "Residual", "", "", "", "", "", ""]
HEADER = ["Ref", "Risk description", "Risk category", "Scenario", "Probability", "Consequence", "L", "I",
          "Risk Owner", "Mitigation", "Due date", "Status", "Comments"]
ROWS = [
    ["RR-01", "Aid halt leads to a budget gap", "E1", "Sudden unilateral withdrawal", 5, 4, 3, 3,
     "Ministry of Finance", "Negotiate a reform package", datetime.datetime(2027, 6, 30), "Open", "see annex"],
    ["RR-02", "Factions escalate after the announcement", "Escalation cycle between armed factions and US forces",
     "O2", "Likely", 5, 2, 4, "National Security Council", "", "2027-03-31", "monitoring", ""],
    ["RR-03", "Unknown category", "Z9", "O1", 3, 3, 1, 1, "", "", "", "", ""],
]


def write_xlsx(path: Path, rows=ROWS, header=HEADER, groups=GROUPS, title=TITLE) -> Path:
    """The register as an analyst's workbook: a merged title row, a blank row, a group row, the header, rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Risks"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append([])
    sheet.append(groups)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows, delimiter: str = ";", title: str = TITLE) -> Path:
    """The register as a CSV file with a title line above the header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([title])
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return path
