"""The preview of a score import: every change, coercion and rejected cell, before anything changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from core.register.import_map import field_word
from core.reports.score_import import ImportPreview
from ui.bidi import isolated
from ui.i18n import core_message, shown
from ui.geometry import remembered
from ui.models.profile_tables import Column, RowsModel
from ui.widgets.common import plain_label


def _value(value: object) -> str:
    return "—" if value is None else shown(f"{value:g}" if isinstance(value, float) else str(value))


class ScoreImportDialog(QDialog):
    """Shows an :class:`ImportPreview`; accepting it means "apply these changes"."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import scores"))
        layout = QVBoxLayout(self)
        # Each count its own phrase, so that each noun takes the form its number asks (Arabic has six).
        summary = plain_label(self.tr("{0}: {1}, {2}, {3}, {4}. Nothing changes until you apply.").format(
            isolated(preview.source), self.tr("%Ln change(s)", "", len(preview.changes)),
            self.tr("%Ln register field(s)", "", len(preview.register)),
            self.tr("%Ln value(s) coerced", "", len(preview.coerced)),
            self.tr("%Ln cell(s) rejected", "", len(preview.rejected))), self, wrap=True)
        layout.addWidget(summary)
        changes = [[c.option, c.factor, core_message(field_word(c.field)), _value(c.old), _value(c.new)]
                   for c in preview.changes]
        if preview.profile is not None:
            new = self.tr("raw weight → new profile “{0}”").format(preview.profile.name)
            changes += [["", w.criterion, new, _value(w.old), _value(w.new)] for w in preview.weights]
        self.changes = self._table(layout, self.tr("Changes"),
                                   [self.tr("Option"), self.tr("Factor"), self.tr("Field"), self.tr("Now"),
                                    self.tr("Imported")], changes)
        self.register = self._table(layout, self.tr("Register changes"),
                                    [self.tr("Risk, control or level"), self.tr("Field"), self.tr("Now"),
                                     self.tr("Imported")],
                                    [[core_message(r.item), core_message(r.field), core_message(r.old) or "—",
                                      core_message(r.new) or "—"] for r in preview.register])
        issues = [[self.tr("coerced"), core_message(i.where), core_message(i.message)] for i in preview.coerced]
        issues += [[self.tr("rejected"), core_message(i.where), core_message(i.message)] for i in preview.rejected]
        self.issues = self._table(layout, self.tr("Coerced and rejected cells"),
                                  [self.tr("What"), self.tr("Cell"), self.tr("Why")], issues)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(preview.changes or preview.register) or preview.profile is not None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        remembered(self, "ScoreImportDialog", 820, 560)

    def _table(self, layout: QVBoxLayout, title: str, header: list[str], rows: list[list[object]]) -> QTableView:
        label = QLabel(title, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        view = QTableView(self)
        model = RowsModel([Column(h) for h in header], view)
        model.set_rows(rows)
        view.setModel(model)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.resizeColumnsToContents()
        layout.addWidget(view)
        return view
