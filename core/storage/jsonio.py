"""Strict JSON on disk: hostile-input limits on read, atomic replace on write.

Project and profile files are user data that travel by e-mail, so reading
refuses what :mod:`json` would otherwise accept silently (NaN and Infinity,
duplicate keys, absurd sizes or nesting), and writing goes to a temporary file
in the same folder that replaces the target only once it is complete.
"""

from __future__ import annotations

import json
import math
import os

from core.errors import FileFormatError, Message, WriteError
from core.storage.atomic import write_bytes
from core.storage.bounded import read_text

MAX_DEPTH = 32
# Longer integers cannot be a number Mizan accepts; past 4,300 digits int() itself
# refuses them with advice about sys settings, so they are kept out of range here.
MAX_INT_DIGITS = 400


def _reject_constant(name: str) -> float:
    raise ValueError(Message("messages.storage.json_constant", name=name))


def _parse_int(text: str) -> int | float:
    """An integer literal; an absurdly long one becomes an infinity that every number check refuses."""
    if len(text) > MAX_INT_DIGITS:
        return -math.inf if text.startswith("-") else math.inf
    return int(text)


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) < len(pairs):  # a key came twice: name the first one repeated
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(Message("messages.storage.duplicate_key", key=repr(key)))
            seen.add(key)
    return result


def _depth(value: object, limit: int) -> int:
    """Nesting depth of ``value``, iteratively, stopping once past ``limit``.

    Only objects and lists go on the stack: the texts and numbers, most of a file, add no depth (walking them
    was half the cost of reading the built-in model's JSON).
    """
    if not isinstance(value, (dict, list)):
        return 0
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        children = item.values() if isinstance(item, dict) else item
        stack.extend([(child, depth + 1) for child in children if isinstance(child, (dict, list))])
    return deepest


def parse_json(text: str, where: str) -> object:
    """Parse ``text`` strictly; FileFormatError names ``where`` and the problem."""
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int,
                           object_pairs_hook=_unique_keys)
    except RecursionError:
        raise FileFormatError(Message("messages.storage.too_deep", where=where)) from None
    except ValueError as exc:  # json's own syntax errors are English; Mizan's own refusals are messages
        detail = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc)
        raise FileFormatError(Message("messages.storage.bad_json", where=where, detail=detail)) from None
    if _depth(value, MAX_DEPTH) > MAX_DEPTH:
        raise FileFormatError(Message("messages.storage.deeper_than", where=where, limit=MAX_DEPTH))
    return value


def read_json(path: str | os.PathLike, limit: int | None = None, what: str = "") -> object:
    """Read a JSON file with the size, syntax and nesting limits of this module.

    ``limit`` caps the bytes read (the module's cap by default); ``what`` ends
    the over-limit message, e.g. ``" for a profile"``.
    """
    return parse_json(read_text(path, limit, what), str(path))


def write_json(path: str | os.PathLike, value: object) -> None:
    """Serialise ``value`` (finite numbers only) and write it atomically.

    A value nested deeper than :func:`read_json` accepts is refused here, so
    that nothing is saved that could not be opened again.
    """
    if _depth(value, MAX_DEPTH) > MAX_DEPTH:
        raise WriteError(Message("messages.storage.write_too_deep", file=os.fspath(path), limit=MAX_DEPTH))
    text = json.dumps(value, indent=1, ensure_ascii=False, allow_nan=False)
    write_bytes(path, (text + "\n").encode("utf-8"))
