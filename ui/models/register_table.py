"""The risk register as a table model: one row per risk cell (option × risk factor).

A row joins what the analyst keeps about a risk (:class:`~core.register.RiskEntry`:
statement, owner, treatment, action, due, status, review) with what the model
says about it: the group the factor sits in, the controls acting on the cell,
the inherent likelihood, impact, score and band (the cell's score) and the
residual ones (rows built by :mod:`ui.models.register_rows`). Register
fields edit through :class:`~core.edits.SetRiskEntry`, likelihood and impact
through :class:`~core.edits.SetScore`: one undo step each, refused edits say
why through the document. A review date before today (``today`` is a clock the
caller may set) on a risk not closed is overdue and marked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.charts import ink_for
from core.edits import SetRiskEntry, SetScore
from core.model import DecisionModel
from core.register import STATUSES, TREATMENTS, Control, Effect
from core.register.dates import is_overdue
from ui.bidi import isolated, label
from ui.document import Document
from ui.i18n import Context, core_label, core_text, listed, shown
from ui.models.common import NUMBER_ALIGNMENT, Index, level_labels, rich_tooltip
from ui.models.register_rows import RegisterRow, builder, changed_cells, register_rows, risk_factors, shape

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts as the analyst expects (numbers, band order)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(value, text)] for a column edited by picking
OVERDUE_COLOR = "#F4C7C3"

COLUMNS = ("option", "factor", "group", "statement", "owner", "controls", "likelihood", "impact", "score",
           "band", "residual_likelihood", "residual_impact", "residual_score", "residual_band", "treatment",
           "action", "due", "status", "review")
ENTRY_COLUMNS = ("statement", "owner", "treatment", "action", "due", "status", "review")
SCORE_COLUMNS = ("likelihood", "impact")
NUMBER_COLUMNS = ("likelihood", "impact", "score", "residual_likelihood", "residual_impact", "residual_score")
RESIDUAL_COLUMNS = ("residual_likelihood", "residual_impact", "residual_score", "residual_band")


Register = Context("Register")


def headers() -> dict[str, str]:
    """The column titles, by column key."""
    return {"option": Register.tr("Option"), "factor": Register.tr("Risk factor"), "group": Register.tr("Group"),
            "statement": Register.tr("Risk statement"), "owner": Register.tr("Owner"),
            "controls": Register.tr("Controls"),
            "likelihood": Register.tr("L"), "impact": Register.tr("I"), "score": Register.tr("Score"),
            "band": Register.tr("Band"),
            "residual_likelihood": Register.tr("Res. L"), "residual_impact": Register.tr("Res. I"),
            "residual_score": Register.tr("Res. score"), "residual_band": Register.tr("Res. band"),
            "treatment": Register.tr("Treatment"), "action": Register.tr("Action"), "due": Register.tr("Due"),
            "status": Register.tr("Status"),
            "review": Register.tr("Review")}


def level_choices(model: DecisionModel, axis: str) -> list[tuple[int, str]]:
    """The five levels of ``axis`` ("likelihood"/"impact") as (level, "3 — Possible"), from the model's scales."""
    return list(enumerate(level_labels(model, axis), start=1))


class RegisterTableModel(QAbstractTableModel):
    """The document's register, one row per risk cell; register fields and levels editable."""

    def __init__(self, document: Document, today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self.today = today
        self._model = document.model
        self._factors = risk_factors(self._model)
        self._rows = register_rows(self._model)
        for signal in (document.structure_changed, document.scores_changed, document.register_changed):
            signal.connect(self.refresh)

    @property
    def document(self) -> Document:
        """The document this table edits."""
        return self._document

    def refresh(self) -> None:
        """Follow the document: dataChanged for the rows that differ, a reset when the rows themselves did.

        Only the rows of the cells a change touched are rebuilt: an owner typed
        into a register of 10⁴ risks costs one row, not ten thousand.
        """
        model = self._document.model
        if model is self._model:
            return
        old, factors = self._model, risk_factors(model)
        if shape(old.options, self._factors) != shape(model.options, factors):
            self.beginResetModel()
            self._model, self._factors, self._rows = model, factors, register_rows(model)
            self.endResetModel()
            return
        cells = changed_cells(old, model)
        self._model, self._factors = model, factors
        if not factors:
            return
        columns = {f.id: k for k, f in enumerate(factors)}
        options = {o.id: k for k, o in enumerate(model.options)}
        targets = range(len(self._rows)) if cells is None else sorted(
            options[o] * len(factors) + columns[f] for o, f in cells if o in options and f in columns)
        build = builder(model)
        for n in targets:
            before = self._rows[n]
            row = self._rows[n] = build(model.options[n // len(factors)], factors[n % len(factors)])
            if cells is None or row != before:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))

    def set_today(self, today: Callable[[], date]) -> None:
        """Read today's date from ``today`` from now on; the overdue marks (and a filter on them) follow."""
        self.today = today
        if self._rows:
            review = COLUMNS.index("review")
            self.dataChanged.emit(self.index(0, review), self.index(len(self._rows) - 1, review))

    @staticmethod
    def overdue_text(review: str) -> str:
        """How an overdue review date shows: the date and the word that marks it."""
        return Register.tr("{0} overdue").format(review)

    def row(self, n: int) -> RegisterRow:
        """The row behind source row ``n``."""
        return self._rows[n]

    def overdue(self, n: int) -> bool:
        """True when row ``n``'s review date is before today and the risk is not closed."""
        return is_overdue(self._rows[n].entry, self.today())

    def overdue_count(self) -> int:
        """How many rows are overdue for review today (the clock is read once)."""
        today = self.today()
        return sum(is_overdue(row.entry, today) for row in self._rows if row.entry.review)

    def band(self, n: int, residual: bool) -> int | None:
        """Band index of row ``n`` on either basis (None without levels)."""
        levels = self._rows[n].residual if residual else self._rows[n].inherent
        return None if levels is None else self._model.bands.band(levels[0] * levels[1])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in ENTRY_COLUMNS + SCORE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def value(self, n: int, key: str):
        """The raw value of row ``n`` in column ``key`` (numbers as numbers; None when there is none)."""
        row = self._rows[n]
        if key in ENTRY_COLUMNS:
            return getattr(row.entry, key)
        if key == "controls":
            return listed(c.id + ("" if counts else Register.tr(" (not counted)")) for c, _, counts in row.controls)
        if key in ("option", "factor", "group"):
            item = getattr(row, key)
            return "" if item is None else item.name
        levels = row.residual if key in RESIDUAL_COLUMNS else row.inherent
        if levels is None:
            return None
        part = key.removeprefix("residual_")
        if part == "band":
            return self._model.bands.names[self.band(n, key in RESIDUAL_COLUMNS)]
        return {"likelihood": levels[0], "impact": levels[1], "score": levels[0] * levels[1]}[part]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        n, key = index.row(), COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(n, key)
            return self._display(n, key, value) if role == Qt.ItemDataRole.DisplayRole else value
        if role == SORT_ROLE:
            return self._sort_value(n, key)
        if role == CHOICES_ROLE:
            return self._choices(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(n, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_COLUMNS:
            return NUMBER_ALIGNMENT
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colour(n, key, role == Qt.ItemDataRole.BackgroundRole)
        if role == Qt.ItemDataRole.FontRole and key == "review" and self.overdue(n):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, n: int, key: str, value) -> str:
        if key == "review" and self.overdue(n):
            return self.overdue_text(isolated(shown(value)))
        if key == "option":
            return self._rows[n].option.id
        if key == "factor":
            row = self._rows[n]
            return label(row.factor.id, row.factor.name, " ")
        if key in ("treatment", "status"):
            return core_label(key, value)
        if isinstance(value, int) or key in ("due", "review"):  # levels, scores and dates: digits as preferred
            return isolated(shown(str(value))) if value else ""
        return "" if value is None else isolated(str(value))

    def _sort_value(self, n: int, key: str):
        if key in ("band", "residual_band"):
            band = self.band(n, key == "residual_band")
            return -1 if band is None else band
        value = self.value(n, key)
        if key in NUMBER_COLUMNS:
            return -1 if value is None else value
        if key in ("option", "factor"):
            return n  # rows run by option, then factor in tree order: the model's own order
        if key in ("treatment", "status"):
            return core_label(key, value).casefold()  # by the name shown, in the interface language
        return (value or "").casefold()

    def _choices(self, key: str) -> list[tuple[object, str]] | None:
        if key == "treatment":
            return [("", Register.tr("(not decided)"))] + [(t, core_label("treatment", t)) for t in TREATMENTS]
        if key == "status":
            return [(s, core_label("status", s)) for s in STATUSES]
        if key in SCORE_COLUMNS:
            return level_choices(self._model, key)
        return None

    def _colour(self, n: int, key: str, background: bool) -> QBrush | None:
        if key == "review" and self.overdue(n):
            return QBrush(QColor(OVERDUE_COLOR if background else "#7A1712"))
        if key not in ("score", "band", "residual_score", "residual_band"):
            return None
        band = self.band(n, key.startswith("residual_"))
        if band is None:
            return None
        color = self._model.bands.colors[band]
        return QBrush(QColor(color if background else ink_for(color)))

    def _tooltip(self, n: int, key: str) -> str:
        row = self._rows[n]
        lines = [label(row.option.id, row.option.name, " "), label(row.factor.id, row.factor.name, " ")]
        if key == "controls":
            lines += [self._control_line(c, e, counts) for c, e, counts in row.controls] or [Register.tr("No controls")]
        elif key in SCORE_COLUMNS + ("residual_likelihood", "residual_impact"):
            axis = key.removeprefix("residual_")
            level = self.value(n, key)
            if level is not None:
                scale = getattr(self._model.register.scales, axis)[level - 1]
                lines += [f"{shown(str(level))} — {scale.label}", scale.description]
        elif key in RESIDUAL_COLUMNS:
            lines.append(core_text("register.rule"))
        elif key == "review" and self.overdue(n):
            lines.append(Register.tr("Review overdue: due {0}, today is {1}").format(
                shown(row.entry.review), shown(self.today().isoformat())))
        elif key in ENTRY_COLUMNS:
            lines.append(self._display(n, key, self.value(n, key)))
        return rich_tooltip(lines)

    @staticmethod
    def _control_line(control: Control, effect: Effect, counts: bool) -> str:
        state = Register.tr("counted") if counts else Register.tr("not counted")
        return Register.tr("{0} {1} ({2}, {3}): {4}").format(control.id, control.name, core_label("control_status", control.status), state,
                                                    effect_text(effect.likelihood, effect.impact))

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a register field (SetRiskEntry) or the inherent likelihood/impact (SetScore)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, key = self._rows[index.row()], COLUMNS[index.column()]
        if key in SCORE_COLUMNS:
            return self._document.apply(SetScore(row.option.id, row.factor.id, {key: value}))
        if key not in ENTRY_COLUMNS:
            return False
        text = " ".join(str(value).split()) if key != "statement" else str(value).strip()
        if text == getattr(row.entry, key):
            return True
        return self._document.apply(SetRiskEntry(row.option.id, row.factor.id, {key: text}))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return headers()[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {"likelihood": Register.tr("Inherent likelihood (the cell's score)"),
                    "impact": Register.tr("Inherent impact (the cell's score)"),
                    "controls": Register.tr("Controls with an effect on this cell")}
            return rich_tooltip([tips.get(key, headers()[key]), core_text("register.rule") if key in RESIDUAL_COLUMNS else ""])
        return None


def effect_text(likelihood: int, impact: int) -> str:
    """An effect as the analyst reads it: "−1 L −1 I" (empty for no effect)."""
    parts = [f"−{shown(str(levels))} {axis}" for levels, axis in ((likelihood, "L"), (impact, "I")) if levels]
    return " ".join(parts)
