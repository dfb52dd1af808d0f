"""The Profiles menu: the active profile's details, export and import profile files, compare profiles, combine
them into a consensus.

:class:`ProfileActions` owns the menu's actions and the flows behind them;
the main window only creates it and hands it a menu.  Every change to the
model goes through ``Document.apply`` (undoable); every file name and every
warning goes through a method the tests can replace, so no test waits on a
modal dialog.
"""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui.bidi import name_filters
from ui.i18n import message_of
from ui.widgets.common import plain_message, text_action

STATUS_MS = 8_000
# Characters that no common file system accepts in a name (and control characters).
UNSAFE_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def file_stem(name: str) -> str:
    """A profile name made safe to suggest as a file name."""
    return UNSAFE_FILE_CHARS.sub("_", name).strip(" .") or "profile"


class ProfileActions(QObject):
    """Profiles ▸ Import, Export, Compare and Combine, for one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.compare_view: QWidget | None = None
        self.combine_view: QWidget | None = None
        self.details_action = text_action(self.tr("Profile &Details…"), window)
        self.details_action.setToolTip(self.tr("The active profile's name and notes, in both languages"))
        self.details_action.triggered.connect(self.show_details)
        self.import_action = self._action(self.tr("&Import Profile…"), self.import_dialog, "Ctrl+Shift+I")
        self.export_action = self._action(self.tr("&Export Profile…"), self.export_dialog, "Ctrl+Shift+E")
        self.compare_action = self._action(self.tr("&Compare Profiles…"), self.show_compare, "Ctrl+Shift+C")
        self.combine_action = self._action(self.tr("Com&bine Profiles…"), self.show_combine, "Ctrl+Shift+B")

    def _action(self, text: str, slot, shortcut: str) -> QAction:
        action = text_action(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def fill(self, menu: QMenu) -> None:
        """Put the actions in ``menu`` (the window's Profiles menu)."""
        menu.addAction(self.details_action)
        menu.addSeparator()
        menu.addActions([self.import_action, self.export_action])
        menu.addSeparator()
        menu.addActions([self.compare_action, self.combine_action])

    # ---- questions the tests answer -------------------------------------------

    def ask_import_path(self) -> str:
        """A profile file to import ('' when cancelled)."""
        from PySide6.QtWidgets import QFileDialog  # made when first asked: not before the first paint

        from core.storage.profile_file import EXTENSION

        return QFileDialog.getOpenFileName(self.window, self.tr("Import Profile"), "", name_filters(self.tr(
            "Mizan profiles (*{0});;All files (*)").format(EXTENSION)))[0]

    def ask_export_path(self, suggestion: str) -> str:
        """Where to export ('' when cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        from core.storage.profile_file import EXTENSION

        return QFileDialog.getSaveFileName(self.window, self.tr("Export Profile"), suggestion, name_filters(self.tr(
            "Mizan profiles (*{0})").format(EXTENSION)))[0]

    def warn(self, text: str) -> None:
        """A plain-text warning (file names and profile text may contain markup)."""
        from PySide6.QtWidgets import QMessageBox  # made when first asked: not before the first paint

        plain_message(self.window, QMessageBox.Icon.Warning, self.tr("Mizan"), text).exec()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def show_details(self) -> None:
        """Profiles ▸ Profile Details: the active profile's name and notes, beside the window, applied as typed."""
        from ui.dialogs.bilingual_details import ProfileDetails, show_details

        show_details(self.window, ProfileDetails)

    # ---- export -------------------------------------------------------------

    def export_dialog(self) -> None:
        """Profiles ▸ Export: the active profile to a standalone file."""
        from core.storage.profile_file import EXTENSION

        profile = self.document.profile()
        path = self.ask_export_path(file_stem(profile.name) + EXTENSION)
        if path:
            self.export_to(path if path.lower().endswith(EXTENSION) else path + EXTENSION)

    def export_to(self, path: str) -> bool:
        """Write the active profile to ``path`` atomically; a plain message if it cannot be written."""
        from core.profiles import complete_profile
        from core.storage.profile_file import write_profile_file

        profile = complete_profile(self.document.model, self.document.profile())
        try:
            write_profile_file(path, profile, self.document.model.language)
        except Exception as exc:  # noqa: BLE001 - the export boundary: a message, the old file stays
            self.warn(self.tr("The profile could not be exported:\n{0}").format(message_of(exc)))
            return False
        self._status(self.tr("Exported profile {0} to {1}").format(profile.name, path))
        return True

    # ---- import -------------------------------------------------------------

    def import_dialog(self) -> None:
        """Profiles ▸ Import: choose a file, then preview it."""
        path = self.ask_import_path()
        if path:
            self.import_path(path)

    def import_path(self, path: str):
        """Read and match ``path``, then open the preview (window-modal); None when the file is refused.

        Nothing changes until the preview's Apply; a hostile or malformed
        file gets one plain message and changes nothing.
        """
        from core.profiles import match_profile
        from core.storage.profile_file import read_profile_file
        from ui.dialogs.profile_import import ImportPreviewDialog

        try:
            match = match_profile(self.document.analysed(), read_profile_file(path, self.document.model.language),
                                  self.document.method,
                                  current=self.document.profile())
        except Exception as exc:  # noqa: BLE001 - the import boundary: a message, and the model stays
            self.warn(self.tr("The profile file cannot be imported; nothing was changed.\n\n{0}").format(
                message_of(exc)))
            return None
        dialog = ImportPreviewDialog(self.document, match, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(partial(self._apply_import, dialog))
        dialog.open()
        return dialog

    def _apply_import(self, dialog) -> None:
        """Apply the previewed import as one undo step and show the imported profile."""
        name = dialog.imported_name()
        if self.document.apply(dialog.edit()):
            self.document.set_profile(name)
            self._status(self.tr("Imported profile {0}; Edit ▸ Undo takes it back").format(name))

    # ---- compare and combine ------------------------------------------------

    def show_compare(self):
        """Profiles ▸ Compare: one compare window per main window, raised if already open."""
        if self.compare_view is None:
            from ui.dialogs.profile_compare import CompareDialog

            self.compare_view = CompareDialog(self.document, self.window)
        self._raise(self.compare_view)
        return self.compare_view

    def show_combine(self):
        """Profiles ▸ Combine: the consensus window, raised if already open."""
        if self.combine_view is None:
            from ui.dialogs.profile_combine import CombineDialog

            self.combine_view = CombineDialog(self.document, self.window)
        self._raise(self.combine_view)
        return self.combine_view

    @staticmethod
    def _raise(view: QWidget) -> None:
        """Show the view; bring it to the front if it is already open behind the main window."""
        if view.isVisible():
            view.raise_()
            view.activateWindow()
        else:
            view.show()
