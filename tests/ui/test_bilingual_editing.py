"""Second-language editing beyond a criterion's name and a cell's rationale: a criterion's evidence list, options,
the model's details, band names and profiles; each written in its language, undone exactly, kept across a switch."""

from __future__ import annotations

import pytest

from core.bilingual import localized, texts_in
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_bilingual_model import bilingual, commit, language, rebuilt  # noqa: F401 - fixtures
from ui import main_window
from ui.widgets.bilingual_text import falls_back

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
EVIDENCE = "criteria/E1/evidence"


def test_a_criterions_evidence_is_edited_line_by_line_in_each_language(qtbot, language, make_window, paper_model):
    language.apply("ar")
    window = make_window(paper_model)
    document, page = window.document, window.inspector.criterion
    window.inspector.show_criterion("E1")
    arabic, english = texts_in(paper_model, EVIDENCE, "ar"), texts_in(paper_model, EVIDENCE, "en")
    assert page.evidence.toPlainText() == arabic[0]
    assert page.evidence_texts.other.toPlainText() == english[0]
    commit(page.evidence_texts.other, f"{english[0]}\nTable 3")
    assert texts_in(document.model, EVIDENCE, "en") == [english[0], "Table 3"]
    assert texts_in(document.model, EVIDENCE, "ar") == [arabic[0], None]  # the second line falls back
    assert document.model.criterion("E1").evidence == (arabic[0], "Table 3")
    commit(page.evidence, f"{arabic[0]}\nالجدول ٣")
    assert texts_in(document.model, EVIDENCE, "ar") == [arabic[0], "الجدول ٣"]
    commit(page.evidence, "")
    assert page.evidence.toPlainText() == "" and page.evidence.placeholderText() == falls_back("ar")
    assert document.model.criterion("E1").evidence == (english[0], "Table 3")
    for _ in range(3):
        document.undo_stack.undo()
    assert document.model == localized(paper_model, "ar")
    assert page.evidence_texts.other.toPlainText() == english[0]


def test_evidence_written_in_arabic_survives_a_language_switch_and_undo(qtbot, language, paper_model, tmp_path,
                                                                       answers):
    window = main_window.MainWindow(paper_model, recovery_folder=tmp_path / "recovery")
    window.ask = answers
    window.show()
    qtbot.waitUntil(lambda: window.results.ranking_model.active)
    document = window.document
    window.inspector.show_criterion("E1")
    commit(window.inspector.criterion.evidence_texts.other, "المصدر الأول\n\nالمصدر الثالث")
    # A blank line beside no English source holds no place: the list has two items.
    assert texts_in(document.model, EVIDENCE, "ar") == ["المصدر الأول", "المصدر الثالث"]
    assert texts_in(document.model, EVIDENCE, "en") == [paper_model.criterion("E1").evidence[0], None]
    edited = document.model
    window.preferences.choose("ar", "western")
    window = rebuilt(qtbot, window)
    assert document.model == localized(edited, "ar")
    window.inspector.show_criterion("E1")
    assert window.inspector.criterion.evidence.toPlainText() == "المصدر الأول\nالمصدر الثالث"
    document.undo_stack.undo()
    assert document.model == localized(paper_model, "ar")
