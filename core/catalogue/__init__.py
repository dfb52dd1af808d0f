"""Every sentence and word Mizan's core writes for a reader, one catalogue per language.

Report writers, chart captions and the messages of the core never hold
prose of their own: they look a key up in the mapping :func:`catalogue`
gives for a language, so an Arabic report is the same writer fed the Arabic
catalogue. (A ranking method's label and note are the one exception: its
module declares them in every language, see :mod:`core.methods.spec`.)
Each language is a package (``core.catalogue.en``, ``core.catalogue.ar``)
of area modules, each with one ``TEXTS`` dict; keys begin with their area (``"workbook.sheet_summary"``),
so areas never collide when they are merged. Placeholders are
:meth:`str.format` fields and every language carries the same ones
(tests/core/test_catalogue.py keeps the languages in step).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

LANGUAGES = ("en", "ar")
DEFAULT = "en"
# One module per area in each language package; a new area is added here and in every language.
AREAS = ("workbook", "document", "methodology", "caveats", "charts", "register", "labels", "messages", "checks")


@cache
def catalogue(language: str = DEFAULT) -> Mapping[str, str]:
    """The texts of ``language``, every area merged; an unknown language is refused by name."""
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for language {language!r}; known: {', '.join(LANGUAGES)}")
    merged: dict[str, str] = {}
    for area in AREAS:
        texts = importlib.import_module(f"core.catalogue.{language}.{area}").TEXTS
        merged.update(texts)
    return MappingProxyType(merged)


def area_texts(language: str, area: str) -> Mapping[str, str]:
    """The texts of one area of ``language`` (what the consistency test compares)."""
    return importlib.import_module(f"core.catalogue.{language}.{area}").TEXTS
