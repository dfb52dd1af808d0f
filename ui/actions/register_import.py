"""File ▸ Import Risk Register…: an analyst's own register read with a mapping preview, applied as one undo step.

The mapping the analyst applied is remembered (:meth:`ui.settings.Settings.register_mapping`)
for the next file with the same headers, so a register kept up to date in
Excel imports again without remapping.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from ui.bidi import name_filters
from ui.i18n import message_of
from ui.widgets.common import plain_message, text_action


class RegisterImport(QObject):
    """The window's register import."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document

    def fill(self, menu: QMenu) -> None:
        """Add File ▸ Import Risk Register… to ``menu``."""
        self.action = text_action(self.tr("Import Risk &Register…"), self)
        self.action.setStatusTip(self.tr("Read owners, statements, levels and dates from your own register "
                                         "(Excel or CSV)"))
        self.action.triggered.connect(self.import_register)
        menu.addAction(self.action)

    def ask_path(self) -> Path | None:
        """The register to read (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog  # made when first asked: not before the first paint

        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import risk register"), "",
                                              name_filters(self.tr("Workbooks and CSV (*.xlsx *.csv)")))
        return Path(name) if name else None

    def import_register(self) -> None:
        """Ask for a register, preview it, apply it if accepted."""
        path = self.ask_path()
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> bool:
        """Preview the register in ``path``; True when its placed rows were applied."""
        from core.register.import_map import FIELDS, IGNORE, propose, read_table
        from ui.dialogs.register_import import RegisterImportDialog

        try:
            table = read_table(path)
        except Exception as exc:  # noqa: BLE001 - the import boundary: a message, and the model stays
            self.warn(self.tr("Cannot import the risk register"), message_of(exc))
            return False
        mapping = self.window.settings.register_mapping(table.signature)
        if mapping is None or not set(mapping) <= {*FIELDS, IGNORE}:  # none yet, or from a later release
            mapping = list(propose(table))
        dialog = RegisterImportDialog(self.document.model, table, mapping, self.window)
        if not self.confirm(dialog):
            return False
        self.window.settings.set_register_mapping(table.signature, dialog.mapping())
        return self.document.apply(dialog.placement.edit(self.document.model))

    def confirm(self, dialog) -> bool:
        """Show the preview; True on Apply (tests replace this)."""
        return dialog.exec() == dialog.DialogCode.Accepted

    def warn(self, title: str, text: str) -> None:
        """A plain-text warning (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox  # made when first asked: not before the first paint

        plain_message(self.window, QMessageBox.Icon.Warning, title, text).exec()
