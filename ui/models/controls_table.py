"""The register's controls as table models: the list of controls, and one control's effects grid.

:class:`ControlsTableModel` has one row per control (id, name, description,
owner, status, evidence, and how many cells it acts on), edited in place
through :class:`~core.edits.SetControl`; a new id is a delete and an add of the
same control in one undo step, so it keeps its place and its effects.
:class:`EffectsTableModel` is the factors × options grid of one control
(risk factors down, options across, like the score matrix): a cell reads
"−1 L −1 I" and edits through :class:`~core.edits.SetEffect`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from core.edits import AddControl, Batch, DeleteControl, SetControl, SetEffect
from core.model import Criterion
from core.register import CONTROL_STATUSES, Control
from core.register.residual import residual_levels
from ui.bidi import isolated, label
from ui.document import Document
from ui.i18n import Context, core_label, core_text, shown
from ui.models.common import NUMBER_ALIGNMENT, Index, rich_tooltip
from ui.models.register_table import CHOICES_ROLE, effect_text

CONTROL_COLUMNS = ("id", "name", "description", "owner", "status", "evidence", "cells")
EFFECT_ROLE = Qt.ItemDataRole.UserRole + 3  # (likelihood levels, impact levels) of an effects cell


Controls = Context("Controls")


def control_headers() -> dict[str, str]:
    """The column titles of the controls list, by column key."""
    return {"id": Controls.tr("Id"), "name": Controls.tr("Name"), "description": Controls.tr("Description"),
            "owner": Controls.tr("Owner"),
            "status": Controls.tr("Status"), "evidence": Controls.tr("Evidence"), "cells": Controls.tr("Cells")}


class ControlsTableModel(QAbstractTableModel):
    """The controls of the document's register, one per row."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._controls = document.model.register.controls
        document.register_changed.connect(self.refresh)

    def refresh(self) -> None:
        """dataChanged for the controls that changed in place; a reset when controls came or went."""
        controls = self._document.model.register.controls
        if controls is self._controls:
            return
        if len(controls) != len(self._controls):
            self.beginResetModel()
            self._controls = controls
            self.endResetModel()
            return
        old, self._controls = self._controls, controls
        for n, (before, after) in enumerate(zip(old, controls)):
            if before != after:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(CONTROL_COLUMNS) - 1))

    def control(self, n: int) -> Control | None:
        """The control in row ``n`` (None outside the list)."""
        return self._controls[n] if 0 <= n < len(self._controls) else None

    def row_of(self, control_id: str) -> int:
        """The row of ``control_id`` (-1 when there is none)."""
        return next((n for n, c in enumerate(self._controls) if c.id == control_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._controls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CONTROL_COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if CONTROL_COLUMNS[index.column()] != "cells" else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        control, key = self._controls[index.row()], CONTROL_COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "cells":
                return shown(str(len(control.effects))) if role == Qt.ItemDataRole.DisplayRole else len(control.effects)
            if key == "status" and role == Qt.ItemDataRole.DisplayRole:
                return core_label("control_status", control.status)
            # Shown, a text keeps its own direction (an English note in the Arabic window ends with its stop).
            return isolated(getattr(control, key)) if role == Qt.ItemDataRole.DisplayRole else getattr(control, key)
        if role == CHOICES_ROLE and key == "status":
            return [(s, core_label("control_status", s)) for s in CONTROL_STATUSES]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "cells":
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = self._document.model.register.counts(control)
            return rich_tooltip([label(control.id, control.name, " "), control.description,
                                 Controls.tr("Counts towards residual risk") if counts else
                                 Controls.tr("Planned: not counted (include planned controls to count it)")])
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit one field of a control (undoable); a new id keeps the control's place and effects."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        n, key = index.row(), CONTROL_COLUMNS[index.column()]
        control = self._controls[n]
        text = str(value).strip() if key == "description" else " ".join(str(value).split())
        if key == "cells" or text == getattr(control, key):
            return key != "cells"
        if key == "id":
            return self._document.apply(Batch((DeleteControl(control.id), AddControl(control.replace(id=text), n))))
        return self._document.apply(SetControl(control.id, {key: text}))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(CONTROL_COLUMNS):
            key = CONTROL_COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return control_headers()[key]
            if role == Qt.ItemDataRole.ToolTipRole and key == "cells":
                return Controls.tr("How many risk cells this control acts on")
        return None


class EffectsTableModel(QAbstractTableModel):
    """One control's effects: risk factors down, options across; a cell is "−L −I" levels."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self.control_id: str | None = None
        self._model = document.model
        self._factors = self._risk_factors()
        for signal in (document.structure_changed, document.scores_changed, document.register_changed):
            signal.connect(self.refresh)

    def _risk_factors(self) -> tuple[Criterion, ...]:
        return tuple(f for f in self._model.factors if f.kind == "risk")

    def _control(self) -> Control | None:
        return None if self.control_id is None else self._model.register.control(self.control_id)

    def set_control(self, control_id: str | None) -> None:
        """Show the effects of ``control_id`` (None: an empty, read-only grid)."""
        if control_id != self.control_id:
            self.beginResetModel()
            self.control_id = control_id
            self.endResetModel()

    def refresh(self) -> None:
        """Follow the document: a reset when the grid's shape changed, else dataChanged over the grid."""
        model = self._document.model
        if model is self._model:
            return
        old_shape = ([f.id for f in self._factors], [o.id for o in self._model.options])
        self._model = model
        self._factors = self._risk_factors()
        if old_shape != ([f.id for f in self._factors], [o.id for o in model.options]):
            self.beginResetModel()
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._factors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._model.options)

    def cell(self, index: Index) -> tuple[str, str]:
        """(option id, factor id) behind ``index``."""
        return self._model.options[index.column()].id, self._factors[index.row()].id

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self._control() is not None else flags

    def levels(self, index: Index) -> tuple[int, int]:
        """(likelihood, impact) levels the shown control lowers this cell by (0, 0 without an effect)."""
        control = self._control()
        effect = None if control is None else control.effect(*self.cell(index))
        return (0, 0) if effect is None else (effect.likelihood, effect.impact)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return effect_text(*self.levels(index))
        if role == EFFECT_ROLE:
            return self.levels(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index)
        return None

    def _tooltip(self, index: Index) -> str:
        option, factor = self.cell(index)
        score = self._model.score(option, factor)
        residual = residual_levels(self._model, option, factor)
        lines = [f"{option} × {factor}"]
        if score.likelihood is not None and score.impact is not None and residual is not None:
            lines.append(Controls.tr("Inherent L{0} × I{1} = {2}; residual with every counting control "
                             "L{3} × I{4} = {5}").format(*(shown(str(n)) for n in (
                                 score.likelihood, score.impact, score.likelihood * score.impact,
                                 residual[0], residual[1], residual[0] * residual[1]))))
        return rich_tooltip(lines + [core_text("register.rule")])

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set the shown control's effect on a cell: ``value`` is (likelihood levels, impact levels)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.control_id is None:
            return False
        likelihood, impact = value
        if (likelihood, impact) == self.levels(index):
            return True
        return self._document.apply(SetEffect(self.control_id, *self.cell(index), likelihood, impact))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        items = self._model.options if horizontal else self._factors
        if not 0 <= section < len(items):
            return None
        item = items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return label(item.id, " ".join(item.name.split()), "\n" if horizontal else "  ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip([label(item.id, item.name, " "), item.description])
        return None
