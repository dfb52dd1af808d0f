"""The languages of core.catalogue stay in step: same keys, same placeholders, nothing left in English."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from core.catalogue import AREAS, LANGUAGES, area_texts, catalogue

ARABIC_LETTER = re.compile("[\u0621-\u064a]")
LATIN_WORD = re.compile("[a-z]{2,}")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # a str.format field: not the catalogue's own words


def fields(text: str) -> list[str]:
    """The str.format fields of ``text`` with their format specs, sorted (repeats kept)."""
    return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("area", AREAS)
def test_every_key_names_its_area(area):
    for language in LANGUAGES:
        bad = [key for key in area_texts(language, area) if not key.startswith(f"{area}.")]
        assert bad == [], f"{language}/{area}: keys must start with '{area}.'"


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_each_language_has_the_english_keys_and_placeholders(area, language):
    english, other = area_texts("en", area), area_texts(language, area)
    assert sorted(set(english) - set(other)) == [], f"{language}/{area}: keys not translated"
    assert sorted(set(other) - set(english)) == [], f"{language}/{area}: keys English does not have"
    dropped = {key: (fields(english[key]), fields(other[key])) for key in english
               if fields(english[key]) != fields(other[key])}
    assert dropped == {}, f"{language}/{area}: placeholders differ"


@pytest.mark.parametrize("area", AREAS)
def test_arabic_texts_are_arabic(area):
    """An Arabic text holds Arabic letters, or is a bare id, acronym or number the same in both languages."""
    english, arabic = area_texts("en", area), area_texts("ar", area)
    left_english = [key for key, text in arabic.items()
                    if not ARABIC_LETTER.search(text) and LATIN_WORD.search(PLACEHOLDER.sub("", text))]
    assert left_english == [], f"ar/{area}: still English"
    empty = [key for key, text in {**english, **arabic}.items() if not text.strip()]
    assert empty == []


def test_unknown_language_is_refused_by_name():
    with pytest.raises(ValueError, match="'fr'"):
        catalogue("fr")


def test_catalogue_merges_every_area():
    merged = catalogue("en")
    assert sum(len(area_texts("en", area)) for area in AREAS) == len(merged)


def test_a_look_up_loads_only_the_area_of_its_key_and_the_whole_is_every_area_merged():
    for language in LANGUAGES:
        merged: dict[str, str] = {}
        for area in AREAS:
            merged.update(area_texts(language, area))
        texts = catalogue(language)
        assert dict(texts) == merged and list(texts) == list(merged) and "workbook.no_such_key" not in texts
        with pytest.raises(KeyError):
            texts["nowhere.key"]
        with pytest.raises(TypeError):
            texts["register.rule"] = "changed"  # type: ignore[index]
    code = ("import sys; from core.catalogue import catalogue; catalogue('ar')['register.rule']; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith('core.catalogue.ar.'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], capture_output=True,
                         text=True, check=True, timeout=60)
    assert out.stdout.split() == ["core.catalogue.ar.register"]
