"""One text of the model in both languages: a field for the interface language's and one for the other's.

Each field shows what is written in its language; where nothing is, it stays
empty and its placeholder says that the other language's text is shown in its
place (the model falls back, :mod:`core.bilingual`). Leaving a field writes
its language only, as one undo step (:class:`core.edits.SetText`). A list of
texts (a criterion's evidence) shows one item per line, line *i* of one
language beside line *i* of the other; a blank line leaves that place to the
other language (:class:`core.edits.SetTexts`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout

from core.bilingual import other_language, text_in, texts_in
from core import edits
from ui.document import Document
from ui.i18n import Context
from ui.widgets.text_edit import CommitLineEdit, CommitTextEdit

BilingualText = Context("BilingualText")


def in_language(language: str) -> str:
    """The form label of a field in ``language`` ("In English:")."""
    return BilingualText.tr("In Arabic:") if language == "ar" else BilingualText.tr("In English:")


def falls_back(language: str) -> str:
    """The placeholder of a field with nothing written in ``language``."""
    if language == "ar":
        return BilingualText.tr("Not written in Arabic; the English text is shown in its place")
    return BilingualText.tr("Not written in English; the Arabic text is shown in its place")


class TextPair(QObject):
    """Two fields, ``own`` (the interface language) and ``other``, on the text at one address."""

    def __init__(self, document: Document, own: CommitLineEdit | CommitTextEdit,
                 other: CommitLineEdit | CommitTextEdit, one_line: bool = False) -> None:
        super().__init__(own)
        self._document, self.own, self.other = document, own, other
        # Fixed here: a field still focused when the window is rebuilt in the other language commits on
        # leaving, and must write the language it showed.
        self._languages = document.language, other_language(document.language)
        self.address: str | None = None
        self._placeholders = {own: own.placeholderText(), other: other.placeholderText()}
        clean = str.strip if one_line else str
        own.committed.connect(lambda text: self._write(self._languages[0], clean(text)))
        other.committed.connect(lambda text: self._write(self._languages[1], clean(text)))

    def label(self) -> str:
        """The form label of the other language's field."""
        return in_language(self._languages[1])

    def _write(self, language: str, text: str) -> None:
        if self.address is not None and not self._document.apply(edits.SetText(self.address, language, text)):
            self.show(self.address)  # refused (an empty name): show the texts as they are

    def show(self, address: str | None) -> None:
        """Show the texts at ``address`` (None: nothing selected, both fields empty)."""
        self.address = address
        for field, lang in zip((self.own, self.other), self._languages):
            text = None if address is None else text_in(self._document.model, address, lang)
            other = None if address is None else text_in(self._document.model, address, other_language(lang))
            field.set_text(text or "")
            field.setPlaceholderText(falls_back(lang) if text is None and other else self._placeholders[field])


class TextListPair(QObject):
    """Two multi-line fields on the list of texts at one address, one item per line in each language."""

    def __init__(self, document: Document, own: CommitTextEdit, other: CommitTextEdit) -> None:
        super().__init__(own)
        self._document, self.own, self.other = document, own, other
        self._languages = document.language, other_language(document.language)  # as TextPair's: fixed here
        self.address: str | None = None
        self._placeholders = {own: own.placeholderText(), other: other.placeholderText()}
        own.committed.connect(lambda text: self._write(self._languages[0], text))
        other.committed.connect(lambda text: self._write(self._languages[1], text))

    def label(self) -> str:
        """The form label of the other language's field."""
        return in_language(self._languages[1])

    def _write(self, language: str, text: str) -> None:
        lines = tuple(text.splitlines())
        if self.address is not None and not self._document.apply(edits.SetTexts(self.address, language, lines)):
            self.show(self.address)

    def show(self, address: str | None) -> None:
        """Show the lists at ``address`` (None: nothing selected, both fields empty)."""
        self.address = address
        for field, lang in zip((self.own, self.other), self._languages):
            items = [] if address is None else texts_in(self._document.model, address, lang)
            written = [item or "" for item in items]
            while written and not written[-1]:
                written.pop()
            others = address is not None and any(texts_in(self._document.model, address, other_language(lang)))
            field.set_text("\n".join(written))
            field.setPlaceholderText(falls_back(lang) if not written and others else self._placeholders[field])


def add_rows(form: QFormLayout, label: str, pair: TextPair | TextListPair) -> None:
    """The two rows of ``pair`` in ``form``: the interface language's field under ``label``, then the other's."""
    form.addRow(label, pair.own)
    form.addRow(pair.label(), pair.other)
