"""Table models of the profile views and other read-only result tables: read-only result rows, and the choice of profiles with analyst weights.

:class:`RowsModel` shows rows of raw values under typed columns (Orange's
``PyTableModel`` habit): formatted text for ``DisplayRole``, the raw value
for ``EditRole``, numbers right-aligned, a best rank in bold.
:class:`ProfileChoiceModel` lists the model's profiles with a check box
each and, for a consensus, an editable weight per analyst.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeGuard

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ui.bidi import formula, isolated
from ui.i18n import shown
from ui.models.common import NUMBER_ALIGNMENT, rich_tooltip

Index = QModelIndex | QPersistentModelIndex
Cell = str | int | float | None
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
KINDS = ("text", "int", "rank", "percent", "points", "number", "signed")
BOLD_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class Column:
    """One column: its header, how its values read (one of KINDS) and a header tooltip."""

    header: str
    kind: str = "text"
    tip: str = ""


def format_value(value: Cell, kind: str) -> str:
    """``value`` as a cell shows it; None (or a non-finite number) reads "n/a"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return QCoreApplication.translate("Profiles", "n/a")
    if kind == "percent":
        return formula(shown(f"{100 * float(value):.1f} %"))
    if kind == "points":  # a change of weights, in percentage points
        return QCoreApplication.translate("Profiles", "{0} pts").format(formula(shown(f"{100 * float(value):.1f}")))
    if kind == "number":
        return formula(shown(f"{float(value):.3f}"))
    if kind == "signed":
        return formula(shown(f"{int(value or 0):+d}".replace("-", "−") if value else "0"))
    if isinstance(value, (int, float)):  # a count or a rank
        return formula(shown(str(value)))
    return isolated(str(value))


class RowsModel(QAbstractTableModel):
    """Read-only rows of raw values; the columns may change with the rows (a reset around both)."""

    def __init__(self, columns: Sequence[Column] = (), parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[list[Cell]] = []
        self._bold: list[bool] = []

    def set_rows(self, rows: Sequence[Sequence[Cell]], columns: Sequence[Column] | None = None,
                 bold: Sequence[bool] | None = None) -> None:
        """Show ``rows`` (and new ``columns``); ``bold`` marks whole rows, e.g. criteria groups."""
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._rows = [list(row) for row in rows]
        self._bold = list(bold) if bold is not None else [False] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list[list[Cell]]:
        """The raw values, as given."""
        return [list(row) for row in self._rows]

    def column_values(self, column: int) -> list[Cell]:
        """The raw values of one column, top to bottom."""
        return [row[column] for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        value, column = self._rows[index.row()][index.column()], self._columns[index.column()]
        if role == DISPLAY:
            return format_value(value, column.kind)
        if role == EDIT:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and value:
            return rich_tooltip([str(value)])  # names may be long, and may hold markup: escape it
        if role == Qt.ItemDataRole.FontRole and self._strong(index.row(), value, column.kind):
            font = QFont()
            font.setBold(True)
            return font
        if role == BOLD_ROLE:
            return self._strong(index.row(), value, column.kind)
        return None

    def _strong(self, row: int, value: Cell, kind: str) -> bool:
        """Bold for a marked row, and for a first rank (the top option under a profile)."""
        return self._bold[row] or (kind == "rank" and value == 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == DISPLAY:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip([column.header, column.tip])
        return None


NAME, WEIGHT = 0, 1


class ProfileChoiceModel(QAbstractTableModel):
    """The model's profiles: a check box to include each, and a weight per analyst (≥ 0)."""

    choice_changed = Signal()

    def __init__(self, headers: tuple[str, str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._names: list[str] = []
        self._checked: dict[str, bool] = {}
        self._weights: dict[str, float] = {}

    def set_names(self, names: Sequence[str], checked: Sequence[str] = ()) -> None:
        """List ``names``; a name seen before keeps its check and weight, a new one takes ``checked``."""
        self.beginResetModel()
        self._names = list(names)
        self._checked = {n: self._checked.get(n, n in checked) for n in self._names}
        self._weights = {n: self._weights.get(n, 1.0) for n in self._names}
        self.endResetModel()
        self.choice_changed.emit()

    def names(self) -> list[str]:
        """Every listed profile, in order."""
        return list(self._names)

    def chosen(self) -> list[str]:
        """The checked profiles, in list order."""
        return [n for n in self._names if self._checked[n]]

    def analyst_weights(self) -> list[float]:
        """The weight of each checked profile, in the order of :meth:`chosen`."""
        return [self._weights[n] for n in self.chosen()]

    def set_chosen(self, names: Sequence[str]) -> None:
        """Check exactly ``names`` (one ``choice_changed``, so the views recompute once)."""
        self._checked = {name: name in names for name in self._names}
        if self._names:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._names) - 1, NAME),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        extra = Qt.ItemFlag.ItemIsUserCheckable if index.column() == NAME else Qt.ItemFlag.ItemIsEditable
        return base | extra

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        name = self._names[index.row()]
        if index.column() == NAME:
            if role in (DISPLAY, EDIT):
                return name
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self._checked[name] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return rich_tooltip([name])
            return None
        if role == DISPLAY:
            return shown(f"{self._weights[name]:g}")
        if role == EDIT:
            return self._weights[name]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT
        return None

    def setData(self, index: Index, value: object, role: int = EDIT) -> bool:  # noqa: N802 - Qt override
        if not index.isValid():
            return False
        name = self._names[index.row()]
        if index.column() == NAME and role == Qt.ItemDataRole.CheckStateRole:
            self._checked[name] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif index.column() == WEIGHT and role == EDIT and _is_weight(value):
            self._weights[name] = float(value)
        else:
            return False
        self.dataChanged.emit(index, index, [role, DISPLAY])
        self.choice_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and section in (NAME, WEIGHT):
            return self._headers[section]
        return None


def _is_weight(value: object) -> TypeGuard[float]:
    """A weight an analyst may have: a finite number ≥ 0 (not a bool, not text)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(float(value)) and float(value) >= 0)
