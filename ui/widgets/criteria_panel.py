"""The criteria tree (left): weights, locks and type, with add/rename/move/delete and weighting dialogs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QHeaderView, QLineEdit, QMenu,
                               QStyledItemDelegate, QTreeView, QVBoxLayout, QWidget)

from core import edits
from core.edits import unique_id
from core.edits.tree import leaves
from core.model import Criterion
from ui.bidi import label
from ui.document import Document
from ui.models.criteria_tree import GLOBAL, ID_ROLE, LOCAL, LOCK, NAME, TYPE, CriteriaTreeModel, type_labels
from ui.widgets.common import add_tool, panel_toolbar
from ui.widgets.weight_editor import WeightEditor


class CriteriaDelegate(QStyledItemDelegate):
    """A percent spin box for the local weight, a drop-down for the type."""

    def createEditor(self, parent, option, index):
        if index.column() == LOCAL:
            spin = QDoubleSpinBox(parent)
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            return spin
        if index.column() == TYPE:
            combo = QComboBox(parent)
            for key, label in type_labels().items():
                combo.addItem(label, key)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        """Start from the value itself (the bare name, the percent, the type), not the text the cell shows."""
        model = index.model()
        value = model.edit_value(index) if isinstance(model, CriteriaTreeModel) else None
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDoubleSpinBox) and value is not None:
            editor.setValue(value)
        elif isinstance(editor, QLineEdit) and value is not None:
            editor.setText(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class CriteriaPanel(QWidget):
    """Tree of groups and factors with their weights in the active profile."""

    criterion_selected = Signal(str)
    weighting_requested = Signal(str, str)  # dialog kind, criterion id whose sibling set to weight

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = CriteriaTreeModel(document, self)
        self.tree = QTreeView(self)
        # One line per row: without this the tree asks every changed row for its height on each slider step.
        self.tree.setUniformRowHeights(True)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(CriteriaDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.DoubleClicked | QTreeView.EditTrigger.EditKeyPressed
                                  | QTreeView.EditTrigger.SelectedClicked)
        self._size_columns()
        self.tree.expandAll()
        self.model.modelReset.connect(self._after_reset)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.weights = WeightEditor(document, self)
        self.weights.weighting_requested.connect(
            lambda kind: self.weighting_requested.emit(kind, self.selected() or ""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.tree)
        layout.addWidget(self.weights)
        self._selected: str | None = None

    def _size_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # Fixed widths from the font: sizing to contents would ask every row on every redraw (a slider drag).
        samples = {LOCAL: "100.0", GLOBAL: "100.0", LOCK: "", TYPE: self.tr("Benefit")}
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 14)

    def _toolbar(self) -> QWidget:
        bar = panel_toolbar(self)
        add_tool(bar, self.tr("Add factor"), self.tr("Add a factor to the selected group"), self.add_factor)
        add_tool(bar, self.tr("Add group"), self.tr("Add a group beside the selection"), self.add_group)
        add_tool(bar, self.tr("Delete"), self.tr("Delete the selected criterion"), self.delete)
        add_tool(bar, "▲", self.tr("Move the selected criterion up"), lambda: self.move(-1))
        add_tool(bar, "▼", self.tr("Move the selected criterion down"), lambda: self.move(1))
        self.move_menu = QMenu(self.tr("Move to"), self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        add_tool(bar, self.tr("Move to"), self.tr("Move the selected criterion into another group"),
                 menu=self.move_menu)
        return bar

    def selected(self) -> str | None:
        """Id of the selected criterion, if any."""
        return self._selected

    def select(self, criterion_id: str | None) -> None:
        """Select (and show) the criterion ``criterion_id``."""
        index = self.model.index_of_id(criterion_id) if criterion_id else QModelIndex()
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.tree.selectionModel().setCurrentIndex(index, flags)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._selected = current.data(ID_ROLE) if current.isValid() else None
        self.weights.set_criterion(self._selected)
        if self._selected:
            self.criterion_selected.emit(self._selected)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        self.select(self._selected)

    def _where_new(self, as_group: bool) -> tuple[str | None, int | None]:
        """Parent and index for a new node: into a selected group, else after the selected node."""
        model = self._document.model
        for node, _, parent in model.walk():
            if node.id == self._selected:
                if node.is_group and not as_group:
                    return node.id, None
                siblings = parent.children if parent else model.criteria
                return (parent.id if parent else None), siblings.index(node) + 1
        return None, None

    def _add(self, node: Criterion, as_group: bool) -> None:
        parent, index = self._where_new(as_group)
        if self._document.apply(edits.AddCriterion(node, parent, index)):
            self.select(node.id)
            self.tree.edit(self.model.index_of_id(node.id))

    def add_factor(self) -> None:
        """Add a risk factor (likelihood × impact) to the selected group."""
        model = self._document.model
        self._add(Criterion(unique_id(model, "F"), self.tr("New factor")), False)

    def add_group(self) -> None:
        """Add a group (with one factor, since a group without children would be a factor)."""
        model = self._document.model
        factor = Criterion(unique_id(model, "F"), self.tr("New factor"))
        self._add(Criterion(unique_id(model, "G"), self.tr("New group"), children=(factor,)), True)

    def delete(self) -> None:
        """Delete the selected criterion (undoable); a group with children asks first."""
        node = next((n for n, _, _ in self._document.model.walk() if n.id == self._selected), None)
        if node is None:
            return
        if node.is_group:
            from PySide6.QtWidgets import QMessageBox

            factors = len(leaves(node))
            button = QMessageBox.StandardButton
            text = self.tr("Delete the group {0} with its %Ln factor(s), their weights and their scores? "
                           "Undo brings them back.", "", factors).format(label(node.id, node.name, " "))
            if self.window().ask(self.tr("Delete Group"), text, button.Yes | button.Cancel,
                                 button.Cancel) != button.Yes:
                return
        self._document.apply(edits.DeleteCriterion(node.id))

    def move(self, step: int) -> None:
        """Move the selected criterion ``step`` places among its siblings."""
        model = self._document.model
        for node, _, parent in model.walk():
            if node.id == self._selected:
                siblings = parent.children if parent else model.criteria
                target = siblings.index(node) + step
                if 0 <= target < len(siblings):
                    self._document.apply(edits.MoveCriterion(node.id, parent.id if parent else None, target))
                return

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        top = self.move_menu.addAction(self.tr("Top level"))
        top.triggered.connect(lambda: self._move_to(None))
        for node, depth, _ in self._document.model.walk():
            if node.is_group and node.id != self._selected:
                action = self.move_menu.addAction("    " * depth + label(node.id, node.name))
                action.triggered.connect(lambda _c=False, target=node.id: self._move_to(target))

    def _move_to(self, parent: str | None) -> None:
        if self._selected:
            self._document.apply(edits.MoveCriterion(self._selected, parent, 10**6))
