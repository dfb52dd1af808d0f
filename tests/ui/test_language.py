"""The interface language: catalogues loaded, --lang, the preference, right to left and digits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

from core.numbers import plain_number

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.visual_order import unmarked
from ui import i18n
from ui.models.criteria_tree import LOCAL
from ui.models.score_table import format_number
from ui.settings import Settings
from ui.widgets.number_edit import parse_number

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
RTL = Qt.LayoutDirection.RightToLeft

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
</context>
</TS>
"""


def compile_ts(folder: Path, text: str = TS, name: str = "mizan_ar") -> Path:
    """A .qm compiled by the real lrelease from ``text``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.ts").write_text(text, encoding="utf-8")
    subprocess.run([str(LRELEASE), "-silent", str(folder / f"{name}.ts"), "-qm", str(folder / f"{name}.qm")],
                   check=True)
    return folder


@pytest.fixture
def language(qapp, tmp_path, monkeypatch):
    """The process's Language, on a catalogue compiled for the test; English again afterwards."""
    lang = i18n.Language(compile_ts(tmp_path / "qm"))
    monkeypatch.setattr(i18n, "_CURRENT", lang)
    yield lang
    lang.apply("en")


def test_arabic_catalogue_translates_turns_right_to_left_and_keeps_western_digits(language):
    assert language.apply("ar")
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    assert QApplication.layoutDirection() == RTL
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert language.apply("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_indic_digits_only_when_asked_for(language):
    language.apply("ar", "arabic")
    assert QLocale().toString(1234.5, "f", 1) == "١٬٢٣٤٫٥"
    assert QLocale().toDouble("٣٫٥")[0] == 3.5


def test_qt_own_catalogue_is_installed_too(language):
    language.apply("ar")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_a_missing_catalogue_leaves_english_left_to_right(qapp, tmp_path):
    lang = i18n.Language(tmp_path / "none")
    assert not lang.apply("ar")
    assert lang.code == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_command_line_beats_preference_beats_system():
    assert i18n.choose_language("ar", "en") == "ar"
    assert i18n.choose_language(None, "ar") == "ar"
    assert i18n.choose_language(None, "") == i18n.system_language()
    assert i18n.choose_language("xx", "zz") == i18n.system_language()


def test_the_built_catalogue_loads_and_holds_every_finished_translation(qapp):
    qm = i18n.TRANSLATIONS / "mizan_ar.qm"
    assert qm.is_file(), f"{qm} is missing: the Makefile builds it (make test / make run)"
    from tests.ui.ts_check import read_ts

    lang = i18n.Language()
    try:
        assert lang.apply("ar")
        for message in read_ts(i18n.TRANSLATIONS / "mizan_ar.ts"):
            if message.finished and not message.numerus:
                assert QCoreApplication.translate(message.context, message.source) == message.translation
    finally:
        lang.apply("en")


def test_lang_on_the_command_line_opens_the_window_in_arabic(qapp, tmp_path, monkeypatch):
    from ui import app
    from ui.cli import run

    seen = {}
    monkeypatch.setattr(app, "_screenshot", lambda path, target: seen.setdefault("code", i18n.current().code) and 0)
    monkeypatch.setattr(i18n, "TRANSLATIONS", compile_ts(tmp_path / "qm"))
    monkeypatch.setattr(i18n, "_CURRENT", None)
    try:
        assert run(["--lang", "ar", "gui", "--screenshot", str(tmp_path / "x.png")]) == 0
        assert seen["code"] == "ar"
        Settings().language = "ar"
        seen.clear()
        assert run(["gui", "--lang", "en", "--screenshot", str(tmp_path / "x.png")]) == 0
        assert seen["code"] == "en"
    finally:
        i18n.current().apply("en")


def test_arabic_window_mirrors_panels_and_tables(qapp, language, make_window, paper_model):
    language.apply("ar")
    window = make_window(paper_model)
    assert window.layoutDirection() == RTL
    left = lambda widget: widget.mapTo(window, QPoint(0, 0)).x()  # noqa: E731
    assert left(window.criteria) > left(window.scores) > left(window.results)
    assert left(window.criteria) + window.criteria.width() >= window.width() - 12
    table = window.scores.table
    assert table.columnViewportPosition(0) > table.columnViewportPosition(1)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_numbers_shown_in_arabic_indic_digits_read_back_exactly(value):
    language = i18n.current()
    language.digits = "arabic"
    try:
        text = format_number(value)
        assert not any(c in "0123456789" for c in text)
        assert parse_number(text) == value
    finally:
        language.digits = "western"
    assert format_number(value) == plain_number(value)


def test_arabic_indic_digits_reach_the_tables_and_the_weight_spin_box(qapp, language, make_window, paper_model):
    language.apply("ar", "arabic")
    window = make_window(paper_model)
    arabic_indic = set("٠١٢٣٤٥٦٧٨٩٫٬")
    weight = window.criteria.model.index_of_id("REG", LOCAL).data()
    assert weight and set(weight) <= arabic_indic
    risk = window.scores.model.index(0, 0).data()
    assert risk and not any(c in "0123456789" for c in risk)
    # What the cell shows: its digits, inside the isolate that keeps a sign with its number (ui.bidi).
    score = unmarked(window.results.ranking_model.index(0, 2).data())
    assert score and set(score) <= arabic_indic | {"-"}
    spin = window.criteria.weights.spin
    assert spin.locale().zeroDigit() == "٠" and spin.cleanText() and set(spin.cleanText()) <= arabic_indic
    assert spin.valueFromText("٢٥٫٥") == 25.5


def test_profile_tables_follow_the_digits_preference(language):
    from ui.models.profile_tables import format_value

    language.apply("en", "arabic")
    assert [format_value(0.5, "percent"), format_value(0.123, "points"), format_value(-3, "signed")] \
        == ["٥٠٫٠ %", "١٢٫٣ pts", "−٣"]
    language.apply("en")
    assert format_value(0.5, "percent") == "50.0 %"


@pytest.mark.parametrize("code, digits, counts", [
    ("ar", "western", {0: "لا مخاطر", 1: "خطر واحد", 2: "خطران", 5: "5 مخاطر", 11: "11 خطرًا", 85: "85 خطرًا",
                       100: "100 خطر", 1234: "1,234 خطرًا"}),
    ("ar", "arabic", {5: "٥ مخاطر", 85: "٨٥ خطرًا"}),
    # English numbers follow the system locale (its grouping): only counts without a thousands separator here.
    ("en", "western", {0: "0 risks", 1: "1 risk", 2: "2 risks", 85: "85 risks"})])
def test_a_spoken_count_takes_the_form_its_number_needs_in_the_digits_of_the_preference(qapp, code, digits, counts):
    # Arabic has six forms (none, one, two, a few, many, a hundred and more); English two, from its own catalogue.
    language = i18n.Language()
    try:
        assert language.apply(code, digits)
        # As a reader sees them: a form that opens with its count carries a right-to-left mark.
        assert {n: unmarked(QCoreApplication.translate("RegisterView", "%Ln risk(s)", "", n)) for n in counts} == counts
    finally:
        language.apply("en")
