"""A pairwise comparison matrix as a table model: upper triangle edited, reciprocals automatic.

Cell (i, j) says how much more important the *row* criterion i is than the
*column* criterion j, on Saaty's 1/9 … 9 scale. After every edit the model
recomputes priorities and consistency (:func:`core.ahp.ahp`) and marks the
most inconsistent judgement.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core.ahp import AhpResult, ahp
from ui.i18n import Context, shown
from ui.models.common import NUMBER_ALIGNMENT, rich_tooltip

Index = QModelIndex | QPersistentModelIndex
FIXED_COLOR, FLAG_COLOR = "#ECEEF1", "#F8C07A"


AHP = Context("AHP")


def saaty_text(value: float) -> str:
    """``3`` or ``1/3``: a judgement as the analyst writes it."""
    fraction = Fraction(value).limit_denominator(9)
    return str(fraction.numerator) if fraction.denominator == 1 else f"1/{fraction.denominator}"


def saaty_label(value: float) -> str:
    """A judgement with its meaning, e.g. ``3 — moderately more important``."""
    words = {1: AHP.tr("equally important"), 3: AHP.tr("moderately more important"),
             5: AHP.tr("strongly more important"),
             7: AHP.tr("very strongly more important"), 9: AHP.tr("extremely more important")}
    less = {1: words[1], 3: AHP.tr("moderately less important"), 5: AHP.tr("strongly less important"),
            7: AHP.tr("very strongly less important"), 9: AHP.tr("extremely less important")}
    strength = round(value if value >= 1 else 1 / value)
    meaning = (words if value >= 1 else less).get(strength, AHP.tr("in between"))
    return f"{shown(saaty_text(value))} — {meaning}"


def parse_judgement(text: str) -> float | None:
    """The Saaty value the analyst typed: ``3``, ``1/3``, ``0.2`` or a label such as ``3 — moderately…``.

    Only the 17 values of the scale are accepted (None otherwise), so a typed
    judgement is entered exactly or not at all.
    """
    from core.ahp import SAATY_SCALE

    head = text.split("—")[0].strip().replace(" ", "")
    try:
        value = Fraction(head)
    except (ValueError, ZeroDivisionError):
        return None
    return {Fraction(v).limit_denominator(9): float(v) for v in SAATY_SCALE}.get(value)


class AhpMatrixModel(QAbstractTableModel):
    """An n × n reciprocal matrix of judgements with its live AHP result."""

    recomputed = Signal()

    def __init__(self, labels: list[str], matrix: list[list[float]], parent=None) -> None:
        super().__init__(parent)
        self._labels = list(labels)
        self._matrix = [list(map(float, row)) for row in matrix]
        self.result: AhpResult = ahp(self._matrix, self._labels)

    def matrix(self) -> list[list[float]]:
        """The judgements, full square."""
        return [list(row) for row in self._matrix]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._labels)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.row() < index.column() else flags

    def _flagged(self, row: int, column: int) -> bool:
        worst = self.result.most_inconsistent
        if worst is None:
            return False
        pair = {self._labels.index(worst.row), self._labels.index(worst.column)}
        return {row, column} == pair

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self._matrix[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return saaty_label(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._flagged(row, column):
                return QBrush(QColor(FLAG_COLOR))
            return QBrush(QColor(FIXED_COLOR)) if row >= column else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, value)
        return None

    def _tooltip(self, row: int, column: int, value: float) -> str:
        lines = [AHP.tr("{0} compared with {1}: {2}").format(self._labels[row], self._labels[column],
                                                           saaty_label(value))]
        worst = self.result.most_inconsistent
        if self._flagged(row, column) and worst is not None:
            lines.append(AHP.tr("Most inconsistent judgement: {0} would fit the others better.").format(
                shown(saaty_text(worst.suggested if row < column else 1 / worst.suggested))))
        if row >= column:
            lines.append(AHP.tr("Set by its mirror cell above the diagonal."))
        return rich_tooltip(lines)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set a judgement above the diagonal; its reciprocal follows."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.row() >= index.column():
            return False
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        if not 1 / 9 - 1e-9 <= number <= 9 + 1e-9:
            return False
        row, column = index.row(), index.column()
        self._matrix[row][column], self._matrix[column][row] = number, 1 / number
        self.result = ahp(self._matrix, self._labels)
        last = len(self._labels) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, last))
        self.recomputed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if not 0 <= section < len(self._labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            side = AHP.tr("Row criterion") if orientation == Qt.Orientation.Vertical else AHP.tr("Column criterion")
            return rich_tooltip([f"{side}: {self._labels[section]}"])
        return None
