"""The preview of a register import: which column feeds which field, the rows placed and the rows refused.

One combo box per column of the analyst's sheet says which register field
it feeds; every change re-places the rows at once (a field chosen for a
second column leaves the first one), so the analyst sees what the mapping
does before anything changes. Accepting means "apply the placed rows".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from core.model import DecisionModel
from core.register.import_map import FIELDS, IGNORE, Table, column_letter
from core.register.import_rows import Placement, place
from core.storage.sheet_reader import cell_text
from ui.bidi import isolated, label
from ui.geometry import remembered
from ui.i18n import core_message, shown
from ui.models.profile_tables import Column, RowsModel
from ui.widgets.common import plain_label, signals_blocked

SAMPLE_LENGTH = 40


class RegisterImportDialog(QDialog):
    """Maps the columns of ``table`` to register fields and shows where its rows land in ``model``."""

    def __init__(self, model: DecisionModel, table: Table, mapping: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.table = model, table
        self.setWindowTitle(self.tr("Import Risk Register"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "{0}: the header is row {1}; %Ln row(s) below it. A blank cell changes nothing; a filled one "
            "replaces the cell's value. Nothing changes until you apply.", "", len(table.rows)).format(
            isolated(core_message(table.where)), shown(str(table.header_row))), self, wrap=True))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self._mapping_area(mapping))
        split.addWidget(self._results_area())
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.placement = Placement(table.where)
        self.replace_rows()
        remembered(self, "RegisterImportDialog", 980, 720)

    # ---- the mapping --------------------------------------------------------

    def _field_names(self) -> list[tuple[str, str]]:
        names = {"option": self.tr("Option"), "factor": self.tr("Factor"), "likelihood": self.tr("Likelihood"),
                 "impact": self.tr("Impact"), "statement": self.tr("Risk statement"), "owner": self.tr("Owner"),
                 "treatment": self.tr("Treatment"), "action": self.tr("Action"), "due": self.tr("Due date"),
                 "status": self.tr("Status"), "review": self.tr("Review date")}
        return [(IGNORE, self.tr("(not imported)"))] + [(name, names[name]) for name in FIELDS]

    def _mapping_area(self, mapping: Sequence[str]) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(plain_label(self.tr("Columns of the file and the field each one feeds:"), box))
        grid_widget = QWidget(box)
        grid = QGridLayout(grid_widget)
        for column, text in enumerate((self.tr("Column"), self.tr("Imported as"), self.tr("First value"))):
            grid.addWidget(plain_label(text, grid_widget), 0, column)
        self.combos: list[QComboBox] = []
        for index, header in enumerate(self.table.headers):
            self._mapping_row(grid, grid_widget, index, header, mapping[index] if index < len(mapping) else IGNORE)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        outer.addWidget(scroll, 1)
        outer.addLayout(self._option_row(box))
        return box

    def _mapping_row(self, grid: QGridLayout, parent: QWidget, index: int, header: str, field: str) -> None:
        name = f"{column_letter(index)}  {header}" if header else column_letter(index)
        group = self.table.groups[index] if index < len(self.table.groups) else ""
        title = self.tr("{0}  (under “{1}”)").format(name, group) if group else name
        grid.addWidget(plain_label(title, parent), index + 1, 0)
        combo = QComboBox(parent)
        for data, text in self._field_names():
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(field)))
        combo.setAccessibleName(self.tr("Field for column {0}").format(name))
        combo.currentIndexChanged.connect(lambda _i, k=index: self._mapped(k))
        grid.addWidget(combo, index + 1, 1)
        self.combos.append(combo)
        grid.addWidget(plain_label(self._sample(index), parent), index + 1, 2)

    def _sample(self, index: int) -> str:
        """The first filled value of a column, shortened: what the analyst recognises the column by."""
        for row in self.table.rows:
            text = " ".join(cell_text(row.cells[index]).split()) if index < len(row.cells) else ""
            if text:
                return text if len(text) <= SAMPLE_LENGTH else text[:SAMPLE_LENGTH] + "…"
        return ""

    def _option_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Rows that name no option go to:"), parent))
        self.default_option = QComboBox(parent)
        self.default_option.addItem(self.tr("(none: such rows are refused)"), None)
        for option in self.model.options:
            self.default_option.addItem(label(option.id, option.name), option.id)
        self.default_option.currentIndexChanged.connect(self.replace_rows)
        row.addWidget(self.default_option, 1)
        return row

    def mapping(self) -> tuple[str, ...]:
        """The field each column feeds, as the combo boxes say."""
        return tuple(combo.currentData() for combo in self.combos)

    def set_field(self, column: int, field: str) -> None:
        """Map ``column`` to ``field`` as the analyst would (tests drive the dialog through this)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def _mapped(self, column: int) -> None:
        """A field chosen for ``column`` leaves the column that had it, then the rows are placed again."""
        field = self.combos[column].currentData()
        for index, combo in enumerate(self.combos):
            if index != column and field != IGNORE and combo.currentData() == field:
                with signals_blocked(combo):
                    combo.setCurrentIndex(combo.findData(IGNORE))
        self.replace_rows()

    # ---- the rows -------------------------------------------------------------

    def _results_area(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = plain_label("", box, wrap=True)
        layout.addWidget(self.summary)
        self.placed_label, self.placed = self._table(box, layout, [
            Column(self.tr("Row"), "int"), Column(self.tr("Option")), Column(self.tr("Factor")),
            Column(self.tr("What changes"))])
        self.refused_label, self.refused = self._table(box, layout, [Column(self.tr("Row"), "int"),
                                                                     Column(self.tr("Why it is not placed"))])
        return box

    def _table(self, parent: QWidget, layout: QVBoxLayout, columns: list[Column]) -> tuple[QLabel, QTableView]:
        title = plain_label("", parent)
        layout.addWidget(title)
        view = QTableView(parent)
        view.setModel(RowsModel(columns, view))
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        layout.addWidget(view, 1)
        return title, view

    def replace_rows(self) -> None:
        """Place the rows again under the current mapping and show the result."""
        self.placement = place(self.model, self.table, self.mapping(), self.default_option.currentData())
        placement, model = self.placement, self.model
        self.placed.model().set_rows([[p.row, p.option, p.factor, core_message(p.describe(model))]
                                      for p in placement.placed])
        rows: list[list] = [[self.tr("mapping"), core_message(problem)] for problem in placement.problems]
        self.refused.model().set_rows(rows + [[r.row, core_message(r.message)] for r in placement.refused])
        for view in (self.placed, self.refused):
            view.resizeColumnsToContents()
        changes = placement.changes(model)
        self.placed_label.setText(self.tr("Placed rows: {0}").format(shown(str(len(placement.placed)))))
        self.refused_label.setText(self.tr("Rows not placed: {0}").format(shown(str(len(placement.refused)))))
        # Each count its own phrase, so that each noun takes the form its number asks.
        self.summary.setText(self.tr("The mapping cannot place rows yet: fix the problems listed below.")
                             if placement.problems else
                             self.tr("{0}, {1}; {2}.").format(
                                 self.tr("%Ln row(s) placed", "", len(placement.placed)),
                                 self.tr("%Ln of them changing the model", "", changes),
                                 self.tr("%Ln row(s) not placed", "", len(placement.refused))))
        self.apply_button.setEnabled(changes > 0)
