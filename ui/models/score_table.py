"""The score matrix as a table model: one row per factor, one column per option.

Factors run down the rows because a policy model has many more factors
than options and their names are long; the matrix is the same options ×
factors table, transposed to fit a desk. A risk cell shows
likelihood × impact = risk in its band colour; a value cell shows its value.
Editing goes through :class:`~ui.document.Document` as :mod:`core.edits`
values; a refused edit leaves the model alone and the document says why.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.charts import ink_for, shorten
from core.edits import SetScore
from core.model import Criterion, Score, label
from core.numbers import plain_number
from ui.document import Document

Index = QModelIndex | QPersistentModelIndex
LIKELIHOOD_ROLE = Qt.ItemDataRole.UserRole + 1
IMPACT_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scores", text)


def likelihood_labels() -> list[str]:
    """The five likelihood levels as shown to the analyst, 1 first."""
    return [_tr("1 — Rare"), _tr("2 — Unlikely"), _tr("3 — Possible"), _tr("4 — Likely"),
            _tr("5 — Almost certain")]


def impact_labels() -> list[str]:
    """The five impact levels as shown to the analyst, 1 first."""
    return [_tr("1 — Negligible"), _tr("2 — Minor"), _tr("3 — Moderate"), _tr("4 — Major"), _tr("5 — Severe")]


def rich_tooltip(lines: list[str]) -> str:
    """User text as a tooltip that Qt can never read as HTML (each line escaped)."""
    return "<qt>" + "<br>".join(html.escape(line) for line in lines if line) + "</qt>"


def format_number(value: float | None) -> str:
    """A number for display as the analyst typed it (no exponent notation, no digit lost)."""
    return "" if value is None else plain_number(value)


class ScoreTableModel(QAbstractTableModel):
    """Scores of the document's model, editable; rows are factors, columns options."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._model = document.model
        self._factors = self._model.factors
        self._label_chars = (9, 20)
        document.changed.connect(self.refresh)

    def set_label_lengths(self, option_chars: int, factor_chars: int) -> None:
        """How many characters of option and factor names the headers have room for."""
        if (option_chars, factor_chars) != self._label_chars:
            self._label_chars = (option_chars, factor_chars)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))

    @property
    def document(self) -> Document:
        """The document this table edits."""
        return self._document

    def _shape(self, model) -> tuple:
        return tuple(f.id for f in model.factors), tuple(o.id for o in model.options)

    def refresh(self) -> None:
        """Follow the document: update in place, or reset around a change of shape."""
        model = self._document.model
        if model is self._model:
            return
        if self._shape(model) != self._shape(self._model):
            self.beginResetModel()
            self._model, self._factors = model, model.factors
            self.endResetModel()
            return
        self._model, self._factors = model, model.factors
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._factors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._model.options)

    def cell(self, index: Index) -> tuple[str, Criterion, Score]:
        """(option id, factor, score) behind ``index``."""
        option, factor = self._model.options[index.column()], self._factors[index.row()]
        return option.id, factor, self._model.score(option.id, factor.id)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        option_id, factor, score = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(factor, score)
        if role == Qt.ItemDataRole.EditRole:
            return score.number
        if role == LIKELIHOOD_ROLE:
            return score.likelihood
        if role == IMPACT_ROLE:
            return score.impact
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(option_id, factor, score)
        if factor.kind == "risk" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            color = self._model.bands.colors[self._model.bands.band(score.number)]
            return QBrush(QColor(color if role == Qt.ItemDataRole.BackgroundRole else ink_for(color)))
        return None

    def _display(self, factor: Criterion, score: Score) -> str:
        ranged = "" if score.low is None and score.high is None else " ±"
        if factor.kind == "risk":
            return f"{score.likelihood}×{score.impact} = {format_number(score.number)}{ranged}"
        return format_number(score.value) + ranged

    def _tooltip(self, option_id: str, factor: Criterion, score: Score) -> str:
        option = next(o for o in self._model.options if o.id == option_id)
        lines = [f"{option.id} {option.name}", f"{factor.id} {factor.name}"]
        if factor.kind == "risk":
            bands = self._model.bands
            lines.append(_tr("Likelihood {0} × impact {1} = risk {2} ({3})").format(
                likelihood_labels()[score.likelihood - 1], impact_labels()[score.impact - 1],
                format_number(score.number), bands.names[bands.band(score.number)]))
        else:
            lines.append(_tr("Value: {0}").format(format_number(score.value)))
        if score.low is not None or score.high is not None:
            lines.append(_tr("Range: {0} – {1}").format(format_number(score.low), format_number(score.high)))
        lines += [score.rationale, _tr("Evidence: {0}").format(score.evidence) if score.evidence else ""]
        return rich_tooltip(lines)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a cell: a dict of score fields, or a plain number for a value cell."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        option_id, factor, _ = self.cell(index)
        if isinstance(value, dict):
            changes = value
        elif factor.kind == "value" and isinstance(value, (int, float)) and not isinstance(value, bool):
            changes = {"value": float(value)}
        else:
            self._document.refused.emit(_tr("A risk cell takes a likelihood and an impact."))
            return False
        return self._document.apply(SetScore(option_id, factor.id, changes))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        items = self._model.options if horizontal else self._factors
        if not 0 <= section < len(items):
            return None
        item = items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if horizontal:
                return label(item.id, shorten(item.name, self._label_chars[0]), "\n") \
                    if item.name != item.id else item.name
            return label(item.id, shorten(item.name, self._label_chars[1])) if item.name != item.id else item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip([f"{item.id} {item.name}", item.description])
        return None
