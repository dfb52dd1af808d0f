"""Errors the core raises for bad input: one message a user can act on, in any language.

Every loader and every computation raises :class:`ModelError` (or a subclass)
with a message that names the file, field, criterion or option at fault, so
the command line and the window can show it as one line without a traceback.

A message is a :class:`Message`: a key of the catalogue's ``messages`` area
and its parameters, worded when it is shown (:meth:`Message.text`). The
error's ``str()`` is the English wording, which scripts and tests read;
:func:`user_message` gives the line in the reader's language. A parameter
that is itself a message or an error is worded in the same language.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.catalogue import DEFAULT, catalogue
from core.numbers import InDigits


class Message(str):
    """One message of the catalogue: ``Message("messages.model.no_criterion", id="'E9'")``.

    It is its English wording (a ``str``: whoever reads it as text, a script,
    a JSON document, a test, reads the English) and can word itself in any
    language of the catalogue.
    """

    key: str
    params: dict[str, object]

    def __new__(cls, key: str, /, **params: object) -> Message:
        message = super().__new__(cls, _worded_template(key, params, DEFAULT))
        message.key, message.params = key, params
        return message

    def text(self, language: str = DEFAULT, digits: str = "western") -> str:
        """The message worded in ``language``, its numbers in ``digits``."""
        return _worded_template(self.key, self.params, language, digits)

    def __repr__(self) -> str:
        return f"Message({self.key!r}, {self.params!r})"

    def __reduce__(self):
        return _message, (self.key, self.params)


def at(place: str, problem: Message | str) -> Message:
    """``place: problem``, the shape of every refusal that names a file or field (``problem`` worded in turn)."""
    return Message("messages.errors.at", place=place, problem=problem)


class Listed(Message):
    """``a, b, c``: ``items`` (messages each worded in turn) with the list separator of the reader's language.

    The separator is the catalogue's ``document.list_sep`` (", " in English,
    "، " in Arabic), looked up when the list is worded; one flat list, so a
    file naming thousands of unknown ids is no deeper to word than three.
    """

    items: tuple[object, ...]

    def __new__(cls, items: Iterable[object]) -> Listed:
        parts = tuple(items)
        message = str.__new__(cls, _listed(parts, DEFAULT))
        message.key, message.params, message.items = LIST_SEPARATOR, {"items": parts}, parts
        return message

    def text(self, language: str = DEFAULT, digits: str = "western") -> str:
        """The items joined in ``language``."""
        return _listed(self.items, language, digits)

    def __repr__(self) -> str:
        return f"Listed({self.items!r})"

    def __reduce__(self):
        return Listed, (self.items,)


LIST_SEPARATOR = "document.list_sep"


def _listed(parts: tuple[object, ...], language: str, digits: str = "western") -> str:
    return catalogue(language)[LIST_SEPARATOR].join(str(worded(part, language, digits)) for part in parts)


def joined(parts: list[str]) -> str:
    """``first; second; …`` (messages each worded in turn) with the separator of the reader's language."""
    line = parts[0]
    for part in parts[1:]:
        line = Message("checks.imports.reasons", first=line, then=part)
    return line


def _message(key: str, params: dict[str, object]) -> Message:
    return Message(key, **params)


def _worded_template(key: str, params: dict[str, object], language: str, digits: str = "western") -> str:
    values = {name: worded(value, language, digits) for name, value in params.items()}
    return catalogue(language)[key].format(**values)


def worded(value: object, language: str = DEFAULT, digits: str = "western") -> object:
    """``value`` as a message parameter in ``language``: messages and errors worded, numbers (a count, a row, a
    weight) in ``digits``, the rest as it is (a quoted value or a cell address is text, written as it was)."""
    if isinstance(value, (Message, ModelError)):
        return value.text(language, digits)
    if digits != "western" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return InDigits(value, digits)
    return value


class ModelError(ValueError):
    """Input that the model or a method cannot accept; the message says where."""

    def __init__(self, message: Message | str = "") -> None:
        super().__init__(str(message))
        self.message = message

    def text(self, language: str = DEFAULT, digits: str = "western") -> str:
        """The message in ``language`` and ``digits`` (a plain-text message is the same in every language)."""
        return self.message.text(language, digits) if isinstance(self.message, Message) else str(self)

    def __reduce__(self):
        return type(self), (self.message,)  # the message, not its English wording, crosses a process


class FileFormatError(ModelError):
    """A project, profile or spreadsheet file that cannot be read."""


class WriteError(ModelError):
    """A file that cannot be written (full disk, read-only folder…); the old file is unchanged."""


def one_line(text: object) -> str:
    """``text`` with its line breaks and runs of spaces folded, for a one-line message."""
    return " ".join(str(text).split())


def described(exc: BaseException) -> Message | str:
    """What an interface says about ``exc``, before it is worded (it can cross a process as it is).

    Bad input says what and where; an operating-system error names its file
    when it has one; anything else is a bug, said plainly with a plea to report it.
    """
    if isinstance(exc, ModelError):
        return exc.message
    if isinstance(exc, OSError):
        reason = one_line(exc.strerror or exc)
        return Message("messages.errors.os", file=exc.filename, reason=reason) if exc.filename else reason
    return Message("messages.errors.internal", kind=type(exc).__name__, detail=one_line(exc))


def user_message(exc: BaseException, language: str = DEFAULT, digits: str = "western") -> str:
    """The one line an interface shows for ``exc``, whatever it is, in ``language`` (its numbers in ``digits``)."""
    return one_line(worded(described(exc), language, digits))
