"""The words of a report: its language's catalogue, each filled-in value isolated where the page reads right to left.

An Arabic sentence that takes a value of the model ("… وفق ملف الترجيح
«{profile}».") would otherwise let an English name's closing bracket or
full stop join the Arabic around it and land at the wrong end. Here every
value :meth:`str.format` puts into an Arabic text sits in a first-strong
isolate (U+2068 … U+2069), so it reads in its own direction and the
sentence in Arabic order. English texts are the catalogue's own, unchanged.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from functools import cache

from core.catalogue import catalogue

RIGHT_TO_LEFT = frozenset({"ar"})  # languages a report lays out right to left
FIRST_STRONG, POP = "\u2068", "\u2069"


class _Isolating(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        return f"{FIRST_STRONG}{super().format_field(value, format_spec)}{POP}"


_FORMATTER = _Isolating()


class IsolatingText(str):
    """A catalogue text whose :meth:`format` isolates each value it puts in."""

    def format(self, *args: object, **kwargs: object) -> str:  # noqa: D102 - str.format, values isolated
        return _FORMATTER.format(str(self), *args, **kwargs)


class _IsolatingWords(Mapping[str, str]):
    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = texts

    def __getitem__(self, key: str) -> str:
        return IsolatingText(self._texts[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


@cache
def report_words(language: str = "en") -> Mapping[str, str]:
    """The texts a report in ``language`` writes (:func:`core.catalogue.catalogue`), values isolated right to left."""
    texts = catalogue(language)
    return _IsolatingWords(texts) if language in RIGHT_TO_LEFT else texts
