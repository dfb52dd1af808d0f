"""The criteria tree as an item model: names, local and global weights, locks, type.

Weights are those of the document's active profile. The local weight column
edits as a percentage; setting it renormalises the unlocked siblings
(:func:`core.edits.renormalise`). The type column says how a factor is scored
(a risk, or a value where higher or lower is better) and edits that too.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from core import edits
from core.edits import local_shares
from core.model import Criterion
from ui.bidi import label
from ui.document import Document
from ui.i18n import Context, shown
from ui.models.common import NUMBER_ALIGNMENT, rich_tooltip

Index = QModelIndex | QPersistentModelIndex
NAME, LOCAL, GLOBAL, LOCK, TYPE = range(5)
TYPES = ("risk", "benefit", "cost")
ID_ROLE = Qt.ItemDataRole.UserRole + 10
# Read once: a view asks for seven roles of every cell it paints, and a Qt enum's attribute costs each time.
DISPLAY, EDIT, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
ALIGNMENT, CHECK_STATE = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.CheckStateRole
ANSWERED = frozenset((DISPLAY, EDIT, TOOLTIP, ALIGNMENT, CHECK_STATE, ID_ROLE))  # others: the view's defaults
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


class CriteriaTreeModel(QAbstractItemModel):
    """Criteria of the document's model as a tree with weight columns."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._build(document.model)
        document.structure_changed.connect(self.refresh)
        document.weights_changed.connect(self.refresh)
        document.locks_changed.connect(self._locks_changed)

    def _build(self, model) -> None:
        self._model = model
        self._nodes: list[Criterion] = []
        self._parent: list[int] = []
        self._row: list[int] = []
        self._children: dict[int, list[int]] = {-1: []}
        self._texts: dict[int, tuple[str, ...]] = {}  # each row's displayed texts, made once per build
        position: dict[str, int] = {}
        for node, _, parent in model.walk():
            number = len(self._nodes)
            position[node.id] = number
            owner = position[parent.id] if parent else -1
            self._nodes.append(node)
            self._parent.append(owner)
            self._row.append(len(self._children[owner]))
            self._children[owner].append(number)
            self._children[number] = []
        profile = self._document.profile()
        self._global = model.global_weights(profile)
        self._local: dict[str, float] = {}
        for owner, members in self._children.items():
            if members:
                self._local.update(local_shares(model, profile, self._nodes[members[0]].id))

    def _shape(self, model) -> tuple:
        return tuple((node.id, parent.id if parent else None) for node, _, parent in model.walk())

    def refresh(self) -> None:
        """Follow the document: the changed cells only, or a reset around a change of the tree's shape."""
        model = self._document.model
        if self._shape(model) != self._shape(self._model):
            self.beginResetModel()
            self._build(model)
            self.endResetModel()
            return
        before = self._rows()
        self._build(model)
        changed: dict[int, list[int]] = {}  # parent -> rows; one signal per sibling set keeps the view's work low
        whole = False
        for number, (old, new) in enumerate(zip(before, self._rows())):
            if old != new:
                changed.setdefault(self._parent[number], []).append(self._row[number])
                whole = whole or old[0] is not new[0]
        first, last = (NAME, TYPE) if whole else (LOCAL, GLOBAL)
        for owner, rows in changed.items():
            parent = self._index_of(owner)
            self.dataChanged.emit(self.index(min(rows), first, parent), self.index(max(rows), last, parent))

    def _rows(self) -> list[tuple]:
        """What each row shows apart from the lock: its node and its two weights as displayed."""
        return [(node, *self._row_texts(number)[LOCAL:GLOBAL + 1]) for number, node in enumerate(self._nodes)]

    def _row_texts(self, number: int) -> tuple[str, ...]:
        texts = self._texts.get(number)
        if texts is None:
            node = self._nodes[number]
            texts = self._texts[number] = tuple("" if column == LOCK else self._display(node, column)
                                                for column in range(TYPE + 1))
        return texts

    def _locks_changed(self) -> None:
        for number in range(len(self._nodes)):
            self.dataChanged.emit(self._index_of(number, LOCK), self._index_of(number, LOCK),
                                  [Qt.ItemDataRole.CheckStateRole])

    def _index_of(self, number: int, column: int = 0) -> QModelIndex:
        return QModelIndex() if number < 0 else self.createIndex(self._row[number], column, number)

    def node(self, index: Index) -> Criterion | None:
        """The criterion behind ``index`` (None for the root)."""
        return self._nodes[index.internalId()] if index.isValid() else None

    def index_of_id(self, criterion_id: str, column: int = 0) -> QModelIndex:
        """The index of the criterion with ``criterion_id`` (invalid when absent)."""
        for number, node in enumerate(self._nodes):
            if node.id == criterion_id:
                return self._index_of(number, column)
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        owner = parent.internalId() if parent.isValid() else -1
        members = self._children.get(owner, [])
        if not (0 <= row < len(members) and 0 <= column <= TYPE) or (parent.isValid() and parent.column()):
            return QModelIndex()
        return self.createIndex(row, column, members[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        return self._index_of(self._parent[index.internalId()])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else -1, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return TYPE + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        if column == LOCK:
            return CHECKABLE
        if column in (NAME, LOCAL) or (column == TYPE and not self._nodes[index.internalId()].is_group):
            return EDITABLE
        return SHOWN

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED or not index.isValid():
            return None
        number, column = index.internalId(), index.column()
        if role == DISPLAY:  # the paint path, first
            return None if column == LOCK else self._row_texts(number)[column]
        node = self._nodes[number]
        if role == ID_ROLE:
            return node.id
        if role == TOOLTIP:
            kind = type_labels().get(type_of(node), "")
            return rich_tooltip([label(node.id, node.name, " "), kind, node.description, *node.evidence])
        if column == LOCK:
            return (CHECKED if node.id in self._document.locked else UNCHECKED) if role == CHECK_STATE else None
        if role == ALIGNMENT:
            return NUMBER_ALIGNMENT if column in (LOCAL, GLOBAL) else None
        return self._edit_value(node, column) if role == EDIT else None

    def _display(self, node: Criterion, column: int) -> str:
        if column == NAME:
            return label(node.id, node.name)
        if column == LOCAL:
            return shown(f"{100 * self._local[node.id]:.1f}")
        if column == GLOBAL:
            weight = self._global.get(node.id, self._group_weight(node))
            return shown(f"{100 * weight:.1f}")
        return type_short_labels().get(type_of(node), "")

    def _edit_value(self, node: Criterion, column: int):
        return {NAME: node.name, LOCAL: 100 * self._local[node.id], GLOBAL: None,
                TYPE: type_of(node)}.get(column)

    def _group_weight(self, node: Criterion) -> float:
        return sum(self._global.get(leaf, 0.0) for leaf in _leaf_ids(node))

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename, reweight (percent), lock, or change the type of a criterion."""
        if not index.isValid():
            return False
        node, column = self.node(index), index.column()
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= TYPE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [Criteria.tr("Criterion"), Criteria.tr("Local %"), Criteria.tr("Global %"), Criteria.tr("Lock"),
                    Criteria.tr("Type")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [Criteria.tr("Groups and factors"), Criteria.tr("Share of the weight among its siblings"),
                    Criteria.tr("Share of the whole weight"),
                    Criteria.tr("A locked weight keeps its share when a sibling "
                                                          "changes"), Criteria.tr("How the factor is scored")][section]
        return None


def _leaf_ids(node: Criterion) -> list[str]:
    return [node.id] if not node.is_group else [i for child in node.children for i in _leaf_ids(child)]
