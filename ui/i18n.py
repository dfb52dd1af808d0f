"""The interface language: which one, its translations, its reading direction and its digits.

The language comes from ``--lang`` on the command line, else the saved
preference, else the system locale. Our compiled catalogue (``mizan_<lang>.qm``,
built from the ``.ts`` source by the Makefile) and Qt's own (``qtbase_<lang>``,
the standard buttons and dialogs) are installed on the application; Arabic
turns the whole interface right to left. Digits are Western unless the
analyst asks for Arabic-Indic ones: most Iraqi official documents use Western
digits, so the Arabic locale's default would be the wrong one.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from core.numbers import DIGITS, in_digits

LANGUAGES = ("en", "ar")
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
RIGHT_TO_LEFT = {"ar"}


def system_language() -> str:
    """The language of the system locale when we have it, else English."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def choose_language(requested: str | None, saved: str) -> str:
    """``--lang`` beats the saved preference, which beats the system locale."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    return system_language()


def number_locale(language: str, digits: str) -> QLocale:
    """The locale numbers are shown and typed in: Arabic-Indic digits only when asked for."""
    if digits == "arabic":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq)
    if language == "en" and QLocale.system().zeroDigit() == "0":
        return QLocale.system()
    # Western digits with the point as decimal mark, as Iraqi documents print them.
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


# Reading back also drops the bidi marks a copied table cell carries (ui.bidi).
_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩٫٬۰۱۲۳۴۵۶۷۸۹", "0123456789.,0123456789", "\u2066\u2067\u2068\u2069\u200e\u200f")


def shown(number_text: str) -> str:
    """``number_text`` (as Python formats it: "46.7", "1,234") in the digits of the preference."""
    return in_digits(number_text, current().digits)


def western(text: str) -> str:
    """``text`` with Arabic-Indic (and Persian) digits and separators written as Western ones, for parsing."""
    return text.translate(_TO_WESTERN)


class Language:
    """The translators installed on the application; one per process, switched in place."""

    def __init__(self, folder: Path = TRANSLATIONS) -> None:
        self.folder = folder
        self.code = "en"
        self.digits = "western"
        self._translators: list[QTranslator] = []

    def apply(self, code: str, digits: str = "western") -> bool:
        """Make ``code`` the interface language; False when its catalogue is missing (English stays)."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        # English has a catalogue too, of its plural forms only ("1 risk", "85 risks"): the source says "risk(s)".
        ours = self._load(f"mizan_{code}", str(self.folder))
        loaded = ours is not None or code == "en"
        if ours is None:
            ours = self._load("mizan_en", str(self.folder))
        if loaded and code != "en":
            self._install(self._load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
        # Ours last: Qt asks the last installed first, so our words for Qt's own (ui.qt_words) win.
        self._install(ours)
        self.code = code if loaded else "en"
        self.digits = digits if digits in DIGITS else "western"
        QLocale.setDefault(number_locale(self.code, self.digits))
        direction = Qt.LayoutDirection.RightToLeft if self.code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        if isinstance(app, QApplication):
            app.setLayoutDirection(direction)
        return loaded

    @staticmethod
    def _load(name: str, folder: str) -> QTranslator | None:
        translator = QTranslator(QCoreApplication.instance())
        return translator if translator.load(name, folder) else None

    def _install(self, translator: QTranslator | None) -> None:
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            self._translators.append(translator)


_CURRENT: Language | None = None


def current() -> Language:
    """The process's one :class:`Language` (English until :meth:`Language.apply` is called)."""
    global _CURRENT  # noqa: PLW0603 - the installed translators belong to the one application
    if _CURRENT is None:
        _CURRENT = Language()
    return _CURRENT


def core_label(kind: str, value: str) -> str:
    """The name of a fixed choice of the core (a status, a treatment…) in the interface language.

    The core is not Qt, so its names come from its own catalogue rather than the .ts.
    """
    from core.labels import choice_label

    return choice_label(kind, value, current().code)


def core_text(key: str) -> str:
    """A sentence of the core's catalogue (the residual rule, the benefit note…) in the interface language,
    a number it writes ("never below 1") in the preferred digits."""
    from core.catalogue import catalogue

    return numbers_shown(catalogue(current().code)[key])


# A number standing alone in a sentence: not part of an id (E1), a placeholder ({0}) or its format spec ({0:.1f}).
_NUMBER = re.compile(r"(?<![\w.{])\d+(?:\.\d+)?(?![\w}:!\]])")


def numbers_shown(sentence: str) -> str:
    """``sentence`` with each number standing alone in the preferred digits; ids and placeholders as they are."""
    if current().digits == "western":
        return sentence
    return _NUMBER.sub(lambda match: shown(match.group()), sentence)


def method_label(key: str) -> str:
    """The label of ranking method ``key`` in the interface language (an unknown key as it is)."""
    from core.methods import REGISTRY

    spec = REGISTRY.get(key)
    return key if spec is None else spec.label_in(current().code)


def core_message(message: object) -> str:
    """A :class:`core.errors.Message` the core built (an import's reason, a cell's place) in the interface language;
    plain text as it is."""
    from core.errors import worded

    return str(worded(message, current().code, current().digits))


def message_of(exc: BaseException) -> str:
    """The one line the window shows for ``exc``, in the interface language and its reading direction.

    An Arabic message often opens with a file name or an id: without the mark
    a widget that takes its direction from the first letter would set it left to right.
    """
    from core.errors import user_message
    from ui.bidi import line

    return line(user_message(exc, current().code, current().digits))


class Context:
    """The translations of one context: ``Charts = Context("Charts")``, then ``Charts.tr("text")``.

    lupdate files ``Name.tr("text")`` under the context ``Name``, so the variable
    must be spelt as its context (a test checks it); a helper taking the text as
    a variable would hide every literal from lupdate.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the interface language (the source text when no translation is installed)."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def listed(items) -> str:
    """The items of a list in a sentence, separated as the interface language writes it (", " or "، "):
    the core's separator (:class:`core.errors.Listed`), so the window and the core's messages write one."""
    from core.errors import Listed

    return Listed(items).text(current().code)
