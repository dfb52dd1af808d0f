"""The Controls editor: the register's controls (top) and the chosen control's effects grid (below).

The list edits in place (id, name, description, owner, status, evidence);
Add puts a new control after the chosen one, Delete removes the chosen one
with its effects; every change is one undo step. The grid below shows, for
the chosen control, by how many levels it lowers likelihood and impact in
each risk cell ("−1 L −1 I"), risk factors down and options across; a cell
edits with two drop-downs, and the Register view's residual columns follow.
Beside both, the chosen control's texts in both languages
(:mod:`ui.widgets.text_details`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from core.edits import AddControl, DeleteControl
from core.register import Control
from core.texts import id_key
from ui.bidi import isolated, label
from ui.document import Document
from ui.i18n import core_text
from ui.models.controls_table import CONTROL_COLUMNS, ControlsTableModel, EffectsTableModel
from ui.widgets.common import add_tool, panel_toolbar, plain_label, select_row
from ui.widgets.register_delegates import ChoiceDelegate, EffectDelegate
from ui.widgets.text_details import Chosen, TextDetails

EDIT_TRIGGERS = (QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                 | QTableView.EditTrigger.AnyKeyPressed)


def next_control_id(controls: tuple[Control, ...]) -> str:
    """The first id "C<n>" no control has (as ids are told apart), n counting from the number of controls + 1."""
    taken = {id_key(c.id) for c in controls}
    n = len(controls) + 1
    while id_key(f"C{n}") in taken:
        n += 1
    return f"C{n}"


class ControlsEditor(QWidget):
    """Adds, edits and deletes controls; edits the effects of the chosen one."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.controls = ControlsTableModel(document, self)
        self.effects = EffectsTableModel(document, self)
        self.list = QTableView(self)
        self.list.setModel(self.controls)
        self.list.setItemDelegate(ChoiceDelegate(self.list))
        self.list.setEditTriggers(EDIT_TRIGGERS)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(CONTROL_COLUMNS.index("description"),
                                                          QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().selectionChanged.connect(self._chosen)
        self.grid = QTableView(self)
        self.grid.setModel(self.effects)
        self.grid.setItemDelegate(EffectDelegate(self.grid))
        self.grid.setEditTriggers(EDIT_TRIGGERS)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        for table in (self.list, self.grid):
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.details = TextDetails(document, ((key, text, key != "description") for key, text in (
            ("name", self.tr("&Name:")), ("description", self.tr("D&escription:")), ("owner", self.tr("&Owner:")),
            ("evidence", self.tr("E&vidence:")))), self._chosen_texts, self.tr("No control chosen."), self)
        self.caption = plain_label("", self, wrap=True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.caption)
        lower_layout.addWidget(self.grid, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        beside = QSplitter(Qt.Orientation.Horizontal, self)  # the texts get the page's full height
        beside.addWidget(split)
        beside.addWidget(self.details)
        beside.setStretchFactor(0, 4)
        beside.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(beside, 1)
        document.register_changed.connect(self._follow)
        self.controls.modelReset.connect(self._follow)
        self._size_columns()
        self._follow()

    def _toolbar(self) -> QWidget:
        bar = panel_toolbar(self)
        bar.addWidget(plain_label(self.tr("Controls:"), bar))
        add_tool(bar, self.tr("Add"), self.tr("Add a control after the chosen one"), self.add_control)
        add_tool(bar, self.tr("Delete"), self.tr("Delete the chosen control and its effects"), self.delete_control)
        return bar

    def _size_columns(self) -> None:
        width, header = self.fontMetrics().averageCharWidth(), self.list.horizontalHeader()
        for n, key in enumerate(CONTROL_COLUMNS):
            # Never narrower than its title (the Arabic "المعرّف" is longer than 7 characters of ids).
            self.list.setColumnWidth(n, max(header.sectionSizeHint(n), {
                "id": 7, "name": 30, "description": 40, "owner": 18, "status": 11, "evidence": 18}.get(key, 8) * width))

    def current(self) -> Control | None:
        """The chosen control (None when none is)."""
        return self.controls.control(self.list.currentIndex().row())

    def choose(self, control_id: str) -> None:
        """Make ``control_id`` the chosen control (its effects show below)."""
        self._select(self.controls.row_of(control_id))

    def _select(self, row: int) -> None:
        select_row(self.list, row)

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._follow()

    def _chosen_texts(self) -> Chosen:
        control = self.current()
        return None if control is None else (f"controls/{control.id}/", label(control.id, control.name, " "))

    def _follow(self) -> None:
        """Show the effects and texts of the chosen control (the first one when none is chosen)."""
        control = self.current()
        if control is None and self.controls.rowCount():
            self._select(0)
            return  # selecting comes back here
        self.details.refresh()
        self.effects.set_control(None if control is None else control.id)
        if control is None:
            self.caption.setText(self.tr("No controls yet: Add one, then give its effect on each risk cell."))
            return
        state = self.tr("counts") if self._document.model.register.counts(control) else \
            self.tr("planned, not counted")
        self.caption.setText(self.tr("Effects of {0} {1} ({2}): levels it takes off likelihood (L) and impact "
                                     "(I) in each risk cell. {3}").format(control.id, isolated(control.name), state,
                                                                          isolated(core_text("register.rule"))))

    def add_control(self) -> None:
        """Add a new control after the chosen one and choose it (its name is selected for typing)."""
        controls = self._document.model.register.controls
        chosen = self.list.currentIndex().row()
        position = chosen + 1 if chosen >= 0 else len(controls)
        control = Control(next_control_id(controls), self.tr("New control"))
        if self._document.apply(AddControl(control, position)):
            self.choose(control.id)
            self.list.edit(self.controls.index(self.controls.row_of(control.id), CONTROL_COLUMNS.index("name")))

    def delete_control(self) -> None:
        """Delete the chosen control (undoable)."""
        control = self.current()
        if control is not None:
            self._document.apply(DeleteControl(control.id))
