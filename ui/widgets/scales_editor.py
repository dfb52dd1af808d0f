"""The descriptor-scales editor: what each level 1–5 of likelihood and of impact means, side by side.

Beside the two tables, the chosen level's label and description in both languages
(:mod:`ui.widgets.text_details`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from ui import i18n
from ui.document import Document
from ui.models.scales_table import ScaleTableModel
from ui.widgets.common import plain_label
from ui.widgets.text_details import Chosen, TextDetails


class ScalesEditor(QWidget):
    """Two five-row tables (likelihood, impact): a label and a description per level, edited in place."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables: dict[str, QTableView] = {}
        self.titles = {"likelihood": self.tr("Likelihood"), "impact": self.tr("Impact")}
        self.chosen: tuple[str, int] | None = None  # (axis, level 1–5) of the level last made current
        row = QHBoxLayout()
        for axis, title in self.titles.items():
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
            row.addWidget(box, 2)
            self.tables[axis] = table
            table.selectionModel().currentRowChanged.connect(lambda now, _old, a=axis: self._choose(a, now))
        self.details = TextDetails(document, (("label", self.tr("&Label:"), True),
                                              ("description", self.tr("W&hat it means:"), False)),
                                   self._chosen_texts, self.tr("Choose a level to edit its texts in both languages."),
                                   self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(plain_label(self.tr("What each level means. The labels name the levels wherever a "
                                             "likelihood or impact is picked or shown."), self, wrap=True))
        row.addWidget(self.details, 1)  # beside the tables: below, it would leave them two rows
        document.register_changed.connect(self.details.refresh)  # after the tables (connected first) follow
        layout.addLayout(row, 1)
        self.details.refresh()

    def _choose(self, axis: str, current: QModelIndex) -> None:
        self.chosen = (axis, current.row() + 1) if current.isValid() else None
        self.details.refresh()

    def _chosen_texts(self) -> Chosen:
        if self.chosen is None:
            return None
        axis, level = self.chosen
        return (f"scales/{axis}/{level}/", self.tr("{0}, level {1}").format(self.titles[axis],
                                                                            i18n.shown(str(level))))

    def model(self, axis: str) -> ScaleTableModel:
        """The table model of ``axis`` ("likelihood" or "impact")."""
        model = self.tables[axis].model()
        assert isinstance(model, ScaleTableModel)
        return model
