"""The window paints before it builds what the first paint does not show, and then it is the same window.

The robustness and register docks are hidden until a menu shows them, and the
results panel shows only the titles of the tabs behind its ranking; both are
built just after the first paint (or when first used), and the application-wide
shortcuts filter is installed then. These tests hold the behaviour around that:
the menus, the shortcuts, a restored layout, a language rebuild and the place of
everything shown are as they were when all was built up front.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_desk_keys import X11LineEdit, focus
from tests.ui.test_preferences import arabic, make_window as rebuildable_window, rebuilt  # noqa: F401 - fixtures
from ui.main_window import MainWindow
from ui.widgets.benefit_view import BenefitView
from ui.widgets.chart_view import ChartView
from ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _texts(menu) -> list[str]:
    return [action.text() or "—" for action in menu.actions()]


def _docks(window) -> list[str]:
    return sorted(dock.objectName() for dock in window.findChildren(QDockWidget))


def test_the_first_paint_shows_the_window_before_the_hidden_docks_exist_and_they_follow(qtbot, paper_model):
    window = MainWindow(paper_model, interactive=False)
    qtbot.addWidget(window)
    at_first_paint = []
    window.first_painted.connect(lambda: at_first_paint.append((_docks(window), _texts(window.analysis_menu))))
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert at_first_paint == [([], [])]
    assert _docks(window) == ["register-dock", "robustness-dock"]
    assert not window.robustness.isVisible() and not window.register_dock.isVisible()
    assert window.robustness.view.active  # it was built after first_painted and still computes
    basis = [action.text() for action in window.results.basis_bar.actions.values()]
    assert _texts(window.analysis_menu) == [window.robustness.action.text(), "—", *basis]
    assert _texts(window.risks_menu) == [a.text() for a in window.register_dock.actions_by_page.values()]
    assert window.register_dock.actions_by_page["register"].shortcut().toString() == "Ctrl+Shift+K"


def test_a_window_never_shown_builds_its_docks_when_first_asked(qtbot, paper_model):
    window = MainWindow(paper_model, interactive=False)
    qtbot.addWidget(window)
    assert _docks(window) == []
    window.register_dock.show_page("controls")
    assert _docks(window) == ["register-dock", "robustness-dock"]
    assert window.register_dock.tabs.currentWidget() is window.register_dock.controls
    assert window.robustness is window.robustness  # built once
    assert not window.robustness.view.active  # it computes only once the window has painted
    window.end_session()


def test_a_saved_layout_with_an_open_dock_opens_it_again(qtbot, paper_model, tmp_path):
    first = MainWindow(paper_model, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.first_painted):
        first.show()
    first.register_dock.show_page("register")
    first.close()
    assert Settings().window_state != QByteArray()
    again = MainWindow(paper_model, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.first_painted):
        again.show()
    qtbot.waitUntil(lambda: again.register_dock.isVisible())
    assert not again.robustness.isVisible()
    again.end_session()


def test_closing_before_the_docks_exist_keeps_the_saved_open_dock(qtbot, paper_model, tmp_path):
    first = MainWindow(paper_model, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(first)
    first.robustness.show_view()
    first.close()
    unshown = MainWindow(paper_model, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(unshown)
    unshown.close()  # the restored layout waited for docks that this window never built
    again = MainWindow(paper_model, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(again)
    assert again.robustness.isVisibleTo(again)
    again.end_session()


def test_a_language_rebuild_keeps_an_open_dock_open(qtbot, arabic, rebuildable_window, paper_model):  # noqa: F811
    window = rebuildable_window(paper_model)
    window.robustness.show_view()
    window.rebuild()
    again = rebuilt(qtbot, window)
    qtbot.waitUntil(lambda: again.robustness.isVisible())
    assert shiboken6.isValid(again) and not again.register_dock.isVisible()


def test_a_menu_shortcut_typed_into_a_field_works_from_the_first_paint_on(qtbot, paper_model, monkeypatch):
    window = MainWindow(paper_model, interactive=False)
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(window.report_actions, "ask_export_path", lambda: asked.append(1))
    field = X11LineEdit("Economic", window.inspector)  # a field that claims Ctrl+E for itself
    with qtbot.waitSignal(window.first_painted):
        window.show()
    focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1] and field.text() == "Economic"
    window.end_session()


def _layout(window) -> list:
    results = window.results
    tabs = results.tabs
    return [[tabs.tabText(i) for i in range(tabs.count())], tabs.currentIndex(), window.main_split.sizes(),
            window.centre.sizes(), results.ranking_split.sizes(),
            *(w.geometry() for w in (results, tabs, tabs.currentWidget(), results.ranking_chart, results.ranking))]


def test_the_pages_behind_the_ranking_are_built_after_the_first_paint_and_nothing_shown_moves(qtbot, paper_model):
    window = MainWindow(paper_model, interactive=False)
    qtbot.addWidget(window)
    at_first_paint = []
    window.first_painted.connect(lambda: at_first_paint.append(
        (window.results.findChildren(ChartView) + window.results.findChildren(BenefitView), _layout(window))))
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: window.results.ranking_model.active)
    qtbot.wait(50)  # the layout settles on the next turns
    assert at_first_paint[0][0] == []
    assert at_first_paint[0][1] == _layout(window)
    results = window.results
    assert [results.tabs.widget(i) for i in (1, 3)] == [results.heat_map, results.benefit]
    assert results.tabs.widget(2).isAncestorOf(results.grid)
    assert results.grid_option.count() == len(paper_model.options) and results.cox.text()
    results.tabs.setCurrentWidget(results.heat_map)
    qtbot.waitUntil(lambda: results.heat_map.figure is not None and bool(results.heat_map.figure.axes), timeout=10_000)
    window.end_session()


def _inspector_layout(window) -> list:
    inspector = window.inspector
    return [window.centre.sizes(), window.main_split.sizes(), inspector.geometry(), inspector.currentIndex(),
            inspector.currentWidget().geometry()]


def test_the_inspector_builds_its_cell_and_option_pages_after_the_first_paint_and_nothing_shown_moves(
        qtbot, paper_model):
    from ui.widgets.cell_inspector import CellInspector
    from ui.widgets.option_inspector import OptionInspector

    window = MainWindow(paper_model, interactive=False)
    qtbot.addWidget(window)
    at_first_paint = []
    window.first_painted.connect(lambda: at_first_paint.append(
        (window.inspector.findChildren(CellInspector) + window.inspector.findChildren(OptionInspector),
         _inspector_layout(window))))
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: bool(window.inspector.findChildren(CellInspector)))
    qtbot.wait(50)  # the layout settles on the next turns
    assert at_first_paint[0][0] == []
    assert at_first_paint[0][1] == _inspector_layout(window)
    inspector = window.inspector
    assert inspector.currentWidget().widget() is inspector.criterion  # the page the first paint showed
    assert [inspector.widget(i).widget() for i in range(3)] == [inspector.cell, inspector.criterion, inspector.option]
    assert inspector.cell.heading.text() == "Select a cell of the score matrix."
    window.scores.select_cell("O1", "E1")
    assert inspector.currentWidget().widget() is inspector.cell and inspector.cell.heading.text().startswith("O1")
    window.end_session()


def test_an_inspector_never_shown_builds_its_pages_once_when_one_is_used(qtbot, paper_model):
    from ui.widgets.cell_inspector import CellInspector

    window = MainWindow(paper_model, interactive=False)
    qtbot.addWidget(window)
    assert window.inspector.findChildren(CellInspector) == []
    window.inspector.show_option("O2")
    assert window.inspector.currentWidget().widget() is window.inspector.option
    assert window.inspector.option.heading.text() == "Option O2"
    assert len(window.inspector.findChildren(CellInspector)) == 1 and window.inspector.cell is window.inspector.cell
    window.end_session()


def test_a_panel_never_shown_builds_its_pages_when_one_is_asked_for(qtbot, paper_model):
    window = MainWindow(paper_model, interactive=False)
    qtbot.addWidget(window)
    assert window.results.findChildren(ChartView) == []
    window.results.set_option("O3")
    assert window.results.grid_option.currentData() == "O3"
    assert window.results.tabs.widget(2).isAncestorOf(window.results.grid)
    assert len(window.results.findChildren(ChartView)) == 2  # built once
    window.end_session()


FIRST_PAINT = """
import os, sys
from ui.app import create_app, open_window
app = create_app()
window = open_window(None, interactive=False)
def painted():
    print(" ".join(sorted(sys.modules)), flush=True)
    made = (name for module in ("QtCore", "QtGui", "QtWidgets") for name in vars(sys.modules["PySide6." + module]))
    print(" ".join(made), flush=True)  # the Qt types made so far: PySide makes one when it is first named
    os._exit(0)
window.first_painted.connect(painted)
window.show()
app.exec()
"""
# What the first paint does not use, and a start-up pays heavily for: the edit kinds (28 dataclasses), the
# recovery session (uuid), the matplotlib views and the benefit tables of the hidden tabs, html's entity table,
# hashlib and pickle, the chart modules (only core.charts.base's colours are painted first), importlib.resources
# and calendar (the built-in file and the register's dates need neither), the export job and its runner
# (ui.workers), the view state, decimal (needed only for a number whose shortest form has an exponent) and the
# inspector's cell and option pages (the first paint shows its criterion page), and datetime (checking the
# register's dates needs only the days of a month).
NOT_BEFORE_THE_PAINT = ("core.edits.kinds", "core.edits.handlers", "ui.recovery", "uuid", "ui.widgets.chart_view",
                        "ui.widgets.benefit_view", "core.register.cox", "html", "hashlib", "pickle",
                        "core.charts.risk", "core.charts.residual", "core.charts.robustness", "core.charts.profiles",
                        "importlib.resources", "calendar", "ui.reports.job", "core.storage.view_state", "decimal",
                        "ui.workers", "ui.widgets.cell_inspector", "ui.widgets.option_inspector",
                        "datetime")
# The Qt types PySide makes only when first named, with every enum of theirs (Python enums are costly to make),
# that the first paint does not show: the dialogs and message boxes, icons (QAction(text, parent) and
# QPushButton(text, parent) test an overload with an icon first), gradients (QPainter.fillRect tests one with
# a gradient preset) and QStyle with its 19 enums.
NOT_MADE_BEFORE_THE_PAINT = ("QMessageBox", "QFileDialog", "QInputDialog", "QProgressDialog", "QDialog", "QIcon",
                             "QGradient", "QStyle", "QDockWidget")


@pytest.fixture(scope="module")
def at_first_paint() -> tuple[set[str], set[str]]:
    """The modules loaded and the Qt types made when a fresh window has painted."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT], cwd=root, env=env, capture_output=True, text=True,
                         check=True, timeout=120)
    modules, types = out.stdout.splitlines()[-2:]
    return set(modules.split()), set(types.split())


def test_a_fresh_window_paints_before_it_imports_what_the_paint_does_not_use(at_first_paint):
    loaded = at_first_paint[0]
    assert "ui.main_window" in loaded and "core.edits" in loaded
    assert sorted(loaded.intersection(NOT_BEFORE_THE_PAINT)) == []


def test_a_fresh_window_paints_before_it_makes_the_qt_types_the_paint_does_not_use(at_first_paint):
    made = at_first_paint[1]
    assert {"QMainWindow", "QTreeView", "QTableView", "QAction", "Qt"} <= made  # what it does show is listed
    assert sorted(made.intersection(NOT_MADE_BEFORE_THE_PAINT)) == []
