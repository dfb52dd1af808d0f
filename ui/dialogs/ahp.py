"""AHP pairwise comparison: judgements above the diagonal, reciprocals automatic, CR live."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QTableView, QWidget

from core.ahp import CR_THRESHOLD, SAATY_SCALE, snap
from ui.bidi import formula, isolated
from ui.dialogs.common import SiblingSet, WeightingDialog
from ui.geometry import fit
from ui.i18n import listed, shown
from ui.models.ahp_matrix import AhpMatrixModel, parse_judgement, saaty_label, saaty_text
from ui.widgets.common import plain_label

TOP_KEY = "(top level)"


def starting_matrix(shares: list[float]) -> list[list[float]]:
    """Judgements that reproduce the current shares, each snapped to Saaty's scale."""
    n = len(shares)
    if min(shares) <= 0:
        return [[1.0] * n for _ in range(n)]
    return [[1.0 if i == j else (snap(shares[i] / shares[j]) if i < j else 1 / snap(shares[j] / shares[i]))
             for j in range(n)] for i in range(n)]


def saved_matrix(settings: Mapping[str, object], key: str, ids: list[str]) -> list[list[float]] | None:
    """The judgements a profile stored for this sibling set, if they still fit it."""
    stored = settings.get("ahp")
    entry = stored.get(key) if isinstance(stored, Mapping) else None
    if not isinstance(entry, Mapping) or entry.get("criteria") != ids:
        return None
    matrix = entry.get("matrix")
    if isinstance(matrix, list) and len(matrix) == len(ids) and all(len(row) == len(ids) for row in matrix):
        return [[float(v) for v in row] for row in matrix]
    return None


class JudgementDelegate(QStyledItemDelegate):
    """Type a judgement (``3``, ``1/3``) or pick one of the 17 Saaty values with their meanings.

    The combo is editable without completion: a non-editable combo jumps to the
    first item *starting* with the typed key, so "1" used to enter 1/9.
    Text that is not on the scale is not entered; ``refused`` says why.
    """

    refused = Signal(str)

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setCompleter(None)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value in SAATY_SCALE:
            combo.addItem(saaty_label(value), float(value))
        combo.lineEdit().setToolTip(self.tr("Type 1–9 or 1/2–1/9, or choose a judgement from the list"))
        return combo

    def setEditorData(self, editor, index):
        current = float(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(min(range(editor.count()), key=lambda i: abs(editor.itemData(i) - current)))
        editor.lineEdit().selectAll()  # a key that opened the editor replaces the text

    def setModelData(self, editor, model, index):
        value = parse_judgement(editor.currentText())
        if value is None:
            self.refused.emit(self.tr("“{0}” is not on Saaty's scale: type 1–9 or 1/2–1/9, or choose from the "
                                      "list.").format(editor.currentText().strip()))
        else:
            self.refused.emit("")
            model.setData(index, value)


class AhpDialog(WeightingDialog):
    """Pairwise comparisons of one sibling set, with priorities and consistency as you edit."""

    def __init__(self, siblings: SiblingSet, shares: list[float], settings: Mapping[str, object],
                 parent: QWidget | None = None) -> None:
        super().__init__(siblings, self.tr("AHP Pairwise Comparison"), self.tr(
            "Each cell compares the row criterion with the column criterion: how much more important is the "
            "row criterion? 1 = equally, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely; "
            "1/3 means the column criterion is moderately more important. Edit the cells above the "
            "diagonal; the mirror cells follow."), parent)
        self.key = siblings.group or TOP_KEY
        matrix = saved_matrix(settings, self.key, siblings.ids) or starting_matrix(shares)
        self.model = AhpMatrixModel(siblings.ids, matrix, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        delegate = JudgementDelegate(self.table)
        self.table.setItemDelegate(delegate)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        self.table.setMinimumSize(420, self.table.horizontalHeader().sizeHint().height()
                                  + rows.defaultSectionSize() * len(siblings.ids) + 4)
        self.layout_.addWidget(plain_label("\n".join(siblings.labels()), self, wrap=True))
        self.layout_.addWidget(self.table)
        self.summary = plain_label("", self, wrap=True)
        self.warning = plain_label("", self, wrap=True)
        self.warning.setStyleSheet("color: #B3261E; font-weight: bold;")
        self.problem = plain_label("", self, wrap=True)
        self.problem.setStyleSheet("color: #B3261E;")
        self.problem.hide()
        delegate.refused.connect(self._show_problem)
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.warning)
        self.finish_layout()
        self.model.recomputed.connect(self.show_result)
        self.show_result()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_result(self) -> None:
        """Priorities, λmax, CI and CR; a warning and the worst judgement when CR exceeds 0.10."""
        result = self.model.result
        # Each item one unit, so that the list runs in the reading direction.
        weights = listed(isolated(f"{name} {formula(shown(f'{100 * w:.1f} %'))}")
                            for name, w in zip(result.names, result.priorities))
        self.summary.setText(self.tr("Weights: {0}\nλmax = {1}, CI = {2}, CR = {3}").format(
            weights, *(shown(f"{value:.3f}") for value in (result.lambda_max, result.ci, result.cr))))
        worst = result.most_inconsistent
        text = ""
        if result.cr > CR_THRESHOLD:
            text = self.tr("CR {0} is above {1}: the judgements contradict each other; revise them "
                           "before relying on these weights.").format(shown(f"{result.cr:.3f}"),
                                                                      shown(f"{CR_THRESHOLD:.2f}"))
            if worst is not None:
                text += "\n" + self.tr("Most inconsistent: {0} compared with {1} is {2}; {3} would fit the "
                                       "other judgements better (highlighted).").format(
                    worst.row, worst.column, shown(saaty_text(worst.current)), shown(saaty_text(worst.suggested)))
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        self.layout_.activate()
        fit(self, self.width(), max(self.height(), self.layout_.totalHeightForWidth(self.width())))

    def weights(self) -> dict[str, float]:
        """The AHP priorities by criterion id."""
        return dict(zip(self.siblings.ids, map(float, self.model.result.priorities)))

    def settings(self, current: Mapping[str, object]) -> dict[str, object]:
        """Profile settings with this set's judgements stored, so the dialog reopens on them."""
        stored = dict(current["ahp"]) if isinstance(current.get("ahp"), Mapping) else {}
        stored[self.key] = {"criteria": self.siblings.ids, "matrix": self.model.matrix()}
        return {"ahp": stored}
