"""Table models of the robustness view: the weight thresholds, and matrices of shares or weights.

Both are read-only.  ``DisplayRole`` is formatted text, ``EditRole`` the
raw value (a float, or None where there is nothing: no threshold on that
side, no central weight for an option that never ranks first); numbers are
right-aligned (Orange's ``PyTableModel`` habit).  A new result of the same
shape changes the cells in place (``dataChanged``, or a layout change that
keeps selections and the current cell on their rows when only the order
moved, :func:`replace_rows`); only a new shape resets the model, so the
tables do not reset at every weight step.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.bidi import formula, label
from ui.i18n import Context, shown
from ui.models.common import NUMBER_ALIGNMENT, rich_tooltip

Index = QModelIndex | QPersistentModelIndex
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
ID_ROLE = Qt.ItemDataRole.UserRole + 60  # the row's criterion or option id
FACTOR, WEIGHT, LOWER, UPPER, DISTANCE, NEXT = range(6)


Robustness = Context("Robustness")


def percent(value: float | None, digits: int = 1) -> str:
    """A share as a percentage ("46.7%"); a dash for None or NaN."""
    if value is None or not math.isfinite(value):
        return "—"
    return formula(shown(f"{100 * value:.{digits}f}%"))


def points(value: float | None) -> str:
    """A difference of shares in percentage points; a dash for None."""
    if value is None or not math.isfinite(value):
        return "—"
    return Robustness.tr("{0} pts").format(formula(shown(f"{100 * value:.1f}")))


def replace_rows(model: QAbstractTableModel, old: Sequence[str], new: Sequence[str], same_columns: bool,
                 replace: Callable[[], Sequence[int]]) -> None:
    """Swap ``model``'s rows (keyed by id, ``old`` → ``new``) by calling ``replace``, with the fewest signals.

    ``replace`` installs the new rows and returns the (new) rows whose cells
    changed.  The same ids in the same order with ``same_columns``: one
    ``dataChanged`` over the changed rows (none if nothing changed).  The
    same ids in another order: a layout change whose persistent indexes follow
    their ids, then the cells.  Anything else is a new shape: a reset.
    """
    if not same_columns or len(old) != len(new) or set(old) != set(new) or len(set(new)) != len(new):
        model.beginResetModel()
        replace()
        model.endResetModel()
        return
    if list(old) == list(new):
        _cells_changed(model, replace())
        return
    model.layoutAboutToBeChanged.emit()
    persistent = model.persistentIndexList()
    replace()
    row_of = {key: row for row, key in enumerate(new)}
    model.changePersistentIndexList(persistent, [model.index(row_of[old[i.row()]], i.column()) for i in persistent])
    model.layoutChanged.emit()
    _cells_changed(model, range(len(new)))


def _cells_changed(model: QAbstractTableModel, rows: Sequence[int]) -> None:
    if len(rows) and model.columnCount():
        model.dataChanged.emit(model.index(min(rows), 0), model.index(max(rows), model.columnCount() - 1))


class ThresholdTableModel(QAbstractTableModel):
    """One row per factor, nearest threshold first: weight, stability interval, distance, next first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._names: dict[str, str] = {}

    def set_thresholds(self, limits: Sequence, names: Mapping[str, str]) -> None:
        """Show ``limits`` (:class:`~core.sensitivity.Threshold`, in order); ``names`` maps ids to names."""
        rows, names = list(limits), dict(names)
        old = {limit.criterion: limit for limit in self._rows}
        renamed = names != self._names

        def replace() -> list[int]:
            self._rows, self._names = rows, names
            return [r for r, limit in enumerate(rows) if renamed or old.get(limit.criterion) != limit]
        replace_rows(self, list(old), [limit.criterion for limit in rows], True, replace)

    def thresholds(self) -> list:
        """The thresholds as shown, top row first."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else NEXT + 1

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        limit, column = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return self._display(limit, column)
        if role == EDIT:
            return [limit.criterion, limit.weight, limit.lower, limit.upper, limit.distance,
                    limit.next_top][column]
        if role == ID_ROLE:
            return limit.criterion
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WEIGHT, LOWER, UPPER, DISTANCE):
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole and column == FACTOR:
            return rich_tooltip([label(limit.criterion, self._names.get(limit.criterion, limit.criterion), " ")])
        return None

    def _display(self, limit, column: int) -> str:
        if column == FACTOR:
            return label(limit.criterion, self._names.get(limit.criterion, limit.criterion))
        if column == WEIGHT:
            return percent(limit.weight)
        if column == LOWER:
            return percent(limit.lower)
        if column == UPPER:
            return percent(limit.upper)
        if column == DISTANCE:
            return points(limit.distance)
        return limit.next_top or "—"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= NEXT:
            return None
        if role == DISPLAY:
            return [Robustness.tr("Factor"), Robustness.tr("Weight"), Robustness.tr("Stable from"),
                    Robustness.tr("Stable to"), Robustness.tr("Distance"),
                    Robustness.tr("Next first")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [Robustness.tr("The factor whose weight moves; the others keep their shares of the rest"),
                    Robustness.tr("The factor's current global weight"),
                    Robustness.tr("Below this weight another option ranks first (— : not even at {0})").format(
                        percent(0.0, 0)),
                    Robustness.tr("Above this weight another option ranks first (— : not even at {0})").format(
                        percent(1.0, 0)),
                    Robustness.tr("How far the weight is from the nearer end, in percentage points"),
                    Robustness.tr("The option that ranks first beyond the nearer end")][section]
        return None


class MatrixTableModel(QAbstractTableModel):
    """Labelled rows of numbers: column 0 names the row, the others hold shares or weights.

    ``kind`` is "percent" (shares, weights) for every number; NaN and None
    read as a dash and come back as None for ``EditRole``. The numbers are
    kept as one array and read cell by cell as the view paints: converting
    the 180,000 shares of a 300-option result to Python floats up front held
    the GUI thread for a tenth of a second as the result arrived.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._labels: list[str] = []
        self._headers: list[str] = []
        self._values: object = ()  # a 2-D float array once set (numpy is not loaded at start-up)

    def set_matrix(self, ids: Sequence[str], labels: Sequence[str], headers: Sequence[str],
                   values: Sequence[Sequence[float | None]]) -> None:
        """Rows ``labels`` (keyed by ``ids``) under ``headers`` (the first heads the labels)."""
        import numpy as np

        ids, labels, headers = list(ids), list(labels), list(headers)
        # None reads as NaN in a float array; a copy, so the caller's array can never change what is shown.
        table = np.array(values, dtype=float).reshape(len(ids), max(len(headers) - 1, 0))
        before = {key: (text, row) for key, text, row in zip(self._ids, self._labels, self._rows())}

        def replace() -> list[int]:
            self._ids, self._labels, self._headers, self._values = ids, labels, headers, table
            return [r for r, key in enumerate(ids) if key not in before or before[key][0] != labels[r]
                    or not np.array_equal(before[key][1], table[r], equal_nan=True)]
        replace_rows(self, list(self._ids), ids, headers == self._headers, replace)

    def _rows(self) -> list:
        """The numbers row by row (none before the first result)."""
        return list(self._values) if len(self._ids) else []

    def clear(self) -> None:
        """No rows, no columns."""
        self.set_matrix([], [], [], [])

    def values(self) -> list[list[float | None]]:
        """The numbers as given, row by row (None for NaN)."""
        return [[self._number(r, c) for c in range(len(self._headers) - 1)] for r in range(len(self._ids))]

    def _number(self, row: int, column: int) -> float | None:
        value = float(self._values[row, column])
        return value if math.isfinite(value) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (DISPLAY, EDIT):
            if column == 0:
                return self._labels[row]
            value = self._number(row, column - 1)
            return percent(value) if role == DISPLAY else value
        if role == ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return rich_tooltip([self._labels[row]])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers) and role == DISPLAY:
            return self._headers[section]
        return None
