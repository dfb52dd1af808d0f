"""Every table model shows its numbers in the digits of the preference: cells, tool tips and headers.

With the Arabic-Indic preference no Western digit may reach a cell, except
inside an id (E1, O3, C12) and the analyst's own texts ("about 12-18 months"):
ids are names, and what the analyst wrote is shown as written. A cell that
holds a number rather than a text is read as the view's delegate writes it.
"""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from core.bilingual import text_paths
from core.sensitivity import study
from core.sensitivity.thresholds import thresholds
from tests.ui.conftest import OFFSCREEN_NOISE
from ui import i18n
from ui.models.ahp_matrix import AhpMatrixModel
from ui.models.controls_table import ControlsTableModel, EffectsTableModel
from ui.models.criteria_tree import CriteriaTreeModel
from ui.models.profile_tables import Column, ProfileChoiceModel, RowsModel, KINDS
from ui.models.ranking_table import RankingTableModel
from ui.models.register_table import RegisterTableModel
from ui.models.robustness_tables import MatrixTableModel, ThresholdTableModel
from ui.models.scales_table import ScaleTableModel
from ui.models.score_table import ScoreTableModel

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
# An id is letters then digits (E1, O3, POL2); a cell address or a date is not shown by these models.
ID = re.compile(r"\b[A-Za-z_]+\d+\b")
WESTERN = re.compile(r"[0-9]")


def models(document) -> list[tuple[str, object]]:
    """One of each table model of the window, filled from the paper's model (both bases ranked side by side)."""
    document.set_basis("both")
    ranking, moves = RankingTableModel(document), RankingTableModel(document, second=True)
    ranking.activate()
    moves.activate()
    effects = EffectsTableModel(document)
    effects.set_control(document.model.register.controls[0].id)
    limits = ThresholdTableModel()
    limits.set_thresholds(thresholds(study(document.model, document.profile(), document.method)),
                          {c.id: c.name for c in document.model.criteria})
    matrix = MatrixTableModel()
    matrix.set_matrix(["O1", "O2"], ["First", "Second"], ["Option", "First", "Second"], [[0.25, 0.75], [0.75, None]])
    rows = RowsModel([Column(kind, kind) for kind in KINDS])
    rows.set_rows([["text", 12, 3, 0.5, 0.25, 1.5, -2], ["more", 1234, 10, 0.125, -0.05, 2.0, 3]])
    choice = ProfileChoiceModel(("Profile", "Weight"))
    choice.set_names([p.name for p in document.model.profiles])
    choice.setData(choice.index(0, 1), 2.5)
    return [("scores", ScoreTableModel(document)), ("criteria", CriteriaTreeModel(document)),
            ("ranking", ranking), ("moves", moves), ("ahp", AhpMatrixModel(["A", "B"], [[1, 3], [1 / 3, 1]])),
            ("controls", ControlsTableModel(document)), ("effects", effects),
            ("register", RegisterTableModel(document)), ("likelihood", ScaleTableModel(document, "likelihood")),
            ("thresholds", limits), ("matrix", matrix), ("rows", rows), ("choice", choice)]


def written(value: object) -> str:
    """A cell's value as the view writes it: a text as it is, a number through the delegate (the locale)."""
    return value if isinstance(value, str) else QStyledItemDelegate().displayText(value, QLocale())


def texts(model, parent=QModelIndex()) -> list[str]:
    """Every cell's display text and tool tip (tree children included), and every header's a model words."""
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found += [written(index.data(role)) for role in ROLES if index.data(role) is not None]
            if column == 0 and model.rowCount(index):
                found += texts(model, index)
    if not parent.isValid():  # a header the model does not word is Qt's row number: not a number the model writes
        for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                                   (Qt.Orientation.Vertical, model.rowCount())):
            found += [model.headerData(s, orientation, role) for s in range(count) for role in ROLES
                      if isinstance(model.headerData(s, orientation, role), str)]
    return found


@pytest.fixture
def digits(qapp, monkeypatch):
    """Set the process's digits preference (English words); Western again afterwards."""
    language = i18n.Language()
    monkeypatch.setattr(i18n, "_CURRENT", language)

    def choose(preference: str) -> None:
        language.apply("en", preference)

    yield choose
    language.apply("en")


def western_digits(text: str, own: list[str]) -> str:
    """The Western digits of ``text`` (tags and escapes undone) outside ids and the analyst's texts ``own``."""
    text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    for words in own:
        text = text.replace(words, "")
    return "".join(WESTERN.findall(ID.sub("", text)))


@pytest.mark.parametrize("name", ["scores", "criteria", "ranking", "moves", "ahp", "controls", "effects", "register",
                                  "likelihood", "thresholds", "matrix", "rows", "choice"])
def test_every_cell_shows_its_numbers_in_the_preferred_digits(digits, document, name):
    own = sorted(text_paths(document.model).values(), key=len, reverse=True)
    digits("western")
    model = dict(models(document))[name]
    assert any(western_digits(t, own) for t in texts(model)), "the table shows numbers at all"
    digits("arabic")
    model = dict(models(document))[name]
    assert [t for t in texts(model) if western_digits(t, own)] == []


@pytest.mark.parametrize("preference", ["western", "arabic"])
def test_the_ranking_bars_write_ranks_and_scores_in_the_preferred_digits(digits, qtbot, make_window, paper_model,
                                                                          preference):
    digits(preference)
    window = make_window(paper_model)
    window.document.set_basis("both")
    qtbot.waitUntil(lambda: bool(window.results.second_chart.labels()))
    for chart in (window.results.ranking_chart, window.results.second_chart):
        bars = chart.layout_shown.bars
        numbers = "".join(bar.label.partition(". ")[0] + bar.text for bar in bars)
        assert [bar.label.partition(". ")[0] for bar in bars] == [i18n.shown(str(bar.rank)) for bar in bars]
        assert [i18n.western(bar.text) for bar in bars] == [f"{bar.value:.3g}" for bar in bars]
        assert bool(WESTERN.search(numbers)) == (preference == "western")


def test_the_robustness_views_and_an_smaa_run_write_every_number_in_arabic_indic_digits(qtbot, make_window, paper_model,
                                                                                         monkeypatch):
    from core.bilingual import localized
    from tests.ui.test_arabic_messages import visible_texts
    from tests.ui.test_robustness_view import idle_smaa, run_smaa_with, shown_view

    language = i18n.Language()
    monkeypatch.setattr(i18n, "_CURRENT", language)
    assert language.apply("ar", "arabic")
    try:
        model = localized(paper_model, "ar")
        own = sorted(text_paths(model).values(), key=len, reverse=True)
        window = make_window(model)
        view = shown_view(qtbot, window)
        qtbot.waitUntil(lambda: view.quick is not None, timeout=10_000)
        pages = []
        for page in (view.weights, view.tornado):
            view.tabs.setCurrentWidget(page)
            pages.append(visible_texts(page))
        panel = idle_smaa(qtbot, view)
        run_smaa_with(qtbot, panel, samples=2000, seed=7)
        pages += [visible_texts(panel), [panel.samples.text()]]
    finally:
        language.apply("en")
    assert [t for texts in pages for t in texts if western_digits(t, own)] == []


def test_the_register_summary_writes_its_counts_and_date_in_the_preferred_digits(digits, qtbot, document):
    from datetime import date

    from ui.widgets.register_view import RegisterView

    digits("arabic")
    view = RegisterView(document, lambda: date(2026, 6, 1))
    qtbot.addWidget(view)
    assert "٨٥" in view.summary.text() and "٢٠٢٦-٠٦-٠١" in view.summary.text()
    assert western_digits(view.summary.text(), []) == ""


def test_a_core_message_the_window_shows_writes_its_numbers_in_the_preferred_digits(digits):
    from core.errors import ModelError
    from core.model import Profile
    from core.profile_notices import fitted_profile
    from tests.core.test_profile_notices import MODEL

    notice = fitted_profile(MODEL, Profile("Team 12", {"c1": 3, "C2": 1}))[1][0]
    digits("arabic")
    for shown_text in (i18n.core_message(notice), i18n.message_of(ModelError(notice))):
        assert "matches ٢ of the model's ٣ criteria (C1, C2)" in shown_text and "'Team 12'" in shown_text
    digits("western")
    assert "matches 2 of the model's 3 criteria" in i18n.core_message(notice)
