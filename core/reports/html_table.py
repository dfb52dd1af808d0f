"""HTML tables for the reports: every value escaped, numbers aligned at the line's end, a cell may carry a colour."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence, Set
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Cell:
    """A table cell of one or more lines, with a background colour (a band's) and some lines in bold."""

    lines: tuple[str, ...]
    background: str = ""
    bold: frozenset[int] = frozenset()  # indices of the lines set in bold (a name, a mark such as "overdue")


def esc(value: object) -> str:
    """``value`` as HTML text: quotes and markup escaped."""
    return escape(str(value), quote=True)


def _td(value: object, numeric: bool) -> str:
    attrs = ' class="num"' if numeric else ""
    if not isinstance(value, Cell):
        return f"<td{attrs}>{esc(value)}</td>"
    if value.background:
        attrs += f' style="background:{esc(value.background)}"'
    lines = [f"<b>{esc(line)}</b>" if i in value.bold else esc(line) for i, line in enumerate(value.lines) if line]
    return f"<td{attrs}>{'<br>'.join(lines)}</td>"


def table(head: Sequence[str], rows: Sequence[Sequence[object]], numeric: Set[int] = frozenset(),
          css: str = "", widths: Sequence[int] = ()) -> str:
    """A table with one header row; columns in ``numeric`` right-aligned.

    ``css`` names a class for the table; ``widths`` (percent per column) make
    it as wide as the page, so a wide table wraps text rather than words.
    """
    cells = "".join(f'<th width="{widths[i]}%">{esc(h)}</th>' if widths else f"<th>{esc(h)}</th>"
                    for i, h in enumerate(head))
    body = "".join("<tr>" + "".join(_td(v, i in numeric) for i, v in enumerate(row)) + "</tr>" for row in rows)
    attrs = (f' class="{esc(css)}"' if css else "") + (' width="100%"' if widths else "")
    return f"<table{attrs}><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


# A text run between two tags: the blanks and separators it starts with (an indent, the ": " after a bold name),
# then its words, then its trailing blanks.
_TEXT = re.compile(r">([\s:;,.،؛]*)([^<]*[^\s<][^<]*?)(\s*)<")


def isolate_texts(html: str) -> str:
    """Every text run of ``html`` in a bidi isolate of its own direction, for a right-to-left page.

    Each run then reads in its own direction: an English name keeps its full
    stop at its end, "4 × 5 = 20" and "+0.123" stay in left-to-right order,
    and an Arabic sentence is unchanged, wherever the run sits on the page.
    The direction is right to left when the run holds an Arabic letter, counting
    letters inside the isolates the sentence put around its values (a
    first-strong isolate would skip those, and turn "‹value›." left to right),
    so a run opening with an id ("E1 …") keeps the id first. A run's leading
    indent and separator stay outside, in the page's direction: an indent
    then starts at the right, and ": " follows the bold name before it.
    """
    return _TEXT.sub(lambda m: f">{m.group(1)}{_opening(m.group(2))}{m.group(2)}\u2069{m.group(3)}<", html)


def _opening(text: str) -> str:
    """U+2067 (right-to-left isolate) when ``text`` holds an Arabic or Hebrew letter, else U+2066.

    A run that opens with a Latin id and goes on in Arabic ("E1 وقف المساعدات",
    "O1: انسحاب أحادي") reads right to left too, the id first at the right,
    as the window shows it; only a run without right-to-left letters (an
    English name, "4 × 5 = 20") reads left to right.
    """
    kinds = {unicodedata.bidirectional(char) for char in text}
    return "\u2067" if kinds & {"R", "AL"} else "\u2066"
