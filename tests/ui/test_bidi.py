"""Mixed-direction text reads in the right order in the right-to-left interface (ui.bidi), checked on Qt's layout."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument

from core.model import label as plain_label_text
from tests.ui.visual_order import AUTO, visual
from ui import bidi, i18n
from ui.models.common import rich_tooltip
from ui.widgets.common import plain_label

RTL = Qt.LayoutDirection.RightToLeft
IDS = st.from_regex(r"[A-Z]{1,3}[0-9]{1,2}", fullmatch=True)
ARABIC_WORD = st.text(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهوي"), min_size=1, max_size=6)
LATIN_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=1, max_size=6)
# Names open and close with what reorders in a paragraph of the other direction: numbers, brackets, stops.
ENDS = st.sampled_from(["", ".", " (2003)", ")", " 20%", " 1–4", "…", "?"])
NAMES = st.builds(lambda words, end: " ".join(words) + end,
                  st.lists(st.one_of(ARABIC_WORD, LATIN_WORD), min_size=1, max_size=4), ENDS)


@contextmanager
def arabic(digits: str = "western"):
    """The interface reads right to left, in ``digits``, inside the block; as it was afterwards."""
    language = i18n.current()
    saved = language.code, language.digits
    language.code, language.digits = "ar", digits
    try:
        yield
    finally:
        language.code, language.digits = saved


@given(IDS, NAMES)
def test_an_id_leads_its_name_in_the_reading_direction(qapp, ident, name):
    # The id is the rightmost run and the name reads as it does on its own, wherever the widget puts it.
    expected = visual(name, AUTO) + "  " + ident
    with arabic():
        assert visual(bidi.label(ident, name), RTL) == expected
        assert visual(bidi.label(ident, name), AUTO) == expected
        assert visual(bidi.line(bidi.label(ident, name)), AUTO) == expected


@given(NAMES)
def test_a_name_that_is_its_id_is_shown_alone(qapp, name):
    with arabic():
        assert visual(bidi.label(name, name), RTL) == visual(bidi.label(name, name), AUTO) == visual(name, AUTO)


@given(st.integers(1, 5), st.integers(1, 5))
def test_a_risk_formula_reads_left_to_right_with_western_digits(qapp, likelihood, impact):
    text = f"{likelihood}×{impact} = {likelihood * impact}"
    with arabic():
        assert visual(bidi.formula(text), RTL) == text
        assert visual(bidi.line(bidi.formula(text)), AUTO) == text


@given(st.integers(1, 5), st.integers(1, 5))
def test_a_risk_formula_reads_right_to_left_with_arabic_indic_digits(qapp, likelihood, impact):
    with arabic("arabic"):
        text = i18n.shown(f"{likelihood}×{impact} = {likelihood * impact}")
        expected = i18n.shown(f"{likelihood * impact} = {impact}×{likelihood}")
        assert visual(bidi.formula(text), RTL) == expected
        assert visual(bidi.formula(text), Qt.LayoutDirection.LeftToRight) == expected


def test_unmarked_text_is_what_went_wrong(qapp):
    # The faults the functions exist for, seen on the same layout: without marks the order is wrong.
    assert visual("4×5 = 20", RTL) == "20 = 5×4"
    assert visual(plain_label_text("O3", "Phased transition."), RTL) != visual("Phased transition.", AUTO) + "  O3"


@given(IDS, NAMES)
def test_the_english_interface_gets_its_strings_unchanged(qapp, ident, name):
    assert i18n.current().code == "en"
    assert bidi.label(ident, name, " ") == plain_label_text(ident, name, " ")
    assert bidi.isolated(name) == bidi.line(name) == bidi.formula(name) == name


@pytest.mark.parametrize("text", ["تقارن كل خلية معيار الصف بمعيار العمود: كم يفوق معيار الصف معيار العمود أهمية",
                                  "\u200fE3 Trade with coalition states, above all the EU"])
def test_a_wrapped_right_to_left_label_keeps_every_letter_inside(qapp, text):
    # Whatever the width, no line of a wrapped label runs past its left edge (the end of a right-to-left line).
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        cut = []
        for width in range(120, 330, 3):
            label = plain_label(text, wrap=True)
            label.setFixedSize(width, label.heightForWidth(width))
            image = label.grab().toImage()
            if any(QColor(image.pixel(0, y)).lightness() < 100 for y in range(image.height())):
                cut.append(width)
        assert cut == []
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_tooltip_reads_right_to_left_even_when_it_opens_with_an_id(qapp):
    lines = [plain_label_text("E1", "US aid halt"), "تعليق المساعدات"]
    document = QTextDocument()
    with arabic():
        document.setHtml(rich_tooltip(lines))
    assert document.begin().textDirection() == RTL
    document.setHtml(rich_tooltip(lines))
    assert document.begin().textDirection() == Qt.LayoutDirection.LeftToRight


PIECES = st.sampled_from(list("aE1&<>;#/\"'bqt=ع") + ["&amp;", "<b>", "</qt>", "&lt;", "<br>", "&#x41;"])


@given(st.lists(st.lists(PIECES, min_size=1).map("".join), min_size=1, max_size=3))
def test_a_tooltip_shows_any_text_as_written_never_as_markup(qapp, lines):
    document = QTextDocument()
    document.setHtml(rich_tooltip(lines))
    assert document.toPlainText() == "\n".join(lines)
