"""The criteria tree as an item model: names, local and global weights, locks, type.

Weights are those of the document's active profile. The local weight column
edits as a percentage; setting it renormalises the unlocked siblings
(:func:`core.edits.renormalise`). The type column says how a factor is scored
(a risk, or a value where higher or lower is better) and edits that too.

The cells live in Qt's own item model. A view painting the tree asks about
ten questions of every cell (index, flags, seven roles...); answered in Python
they were most of a weight slider step. Here Python only sets the texts a
change touched. An item holds one text for display and editing, so editors
start from :meth:`CriteriaTreeModel.edit_value` (the bare name, the percent,
the type key); every edit goes through the document.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core import edits
from core.edits import local_shares
from core.model import Criterion, DecisionModel
from ui.bidi import label
from ui.document import Document
from ui.i18n import Context, shown
from ui.models.common import NUMBER_ALIGNMENT, rich_tooltip

Index = QModelIndex | QPersistentModelIndex
NAME, LOCAL, GLOBAL, LOCK, TYPE = range(5)
TYPES = ("risk", "benefit", "cost")
ID_ROLE = Qt.ItemDataRole.UserRole + 10
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE, CHECKABLE = SHOWN | Qt.ItemFlag.ItemIsEditable, SHOWN | Qt.ItemFlag.ItemIsUserCheckable


Criteria = Context("Criteria")


def type_labels() -> dict[str, str]:
    """How a factor is scored, as the analyst reads it."""
    return {"risk": Criteria.tr("Risk (likelihood × impact)"), "benefit": Criteria.tr("Value, higher is better"),
            "cost": Criteria.tr("Value, lower is better")}


def type_short_labels() -> dict[str, str]:
    """The same, short enough for a tree column."""
    return {"risk": Criteria.tr("Risk"), "benefit": Criteria.tr("Benefit"), "cost": Criteria.tr("Cost")}


def type_of(node: Criterion) -> str:
    """``risk``, ``benefit`` or ``cost``; empty for a group."""
    if node.is_group:
        return ""
    return "risk" if node.kind == "risk" else node.direction


def _shape(model: DecisionModel) -> tuple:
    return tuple((node.id, parent.id if parent else None) for node, _, parent in model.walk())


class CriteriaTreeModel(QStandardItemModel):
    """Criteria of the document's model as a tree with weight columns."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(0, TYPE + 1, parent)
        self._document = document
        self._headers()
        self._fill(document.model)
        document.structure_changed.connect(self.refresh)
        document.weights_changed.connect(self.refresh)
        document.locks_changed.connect(self._locks_changed)

    def _headers(self) -> None:
        titles = (Criteria.tr("Criterion"), Criteria.tr("Local %"), Criteria.tr("Global %"), Criteria.tr("Lock"),
                  Criteria.tr("Type"))
        tips = (Criteria.tr("Groups and factors"), Criteria.tr("Share of the weight among its siblings"),
                Criteria.tr("Share of the whole weight"),
                Criteria.tr("A locked weight keeps its share when a sibling changes"),
                Criteria.tr("How the factor is scored"))
        for section, (title, tip) in enumerate(zip(titles, tips)):
            self.setHeaderData(section, Qt.Orientation.Horizontal, title)
            self.setHeaderData(section, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)

    def _fill(self, model: DecisionModel) -> None:
        """Make the rows of ``model``'s criteria (an empty model)."""
        self._model = model
        self._nodes: dict[str, Criterion] = {}
        self._items: dict[str, list[QStandardItem]] = {}
        self._weights = self._weight_texts(model)
        root = self.invisibleRootItem()
        for node, _, parent in model.walk():  # parents first: each row goes under its parent's first item
            (self._items[parent.id][NAME] if parent else root).appendRow(self._row_items(node))

    def _row_items(self, node: Criterion) -> list[QStandardItem]:
        self._nodes[node.id] = node
        items = self._items[node.id] = [QStandardItem() for _ in range(TYPE + 1)]
        for column, item in enumerate(items):
            item.setData(node.id, ID_ROLE)
            item.setFlags(CHECKABLE if column == LOCK else EDITABLE
                          if column in (NAME, LOCAL) or (column == TYPE and not node.is_group) else SHOWN)
        for column in (LOCAL, GLOBAL):
            items[column].setTextAlignment(NUMBER_ALIGNMENT)
            items[column].setText(self._weights[node.id][column - LOCAL])
        self._show_lock(node.id)
        self._show_node(node)
        return items

    def _show_node(self, node: Criterion) -> None:
        """The texts that come from the criterion itself: its name, its type, the tooltip of its row."""
        items = self._items[node.id]
        items[NAME].setText(label(node.id, node.name))
        items[TYPE].setText(type_short_labels().get(type_of(node), ""))
        tip = rich_tooltip([label(node.id, node.name, " "), type_labels().get(type_of(node), ""), node.description,
                            *node.evidence])
        for item in items:
            item.setToolTip(tip)

    def _weight_texts(self, model: DecisionModel) -> dict[str, tuple[str, str]]:
        """Each criterion's local and global weight as shown (a group's global weight is its factors')."""
        profile = self._document.profile()
        weights = model.global_weights(profile)
        local: dict[str, float] = {}
        for siblings in [model.criteria] + [node.children for node, _, _ in model.walk() if node.is_group]:
            if siblings:
                local.update(local_shares(model, profile, siblings[0].id))
        return {node.id: (shown(f"{100 * local[node.id]:.1f}"),
                          shown(f"{100 * weights.get(node.id, _group_weight(node, weights)):.1f}"))
                for node, _, _ in model.walk()}

    def refresh(self) -> None:
        """Follow the document: the changed cells only, or a reset around a change of the tree's shape."""
        model = self._document.model
        # The same criteria (a weight edit keeps them): the same shape, without walking both trees.
        if model.criteria is not self._model.criteria and _shape(model) != _shape(self._model):
            self.beginResetModel()
            with QSignalBlocker(self):
                self.removeRows(0, self.rowCount())
                self._fill(model)
            self.endResetModel()
            return
        self._model, before, self._weights = model, self._weights, self._weight_texts(model)
        changed, whole = [], False
        with QSignalBlocker(self):  # the views are told below, row by row
            for number, (node, _, _) in enumerate(model.walk()):
                renamed = self._nodes[node.id] is not node and self._nodes[node.id] != node
                if renamed:
                    self._nodes[node.id] = node
                    self._show_node(node)
                if renamed or before[node.id] != self._weights[node.id]:
                    for column in (LOCAL, GLOBAL):
                        self._items[node.id][column].setText(self._weights[node.id][column - LOCAL])
                    changed.append(number)
                    whole = whole or renamed
        if changed:
            self._tell(model, changed[0], changed[-1], (NAME, TYPE) if whole else (LOCAL, GLOBAL))

    def _tell(self, model: DecisionModel, first: int, last: int, columns: tuple[int, int]) -> None:
        """dataChanged for ``columns`` of the rows ``first`` to ``last`` (in the tree's order), one row each.

        For a range of several rows Qt's tree repaints up to the view's right edge (its update rectangle
        takes a right edge for a width), and a region of several rectangles repaints whole rows; one row
        per signal, over the whole span, repaints just these columns.
        """
        nodes = [node for node, _, _ in model.walk()][first:last + 1]
        for node in nodes:
            items = self._items[node.id]
            self.dataChanged.emit(items[columns[0]].index(), items[columns[1]].index())

    def _locks_changed(self) -> None:
        for criterion_id in self._items:
            self._show_lock(criterion_id)

    def _show_lock(self, criterion_id: str) -> None:
        # As a Qt.CheckState, not the int setCheckState stores: readers compare with the enum.
        state = CHECKED if criterion_id in self._document.locked else UNCHECKED
        self._items[criterion_id][LOCK].setData(state, Qt.ItemDataRole.CheckStateRole)

    def node(self, index: Index) -> Criterion | None:
        """The criterion behind ``index`` (None for the root)."""
        return self._nodes.get(index.data(ID_ROLE)) if index.isValid() else None

    def index_of_id(self, criterion_id: str, column: int = 0) -> QModelIndex:
        """The index of the criterion with ``criterion_id`` (invalid when absent)."""
        items = self._items.get(criterion_id)
        return items[column].index() if items else QModelIndex()

    def edit_value(self, index: Index):
        """What an editor of ``index`` starts from: the name, the local weight in percent, the type key."""
        node = self.node(index)
        if node is None:
            return None
        if index.column() == LOCAL:
            return 100 * local_shares(self._document.model, self._document.profile(), node.id)[node.id]
        return {NAME: node.name, TYPE: type_of(node)}.get(index.column())

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename, reweight (percent), lock, or change the type of a criterion, through the document."""
        node = self.node(index)
        if node is None:
            return False
        column = index.column()
        if column == LOCK and role == Qt.ItemDataRole.CheckStateRole:
            self._document.set_locked(node.id, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == NAME:
            return self._document.apply(edits.SetCriterion(node.id, {"name": str(value).strip()}))
        if column == LOCAL:
            return self._set_weight(node, value)
        if column == TYPE and value in TYPES:
            return self._set_type(node, value)
        return False

    def _set_weight(self, node: Criterion, value) -> bool:
        try:
            share = float(value) / 100
        except (TypeError, ValueError):
            self._document.refused.emit(Criteria.tr("A weight must be a number from 0 to 100."))
            return False
        return self._document.set_weight(node.id, share)

    def _set_type(self, node: Criterion, value: str) -> bool:
        if value == "risk":
            return self._document.apply(edits.SetKind(node.id, "risk"))
        if node.kind == "risk":
            steps = (edits.SetKind(node.id, "value"), edits.SetCriterion(node.id, {"direction": value}))
            return self._document.apply(edits.Batch(steps))
        return self._document.apply(edits.SetCriterion(node.id, {"direction": value}))


def _group_weight(node: Criterion, weights: dict[str, float]) -> float:
    return sum(weights.get(leaf, 0.0) for leaf in _leaf_ids(node))


def _leaf_ids(node: Criterion) -> list[str]:
    return [node.id] if not node.is_group else [i for child in node.children for i in _leaf_ids(child)]
