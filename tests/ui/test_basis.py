"""The window's basis switch driven through its real widgets: inherent, residual, both side by side.

The residual oracle is built by hand here (inherent level minus the levels of
the controls that count, never below 1), not by the code under test, so that
"the residual ranking equals the ranking of a model whose scores are the
residual ones" can fail.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.analysis import evaluate, problem
from core.model import Bands, label
from core.profiles import compare
from core.register import Control, Effect, Register
from core.storage.view_state import read_project_state
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.dialogs.profile_compare import CompareDialog
from ui.robustness.smaa import AUTO_SAMPLES

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

# In place: two likelihood levels off O5's sovereignty and escalation risks (20 each), which puts O5 first.
IN_PLACE = Control("C1", "Faction coordination", status="in place",
                   effects=(Effect("O5", "P5", 2, 0), Effect("O5", "S1", 2, 0)))
# Planned: O2's readiness gaps from L4 I4 down by 4 levels (floored at 1) and intelligence loss by one impact level.
PLANNED = Control("C2", "Advisory schedule", status="planned",
                  effects=(Effect("O2", "R3", 4, 0), Effect("O2", "R5", 0, 1)))


@pytest.fixture
def controlled(paper_model):
    """The paper's model with one control in place and one planned."""
    return paper_model.replace(register=Register(controls=(IN_PLACE, PLANNED)))


def by_hand(model, include_planned: bool = False):
    """``model`` with every cell lowered by the counting controls' levels, floored at 1 (the oracle)."""
    scores = dict(model.scores)
    for control in model.register.controls:
        if control.status == "in place" or include_planned:
            for e in control.effects:
                s = scores[(e.option, e.factor)]
                scores[(e.option, e.factor)] = s.replace(likelihood=max(1, s.likelihood - e.likelihood),
                                                         impact=max(1, s.impact - e.impact))
    return model.replace(scores=scores)


def choose(qtbot, window, basis: str) -> None:
    combo = window.results.basis_bar.combo
    combo.setCurrentIndex(combo.findData(basis))
    assert window.document.basis == basis
    qtbot.waitUntil(lambda: window.results.ranking_model.basis() == window.document.bases[0])


def ranking(model, window) -> list[dict]:
    return evaluate(model, window.document.profile(), window.document.method).ranking()


def test_switching_to_residual_reranks_on_the_residual_scores(qtbot, make_window, controlled):
    window = make_window(controlled)
    inherent = window.results.ranking_model.rows()
    assert inherent == ranking(controlled, window) and not window.results.basis_bar.rule.isVisible()
    choose(qtbot, window, "residual")
    rows = window.results.ranking_model.rows()
    assert rows == ranking(by_hand(controlled), window)
    assert rows[0]["option"] == "O5" != inherent[0]["option"]
    from core.register.residual import RULE

    assert window.results.basis_bar.rule.isVisible() and RULE in window.results.basis_bar.rule.text()
    assert not window.results.second_ranking.isVisible()
    page = window.results.ranking_split
    qtbot.waitUntil(lambda: window.results.ranking.width() > 0.9 * page.width())  # one basis: the whole width
    choose(qtbot, window, "inherent")
    assert window.results.ranking_model.rows() == inherent


def test_both_shows_the_two_rankings_side_by_side(qtbot, make_window, controlled):
    window = make_window(controlled)
    choose(qtbot, window, "both")
    results = window.results
    assert results.second_ranking.isVisible() and results.second_chart.isVisible()
    qtbot.waitUntil(lambda: abs(results.ranking.width() - results.second_ranking.width()) <= 2)  # halves
    assert [h.text() for h in results.headings] == ["Inherent risk", "Residual risk"]
    assert results.ranking_model.rows() == ranking(controlled, window)
    before = {r["option"]: r["rank"] for r in ranking(controlled, window)}
    assert results.second_model.rows() == [{**r, "move": before[r["option"]] - r["rank"]}
                                           for r in ranking(by_hand(controlled), window)]
    top = results.second_model.index(0, 3)
    assert results.second_model.columnCount() == 4 == results.ranking_model.columnCount() + 1
    assert top.data() == "+1" and top.data(Qt.ItemDataRole.EditRole) == 1  # O5: second inherent, first residual
    window.draw_charts()
    assert results.ranking_chart.labels()[0].startswith("1. O3")
    assert results.second_chart.labels()[0].startswith("1. O5")
    assert results.second_chart.layout_shown.high == results.ranking_chart.layout_shown.high  # one score axis
    choose(qtbot, window, "residual")
    assert not results.second_ranking.isVisible() and results.second_model.rows() == []


def test_include_planned_is_one_undo_step_and_the_ranking_follows(qtbot, make_window, controlled):
    window = make_window(controlled)
    choose(qtbot, window, "residual")
    before = window.results.ranking_model.rows()
    planned = window.results.basis_bar.planned
    assert not planned.isChecked()
    planned.click()
    assert window.document.model.register.include_planned and window.document.undo_stack.count() == 1
    assert window.results.ranking_model.rows() == ranking(by_hand(controlled, include_planned=True), window)
    assert window.results.ranking_model.rows() != before
    window.undo_action.trigger()
    assert not window.document.model.register.include_planned and not planned.isChecked()
    assert window.results.ranking_model.rows() == before
    window.redo_action.trigger()
    assert planned.isChecked()


def test_the_robustness_view_never_shows_the_other_basis(qtbot, make_window, controlled):
    window = make_window(controlled)
    view = window.robustness.view
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.robustness.action.trigger()
    assert view.quick.subject.basis == "inherent"
    assert (view.quick.study.problem.matrix == problem(controlled).matrix).all()
    combo = window.results.basis_bar.combo
    combo.setCurrentIndex(combo.findData("residual"))
    assert view.quick is None  # at once: the inherent results leave the pages before the residual ones come
    qtbot.waitUntil(lambda: view.quick is not None, timeout=10_000)
    assert view.quick.subject.basis == "residual"
    assert (view.quick.study.problem.matrix == problem(by_hand(controlled)).matrix).all()
    assert "On residual risk" in view.basis.text()
    combo.setCurrentIndex(combo.findData("both"))  # both: robustness analyses residual risk, and says so
    qtbot.waitUntil(lambda: view.quick is not None and not view.timer.isActive(), timeout=10_000)
    assert view.quick.subject.basis == "residual" and "both" in view.basis.text()


def test_a_monte_carlo_run_of_one_basis_is_never_shown_as_the_other(qtbot, make_window, controlled):
    window = make_window(controlled)
    view = window.robustness.view
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.robustness.action.trigger()
    panel = view.smaa
    view.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.outcome is not None and not panel.runner.busy(), timeout=10_000)
    assert panel.outcome.job.subject.basis == "inherent"
    panel.samples.setValue(AUTO_SAMPLES + 1)  # too large to re-run by itself: the old result stays, marked
    window.document.set_basis("residual")
    assert panel.stale and "basis" in panel.status.text()
    with qtbot.waitSignal(panel.runner.finished, timeout=10_000):
        panel.run()
    assert not panel.stale and panel.outcome.job.subject.basis == "residual"
    assert (panel.outcome.study.problem.matrix == problem(by_hand(controlled)).matrix).all()


def test_without_controls_residual_is_still_another_subject(qtbot, make_window, paper_model):
    window = make_window(paper_model.replace(register=Register()))
    view = window.robustness.view
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.robustness.action.trigger()
    inherent = view.quick.subject
    window.document.set_basis("residual")
    assert window.document.analysed() is window.document.model  # no control: the very same model object
    assert view.quick is None and window.document.subject() != inherent
    qtbot.waitUntil(lambda: view.quick is not None, timeout=10_000)
    assert view.quick.subject.basis == "residual"
    assert "equals inherent risk" in window.results.basis_bar.rule.text()


def test_the_basis_is_saved_with_the_project_and_reopens(qtbot, make_window, controlled, tmp_path):
    window = make_window(controlled)
    choose(qtbot, window, "both")
    assert window.isWindowModified() is False  # a view choice, like the method: not an edit of the model
    path = tmp_path / "controls.mizan"
    window.document.save(str(path))
    assert read_project_state(path)[1].basis == "both"
    other = make_window(controlled)
    assert other.files.open_path(str(path))
    assert other.document.basis == "both" and other.results.basis_bar.combo.currentData() == "both"
    qtbot.waitUntil(lambda: [r["option"] for r in other.results.second_model.rows()]
                    == [r["option"] for r in ranking(by_hand(controlled), other)])


def test_compare_profiles_compares_on_the_window_basis(qtbot, make_window, controlled):
    window = make_window(controlled)
    dialog = CompareDialog(window.document, window)
    qtbot.addWidget(dialog)
    profiles = dialog.chosen_profiles()
    inherent = compare(controlled, profiles, dialog.method.currentData())
    assert dialog.comparison.top == inherent.top
    choose(qtbot, window, "residual")
    residual = compare(by_hand(controlled), profiles, dialog.method.currentData())
    assert dialog.comparison.top == residual.top != inherent.top
    assert "residual" in dialog.basis.text()
    choose(qtbot, window, "both")
    headers = [dialog.ranks_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(dialog.ranks_model.columnCount())]
    first = headers.index(f"{profiles[0].name} · inherent")
    assert headers[first + 1] == f"{profiles[0].name} · residual"  # a profile's two bases side by side
    o5 = next(row for row in dialog.ranks_model.rows() if row[0] == "O5")
    assert o5[first + 1] == next(r for r in residual.rank_change if r.option == "O5").ranks[profiles[0].name]
    bases = dialog.pairs_model.column_values(0)
    assert bases.count("Inherent risk") == bases.count("Residual risk") == len(profiles) * (len(profiles) - 1) // 2
    dialog.close()


def test_the_grid_draws_arrows_on_residual_and_says_what_cox_finds(qtbot, make_window, controlled):
    window = make_window(controlled)
    results = window.results
    assert "passes Cox's (2008)" in results.cox.text()
    results.tabs.setCurrentIndex(2)
    results.set_option("O5")
    choose(qtbot, window, "residual")
    window.draw_charts()
    qtbot.waitUntil(lambda: results.grid.figure is not None and any(
        getattr(t, "arrow_patch", None) for t in results.grid.figure.axes[0].texts), timeout=10_000)


def test_a_colouring_that_fails_cox_is_said_plainly_with_the_cells(qtbot, make_window, paper_model):
    # Everything above 4 is Extreme: L5 × I1 (5) is Extreme beside L4 × I1 (4), Low, with no band between.
    bands = Bands(upper=(4, 4.5, 4.8, 25))
    window = make_window(paper_model.replace(bands=bands))
    text = window.results.cox.text()
    assert "fails Cox's (2008)" in text and "L4 × I1 (4, Low)" in text
    from core.register.cox import check_bands

    findings = check_bands(bands).findings
    assert len(findings) > 6 and all(f in window.results.cox.toolTip() for f in findings)


def test_what_the_controls_buy_per_option_and_per_control(qtbot, make_window, controlled):
    window = make_window(controlled)
    view = window.results.benefit
    window.results.tabs.setCurrentWidget(view)
    profile = window.document.profile()
    weights = controlled.global_weights(profile)
    rows = {row[0].split()[0]: row for row in view.options_model.rows()}
    inherent, residual = controlled, by_hand(controlled)
    for option in ("O1", "O5"):
        before = sum(weights[f.id] * inherent.score(option, f.id).number for f in controlled.factors)
        after = sum(weights[f.id] * residual.score(option, f.id).number for f in controlled.factors)
        assert rows[option][1:4] == pytest.approx([before, after, before - after])
    assert rows["O1"][3] == 0 and rows["O5"][3] > 0
    c1, c2 = view.controls_model.rows()
    drop_o5 = rows["O5"][3]
    assert c1[1] == "yes" and c1[2] == pytest.approx(drop_o5)  # the only counting control buys the whole drop
    assert c2[1] == "no (planned)" and c2[2] > 0  # what it would take off if it counted
    from core.register.benefit import NOTE

    assert "never below 1" in view.notes.text() and NOTE in view.notes.text()
    window.document.set_weight(controlled.criteria[0].id, 0.9)  # the figures follow the weights
    assert view.options_model.rows()[0][1] != rows["O1"][1]


def test_a_profile_import_previews_its_ranking_on_the_window_basis(qtbot, make_window, controlled, tmp_path):
    from core.storage.profile_file import write_profile_file

    window = make_window(controlled)
    choose(qtbot, window, "residual")
    incoming = controlled.profile("Sovereignty first").replace(name="From a colleague")
    path = tmp_path / "colleague.mizanprofile"
    write_profile_file(path, incoming, "en")
    dialog = window.profile_actions.import_path(str(path))
    qtbot.addWidget(dialog)
    residual = by_hand(controlled)
    assert dialog.match.preview.ranking() == evaluate(residual, dialog.match.profile, dialog.match.method).ranking()
    now = {r["option"]: r["rank"] for r in ranking(residual, window)}
    assert dialog._ranks_now() == now
    dialog.reject()


def test_the_analysis_menu_switches_the_basis_and_the_planned_controls(qtbot, make_window, controlled):
    window = make_window(controlled)
    bar = window.results.basis_bar
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    assert bar.actions["both"] in menu.actions() and bar.actions["planned"] in menu.actions()
    bar.actions["both"].trigger()
    assert window.document.basis == "both" and bar.combo.currentData() == "both"
    bar.actions["planned"].trigger()
    assert window.document.model.register.include_planned and bar.planned.isChecked()
    window.undo_action.trigger()
    assert not bar.actions["planned"].isChecked() and not bar.planned.isChecked()
    bar.combo.setCurrentIndex(bar.combo.findData("inherent"))
    assert bar.actions["inherent"].isChecked() and not bar.actions["both"].isChecked()


def test_the_second_ranking_table_passes_the_model_tester(qtbot, qtmodeltester, make_window, controlled):
    window = make_window(controlled)
    choose(qtbot, window, "both")
    qtmodeltester.check(window.results.second_model)
    choose(qtbot, window, "inherent")
    qtmodeltester.check(window.results.second_model)


def test_controls_meeting_on_a_cell_show_what_they_take_off_jointly(qtbot, make_window, controlled):
    # A second control in place on O5 × P5 beside C1: L5 → 3 by C1, → 2 with both; alone each takes off less.
    both = Control("C3", "Intelligence sharing", status="in place", effects=(Effect("O5", "P5", 1, 1),))
    model = controlled.replace(register=controlled.register.replace(controls=(*controlled.register.controls, both)))
    window = make_window(model)
    view = window.results.benefit
    window.results.tabs.setCurrentWidget(view)
    options, controls = view.options_model.rows(), view.controls_model.rows()
    o5 = [o.id for o in model.options].index("O5")
    counting = [row for row in controls if row[1] == "yes"]
    joint = controls[-1]
    assert joint[0] == "Taken off jointly" and joint[3 + o5] > 0
    drop = options[o5][3]
    assert sum(row[3 + o5] for row in counting) + joint[3 + o5] == pytest.approx(drop)


MEETING = Control("C3", "Intelligence sharing", status="in place", effects=(Effect("O5", "P5", 1, 1),))


@pytest.mark.parametrize("which", ["apart", "meeting", "paper"])
def test_a_joint_row_exactly_when_the_table_would_show_a_joint_part(qtbot, make_window, controlled, paper_model,
                                                                  which):
    # The paper's contributions are float sums: a rest that reads 0.000 must not show as a row of zeros.
    controls = {"apart": controlled.register.controls, "meeting": (*controlled.register.controls, MEETING),
                "paper": paper_model.register.controls}[which]
    base = paper_model if which == "paper" else controlled
    model = base.replace(register=base.register.replace(controls=controls, include_planned=True))
    window = make_window(model)
    view = window.results.benefit
    window.results.tabs.setCurrentWidget(view)
    rows = [row[0] for row in view.controls_model.rows()]
    assert rows[:len(controls)] == [label(c.id, c.name) for c in controls]
    visible = any(round(view.benefits.joint(o.id), 3) for o in model.options)
    assert (rows[-1] == "Taken off jointly") == visible
    if which != "paper":
        assert visible == (which == "meeting")
