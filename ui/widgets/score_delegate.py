"""Cell editors of the score matrix: likelihood and impact pickers, or a number field.

In the risk editor Tab moves from likelihood to impact inside the cell (and
Shift+Tab back); Tab from impact, or Enter, commits; Escape puts the cell back
as it was. Its live changes, the ranking following them, are one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QStyledItemDelegate, QStyleOptionViewItem,
                               QWidget)

from core import edits
from core.numbers import plain_number
from ui.models.common import level_labels
from ui.models.score_table import IMPACT_ROLE, LIKELIHOOD_ROLE, ScoreTableModel
from ui.widgets.number_edit import NumberEdit

Index = QModelIndex | QPersistentModelIndex


class RiskEditor(QWidget):
    """Two drop-downs, likelihood and impact, each 1–5 with its verbal label (``labels``: the two lists)."""

    def __init__(self, labels: tuple[list[str], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.likelihood = QComboBox(self)
        self.likelihood.addItems(labels[0])
        self.likelihood.setToolTip(self.tr("Likelihood"))
        self.impact = QComboBox(self)
        self.impact.addItems(labels[1])
        self.impact.setToolTip(self.tr("Impact"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.likelihood)
        layout.addWidget(self.impact)
        self.setFocusProxy(self.likelihood)
        self.merge_key: object = None  # one editing session, one undo step
        self.original: dict[str, int | None] | None = None
        self.cell: tuple | None = None  # (document, option id, factor id) being edited

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab: likelihood → impact within the cell; only Tab from impact leaves it."""
        if next and self.likelihood.hasFocus():
            self.impact.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if not next and self.impact.hasFocus():
            self.likelihood.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    def values(self) -> dict[str, int]:
        """The chosen levels as score fields."""
        return {"likelihood": self.likelihood.currentIndex() + 1, "impact": self.impact.currentIndex() + 1}

    def set_values(self, likelihood: int | None, impact: int | None) -> None:
        """Show the cell's current levels (the first call also remembers them for Escape)."""
        if self.original is None:
            self.original = {"likelihood": likelihood, "impact": impact}
        self.likelihood.setCurrentIndex((likelihood or 3) - 1)
        self.impact.setCurrentIndex((impact or 3) - 1)


class ScoreDelegate(QStyledItemDelegate):
    """Opens a :class:`RiskEditor` on risk cells and a :class:`NumberEdit` on value cells."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Keep a selected risk cell in its band colour and mark the selection with a frame."""
        # The view's selection is what sets State_Selected; asking it, not ``option.state``, leaves QStyle (whose
        # enums cost a start-up 45 M instructions) to the first selected cell, and each cell a flag conversion.
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        if not selected or index.data(Qt.ItemDataRole.BackgroundRole) is None:
            super().paint(painter, option, index)
            return
        from PySide6.QtWidgets import QStyle

        plain = QStyleOptionViewItem(option)
        plain.state = plain.state & ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(option.palette.highlight().color(), 3))
        painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if self._is_risk(index) and isinstance(model, ScoreTableModel):
            scored = model.document.model
            editor = RiskEditor((level_labels(scored, "likelihood"), level_labels(scored, "impact")), parent)
            editor.merge_key = ("score", model.document.new_merge_key())
            editor.cell = (model.document, model.cell(index)[0], model.cell(index)[1].id)
            # A choice commits at once, so the ranking moves while the editor is still open.
            for combo in (editor.likelihood, editor.impact):
                combo.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
            return editor
        editor = NumberEdit(parent=parent)
        if isinstance(model, ScoreTableModel):
            editor.bounds = model.cell(index)[1].scale
            editor.setToolTip(self.tr("Scale {0}–{1}").format(*map(plain_number, editor.bounds)))
        editor.refused.connect(lambda reason: self._refuse(index, reason))
        return editor

    def _is_risk(self, index: Index) -> bool:
        model = index.model()
        return isinstance(model, ScoreTableModel) and model.cell(index)[1].kind == "risk"

    def _refuse(self, index: Index, reason: str) -> None:
        model = index.model()
        if isinstance(model, ScoreTableModel):
            model.document.refused.emit(reason)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, RiskEditor):
            editor.set_values(index.data(LIKELIHOOD_ROLE), index.data(IMPACT_ROLE))
        elif isinstance(editor, NumberEdit):
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, RiskEditor) and isinstance(model, ScoreTableModel):
            option_id, factor, _ = model.cell(index)
            model.document.apply(edits.SetScore(option_id, factor.id, editor.values()), editor.merge_key)
        elif isinstance(editor, NumberEdit):
            value = editor.value()
            if value is not None:
                model.setData(index, value, Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Escape in the risk editor puts the cell back as it was before the editor opened.

        The restoring edit merges into the session's step, which then vanishes from the undo stack.
        """
        if isinstance(watched, RiskEditor) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape and watched.cell is not None:
            document, option_id, factor_id = watched.cell
            document.apply(edits.SetScore(option_id, factor_id, watched.original or {}), watched.merge_key)
            self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.RevertModelCache)
            return True
        return super().eventFilter(watched, event)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """Give the two drop-downs room to show their labels, wider than the cell if needed."""
        rect = QRect(option.rect)
        if isinstance(editor, RiskEditor):
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
            rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)
