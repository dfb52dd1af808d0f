"""What every table model of the window shares: the index type, number alignment, safe tooltips."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def rich_tooltip(lines: list[str]) -> str:
    """User text as a tooltip that Qt can never read as HTML (each line escaped)."""
    return "<qt>" + "<br>".join(html.escape(line) for line in lines if line) + "</qt>"
