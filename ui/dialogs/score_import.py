"""The preview of a score import: every change, coercion and rejected cell, before anything changes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from core.reports.score_import import ImportPreview

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of text rows with a header."""

    def __init__(self, header: list[str], rows: list[list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header, self._rows = header, rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._header):
            return self._header[section]
        return None


def _value(value: object) -> str:
    return "—" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


class ScoreImportDialog(QDialog):
    """Shows an :class:`ImportPreview`; accepting it means "apply these changes"."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import scores"))
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("{0}: {1} change(s), {2} value(s) coerced, {3} cell(s) rejected. "
                                 "Nothing changes until you apply.").format(
            preview.source, len(preview.changes), len(preview.coerced), len(preview.rejected)), self)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        changes = [[c.option, c.factor, c.field, _value(c.old), _value(c.new)] for c in preview.changes]
        self.changes = self._table(layout, self.tr("Changes"),
                                   [self.tr("Option"), self.tr("Factor"), self.tr("Field"), self.tr("Now"),
                                    self.tr("Imported")], changes)
        issues = [[self.tr("coerced"), i.where, i.message] for i in preview.coerced]
        issues += [[self.tr("rejected"), i.where, i.message] for i in preview.rejected]
        self.issues = self._table(layout, self.tr("Coerced and rejected cells"),
                                  [self.tr("What"), self.tr("Cell"), self.tr("Why")], issues)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(preview.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def _table(self, layout: QVBoxLayout, title: str, header: list[str], rows: list[list[str]]) -> QTableView:
        label = QLabel(title, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        view = QTableView(self)
        view.setModel(RowsModel(header, rows, view))
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.resizeColumnsToContents()
        layout.addWidget(view)
        return view
