"""The evidence panel: the selected cell's, criterion's or option's texts and sources, editable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from ui.document import Document
from ui.widgets.criterion_inspector import CriterionInspector

if TYPE_CHECKING:
    from ui.widgets.cell_inspector import CellInspector
    from ui.widgets.option_inspector import OptionInspector


class Inspector(QStackedWidget):
    """One page per kind of selection: a score cell, a criterion or an option.

    The first paint shows the criterion page (the tree selects its first node then); the cell and option
    pages wait in placeholders until :meth:`activate` builds them after that paint, or until they are first
    used (their widgets and modules were 2 % of a start-up's instructions).
    """

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._pages: tuple[CellInspector, OptionInspector] | None = None
        self.criterion = CriterionInspector(document, self)
        for page in (QWidget(self), self._scrolled(self.criterion), QWidget(self)):
            self.addWidget(page)

    def _scrolled(self, page: QWidget) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _built_pages(self) -> tuple[CellInspector, OptionInspector]:
        """The cell and option pages, built once, each in its placeholder's place."""
        if self._pages is None:
            from ui.widgets.cell_inspector import CellInspector
            from ui.widgets.option_inspector import OptionInspector

            self._pages = CellInspector(self._document, self), OptionInspector(self._document, self)
            current = self.currentIndex()
            with QSignalBlocker(self):
                for index, page in zip((0, 2), self._pages):
                    placeholder = self.widget(index)
                    self.removeWidget(placeholder)
                    self.insertWidget(index, self._scrolled(page))
                    placeholder.deleteLater()
                self.setCurrentIndex(current)
            self._pages[0].refresh()
        return self._pages

    def activate(self) -> None:
        """Build the pages the first paint did not show (called just after it)."""
        self._built_pages()

    @property
    def cell(self) -> CellInspector:
        """The score cell page."""
        return self._built_pages()[0]

    @property
    def option(self) -> OptionInspector:
        """The option page."""
        return self._built_pages()[1]

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
