"""View helpers shared by the profile windows: result tables, the profile checklist, chart texts, tree rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from core.model import DecisionModel
from ui.models.profile_tables import NAME, WEIGHT, Cell




def result_table(model: QAbstractItemModel, parent: QWidget, stretch: int | None = None) -> QTableView:
    """A read-only table of result rows; column ``stretch`` (else the last) takes the spare width."""
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        # A reset recreates the sections with the default mode: stretch the column again each time.
        def restretch() -> None:
            if stretch < header.count():
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

        model.modelReset.connect(restretch)
        restretch()
    return table


def choice_table(model: QAbstractItemModel, parent: QWidget, weights: bool) -> QTableView:
    """The profile checklist; with ``weights`` the analyst-weight column is shown (and editable)."""
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                          | QTableView.EditTrigger.AnyKeyPressed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(WEIGHT, QHeaderView.ResizeMode.ResizeToContents)
    table.setColumnHidden(WEIGHT, not weights)
    return table


def tree_rows(model: DecisionModel, totals: Sequence[Mapping[str, float]]) -> tuple[list[list[Cell]], list[bool]]:
    """One row per criterion node in tree order: id, indented name, then each of ``totals``; groups bold."""
    rows: list[list[Cell]] = []
    bold: list[bool] = []
    for node, depth, _ in model.walk():
        rows.append([node.id, "    " * depth + node.name, *(t[node.id] for t in totals)])
        bold.append(node.is_group)
    return rows, bold
