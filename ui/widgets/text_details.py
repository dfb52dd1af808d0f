"""The chosen register item's texts in both languages, beside the table that edits them in place.

A register table (controls, risks, scale levels) edits the interface
language's text in its cells; this panel shows the chosen row's texts in
both languages, a field per language as the inspector has them
(:class:`~ui.widgets.bilingual_text.TextPair`), each field writing its
language as one undo step. The table's owner says which item is chosen
(``find``) and calls :meth:`TextDetails.refresh` when the choice or the
document changed, once its table follows the document: the panel alone
could ask for an item the new model no longer has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QScrollArea, QVBoxLayout, QWidget

from ui.document import Document
from ui.widgets.bilingual_text import TextPair
from ui.widgets.common import plain_label
from ui.widgets.text_edit import CommitLineEdit, CommitTextEdit

Chosen = tuple[str, str] | None  # (address prefix such as "controls/C1/", heading), or None: nothing chosen
TEXT_LINES = 3  # a multi-line field's height in lines: the panel sits in a dock beside a table
MIN_WIDTH = 44  # in average characters: a label and a field that shows a name whole


class TextDetails(QScrollArea):
    """A heading and, per text field, the interface language's field and the other language's."""

    def __init__(self, document: Document, fields: Sequence[tuple[str, str, bool]], find: Callable[[], Chosen],
                 empty: str, parent: QWidget | None = None) -> None:
        """``fields``: (field key, form label, one line?); ``find``: the chosen item; ``empty``: its heading
        when nothing is chosen."""
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the fields wrap or scroll
        self.setMinimumWidth(MIN_WIDTH * self.fontMetrics().averageCharWidth())
        self._find, self._empty = find, empty
        page = QWidget(self)
        self.heading = plain_label("", page, wrap=True)
        form = QFormLayout()
        form.addRow(self.heading)
        self.texts: dict[str, TextPair] = {}
        for key, text, one_line in fields:
            own, other = (CommitLineEdit(page), CommitLineEdit(page)) if one_line else \
                (self._box(page), self._box(page))
            pair = TextPair(document, own, other, one_line=one_line)
            form.addRow(text, own)
            form.addRow(pair.label(), other)
            self.texts[key] = pair
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)  # the fields stay at the top of a tall panel
        self.setWidget(page)

    @staticmethod
    def _box(parent: QWidget) -> CommitTextEdit:
        box = CommitTextEdit(parent)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * TEXT_LINES + 12)
        return box

    def refresh(self) -> None:
        """Show the chosen item's texts (both fields empty and disabled when nothing is chosen)."""
        chosen = self._find()
        for pair in self.texts.values():
            for field in (pair.own, pair.other):  # disabled first: a focused field gives its focus up
                field.setEnabled(chosen is not None)
        self.heading.setText(self._empty if chosen is None else chosen[1])
        for key, pair in self.texts.items():
            pair.show(None if chosen is None else chosen[0] + key)
