"""Safe cell writing for exported workbooks.

User text (option names, rationales, notes) must never become a formula in
the decision maker's copy of Excel, and must never crash the export: text that
starts like a formula is stored as a string, characters XML cannot hold are
replaced visibly, and text over Excel's cell limit is cut with a marker.
"""

from __future__ import annotations

import re

EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARK = " …[truncated]"
REPLACEMENT = "\ufffd"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text: str) -> str:
    """``text`` with control characters replaced and the length capped for a cell."""
    text = _ILLEGAL.sub(REPLACEMENT, text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def put_text(cell, text: str) -> None:
    """Store user ``text`` in ``cell`` as a plain string, whatever it starts with."""
    cell.value = clean_text(text)
    cell.data_type = "s"
