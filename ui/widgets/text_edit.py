"""Plain-text fields that commit once, when the analyst leaves them, not on every keystroke."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """Multi-line plain text (never rich text); ``committed`` fires on focus-out if the text changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._shown = ""

    def set_text(self, text: str) -> None:
        """Show ``text`` from the model (keeps the analyst's typing while focused)."""
        self._shown = text
        if not self.hasFocus() and self.toPlainText() != text:
            self.setPlainText(text)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        """Send the text if it differs from what the model holds."""
        if self.toPlainText() != self._shown:
            self.committed.emit(self.toPlainText())


class CommitLineEdit(QLineEdit):
    """One line of plain text; ``committed`` fires when editing finishes with a change."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.editingFinished.connect(self._finish)

    def set_text(self, text: str) -> None:
        """Show ``text`` from the model (keeps the analyst's typing while focused)."""
        self._shown = text
        if not self.hasFocus() or not self.isModified():
            self.setText(text)
            if not self.hasFocus():
                self.setCursorPosition(0)  # a text longer than the field shows its start, not its end

    def _finish(self) -> None:
        if self.text() != self._shown:
            self.committed.emit(self.text())
