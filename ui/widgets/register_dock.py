"""The risk register in the window: a dock with three pages, Register, Controls and Descriptor scales.

Hidden until one of its menu entries shows it (Risks ▸ Risk Register…,
Controls…, Descriptor Scales…), at the bottom by default where its wide table
gets the window's full width; it can move to a side or float onto another
screen like the robustness view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget

from ui.document import Document
from ui.i18n import Context
from ui.widgets.common import give_room
from ui.widgets.controls_editor import ControlsEditor
from ui.widgets.register_view import RegisterView
from ui.widgets.scales_editor import ScalesEditor

DOCK_SHARE = 0.45  # of the window's height the dock takes when first shown
PAGES = ("register", "controls", "scales")


RegisterDock = Context("RegisterDock")


class RegisterDock(QDockWidget):
    """Register view, Controls editor and descriptor scales of ``document``, docked in ``window``."""

    def __init__(self, window: QMainWindow, document: Document, today: Callable[[], date] = date.today) -> None:
        super().__init__(RegisterDock.tr("Risk register"), window)
        self.setObjectName("register-dock")
        self.main_window = window
        self.view = RegisterView(document, today, self)
        self.controls = ControlsEditor(document, self)
        self.scales = ScalesEditor(document, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, RegisterDock.tr("Re&gister"))
        self.tabs.addTab(self.controls, RegisterDock.tr("&Controls"))
        self.tabs.addTab(self.scales, RegisterDock.tr("&Descriptor scales"))
        self.setWidget(self.tabs)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.hide()
        self._sized = False
        self.actions_by_page: dict[str, QAction] = {}
        for page, text, shortcut, tip in (
                ("register", RegisterDock.tr("Risk &Register…"), "Ctrl+Shift+K",
                 RegisterDock.tr("Every risk with its owner, controls, inherent and residual level, "
                                 "treatment and review")),
                ("controls", RegisterDock.tr("&Controls…"), "Ctrl+Shift+L",
                 RegisterDock.tr("The controls and their effect on each risk")),
                ("scales", RegisterDock.tr("&Descriptor Scales…"), None,
                 RegisterDock.tr("What each likelihood and impact level means"))):
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(tip)
            action.triggered.connect(lambda _c=False, p=page: self.show_page(p))
            self.actions_by_page[page] = action

    def fill(self, menu: QMenu) -> None:
        """Put the dock's entries in ``menu`` (the window's Risks menu)."""
        menu.addActions(list(self.actions_by_page.values()))

    def show_page(self, page: str) -> None:
        """Show the dock on ``page`` ("register", "controls" or "scales"); the first time, give it room."""
        self.tabs.setCurrentIndex(PAGES.index(page))
        self.show()
        self.raise_()
        if not self._sized and not self.isFloating():
            self._sized = True
            give_room(self, self.main_window, DOCK_SHARE)
