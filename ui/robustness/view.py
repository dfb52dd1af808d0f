"""The robustness view: how far the weights can move before the ranking changes (issue 6, in the GUI).

A dock of the main window (Analysis ▸ Robustness…), bottom by default so
that its charts get the window's full width; it can be moved to a side,
where its pages stack vertically, or floated onto a second screen.  Three
pages: the sweep of a chosen factor beside the thresholds of all factors,
the tornado, and the SMAA panel.

Everything follows the document.  The quick part (study, thresholds,
tornado: :func:`~core.sensitivity.jobs.run_quick`) recomputes on a
worker thread a moment after the last change (debounced, so a slider drag
costs one computation), superseding a computation still running.  Results
are keyed by what they analyse (a :class:`~core.analysis.AnalysisKey`:
model, profile, method, basis): the moment the document moves on, the quick pages
say "Computing…" instead of showing results of another weighting, and a
result or failure that arrives for an old subject is dropped.  SMAA
follows its own rule (:mod:`ui.robustness.smaa`): a long run stays on
screen marked out of date. The view analyses the document's ranked basis
(residual risk when the window shows both side by side) and says so, with
the residual rule, whenever that is residual risk.  Nothing is
computed while the view is hidden or before the window's first paint, and
this module imports neither numpy nor matplotlib: the window appears first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from ui.document import Document
from ui.i18n import Context
from ui.widgets.common import give_room, plain_label
from ui.robustness.smaa import SmaaPanel
from ui.robustness.weights import TornadoPage, WeightsPage
from ui.workers import Runner

DEBOUNCE_MS = 250
SHORTCUT = "Ctrl+Shift+R"
DOCK_SHARE = 0.5  # of the window's height (or width, at a side) the dock takes when first shown


Robustness = Context("Robustness")


class RobustnessView(QWidget):
    """Sweeps and thresholds, tornado and SMAA of the document's model, profile and method."""

    updated = Signal()  # the quick part now shows the current subject (or why it cannot)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.active = False
        self.quick = None
        self._dirty = True
        self._requested = None  # the subject of the last quick computation asked for
        self.quick_runner = Runner(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        self.status = plain_label("", self)
        self.status.setContentsMargins(0, 0, 8, 0)
        self.basis = plain_label("", self, wrap=True)
        self.weights = WeightsPage(self)
        self.tornado = TornadoPage(self)
        self.smaa = SmaaPanel(self.subject, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.weights, Robustness.tr("&Weights and thresholds"))
        self.tabs.addTab(self.tornado, Robustness.tr("&Tornado"))
        self.tabs.addTab(self.smaa, Robustness.tr("&Monte Carlo (SMAA)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.basis)
        layout.addWidget(self.tabs, 1)
        # In the tab bar's corner the status never pushes the pages about while a slider is dragged.
        self.tabs.setCornerWidget(self.status, Qt.Corner.TopRightCorner)
        document.ranking_changed.connect(self._document_changed)
        self.quick_runner.finished.connect(self._show_quick)
        self.quick_runner.failed.connect(self._show_failure)
        self._show_basis()

    def subject(self):
        """What the document shows now: its model on the ranked basis, active profile and method."""
        return self.document.subject()

    def _show_basis(self) -> None:
        """Say which basis the pages analyse; on residual risk, by which rule."""
        if self.document.ranked_basis == "inherent":
            self.basis.setText(Robustness.tr("On inherent risk (before controls)."))
            self.basis.setVisible(bool(self.document.model.register.controls))
            return
        self.basis.setVisible(True)
        from ui.i18n import core_text

        both = Robustness.tr(" The window shows both bases; robustness is computed on residual risk.")
        self.basis.setText(Robustness.tr("On residual risk.") + (both if self.document.basis == "both" else "")
                           + " " + core_text("register.rule"))

    def activate(self) -> None:
        """Compute from now on (the window has painted)."""
        self.active = True
        for chart in (self.weights.chart, self.tornado.chart, self.smaa.chart):
            chart.enable()
        self.smaa.activate()
        if self.isVisible():
            self.recompute()

    def stop(self) -> None:
        """Stop every computation and wait for the worker threads (the window is closing)."""
        self.timer.stop()
        self.quick_runner.stop()
        self.smaa.stop()

    def set_orientation(self, orientation: Qt.Orientation) -> None:
        """Lay the pages out side by side (Horizontal) or stacked (Vertical)."""
        for split in (self.weights.split, self.smaa.split, self.smaa.result_split):
            split.setOrientation(orientation)

    def _document_changed(self) -> None:
        self._show_basis()
        self._dirty = True
        self.smaa.mark_stale()
        if self.quick is not None and self.quick.subject != self.subject():
            self._show_computing()
        if self.active and self.isVisible():
            self._set_status(Robustness.tr("Computing…"))
            self.timer.start()

    def _show_computing(self) -> None:
        """Take the results of another model or weighting off the pages until the current ones arrive."""
        self.quick = None
        for page in (self.weights, self.tornado):
            page.clear(Robustness.tr("Computing…"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.active and self._dirty:
            self._set_status(Robustness.tr("Updating…"))
            self.timer.start(0)

    def recompute(self) -> None:
        """Start the quick part on the current subject (superseding one still running)."""
        from core.sensitivity.jobs import run_quick

        self.timer.setInterval(DEBOUNCE_MS)
        self._dirty = False
        self.smaa.subject_changed()
        subject = self.subject()
        if self.quick is not None and self.quick.subject == subject:
            self._set_status("")
            return
        self._requested = subject
        self.quick_runner.request(run_quick, subject)

    def _show_quick(self, quick) -> None:
        if quick.subject != self.subject():
            return  # the document moved on: its own computation follows
        self.quick = quick
        self._set_status("")
        self.weights.show_quick(quick)
        self.tornado.show_quick(quick)
        self.updated.emit()

    def _show_failure(self, message: str) -> None:
        if self._requested is None or self._requested != self.subject():
            return  # the document moved on: its own computation follows
        self.quick = None
        text = Robustness.tr("No robustness analysis: {0}").format(message)
        self._set_status(Robustness.tr("Not available"))
        self.weights.clear(text)
        self.tornado.clear(text)
        self.updated.emit()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)


class RobustnessDock(QDockWidget):
    """The robustness view docked in ``window``, hidden until Analysis ▸ Robustness… shows it."""

    def __init__(self, window: QMainWindow) -> None:
        """``window`` is the main window (a feature never imports the window: it is the layer above)."""
        super().__init__(Robustness.tr("Robustness"), window)
        self.setObjectName("robustness-dock")
        self.main_window = window
        self.view = RobustnessView(window.document, self)
        self.setWidget(self.view)
        self.menu: QMenu | None = None  # the menu :meth:`fill` put the action in
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.hide()
        self._sized = False
        self.action = QAction(Robustness.tr("&Robustness…"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(Robustness.tr("Weight sweeps, thresholds, tornado and Monte Carlo rank acceptability"))
        self.action.triggered.connect(self.show_view)
        self.dockLocationChanged.connect(self._located)
        window.first_painted.connect(self.view.activate)

    def fill(self, menu: QMenu) -> None:
        """Put the action in ``menu`` (the window's Analysis menu, kept as ``menu`` for what joins it)."""
        self.menu = menu
        menu.addAction(self.action)

    def show_view(self) -> None:
        """Show and raise the view; the first time, give it a good share of the window."""
        self.show()
        self.raise_()
        if not self._sized and not self.isFloating():
            self._sized = True
            give_room(self, self.main_window, DOCK_SHARE)

    def stop(self) -> None:
        """Stop the view's computations and wait for its worker threads."""
        self.view.stop()

    def _located(self, area: Qt.DockWidgetArea) -> None:
        side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        self.view.set_orientation(Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal)
