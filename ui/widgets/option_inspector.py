"""Details of one option (a column of the score matrix): its name and description, in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from ui.document import Document
from ui.widgets.bilingual_text import TextPair, add_rows
from ui.widgets.common import plain_label
from ui.widgets.text_edit import CommitLineEdit, CommitTextEdit


class OptionInspector(QWidget):
    """Shows and edits the option whose column header was chosen."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._id: str | None = None
        self.heading = plain_label("", self, wrap=True)
        self.name = CommitLineEdit(self)
        self.description = CommitTextEdit(self)
        self.description.setPlaceholderText(self.tr("What the option means in practice"))
        self.texts = {"name": TextPair(document, self.name, CommitLineEdit(self), one_line=True),
                      "description": TextPair(document, self.description, CommitTextEdit(self))}
        form = QFormLayout(self)
        form.addRow(self.heading)
        add_rows(form, self.tr("&Name:"), self.texts["name"])
        add_rows(form, self.tr("&Description:"), self.texts["description"])
        document.structure_changed.connect(self.refresh)

    def show_option(self, option_id: str) -> None:
        """Inspect the option ``option_id``."""
        self._id = option_id
        self.refresh()

    def refresh(self) -> None:
        """Show the option's current texts (an option deleted or undone away leaves the page empty)."""
        found = any(option.id == self._id for option in self._document.model.options)
        for pair in self.texts.values():
            for widget in (pair.own, pair.other):  # disabled first: a focused field gives its focus up
                widget.setEnabled(found)
        if not found:
            self._id = None
            self.heading.setText(self.tr("Select an option: click its column header."))
        else:
            self.heading.setText(self.tr("Option {0}").format(self._id))
        for key, pair in self.texts.items():
            pair.show(f"options/{self._id}/{key}" if found else None)
