"""The window's questions, warnings, name prompts, file dialogs, menus and result pages in Arabic.

Each modal box opens through the real action that asks it (Save changes?,
Delete group, Unsaved weights, Rename option, a profile's name, a file that
cannot be opened, Open Project, the last-resort error), is checked right to
left with an Arabic title and, with MIZAN_SHOTS set, pictured for a reader
of Arabic (tests/ui/shots.py) before it is answered with Cancel or Close.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from core.edits import SetOption
from core.storage.project import write_project
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from tests.ui.test_arabic_screens import ARABIC, FOLDER, RTL, arabic  # noqa: F401 - the language fixture
from tests.ui.test_recovery import crash_with_unsaved_changes
from ui import app
from ui.main_window import MainWindow
from ui.widgets.chart_view import ChartView

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")


def answered(qtbot, name: str, ask, window=None) -> dict:
    """Call ``ask``, which opens a modal box (``window``'s real question box, if given); picture that box,
    note its title and direction, then cancel it."""
    seen: dict = {}

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, grab)
            return
        seen.update(title=box.windowTitle(), direction=box.layoutDirection(),
                    buttons=[button.text() for button in box.findChildren(QAbstractButton) if button.text()])
        shot(box, name, FOLDER)
        box.reject()

    QTimer.singleShot(0, grab)
    if window is not None:
        scripted, window.ask = window.ask, MainWindow.ask.__get__(window)
    try:
        ask()
    finally:
        if window is not None:
            window.ask = scripted
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["direction"] == RTL, name
    assert ARABIC.search(seen["title"]), f"{name}: {seen['title']!r}"
    return seen


@pytest.fixture
def asking(arabic, make_window, paper_model):
    """A window in Arabic on the paper's model."""
    return make_window(paper_model)


def test_the_windows_questions_open_in_arabic(qtbot, asking):
    asking.criteria.select("ECO")
    answered(qtbot, "ask-delete-group", asking.criteria.delete, asking)
    asking.document.set_weight("E1", 0.5)
    answered(qtbot, "ask-unsaved-weights", asking.profiles.keep_or_drop_changes, asking)
    asking.document.apply(SetOption("O1", {"name": "O1"}))
    save = answered(qtbot, "ask-save-changes", asking.files.maybe_save, asking)
    # Qt's Arabic words Discard "ارفض" (refuse); the box says what the button does to the changes.
    assert len(save["buttons"]) == 3 and all(ARABIC.search(b) for b in save["buttons"]) and "ارفض" not in save["buttons"]
    assert asking.document.is_modified(), "Cancel keeps the changes"


def test_the_name_prompts_and_file_dialogs_open_in_arabic(qtbot, asking, tmp_path):
    answered(qtbot, "prompt-rename-option", lambda: asking.scores.rename_option(0))
    answered(qtbot, "prompt-profile-name", asking.profiles.save_as_profile)
    answered(qtbot, "file-open-project", asking.files.ask_open_path)
    broken = tmp_path / "broken.mizan"
    broken.write_text("{", encoding="utf-8")
    answered(qtbot, "warn-cannot-open", lambda: asking.files.open_path(str(broken)))


def test_the_last_resort_error_box_is_arabic(qtbot, asking, capsys):
    answered(qtbot, "error-unexpected", lambda: app._report_bug(RuntimeError, RuntimeError("test"), None))
    assert "RuntimeError" in capsys.readouterr().err, "the trace stays on stderr"


def test_every_menu_of_the_window_in_arabic(qtbot, asking):
    for number, action in enumerate(asking.menuBar().actions()):
        menu = action.menu()
        menu.popup(asking.mapToGlobal(QPoint(asking.width() - 10, 30)))
        qtbot.waitUntil(menu.isVisible)
        assert menu.layoutDirection() == RTL and ARABIC.search(action.text())
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        assert all(ARABIC.search(t) for t in texts if t != "AHP…"), texts
        shot(menu, f"menu-{number + 1}", FOLDER)
        menu.hide()


def test_the_result_pages_and_robustness_in_arabic(qtbot, asking):
    window = asking
    window.resize(1366, 768)
    tabs = window.results.tabs
    for index, name in enumerate(("ranking", "risk-matrix", "grid", "benefits")):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: all(chart.figure is not None for chart in window.results.findChildren(ChartView)
                                    if chart.isVisible()), timeout=10_000)
        qtbot.wait(50)  # a page filled on show lays its labels out in the next turns of the event loop
        shot(window.results, f"results-{name}", FOLDER)
    window.document.set_basis("both")
    tabs.setCurrentIndex(0)
    qtbot.wait(50)
    shot(window, "window-both-bases", FOLDER)
    window.scores.select_cell("O1", "E1")
    qtbot.wait(20)
    shot(window.inspector, "inspector-cell", FOLDER)
    window.robustness.show_view()
    window.robustness.setFloating(True)  # at a reviewer's size, its charts drawn for that size
    window.robustness.resize(1300, 650)
    view = window.robustness.view
    for index, name in enumerate(("weights", "tornado", "smaa")):
        view.tabs.setCurrentIndex(index)
        chart = view.tabs.currentWidget().chart
        qtbot.waitUntil(lambda: chart.figure is not None and chart.figure.get_figwidth() * chart.figure.dpi
                        >= chart.width() - 2, timeout=20_000)
        shot(window.robustness, f"robustness-{name}", FOLDER)


def test_the_recovery_and_already_open_questions_are_arabic(qtbot, arabic, make_window, paper_model, tmp_path):
    folder, project = tmp_path / "recovery", tmp_path / "paper.mizan"
    write_project(project, paper_model)
    crash_with_unsaved_changes(folder, project)
    window = make_window(paper_model, folder=folder)  # the scripted answer (Discard) cleared the offer at start
    crash_with_unsaved_changes(folder, project)
    answered(qtbot, "ask-recover", window.files.offer_recovery, window)
    assert window.files.open_path(str(project))
    second = make_window(paper_model, folder=tmp_path / "second")
    answered(qtbot, "ask-already-open", lambda: second.files.open_path(str(project)), second)
