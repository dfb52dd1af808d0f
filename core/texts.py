"""What text Mizan accepts: any text that every output can carry, and ids that cannot be mistaken.

Every text a file brings in (names, notes, rationales, profile fields) must
survive printing, UTF-8, HTML and the XML inside an ``.xlsx``: an unpaired
surrogate, a control character (other than tab and line breaks) or a bidi
embedding, override or isolate left open on its line (it would reverse the
rest of a printed row, as in "Trojan Source") is refused, naming the
character and its position.

Ids are stricter, because they are what weights, scores and profiles point
at and what an analyst reads to tell two items apart. An id may not hold
control, format (zero-width, bidi embedding, override and isolate marks),
private-use or line-separator characters. Two ids are the same id when their
:func:`id_key` agrees: NFKC-normalised, case-folded, without spaces or format
marks (as profile keys are matched, :func:`match_key`), and with the Greek
and Cyrillic letters that are drawn like Latin ones read as those Latin
letters. An id that mixes Latin, Greek and Cyrillic letters (``ECО`` with a
Cyrillic ``О``) is refused outright: it exists only to look like another.
Ids written wholly in one script (Cyrillic ``ОПЦ``) are welcome; the
skeleton still makes a Cyrillic ``О1`` collide with a Latin ``O1``. A full
Unicode confusables table (UTS #39) is not needed for this: the threat is
ids that look alike in the scripts a model mixes, and those three scripts
are the ones whose letters share shapes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import Any

# An object's texts in its model's other language (core.bilingual): (field, text) pairs sorted by field,
# a tuple so that the frozen objects stay hashable. A text of None marks a field whose plain text is the
# other language's, shown because none is written in the model's language.
Translations = tuple[tuple[str, str | None], ...]


def rewritten(obj: Any, changes: dict[str, Any]) -> Any:
    """``dataclasses.replace(obj, **changes)`` where a changed text is written in the model's language.

    The one place every plain edit of a text object passes (the objects' ``replace``): a field that
    showed the other language's text (a fallback) holds its own text once edited, the other
    language's text moving to its translation; a list that shrank drops the translations of the
    items it no longer has.
    """
    new = replace(obj, **changes)
    translations = getattr(new, "translations", ())
    if not translations or "translations" in changes:
        return new
    kept = tuple(item for item in (_still_meant(obj, new, key, text) for key, text in translations) if item)
    return new if kept == translations else replace(new, translations=kept)


def _still_meant(old: Any, new: Any, key: str, text: str | None) -> tuple[str, str | None] | None:
    name, _, index = key.partition("/")
    before, after = getattr(old, name), getattr(new, name)
    if index:
        if int(index) >= len(after):
            return None
        before, after = (before[int(index)] if int(index) < len(before) else ""), after[int(index)]
    if text is not None or before == after:
        return key, text
    return (key, before) if after and before else None  # the fallback was the other language's own text

from core.errors import Message

# Surrogates, C0 and C1 controls but tab and line breaks, and the two non-characters XML refuses.
_UNCARRIED = "[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]"
# Categories an id may not hold: controls, format marks (U+200B–200D, U+2060,
# U+FEFF, U+202A–202E, U+2066–2069 …), surrogates, private use, line and paragraph separators.
_ID_REFUSED = {"Cc": "control", "Cf": "format", "Cs": "surrogate", "Co": "private", "Zl": "line", "Zp": "paragraph"}
_LOOKALIKE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
# Embeddings and overrides close with U+202C, isolates with U+2069.
_BIDI_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c",
                 "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}
_SUSPECT = _UNCARRIED[:-1] + "\u202a-\u202e\u2066-\u2069]"
# Greek and Cyrillic letters (case-folded) drawn like a Latin letter in common fonts.
_SKELETON = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ѕ": "s", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ӏ": "l", "ү": "y", "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "h", "ι": "i",
    "κ": "k", "μ": "m", "ν": "n", "ο": "o", "ρ": "p", "τ": "t", "υ": "y", "χ": "x", "ϲ": "c",
})


def describe(char: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: a character as a message names it."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def suspect(text: str) -> bool:
    """False when ``text`` certainly has no problem (one scan; a whole model's texts can be joined and passed).

    A printable text has none: every character the pattern names is a control, format, surrogate or
    non-character, which :meth:`str.isprintable` refuses. Most texts are printable, and then the pattern is
    not compiled (its character class over the whole plane cost the first paint 4 M instructions to compile).
    """
    return not text.isprintable() and _compiled(_SUSPECT).search(text) is not None


def text_problem(text: str) -> Message | None:
    """Why ``text`` cannot be carried by every output (None when it can)."""
    if not suspect(text):
        return None
    found = _compiled(_UNCARRIED).search(text)
    if found:
        char, where = found.group(), found.start() + 1
        if unicodedata.category(char) == "Cs":
            return Message("messages.texts.surrogate", char=describe(char), at=where)
        return Message("messages.texts.control", char=describe(char), at=where)
    return _open_bidi(text)


def _open_bidi(text: str) -> Message | None:
    """Why ``text`` would reorder what is printed after it: a bidi embedding, override or isolate left open.

    Right-to-left text needs no such control, and a closed one stays inside its
    own text; an open one reverses the rest of a printed table row.
    """
    for line in text.splitlines():
        opened: list[tuple[int, str]] = []
        for index, char in enumerate(line):
            if char in _BIDI_OPENERS:
                opened.append((index, char))
            elif opened and char == _BIDI_OPENERS[opened[-1][1]]:
                opened.pop()
        if opened:
            return Message("messages.texts.open_bidi", char=describe(opened[0][1]))
    return None


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ", 1)[0]


def id_problem(ident: str) -> Message | None:
    """Why ``ident`` cannot be an id (None when it can)."""
    for index, char in enumerate(ident):
        refused = _ID_REFUSED.get(unicodedata.category(char))
        if refused:
            return Message("messages.texts.id_refused", kind=_refused(refused), char=describe(char), at=index + 1)
    letters = [char for char in unicodedata.normalize("NFKC", ident) if _script(char) in _LOOKALIKE_SCRIPTS]
    counts = Counter(_script(char) for char in letters)
    if len(counts) < 2:
        return None
    scripts = [script for script, _ in counts.most_common()]
    odd = next(char for char in letters if _script(char) == scripts[-1])
    return Message("messages.texts.mixed_scripts", scripts=_joined([_script_name(s) for s in scripts]),
                   char=describe(odd))


def _refused(kind: str) -> Message:
    """The kind of character an id may not hold, as a message names it."""
    names = {"control": lambda: Message("messages.texts.kind_control"),
             "format": lambda: Message("messages.texts.kind_format"),
             "surrogate": lambda: Message("messages.texts.kind_surrogate"),
             "private": lambda: Message("messages.texts.kind_private"),
             "line": lambda: Message("messages.texts.kind_line"),
             "paragraph": lambda: Message("messages.texts.kind_paragraph")}
    return names[kind]()


def _script_name(script: str) -> Message:
    if script == "LATIN":
        return Message("messages.texts.latin")
    return Message("messages.texts.greek") if script == "GREEK" else Message("messages.texts.cyrillic")


def _joined(names: list[Message]) -> Message | str:
    """``Latin and Cyrillic`` (``Latin and Greek and Cyrillic``), in the reader's language."""
    joined: Message | str = names[0]
    for name in names[1:]:
        joined = Message("messages.texts.and", first=joined, second=name)
    return joined


def match_key(text: str) -> str:
    """``text`` as labels are compared: NFKC, case-folded, without whitespace or invisible format marks."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in folded if not ch.isspace() and unicodedata.category(ch) != "Cf")


def id_key(ident: str) -> str:
    """What two ids must differ in to count as different: :func:`match_key` with look-alike letters read as Latin."""
    return match_key(ident).translate(_SKELETON)
