"""The workbook's words in every language: live sentences say what the catalogue says, codes and names are usable.

A live sentence is built as a formula (literal pieces joined with ``&``
around formula parts), so its word order is the catalogue's in each
language; evaluated with plain string parts it must equal the catalogue text
formatted with those parts, whatever quotes or ampersands they hold. The
words a coded value is shown as must be tellable apart (formulas compare
them) and fit a drop-down list; sheet names must be names Excel accepts.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.catalogue import LANGUAGES, area_texts
from core.reports.xl_words import Words, quoted_literal, workbook_language

LITERAL = re.compile(r'"((?:[^"]|"")*)"')
SHEETS = ("summary", "matrix", "decision", "heat", "weights", "methods", "profiles", "robustness", "evidence",
          "dashboard", "register", "controls", "scales", "counts")


def _evaluate(formula: str) -> str:
    """The value of a formula that only joins string literals with &."""
    values, position = [], 0
    while position < len(formula):
        match = LITERAL.match(formula, position)
        assert match, f"not a literal at {position}: {formula[position:]!r}"
        values.append(match.group(1).replace('""', '"'))
        position = match.end()
        if position < len(formula):
            assert formula[position] == "&"
            position += 1
    return "".join(values)


def _sentences(language: str) -> list[str]:
    texts = area_texts(language, "workbook")
    return sorted(key[len("workbook."):] for key, text in texts.items()
                  if any(name for _, name, _, _ in string.Formatter().parse(text)))


PART = st.text(alphabet=st.sampled_from('ab "&{}ع٣ '), max_size=8)


@pytest.mark.parametrize("language", LANGUAGES)
@given(data=st.data())
def test_a_live_sentence_says_the_catalogue_text_in_its_order(language, data):
    words = Words(language)
    key = data.draw(st.sampled_from(_sentences(language)))
    fields = sorted({name for _, name, _, _ in string.Formatter().parse(words(key)) if name})
    values = {name: data.draw(PART) for name in fields}
    formula = words.sentence(key, **{name: quoted_literal(value) for name, value in values.items()})
    assert _evaluate(formula) == words(key, **values)


@pytest.mark.parametrize("language", LANGUAGES)
def test_coded_values_are_told_apart_and_fit_a_drop_down(language):
    texts = area_texts(language, "workbook")
    codes = {key: text for key, text in texts.items() if key.startswith("workbook.code_")}
    assert len(set(codes.values())) == len(codes), "two codes share a word: formulas could not tell them apart"
    assert [k for k, t in codes.items() if "," in t or '"' in t or t != t.strip()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_names_are_names_excel_accepts_and_the_language_is_found_from_them(language):
    words = Words(language)
    names = [words.sheet(key) for key in SHEETS]
    assert len(set(names)) == len(names)
    assert [n for n in names if len(n) > 31 or re.search(r"[\[\]:*?/\\]", n) or n.startswith("'")] == []
    assert workbook_language(["Other", words.sheet("decision")]) == language
    assert workbook_language(["Sheet1"]) == "en"


def test_formula_runs_in_arabic_prose_are_closed_isolates_without_arabic_words():
    """An isolate keeps a formula's signs in order; an Arabic word inside one reads in the wrong order."""
    for key, text in area_texts("ar", "workbook").items():
        assert text.count("\u2066") == text.count("\u2069"), key
        for run in re.findall("\u2066([^\u2069]*)\u2069", text):
            assert not re.search("[\u0600-\u06ff]", run), (key, run)
