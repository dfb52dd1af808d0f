"""The window, its docks and every dialog in Arabic: right to left, Arabic titles, pictures for a reviewer.

With MIZAN_SHOTS set, each screen is saved under ``arabic/`` for a reader of
Arabic to look at (tests/ui/shots.py); the assertions hold either way.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from core.bilingual import localized
from core.charts.base import OTHER_COLOR
from core.charts.risk import ranking_layout
from core.register.import_map import propose, read_table
from core.reports.score_import import preview_import
from tests.core.register.register_files import write_xlsx
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from tests.ui.test_profile_dialogs import foreign
from tests.ui.test_report_actions import edited_workbook
from ui import i18n
from ui.dialogs.ahp import AhpDialog
from ui.dialogs.common import sibling_set
from ui.dialogs.points import PointsDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.dialogs.profile_combine import CombineDialog
from ui.dialogs.profile_compare import CompareDialog
from ui.dialogs.register_import import RegisterImportDialog
from ui.dialogs.score_import import ScoreImportDialog
from ui.dialogs.swing import SwingDialog
from ui.widgets.ranking_bars import RankingBars

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
RTL = Qt.LayoutDirection.RightToLeft
ARABIC = re.compile("[\u0600-\u06ff]")
FOLDER = "arabic"


@pytest.fixture
def arabic(qapp, monkeypatch):
    """The process's language is Arabic, from the built catalogue; English again afterwards."""
    language = i18n.Language()
    monkeypatch.setattr(i18n, "_CURRENT", language)
    assert language.apply("ar"), "the Arabic catalogue is built by the Makefile (make test)"
    yield language
    language.apply("en")


def opened(qtbot, dialog, name: str):
    """``dialog`` shown, checked right to left with an Arabic title, and pictured."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == RTL
    assert ARABIC.search(dialog.windowTitle()), f"{name}: {dialog.windowTitle()!r}"
    shot(dialog, name, FOLDER)
    return dialog


def test_the_weighting_dialogs_open_in_arabic(qtbot, arabic, paper_model):
    # On the model as the Arabic window holds it: its Arabic names, as a reader sees them.
    group = sibling_set(localized(paper_model, "ar"), "ECO", "Economic")
    assert all(ARABIC.search(name) for name in group.labels())
    shares = [0.2] * 5
    opened(qtbot, AhpDialog(group, shares, {}), "weighting-ahp")
    opened(qtbot, PointsDialog(group, shares), "weighting-points")
    opened(qtbot, SwingDialog(group, shares), "weighting-swing")


def test_the_preferences_and_import_dialogs_open_in_arabic(qtbot, arabic, paper_model, tmp_path):
    opened(qtbot, PreferencesDialog("ar", "western"), "preferences")
    opened(qtbot, ScoreImportDialog(preview_import(paper_model, edited_workbook(tmp_path, paper_model))),
           "score-import")
    table = read_table(write_xlsx(tmp_path / "register.xlsx"))
    opened(qtbot, RegisterImportDialog(paper_model, table, propose(table)), "register-import")


def test_the_profile_dialogs_open_in_arabic(qtbot, arabic, make_window, paper_model, tmp_path):
    window = make_window(paper_model)
    opened(qtbot, CompareDialog(window.document, window), "profiles-compare")
    combine = opened(qtbot, CombineDialog(window.document, window), "profiles-combine")
    # The analysts' shares wrap in a narrow pane: never between a share and its "%".
    assert "%" in combine.notes.text() and " %" not in combine.notes.text()
    preview = window.profile_actions.import_path(str(foreign(tmp_path)))
    qtbot.waitExposed(preview)
    assert preview.layoutDirection() == RTL and ARABIC.search(preview.windowTitle())
    shot(preview, "profile-import", FOLDER)


def test_the_window_and_its_docks_in_arabic(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    window.resize(1366, 768)
    window.draw_charts()
    qtbot.wait(50)
    shot(window, "window", FOLDER)
    window.robustness.show_view()
    qtbot.waitUntil(lambda: window.robustness.isVisible() and window.robustness.view.quick is not None,
                    timeout=20_000)
    shot(window, "window-robustness", FOLDER)
    window.robustness.hide()
    for page in ("register", "controls", "scales"):
        window.register_dock.show_page(page)
        qtbot.wait(20)
        assert ARABIC.search(window.register_dock.windowTitle())
        shot(window, f"window-{page}", FOLDER)
    assert window.layoutDirection() == RTL


def _bar_columns(chart: RankingBars) -> list[int]:
    """The x of every pixel of the second-ranked (plain) bar's colour."""
    image = chart.grab().toImage()
    colour = QColor(OTHER_COLOR).rgb()
    return [x for x in range(image.width()) for y in range(0, image.height(), 3) if image.pixel(x, y) == colour]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, RTL])
def test_the_ranking_chart_grows_from_the_reading_edge(qtbot, direction):
    layout = ranking_layout(["O1 first", "O2 second"], [10.0, 2.0], [1, 2])
    chart = RankingBars(lambda: (layout, "score"))
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.resize(400, 200)
    chart.enable()
    columns = _bar_columns(chart)
    # The short bar starts at the zero of the axis: the left edge left to right, the right edge mirrored.
    assert columns
    if direction == RTL:
        assert min(columns) > chart.width() / 2 and max(columns) > chart.width() - 20
    else:
        assert max(columns) < chart.width() / 2 and min(columns) < 20


def test_the_export_progress_dialog_is_arabic(qtbot, arabic, make_window, paper_model, tmp_path):
    window = make_window(paper_model)
    actions = window.report_actions
    actions.warn = lambda title, text: pytest.fail(text)
    actions.start_export(tmp_path / "report.xlsx")
    progress = actions.progress
    progress.setValue(420)  # part-way, as a reader sees it while the report is computed
    opened(qtbot, progress, "export-progress")
    texts = [progress.labelText(), *(button.text() for button in progress.findChildren(QPushButton))]
    assert all(ARABIC.search(text) for text in texts), texts
    actions.runner.cancel()
    qtbot.waitUntil(lambda: not actions.busy(), timeout=60_000)
