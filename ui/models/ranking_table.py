"""The ranking under the document's profile and method on one basis, rank 1 first, read-only.

It stays empty until :meth:`RankingTableModel.activate`, so that building the
window never waits for the numerical engine.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.errors import ModelError
from ui.bidi import formula, label
from ui.document import Document
from ui.i18n import Context, message_of, shown
from ui.models.common import NUMBER_ALIGNMENT, rich_tooltip

Index = QModelIndex | QPersistentModelIndex
RANK, OPTION, SCORE, MOVE = range(4)
COLUMN_SHOWS = (("rank",), ("option", "name"), ("score",), ("move",))  # the row's keys each column shows
OPTION_ROLE = Qt.ItemDataRole.UserRole + 20
# The roles answered; a view painting a cell asks seven, and the others are its defaults (answered at once).
ANSWERED = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
                      Qt.ItemDataRole.ToolTipRole, OPTION_ROLE))


Ranking = Context("Ranking")


class RankingTableModel(QAbstractTableModel):
    """Rows are options in rank order: rank, option, score.

    ``second`` makes it the table of the second basis when the window shows
    both side by side (residual risk; empty otherwise), with a fourth column:
    the places each option gains over its inherent rank. By default it ranks
    on the first basis the document shows.
    """

    def __init__(self, document: Document, parent=None, second: bool = False) -> None:
        super().__init__(parent)
        self._document = document
        self._second = second
        self._rows: list[dict] = []
        self.error = ""
        self._better = "lower"
        self.active = False
        self.compact = False  # side by side with the other basis: the score's title without "(lower is better)"
        document.ranking_changed.connect(self.refresh)

    def set_compact(self, compact: bool) -> None:
        """Title the score column "Score" only (its tooltip keeps the whole title) when the table is narrow."""
        if compact != self.compact:
            self.compact = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, SCORE, SCORE)

    def activate(self) -> None:
        """Start ranking (and follow every change from now on)."""
        self.active = True
        self.refresh()

    def refresh(self) -> None:
        """Recompute from the document; dataChanged for the rows that changed while the options stay the same."""
        if not self.active:
            return
        better = self._better
        bases = self._document.bases
        try:
            if self._second and len(bases) < 2:
                rows, self.error = [], ""
            else:
                evaluation = self._document.evaluation(self.basis())
                rows, self.error, self._better = evaluation.ranking(), "", evaluation.result.better
                if self._second:
                    before = {r["option"]: r["rank"] for r in self._document.evaluation("inherent").ranking()}
                    rows = [{**row, "move": before[row["option"]] - row["rank"]} for row in rows]
        except ModelError as exc:
            rows, self.error = [], message_of(exc)
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [(number, column) for number, (old, new) in enumerate(zip(self._rows, rows)) if old != new
                   for column, shows in enumerate(COLUMN_SHOWS[:self.columnCount()])
                   if any(old.get(key) != new.get(key) for key in shows)]
        self._rows = rows
        if changed:
            # The cells that changed, not whole rows: a weight step moves the scores and leaves the options'
            # names in place while the order holds, and a name is the costliest cell to paint (wrapped).
            rows_changed, columns = [number for number, _ in changed], [column for _, column in changed]
            self.dataChanged.emit(self.index(min(rows_changed), min(columns)),
                                  self.index(max(rows_changed), max(columns)))
        if better != self._better:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, SCORE, SCORE)

    def basis(self) -> str:
        """The basis this table ranks on now."""
        bases = self._document.bases
        return bases[-1] if self._second else bases[0]

    def rows(self) -> list[dict]:
        """The ranking as shown: dicts with option, name, score and rank."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (MOVE if self._second else SCORE) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED or not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if column == MOVE:
            return self._move(row["move"], role)
        if role == Qt.ItemDataRole.DisplayRole:
            score = formula(shown(f"{row['score']:.4g}"))
            return [shown(str(row["rank"])), label(row["option"], row["name"]), score][column]
        if role == Qt.ItemDataRole.EditRole:
            return [row["rank"], row["name"], row["score"]][column]
        if role == OPTION_ROLE:
            return row["option"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != OPTION:
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole and column == OPTION:
            return rich_tooltip([f"{row['option']} {row['name']}"])
        return None

    @staticmethod
    def _move(move: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            # A formula: "−1" read right to left showed its minus after the digit.
            return formula(shown(f"{move:+d}".replace("-", "−"))) if move else shown("0")
        if role == Qt.ItemDataRole.EditRole:
            return move
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole:
            return Ranking.tr("Places gained (+) or lost (−) against the inherent ranking")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        # The whole title where a narrow table elides it (two bases side by side).
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == MOVE:
            return Ranking.tr("Move")
        score = Ranking.tr("Score (higher is better)") if self._better == "higher" \
            else Ranking.tr("Score (lower is better)")
        if self.compact and role == Qt.ItemDataRole.DisplayRole:
            score = Ranking.tr("Score")
        return [Ranking.tr("Rank"), Ranking.tr("Option"), score][section]
