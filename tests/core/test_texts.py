"""Text that every output can carry, and ids that cannot pass for one another (class 3 of "Every input survives")."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from core import texts
from core.texts import id_key, id_problem, text_problem

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CHECKS = settings(max_examples=200, deadline=None, derandomize=True)
# Any code point at all, surrogates and controls included (st.text() leaves surrogates out).
anything = st.lists(st.integers(0, 0x10FFFF).map(chr), max_size=12).map("".join)
plain_ids = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."),
                    min_size=1, max_size=8)


@CHECKS
@given(anything)
def test_accepted_text_survives_utf8_html_and_a_workbook_cell(text):
    if text_problem(text) is not None:
        return
    html.escape(text).encode("utf-8")
    assert not ILLEGAL_CHARACTERS_RE.search(text)
    Workbook().active["A1"] = text  # openpyxl refuses illegal characters here


@CHECKS
@given(anything)
def test_refused_text_is_text_no_output_can_carry(text):
    if any(c in BIDI for c in text):
        return  # the bidi rule has its own cases below
    problem = text_problem(text)
    cannot_encode = any(unicodedata.category(c) == "Cs" for c in text)
    control = any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text)
    assert (problem is not None) == (cannot_encode or control or "\ufffe" in text or "\uffff" in text)


def test_the_message_names_the_character_and_where():
    assert text_problem("ab\ud800c") == "holds an unpaired surrogate (U+D800) at character 3"
    assert text_problem("a\x0bb") == "holds the control character U+000B at character 2"
    assert text_problem("line one\nline two\ttab") is None


@pytest.mark.parametrize("text, refused", [
    ("abc\u202edef", True),                  # the override reverses the rest of the printed row
    ("a\u202eb\u202c c", False),             # closed: it stays inside its own text
    ("\u2067\u0639\u0631\u0628\u064a\u2069 x", False),
    ("x\u2066\ny\u2069", True),              # closed only on the next line
    ("\u202b\u2066x\u202c\u2069", True),      # closed in the wrong order
    ("\u0645\u0631\u062d\u0628\u0627 \u200f(RTL)", False),  # right-to-left text needs no embedding
])
def test_a_bidi_control_must_be_closed_on_its_line(text, refused):
    assert (text_problem(text) is not None) == refused


@CHECKS
@given(plain_ids, st.integers(0, 8), st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
     "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\x00", "\x1b", "\x7f", "\u2028", "\u2029",
     "\ue000", "\ud800"]))
def test_an_invisible_or_control_character_in_an_id_is_refused(ident, at, char):
    assert id_problem(ident) is None
    spoiled = ident[:at] + char + ident[at:]
    assert f"U+{ord(char):04X}" in id_problem(spoiled)


@CHECKS
@given(plain_ids)
def test_look_alike_forms_of_an_id_collide(ident):
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in ident)  # full-width forms
    assert id_key(wide) == id_key(ident) == id_key(unicodedata.normalize("NFD", ident)) == id_key(ident.swapcase())


@pytest.mark.parametrize("left, right", [
    ("O1", "\u041e1"),      # Latin O, Cyrillic О
    ("ECO", "\u0415\u0421\u041e"),  # all-Cyrillic ЕСО
    ("P1", "\u03a11"),      # Greek Rho
    ("E 4", "E4"),
    ("Plan\u00a0A", "Plan A"),
])
def test_ids_that_look_the_same_have_the_same_key(left, right):
    assert id_key(left) == id_key(right)


@pytest.mark.parametrize("ident", ["EC\u041e", "\u0421ost", "P\u03b1n"])
def test_an_id_mixing_latin_with_greek_or_cyrillic_is_refused(ident):
    assert "mixes" in id_problem(ident) and "letters" in id_problem(ident)


@pytest.mark.parametrize("ident", ["ОПЦ-1", "経済", "اقتصاد", "E4", "Plan B (2026)", "Économie"])
def test_ids_in_one_script_are_welcome(ident):
    assert id_problem(ident) is None


def test_different_ids_stay_different():
    assert len({id_key(i) for i in ("E1", "E11", "P1", "R1", "O1", "01", "l1")}) == 7


def test_a_text_is_suspect_exactly_when_the_pattern_finds_one_of_its_characters():
    """The printable shortcut of ``suspect`` agrees with the pattern for every code point, alone or among letters."""
    pattern = re.compile(texts._SUSPECT)
    for code in range(0x110000):
        char = chr(code)
        found = pattern.search(char) is not None
        assert texts.suspect(char) == found and texts.suspect(f"Iraq {char} العراق") == found, hex(code)
