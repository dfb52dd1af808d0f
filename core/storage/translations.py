"""The ``translations`` member of a text object in a project file (format version 4).

A file's plain text fields hold the texts in the project's ``"language"``; any
object with text fields (the document itself for ``title``, ``question``,
``source``; ``bands``; a criterion, option, score, profile, control, register
entry or scale level) may add, next to them, its texts in the other language::

    {"id": "E1", "name": "Dinar crisis", "evidence": ["§3"],
     "translations": {"name": "أزمة الدينار", "evidence/0": "§3", "description": null}}

A key is a text field of that object (a list's items as ``"evidence/0"``); a
value is the text in the other language, or ``null`` where the plain field
holds the other language's text because none is written in the project's
language (a fallback, kept so that a project switched to the other language
and saved reopens exactly as it was). The member is left out when it would be
empty. Every translation passes the checks every other text passes, and a
fault names its field path, e.g. ``criteria[0].translations.name: must be text``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.bilingual import REQUIRED, fields_of
from core.errors import Listed, Message
from core.storage.fields import Node


def read_translations(node: Node, obj: Any) -> Any:
    """``obj`` with the translations its file object ``node`` gives (``obj`` itself when there are none)."""
    member = node.child("translations", False, None)
    if member.value is None:
        return obj
    member.obj()
    known = fields_of(obj)
    found: dict[str, str | None] = {}
    for key, item in member.entries():
        if key not in known:
            raise item.fail(Message("messages.translations.not_a_field", fields=Listed(known) or "—"))
        found[key] = _value(item, obj, key)
    return replace(obj, translations=tuple(sorted(found.items())))


def _value(item: Node, obj: Any, key: str) -> str | None:
    name, _, index = key.partition("/")
    plain = getattr(obj, name)[int(index)] if index else getattr(obj, name)
    if item.value is None:
        if not plain:
            raise item.fail(Message("messages.translations.null_on_empty"))
        return None
    text = item.check_text()
    if not text:
        raise item.fail(Message("messages.translations.empty"))
    if name in REQUIRED and not (text.strip() and plain.strip()):
        raise item.fail(Message("messages.translations.empty_name"))
    return text


def with_translations(data: dict, obj: Any) -> dict:
    """``data`` (the file object of ``obj``) with its ``translations`` member when it has any."""
    if obj.translations:
        data["translations"] = dict(obj.translations)
    return data
