"""Every table model passes qtmodeltester, before and after edits, and shows user text as plain text."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt

from core.ahp import ahp
from core.edits import AddCriterion, AddOption, DeleteCriterion, DeleteOption, SetCriterion, SetKind, SetOption
from core.model import Criterion, Option
from ui.models.ahp_matrix import FLAG_COLOR, AhpMatrixModel, saaty_label, saaty_text
from ui.models.criteria_tree import GLOBAL, LOCAL, LOCK, NAME, TYPE, CriteriaTreeModel, type_of
from ui.models.ranking_table import RankingTableModel
from ui.models.score_table import IMPACT_ROLE, LIKELIHOOD_ROLE, ScoreTableModel

DISPLAY, EDIT, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole


def _structure_edits(document):
    document.apply(AddOption(Option("O6", "Sixth")))
    document.apply(AddCriterion(Criterion("F9", "Extra"), "POL"))
    document.apply(DeleteCriterion("R6"))
    document.apply(DeleteOption("O2"))


def test_score_table_passes_the_model_tester(qtmodeltester, document):
    model = ScoreTableModel(document)
    qtmodeltester.check(model)
    _structure_edits(document)
    qtmodeltester.check(model)
    assert model.rowCount() == len(document.model.factors)
    assert model.columnCount() == len(document.model.options)


def test_criteria_tree_passes_the_model_tester(qtmodeltester, document):
    model = CriteriaTreeModel(document)
    qtmodeltester.check(model)
    _structure_edits(document)
    qtmodeltester.check(model)


def test_ranking_table_passes_the_model_tester(qtmodeltester, document):
    model = RankingTableModel(document)
    qtmodeltester.check(model)
    _structure_edits(document)
    qtmodeltester.check(model)
    assert [row["rank"] for row in model.rows()] == sorted(row["rank"] for row in model.rows())


def test_ahp_matrix_passes_the_model_tester(qtmodeltester):
    model = AhpMatrixModel(["A", "B", "C"], [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]])
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 1), 1 / 7)
    qtmodeltester.check(model)


def test_score_cells_show_levels_band_colour_and_raw_edit_values(document):
    model = ScoreTableModel(document)
    factors = [f.id for f in document.model.factors]
    index = model.index(factors.index("E1"), 0)
    assert model.data(index, DISPLAY) == "4×5 = 20"
    assert model.data(index, EDIT) == 20.0
    assert (model.data(index, LIKELIHOOD_ROLE), model.data(index, IMPACT_ROLE)) == (4, 5)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color().name().upper() == "#E0474C"
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignTrailing
    assert "4 — Likely" in model.data(index, TOOLTIP) and "5 — Severe" in model.data(index, TOOLTIP)


def test_score_table_edits_through_the_document(document):
    model = ScoreTableModel(document)
    index = model.index(0, 2)
    assert model.setData(index, {"likelihood": 5, "impact": 5})
    assert document.model.score("O3", "E1").number == 25
    assert not model.setData(index, 3.0)  # a risk cell needs likelihood and impact
    assert not model.setData(index, {"likelihood": 0})
    assert document.model.score("O3", "E1").number == 25


def test_user_text_is_plain_in_displays_and_escaped_in_tooltips(document):
    document.apply(SetOption("O1", {"name": "<b>x</b>", "description": "<img src=y>"}))
    model = ScoreTableModel(document)
    assert model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "O1\n<b>x</b>"
    tip = model.headerData(0, Qt.Orientation.Horizontal, TOOLTIP)
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<img" not in tip and "<b>" not in tip
    assert "&lt;b&gt;" in model.data(model.index(0, 0), TOOLTIP)


def test_criteria_tree_columns(document):
    model = CriteriaTreeModel(document)
    eco = model.index_of_id("ECO")
    e1 = model.index_of_id("E1")
    assert model.parent(e1) == eco
    assert model.edit_value(model.index(e1.row(), NAME, eco)).startswith("US aid halt")  # an editor's start
    assert model.data(model.index(e1.row(), LOCAL, eco), DISPLAY) == "20.0"
    assert model.data(model.index(e1.row(), GLOBAL, eco), DISPLAY) == f"{100 * 5 / 17 / 5:.1f}"
    assert model.edit_value(model.index(e1.row(), TYPE, eco)) == "risk"
    assert model.edit_value(model.index(e1.row(), LOCAL, eco)) == pytest.approx(20.0)
    lock = model.index(e1.row(), LOCK, eco)
    assert model.setData(lock, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "E1" in document.locked
    assert model.setData(model.index(e1.row(), LOCAL, eco), 40.0)
    assert model.data(model.index(e1.row(), LOCAL, eco), DISPLAY) == "40.0"


def test_criteria_tree_changes_a_factor_to_a_benefit_value_and_back(document, paper_model):
    model = CriteriaTreeModel(document)
    e1 = model.index_of_id("E1", TYPE)
    assert model.setData(e1, "benefit")
    node = document.model.criterion("E1")
    assert (node.kind, node.direction) == ("value", "benefit")
    document.undo_stack.undo()
    assert document.model == paper_model


def test_ahp_matrix_keeps_reciprocals_and_flags_the_worst_judgement():
    model = AhpMatrixModel(["A", "B", "C"], [[1, 1, 1], [1, 1, 1], [1, 1, 1]])
    assert model.setData(model.index(0, 1), 9.0)
    assert model.setData(model.index(1, 2), 9.0)
    assert model.setData(model.index(0, 2), 1 / 9)
    assert model.data(model.index(1, 0), EDIT) == 1 / 9
    assert not model.setData(model.index(1, 0), 3.0)  # below the diagonal is not editable
    expected = ahp(model.matrix(), ["A", "B", "C"])
    assert model.result.cr == expected.cr > 0.1
    worst = expected.most_inconsistent
    row, column = "ABC".index(worst.row), "ABC".index(worst.column)
    assert model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole).color().name().upper() == FLAG_COLOR
    assert saaty_text(1 / 3) == "1/3" and saaty_label(5.0) == "5 — strongly more important"


def test_spreadsheet_models_do_not_repeat_names(qtbot, tmp_path):
    """A spreadsheet's ids are its names: lists show them once, not "Plan A  Plan A"."""
    from PySide6.QtCore import Qt

    from core.loader import load_model
    from ui.main_window import MainWindow

    path = tmp_path / "plans.csv"
    path.write_text("option,Cost,Quality\nweight,1,1\ndirection,cost,benefit\nPlan A,200,7\nPlan B,150,5\n")
    window = MainWindow(load_model(path), interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    window.results.activate()  # the ranking fills after the first paint
    ranking = window.results.ranking_model
    names = {ranking.index(r, 1).data(Qt.ItemDataRole.DisplayRole) for r in range(ranking.rowCount())}
    assert names == {"Plan A", "Plan B"}
    scores = window.scores.model
    headers = [scores.headerData(c, Qt.Orientation.Horizontal) for c in range(scores.columnCount())]
    assert headers == ["Plan A", "Plan B"]


def test_headers_hold_the_full_name_whatever_the_room(qtbot, document):
    """The model never cuts a name by font metrics; the view elides it to its room."""
    from ui.widgets.score_panel import ScorePanel

    long_name = "A very   long option name that no narrow column could ever hold in full"
    document.apply(SetOption("O1", {"name": long_name}))
    panel = ScorePanel(document)
    qtbot.addWidget(panel)
    full = {}
    for width in (200, 2000):
        panel.resize(width, 400)
        panel.show()
        qtbot.waitExposed(panel)
        full[width] = (panel.model.headerData(0, Qt.Orientation.Horizontal, DISPLAY),
                       panel.model.headerData(0, Qt.Orientation.Vertical, DISPLAY))
    assert full[200] == full[2000]
    assert full[200][0] == "O1\n" + " ".join(long_name.split())
    assert full[200][1].startswith("E1 ") and "…" not in full[200][1]
    for header in (panel.table.horizontalHeader(), panel.table.verticalHeader()):
        assert header.textElideMode() == Qt.TextElideMode.ElideRight


def _tree_cells(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        yield [model.index(row, column, parent) for column in range(TYPE + 1)]
        yield from _tree_cells(model, model.index(row, NAME, parent))


def test_criteria_tree_answers_what_the_document_holds_after_edits_and_undo(document, paper_model):
    from core.edits import local_shares
    from core.model import label

    model = CriteriaTreeModel(document)
    unasked = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
               Qt.ItemDataRole.DecorationRole)

    def check() -> None:
        doc_model, profile = document.model, document.profile()
        glob = doc_model.global_weights(profile)
        rows = list(_tree_cells(model))
        assert [model.node(row[NAME]).id for row in rows] == [node.id for node, _, _ in doc_model.walk()]
        for name, local, weight, lock, kind in rows:
            node = doc_model.criterion(model.node(name).id)
            siblings = local_shares(doc_model, profile, node.id)
            assert model.data(name, DISPLAY) == label(node.id, node.name)
            assert all(html.escape(node.name) in model.data(cell, TOOLTIP) for cell in (name, local, kind))
            kinds = {"risk": "Risk", "benefit": "Benefit", "cost": "Cost"}
            assert model.data(kind, DISPLAY) == ("" if node.is_group else kinds[type_of(node)])
            assert model.data(local, DISPLAY) == f"{100 * siblings[node.id]:.1f}"
            expected = glob.get(node.id, sum(glob.get(i, 0.0) for i in _ids(node)))  # a group: its leaves'
            assert model.data(weight, DISPLAY) == f"{100 * expected:.1f}"
            assert model.data(lock, DISPLAY) is None
            locked = Qt.CheckState.Checked if node.id in document.locked else Qt.CheckState.Unchecked
            assert model.data(lock, Qt.ItemDataRole.CheckStateRole) == locked
            assert model.data(local, Qt.ItemDataRole.TextAlignmentRole) == model.data(
                weight, Qt.ItemDataRole.TextAlignmentRole) != None  # noqa: E711 - the weights align as numbers
            assert model.data(name, Qt.ItemDataRole.TextAlignmentRole) is None
            assert all(model.data(cell, role) is None for cell in (name, local, kind) for role in unasked)
            cells = (name, local, weight, lock, kind)
            editable = [bool(model.flags(cell) & Qt.ItemFlag.ItemIsEditable) for cell in cells]
            assert editable == [True, True, False, False, not node.is_group]
            assert model.flags(lock) & Qt.ItemFlag.ItemIsUserCheckable

    check()
    document.set_weight("E1", 0.6)
    document.set_locked("E2", True)
    check()
    assert model.data(model.index_of_id("E1", LOCAL), DISPLAY) == "60.0"
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    document.set_locked("E2", False)
    check()
    assert document.model == paper_model
    _structure_edits(document)  # a factor added under POL, R6 deleted: the tree is rebuilt
    document.apply(SetCriterion("E1", {"name": "Renamed", "direction": "cost"}))
    document.apply(SetKind("E1", "value"))
    check()


def _ids(node) -> set[str]:
    return {node.id} | {i for child in node.children for i in _ids(child)}


def test_ranking_cells_and_score_headers_answer_their_roles_and_leave_the_rest_to_the_view(document):
    from core.model import label

    ranking = RankingTableModel(document)
    ranking.activate()
    unasked = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
               Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.SizeHintRole)
    first = ranking.rows()[0]
    assert ranking.data(ranking.index(0, 1), DISPLAY) == label(first["option"], first["name"])
    assert ranking.data(ranking.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert ranking.data(ranking.index(0, 1), TOOLTIP)
    assert all(ranking.data(ranking.index(0, column), role) is None for column in range(3) for role in unasked)
    scores = ScoreTableModel(document)
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    option, factor = document.model.options[0], document.model.factors[0]
    assert scores.headerData(0, horizontal, DISPLAY) == label(option.id, option.name, "\n")
    assert scores.headerData(0, vertical, DISPLAY) == label(factor.id, factor.name)
    assert option.name in scores.headerData(0, horizontal, TOOLTIP)
    assert all(scores.headerData(0, side, role) is None for side in (horizontal, vertical) for role in unasked)
