"""The Register view on real widgets: rows, filters, sorting, editing in place, undo, overdue marks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from core.register import Control, Effect, RiskEntry
from core.register.residual import residual_levels
from ui.document import Document
from ui.models.register_filter import RegisterFilters
from ui.models.register_rows import register_rows
from ui.models.register_table import COLUMNS, OVERDUE_COLOR
from ui.widgets.register_view import ANY, RegisterView
from tests.ui.shots import shot

TODAY = date(2026, 6, 1)
FOLDER = "register"


def with_register(model):
    """The paper's model with two controls and three register entries (one review overdue on TODAY)."""
    controls = (Control("C1", "Iraqi capability and the CTS", owner="Government", status="in place",
                        effects=(Effect("O1", "S1", 1, 0), Effect("O2", "S1", 1, 1), Effect("O1", "R4", 2, 0))),
                Control("C2", "3–4-year advisory schedule", status="planned", effects=(Effect("O1", "E1", 0, 2),)))
    entries = {("O1", "S1"): RiskEntry(statement="Militias answer strikes → escalation → attacks on bases",
                                       owner="Government", treatment="treat", review="2026-01-15"),
               ("O2", "P1"): RiskEntry(owner="KRG", status="monitoring", review="2027-01-01"),
               ("O3", "E2"): RiskEntry(owner="Bilateral committee", status="closed", review="2025-06-01")}
    register = model.register.replace(controls=controls, entries=entries)
    return model.replace(register=register)


@pytest.fixture
def doc(paper_model) -> Document:
    return Document(with_register(paper_model))


@pytest.fixture
def view(qtbot, doc) -> RegisterView:
    widget = RegisterView(doc, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1500, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(key: str) -> int:
    return COLUMNS.index(key)


def shown(view: RegisterView, key: str = "option") -> list:
    """The values of column ``key`` in the rows the view shows, top to bottom."""
    proxy = view.proxy
    return [proxy.index(n, column(key)).data(Qt.ItemDataRole.EditRole) for n in range(proxy.rowCount())]


def cells(view: RegisterView) -> list[tuple[str, str]]:
    rows = [view.model.row(view.proxy.mapToSource(view.proxy.index(n, 0)).row()) for n in range(view.proxy.rowCount())]
    return [(r.option.id, r.factor.id) for r in rows]


def source_index(view: RegisterView, option: str, factor: str, key: str) -> QModelIndex:
    n = next(n for n in range(view.model.rowCount())
             if (view.model.row(n).option.id, view.model.row(n).factor.id) == (option, factor))
    return view.proxy.mapFromSource(view.model.index(n, column(key)))


def test_one_row_per_risk_cell_with_inherent_and_residual_from_the_model(view, doc):
    model = doc.model
    risk_factors = [f.id for f in model.factors if f.kind == "risk"]
    assert cells(view) == [(o.id, f) for o in model.options for f in risk_factors]
    for n, (option, factor) in enumerate(cells(view)):
        score = model.score(option, factor)
        value = lambda key: view.proxy.index(n, column(key)).data(Qt.ItemDataRole.EditRole)  # noqa: E731
        assert (value("likelihood"), value("impact"), value("score")) == \
            (score.likelihood, score.impact, score.likelihood * score.impact)
        low, high = residual_levels(model, option, factor)
        assert (value("residual_likelihood"), value("residual_impact"), value("residual_score")) == \
            (low, high, low * high)
        assert value("residual_band") == model.bands.names[model.bands.band(low * high)]
    o1_s1 = source_index(view, "O1", "S1", "controls")
    assert o1_s1.data() == "C1"
    assert source_index(view, "O1", "E1", "controls").data() == "C2 (not counted)"
    assert source_index(view, "O1", "S1", "owner").data() == "Government"


def test_filters_narrow_the_rows_and_all_puts_them_back(view, doc):
    total = view.proxy.rowCount()
    view.set_filter("option", "O2")
    assert set(shown(view)) == {doc.model.options[1].name} and view.proxy.rowCount() == 17
    view.set_filter("owner", "KRG")
    assert cells(view) == [("O2", "P1")]
    view.set_filter("option", ANY)
    view.set_filter("owner", ANY)
    view.set_filter("status", "closed")
    assert cells(view) == [("O3", "E2")]
    view.set_filter("status", ANY)
    view.set_filter("group", "SEC")
    assert cells(view) == [(o.id, "S1") for o in doc.model.options]
    view.clear_filters()
    view.set_filter("owner", "")  # risks nobody owns yet
    assert view.proxy.rowCount() == total - 3
    view.show_all.click()
    assert view.proxy.rowCount() == total and view.combos["owner"].currentData() == ANY
    assert "85 risks" in view.summary.text() and "overdue reviews: 1 (as of 2026-06-01)" in view.summary.text()


def test_band_filter_reads_the_chosen_basis(view, doc):
    bands = doc.model.bands
    for basis in ("inherent", "residual"):
        for band, name in enumerate(bands.names):
            view.set_filter("band", f"{basis}:{band}")
            key = "residual_band" if basis == "residual" else "band"
            expected = [(r.option.id, r.factor.id) for r in register_rows(doc.model)
                        if bands.band((r.residual if basis == "residual" else r.inherent)[0]
                                      * (r.residual if basis == "residual" else r.inherent)[1]) == band]
            assert cells(view) == expected and set(shown(view, key)) <= {name}
    # C1 takes two likelihood levels off O1 × R4: the cell shows under its inherent band on one basis only.
    score = doc.model.score("O1", "R4")
    inherent, residual = bands.band(score.number), bands.band(residual_levels(doc.model, "O1", "R4")[0] * score.impact)
    assert inherent != residual
    view.set_filter("band", f"inherent:{inherent}")
    assert ("O1", "R4") in cells(view)
    view.set_filter("band", f"residual:{inherent}")
    assert ("O1", "R4") not in cells(view)
    view.set_filter("band", f"residual:{residual}")
    assert ("O1", "R4") in cells(view)


# Every example sets all six filters, so the one view the fixture built serves them all.
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(option=st.sampled_from([None, "O1", "O3"]), group=st.sampled_from([None, "SEC", "ECO", ""]),
       owner=st.sampled_from([None, "", "Government", "KRG"]), status=st.sampled_from([None, "open", "closed"]),
       overdue=st.booleans(), band=st.sampled_from([None, ("inherent", 2), ("residual", 1)]))
def test_any_combination_of_filters_shows_exactly_the_rows_that_meet_all_of_them(
        view, option, group, owner, status, overdue, band):
    view.proxy.set_filters(option=option, group=group, owner=owner, status=status, overdue=overdue, band=band)
    model, bands = view.model, view.model.document.model.bands
    wanted = RegisterFilters(option, group, band, owner, status, overdue)
    expected = []
    for n in range(model.rowCount()):
        row = model.row(n)
        levels = None if band is None else (row.residual if band[0] == "residual" else row.inherent)
        if all((option is None or row.option.id == option,
                group is None or (row.group.id if row.group else "") == group,
                owner is None or row.entry.owner == owner, status is None or row.entry.status == status,
                not overdue or (row.entry.review != "" and row.entry.status != "closed"
                                and date.fromisoformat(row.entry.review) < TODAY),
                band is None or bands.band(levels[0] * levels[1]) == band[1])):
            expected.append((row.option.id, row.factor.id))
    assert view.proxy.filters == wanted
    assert cells(view) == expected


def test_sorting_by_score_is_numeric_and_by_band_in_band_order(view, doc):
    view.table.sortByColumn(column("residual_score"), Qt.SortOrder.DescendingOrder)
    scores = shown(view, "residual_score")
    assert scores == sorted(scores, reverse=True) and scores[0] > 9  # 12 would sort below 9 as text
    view.table.sortByColumn(column("band"), Qt.SortOrder.AscendingOrder)
    names = shown(view, "band")
    order = [doc.model.bands.names.index(name) for name in names]
    assert order == sorted(order) and names != sorted(names)  # not alphabetical
    view.table.sortByColumn(column("owner"), Qt.SortOrder.DescendingOrder)
    assert shown(view, "owner")[:3] == ["KRG", "Government", "Bilateral committee"]


def edit_text(qtbot, view: RegisterView, index: QModelIndex, text: str) -> None:
    """Type ``text`` over the current cell as the analyst would (the first key opens the editor), press Enter."""
    type_into(qtbot, view.table, index, text)


def type_into(qtbot, table, index: QModelIndex, text: str) -> None:
    """Make ``index`` current in ``table``, type ``text`` into its cell and press Enter."""
    table.setCurrentIndex(index)
    table.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def pick(view: RegisterView, index: QModelIndex, text: str) -> None:
    """Open the cell's drop-down and pick ``text``."""
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    combo = view.table.findChild(QComboBox)
    assert combo is not None
    position = combo.findText(text)
    assert position >= 0, [combo.itemText(n) for n in range(combo.count())]
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def test_edit_in_place_is_one_undo_step_that_restores_exactly(qtbot, view, doc):
    before = doc.model
    edit_text(qtbot, view, source_index(view, "O4", "R2", "owner"), "Ministry of Foreign Affairs")
    after = doc.model
    assert after.register.entry("O4", "R2") == RiskEntry(owner="Ministry of Foreign Affairs")
    assert source_index(view, "O4", "R2", "owner").data() == "Ministry of Foreign Affairs"
    pick(view, source_index(view, "O4", "R2", "treatment"), "transfer")
    assert doc.model.register.entry("O4", "R2").treatment == "transfer"
    assert doc.undo_stack.count() == 2 and doc.undo_stack.undoText() == "Change register entry"
    doc.undo_stack.undo()
    assert doc.model == after
    doc.undo_stack.undo()
    assert doc.model == before and ("O4", "R2") not in doc.model.register.entries
    assert source_index(view, "O4", "R2", "owner").data() == ""
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.model.register.entry("O4", "R2") == RiskEntry(owner="Ministry of Foreign Affairs", treatment="transfer")
    shot(view, "01-register-after-edits", FOLDER)


def test_a_register_edit_changes_one_row_without_resetting_the_table(qtbot, view, doc):
    changed, resets = [], []
    view.model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    view.model.modelReset.connect(lambda: resets.append(1))
    edit_text(qtbot, view, source_index(view, "O2", "P1", "action"), "Talks with Erbil")
    row = view.proxy.mapToSource(source_index(view, "O2", "P1", "action")).row()
    assert changed == [(row, row)] and resets == []


def test_likelihood_edits_the_score_and_the_residual_follows(view, doc):
    index = source_index(view, "O1", "S1", "likelihood")
    pick(view, index, "2 — Unlikely")
    assert doc.model.score("O1", "S1").likelihood == 2
    assert source_index(view, "O1", "S1", "residual_likelihood").data(Qt.ItemDataRole.EditRole) == 1  # C1: −1, floor 1
    doc.undo_stack.undo()
    assert doc.model.score("O1", "S1") == with_register(doc.model).score("O1", "S1")


def test_a_bad_date_is_refused_with_a_reason_and_nothing_changes(qtbot, view, doc):
    before, reasons = doc.model, []
    doc.refused.connect(reasons.append)
    edit_text(qtbot, view, source_index(view, "O1", "S1", "due"), "2026-02-30")
    assert doc.model is before and doc.undo_stack.count() == 0
    assert len(reasons) == 1 and "2026-02-30" in reasons[0]
    assert source_index(view, "O1", "S1", "due").data() == ""


def test_overdue_reviews_are_marked_as_of_the_clock(view, doc):
    review = source_index(view, "O1", "S1", "review")
    assert review.data() == "2026-01-15 overdue"
    assert review.data(Qt.ItemDataRole.BackgroundRole).color().name().upper() == OVERDUE_COLOR
    closed = source_index(view, "O3", "E2", "review")
    assert closed.data() == "2025-06-01" and closed.data(Qt.ItemDataRole.BackgroundRole) is None
    view.overdue.setChecked(True)
    assert cells(view) == [("O1", "S1")]
    view.set_today(lambda: date(2026, 1, 15))  # the review day itself is not late
    assert cells(view) == [] and "overdue reviews: 0 (as of 2026-01-15)" in view.summary.text()
    view.overdue.setChecked(False)
    assert source_index(view, "O1", "S1", "review").data() == "2026-01-15"


def test_screenshots_of_the_register_filtered_and_sorted(view):
    view.set_filter("option", "O1")
    view.table.sortByColumn(column("residual_score"), Qt.SortOrder.DescendingOrder)
    shot(view, "02-register-O1-by-residual", FOLDER)
    view.clear_filters()
    view.overdue.setChecked(True)
    view.table.scrollTo(view.proxy.index(0, column("review")))
    shot(view, "03-register-overdue-only", FOLDER)
    assert cells(view) == [("O1", "S1")]


def test_text_no_output_can_carry_is_refused_in_one_line_and_nothing_changes(view, doc):
    before, reasons = doc.model, []
    doc.refused.connect(reasons.append)
    index = source_index(view, "O2", "P1", "owner")
    assert not view.proxy.setData(index, "KRG\x00 office")
    assert doc.model is before and doc.undo_stack.count() == 0
    assert len(reasons) == 1 and "\n" not in reasons[0] and index.data() == "KRG"


def test_options_added_and_deleted_add_and_drop_their_rows(view, doc):
    from core.edits import AddOption, DeleteOption
    from core.model import Option

    per_option = sum(f.kind == "risk" for f in doc.model.factors)
    total = view.proxy.rowCount()
    assert doc.apply(AddOption(Option("O6", "Sixth option")))
    assert view.proxy.rowCount() == total + per_option and cells(view)[-1][0] == "O6"
    assert doc.apply(DeleteOption("O2"))
    assert view.proxy.rowCount() == total and "O2" not in {option for option, _ in cells(view)}
    view.set_filter("option", "O6")  # the new option is offered as a filter at once
    assert {option for option, _ in cells(view)} == {"O6"}


def _edits():
    """Edits that touch rows in different ways: an entry, a score, a control's status, effect, place, presence."""
    from core.edits import AddControl, Batch, DeleteControl, SetControl, SetEffect, SetRiskEntry, SetScore

    moved = Control("C2", "3–4-year advisory schedule", status="planned", effects=(Effect("O1", "E1", 0, 2),))
    return st.sampled_from([
        SetRiskEntry("O2", "P1", {"owner": "Erbil"}), SetRiskEntry("O1", "S1", {"review": ""}),
        SetScore("O1", "R4", {"likelihood": 1}), SetScore("O2", "S1", {"impact": 5}),
        SetControl("C1", {"status": "planned"}), SetControl("C2", {"status": "in place"}),
        SetEffect("C2", "O3", "R1", 1, 1), SetEffect("C1", "O1", "S1", 0, 0),
        DeleteControl("C1"), Batch((DeleteControl("C2"), AddControl(moved, 0))),
        AddControl(Control("C9", "New", effects=(Effect("O4", "R2", 2, 2),)))])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(_edits(), min_size=1, max_size=6), undo=st.integers(0, 6))
def test_rows_kept_up_cell_by_cell_equal_rows_built_afresh(paper_model, steps, undo):
    # A fresh document per example: the steps depend on the state they start from.
    doc = Document(with_register(paper_model))
    view = RegisterView(doc, lambda: TODAY)

    def kept_up() -> bool:
        # The summary too (counts, overdue reviews) reads as a view built afresh on the same document.
        afresh = RegisterView(doc, lambda: TODAY)
        summary = afresh.summary.text()
        afresh.deleteLater()
        return [view.model.row(n) for n in range(view.model.rowCount())] == register_rows(doc.model) \
            and view.summary.text() == summary

    for step in steps:
        doc.apply(step)  # a step the state refuses (a control already gone) changes nothing
        assert kept_up()
    for _ in range(undo):
        doc.undo_stack.undo()
        assert kept_up()
    view.deleteLater()


def test_delete_empties_the_current_field_in_one_undo_step(qtbot, view, doc):
    index = source_index(view, "O1", "S1", "owner")
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert doc.model.register.entry("O1", "S1").owner == "" and doc.undo_stack.count() == 1
    view.table.setCurrentIndex(source_index(view, "O1", "S1", "status"))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # a status is never empty: nothing happens
    assert doc.model.register.entry("O1", "S1").status == "open" and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model.register.entry("O1", "S1").owner == "Government"
