"""A number field that refuses bad input inline: red border and a reason, never a change."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from core.numbers import plain_number
from ui.i18n import shown, western
from ui.widgets.common import mark_invalid


def parse_number(text: str) -> float | None:
    """``text`` as a finite number (a comma or the Arabic ٫ works as the decimal mark, in either digits);
    None if it is not one."""
    try:
        value = float(western(text).strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class NumberEdit(QLineEdit):
    """Line edit for one number; ``optional`` ones accept an empty field as "no value".

    ``committed`` carries the new value (None for an empty optional field)
    when editing finishes on valid input; ``refused`` carries a reason.
    """

    committed = Signal(object)
    refused = Signal(str)

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._shown: float | None = None
        self.bounds: tuple[float, float] | None = None  # a value outside is refused as you type
        self.textEdited.connect(lambda _text: mark_invalid(self, not self._acceptable()))
        self.editingFinished.connect(self._finish)

    def _acceptable(self) -> bool:
        text = self.text().strip()
        number = parse_number(text)
        return (self.optional and not text) or (number is not None and self._within(number))

    def _within(self, number: float) -> bool:
        return self.bounds is None or self.bounds[0] <= number <= self.bounds[1]

    def value(self) -> float | None:
        """The number typed (None when empty, not a number or outside ``bounds``)."""
        number = parse_number(self.text()) if self.text().strip() else None
        return number if number is not None and self._within(number) else None

    def _reason(self) -> str:
        """Why the text is refused: not a number, or outside the scale."""
        text = self.text().strip()
        if parse_number(text) is None or self.bounds is None:
            return self.tr("“{0}” is not a number.").format(text)
        return self.tr("{0} is outside the scale {1}–{2}; widen the criterion's scale first.").format(
            text, shown(plain_number(self.bounds[0])), shown(plain_number(self.bounds[1])))

    def set_value(self, value: float | None) -> None:
        """Show ``value`` (from the model) without emitting anything."""
        self._shown = value
        if not self.hasFocus() or not self.isModified():
            self.setText("" if value is None else shown(plain_number(value)))
            mark_invalid(self, False)

    def _finish(self) -> None:
        if not self.isModified():
            return
        self.setModified(False)
        if not self._acceptable():
            mark_invalid(self, True)
            self.refused.emit(self._reason())
            return
        mark_invalid(self, False)
        value = self.value()
        if value != self._shown:
            self.committed.emit(value)

    def show_refused(self) -> None:
        """Keep the red border after the document refused the committed value."""
        mark_invalid(self, True)
