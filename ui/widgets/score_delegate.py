"""Cell editors of the score matrix: likelihood and impact pickers, or a number field."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.score_table import IMPACT_ROLE, LIKELIHOOD_ROLE, ScoreTableModel, impact_labels, likelihood_labels
from ui.widgets.number_edit import NumberEdit

Index = QModelIndex | QPersistentModelIndex


class RiskEditor(QWidget):
    """Two drop-downs, likelihood and impact, each 1–5 with its verbal label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.likelihood = QComboBox(self)
        self.likelihood.addItems(likelihood_labels())
        self.likelihood.setToolTip(self.tr("Likelihood"))
        self.impact = QComboBox(self)
        self.impact.addItems(impact_labels())
        self.impact.setToolTip(self.tr("Impact"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.likelihood)
        layout.addWidget(self.impact)
        self.setFocusProxy(self.likelihood)

    def values(self) -> dict[str, int]:
        """The chosen levels as score fields."""
        return {"likelihood": self.likelihood.currentIndex() + 1, "impact": self.impact.currentIndex() + 1}

    def set_values(self, likelihood: int | None, impact: int | None) -> None:
        """Show the cell's current levels."""
        self.likelihood.setCurrentIndex((likelihood or 3) - 1)
        self.impact.setCurrentIndex((impact or 3) - 1)


class ScoreDelegate(QStyledItemDelegate):
    """Opens a :class:`RiskEditor` on risk cells and a :class:`NumberEdit` on value cells."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Keep a selected risk cell in its band colour and mark the selection with a frame."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not selected or index.data(Qt.ItemDataRole.BackgroundRole) is None:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state = plain.state & ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(option.palette.highlight().color(), 3))
        painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if self._is_risk(index):
            editor = RiskEditor(parent)
            # A choice commits at once, so the ranking moves while the editor is still open.
            for combo in (editor.likelihood, editor.impact):
                combo.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
            return editor
        editor = NumberEdit(parent=parent)
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
        if isinstance(editor, RiskEditor):
            model.setData(index, editor.values(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, NumberEdit):
            value = editor.value()
            if value is not None:
                model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """Give the two drop-downs room to show their labels, wider than the cell if needed."""
        rect = QRect(option.rect)
        if isinstance(editor, RiskEditor):
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
            rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)
