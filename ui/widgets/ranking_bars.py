"""The ranking chart of the window, painted natively so that it follows a weight slider.

The bars, labels and score range come from :func:`core.charts.ranking_layout`,
the same layout the reports draw through matplotlib; only the painting is
Qt's. Redrawing a figure cost tens of milliseconds per slider step; painting
a dozen rectangles and labels costs well under one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.charts.base import BEST_COLOR, OTHER_COLOR
from ui import bidi
from ui.i18n import shown

if TYPE_CHECKING:  # core.charts.risk is loaded by the layout's maker, after the first paint
    from core.charts.risk import RankingLayout

Source = Callable[[], "tuple[RankingLayout | None, str]"]
MARGIN = 6
ROW_LINES = 1.8  # a bar's row: its label's line and the bar below it
TICKS = 5


def nice_ticks(low: float, high: float, count: int = TICKS) -> list[float]:
    """About ``count`` round tick values (1, 2 or 5 × 10ⁿ apart) from ``low`` to ``high``."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return []
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9)
    return [k * step for k in range(first, int(math.floor(high / step + 1e-9)) + 1)]


class RankingBars(QWidget):
    """Horizontal bars, rank 1 on top and highlighted, each label above its bar, a score axis below.

    ``source()`` returns the layout (None: nothing to rank) and the axis title.
    Like :class:`~ui.widgets.chart_view.ChartView` it draws only once enabled.
    Right to left the chart is mirrored, as an Arabic reader expects: bars grow
    leftwards from an axis whose zero is on the right, labels start at the right
    edge; numbers are written in the digits of the preference.
    """

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._enabled = False
        self.layout_shown: RankingLayout | None = None
        self.axis_title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def enable(self) -> None:
        """Draw from now on (after the window's first paint)."""
        self._enabled = True
        self.refresh()

    def refresh(self, now: bool = False) -> None:
        """Take the current layout and schedule a paint (``now``: paint at once)."""
        if not self._enabled:
            return
        self.layout_shown, self.axis_title = self._source()
        if now:
            self.repaint()
        else:
            self.update()

    def labels(self) -> list[str]:
        """The bar labels as shown, rank 1 first."""
        return [bar.label for bar in self.layout_shown.bars] if self.layout_shown else []

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        # fillRect(rect, background()) as Qt defines eraseRect; fillRect's own overloads would make QGradient
        # and its 169 presets before the first paint (13 M instructions).
        painter.setBackground(self.palette().base())
        painter.eraseRect(self.rect())
        if self.layout_shown is not None and self.layout_shown.bars:
            font = painter.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
            painter.setFont(font)
            self._paint(painter, self.layout_shown)
        painter.end()

    def _paint(self, painter: QPainter, layout: RankingLayout) -> None:
        line = painter.fontMetrics().height()
        plot = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN - 2.4 * line)
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        scale = (-1 if mirrored else 1) * plot.width() / (layout.high - layout.low)
        origin = plot.right() if mirrored else plot.left()

        def x(value: float) -> float:
            return origin + (value - layout.low) * scale

        # A bar needs its label's line and a little more: when all do not fit, the best ones are shown.
        bars = layout.bars[:max(1, int(plot.height() // (ROW_LINES * line)))]
        row = plot.height() / len(bars)
        bar_height = max(2.0, min(row - line - 2, 0.5 * row))
        ink = self.palette().text().color()
        for number, bar in enumerate(bars):
            top = plot.top() + number * row
            painter.setPen(ink)
            painter.drawText(QRectF(plot.left(), top, plot.width(), line), self._edge(mirrored), bidi.line(bar.label))
            start, end = sorted((x(0.0 if layout.low <= 0 else layout.low), x(bar.value)))
            bar_top = top + line + 1
            painter.fillRect(QRectF(start, bar_top, max(1.0, end - start), bar_height),
                             QColor(BEST_COLOR if bar.best else OTHER_COLOR))
            text_x = x(max(bar.value, 0.0) + layout.span * 0.01)
            value = bidi.formula(shown(bar.text))
            if mirrored:  # the value ends where its bar ends, on the bar's left
                text_x -= painter.fontMetrics().horizontalAdvance(value)
            painter.drawText(QPointF(text_x, bar_top + bar_height / 2 + painter.fontMetrics().ascent() / 2 - 1), value)
        title = self.axis_title
        if len(bars) < len(layout.bars):
            title = self.tr("{0} — the best {1} of {2}").format(title, shown(str(len(bars))),
                                                                 shown(str(len(layout.bars))))
        self._paint_axis(painter, plot, x, layout, ink, title)

    @staticmethod
    def _edge(mirrored: bool) -> Qt.AlignmentFlag:
        """Where a label starts: the right edge when the chart is mirrored."""
        side = Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop

    def _paint_axis(self, painter: QPainter, plot: QRectF, x, layout: RankingLayout, ink: QColor,
                    title: str) -> None:
        metrics = painter.fontMetrics()
        base = plot.bottom() + 2
        painter.setPen(QPen(ink, 1))
        painter.drawLine(QPointF(plot.left(), base), QPointF(plot.right(), base))
        for tick in nice_ticks(layout.low, layout.high):
            at = x(tick)
            painter.drawLine(QPointF(at, base), QPointF(at, base + 4))
            text = bidi.formula(shown(f"{tick:g}"))
            painter.drawText(QPointF(at - metrics.horizontalAdvance(text) / 2, base + 4 + metrics.ascent()), text)
        title_y = base + 6 + metrics.height() + metrics.ascent()
        painter.drawText(QPointF(plot.center().x() - metrics.horizontalAdvance(title) / 2, title_y), title)
