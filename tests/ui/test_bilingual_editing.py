"""Second-language editing beyond a criterion's name and a cell's rationale: a criterion's evidence list, options,
the model's details, band names and profiles; each written in its language, undone exactly, kept across a switch."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction

from core.bilingual import localized, text_in, texts_in
from core.builtin import builtin_model
from core.edits import DeleteOption, SetText
from core.loader import load_model
from core.model import Bands
from core.profiles import match_profile
from core.storage.profile_file import read_profile_file
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from tests.ui.test_bilingual_model import (bilingual, commit, header, language, rebuilt,  # noqa: F401 - fixtures
                                          switchable)
from ui.document import Document
from ui.dialogs.bilingual_details import ModelDetails, ProfileDetails
from ui.widgets.bilingual_text import falls_back

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")
EVIDENCE = "criteria/E1/evidence"
FOLDER = "arabic-edit"


def _shot_inspector(qtbot, window, name: str) -> None:
    """The inspector's page, whole, in a window of a usual size (a picture only with MIZAN_SHOTS)."""
    window.resize(1600, 1000)
    qtbot.wait(10)
    shot(window.inspector.currentWidget().widget(), name, FOLDER)


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
    _shot_inspector(qtbot, window, "criterion-evidence")
    commit(page.evidence, "")
    assert page.evidence.toPlainText() == "" and page.evidence.placeholderText() == falls_back("ar")
    assert document.model.criterion("E1").evidence == (english[0], "Table 3")
    for _ in range(3):
        document.undo_stack.undo()
    assert document.model == localized(paper_model, "ar")
    assert page.evidence_texts.other.toPlainText() == english[0]


def test_evidence_written_in_arabic_survives_a_language_switch_and_undo(qtbot, language, paper_model, tmp_path,
                                                                       answers):
    window = switchable(qtbot, paper_model, tmp_path, answers)
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


def _click_header(qtbot, window, column: int) -> None:
    header = window.scores.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                                header.height() // 2))


def test_a_click_on_an_option_header_inspects_the_option_in_both_languages(qtbot, language, make_window, bilingual,
                                                                          paper_model):
    language.apply("ar")
    window = make_window(bilingual)
    document, page = window.document, window.inspector.option
    _click_header(qtbot, window, 0)
    assert window.inspector.currentIndex() == 2 and page.heading.text().endswith("O1")
    assert page.name.text() == "" and page.name.placeholderText() == falls_back("ar")  # no Arabic name: fallback
    assert page.texts["name"].other.text() == paper_model.options[0].name
    assert page.description.toPlainText() == text_in(paper_model, "options/O1/description", "ar")
    commit(page.name, "انسحاب مفاجئ")
    assert header(window, "O1").endswith("انسحاب مفاجئ")
    _shot_inspector(qtbot, window, "option-inspector")
    commit(page.texts["description"].other, "An exit forced within weeks.")
    assert text_in(document.model, "options/O1/description", "en") == "An exit forced within weeks."
    assert text_in(document.model, "options/O1/name", "en") == paper_model.options[0].name
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == localized(bilingual, "ar")
    assert page.name.text() == "" and header(window, "O1").endswith(paper_model.options[0].name)


def test_the_option_page_empties_when_its_option_goes(qtbot, make_window, paper_model):
    window = make_window(paper_model)
    window.scores.select_cell(paper_model.options[1].id, "E1")
    details = next(a for a in window.scores.findChildren(QAction) if a.text() == "Details")
    details.trigger()  # the keyboard's way to the page: the Options toolbar
    page = window.inspector.option
    assert window.inspector.currentIndex() == 2
    assert page.name.text() == paper_model.options[1].name and page.name.isEnabled()
    window.document.apply(DeleteOption(paper_model.options[1].id))
    assert page.name.text() == "" and not page.name.isEnabled() and not page.texts["name"].other.isEnabled()
    window.document.undo_stack.undo()
    assert page.name.text() == ""  # the page waits for a new choice rather than guessing


def test_model_details_edit_the_title_question_source_and_band_names_in_both_languages(qtbot, language,
                                                                                       make_window, paper_model):
    language.apply("ar")
    window = make_window(paper_model)
    document = window.document
    window.show_model_details()
    dialog = window.findChild(ModelDetails)
    assert dialog.isVisible() and dialog.isRightToLeft() and dialog.windowTitle() == "تفاصيل النموذج"
    assert dialog.pairs["title"].own.text() == text_in(paper_model, "title", "ar")
    assert dialog.pairs["title"].other.text() == paper_model.title
    assert dialog.pairs["source"].other.toPlainText() == paper_model.source
    assert [k for k in dialog.pairs if k.startswith("bands/")] == [f"bands/names/{i}" for i in range(4)]
    assert dialog.form.labelForField(dialog.pairs["bands/names/0"].own).text().count("1–4") == 1
    commit(dialog.pairs["title"].other, "Coalition withdrawal")
    commit(dialog.pairs["bands/names/3"].own, "شديد")
    assert text_in(document.model, "title", "en") == "Coalition withdrawal"
    assert document.model.title == text_in(paper_model, "title", "ar")  # the window shows the Arabic title
    assert "شديد" in window.scores.legend.text() and "حرج" not in window.scores.legend.text()
    assert text_in(document.model, "bands/names/3", "en") == paper_model.bands.names[3]
    shot(dialog, "model-details", FOLDER)
    window.show_model_details()
    assert window.findChildren(ModelDetails) == [dialog]  # one dialog, raised again
    document.undo_stack.undo()
    assert dialog.pairs["bands/names/3"].own.text() == "حرج"
    document.undo_stack.undo()
    assert document.model == localized(paper_model, "ar")
    three = Bands(names=("Low", "Middle", "High"), upper=(6, 14, 25), colors=("#63BE7B", "#FFEB84", "#E0474C"))
    document.load(paper_model.replace(bands=three), None)
    assert [k for k in dialog.pairs if k.startswith("bands/")] == [f"bands/names/{i}" for i in range(3)]
    assert dialog.pairs["bands/names/1"].other.text() == "Middle" and dialog.pairs["bands/names/1"].own.text() == ""
    assert dialog.pairs["bands/names/1"].own.placeholderText() == falls_back("ar")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChildren(ModelDetails) == [])  # closed is gone, not hidden and listening


def test_profile_details_follow_the_active_profile_and_survive_saving_its_weights(qtbot, make_window, paper_model):
    first = paper_model.profiles[0].replace(settings={})  # the analyst's own profile, not a reference one
    model = paper_model.replace(profiles=(first, *paper_model.profiles[1:]))
    window = make_window(model)
    document = window.document
    window.profile_actions.show_details()
    dialog = window.findChild(ProfileDetails)
    assert dialog.pairs["name"].own.text() == first.name
    assert dialog.pairs["name"].other.text() == text_in(paper_model, f"profiles/{first.name}/name", "ar")
    document.set_weight("ECO", 0.5)  # a working copy of the active profile
    commit(dialog.pairs["notes"].other, "ملاحظة جديدة")
    commit(dialog.pairs["name"].own, "Equal to begin with")
    assert document.profile().name == "Equal to begin with" and document.is_profile_modified()
    assert window.profiles.combo.currentText() == "Equal to begin with *"  # the selector follows, still unsaved
    assert dialog.pairs["name"].own.text() == "Equal to begin with"
    assert document.save_profile()
    saved = document.model.profile("Equal to begin with")
    assert text_in(document.model, "profiles/Equal to begin with/notes", "ar") == "ملاحظة جديدة"
    assert saved.notes == first.notes and saved.weights != first.weights
    document.set_profile(paper_model.profiles[1].name)
    assert dialog.pairs["name"].own.text() == paper_model.profiles[1].name
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.model == model


def test_profile_details_open_in_arabic(qtbot, language, make_window, paper_model):
    language.apply("ar")
    window = make_window(paper_model)
    window.profile_actions.show_details()
    dialog = window.findChild(ProfileDetails)
    qtbot.waitExposed(dialog)
    assert dialog.isRightToLeft() and dialog.windowTitle() == "تفاصيل ملف الترجيح"
    first = paper_model.profiles[0]
    assert dialog.pairs["name"].own.text() == text_in(paper_model, f"profiles/{first.name}/name", "ar")
    assert dialog.pairs["notes"].other.toPlainText() == first.notes
    shot(dialog, "profile-details", FOLDER)


def test_a_profile_exported_from_the_arabic_window_says_so_and_reads_into_an_english_model(qtbot, language,
                                                                                          make_window, paper_model,
                                                                                          tmp_path):
    language.apply("ar")
    window = make_window(paper_model)
    path = tmp_path / "sov.mizan-profile"
    assert window.profile_actions.export_to(str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    first = paper_model.profiles[0]
    assert data["language"] == "ar" and data["profile"]["name"] == text_in(paper_model, f"profiles/{first.name}/name",
                                                                            "ar")
    english = read_profile_file(path, "en")
    assert (english.name, english.notes) == (first.name, first.notes)
    assert dict(english.translations) == dict(first.translations)
    assert match_profile(paper_model, english).existing == first  # an English model knows it as its own


def test_every_second_language_field_is_saved_and_read_back(qtbot, make_window, paper_model, tmp_path):
    window = make_window(paper_model)
    document = window.document
    window.inspector.show_criterion("E1")
    commit(window.inspector.criterion.evidence_texts.other, "المصدر الأول\nالمصدر الثاني")
    _click_header(qtbot, window, 0)
    commit(window.inspector.option.texts["description"].other, "وصف جديد")
    window.show_model_details()
    details = window.findChild(ModelDetails)
    commit(details.pairs["question"].other, "سؤال جديد؟")
    commit(details.pairs["bands/names/0"].other, "ضئيل")
    window.profile_actions.show_details()
    commit(window.findChild(ProfileDetails).pairs["notes"].other, "ملاحظة")
    assert document.undo_stack.count() == 5
    path = tmp_path / "both.mizan"
    document.save(str(path))
    again = load_model(path)
    assert again == document.model
    first = paper_model.profiles[0].name
    assert [text_in(again, a, "ar") for a in ("options/O1/description", "question", "bands/names/0",
                                              f"profiles/{first}/notes")] == ["وصف جديد", "سؤال جديد؟", "ضئيل",
                                                                               "ملاحظة"]
    assert texts_in(again, EVIDENCE, "ar") == ["المصدر الأول", "المصدر الثاني"]


PROFILE_TEXTS = st.lists(st.tuples(st.sampled_from(["name", "notes"]), st.sampled_from(["en", "ar"]),
                                   st.sampled_from(["", "Mine", "أوزاني", "Team view", "رأي الفريق"])), max_size=8)


PAPER = builtin_model()
OWN = PAPER.replace(profiles=(PAPER.profiles[0].replace(settings={}), *PAPER.profiles[1:]))  # not a reference one


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PROFILE_TEXTS)
def test_texts_written_into_a_profile_with_unsaved_weights_are_kept_when_its_weights_are_saved(qapp, steps):
    model = OWN
    document = Document(model)
    document.set_weight("ECO", 0.5)
    for field, language, text in steps:
        document.apply(SetText(f"profiles/{document.profile().name}/{field}", language, text))
    written = document.saved_profile()
    assert document.profile().translations == written.translations
    assert (document.profile().name, document.profile().notes) == (written.name, written.notes)
    assert document.save_profile()
    assert document.model.profiles[0].translations == written.translations
    assert (document.model.profiles[0].name, document.model.profiles[0].notes) == (written.name, written.notes)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.model == model
