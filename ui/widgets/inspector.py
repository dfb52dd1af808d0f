"""The evidence panel: the selected cell's or criterion's rationale and sources, editable."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from ui.document import Document
from ui.widgets.cell_inspector import CellInspector
from ui.widgets.criterion_inspector import CriterionInspector


class Inspector(QStackedWidget):
    """One page per kind of selection: a score cell, or a criterion."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = CellInspector(document, self)
        self.criterion = CriterionInspector(document, self)
        for page in (self.cell, self.criterion):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.addWidget(scroll)
        self.cell.refresh()

    def show_cell(self, option_id: str, factor_id: str) -> None:
        """Inspect a score cell."""
        self.cell.show_cell(option_id, factor_id)
        self.setCurrentIndex(0)

    def show_criterion(self, criterion_id: str) -> None:
        """Inspect a criterion."""
        self.criterion.show_criterion(criterion_id)
        self.setCurrentIndex(1)
