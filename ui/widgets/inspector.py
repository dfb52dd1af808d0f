"""The evidence panel: the selected cell's, criterion's or option's texts and sources, editable."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from ui.document import Document
from ui.widgets.cell_inspector import CellInspector
from ui.widgets.criterion_inspector import CriterionInspector
from ui.widgets.option_inspector import OptionInspector


class Inspector(QStackedWidget):
    """One page per kind of selection: a score cell, a criterion or an option."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = CellInspector(document, self)
        self.criterion = CriterionInspector(document, self)
        self.option = OptionInspector(document, self)
        for page in (self.cell, self.criterion, self.option):
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

    def show_option(self, option_id: str) -> None:
        """Inspect an option."""
        self.option.show_option(option_id)
        self.setCurrentIndex(2)
