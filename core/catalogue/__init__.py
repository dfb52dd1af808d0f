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
from collections.abc import Iterator, Mapping
from functools import cache

LANGUAGES = ("en", "ar")
DEFAULT = "en"
# One module per area in each language package; a new area is added here and in every language.
AREAS = ("workbook", "document", "methodology", "caveats", "charts", "register", "labels", "messages", "checks")


class _Catalogue(Mapping[str, str]):
    """The texts of one language, read-only; an area's module is imported when one of its keys is first asked.

    A key names its area before its first dot, so a look-up needs that area alone: the window's first paint
    asks three of the nine (loading and merging them all cost it 5.6 M instructions).
    """

    def __init__(self, language: str) -> None:
        self._language = language
        self._areas: dict[str, Mapping[str, str]] = {}

    def _area(self, area: str) -> Mapping[str, str]:
        texts = self._areas.get(area)
        if texts is None:
            texts = self._areas[area] = area_texts(self._language, area)
        return texts

    def __getitem__(self, key: str) -> str:
        area = key.partition(".")[0]
        if area not in AREAS:
            raise KeyError(key)
        return self._area(area)[key]

    def __iter__(self) -> Iterator[str]:
        for area in AREAS:
            yield from self._area(area)

    def __len__(self) -> int:
        return sum(len(self._area(area)) for area in AREAS)


@cache
def catalogue(language: str = DEFAULT) -> Mapping[str, str]:
    """The texts of ``language``, every area's; an unknown language is refused by name."""
    return _Catalogue(_known(language))


def area_texts(language: str, area: str) -> Mapping[str, str]:
    """The texts of one area of ``language`` (what the consistency test compares); the same refusal."""
    return importlib.import_module(f"core.catalogue.{_known(language)}.{area}").TEXTS


def _known(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for language {language!r}; known: {', '.join(LANGUAGES)}")
    return language
