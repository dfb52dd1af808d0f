"""The score matrix as a table model: one row per factor, one column per option.

Factors run down the rows because a policy model has many more factors
than options and their names are long; the matrix is the same options ×
factors table, transposed to fit a desk. A risk cell shows
likelihood × impact = risk in its band colour; a value cell shows its value.
Editing goes through :class:`~ui.document.Document` as :mod:`core.edits`
values; a refused edit leaves the model alone and the document says why.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.charts import ink_for
from core import edits
from core.model import Criterion, Score
from core.numbers import plain_number
from ui.bidi import formula, label
from ui.document import Document
from ui.i18n import Context, shown
from ui.models.common import NUMBER_ALIGNMENT, Index, level_labels, rich_tooltip

LIKELIHOOD_ROLE = Qt.ItemDataRole.UserRole + 1
IMPACT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))


Scores = Context("Scores")


def format_number(value: float | None) -> str:
    """A number for display as the analyst typed it (no exponent notation, no digit lost)."""
    return "" if value is None else formula(shown(plain_number(value)))


class ScoreTableModel(QAbstractTableModel):
    """Scores of the document's model, editable; rows are factors, columns options."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._model = document.model
        self._factors = self._model.factors
        document.structure_changed.connect(self.refresh)
        document.scores_changed.connect(self.refresh)
        document.register_changed.connect(self.refresh)  # the tooltips name levels from the descriptor scales

    @property
    def document(self) -> Document:
        """The document this table edits."""
        return self._document

    def _shape(self, model) -> tuple:
        return tuple(f.id for f in model.factors), tuple(o.id for o in model.options)

    def refresh(self) -> None:
        """Follow the document: the cells that changed, or a reset around a change of shape."""
        model = self._document.model
        if model is self._model:
            return
        if self._shape(model) != self._shape(self._model):
            self.beginResetModel()
            self._model, self._factors = model, model.factors
            self.endResetModel()
            return
        old, old_factors = self._model, self._factors
        self._model, self._factors = model, model.factors
        if not self.rowCount() or not self.columnCount():
            return
        if (old_factors, old.bands, old.options) != (self._factors, model.bands, model.options):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            self._scores_changed(old)
        if old.options != model.options:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if old_factors != self._factors:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def _scores_changed(self, old) -> None:
        """dataChanged for each cell whose score differs (the matrix's shape and factors are the same)."""
        if old.scores is self._model.scores:
            return
        rows = {f.id: row for row, f in enumerate(self._factors)}
        columns = {o.id: column for column, o in enumerate(self._model.options)}
        for key in old.scores.keys() | self._model.scores.keys():
            if old.scores.get(key) != self._model.scores.get(key) and key[0] in columns and key[1] in rows:
                cell = self.index(rows[key[1]], columns[key[0]])
                self.dataChanged.emit(cell, cell)

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
            return formula(shown(f"{score.likelihood}×{score.impact} = {plain_number(score.number)}") + ranged)
        number = "" if score.value is None else shown(plain_number(score.value))
        return formula(number + ranged)

    def _tooltip(self, option_id: str, factor: Criterion, score: Score) -> str:
        option = next(o for o in self._model.options if o.id == option_id)
        lines = [label(option.id, option.name, " "), label(factor.id, factor.name, " ")]
        if factor.kind == "risk":
            bands = self._model.bands
            lines.append(Scores.tr("Likelihood {0} × impact {1} = risk {2} ({3})").format(
                level_labels(self._model, "likelihood")[score.likelihood - 1],
                level_labels(self._model, "impact")[score.impact - 1],
                format_number(score.number), bands.names[bands.band(score.number)]))
        else:
            lines.append(Scores.tr("Value: {0}").format(format_number(score.value)))
        if score.low is not None or score.high is not None:
            lines.append(Scores.tr("Range: {0} – {1}").format(format_number(score.low), format_number(score.high)))
        lines += [score.rationale, Scores.tr("Evidence: {0}").format(score.evidence) if score.evidence else ""]
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
            self._document.refused.emit(Scores.tr("A risk cell takes a likelihood and an impact."))
            return False
        return self._document.apply(edits.SetScore(option_id, factor.id, changes))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in HEADER_ROLES:  # a header paints each section asking about ten roles; these two are ours
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        items = self._model.options if horizontal else self._factors
        if not 0 <= section < len(items):
            return None
        item = items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # The full name on one line: the view elides it to the room it has.
            name = " ".join(item.name.split())
            return label(item.id, name, "\n") if horizontal else label(item.id, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip([label(item.id, item.name, " "), item.description])
        return None
