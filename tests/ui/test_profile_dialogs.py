"""The Profiles menu driven through its real dialogs: import preview, export, compare and combine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from core.bilingual import new_name
from core.consensus import consensus
from core.edits import AddProfile, local_shares
from core.model import Profile
from core.profiles import complete_profile
from core.storage.profile_file import MAX_BYTES, read_profile_file
from tests.conftest import value_model
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from ui.models.profile_tables import BOLD_ROLE, NAME, WEIGHT, Column, ProfileChoiceModel, RowsModel, format_value

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")
CHECKED = Qt.CheckState.Checked
HTML_NAME = "<b>Sara</b> & co's <i>view</i>"


def write(tmp_path: Path, data, name: str = "in.mizan-profile") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def foreign(tmp_path: Path, name: str = HTML_NAME) -> Path:
    """A profile written for another model: ids differ in case, spacing and Unicode form."""
    weights = {"e 1": 3, "Ｅ２": 2, "p5": 4, "escalation cycle between armed factions and US forces": 5,
               "ECO": 40, "pol": 20, "Bogus": 1}
    return write(tmp_path, {"format_version": 1, "profile": {"name": name, "author": "<script>x</script>",
                                                             "weights": weights}})


@pytest.fixture
def warnings(window, monkeypatch) -> list[str]:
    """The warnings the Profiles menu shows (instead of a modal box)."""
    shown: list[str] = []
    monkeypatch.setattr(window.profile_actions, "warn", shown.append)
    return shown


def labels_with(dialog, text: str) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel) if text in label.text()]


# ---- import ------------------------------------------------------------------

def test_the_profiles_menu_has_its_actions_and_shortcuts(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Profiles")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Profile &Details…", "&Import Profile…", "&Export Profile…", "&Compare Profiles…",
                     "Com&bine Profiles…"]
    assert [a.shortcut().toString() for a in menu.actions() if not a.isSeparator()] == [
        "", "Ctrl+Shift+I", "Ctrl+Shift+E", "Ctrl+Shift+C", "Ctrl+Shift+B"]


def test_import_preview_shows_matches_and_changes_nothing_until_apply(qtbot, window, paper_model, tmp_path):
    dialog = window.profile_actions.import_path(str(foreign(tmp_path)))
    qtbot.waitExposed(dialog)
    assert [row[:2] for row in dialog.matched_model.rows()] == [
        ["e 1", "E1"], ["Ｅ２", "E2"], ["p5", "P5"], ["escalation cycle between armed factions and US forces", "S1"],
        ["ECO", "ECO"], ["pol", "POL"]]
    assert dialog.matched_model.column_values(2) == ["id, loosely"] * 3 + ["name, loosely", "id", "id, loosely"]
    assert dialog.extra_model.rows() == [["Bogus"]]
    missing = dialog.missing_model.rows()
    security = next(row for row in missing if row[0] == "SEC")
    assert len(missing) == 15 and security[:3] == ["SEC", "Security", "top level"]
    # SEC keeps the share it has now (1 of 17 factors), not 1 on the file's scale of 40 and 20
    assert security[3] == pytest.approx(1 / 17)
    before = dialog.ranking_model.rows()
    dialog.missing_rule.setCurrentIndex(dialog.missing_rule.findData("zero"))
    security = next(row for row in dialog.missing_model.rows() if row[0] == "SEC")
    assert security[3] == 0 and dialog.ranking_model.rows() != before
    dialog.tabs.setCurrentIndex(1)
    shot(dialog, "04-import-missing-zero-rule")
    dialog.missing_rule.setCurrentIndex(dialog.missing_rule.findData("keep"))
    assert dialog.ranking_model.rows() == before
    assert "6 criteria matched, 15 missing, 1 extra" in dialog.summary.text()
    assert dialog.clash.isHidden()
    assert window.document.model == paper_model and window.document.undo_stack.count() == 0
    header = labels_with(dialog, HTML_NAME)
    assert header and all(label.textFormat() == Qt.TextFormat.PlainText for label in header)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.document.profile().name == HTML_NAME
    assert window.document.profile().weights["E2"] == 2 and "Bogus" not in window.document.profile().weights
    window.undo_action.trigger()
    assert window.document.model == paper_model


def test_import_preview_ranks_against_the_active_profile(window, tmp_path):
    dialog = window.profile_actions.import_path(str(foreign(tmp_path)))
    rows = dialog.ranking_model.rows()
    assert [row[0] for row in rows] == [1, 2, 3, 4, 5]
    assert [row[-1] for row in rows] == [row[-2] - row[0] for row in rows]
    assert format_value(-1, "signed") == "−1" and format_value(2, "signed") == "+2"
    dialog.reject()


def test_a_clashing_name_is_replaced_or_renamed(qtbot, window, paper_model, tmp_path):
    path = write(tmp_path, {"format_version": 1, "profile": {"name": "Equal weights", "weights": {"REG": 9}}})
    dialog = window.profile_actions.import_path(str(path))
    assert dialog.clash.isVisibleTo(dialog) and dialog.name_edit.text() == "Equal weights (2)"
    dialog.name_edit.setText("Economy first")
    assert not dialog.apply_button.isEnabled() and "taken" in dialog.name_problem.text()
    dialog.name_edit.setText("Equal (Sara)")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    sara = window.document.model.profile("Equal (Sara)")
    assert sara.weights["REG"] == 9.0 and local_shares(paper_model, sara, "E1") == local_shares(
        paper_model, paper_model.profile("Equal weights"), "E1")
    assert window.document.model.profile("Equal weights") == paper_model.profile("Equal weights")
    dialog = window.profile_actions.import_path(str(path))
    dialog.replace_button.setChecked(True)
    assert dialog.apply_button.isEnabled() and not dialog.name_edit.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    replaced = window.document.model.profile("Equal weights")
    assert replaced.weights["REG"] == 9.0 and local_shares(paper_model, replaced, "R1") == local_shares(
        paper_model, paper_model.profile("Equal weights"), "R1")
    assert len(window.document.model.profiles) == len(paper_model.profiles) + 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.model == paper_model


def nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


HOSTILE = [
    ('{"format_version": 1, "profile": {"name": "x", "weights": {"E1": NaN}}}', "not a number JSON allows"),
    ({"format_version": 1, "profile": {"name": "x", "weights": {"E1": -2}}}, "must be a number from 0 to"),
    ({"format_version": 1, "profile": {"name": "x", "weights": {"E1": True}}}, "must be a number"),
    ('{"format_version": 1, "profile": {"name": "x", "weights": {"E1": 1, "E1": 2}}}', "duplicate key 'E1'"),
    ({"format_version": 1, "profile": {"name": "x", "weights": {}, "settings": {"d": nested(60)}}}, "nested"),
    ('{"format_version": 1, "profile": {"name": "x", "notes": "' + "a" * MAX_BYTES + '"}}', "byte limit"),
    ({"format_version": 9, "profile": {}}, "newer Mizan"),
    ("<html><body>not a profile</body></html>", "not valid JSON"),
    ({"format_version": 1, "profile": {"name": "x", "weights": {"e1": 1, "E 1": 2}}}, "both give the weight"),
    ({"format_version": 1, "profile": {"name": "x", "weights": {"Nowhere": 1}}}, "none of its weights names"),
]


@pytest.mark.parametrize("content, message", HOSTILE)
def test_a_hostile_file_shows_a_message_and_changes_nothing(window, warnings, paper_model, tmp_path, content,
                                                            message):
    assert window.profile_actions.import_path(str(write(tmp_path, content))) is None
    [text] = warnings
    assert message in text and "nothing was changed" in text
    assert window.document.model == paper_model and window.document.undo_stack.count() == 0
    assert not [w for w in window.findChildren(QDialog) if w.isVisible()]


def test_a_missing_file_is_a_message(window, warnings, tmp_path):
    window.profile_actions.import_path(str(tmp_path / "gone.mizan-profile"))
    assert "no such file" in warnings[0]


# ---- export ------------------------------------------------------------------

def test_export_writes_the_active_profile_with_the_extension(window, warnings, tmp_path, monkeypatch):
    window.document.set_profile("Sovereignty first")
    asked: list[str] = []
    monkeypatch.setattr(window.profile_actions, "ask_export_path",
                        lambda suggestion: asked.append(suggestion) or str(tmp_path / "sov"))
    window.profile_actions.export_action.trigger()
    assert asked == ["Sovereignty first.mizan-profile"]
    exported, active = read_profile_file(tmp_path / "sov.mizan-profile"), window.document.profile()
    assert exported == complete_profile(window.document.model, active)  # every weight named
    assert window.document.model.global_weights(exported) == window.document.model.global_weights(active)
    assert "Exported" in window.statusBar().currentMessage() and not warnings


def test_export_suggests_a_safe_file_name_and_reports_a_failure(window, warnings, tmp_path, monkeypatch):
    from ui.actions.profiles import file_stem

    assert file_stem('a/b:c*"d"?') == "a_b_c__d__" and file_stem(" . ") == "profile"
    assert not window.profile_actions.export_to(str(tmp_path / "no" / "such" / "x.mizan-profile"))
    assert "could not be exported" in warnings[0]


# ---- compare -----------------------------------------------------------------

def two_criteria_model():
    """Hand-checked: under "C1 first" the ranks are A 1, B 2, C 3; under "C2 first" A 3, B 1, C 2.

    Pairs (A,B) and (A,C) are discordant, (B,C) concordant: tau = (1 − 2) / 3 = −1/3;
    rank differences −2, 1, 1: rho = 1 − 6·6 / (3·8) = −0.5.
    """
    model = value_model({"A": [3, 1], "B": [2, 3], "C": [1, 2]}, ["benefit", "benefit"], [1, 1])
    return model.replace(profiles=(Profile("C1 first", {"C1": 0.9, "C2": 0.1}),
                                   Profile("C2 first", {"C1": 0.1, "C2": 0.9})))


def test_compare_view_shows_the_hand_checked_tau(qtbot, qtmodeltester, make_window):
    window = make_window(two_criteria_model())
    view = window.profile_actions.show_compare()
    qtbot.waitExposed(view)
    [pair] = view.pairs_model.rows()
    assert pair[:5] == ["C1 first", "C2 first", pytest.approx(-1 / 3), pytest.approx(-0.5), "A / B"]
    assert view.pairs_model.index(0, 2).data() == "-0.333"
    assert view.ranks_model.rows()[0] == ["A", "A", 1, 3, 2]
    assert "A (2 places, between rank 1 and rank 3)" in view.moves.text()
    assert "C1 first puts A first, C2 first puts B first" in view.detail.text()
    # B ties A when 0.5·w1 = w2, i.e. at (2/3, 1/3): √2 · (0.9 − 2/3) = 0.330 from (0.9, 0.1).
    assert "move the global weights of C1 first by 33.0 points" in view.detail.text()
    assert "by projecting" in view.detail.text()
    for model in (view.weights_model, view.ranks_model, view.pairs_model, view.choice):
        qtmodeltester.check(model)


def test_compare_view_of_three_built_in_profiles(qtbot, window):
    view = window.profile_actions.show_compare()
    names = ["Equal weights", "Paper's emphasis", "Sovereignty first"]
    view.choice.set_chosen(names)
    assert view.comparison.profiles == tuple(names)
    assert len(view.pairs_model.rows()) == 3 and view.weights_model.columnCount() == 6
    assert view.weights_model.index(0, 0).data(BOLD_ROLE)  # the ECO group row
    view.tabs.setCurrentIndex(0)
    view.chart.refresh(now=True)
    qtbot.waitUntil(lambda: view.chart.figure is not None and len(view.chart.figure.axes) == 1)
    assert len(view.chart.figure.axes[0].patches) == 3 * 17
    view.method.setCurrentIndex(view.method.findData("topsis"))
    assert view.comparison.method == "topsis"
    view.choice.set_chosen(names[:1])
    assert view.comparison is None and "two or more" in view.status.text()
    assert view.pairs_model.rowCount() == 0
    assert window.profile_actions.show_compare() is view


def test_compare_view_follows_the_document(window, tmp_path):
    view = window.profile_actions.show_compare()
    dialog = window.profile_actions.import_path(str(foreign(tmp_path)))
    dialog.accept()
    assert view.choice.names()[-1] == HTML_NAME and HTML_NAME not in view.choice.chosen()
    row = view.choice.names().index(HTML_NAME)
    tip = view.choice.index(row, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Sara&lt;/b&gt;" in tip and "<b>" not in tip
    view.choice.set_chosen(["Equal weights", HTML_NAME])
    assert view.comparison.profiles == ("Equal weights", HTML_NAME)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels_with(view, "<b>Sara"))


def test_compare_lists_unsaved_weights_beside_their_profile_and_ranks_as_the_main_window(qtbot, window):
    document = window.document
    view = window.profile_actions.show_compare()
    qtbot.waitExposed(view)
    saved = [p.name for p in document.model.profiles]
    assert view.choice.names() == saved and document.profile().name == "Equal weights"
    unsaved = "Equal weights (unsaved changes)"
    assert document.set_weight("E1", 0.9)  # the working copy: the saved profile keeps equal weights
    position = saved.index("Equal weights") + 1
    assert view.choice.names() == [*saved[:position], unsaved, *saved[position:]]
    assert unsaved in view.choice.chosen()  # edited while open: it joins the comparison at once
    comparison = view.comparison
    assert comparison.weights[unsaved] == document.evaluation().weights
    assert comparison.weights["Equal weights"] != comparison.weights[unsaved]
    column = comparison.profiles.index(unsaved)
    ranks = {row[0]: row[2 + column] for row in view.ranks_model.rows()}
    assert ranks == {row["option"]: row["rank"] for row in document.evaluation().ranking()}
    headers = [view.weights_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(view.weights_model.columnCount())]
    assert headers.count(unsaved) == 1 and headers.count("Equal weights") == 1
    shot(view, "compare-unsaved-changes")
    assert document.revert_profile()
    assert view.choice.names() == saved and unsaved not in view.comparison.profiles


def test_compare_opened_on_unsaved_weights_ticks_them_with_the_rest(make_window, paper_model):
    window = make_window(paper_model.replace(profiles=paper_model.profiles[:1]))
    assert window.document.set_weight("E1", 0.9)
    view = window.profile_actions.show_compare()
    assert view.choice.chosen() == ["Equal weights", "Equal weights (unsaved changes)"]
    assert view.comparison.profiles == ("Equal weights", "Equal weights (unsaved changes)")
    taken = new_name(paper_model.profiles[0], "Equal weights (unsaved changes)")  # its Arabic name is the original's
    assert window.document.apply(AddProfile(taken))  # a saved profile of that name keeps it
    assert view.choice.names() == ["Equal weights", "Equal weights (unsaved changes) (2)",
                                   "Equal weights (unsaved changes)"]


# ---- combine -----------------------------------------------------------------

def test_combine_adds_the_consensus_profile_of_the_core(qtbot, qtmodeltester, window, paper_model):
    view = window.profile_actions.show_combine()
    qtbot.waitExposed(view)
    names = ["Equal weights", "Paper's emphasis", "Counter-terrorism first"]
    view.choice.set_chosen(names)
    choice = view.choice
    assert choice.setData(choice.index(0, WEIGHT), 2.0)
    assert not choice.setData(choice.index(1, WEIGHT), -1.0) and not choice.setData(choice.index(1, WEIGHT), "x")
    qtmodeltester.check(choice)
    qtmodeltester.check(view.table_model)
    assert view.name_edit.text() == "Consensus" and view.add_button.isEnabled()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    expected, spread = consensus(paper_model, [paper_model.profile(n) for n in names], [2, 1, 1], "mean",
                                 "Consensus")
    added = window.document.model.profile("Consensus")
    assert added == expected and window.document.profile().name == "Consensus"
    assert view.name_edit.text() == "Consensus (2)" and "Consensus" not in choice.chosen()
    assert "Added profile Consensus" in view.status.text()
    window.undo_action.trigger()
    assert window.document.model == paper_model


def test_combine_geometric_mean_spread_and_refusals(qtbot, window, paper_model):
    view = window.profile_actions.show_combine()
    names = ["Paper's emphasis", "Sovereignty first"]
    view.choice.set_chosen(names)
    view.geometric_button.setChecked(True)
    expected, spread = consensus(paper_model, [paper_model.profile(n) for n in names], None, "geometric_ahp",
                                 "Consensus")
    assert view.how_name() == "geometric_ahp" and view.combined[0].weights == expected.weights
    assert view.table_model.column_values(3) == pytest.approx(spread.std.tolist())
    view.chart.refresh(now=True)
    qtbot.waitUntil(lambda: view.chart.figure is not None and len(view.chart.figure.axes) == 2)
    view.name_edit.setText("Economy first")
    assert not view.add_button.isEnabled() and not view.add_profile()
    view.name_edit.setText("Team")
    view.choice.set_chosen(names[:1])
    assert not view.add_button.isEnabled() and "two or more" in view.status.text()
    assert window.document.model == paper_model


# ---- the table models on their own -------------------------------------------

def test_rows_model_formats_aligns_and_passes_the_model_tester(qtmodeltester):
    model = RowsModel([Column("Name"), Column("Weight", "percent"), Column("Rank", "rank"),
                       Column("Change", "points"), Column("Tau", "number")])
    qtmodeltester.check(model)
    model.set_rows([["<b>x</b>", 0.25, 1, 0.031, None], ["y", 0.75, 2, 0.0, float("nan")]])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == ["<b>x</b>", "25.0 %", "1", "3.1 pts", "n/a"]
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == 0.25
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 2).data(Qt.ItemDataRole.FontRole) is None
    assert "&lt;b&gt;" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_rows([["z"]], [Column("Only")])
    qtmodeltester.check(model)
    assert model.columnCount() == 1


def test_profile_choice_model_keeps_choices_across_updates(qtmodeltester):
    model = ProfileChoiceModel(("Profile", "Weight"))
    model.set_names(["A", "B", "C"], checked=["A", "B"])
    assert model.chosen() == ["A", "B"]
    model.setData(model.index(1, WEIGHT), 3)
    model.setData(model.index(2, NAME), CHECKED.value, Qt.ItemDataRole.CheckStateRole)
    model.set_names(["A", "B", "C", "D"])
    assert model.chosen() == ["A", "B", "C"] and model.analyst_weights() == [1.0, 3.0, 1.0]
    assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)


def test_a_clashing_import_also_ranks_under_the_profile_it_would_replace(window, paper_model, tmp_path):
    path = write(tmp_path, {"format_version": 1, "profile": {"name": "Sovereignty first", "weights": {"ECO": 9}}})
    dialog = window.profile_actions.import_path(str(path))
    headers = [dialog.ranking_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(dialog.ranking_model.columnCount())]
    assert headers[-1] == "Existing"
    under_existing = {row[1].split()[0]: row[-1] for row in dialog.ranking_model.rows()}
    assert under_existing["O2"] == 1  # Sovereignty first puts O2 first
    dialog.reject()
    assert window.document.model == paper_model


def test_compare_chooses_its_first_disagreeing_pair_right_to_left_too(qtbot, qapp, window):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view = window.profile_actions.show_compare()
        view.resize(1600, 700)
        view.tabs.setCurrentIndex(view.tabs.indexOf(view.pairs_table.parentWidget()))
        qtbot.waitExposed(view)
        view.method.setCurrentIndex(view.method.findData("topsis"))  # compared again, the table laid out
        disagreeing = [n for n, (basis, first, second) in enumerate(view.pairs)
                       if any(a.profiles == (first, second) for a in view.comparisons[basis].agreement)]
        row = disagreeing[0] if disagreeing else 0
        table = view.pairs_table
        assert table.currentIndex().row() == row
        assert [index.row() for index in table.selectionModel().selectedRows()] == [row]
        assert view.detail.text()  # the chosen pair is explained
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
