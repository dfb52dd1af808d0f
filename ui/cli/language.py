"""The language of the command line: English unless ``--lang ar`` asks for Arabic.

Scripts parse what a command says, so its help, usage errors and messages
stay English by default; ``--lang`` (before or after the command) switches
all of them. The texts are the window's: ``Cli.tr("text")`` is extracted by
lupdate into the same Qt Linguist source and read from the same compiled
catalogue. A command has no Qt application (and must not make one: a PDF
export makes its own), so the catalogue is read through a translator of its
own rather than the application's, and Qt is imported only when a language
other than English is asked for. argparse's own words ("usage:", "the
following arguments are required") go through its gettext hook, which
:func:`argparse_in` points at the same catalogue while a parser is made,
parses or formats its help (``ui.cli.Parser`` does each inside it).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

LANGUAGES = ("en", "ar")  # as ui.i18n.LANGUAGES, which would import Qt into every command
# As ui.i18n.TRANSLATIONS (the command line may not import the window's modules).
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


class _State:
    """The language of this run and the translator that reads its catalogue (None: English)."""

    code = "en"
    translator = None


def requested(argv: Sequence[str]) -> str:
    """The language ``--lang`` asks for anywhere before ``--`` (English when absent or not one we have)."""
    for n, word in enumerate(argv):
        if word == "--":
            break
        value = argv[n + 1] if word == "--lang" and n + 1 < len(argv) else word.removeprefix("--lang=")
        if (word == "--lang" or word.startswith("--lang=")) and value in LANGUAGES:
            return value
    return "en"


def use(code: str, folder: Path = TRANSLATIONS) -> str:
    """Speak ``code`` from now on; English (returned) when its compiled catalogue is missing."""
    _State.code, _State.translator = "en", None
    if code != "en":
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        if translator.load(f"mizan_{code}", str(folder)):
            _State.code, _State.translator = code, translator
    return _State.code


def current() -> str:
    """The language this run speaks."""
    return _State.code


def translate(context: str, text: str) -> str:
    """``text`` of ``context`` in the run's language (itself when the catalogue has no translation)."""
    if _State.translator is None:
        return text
    return _State.translator.translate(context, text) or text


class Texts:
    """The translations of one context: ``Cli = Texts("Cli")``, then ``Cli.tr("text")``.

    As with :class:`ui.i18n.Context`, the variable is spelt as its context so
    that lupdate files each literal under it.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str) -> str:
        """``text`` in the run's language."""
        return translate(self.name, text)


Argparse = Texts("Argparse")  # argparse's own words
Cli = Texts("Cli")  # the commands' help and messages


def _argparse_words() -> dict[str, str]:
    """argparse's user-facing words (Python 3.11's msgids) in the run's language."""
    return {
        "usage: ": Argparse.tr("usage: "),
        "positional arguments": Argparse.tr("positional arguments"),
        "options": Argparse.tr("options"),
        "show this help message and exit": Argparse.tr("show this help message and exit"),
        "argument %(argument_name)s: %(message)s": Argparse.tr("argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": Argparse.tr("unrecognized arguments: %s"),
        "the following arguments are required: %s": Argparse.tr("the following arguments are required: %s"),
        "one of the arguments %s is required": Argparse.tr("one of the arguments %s is required"),
        "not allowed with argument %s": Argparse.tr("not allowed with argument %s"),
        "ignored explicit argument %r": Argparse.tr("ignored explicit argument %r"),
        "expected one argument": Argparse.tr("expected one argument"),
        "expected at most one argument": Argparse.tr("expected at most one argument"),
        "expected at least one argument": Argparse.tr("expected at least one argument"),
        "expected %s argument": Argparse.tr("expected %s argument"),
        "expected %s arguments": Argparse.tr("expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s":
            Argparse.tr("ambiguous option: %(option)s could match %(matches)s"),
        "unexpected option string: %s": Argparse.tr("unexpected option string: %s"),
        "invalid %(type)s value: %(value)r": Argparse.tr("invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            Argparse.tr("invalid choice: %(value)r (choose from %(choices)s)"),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            Argparse.tr("unknown parser %(parser_name)r (choices: %(choices)s)"),
        "can't open '%(filename)s': %(error)s": Argparse.tr("can't open '%(filename)s': %(error)s"),
    }


@contextmanager
def argparse_in() -> Iterator[None]:
    """argparse's own words in the run's language while the block builds and runs a parser."""
    if _State.translator is None:
        yield
        return
    words = _argparse_words()
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    # argparse looks its words up through these two module names at each use: its translation hook.
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: words.get(one if n == 1 else many, one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
