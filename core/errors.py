"""Errors the core raises for bad input: one message a user can act on.

Every loader and every computation raises :class:`ModelError` (or a subclass)
with a message that names the file, field, criterion or option at fault, so
the command line and the window can show it as one line without a traceback.
"""


class ModelError(ValueError):
    """Input that the model or a method cannot accept; the message says where."""


class FileFormatError(ModelError):
    """A project, profile or spreadsheet file that cannot be read."""


class WriteError(ModelError):
    """A file that cannot be written (full disk, read-only folder…); the old file is unchanged."""


def one_line(text: object) -> str:
    """``text`` with its line breaks and runs of spaces folded, for a one-line message."""
    return " ".join(str(text).split())


def user_message(exc: BaseException) -> str:
    """The one line an interface shows for ``exc``, whatever it is.

    Bad input says what and where; an operating-system error names its file
    when it has one; anything else is a bug, said plainly with a plea to report it.
    """
    if isinstance(exc, ModelError):
        return one_line(exc)
    if isinstance(exc, OSError):
        reason = one_line(exc.strerror or exc)
        return f"{exc.filename}: {reason}" if exc.filename else reason
    return f"internal error ({type(exc).__name__}: {one_line(exc)}); please report it"
