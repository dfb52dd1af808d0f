"""A number field that refuses bad input inline: red border and a reason, never a change."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.widgets.common import mark_invalid


def parse_number(text: str) -> float | None:
    """``text`` as a finite number (a comma works as the decimal mark); None if it is not one."""
    try:
        value = float(text.strip().replace(",", "."))
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
        self.textEdited.connect(lambda _text: mark_invalid(self, not self._acceptable()))
        self.editingFinished.connect(self._finish)

    def _acceptable(self) -> bool:
        text = self.text().strip()
        return (self.optional and not text) or parse_number(text) is not None

    def value(self) -> float | None:
        """The number typed (None when empty or not a number)."""
        return parse_number(self.text()) if self.text().strip() else None

    def set_value(self, value: float | None) -> None:
        """Show ``value`` (from the model) without emitting anything."""
        self._shown = value
        if not self.hasFocus() or not self.isModified():
            self.setText("" if value is None else f"{value:g}")
            mark_invalid(self, False)

    def _finish(self) -> None:
        if not self.isModified():
            return
        self.setModified(False)
        if not self._acceptable():
            mark_invalid(self, True)
            self.refused.emit(self.tr("“{0}” is not a number.").format(self.text().strip()))
            return
        mark_invalid(self, False)
        value = self.value()
        if value != self._shown:
            self.committed.emit(value)

    def show_refused(self) -> None:
        """Keep the red border after the document refused the committed value."""
        mark_invalid(self, True)
