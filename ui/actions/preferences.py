"""Edit ▸ Preferences…: choose the language and digits, save them, and rebuild the window in them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui import i18n
from ui.widgets.common import text_action


class Preferences(QObject):
    """The Preferences action of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def fill(self, menu: QMenu) -> None:
        """Add Preferences… (Ctrl+, as on every desktop that has a shortcut for it) to ``menu``."""
        self.action = text_action(self.tr("&Preferences…"), self)
        self.action.setShortcut(QKeySequence("Ctrl+,"))
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.open)
        menu.addSeparator()
        menu.addAction(self.action)

    def ask(self) -> tuple[str, str] | None:
        """The language and digits chosen, None when cancelled (tests replace this)."""
        from ui.dialogs.preferences import PreferencesDialog

        language = i18n.current()
        dialog = PreferencesDialog(language.code, language.digits, self.window)
        return dialog.choice() if dialog.exec() == dialog.DialogCode.Accepted else None

    def open(self) -> None:
        """Ask, remember the choice, and rebuild the window when it changes anything."""
        choice = self.ask()
        if choice is None:
            return
        self.choose(*choice)

    def choose(self, code: str, digits: str) -> None:
        """Save ``code`` and ``digits`` as the preference and show the window in them now."""
        settings = self.window.settings
        settings.language, settings.digits = code, digits
        settings.sync()
        language = i18n.current()
        if (code, digits) == (language.code, language.digits):
            return
        if not language.apply(code, digits):
            self.window.statusBar().showMessage(self.tr("No {0} translation is installed; the interface stays "
                                                        "English.").format(code))
        self.window.rebuild()
