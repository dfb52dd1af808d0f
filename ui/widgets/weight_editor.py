"""Slider, spin box and lock for the local weight of the selected criterion.

Widget → document through a connection; document → widget with the widget's
signals blocked, so a redraw never echoes back as a new edit. A slider drag
carries one merge key from press to release: the whole drag is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QPushButton, QSlider, QWidget

from core.edits import local_shares
from ui.bidi import label
from ui.document import Document
from ui.widgets.common import plain_label, signals_blocked
from ui.widgets.elided_label import ElidedLabel

STEPS = 1000  # slider resolution: 0.1 percentage point


class WeightEditor(QWidget):
    """Edits one criterion's share among its siblings, in percent; offers the weighting dialogs."""

    weighting_requested = Signal(str)  # "points", "swing" or "ahp"

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._criterion: str | None = None
        self._drag: int | None = None
        self.caption = ElidedLabel(self.tr("Select a criterion to weight it."), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, STEPS)
        self.slider.setAccessibleName(self.tr("Local weight"))
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)
        self.spin.setAccessibleName(self.tr("Local weight in percent"))
        self.lock = QCheckBox(self.tr("&Lock"), self)
        self.lock.setToolTip(self.tr("A locked weight keeps its share when a sibling's weight changes"))
        layout = QGridLayout(self)
        # A little room at the sides: the editor meets the window's edge, where an Arabic
        # caption's first letter (right to left, at the right edge) was cut off.
        layout.setContentsMargins(3, 0, 3, 0)
        layout.addWidget(self.caption, 0, 0, 1, 3)
        layout.addWidget(self.slider, 1, 0)
        layout.addWidget(self.spin, 1, 1)
        layout.addWidget(self.lock, 1, 2)
        layout.addLayout(self._dialog_buttons(), 2, 0, 1, 3)
        self.slider.sliderPressed.connect(self._start_drag)
        self.slider.sliderReleased.connect(self._end_drag)
        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(lambda value: self._set(value / 100, None))
        self.lock.toggled.connect(self._lock_toggled)
        for signal in (document.structure_changed, document.weights_changed, document.locks_changed):
            signal.connect(self.refresh)
        self.refresh()

    def _dialog_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Weigh the group by:"), self))
        for kind, text, tip in (
                ("points", self.tr("Points…"), self.tr("Share 100 points among the criteria of the group")),
                ("swing", self.tr("Swing…"), self.tr("Rate each criterion's worst-to-best swing")),
                ("ahp", self.tr("AHP…"), self.tr("Compare the criteria of the group in pairs"))):
            button = QPushButton(self)  # not (text, self): that overload test makes QIcon and its enums (10 M)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, k=kind: self.weighting_requested.emit(k))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def set_criterion(self, criterion_id: str | None) -> None:
        """Edit the weight of ``criterion_id`` (None: nothing selected)."""
        self._criterion = criterion_id
        self.refresh()

    def _start_drag(self) -> None:
        self._drag = self._document.new_merge_key()

    def _end_drag(self) -> None:
        self._drag = None

    def _slider_moved(self, value: int) -> None:
        key = ("weight", self._criterion, self._drag) if self._drag is not None else None
        self._set(value / STEPS, key)

    def _set(self, share: float, merge_key) -> None:
        if self._criterion is not None:
            if not self._document.set_weight(self._criterion, share, merge_key):
                self.refresh()

    def _lock_toggled(self, locked: bool) -> None:
        if self._criterion is not None:
            self._document.set_locked(self._criterion, locked)

    def refresh(self) -> None:
        """Show the selected criterion's current share, without emitting edits."""
        model = self._document.model
        node = next((n for n, _, _ in model.walk() if n.id == self._criterion), None)
        if node is None:
            self._criterion = None
        with signals_blocked(self.slider, self.spin, self.lock):
            for widget in (self.slider, self.spin, self.lock):
                widget.setEnabled(node is not None)
            if node is not None:
                share = local_shares(model, self._document.profile(), node.id)[node.id]
                self.caption.set_full_text(self.tr("Local weight of {0}").format(label(node.id, node.name, " ")))
                self.slider.setValue(round(share * STEPS))
                self.spin.setValue(100 * share)
                self.lock.setChecked(node.id in self._document.locked)
            else:  # no stale weight of another criterion (or model) is shown
                self.caption.set_full_text(self.tr("Select a criterion to weight it."))
                self.slider.setValue(0)
                self.spin.clear()
                self.lock.setChecked(False)
