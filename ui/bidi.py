"""Mixed-direction text in the right order: the one place each kind of label text is marked for bidi.

Qt lays out every line by the Unicode bidirectional algorithm. In a
right-to-left interface that turns a Latin formula "4×5 = 20" into
"20 = 5×4", moves the full stop or bracket that ends an English name to the
far end of its line, and lays out a label that starts with a Latin id ("E1
…") left to right wherever the widget takes its direction from the text
(QLabel, tooltips, text editors). Each kind of text is marked here with
Unicode's isolates (U+2066–2069) and marks (U+200E/U+200F):

- :func:`label` — an id and a name ("E1  تعليق المساعدات"): the id a Latin
  run, the name isolated in its own direction;
- :func:`isolated` — user text inside a sentence;
- :func:`formula` — numbers and operators ("4×5 = 20", "1–4"): left to right
  with Western digits, as Iraqi official documents print them; right to left
  with Arabic-Indic digits, the order of Arabic school mathematics;
- :func:`line` — the paragraph direction of a widget that guesses it from
  the text (tooltips get theirs in :func:`ui.models.common.rich_tooltip`);
- :func:`name_filters` — a file dialog's filters, "(*.mizan)" left to right.

Reading a number back (:func:`ui.i18n.western`) drops these marks.

In a left-to-right interface every function returns its text unchanged, so
the English interface, the command line and scripts see exactly the strings
they always did. Values for editing (``EditRole``) are never marked.
"""

from __future__ import annotations

from core.model import label as plain_label_text
from ui.i18n import RIGHT_TO_LEFT, current

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"


def right_to_left() -> bool:
    """True when the interface language reads right to left."""
    return current().code in RIGHT_TO_LEFT


def isolated(text: str) -> str:
    """``text`` (a name, a note) in its own direction, never reordering the sentence around it."""
    return f"{FSI}{text}{PDI}" if right_to_left() and text else text


def formula(text: str) -> str:
    """A run of numbers and operators ("4×5 = 20", "1–4", "L4 × I5") in the reading order of its digits."""
    if not right_to_left() or not text:
        return text
    opening = RLI if current().digits == "arabic" else LRI
    return f"{opening}{text}{PDI}"


def label(ident: str, name: str, separator: str = "  ") -> str:
    """``id  name`` as lists show an item (:func:`core.model.label`), the id first in the reading direction.

    It opens with a right-to-left mark: a widget that takes its direction from
    the text finds no letter outside the isolates, and would read it left to right.
    """
    if not right_to_left():
        return plain_label_text(ident, name, separator)
    if name == ident:
        return RLM + isolated(name)
    return f"{RLM}{LRI}{ident}{PDI}{separator}{isolated(name)}"


def line(text: str) -> str:
    """``text`` laid out in the interface's direction by a widget that would guess it from its first letter."""
    return f"{RLM}{text}" if right_to_left() and text and not text.startswith(RLM) else text


def name_filters(filters: str) -> str:
    """A file dialog's ``;;``-separated filters ("Mizan projects (*.mizan)"), each pattern read left to right.

    Qt finds the pattern in the parentheses that end a filter, so no mark can
    go inside them or after them; a left-to-right mark before the opening
    parenthesis keeps the right-to-left combo from showing "(mizan.*)".
    """
    if not right_to_left():
        return filters
    return ";;".join(_ltr_pattern(one) for one in filters.split(";;"))


def _ltr_pattern(one: str) -> str:
    name, bracket, pattern = one.rpartition("(")
    return f"{name.rstrip(LRM)}{LRM}{bracket}{pattern}" if bracket and pattern.endswith(")") else one
