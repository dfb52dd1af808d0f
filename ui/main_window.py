"""The analyst's desk: criteria (left), score matrix and evidence (centre), results (right).

The window owns one :class:`~ui.document.Document`; every panel edits through
it and redraws from the document's signals for the parts it shows. File handling, the recovery
session and the project lock live here because they are about the window's
lifetime; everything about the model lives in the core.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QWidget

from core.model import DecisionModel
from ui.actions.files import FileHandler
from ui.actions.preferences import Preferences
from ui.actions.profiles import ProfileActions
from ui.actions.register_import import RegisterImport
from ui.actions.reports import ReportActions
from ui.document import Document
from ui.geometry import fit
from ui.settings import Settings
from ui.shortcuts import ShortcutsFirst
from ui.widgets.common import plain_message, text_action
from ui.widgets.criteria_panel import CriteriaPanel
from ui.widgets.inspector import Inspector
from ui.widgets.profile_bar import ProfileBar
from ui.widgets.results_panel import ResultsPanel
from ui.widgets.score_panel import ScorePanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ui.recovery import ProjectLock, Recovery
    from ui.robustness.view import RobustnessDock
    from ui.widgets.register_dock import RegisterDock

AUTOSAVE_MS = 60_000
# Loaded off the GUI thread once the window shows: the engine, and matplotlib for the charts that need it.
HEAVY_MODULES = ("numpy", "core.analysis", "matplotlib.figure", "matplotlib.backends.backend_qtagg",
                 "core.charts.risk")
STATUS_MS = 8_000
# Windows made by rebuild(), which no caller holds: kept here so that Python does not collect them.
OPEN_WINDOWS: set[MainWindow] = set()


class MainWindow(QMainWindow):
    """One project on screen."""

    first_painted = Signal()

    def __init__(self, model: DecisionModel, path: str | None = None, parent: QWidget | None = None,
                 recovery_folder: Path | None = None, interactive: bool = True,
                 document: Document | None = None) -> None:
        """``interactive=False`` (screenshots, benchmarks): saved layout, autosave and prompts stay off.

        ``document``: an open document to show instead of a new one on ``model`` (see :meth:`rebuild`).
        """
        super().__init__(parent)
        self.interactive = interactive
        self.document = document or Document(model, path, self)
        self.document.setParent(self)
        self.settings = Settings()
        self.recovery = self._start_recovery(recovery_folder) if interactive else None
        self.lock: ProjectLock | None = None
        self.files = FileHandler(self)
        self._painted = False
        self._activated = False  # first_painted has been emitted
        self._docks: tuple[RobustnessDock, RegisterDock] | None = None
        self._waiting_state: QByteArray | None = None  # restored before the docks were built
        self._build_panels()
        self._build_actions()
        self.document.modified_changed.connect(self._document_changed)
        self.document.structure_changed.connect(self._document_changed)
        self.document.refused.connect(self.show_refusal)
        self.document.undo_stack.indexChanged.connect(self._clear_refusal)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_recovery)
        if interactive:
            self.autosave.start()
        self._restore_layout()
        self._document_changed()
        self.installEventFilter(self)
        self.shortcuts_first = ShortcutsFirst(self)

    # ---- construction -----------------------------------------------------

    def _start_recovery(self, folder: Path | None) -> Recovery | None:
        from ui.recovery import Recovery  # and uuid with it: only a window that autosaves needs them

        try:
            return Recovery(folder)
        except OSError:
            return None  # no writable data folder: run without autosave rather than not at all

    def _build_panels(self) -> None:
        doc = self.document
        self.criteria = CriteriaPanel(doc, self)
        self.scores = ScorePanel(doc, self)
        self.inspector = Inspector(doc, self)
        self.results = ResultsPanel(doc, self)
        self.profiles = ProfileBar(doc, self)
        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.setObjectName("centre")
        self.centre.addWidget(self.scores)
        self.centre.addWidget(self.inspector)
        self.centre.setStretchFactor(0, 3)
        self.centre.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.setObjectName("main")
        for widget in (self.criteria, self.centre, self.results):
            self.main_split.addWidget(widget)
        self.main_split.setStretchFactor(0, 3)
        self.main_split.setStretchFactor(1, 4)
        self.main_split.setStretchFactor(2, 3)
        self.setCentralWidget(self.main_split)
        self.scores.cell_selected.connect(self._cell_selected)
        self.scores.option_selected.connect(self.inspector.show_option)
        self.criteria.criterion_selected.connect(self.inspector.show_criterion)
        self.criteria.weighting_requested.connect(self.open_weighting)
        self.results.option_chosen.connect(self.results.set_option)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = text_action(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        files = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(files, self.tr("&New"), self.files.new, QKeySequence.StandardKey.New)
        self.open_action = self._action(files, self.tr("&Open…"), self.files.open_dialog,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = files.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.files.fill_recent_menu)
        files.addSeparator()
        self.save_action = self._action(files, self.tr("&Save"), self.files.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(files, self.tr("Save &As…"), self.files.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        files.addSeparator()
        self.report_actions = ReportActions(self)
        self.report_actions.fill(files)
        self.register_import = RegisterImport(self)
        self.register_import.fill(files)
        files.addSeparator()
        self._action(files, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        self._action(edit, self.tr("Model &Details…"), self.show_model_details)
        self.preferences = Preferences(self)
        self.preferences.fill(edit)
        weights = self.menuBar().addMenu(self.tr("&Weights"))
        for kind, text in (("points", self.tr("&Point Allocation…")), ("swing", self.tr("&Swing Weighting…")),
                           ("ahp", self.tr("&AHP Pairwise Comparison…"))):
            self._action(weights, text, lambda _c=False, k=kind: self.open_weighting(k, self.criteria.selected()))
        weights.addSeparator()
        weights.addActions(self.profiles.actions_list())
        self.profile_actions = ProfileActions(self)
        self.profile_actions.fill(self.menuBar().addMenu(self.tr("&Profiles")))
        self.analysis_menu = self.menuBar().addMenu(self.tr("&Analysis"))
        self.risks_menu = self.menuBar().addMenu(self.tr("Ris&ks"))
        self._build_toolbar()

    def _built_docks(self) -> tuple[RobustnessDock, RegisterDock]:
        """The hidden docks and the menu entries that show them, built once: after the first paint, which shows
        neither (their modules and widgets cost about as much as the rest of the window), or when first used."""
        if self._docks is None:
            from ui.robustness.view import RobustnessDock
            from ui.widgets.register_dock import RegisterDock

            robustness, register = RobustnessDock(self), RegisterDock(self, self.document)
            self._docks = robustness, register
            robustness.fill(self.analysis_menu)
            self.results.basis_bar.fill(self.analysis_menu)
            register.fill(self.risks_menu)
            register.view.cell_selected.connect(self.scores.select_cell)
            if self._waiting_state is not None:  # a layout restored before they existed: their place in it
                super().restoreState(self._waiting_state)
            if self._activated:
                robustness.view.activate()  # it missed first_painted
        return self._docks

    @property
    def robustness(self) -> RobustnessDock:
        """Analysis ▸ Robustness…: the dock of sweeps, tornado and SMAA."""
        return self._built_docks()[0]

    @property
    def register_dock(self) -> RegisterDock:
        """Risks ▸ Risk Register…, Controls…, Descriptor Scales…: the register's dock."""
        return self._built_docks()[1]

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.addActions([self.new_action, self.open_action, self.save_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addWidget(self.profiles)
        bar.addActions(self.profiles.actions_list())

    def _splitters(self) -> tuple[QSplitter, ...]:
        return self.main_split, self.centre, self.results.ranking_split

    def _restore_layout(self) -> None:
        saved = self.interactive
        if saved and self.restoreGeometry(self.settings.geometry):
            fit(self, self.width(), self.height())  # saved on a larger screen: shrink to this one
        else:
            fit(self, 1280, 800)
        if saved:
            self.restoreState(self.settings.window_state)
        for splitter in self._splitters():
            if not (saved and splitter.restoreState(self.settings.splitter(splitter.objectName()))):
                self._default_sizes(splitter)

    def restoreState(self, state: QByteArray, version: int = 0) -> bool:  # noqa: N802 - Qt override
        """Restore toolbars and docks; the docks not built yet take their place from ``state`` when they are."""
        if self._docks is None:
            self._waiting_state = QByteArray(state)
        return super().restoreState(state, version)

    def _default_sizes(self, splitter: QSplitter) -> None:
        if splitter is self.main_split:
            splitter.setSizes([320, 580, 380])
        elif splitter is self.centre:
            splitter.setSizes([480, 320])

    # ---- live behaviour ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Notice the first paint: then create the charts, build the hidden docks and look for crashed sessions."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)  # every later event would pay for the filter (a drag sends many)
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self._activated = True
        from ui.workers import warm_up  # its runner classes are not needed to paint

        warm_up(HEAVY_MODULES)
        self.results.activate()
        self.inspector.activate()
        self._built_docks()  # before a recovery question, which waits for the user
        if self.interactive:
            self.files.offer_recovery()

    def draw_charts(self) -> None:
        """Draw the visible charts now (a screenshot or a benchmark cannot wait for idle time)."""
        for chart in self.results.charts():
            chart.refresh(now=True)

    def show_model_details(self) -> None:
        """Edit ▸ Model Details: the title, question, source and band names in both languages."""
        from ui.dialogs.bilingual_details import ModelDetails, show_details

        show_details(self, ModelDetails)

    def _cell_selected(self, option_id: str, factor_id: str) -> None:
        self.inspector.show_cell(option_id, factor_id)
        self.results.set_option(option_id)

    def _document_changed(self) -> None:
        doc = self.document
        name = Path(doc.path).name if doc.path else (doc.model.title or self.tr("Untitled"))
        self.setWindowTitle(self.tr("{0}[*] — Mizan").format(name.replace("[*]", "[**]")))
        self.setWindowModified(doc.is_modified())

    def show_refusal(self, reason: str) -> None:
        """Say in the status bar why an input was refused."""
        self.statusBar().showMessage(self.tr("Not changed: {0}").format(reason), STATUS_MS)

    def _clear_refusal(self, _index: int) -> None:
        """An edit went through (or was undone): a refusal still shown was of an earlier input."""
        if self.statusBar().currentMessage().startswith(self.tr("Not changed: {0}").format("")):
            self.statusBar().clearMessage()

    def save_recovery(self) -> None:
        """Autosave: copy unsaved changes to the recovery file (never to the user's file)."""
        if self.recovery is not None and self.document.is_modified():
            try:
                self.recovery.save(self.document.model, self.document.path, self.document.state())
            except (OSError, ValueError) as exc:
                from ui.i18n import message_of

                self.statusBar().showMessage(self.tr("Autosave failed: {0}").format(message_of(exc)), STATUS_MS)

    def open_weighting(self, kind: str, criterion_id: str | None) -> None:
        """Open a weighting dialog on the selection's sibling set and apply its weights (undoable)."""
        from ui.dialogs.common import sibling_set

        doc = self.document
        siblings = sibling_set(doc.model, criterion_id, self.tr("Top level"))
        if len(siblings.nodes) < 2:
            self.show_refusal(self.tr("weighting needs at least two criteria side by side"))
            return
        dialog = self._weighting_dialog(kind, siblings)
        if dialog.exec() == dialog.DialogCode.Accepted:
            doc.set_weights(dialog.weights(), dialog.settings(doc.profile().settings))

    def _weighting_dialog(self, kind: str, siblings):
        shares = siblings.shares(self.document.model, self.document.profile())
        if kind == "points":
            from ui.dialogs.points import PointsDialog

            return PointsDialog(siblings, shares, self)
        if kind == "swing":
            from ui.dialogs.swing import SwingDialog

            return SwingDialog(siblings, shares, self)
        from ui.dialogs.ahp import AhpDialog

        return AhpDialog(siblings, shares, self.document.profile().settings, self)

    # ---- closing ------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Ask to save unsaved changes; on close, store the layout and end the session cleanly."""
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.interactive:
            self._built_docks()  # a layout restored before they existed is saved with them
            self.settings.geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            for splitter in self._splitters():
                self.settings.set_splitter(splitter.objectName(), splitter.saveState())
            self.settings.sync()
        self.end_session()
        event.accept()

    def end_session(self) -> None:
        """Stop autosave, drop the recovery copy and the project lock (the project is closed cleanly)."""
        self.autosave.stop()
        self.report_actions.wait()
        if self._docks is not None:
            self.robustness.stop()
        self.files.release_lock()
        if self.recovery is not None:
            self.recovery.close()
            self.recovery = None

    def rebuild(self) -> MainWindow:
        """This window's document (model, undo history, file, lock, recovery) in a new window of the current
        language and direction, where this one was; this one goes. No work is lost and nothing is asked.
        The model is shown in the new language (its texts there, falling back to the other's)."""
        from ui import i18n

        self._built_docks()  # so that their place and visibility pass to the new window
        self.document.set_language(i18n.current().code)
        self.robustness.stop()
        self.report_actions.wait()
        window = MainWindow(self.document.model, self.document.path, recovery_folder=None, interactive=False,
                            document=self.document)
        window.interactive = self.interactive
        if "ask" in vars(self):  # answers scripted on this window (tests) go on being given
            window.ask = self.ask
        window.recovery, self.recovery = self.recovery, None
        window.lock, self.lock = self.lock, None
        if self.interactive:
            window.autosave.start()
        window.setGeometry(self.geometry())
        window.restoreState(self.saveState())
        for mine, theirs in zip(window._splitters(), self._splitters()):
            mine.restoreState(theirs.saveState())
        OPEN_WINDOWS.add(window)
        OPEN_WINDOWS.discard(self)
        if self.isVisible():
            window.show()
        self.discard()
        return window

    def discard(self) -> None:
        """Close without questions and without saving anything (screenshots, declined opens)."""
        self.end_session()
        self.hide()
        self.deleteLater()

    def ask(self, title: str, text: str, buttons, default) -> QMessageBox.StandardButton:
        """A plain-text question (tests replace this to answer it)."""
        from PySide6.QtWidgets import QMessageBox  # made when first asked: not before the first paint

        return QMessageBox.StandardButton(plain_message(self, QMessageBox.Icon.Question, title, text,
                                                        buttons, default).exec())
