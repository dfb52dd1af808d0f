"""Checks of a Qt Linguist source (.ts) against the code: unfinished, missing, obsolete, placeholders,
and Arabic translations that would read left to right.

``pyside6-lupdate`` is run over the code into a copy of the committed .ts: what
it marks ``vanished``/``obsolete`` is in the .ts but no longer in the code,
what it adds as new is in the code but not in the committed .ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
# {0}, {name}, {0:.1f}; %1, %n, %L1 (Qt's own markers); the Python format spec stays part of its field.
RLM = "\u200f"
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?\d+|%L?n")
COUNT = re.compile(r"%L?n")  # the count of a numerus message: %n, or %Ln in the locale's digits


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    translation: str
    kind: str  # '' (finished), 'unfinished', 'vanished' or 'obsolete'
    numerus: bool = False
    forms: tuple[str, ...] = ()  # a numerus message's forms, each shown on its own

    @property
    def shown(self) -> tuple[str, ...]:
        """Each text a widget may show: every plural form, or the one translation."""
        return self.forms or (self.translation,)

    @property
    def finished(self) -> bool:
        """Translated and still in the code."""
        return self.kind == ""

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the message."""
        return self.context, self.source


def read_ts(path: Path) -> list[Message]:
    """Every message of the .ts at ``path``."""
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            text = " ".join(f.text or "" for f in forms) if forms else (translation.text or "") \
                if translation is not None else ""
            messages.append(Message(name, message.findtext("source") or "", text,
                                    translation.get("type", "") if translation is not None else "unfinished",
                                    message.get("numerus") == "yes", tuple(f.text or "" for f in forms)))
    return messages


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted (their order may change in a translation)."""
    return sorted(PLACEHOLDER.findall(text))


def problems(messages: list[Message], new: set[tuple[str, str]] = frozenset()) -> list[str]:
    """One line per fault: unfinished, missing from the .ts (``new``), obsolete, or a placeholder lost."""
    lines = [f"missing: {context} / {source!r}" for context, source in sorted(new)]
    for m in messages:
        if m.kind in ("vanished", "obsolete"):
            lines.append(f"obsolete: {m.context} / {m.source!r}")
        elif m.kind == "unfinished" or not m.translation.strip():
            lines.append(f"unfinished: {m.context} / {m.source!r}")
        elif m.numerus and COUNT.search(m.source) and not _some_form_counts(m):
            lines.append(f"placeholder: {m.context} / {m.source!r} loses {COUNT.search(m.source).group()}")
        elif not m.numerus and placeholders(m.source) != placeholders(m.translation):
            lines.append(f"placeholder: {m.context} / {m.source!r} -> {m.translation!r}")
        elif (text := next((t for t in m.shown if opens_left_to_right(t)), None)) is not None:
            lines.append(f"direction: {m.context} / {text!r} opens with a value or a Latin letter: "
                         "begin it with U+200F")
    return lines


def opens_left_to_right(text: str) -> bool:
    """An Arabic translation that a label would lay out left to right: a value or a Latin letter comes first.

    A label takes its direction from its first letter, and a value ("{0}": a
    file name, an English model text) or a Latin word would make the Arabic
    sentence read left to right; a right-to-left mark (U+200F) in front fixes
    the direction whatever the value. Texts without Arabic letters ("AHP…") are
    left alone.
    """
    if text.startswith(RLM) or not ARABIC_LETTER.search(text):
        return False
    position = 0
    while position < len(text):
        if PLACEHOLDER.match(text, position) or unicodedata.bidirectional(text[position]) == "L":
            return True
        if unicodedata.bidirectional(text[position]) in ("R", "AL"):
            return False
        position += 1
    return False


def _some_form_counts(message: Message) -> bool:
    # Arabic has forms (zero, one, two) whose natural wording names no number; one form with %n is the minimum.
    return bool(COUNT.search(message.translation))


def sources() -> list[Path]:
    """The files lupdate reads: the window's code and the entry point."""
    return sorted((ROOT / "ui").rglob("*.py")) + [ROOT / "main.py"]


def lupdate_into(committed: Path, work: Path, language: str = "ar") -> tuple[list[Message], set[tuple[str, str]]]:
    """Run lupdate over the code into a copy of ``committed`` (in ``language``): its messages and the keys it added."""
    copy = work / committed.name
    shutil.copyfile(committed, copy)
    before = {m.key for m in read_ts(committed)}
    subprocess.run([str(LUPDATE), "-silent", "-locations", "none", "-source-language", "en",
                    "-target-language", language, *map(str, sources()), "-ts", str(copy)],
                   check=True, capture_output=True)
    after = read_ts(copy)
    return after, {m.key for m in after} - before
