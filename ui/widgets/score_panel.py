"""The score matrix (centre): factors × options, band-coloured, with option management."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from core import edits
from core.edits import unique_id
from core.model import Option
from ui.bidi import formula, isolated
from ui.document import Document
from ui.i18n import listed, shown
from ui.models.score_table import ScoreTableModel
from ui.widgets.common import add_tool, panel_toolbar, plain_label
from ui.widgets.score_delegate import ScoreDelegate


class ScorePanel(QWidget):
    """Edits scores in place; adds, renames, reorders and deletes options."""

    cell_selected = Signal(str, str)  # option id, factor id
    option_selected = Signal(str)  # option id: its column header was pressed

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = ScoreTableModel(document, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ScoreDelegate(self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("4×5 = 20") + 10)
        header.sectionDoubleClicked.connect(self.rename_option)
        header.sectionPressed.connect(self._header_pressed)  # the press selects the column too
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.legend = plain_label("", self, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.table)
        layout.addWidget(self.legend)
        document.structure_changed.connect(self._show_legend)
        self._show_legend()

    def _toolbar(self) -> QWidget:
        bar = panel_toolbar(self)
        bar.addWidget(plain_label(self.tr("Options:"), bar))
        add_tool(bar, self.tr("Add"), self.tr("Add an option"), self.add_option)
        add_tool(bar, self.tr("Rename…"), self.tr("Rename the selected option"),
                 lambda: self.rename_option(self.current_column()))
        add_tool(bar, self.tr("Details"), self.tr("Show the selected option's name and description, in both languages"),
                 lambda: self._header_pressed(self.current_column()))
        add_tool(bar, self.tr("Earlier"), self.tr("Move the selected option one place earlier"),
                 lambda: self.move_option(-1))
        add_tool(bar, self.tr("Later"), self.tr("Move the selected option one place later"),
                 lambda: self.move_option(1))
        add_tool(bar, self.tr("Delete"), self.tr("Delete the selected option"), self.delete_option)
        return bar

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Give factor names at most 30 % of the table; the headers elide the rest (full in tooltips)."""
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_headers(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_headers(self, width: int) -> None:
        self.table.verticalHeader().setMaximumWidth(max(12 * self.fontMetrics().averageCharWidth(), width * 3 // 10))

    def _show_legend(self) -> None:
        model = self._document.model
        # The band legend only explains risk cells; a model of direct values has none.
        self.legend.setVisible(any(f.kind == "risk" for f in model.factors))
        bands = model.bands
        lower = [0.0, *bands.upper[:-1]]
        parts = [f"{isolated(name)} {formula(shown(f'{low + 1:g}–{high:g}'))}"
                 for name, low, high in zip(bands.names, lower, bands.upper)]
        self.legend.setText(self.tr("Risk = likelihood × impact. Bands: {0}").format(listed(parts)))

    def current_column(self) -> int:
        """Column (option) of the current cell, -1 when none."""
        return self.table.currentIndex().column()

    def _option_at(self, column: int) -> Option | None:
        options = self._document.model.options
        return options[column] if 0 <= column < len(options) else None

    def _header_pressed(self, column: int) -> None:
        option = self._option_at(column)
        if option is not None:
            self.option_selected.emit(option.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            option_id, factor, _ = self.model.cell(current)
            self.cell_selected.emit(option_id, factor.id)

    def select_cell(self, option_id: str, factor_id: str) -> None:
        """Make the cell of ``option_id`` × ``factor_id`` current."""
        options = [o.id for o in self._document.model.options]
        factors = [f.id for f in self._document.model.factors]
        if option_id in options and factor_id in factors:
            self.table.setCurrentIndex(self.model.index(factors.index(factor_id), options.index(option_id)))

    def add_option(self) -> None:
        """Add an option after the current one; its cells start mid-scale."""
        model = self._document.model
        option = Option(unique_id(model, "O"), self.tr("New option"))
        column = self.current_column()
        if self._document.apply(edits.AddOption(option, column + 1 if column >= 0 else None)):
            self.rename_option(self._column_of(option.id))

    def _column_of(self, option_id: str) -> int:
        return [o.id for o in self._document.model.options].index(option_id)

    def rename_option(self, column: int) -> None:
        """Ask for a new name of the option in ``column`` (its text shows as typed, never as markup)."""
        option = self._option_at(column)
        if option is None:
            return
        from PySide6.QtWidgets import QInputDialog  # made when first asked: not before the first paint

        name, accepted = QInputDialog.getText(self, self.tr("Rename option"), self.tr("Option name:"),
                                              text=option.name)
        if accepted and name != option.name:
            self._document.apply(edits.SetOption(option.id, {"name": name.strip()}))

    def move_option(self, step: int) -> None:
        """Move the current option ``step`` places."""
        option = self._option_at(self.current_column())
        if option is not None:
            target = self.current_column() + step
            if 0 <= target < len(self._document.model.options):
                self._document.apply(edits.MoveOption(option.id, target))
                self.table.setCurrentIndex(self.model.index(max(0, self.table.currentIndex().row()), target))

    def delete_option(self) -> None:
        """Delete the current option (undoable)."""
        option = self._option_at(self.current_column())
        if option is not None:
            self._document.apply(edits.DeleteOption(option.id))
