"""A matplotlib chart in the window, created lazily so start-up never waits for matplotlib.

The canvas (matplotlib's QtAgg backend) is built on the first redraw after
:meth:`ChartView.enable` is called, which the main window does once it has
painted. Until then a plain placeholder stands in. A hidden chart only
remembers that it is out of date and redraws when it is shown, so a weight
drag redraws just the chart the analyst is looking at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.common import plain_label

Painter = Callable[[object], None]
Key = Callable[[], object]
RESIZE_SETTLE_MS = 150  # repaint once a resize settles: a chart's layout may depend on its shape


class ChartView(QWidget):
    """Holds one figure; ``painter(figure)`` draws it from the current state.

    ``key()`` names what the chart shows (compared with ``==``): a refresh
    whose key has not changed since the last drawing is skipped, so a weight
    drag never redraws a heat map that does not depend on weights.
    """

    def __init__(self, painter: Painter, parent: QWidget | None = None, key: Key | None = None) -> None:
        super().__init__(parent)
        self._painter = painter
        self._key = key
        self._drawn: object = None
        self._canvas = None
        self._enabled = False
        self._stale = True
        self._placeholder = plain_label(self.tr("Preparing chart…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_SETTLE_MS)
        self._settle.timeout.connect(lambda: self.refresh(force=True))

    @property
    def figure(self):
        """The matplotlib Figure (None until the canvas exists)."""
        return self._canvas.figure if self._canvas is not None else None

    def enable(self) -> None:
        """Allow the canvas to be created (after the window's first paint)."""
        self._enabled = True
        self.refresh()

    def refresh(self, now: bool = False, force: bool = False) -> None:
        """Redraw from the current state, or mark out of date while hidden."""
        if not force and self._canvas is not None and self._key is not None and self._key() == self._drawn:
            return
        self._stale = True
        if self._enabled and self.isVisible():
            self._redraw(now)

    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._canvas = FigureCanvasQTAgg(Figure(layout="constrained"))
        self._canvas.setParent(self)
        self._canvas.installEventFilter(self)
        self._layout.removeWidget(self._placeholder)
        self._placeholder.hide()
        self._layout.addWidget(self._canvas)

    def _redraw(self, now: bool) -> None:
        self._ensure_canvas()
        self._stale = False
        self._drawn = self._key() if self._key is not None else None
        self._painter(self._canvas.figure)
        if now:
            self._canvas.draw()
        else:
            self._canvas.draw_idle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Redraw from scratch once the canvas has settled on a new size."""
        if watched is self._canvas and event.type() == QEvent.Type.Resize:
            self._settle.start()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self._enabled:
            self._redraw(False)
