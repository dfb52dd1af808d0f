"""Dialogs that edit texts of the model in both languages: the model's details (title, question, source and
the risk bands' names) and the active profile's name and notes.

Each text is a :class:`~ui.widgets.bilingual_text.TextPair`: leaving a field writes its language only, as
one undo step, so the dialog applies as it goes (Edit ▸ Undo takes a step back) and closes with Close. It
stays open beside the window and follows the document: an undo, another file or another profile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from core.model import Bands
from ui.bidi import formula
from ui.document import Document
from ui.i18n import shown
from ui.widgets.bilingual_text import TextPair, add_rows
from ui.widgets.common import plain_label
from ui.widgets.text_edit import CommitLineEdit, CommitTextEdit


class TextsDialog(QDialog):
    """A modeless form of texts in two languages on one document; subclasses say where each row points."""

    def __init__(self, document: Document, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self.pairs: dict[str, TextPair] = {}
        self.note = plain_label(self.tr("Each text is saved when you leave its field; Edit ▸ Undo takes it back. "
                                        "An empty field shows the other language's text in its place."), self,
                                wrap=True)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        for button in buttons.buttons():  # Enter commits the field typed in; only a click or Esc closes
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        document.changed.connect(self.refresh)

    def add_row(self, key: str, label: str, lines: bool = False) -> TextPair:
        """A row for the text ``key`` under ``label`` and one for its other language (``lines``: several lines)."""
        make = CommitTextEdit if lines else CommitLineEdit
        pair = TextPair(self.document, make(self), make(self), one_line=not lines)
        for field in (pair.own, pair.other):
            if lines:  # a few lines each, wrapped: the form of a long source stays on one screen
                field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 12)
                field.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 60)
        add_rows(self.form, label, pair)
        self.pairs[key] = pair
        return pair

    def address(self, key: str) -> str | None:
        """The address of the text ``key`` now; None when there is nothing to edit."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show every row's texts as the document holds them now."""
        for key, pair in self.pairs.items():
            address = self.address(key)
            for field in (pair.own, pair.other):  # disabled first: a focused field gives its focus up
                field.setEnabled(address is not None)
            pair.show(address)


class ModelDetails(TextsDialog):
    """Edit ▸ Model Details: the title, the question, the source and the name of each risk band."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Model Details"), parent)
        self.add_row("title", self.tr("&Title:"))
        self.add_row("question", self.tr("&Question:"), lines=True)
        self.add_row("source", self.tr("&Source:"), lines=True)
        self._bands: tuple = ()  # (count, upper bounds) of the bands the band rows were made for
        self.refresh()

    def address(self, key: str) -> str | None:
        """Model texts by their own name, a band's name as ``bands/names/<i>``."""
        return key

    def refresh(self) -> None:
        """Rows for the bands the model has now (another file may have other bands), then every text."""
        bands = self.document.model.bands
        if (len(bands.names), bands.upper) != self._bands:
            self._band_rows(bands)
        super().refresh()

    def _band_rows(self, bands: Bands) -> None:
        for key in [k for k in self.pairs if k.startswith("bands/")]:
            pair = self.pairs.pop(key)
            self.form.removeRow(pair.other)
            self.form.removeRow(pair.own)
        lower = [0.0, *bands.upper[:-1]]
        for index, (low, high) in enumerate(zip(lower, bands.upper)):
            band = formula(shown(f"{low + 1:g}–{high:g}"))
            self.add_row(f"bands/names/{index}", self.tr("Band of risk {0}:").format(band))
        self._bands = (len(bands.names), bands.upper)


class ProfileDetails(TextsDialog):
    """Profiles ▸ Profile Details: the active profile's name and notes."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Profile Details"), parent)
        self.add_row("name", self.tr("&Name:"))
        self.add_row("notes", self.tr("N&otes:"), lines=True)
        self.refresh()

    def address(self, key: str) -> str | None:
        """The texts of the active profile (a profile is named by its name in the model's language)."""
        saved = self.document.saved_profile()
        return None if saved is None else f"profiles/{saved.name}/{key}"


def show_details(window: QWidget, kind: type[TextsDialog]) -> TextsDialog:
    """Show ``window``'s dialog of ``kind``: one each, brought to the front when it is already open."""
    dialog = next((child for child in window.findChildren(kind) if child.isVisible()), None)
    if dialog is None:
        dialog = kind(window.document, window)
        dialog.show()
    else:
        dialog.raise_()
        dialog.activateWindow()
    return dialog
