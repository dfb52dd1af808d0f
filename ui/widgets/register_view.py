"""The Register view: every risk cell of the model as a row of a risk register, filtered, sorted, edited in place.

Above the table, one drop-down per filter (option, group, band on either
basis, owner, status) and "Overdue reviews only"; below it, how many risks
show, how many reviews are overdue, and the residual rule. The current row's
cell is announced (``cell_selected``) so the window can show it in the score
matrix and the inspector. Clicking a column
header sorts by it (a number as a number, a band in band order). Cells edit in
place through the document, so Undo puts back exactly what was there; Delete
empties the current field. Beside the table, the current risk's statement,
owner and action in both languages (:mod:`ui.widgets.text_details`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from core.register import STATUSES
from ui import i18n
from ui.bidi import formula, isolated, label, line
from ui.document import Document
from ui.i18n import core_label, core_text
from ui.models.register_filter import RegisterFilter
from ui.models.register_table import COLUMNS, RegisterTableModel, headers
from ui.widgets.common import plain_label, refill_combo
from ui.widgets.register_delegates import ChoiceDelegate
from ui.widgets.text_details import Chosen, TextDetails

CLEARABLE = ("statement", "owner", "treatment", "action", "due", "review")  # status and levels always have a value
ANY = "\x00any"  # combo data for "no filter": no id, owner or status can be this (control characters are refused)
# Column widths in average characters: text columns wide, levels narrow (the analyst can drag any of them).
WIDTHS = {"option": 8, "factor": 30, "group": 18, "statement": 36, "owner": 18, "controls": 16, "likelihood": 5,
          "impact": 5, "score": 7, "band": 10, "residual_likelihood": 7, "residual_impact": 7, "residual_score": 12,
          "residual_band": 11, "treatment": 11, "action": 30, "due": 11, "status": 11, "review": 21}


class RegisterView(QWidget):
    """Filters over a sortable, editable register table."""

    cell_selected = Signal(str, str)  # option id, factor id of the current row

    def __init__(self, document: Document, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = RegisterTableModel(document, today, self)
        self.proxy = RegisterFilter(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        # The model's own order until a header is clicked (no sort of every row at start-up).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.installEventFilter(self)
        self.combos: dict[str, QComboBox] = {}
        self.overdue = QCheckBox(self.tr("Overdue reviews only"), self)
        self.overdue.toggled.connect(lambda on: self.proxy.set_filters(overdue=on))
        self.summary = plain_label("", self, wrap=True)
        self.summary.setContentsMargins(4, 0, 4, 4)
        self.details = TextDetails(document, (("statement", self.tr("&Statement:"), False),
                                              ("owner", self.tr("O&wner:"), True),
                                              ("action", self.tr("Ac&tion:"), False)),
                                   self._chosen_texts, self.tr("No risk chosen."), self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_row())
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        # _follow ends with the summary, after the model's own refresh (connected first) has the rows up to date;
        # a weight or method edit, which leaves the register as it was, does not redo the overdue count.
        for signal in (document.structure_changed, document.register_changed, document.scores_changed):
            signal.connect(self._follow)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._show_summary)
        self._follow()
        self._size_columns()

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(4, 4, 4, 0)
        for key, text in (("option", self.tr("Option:")), ("group", self.tr("Group:")), ("band", self.tr("Band:")),
                          ("owner", self.tr("Owner:")), ("status", self.tr("Status:"))):
            combo = QComboBox(self)
            # A fixed width: a long owner name or option title must not push the other filters about.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _n, k=key: self._filter_changed(k))
            label = plain_label(text, self)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
            self.combos[key] = combo
        row.addWidget(self.overdue)
        self.show_all = QPushButton(self.tr("Show &all"), self)
        self.show_all.setToolTip(self.tr("Clear every filter"))
        self.show_all.clicked.connect(self.clear_filters)
        row.addWidget(self.show_all)
        row.addStretch(1)
        return row

    def _size_columns(self) -> None:
        metrics, width = self.fontMetrics(), self.fontMetrics().averageCharWidth()
        bold = QFont(self.font())
        bold.setBold(True)
        titles = headers()
        for n, key in enumerate(COLUMNS):
            # Room for the title and its sort arrow; the review column for a bold "… overdue" mark.
            needed = max(WIDTHS[key] * width, metrics.horizontalAdvance(titles[key]) + 4 * width)
            if key == "review":
                needed = max(needed, QFontMetrics(bold).horizontalAdvance(self.model.overdue_text("2026-12-31"))
                             + 2 * width)
            self.table.setColumnWidth(n, needed)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

    def _choices(self) -> dict[str, list[tuple[object, str]]]:
        """The items of each filter drop-down as (data, text), "All" first."""
        model = self._document.model
        every = [(ANY, self.tr("All"))]
        groups = {parent.id: parent.name for node, _, parent in model.walk()
                  if parent is not None and not node.is_group and node.kind == "risk"}
        owners = sorted({entry.owner for entry in model.register.entries.values() if entry.owner}, key=str.casefold)
        bands = [(f"{basis}:{n}", f"{text} {isolated(name)}") for basis, text in (("inherent", self.tr("Inherent")),
                                                                   ("residual", self.tr("Residual")))
                 for n, name in enumerate(model.bands.names)]
        return {"option": every + [(o.id, label(o.id, o.name, " ")) for o in model.options],
                "group": every + [(g, label(g, name, " ")) for g, name in groups.items()],
                "band": every + bands,
                "owner": every + [("", self.tr("(no owner)"))] + [(o, o) for o in owners],
                "status": every + [(s, core_label("status", s)) for s in STATUSES]}

    def _follow(self) -> None:
        """Refill the filter drop-downs from the model; a filter whose choice went falls back to All."""
        for key, items in self._choices().items():
            refill_combo(self.combos[key], items, ANY)
            self._filter_changed(key)
        self._show_summary()
        self.details.refresh()

    def _filter_changed(self, key: str) -> None:
        data = self.combos[key].currentData()
        if data == ANY or data is None:
            data = None
        elif key == "band":
            basis, band = data.split(":")
            data = (basis, int(band))
        self.proxy.set_filters(**{key: data})

    def set_filter(self, key: str, data: object) -> None:
        """Choose the filter item whose data is ``data`` (``ANY`` for All), as the analyst would."""
        combo = self.combos[key]
        position = next((n for n in range(combo.count()) if combo.itemData(n) == data), -1)
        if position < 0:
            raise ValueError(f"no {key} filter item {data!r}")
        combo.setCurrentIndex(position)

    def set_today(self, today: Callable[[], date]) -> None:
        """Read today's date from ``today`` from now on (the overdue marks, filter and count follow)."""
        self.model.set_today(today)
        self._show_summary()

    def clear_filters(self) -> None:
        """Show every risk again."""
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Delete (or Backspace) empties the current register field, as in a spreadsheet (one undo step)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.table.state() != QTableView.State.EditingState:
            index = self.table.currentIndex()
            if index.isValid() and COLUMNS[index.column()] in CLEARABLE:
                self.proxy.setData(index, "")
                return True
        return super().eventFilter(watched, event)

    def _chosen_texts(self) -> Chosen:
        current = self.table.currentIndex()
        if not current.isValid():
            return None
        row = self.model.row(self.proxy.mapToSource(current).row())
        return (f"entries/{row.option.id}/{row.factor.id}/",
                line(f"{label(row.option.id, row.option.name, ' ')}\n× {label(row.factor.id, row.factor.name, ' ')}"))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.refresh()
        if current.isValid():
            row = self.model.row(self.proxy.mapToSource(current).row())
            self.cell_selected.emit(row.option.id, row.factor.id)

    def _show_summary(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        overdue = self.model.overdue_count()
        # %Ln: the count in the digits of the preference, its noun in the form the number takes.
        counts = self.tr("{0} of %Ln risk(s) shown", "", total).format(i18n.shown(str(shown))) if shown != total \
            else self.tr("%Ln risk(s)", "", total)
        late = self.tr("overdue reviews: {0} (as of {1})").format(i18n.shown(str(overdue)),
                                                                  formula(i18n.shown(self.model.today().isoformat())))
        self.summary.setText(f"{counts} · {late} · {isolated(core_text('register.rule'))}")
