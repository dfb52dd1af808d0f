"""The order a line of text is shown in, left to right, as Qt's own text layout places it.

Only the order of the glyphs is read, never their sizes: whatever the font,
Qt puts each character's glyph left or right of its neighbours by the
bidirectional algorithm, and that order is what a reader sees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from ui.bidi import FSI, LRI, LRM, PDI, RLI, RLM

AUTO = Qt.LayoutDirection.LayoutDirectionAuto
MARKS = str.maketrans("", "", LRI + RLI + FSI + PDI + LRM + RLM)


def unmarked(text: str) -> str:
    """``text`` without the bidi marks of :mod:`ui.bidi`: the characters a reader sees."""
    return text.translate(MARKS)


def visual(text: str, direction: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft) -> str:
    """``text`` as shown on one line of a paragraph in ``direction`` (AUTO: from its first letter), marks dropped."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(1e6)
    layout.endLayout()
    placed = []
    for position, character in enumerate(text):
        for run in layout.glyphRuns(position, 1):
            if run.positions():
                # Characters sharing one glyph (a ligature) keep their order within their run's direction.
                step = -position if run.isRightToLeft() else position
                placed.append((run.positions()[0].x(), step, character))
                break
    return unmarked("".join(character for _, _, character in sorted(placed)))


def mirrored(text: str) -> str:
    """What a right-to-left run of ``text`` looks like: its characters in reverse."""
    return text[::-1]
