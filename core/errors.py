"""Errors the core raises for bad input: one message a user can act on.

Every loader and every computation raises :class:`ModelError` (or a subclass)
with a message that names the file, field, criterion or option at fault, so
the command line and the window can show it as one line without a traceback.
"""


class ModelError(ValueError):
    """Input that the model or a method cannot accept; the message says where."""


class FileFormatError(ModelError):
    """A project, profile or spreadsheet file that cannot be read."""


def one_line(text: object) -> str:
    """``text`` with its line breaks and runs of spaces folded, for a one-line message."""
    return " ".join(str(text).split())
