"""The workbook's words in one language: sheet names, labels, notes and the coded values formulas compare.

Every text a workbook writer puts in a cell comes from the ``workbook`` area
of :mod:`core.catalogue`. Coded values (the ranking basis, yes/no, statuses,
treatments, directions, preference functions) are shown in the workbook's
language too, so the formulas that compare a cell with a code must compare it
with the same language's word: :meth:`Words.code` is the one place that word
is decided, for the value written, the drop-down list and the formula alike.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from core.catalogue import DEFAULT, LANGUAGES, catalogue

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
RIGHT_TO_LEFT = frozenset({"ar"})


def workbook_language(sheet_names: Iterable[str]) -> str:
    """The language a Mizan workbook was written in: the one whose words name its matrix sheet (else English)."""
    names = set(sheet_names)
    for language in LANGUAGES:
        words = Words(language)
        if words.sheet("matrix") in names or words.sheet("decision") in names:
            return language
    return DEFAULT


def quoted_literal(text: str) -> str:
    """``text`` as a formula's string literal."""
    return '"' + text.replace('"', '""') + '"'


@dataclass(frozen=True)
class Words:
    """The workbook texts of ``language``."""

    language: str = DEFAULT

    @cached_property
    def _texts(self) -> Mapping[str, str]:
        return catalogue(self.language)

    def __call__(self, key: str, **fields: object) -> str:
        """The text ``workbook.<key>``, its ``str.format`` fields filled from ``fields``."""
        text = self._texts[f"workbook.{key}"]
        return text.format(**fields) if fields else text

    def sheet(self, key: str) -> str:
        """The name of sheet ``key`` (``"matrix"``, ``"methods"`` …)."""
        return self(f"sheet_{key}")

    def ref(self, key: str) -> str:
        """Sheet ``key`` as a formula addresses it: ``Methods!`` or ``'Risk matrix'!``."""
        name = self.sheet(key)
        return f"{name}!" if _PLAIN.fullmatch(name) else "'" + name.replace("'", "''") + "'!"

    def code(self, value: str) -> str:
        """The cell word for the coded ``value`` ("residual", "in place" …); English keeps the code."""
        return self("code_" + value.replace(" ", "_"))

    def codes(self, values: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.code(v) for v in values)

    def literal(self, key: str, **fields: object) -> str:
        """The text ``key`` as a formula's string literal, quotes doubled and enclosed."""
        return quoted_literal(self(key, **fields))

    def sentence(self, key: str, **parts: str) -> str:
        """A formula expression saying text ``key`` with each field replaced by the formula ``parts[field]``.

        The catalogue decides the word order of a live sentence, so a
        language whose order differs gets its own sentence, not English's
        pieces glued in English's order.
        """
        pieces = []
        for literal, field, _, _ in string.Formatter().parse(self(key)):
            if literal:
                pieces.append(quoted_literal(literal))
            if field is not None:
                pieces.append(parts[field])
        return "&".join(pieces) or '""'

    @property
    def right_to_left(self) -> bool:
        """Whether the sheets read from the right."""
        return self.language in RIGHT_TO_LEFT
