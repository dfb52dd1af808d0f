"""A matplotlib chart in the window, rendered off the GUI thread so that drawing never freezes the window.

``painter()`` runs on the GUI thread and returns what to draw: a function
of a fresh :class:`~matplotlib.figure.Figure` that reads only immutable
values it captured (None: an empty chart). That function runs on a worker
thread with matplotlib's Agg backend, and the finished picture is shown as
an image: a figure of a large model takes hundreds of milliseconds to
render, which on the GUI thread was a frozen window. Only the newest
request is shown; one still rendering when a newer one comes is left to
finish and dropped.

Nothing is rendered before :meth:`ChartView.enable` (the main window calls
it once it has painted), so start-up never waits for matplotlib. A hidden
chart only remembers that it is out of date and renders when it is shown,
so a weight drag renders just the chart the analyst is looking at.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ui.i18n import RIGHT_TO_LEFT, current, message_of
from ui.widgets.common import plain_label

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

Draw = Callable[[object], None]  # draw(figure): the chart into an empty figure
Painter = Callable[[], Draw | None]
Key = Callable[[], object]
RESIZE_SETTLE_MS = 150  # re-render once a resize settles: a chart's layout may depend on its shape
DPI = 100.0
_FILTERS_LOCK = threading.Lock()


def chart_options() -> dict[str, object]:
    """How the window's charts are drawn in the interface language: mirrored right to left, and in which digits.

    Read on the GUI thread when a chart is asked for, so that a rendering
    already under way keeps the choices it started with.
    """
    language = current()
    return {"right_to_left": language.code in RIGHT_TO_LEFT, "digits": language.digits}


def render(draw: Draw | None, width: int, height: int, ratio: float, language: str = "en") -> tuple[object, QImage]:
    """The figure ``draw`` makes at ``width`` × ``height`` logical pixels, and its picture (any thread).

    It is drawn in the font of ``language`` (the shipped Arabic face for Arabic).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from core.charts.base import chart_style

    with chart_style(language):
        figure = Figure(figsize=(max(width, 1) / DPI, max(height, 1) / DPI), dpi=DPI * ratio, layout="constrained")
        canvas = FigureCanvasAgg(figure)
        if draw is not None:
            draw(figure)
        # The warning filters are one global list that catch_warnings saves and restores: two threads
        # drawing at once (the rendering thread and a drawing on the GUI thread) would undo each other's filter.
        with _FILTERS_LOCK, warnings.catch_warnings():
            # A chart squeezed smaller than its labels is drawn without its layout until the next resize.
            warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
            canvas.draw()
    buffer = canvas.buffer_rgba()
    image = QImage(bytes(buffer), buffer.shape[1], buffer.shape[0], QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return figure, image


_renderer: ThreadPoolExecutor | None = None


def _rendering_thread() -> ThreadPoolExecutor:
    """The one thread that renders every chart, started with the first rendering."""
    global _renderer
    if _renderer is None:
        from concurrent.futures import ThreadPoolExecutor  # not on the start-up path: the first chart needs it

        # Its thread is not a daemon: one killed at exit inside matplotlib's C++ code aborts the
        # process; a rendering takes well under a second, so exit simply waits for it.
        _renderer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart")
    return _renderer


def _attempt(job: tuple) -> object:
    """:func:`render` of ``job``, or the exception it raised (shown in the chart's place)."""
    try:
        return render(*job)
    except Exception as exc:  # noqa: BLE001 - a chart that cannot be drawn says why where it would be
        return exc


class _Bridge(QObject):
    """Carries a finished rendering from its thread to the GUI thread (a queued signal)."""

    rendered = Signal(int, object)


class ChartView(QWidget):
    """Shows one chart; ``painter()`` says what to draw from the current state.

    ``key()`` names what the chart shows (compared with ``==``): a refresh
    whose key has not changed since the last rendering is skipped, so a
    weight drag never re-renders a heat map that does not depend on weights.
    """

    def __init__(self, painter: Painter, parent: QWidget | None = None, key: Key | None = None) -> None:
        super().__init__(parent)
        self._painter = painter
        self._key = key
        self._drawn: object = None
        self._figure = None
        self._image: QImage | None = None
        self._requested = 0  # the number of the newest rendering asked for
        self._enabled = False
        self._stale = True
        self._bridge = _Bridge(self)
        self._bridge.rendered.connect(self._show)
        self._placeholder = plain_label(self.tr("Preparing chart…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_SETTLE_MS)
        self._settle.timeout.connect(lambda: self.refresh(force=True))

    @property
    def figure(self):
        """The matplotlib Figure on screen (None until the first rendering arrives)."""
        return self._figure

    def enable(self) -> None:
        """Allow rendering (after the window's first paint)."""
        self._enabled = True
        self.refresh()

    def refresh(self, now: bool = False, force: bool = False) -> None:
        """Render from the current state (``now``: on this thread, at once), or mark out of date while hidden."""
        if not force and self._figure is not None and self._key is not None and self._key() == self._drawn:
            return
        self._stale = True
        if self._enabled and self.isVisible():
            self._redraw(now)

    def _redraw(self, now: bool) -> None:
        self._stale = False
        self._drawn = self._key() if self._key is not None else None
        self._requested += 1
        job = (self._painter(), self.width(), self.height(), self.devicePixelRatioF(), current().code)
        if now:
            self._show(self._requested, _attempt(job))
            return
        _rendering_thread().submit(self._render, self._requested, job)

    def _render(self, number: int, job: tuple) -> None:
        """Rendering thread: render, then hand the result (or the error) to the GUI thread."""
        if number != self._requested:
            return  # superseded before it began: only the newest is shown
        outcome = _attempt(job)
        try:
            self._bridge.rendered.emit(number, outcome)
        except RuntimeError:
            pass  # the chart was closed while it rendered

    def _show(self, number: int, outcome) -> None:
        if number != self._requested:
            return  # a newer rendering is on its way
        if isinstance(outcome, Exception):

            # The chart's place says why, in one line; a traceback never reaches the analyst.
            self._figure = self._image = None
            self._placeholder.setText(self.tr("This chart cannot be drawn: {0}").format(message_of(outcome)))
            self._placeholder.show()
            self.update()
            return
        self._figure, self._image = outcome
        self._placeholder.hide()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(self.rect()), self._image)
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._figure is not None:
            self._settle.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self._enabled:
            self._redraw(False)
