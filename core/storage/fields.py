"""Typed field access on parsed JSON, with errors that give the field path.

``Node(value, "options[2].scores.E4")`` wraps one parsed JSON value; its
accessors check the type and range of a child and fail with a message such as
``options[2].scores.E4.likelihood: must be a whole number 1–5``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from core.errors import FileFormatError

MAX_TEXT = 100_000


class Node:
    """One parsed JSON value and its path from the document root."""

    def __init__(self, value: object, path: str, where: str = "") -> None:
        self.value = value
        self.path = path
        self.where = where

    def fail(self, message: str, key: str | None = None) -> FileFormatError:
        """A FileFormatError naming the file and the field path."""
        path = self.child_path(key) if key is not None else self.path
        prefix = f"{self.where}: " if self.where else ""
        return FileFormatError(f"{prefix}{path or 'document'}: {message}")

    def child_path(self, key: str | int) -> str:
        """The path of a child field or list item."""
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def obj(self) -> dict:
        """The value as a JSON object, or a FileFormatError."""
        if not isinstance(self.value, dict):
            raise self.fail("must be an object")
        return self.value

    def child(self, key: str, required: bool = True, default: object = None) -> Node:
        """The field ``key`` of this object as a Node."""
        data = self.obj()
        if key not in data:
            if required:
                raise self.fail("is missing", key)
            return Node(default, self.child_path(key), self.where)
        return Node(data[key], self.child_path(key), self.where)

    def items(self) -> Iterator[Node]:
        """The items of a JSON list, each as a Node."""
        if not isinstance(self.value, list):
            raise self.fail("must be a list")
        for index, item in enumerate(self.value):
            yield Node(item, self.child_path(index), self.where)

    def entries(self) -> Iterator[tuple[str, Node]]:
        """The key/value pairs of a JSON object, values as Nodes."""
        for key, value in self.obj().items():
            yield key, Node(value, self.child_path(key), self.where)

    def text(self, key: str, default: str | None = None, empty_ok: bool = True) -> str:
        """A string field; ``default`` makes it optional."""
        node = self.child(key, required=default is None, default=default)
        if not isinstance(node.value, str):
            raise node.fail("must be text")
        if len(node.value) > MAX_TEXT:
            raise node.fail(f"is longer than {MAX_TEXT:,} characters")
        if not empty_ok and not node.value.strip():
            raise node.fail("must not be empty")
        return node.value

    def number(self, key: str, default: float | None = None, optional: bool = False) -> float | None:
        """A finite number field (booleans are not numbers here)."""
        node = self.child(key, required=default is None and not optional, default=default)
        if node.value is None and optional:
            return None
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            raise node.fail("must be a number")
        if not math.isfinite(node.value):
            raise node.fail("must be a finite number")
        return float(node.value)

    def whole(self, key: str, low: int, high: int, optional: bool = False) -> int | None:
        """A whole-number field within [low, high]."""
        node = self.child(key, required=not optional)
        if node.value is None and optional:
            return None
        value = node.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise node.fail(f"must be a whole number {low}–{high}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        """A text field restricted to ``allowed`` values."""
        value = self.text(key, default)
        if value not in allowed:
            raise self.fail(f"must be one of {', '.join(allowed)}", key)
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        """An optional list of strings."""
        node = self.child(key, required=False, default=[])
        values = []
        for item in node.items():
            if not isinstance(item.value, str):
                raise item.fail("must be text")
            values.append(item.value)
        return tuple(values)
