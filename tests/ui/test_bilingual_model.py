"""The model in two languages in the window: shown in the interface language with fallbacks, both edited in the
inspector, undo exact across a language switch."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from core.bilingual import localized, set_text, text_in
from core.edits import SetOption
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_language import compile_ts
from tests.ui.test_preferences import back_to_english
from tests.ui.visual_order import unmarked
from ui import i18n, main_window
from ui.widgets.bilingual_text import falls_back

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "mizan_ar.ts"
HEADER = Qt.Orientation.Horizontal


@pytest.fixture
def language(qapp, tmp_path, monkeypatch):
    """The process's language on the project's own Arabic catalogue (compiled here); English afterwards."""
    monkeypatch.setattr(i18n, "_CURRENT", i18n.Language(compile_ts(tmp_path / "qm", TS.read_text(encoding="utf-8"))))
    yield i18n.current()
    back_to_english()


@pytest.fixture
def bilingual(paper_model):
    """The paper's model (in both languages) without the Arabic names of option O1 and factors E1, E2."""
    model = paper_model
    for address in ("options/O1/name", "criteria/E1/name", "criteria/E2/name"):
        model = set_text(model, address, "ar", "")
    return model


def header(window, option_id: str) -> str:
    model = window.scores.model
    """An option's column header as a reader sees it (the Arabic window marks its runs' directions)."""
    column = next(c for c in range(model.columnCount()) if unmarked(model.headerData(c, HEADER)).startswith(option_id))
    return unmarked(model.headerData(column, HEADER))


def commit(field, text: str) -> None:
    field.setFocus()
    field.setText(text) if hasattr(field, "setText") else field.setPlainText(text)
    field.setModified(True) if hasattr(field, "setModified") else None
    (field.editingFinished.emit() if hasattr(field, "editingFinished") else field.commit())


def test_the_arabic_window_shows_arabic_texts_and_falls_back_to_english(qtbot, language, make_window, bilingual,
                                                                         paper_model):
    language.apply("ar")
    window = make_window(bilingual)
    assert window.document.language == "ar" and window.document.model == localized(bilingual, "ar")
    assert header(window, "O3").endswith(text_in(paper_model, "options/O3/name", "ar"))
    assert header(window, "O1").endswith(paper_model.options[0].name)  # no Arabic: the English shows
    window.inspector.show_criterion("E2")
    page = window.inspector.criterion
    assert page.name.text() == "" and page.name.placeholderText() == falls_back("ar")
    assert page.texts["name"].other.text() == paper_model.criterion("E2").name
    window.inspector.show_criterion("E3")
    assert page.name.text() == text_in(paper_model, "criteria/E3/name", "ar")
    assert page.texts["name"].other.text() == paper_model.criterion("E3").name


def test_the_inspector_writes_each_language_and_undo_takes_it_back(qtbot, language, make_window, bilingual,
                                                                   paper_model):
    language.apply("ar")
    window = make_window(bilingual)
    document, page = window.document, window.inspector.criterion
    window.inspector.show_criterion("E2")
    commit(page.name, "  أزمة الدينار  ")
    assert text_in(document.model, "criteria/E2/name", "ar") == "أزمة الدينار"
    assert document.model.criterion("E2").name == "أزمة الدينار"
    assert text_in(document.model, "criteria/E2/name", "en") == paper_model.criterion("E2").name
    assert document.undo_stack.undoText() == "تغيير النص"
    commit(page.texts["description"].other, "A new English description")
    assert text_in(document.model, "criteria/E2/description", "en") == "A new English description"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == localized(bilingual, "ar")
    assert page.name.text() == "" and page.texts["name"].other.text() == paper_model.criterion("E2").name
    window.inspector.show_cell("O1", "E1")
    cell = window.inspector.cell
    assert cell.texts["rationale"].own.toPlainText() == text_in(paper_model, "scores/O1/E1/rationale", "ar")
    commit(cell.texts["rationale"].own, "تعليق بالعربية")
    assert text_in(document.model, "scores/O1/E1/rationale", "ar") == "تعليق بالعربية"
    assert cell.texts["rationale"].other.toPlainText() == paper_model.score("O1", "E1").rationale


def switchable(qtbot, model, tmp_path, answers):
    """A shown main window on ``model`` that a language switch may rebuild (so no qtbot.addWidget)."""
    window = main_window.MainWindow(model, recovery_folder=tmp_path / "recovery")
    window.ask = answers
    window.show()
    qtbot.waitUntil(lambda: window.results.ranking_model.active)
    return window


def rebuilt(qtbot, old):
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    (window,) = main_window.OPEN_WINDOWS
    return window


def test_a_language_switch_keeps_both_texts_and_undo_stays_exact(qtbot, language, bilingual, paper_model, tmp_path,
                                                                  answers):
    window = switchable(qtbot, bilingual, tmp_path, answers)
    document = window.document
    window.inspector.show_criterion("E1")
    commit(window.inspector.criterion.texts["name"].other, "وقف المساعدات")  # "In Arabic:" in English
    document.apply(SetOption("O1", {"name": "Renamed"}))
    edited = document.model
    window.preferences.choose("ar", "western")
    window = rebuilt(qtbot, window)
    assert window.document is document and document.model == localized(edited, "ar")
    assert document.model.criterion("E1").name == "وقف المساعدات"
    assert header(window, "O1").endswith("Renamed")  # an English edit, shown as the fallback
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == localized(bilingual, "ar")
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert document.model == localized(edited, "ar")
    window.inspector.show_criterion("E1")
    commit(window.inspector.criterion.name, "وقف المساعدات الأمريكية")
    window.preferences.choose("en", "western")
    window = rebuilt(qtbot, window)
    assert text_in(document.model, "criteria/E1/name", "ar") == "وقف المساعدات الأمريكية"
    assert document.model.criterion("E1").name == paper_model.criterion("E1").name
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.model == bilingual


def test_lists_in_arabic_sentences_are_separated_by_the_arabic_comma(language, make_window, paper_model):
    language.apply("ar")
    legend = make_window(paper_model).scores.legend.text()
    assert legend.count("، ") == len(paper_model.bands.names) - 1 and ", " not in legend
