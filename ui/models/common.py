"""What every table model of the window shares: the index type, number alignment, safe tooltips, level names."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from core.model import DecisionModel
from ui.bidi import right_to_left
from ui.i18n import shown

Index = QModelIndex | QPersistentModelIndex
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


# The three characters that make plain text markup in Qt's rich text (a tooltip has no attribute to quote).
# Not html.escape: importing html loads its 2,000-entry entity table, and the criteria tree's tooltips are
# made before the window's first paint.
_ESCAPED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def rich_tooltip(lines: list[str]) -> str:
    """User text as a tooltip that Qt can never read as HTML (each line escaped), in the interface's direction.

    A rich-text block takes its direction from its first letter, and a tooltip
    opens with an id ("E1 …"): without ``dir`` it would read left to right.
    """
    body = "<br>".join(line.translate(_ESCAPED) for line in lines if line)
    return f'<qt><div dir="rtl">{body}</div></qt>' if right_to_left() else f"<qt>{body}</qt>"


def level_labels(model: DecisionModel, axis: str) -> list[str]:
    """The five levels of ``axis`` ("likelihood" or "impact") as shown to the analyst, 1 first: "3 — Possible".

    The words are the model's descriptor scales, so an analyst who renames a
    level sees the new name in every picker and tooltip.
    """
    levels = getattr(model.register.scales, axis)
    return [f"{shown(str(n))} — {level.label}" for n, level in enumerate(levels, start=1)]
