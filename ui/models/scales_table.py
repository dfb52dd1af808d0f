"""One descriptor scale (likelihood or impact) as a table model: five levels, each a label and a description.

The scales say what "likelihood 4" or "impact 2" means; every level picker of
the window reads its labels from them. Edits go through
:class:`~core.edits.SetScaleLevel` (one undo step each).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from core.edits import SetScaleLevel
from core.register import Level
from ui.bidi import isolated
from ui.document import Document
from ui.i18n import Context, shown
from ui.models.common import Index, rich_tooltip

SCALE_COLUMNS = ("label", "description")


Scales = Context("Scales")


class ScaleTableModel(QAbstractTableModel):
    """The levels of one axis of the document's descriptor scales; level 1 in the first row."""

    def __init__(self, document: Document, axis: str, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self.axis = axis
        self._levels = self._current()
        document.register_changed.connect(self.refresh)

    def _current(self) -> tuple[Level, ...]:
        return getattr(self._document.model.register.scales, self.axis)

    def refresh(self) -> None:
        """dataChanged for the levels that changed."""
        levels = self._current()
        old, self._levels = self._levels, levels
        if len(old) != len(levels):
            self.beginResetModel()
            self.endResetModel()
            return
        for n, (before, after) in enumerate(zip(old, levels)):
            if before != after:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(SCALE_COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._levels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SCALE_COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        level = self._levels[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return isolated(getattr(level, SCALE_COLUMNS[index.column()]))
        if role == Qt.ItemDataRole.EditRole:
            return getattr(level, SCALE_COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip([f"{shown(str(index.row() + 1))} — {level.label}", level.description])
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change a level's label or description (undoable; an empty label is refused by the model)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = SCALE_COLUMNS[index.column()]
        text = str(value).strip() if key == "description" else " ".join(str(value).split())
        if text == getattr(self._levels[index.row()], key):
            return True
        return self._document.apply(SetScaleLevel(self.axis, index.row() + 1, {key: text}))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return shown(str(section + 1)) if 0 <= section < len(self._levels) else None
        return {"label": Scales.tr("Label"), "description": Scales.tr("What it means")}.get(SCALE_COLUMNS[section]) \
            if 0 <= section < len(SCALE_COLUMNS) else None
