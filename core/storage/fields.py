"""Typed field access on parsed JSON, with errors that give the field path.

``Node(value, "options[2].scores.E4")`` wraps one parsed JSON value; its
accessors check the type and range of a child and fail with a message such as
``options[2].scores.E4.likelihood: must be a whole number 1–5``.

:func:`checked_number` is the one conversion every number read from a file
goes through (project and profile fields, spreadsheet cells, band limits,
AHP judgements, preference thresholds): a real number, not a boolean, inside
a finite range, so that no later sum, product or square can overflow.
:func:`number_from_text` is its strict counterpart for numbers written as text.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Iterator

from core.errors import FileFormatError, Listed, Message, ModelError, at
from core.texts import text_problem

MAX_TEXT = 100_000
# Far above any score, scale or money amount an analyst enters (a thousand
# trillion), far below where a sum of squares over every cell could overflow.
NUMBER_LIMIT = 1e15
# Weights and points: far above any real count, and their sum over any sibling set stays finite.
WEIGHT_LIMIT = 1e12
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?", re.ASCII)
# Where a value was read, as a message names it: the text, or a function that spells it (Node.place), so
# that reading a file spells a field's place only for a value it refuses.
Where = str | Callable[[], str]


def _spelt(where: Where) -> str:
    return where if isinstance(where, str) else where()


def checked_number(value: object, where: Where, low: float = -NUMBER_LIMIT, high: float = NUMBER_LIMIT) -> float:
    """``value`` as a float if it is a real number from ``low`` to ``high``; else FileFormatError.

    This is the single gate for numbers that come from outside (JSON fields,
    spreadsheet cells already parsed to numbers, thresholds): booleans, text,
    NaN, infinities and integers of any size beyond the range are refused with
    ``"{where}: must be a number from {low} to {high}"``. The range comparison
    is made before converting, so an integer with hundreds of digits is
    refused instead of overflowing ``float()``.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise FileFormatError(Message("messages.storage.not_number", where=_spelt(where)))
    # int() keeps a big integer exact (numpy's too), so the comparison cannot overflow; NaN fails it.
    plain = int(value) if isinstance(value, numbers.Integral) else float(value)
    if not low <= plain <= high:
        raise FileFormatError(Message("messages.storage.number_range", where=_spelt(where), low=low, high=high))
    return float(plain)


def number_from_text(text: str, where: str, low: float = -NUMBER_LIMIT, high: float = NUMBER_LIMIT) -> float:
    """A plain decimal such as ``-1.5`` or ``2e3`` through :func:`checked_number`.

    Stricter than ``float()``: no ``inf``/``nan``, no ``1_000``, no hex, no
    thousands separators and no comma decimals (a spreadsheet reader decides
    those before it calls :func:`checked_number`).
    """
    stripped = text.strip()
    if not _DECIMAL.fullmatch(stripped):
        shown = stripped if len(stripped) <= 40 else stripped[:40] + "…"
        raise FileFormatError(Message("messages.storage.text_not_number", where=where, text=repr(shown)))
    return checked_number(float(stripped), where, low, high)


def checked_whole(value: object, where: Where, low: int, high: int) -> int:
    """``value`` as an int if it is a whole number from ``low`` to ``high`` (``3.0`` counts); else FileFormatError."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= int(value) <= high:
        raise FileFormatError(Message("messages.storage.whole_range", where=_spelt(where), low=low, high=high))
    return int(value)


class Node:
    """One parsed JSON value and its path from the document root.

    A child knows its parent and key, and spells its path only when a message or a caller asks for it:
    spelling every field's path while a file loads was a tenth of reading the built-in model.
    """

    def __init__(self, value: object, path: str, where: str = "", parent: Node | None = None,
                 key: str | int | None = None) -> None:
        self.value = value
        self._path = path
        self.where = where
        self._parent = parent
        self._key = key

    @property
    def path(self) -> str:
        """The field path from the document root, e.g. ``options[2].scores.E4``."""
        if self._parent is not None and self._key is not None:
            self._path = self._parent.child_path(self._key)
            self._parent = None
        return self._path

    def fail(self, message: Message | str, key: str | None = None) -> FileFormatError:
        """A FileFormatError naming the file and the field path (``message`` worded in the reader's language)."""
        return FileFormatError(at(self.place(key), message))

    def place(self, key: str | int | None = None) -> str:
        """``file: field.path`` of this node (or of its child ``key``), as messages start."""
        path = self.child_path(key) if key is not None else self.path
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{path or 'document'}"

    def child_path(self, key: str | int) -> str:
        """The path of a child field or list item."""
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        if not key.isprintable():  # a key with line breaks or surrogates must not break the message
            key = repr(key)
        return f"{self.path}.{key}" if self.path else key

    def obj(self) -> dict:
        """The value as a JSON object, or a FileFormatError."""
        if not isinstance(self.value, dict):
            raise self.fail(Message("messages.storage.not_object"))
        return self.value

    def child(self, key: str, required: bool = True, default: object = None) -> Node:
        """The field ``key`` of this object as a Node."""
        data = self.obj()
        if key not in data:
            if required:
                raise self.fail(Message("messages.storage.missing"), key)
            return Node(default, "", self.where, self, key)
        return Node(data[key], "", self.where, self, key)

    def items(self) -> Iterator[Node]:
        """The items of a JSON list, each as a Node."""
        if not isinstance(self.value, list):
            raise self.fail(Message("messages.storage.not_list"))
        for index, item in enumerate(self.value):
            yield Node(item, "", self.where, self, index)

    def entries(self) -> Iterator[tuple[str, Node]]:
        """The key/value pairs of a JSON object, values as Nodes."""
        for key, value in self.obj().items():
            yield key, Node(value, "", self.where, self, key)

    def text(self, key: str, default: str | None = None, empty_ok: bool = True,
             check: Callable[[str], None] | None = None) -> str:
        """A string field; ``default`` makes it optional; ``check`` may refuse it with a ModelError."""
        node = self.child(key, required=default is None, default=default)
        value = node.check_text()
        if not empty_ok and not value.strip():
            raise node.fail(Message("messages.storage.empty"))
        if check is not None:
            try:
                check(value)
            except ModelError as exc:
                raise node.fail(exc.message) from None
        return value

    def check_text(self) -> str:
        """This value as text every output can carry (:func:`core.texts.text_problem`), or a FileFormatError."""
        if not isinstance(self.value, str):
            raise self.fail(Message("messages.storage.not_text"))
        if len(self.value) > MAX_TEXT:
            raise self.fail(Message("messages.storage.too_long", limit=MAX_TEXT))
        problem = text_problem(self.value)
        if problem:
            raise self.fail(problem)
        return self.value

    def plain(self) -> object:
        """This value, checked throughout as plain data: text any output carries, numbers in range.

        For fields kept as they are without a schema (profile settings), so that
        nothing loads that a save or an export would then fail on.
        """
        if isinstance(self.value, dict):
            for key, child in self.entries():
                Node(key, child.path, self.where).check_text()
                child.plain()
        elif isinstance(self.value, list):
            for item in self.items():
                item.plain()
        elif isinstance(self.value, str):
            self.check_text()
        elif self.value is not None and not isinstance(self.value, bool):
            checked_number(self.value, self.place)
        return self.value

    def number(self, key: str, default: float | None = None, optional: bool = False,
               low: float = -NUMBER_LIMIT, high: float = NUMBER_LIMIT) -> float | None:
        """A number field checked by :func:`checked_number` (None when optional and absent)."""
        node = self.child(key, required=default is None and not optional, default=default)
        if node.value is None and optional:
            return None
        return checked_number(node.value, node.place, low, high)

    def whole(self, key: str, low: int, high: int, optional: bool = False) -> int | None:
        """A whole-number field within [low, high]."""
        node = self.child(key, required=not optional)
        if node.value is None and optional:
            return None
        return checked_whole(node.value, node.place, low, high)

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        """A text field restricted to ``allowed`` values."""
        value = self.text(key, default)
        if value not in allowed:
            raise self.fail(Message("messages.storage.not_one_of", allowed=Listed(allowed)), key)
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        """An optional list of strings."""
        node = self.child(key, required=False, default=[])
        return tuple(item.check_text() for item in node.items())
