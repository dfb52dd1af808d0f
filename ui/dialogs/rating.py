"""A weighting dialog with one number per criterion and a live preview of the weights."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QSpinBox, QWidget

from core.errors import ModelError
from core.weighting import WeightResult
from ui.dialogs.common import SiblingSet, WeightingDialog
from ui.i18n import core_message, message_of, shown
from ui.widgets.common import plain_label


class RatingDialog(WeightingDialog):
    """Rows of criterion, rating spin box, resulting weight; OK only while the ratings are valid."""

    def __init__(self, siblings: SiblingSet, title: str, explanation: str, ratings: list[int],
                 parent: QWidget | None = None, column: str = "") -> None:
        super().__init__(siblings, title, explanation, parent)
        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("Criterion"), self), 0, 0)
        grid.addWidget(plain_label(column or self.tr("Rating"), self), 0, 1)
        grid.addWidget(plain_label(self.tr("Weight"), self), 0, 2)
        self.spins: list[QSpinBox] = []
        self.previews = []
        for row, (label, rating) in enumerate(zip(siblings.labels(), ratings), start=1):
            spin = QSpinBox(self)
            spin.setRange(0, 100)
            spin.setValue(rating)
            spin.setAccessibleName(label)
            spin.valueChanged.connect(self.update_preview)
            preview = plain_label("", self)
            grid.addWidget(plain_label(label, self, wrap=True), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(preview, row, 2)
            self.spins.append(spin)
            self.previews.append(preview)
        grid.setColumnStretch(0, 1)
        self.layout_.addLayout(grid)
        self.status = plain_label("", self, wrap=True)
        self.layout_.addWidget(self.status)
        self.finish_layout()
        self.update_preview()

    def values(self) -> list[int]:
        """The ratings as entered."""
        return [spin.value() for spin in self.spins]

    def compute(self, values: list[int]) -> WeightResult:
        """Weights from ratings (subclasses call :mod:`core.weighting`)."""
        raise NotImplementedError

    def note(self, values: list[int]) -> str:
        """A line under the table (e.g. points left to allocate)."""
        return ""

    def update_preview(self) -> None:
        """Recompute the weights; refuse OK with the reason while the ratings are invalid."""
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        try:
            result = self.compute(self.values())
        except ModelError as exc:
            for preview in self.previews:
                preview.setText("–")
            self.status.setText(message_of(exc))
            ok.setEnabled(False)
            return
        for preview, weight in zip(self.previews, result.weights):
            preview.setText(shown(f"{100 * weight:.1f} %"))
        self.status.setText(self.note(self.values()) or core_message(result.explanation))
        ok.setEnabled(True)

    def weights(self) -> dict[str, float]:
        """The weights the ratings give, by criterion id."""
        return dict(zip(self.siblings.ids, self.compute(self.values()).weights))
