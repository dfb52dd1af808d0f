"""File ▸ Import Risk Register: the mapping preview, live re-placing, one undoable apply, the remembered mapping."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from core.register import Register
from core.register.import_map import IGNORE, propose, read_table
from tests.core.register.register_files import HEADER, ROWS, write_xlsx
from tests.ui.shots import shot
from ui.dialogs.register_import import RegisterImportDialog
from ui.main_window import MainWindow

PROBABILITY, RESIDUAL_L, FACTOR = HEADER.index("Probability"), 6, HEADER.index("Risk category")


@pytest.fixture
def paper_model(paper_model):
    """The paper's model without its own register: these tests bring the register rows they check."""
    return paper_model.replace(register=Register())


@pytest.fixture
def window(qtbot, paper_model, tmp_path):
    win = MainWindow(paper_model, interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    win.warnings = []
    win.register_import.warn = lambda title, text: win.warnings.append(text)
    # Closing after an applied import asks "Save changes?": the test answers Discard instead of blocking.
    win.ask = lambda title, text, buttons, default: QMessageBox.StandardButton.Discard
    return win


def rows_of(view) -> list[list[str]]:
    table = view.model()
    return [[table.index(r, c).data() for c in range(table.columnCount())] for r in range(table.rowCount())]


def dialog_on(qtbot, model, path) -> RegisterImportDialog:
    table = read_table(path)
    dialog = RegisterImportDialog(model, table, propose(table))
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_shows_the_proposed_mapping_the_placed_and_the_refused_rows(qtbot, tmp_path, paper_model):
    dialog = dialog_on(qtbot, paper_model, write_xlsx(tmp_path / "register.xlsx"))
    assert dialog.mapping()[PROBABILITY] == "likelihood" and dialog.mapping()[RESIDUAL_L] == IGNORE
    assert rows_of(dialog.placed) == [
        ["5", "O1", "E1", "likelihood 4 → 5; impact 5 → 4; statement; owner; action; due"],  # "open" is no change,
        ["6", "O2", "S1", "likelihood 2 → 4; impact 4 → 5; statement; owner; due; status"]]
    assert rows_of(dialog.refused) == [["7", "factor 'Z9' is not in the model (by id or name)"]]
    assert dialog.apply_button.isEnabled()
    shot(dialog, "register-import-dialog", "register")


def test_changing_a_combo_re_places_the_rows_and_takes_the_field_from_the_other_column(qtbot, tmp_path,
                                                                                          paper_model):
    dialog = dialog_on(qtbot, paper_model, write_xlsx(tmp_path / "register.xlsx"))
    dialog.set_field(RESIDUAL_L, "likelihood")
    assert dialog.mapping()[PROBABILITY] == IGNORE and dialog.mapping()[RESIDUAL_L] == "likelihood"
    assert [p.levels["likelihood"] for p in dialog.placement.placed] == [3, 2]
    dialog.set_field(FACTOR, IGNORE)
    assert dialog.placement.placed == () and not dialog.apply_button.isEnabled()
    assert rows_of(dialog.refused)[0][1].startswith("no column maps to factor")
    assert dialog.summary.text().startswith("The mapping cannot place rows yet")


def test_rows_without_an_option_go_where_the_analyst_says(qtbot, tmp_path, paper_model):
    dialog = dialog_on(qtbot, paper_model, write_xlsx(tmp_path / "register.xlsx"))
    dialog.set_field(HEADER.index("Scenario"), IGNORE)
    assert dialog.placement.problems and not dialog.apply_button.isEnabled()
    dialog.default_option.setCurrentIndex(dialog.default_option.findData("O3"))
    assert {p.option for p in dialog.placement.placed} == {"O3"} and dialog.apply_button.isEnabled()


def test_the_preview_tables_pass_the_model_tester(qtmodeltester, qtbot, tmp_path, paper_model):
    dialog = dialog_on(qtbot, paper_model, write_xlsx(tmp_path / "register.xlsx"))
    qtmodeltester.check(dialog.placed.model())
    qtmodeltester.check(dialog.refused.model())


def test_a_file_that_cannot_be_read_is_one_warning_and_changes_nothing(window, tmp_path, paper_model):
    broken = tmp_path / "register.xlsx"
    broken.write_text("not a workbook")
    assert not window.register_import.import_from(broken)
    assert window.document.model == paper_model
    assert len(window.warnings) == 1 and "not an .xlsx workbook" in window.warnings[0]


def test_a_mapping_is_remembered_per_header_signature_across_sessions(tmp_path):
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    path = str(tmp_path / "s.ini")
    signature, other = ("risk", "owner", ""), ("risk", "owner", "l")
    Settings(QSettings(path, QSettings.Format.IniFormat)).set_register_mapping(signature, ["statement", "", ""])
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.register_mapping(signature) == ["statement", "", ""]
    assert again.register_mapping(other) is None


@pytest.mark.parametrize("stored", ["not json", "[1, 2, 3]", '["a", "b"]', '{"a": 1}', "null"])
def test_a_damaged_remembered_mapping_counts_as_none(tmp_path, stored):
    from PySide6.QtCore import QSettings

    from ui.settings import Settings, _mapping_key

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    signature = ("a", "b", "c")
    store.setValue(_mapping_key(signature), stored)
    assert Settings(store).register_mapping(signature) is None


def test_apply_is_one_undo_step_that_restores_exactly_and_the_mapping_is_remembered(qtbot, window, tmp_path,
                                                                                    paper_model):
    seen = []

    def confirm(dialog: RegisterImportDialog) -> bool:
        qtbot.addWidget(dialog)
        seen.append(dialog.mapping())
        dialog.set_field(RESIDUAL_L, "likelihood")  # the analyst prefers the residual column here
        return len(seen) == 1

    window.register_import.confirm = confirm
    assert window.register_import.import_from(write_xlsx(tmp_path / "register.xlsx"))
    imported = window.document.model
    assert (imported.score("O1", "E1").likelihood, imported.score("O1", "E1").impact) == (3, 4)
    assert imported.register.entry("O1", "E1").owner == "Ministry of Finance"
    assert imported.register.entry("O1", "E1").due == "2027-06-30"
    assert imported.register.entry("O2", "S1").status == "monitoring"
    assert len(imported.register.entries) == 2 and window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.model == paper_model
    window.redo_action.trigger()
    assert window.document.model == imported
    assert not window.register_import.import_from(write_xlsx(tmp_path / "next-month.xlsx", rows=ROWS[:1]))
    assert seen[1][RESIDUAL_L] == "likelihood" and seen[1][PROBABILITY] == IGNORE
    assert window.document.model == imported and window.warnings == []


def test_the_file_menu_offers_the_import(window):
    asked = []
    window.register_import.ask_path = lambda: asked.append(True)
    files = window.menuBar().actions()[0].menu()
    assert window.register_import.action in files.actions()
    window.register_import.action.trigger()
    assert asked == [True] and window.document.undo_stack.count() == 0
