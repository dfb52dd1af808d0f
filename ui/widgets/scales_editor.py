"""The descriptor-scales editor: what each level 1–5 of likelihood and of impact means, side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from ui.document import Document
from ui.models.scales_table import ScaleTableModel
from ui.widgets.common import plain_label


class ScalesEditor(QWidget):
    """Two five-row tables (likelihood, impact): a label and a description per level, edited in place."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables: dict[str, QTableView] = {}
        row = QHBoxLayout()
        for axis, title in (("likelihood", self.tr("Likelihood")), ("impact", self.tr("Impact"))):
            box = QGroupBox(title, self)
            table = QTableView(box)
            table.setModel(ScaleTableModel(document, axis, table))
            table.setWordWrap(True)
            table.horizontalHeader().setStretchLastSection(True)
            table.setColumnWidth(0, 16 * self.fontMetrics().averageCharWidth())
            table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                  | QTableView.EditTrigger.AnyKeyPressed)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            row.addWidget(box)
            self.tables[axis] = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(plain_label(self.tr("What each level means. The labels name the levels wherever a "
                                             "likelihood or impact is picked or shown."), self, wrap=True))
        layout.addLayout(row, 1)

    def model(self, axis: str) -> ScaleTableModel:
        """The table model of ``axis`` ("likelihood" or "impact")."""
        model = self.tables[axis].model()
        assert isinstance(model, ScaleTableModel)
        return model
