"""Cell editors of the register tables: a drop-down where a column has fixed choices, and the effect editor.

A column whose model answers :data:`~ui.models.register_table.CHOICES_ROLE`
(treatment, status, levels) is edited with a drop-down that commits as soon
as a choice is made; any other editable column with a text field. An effects
cell is edited with two drop-downs: by how many levels the control lowers
likelihood and impact (0–4 each).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.register import LEVELS
from ui.models.controls_table import EFFECT_ROLE
from ui.models.register_table import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for columns with fixed choices, the default text field elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, text in choices:
            combo.addItem(text, value)
        # A pick is the whole edit: commit it and close, as a spreadsheet's validation list does.
        combo.activated.connect(lambda _n, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class EffectEditor(QWidget):
    """Two drop-downs: likelihood levels and impact levels a control takes off one cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.likelihood = QComboBox(self)
        self.impact = QComboBox(self)
        for combo, axis, tip in ((self.likelihood, "L", self.tr("Likelihood levels taken off")),
                                 (self.impact, "I", self.tr("Impact levels taken off"))):
            combo.addItems([f"{axis} 0"] + [f"{axis} −{n}" for n in range(1, LEVELS)])
            combo.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.likelihood)
        layout.addWidget(self.impact)
        self.setFocusProxy(self.likelihood)

    def values(self) -> tuple[int, int]:
        """(likelihood levels, impact levels) as chosen."""
        return self.likelihood.currentIndex(), self.impact.currentIndex()

    def set_values(self, likelihood: int, impact: int) -> None:
        """Show an effect."""
        self.likelihood.setCurrentIndex(likelihood)
        self.impact.setCurrentIndex(impact)


class EffectDelegate(QStyledItemDelegate):
    """Edits an effects cell with an :class:`EffectEditor`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        return EffectEditor(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, EffectEditor):
            editor.set_values(*index.data(EFFECT_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, EffectEditor):
            model.setData(index, editor.values(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        # Two drop-downs need more room than a narrow grid cell: at least their own width.
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
