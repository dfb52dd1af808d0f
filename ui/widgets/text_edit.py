"""Plain-text fields that commit once, when the analyst leaves them, not on every keystroke.

Both decide in one way whether to show the model's text: always, except while the analyst is typing in
the field, that is while it has focus and holds typing not yet committed (Qt's modified flag). Committing
hands the typing over and clears the flag, so whatever the model answers (taken, refused, later undone)
is shown even while the field keeps its focus, and leaving the field never writes a stale text back.
"""

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
        """Show ``text`` from the model, unless the analyst is typing here (see the module)."""
        self._shown = text
        if self.hasFocus() and self.document().isModified():
            return
        if self.toPlainText() != text:
            self.setPlainText(text)  # clears the modified flag

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        """Send the text if it differs from what the model holds."""
        typed = self.toPlainText()
        self.document().setModified(False)
        if typed != self._shown:
            self.committed.emit(typed)


class CommitLineEdit(QLineEdit):
    """One line of plain text; ``committed`` fires when editing finishes with a change."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.editingFinished.connect(self._finish)

    def set_text(self, text: str) -> None:
        """Show ``text`` from the model, unless the analyst is typing here (see the module)."""
        self._shown = text
        if self.hasFocus() and self.isModified():
            return
        if self.text() != text:
            self.setText(text)  # clears the modified flag
        if not self.hasFocus():
            self.setCursorPosition(0)  # a text longer than the field shows its start, not its end

    def _finish(self) -> None:
        typed = self.text()
        self.setModified(False)  # Enter keeps the focus: what the model answers is shown from now on
        if typed != self._shown:
            self.committed.emit(typed)
