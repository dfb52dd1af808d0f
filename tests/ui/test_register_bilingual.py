"""The register's texts in both languages on real widgets: a control's, a risk's and a scale level's texts are
written in either language beside their table, undone exactly, kept across a language switch and a save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from core.bilingual import localized, set_text, text_in
from core.storage.project import read_project, write_project
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from tests.ui.test_bilingual_model import commit, language, rebuilt  # noqa: F401 - language is a fixture
from tests.ui.visual_order import unmarked
from ui import main_window
from ui.models.controls_table import CONTROL_COLUMNS
from ui.models.register_table import COLUMNS
from ui.widgets.bilingual_text import falls_back

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def register_model(paper_model):
    """The paper's model, its control C2 without an Arabic owner."""
    return set_text(paper_model, "controls/C2/owner", "ar", "")


def dock(window, page: str):
    window.register_dock.show_page(page)
    return window.register_dock


def choose_row(view, option: str, factor: str) -> None:
    n = next(n for n in range(view.model.rowCount())
             if (view.model.row(n).option.id, view.model.row(n).factor.id) == (option, factor))
    index = view.proxy.mapFromSource(view.model.index(n, COLUMNS.index("statement")))
    view.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def choose_level(scales, axis: str, level: int) -> None:
    table = scales.tables[axis]
    table.selectionModel().setCurrentIndex(table.model().index(level - 1, 0),
                                           QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_a_controls_texts_show_in_both_languages_and_each_field_writes_its_own(make_window, register_model,
                                                                                paper_model):
    window = make_window(register_model)
    editor, document = dock(window, "controls").controls, window.document
    editor.choose("C2")
    texts = editor.details.texts
    assert unmarked(editor.details.heading.text()).startswith("C2")
    assert texts["name"].own.text() == paper_model.register.control("C2").name
    assert texts["name"].other.text() == text_in(paper_model, "controls/C2/name", "ar")
    assert texts["owner"].other.text() == "" and texts["owner"].other.placeholderText() == falls_back("ar")
    commit(texts["owner"].other, "  الحكومة العراقية  ")
    assert text_in(document.model, "controls/C2/owner", "ar") == "الحكومة العراقية"
    assert document.model.register.control("C2").owner == paper_model.register.control("C2").owner
    commit(texts["description"].own, "A new English description")
    row = editor.controls.row_of("C2")
    assert editor.controls.index(row, CONTROL_COLUMNS.index("description")).data(EDIT) == "A new English description"
    assert text_in(document.model, "controls/C2/description", "ar") == \
        text_in(paper_model, "controls/C2/description", "ar")
    editor.list.setFocus()  # the analyst moves on (a focused field keeps what was typed in it)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == register_model
    assert texts["owner"].other.text() == "" and texts["description"].own.toPlainText() == \
        paper_model.register.control("C2").description
    editor.choose("C1")
    assert texts["name"].own.text() == paper_model.register.control("C1").name
    assert texts["name"].own.cursorPosition() == 0  # a name longer than its field shows its start
    editor.delete_control()  # the panel follows the control chosen next, never the deleted one's texts
    assert editor.current().id == "C2" and texts["name"].own.text() == paper_model.register.control("C2").name


def test_a_risk_without_an_entry_takes_an_english_statement_in_the_arabic_window(language, make_window,
                                                                                  register_model):
    language.apply("ar")
    window = make_window(register_model)
    view, document = dock(window, "register").view, window.document
    assert ("O2", "S1") not in document.model.register.entries
    choose_row(view, "O2", "S1")
    texts = view.details.texts
    assert texts["statement"].own.toPlainText() == "" and texts["statement"].other.toPlainText() == ""
    commit(texts["statement"].other, "Cells regroup → attacks on bases")
    entry = document.model.register.entries["O2", "S1"]
    assert text_in(document.model, "entries/O2/S1/statement", "en") == "Cells regroup → attacks on bases"
    assert text_in(document.model, "entries/O2/S1/statement", "ar") is None
    assert entry.statement == "Cells regroup → attacks on bases"  # the Arabic window shows it as the fallback
    assert texts["statement"].own.placeholderText() == falls_back("ar")
    shot(window.register_dock, "register-both-languages", "register")
    commit(texts["statement"].own, "تعيد الخلايا تنظيمها ← هجمات على القواعد")
    assert text_in(document.model, "entries/O2/S1/statement", "en") == "Cells regroup → attacks on bases"
    cell = view.proxy.index(view.table.currentIndex().row(), COLUMNS.index("statement"))
    assert unmarked(cell.data()) == "تعيد الخلايا تنظيمها ← هجمات على القواعد"
    view.table.setFocus()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == localized(register_model, "ar") and ("O2", "S1") not in document.model.register.entries
    assert texts["statement"].other.toPlainText() == ""


def test_a_scale_levels_label_falls_back_but_is_never_empty_in_both(language, make_window, register_model,
                                                                   paper_model):
    language.apply("ar")
    window = make_window(register_model)
    scales, document = dock(window, "scales").scales, window.document
    assert scales.details.texts["label"].own.isEnabled() is False  # nothing chosen yet
    choose_level(scales, "impact", 2)
    texts = scales.details.texts
    arabic, english = (text_in(paper_model, "scales/impact/2/label", lang) for lang in ("ar", "en"))
    assert (texts["label"].own.text(), texts["label"].other.text()) == (arabic, english)
    assert unmarked(scales.details.heading.text()) == "الأثر، المستوى 2"
    shot(window.register_dock, "scales-both-languages", "register")
    commit(texts["label"].own, "")  # the Arabic label emptied: the English one shows in its place
    assert document.model.register.scales.impact[1].label == english
    assert texts["label"].own.placeholderText() == falls_back("ar")
    commit(texts["label"].other, "")  # and the English one too: refused, both shown again
    assert text_in(document.model, "scales/impact/2/label", "en") == english
    assert texts["label"].other.text() == english
    commit(texts["description"].other, "Felt by one ministry for weeks")
    assert text_in(document.model, "scales/impact/2/description", "en") == "Felt by one ministry for weeks"
    assert scales.model("impact").index(1, 1).data(EDIT) == text_in(paper_model, "scales/impact/2/description", "ar")


def test_register_texts_survive_a_language_switch_a_save_and_undo(qtbot, language, register_model, paper_model,
                                                                   tmp_path, answers):
    window = main_window.MainWindow(register_model, recovery_folder=tmp_path / "recovery")
    window.ask = answers
    window.show()
    qtbot.waitUntil(lambda: window.results.ranking_model.active)
    document = window.document
    register = dock(window, "controls")
    register.controls.choose("C2")
    commit(register.controls.details.texts["owner"].other, "الحكومة العراقية")
    register.show_page("register")
    choose_row(register.view, "O2", "S1")
    commit(register.view.details.texts["action"].other, "تدريب جهاز مكافحة الإرهاب")
    edited = document.model
    window.preferences.choose("ar", "western")
    window = rebuilt(qtbot, window)
    assert document.model == localized(edited, "ar")
    register = dock(window, "controls")
    register.controls.choose("C2")
    assert register.controls.details.texts["owner"].own.text() == "الحكومة العراقية"
    assert register.controls.details.texts["owner"].other.text() == paper_model.register.control("C2").owner
    shot(register, "controls-both-languages", "register")
    register.show_page("register")
    choose_row(register.view, "O2", "S1")
    assert register.view.details.texts["action"].own.toPlainText() == "تدريب جهاز مكافحة الإرهاب"
    write_project(tmp_path / "saved.mizan", document.model)
    assert localized(read_project(tmp_path / "saved.mizan"), "en") == edited
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == localized(register_model, "ar")


def test_an_english_register_imported_in_the_arabic_window_keeps_its_english_texts(qtbot, language, tmp_path,
                                                                                  paper_model):
    from PySide6.QtWidgets import QMessageBox

    from core.register import Register
    from tests.core.register.register_files import write_xlsx

    language.apply("ar")
    model = paper_model.replace(register=Register())
    window = main_window.MainWindow(model, interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    window.ask = lambda title, text, buttons, default: QMessageBox.StandardButton.Discard
    window.register_import.confirm = lambda dialog: qtbot.addWidget(dialog) or True
    # The file names its options and factors in English ("Sudden unilateral withdrawal", "Escalation cycle …").
    assert window.register_import.import_from(write_xlsx(tmp_path / "register.xlsx"))
    imported = window.document.model
    assert imported.language == "ar" and set(imported.register.entries) == {("O1", "E1"), ("O2", "S1")}
    assert text_in(imported, "entries/O1/E1/owner", "en") == "Ministry of Finance"
    assert text_in(imported, "entries/O1/E1/owner", "ar") is None
    assert text_in(imported, "entries/O2/S1/statement", "en") == "Factions escalate after the announcement"
    view = dock(window, "register").view
    choose_row(view, "O1", "E1")
    assert view.details.texts["owner"].other.text() == "Ministry of Finance"
    assert view.details.texts["owner"].own.placeholderText() == falls_back("ar")
    window.undo_action.trigger()
    assert window.document.model == localized(model, "ar")


def test_the_text_panels_follow_items_that_go_away_under_them(make_window, register_model):
    """An undone Add, a deleted option and File ▸ New take the chosen item away: no panel asks for it."""
    from core.edits import DeleteOption

    window = make_window(register_model)
    register, document = dock(window, "controls"), window.document
    register.controls.add_control()
    added = register.controls.current().id
    assert unmarked(register.controls.details.heading.text()).startswith(added)
    register.controls.list.setFocus()
    document.undo_stack.undo()
    assert register.controls.current().id != added
    assert not unmarked(register.controls.details.heading.text()).startswith(added)
    register.show_page("register")
    choose_row(register.view, "O2", "S1")
    document.apply(DeleteOption("O2"))
    chosen = register.view.details.heading.text()
    assert "O2" not in unmarked(chosen)
    register.show_page("scales")
    choose_level(register.scales, "likelihood", 3)
    window.document.undo_stack.setClean()  # File ▸ New without "Save changes?"
    window.files.new()
    assert register.controls.controls.rowCount() == 0  # the list followed the new model's empty register
    assert register.controls.details.heading.text() == register.controls.tr("No control chosen.")
    assert unmarked(register.scales.details.heading.text()) == "Likelihood, level 3"  # a new model has levels too
