"""Edit ▸ Preferences…: the language and digits switch at once, around the same document."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt

from core.bilingual import localized
from core.edits import SetOption
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_language import compile_ts
from tests.ui.visual_order import unmarked
from ui import i18n, main_window
from ui.dialogs.preferences import PreferencesDialog
from ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def arabic(qapp, tmp_path, monkeypatch):
    """The process's language, on a catalogue compiled for the test; English and no stray window afterwards."""
    monkeypatch.setattr(i18n, "_CURRENT", i18n.Language(compile_ts(tmp_path / "qm")))
    yield i18n.current()
    back_to_english()


def back_to_english() -> None:
    """No stray window left and the process English again (after a test that switched language)."""
    for window in list(main_window.OPEN_WINDOWS):
        window.document.undo_stack.setClean()
        window.discard()
    main_window.OPEN_WINDOWS.clear()
    i18n.current().apply("en")


@pytest.fixture
def make_window(qtbot, tmp_path, answers):
    """A shown window that a rebuild may delete (so not handed to qtbot, which would close it again)."""
    made = []

    def make(model):
        window = main_window.MainWindow(model, recovery_folder=tmp_path / "recovery")
        window.ask = answers
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.results.ranking_model.active)
        made.append(window)
        return window

    yield make
    for window in filter(shiboken6.isValid, made):
        window.document.undo_stack.setClean()
        window.discard()


def rebuilt(qtbot, old):
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    (window,) = main_window.OPEN_WINDOWS
    return window


def test_switching_language_keeps_the_model_the_undo_history_and_the_file(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    document = window.document
    document.apply(SetOption("O1", {"name": "Renamed"}))
    edited, steps = document.model, document.undo_stack.count()
    assert steps >= 1 and edited != paper_model
    window.preferences.choose("ar", "western")
    new = rebuilt(qtbot, window)
    assert new.document is document and document.model == localized(edited, "ar")  # shown in Arabic
    assert document.undo_stack.count() == steps and document.is_modified()
    assert new.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert new.menuBar().actions()[0].text() == "&ملف"
    assert (Settings().language, Settings().digits) == ("ar", "western")
    assert new.undo_action.isEnabled()
    new.save_recovery()  # the recovery session goes on in the new window
    assert new.recovery is not None and new.recovery.model_path.is_file()
    while document.undo_stack.canUndo():
        new.undo_action.trigger()
    assert document.model == localized(paper_model, "ar")
    document.apply(SetOption("O2", {"name": "Again"}))  # signals reach the new views only: no deleted object
    assert unmarked(new.scores.model.headerData(1, Qt.Orientation.Horizontal)).endswith("Again")


def test_digits_alone_rebuild_too_and_show_arabic_indic_digits(qtbot, arabic, make_window, paper_model):
    arabic.apply("ar")
    window = make_window(paper_model)
    window.preferences.choose("ar", "arabic")
    new = rebuilt(qtbot, window)
    assert new.locale().zeroDigit() == "٠" and QLocale().zeroDigit() == "٠"
    assert Settings().digits == "arabic"


def test_the_same_choice_changes_nothing(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    window.preferences.choose("en", "western")
    assert not main_window.OPEN_WINDOWS and shiboken6.isValid(window) and window.isVisible()


def test_the_dialog_offers_both_languages_in_their_own_script(qtbot):
    dialog = PreferencesDialog("en", "western")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferences"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["English", "العربية"]
    dialog.language.setCurrentIndex(1)
    dialog.digits.setCurrentIndex(dialog.digits.findData("arabic"))
    assert dialog.choice() == ("ar", "arabic")


def test_preferences_is_in_the_edit_menu_on_ctrl_comma(make_window, paper_model):
    window = make_window(paper_model)
    edit = window.menuBar().actions()[1].menu()
    assert window.preferences.action in edit.actions()
    assert window.preferences.action.shortcut().toString() == "Ctrl+,"
