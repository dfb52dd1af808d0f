"""Edit ▸ Preferences…: the interface language and the digits numbers are written in."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ui.widgets.common import plain_label

# Each language is named in its own script, so that a reader of either finds it.
LANGUAGE_NAMES = (("en", "English"), ("ar", "العربية"))


class PreferencesDialog(QDialog):
    """Language and digits; the window applies them when the dialog is accepted."""

    def __init__(self, language: str, digits: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.digits = QComboBox(self)
        self.digits.addItem(self.tr("Western (0 1 2 3)"), "western")
        self.digits.addItem(self.tr("Arabic-Indic (٠ ١ ٢ ٣)"), "arabic")
        self.digits.setCurrentIndex(max(0, self.digits.findData(digits)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Digits:"), self.digits)
        form.addRow(plain_label(self.tr("The window is rebuilt in the new language; your model and its undo "
                                        "history stay as they are."), self, wrap=True))
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        """(language code, digits) as chosen."""
        return self.language.currentData(), self.digits.currentData()
