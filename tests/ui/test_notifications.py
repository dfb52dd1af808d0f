"""The document says what changed, once per kind, and each view follows only what it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QRegion

from core.edits import Batch, SetCriterion, SetIncludePlanned, SetScore
from core.methods import REGISTRY
from ui.document import Document
from ui.bidi import formula
from ui.i18n import shown
from ui.models.criteria_tree import GLOBAL, LOCAL
from ui.models.ranking_table import SCORE
from ui.widgets.basis_bar import BasisBar
from ui.widgets.results_panel import ResultsPanel

KINDS = ("structure_changed", "scores_changed", "weights_changed", "analysis_changed", "locks_changed",
         "ranking_changed", "changed", "modified_changed")


class Recorder:
    """Counts the document's notifications by name."""

    def __init__(self, document: Document) -> None:
        self.counts = dict.fromkeys(KINDS, 0)
        for name in KINDS:
            getattr(document, name).connect(lambda *_a, n=name: self._count(n))

    def _count(self, name: str) -> None:
        self.counts[name] += 1

    def take(self) -> dict[str, int]:
        """The notifications since the last call, only those emitted."""
        emitted = {name: count for name, count in self.counts.items() if count}
        self.counts = dict.fromkeys(KINDS, 0)
        return emitted


@pytest.fixture
def recorder(document) -> Recorder:
    return Recorder(document)


def test_a_weight_edit_says_weights_once_and_nothing_about_scores(document, recorder):
    assert document.set_weight("E1", 0.4)
    # The first weight edit also gives the profile unsaved changes: the selector marks it ("Equal weights *").
    assert recorder.take() == {"weights_changed": 1, "analysis_changed": 1, "ranking_changed": 1, "changed": 1,
                               "modified_changed": 1}
    assert document.is_profile_modified()
    assert document.set_weight("E1", 0.5)
    assert recorder.take() == {"weights_changed": 1, "ranking_changed": 1, "changed": 1}


def test_the_first_edit_after_a_save_is_one_change(document, recorder, tmp_path):
    document.save(str(tmp_path / "p.mizan"))
    assert recorder.take() == {"modified_changed": 1}
    document.apply(SetScore("O3", "E1", {"likelihood": 5}))
    assert recorder.take() == {"scores_changed": 1, "ranking_changed": 1, "changed": 1, "modified_changed": 1}
    document.undo_stack.undo()
    assert recorder.take() == {"scores_changed": 1, "ranking_changed": 1, "changed": 1, "modified_changed": 1}
    assert not document.is_modified()


def test_one_edit_of_several_parts_names_each_part_once(document, recorder):
    edit = Batch((SetCriterion("E1", {"name": "Renamed"}), SetScore("O3", "E1", {"likelihood": 5}),
                  SetScore("O2", "E1", {"likelihood": 4})))
    assert document.apply(edit)
    assert recorder.take() == {"structure_changed": 1, "scores_changed": 1, "ranking_changed": 1, "changed": 1,
                               "modified_changed": 1}


def test_profile_method_and_locks_are_told_apart(document, recorder):
    document.set_method("topsis")
    assert recorder.take() == {"analysis_changed": 1, "ranking_changed": 1, "changed": 1}
    document.set_locked("E1", True)
    assert recorder.take() == {"locks_changed": 1, "changed": 1}
    document.set_locked("E1", True)
    assert recorder.take() == {}


def test_loading_a_model_tells_every_view(document, recorder, paper_model):
    document.load(paper_model, None)
    emitted = recorder.take()
    assert emitted["structure_changed"] == emitted["ranking_changed"] == emitted["changed"] == 1
    assert emitted["modified_changed"] == 1


class Spy:
    """Counts a table model's resets and the cells its dataChanged covers."""

    def __init__(self, model) -> None:
        self.resets, self.ranges = 0, []
        model.modelReset.connect(lambda: setattr(self, "resets", self.resets + 1))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self.ranges.append(
            (top.row(), top.column(), bottom.row(), bottom.column())))


def test_a_weight_step_touches_only_the_views_that_show_weights(qtbot, window):
    window.document.set_weight("E1", 0.4)
    qtbot.wait(20)
    scores, tree, ranking = (Spy(m) for m in (window.scores.model, window.criteria.model,
                                               window.results.ranking_model))
    drawn = []
    heat_painter = window.results.heat_map._painter
    window.results.heat_map._painter = lambda: (drawn.append(1), heat_painter())[1]
    window.document.set_weight("E1", 0.6)
    qtbot.wait(20)
    assert scores.resets == 0 and scores.ranges == []
    assert drawn == []
    assert tree.resets == 0 and tree.ranges
    assert all(first == LOCAL and last == GLOBAL for _r, first, _b, last in tree.ranges)
    assert ranking.resets == 0 and ranking.ranges


def test_a_weight_step_leaves_the_basis_bar_alone_and_a_basis_or_controls_edit_reaches_it(qtbot, make_window,
                                                                                          paper_model, monkeypatch):
    shown = []
    refresh = BasisBar.refresh
    monkeypatch.setattr(BasisBar, "refresh", lambda bar: (shown.append(bar._document.basis), refresh(bar))[1])
    window = make_window(paper_model)
    bar = window.results.basis_bar
    window.document.set_weight("SEC", 0.3, merge_key=("drag", 4))  # the profile now has unsaved weights
    shown.clear()
    for share in (0.35, 0.4, 0.2):
        window.document.set_weight("SEC", share, merge_key=("drag", 4))
    assert shown == []
    window.document.set_basis("residual")
    assert shown == ["residual"] and bar.combo.currentData() == "residual" and bar.rule.isVisibleTo(window)
    window.document.apply(SetIncludePlanned(not window.document.model.register.include_planned))
    assert shown == ["residual"] * 2 and bar.planned.isChecked() == window.document.model.register.include_planned
    window.document.undo_stack.undo()
    assert shown == ["residual"] * 3 and bar.planned.isChecked() == window.document.model.register.include_planned


def test_a_weight_step_redraws_the_results_and_leaves_their_method_options_and_basis_alone(qtbot, make_window,
                                                                                          paper_model, monkeypatch):
    synced = []
    sync = ResultsPanel._sync_view
    monkeypatch.setattr(ResultsPanel, "_sync_view", lambda panel: (synced.append(panel._document.method), sync(panel))[1])
    window = make_window(paper_model)
    panel = window.results
    qtbot.waitUntil(lambda: panel.method.isEnabled() and bool(panel.ranking_chart.labels()))
    window.document.set_weight("SEC", 0.3, merge_key=("drag", 5))  # the profile now has unsaved weights
    synced.clear()
    for share in (0.35, 0.4, 0.25):
        window.document.set_weight("SEC", share, merge_key=("drag", 5))
    assert synced == []
    scores = [round(row["score"], 9) for row in panel.ranking_model.rows()]
    qtbot.waitUntil(lambda: [round(bar.value, 9) for bar in panel.ranking_chart.layout_shown.bars] == scores)
    other = next(name for name in REGISTRY if name != window.document.method)
    window.document.set_method(other)
    assert synced == [other] and panel.method.currentData() == other
    window.document.set_basis("both")
    assert synced == [other] * 2 and panel.second_ranking.isVisibleTo(window) and panel.headings[1].text()


def test_a_step_that_keeps_the_order_changes_the_ranking_s_scores_and_nothing_else(qtbot, window):
    ranking = window.results.ranking_model
    window.document.set_weight("SEC", 0.2, merge_key=("drag", 3))
    before = ranking.rows()
    spy = Spy(ranking)
    window.document.set_weight("SEC", 0.21, merge_key=("drag", 3))
    after = ranking.rows()
    assert [r["option"] for r in after] == [r["option"] for r in before]
    assert [r["score"] for r in after] != [r["score"] for r in before]
    assert spy.resets == 0 and spy.ranges and all(first == last == SCORE for _r, first, _b, last in spy.ranges)
    assert [ranking.index(n, SCORE).data() for n in range(ranking.rowCount())] == [
        formula(shown(f"{r['score']:.4g}")) for r in after]


class Paints(QObject):
    """Records the region of each paint of the widget it watches."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False


def test_a_weight_step_repaints_the_tree_s_changed_weights_and_no_other_column(qtbot, window):
    tree, model = window.criteria.tree, window.criteria.model
    window.document.set_weight("SEC", 0.3)
    qtbot.wait(20)
    cells = [model.index_of_id(node.id, column) for node, _, _ in window.document.model.walk()
             for column in (LOCAL, GLOBAL)]
    before = [cell.data() for cell in cells]
    paints = Paints(tree.viewport())
    window.document.set_weight("SEC", 0.45)
    qtbot.waitUntil(lambda: bool(paints.regions))
    painted = paints.regions[0]
    changed = [cell for cell, old in zip(cells, before) if cell.data() != old]
    assert len(changed) > len(cells) // 2  # most weights move: the group's own and every other row's global share
    assert all(painted.contains(tree.visualRect(cell)) for cell in changed)
    header = tree.header()
    left = header.sectionViewportPosition(LOCAL)
    right = header.sectionViewportPosition(GLOBAL) + header.sectionSize(GLOBAL)
    assert left <= painted.boundingRect().left() and painted.boundingRect().right() < right


def test_a_score_edit_updates_one_cell_of_the_matrix(qtbot, window):
    spy = Spy(window.scores.model)
    window.document.apply(SetScore("O3", "E1", {"likelihood": 5}))
    assert spy.resets == 0 and len(spy.ranges) == 1
    row, column, bottom, right = spy.ranges[0]
    assert (row, column) == (bottom, right)
    assert window.scores.model.index(row, column).data(Qt.ItemDataRole.DisplayRole).startswith("5×")


def test_the_ranking_chart_is_painted_once_per_turn_of_the_event_loop(qtbot, window):
    qtbot.waitUntil(lambda: bool(window.results.ranking_chart.labels()))
    refreshes = []
    chart = window.results.ranking_chart
    refresh = chart.refresh
    chart.refresh = lambda *a, **k: (refreshes.append(1), refresh(*a, **k))
    for share in (0.2, 0.3, 0.4, 0.5):
        window.document.set_weight("E1", share, merge_key=("drag", 1))
    qtbot.waitUntil(lambda: refreshes == [1])
    qtbot.wait(20)
    assert refreshes == [1]
    assert chart.layout_shown is not None and len(chart.labels()) == len(window.document.model.options)


def test_a_chart_is_rendered_off_the_gui_thread(qtbot, window, monkeypatch):
    import threading

    import ui.widgets.chart_view as chart_view

    threads, real_render = [], chart_view.render
    monkeypatch.setattr(chart_view, "render",
                        lambda *job: (threads.append(threading.current_thread()), real_render(*job))[1])
    window.results.tabs.setCurrentWidget(window.results.heat_map)
    qtbot.waitUntil(lambda: window.results.heat_map.figure is not None and bool(threads), timeout=10_000)
    assert threading.main_thread() not in threads
    assert window.results.heat_map.figure.axes


def test_the_weight_caption_follows_renames_and_undo_through_a_drag(qtbot, window):
    window.criteria.select("SEC")
    caption = window.criteria.weights.caption
    for share in (0.2, 0.3):
        window.document.set_weight("SEC", share, merge_key=("drag", 2))
    assert caption.full_text() == caption.toolTip() == "Local weight of SEC Security"
    window.document.apply(SetCriterion("SEC", {"name": "Safety"}))
    assert caption.full_text() == caption.toolTip() == "Local weight of SEC Safety"
    assert caption.text() in (caption.full_text(), caption.fontMetrics().elidedText(
        caption.full_text(), Qt.TextElideMode.ElideRight, caption.width()))
    window.document.undo_stack.undo()
    assert caption.full_text() == caption.toolTip() == "Local weight of SEC Security"
    window.criteria.select("E1")
    assert caption.full_text().startswith("Local weight of E1 ") and caption.toolTip() == caption.full_text()
