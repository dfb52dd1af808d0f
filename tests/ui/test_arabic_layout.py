"""Tables in the narrow places of the Arabic window show their numbers and titles whole.

Geometry, not pixels: each cell's rectangle is read from the real view and
compared with the width its own font gives its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_arabic_screens import arabic  # noqa: F401 - the language fixture
from tests.ui.visual_order import unmarked, visual
from ui.widgets.results_panel import NUMBER_COLUMNS


def fits(view, index) -> bool:
    """The cell at ``index`` lies inside the viewport, as wide as its text (with the cell's margins)."""
    rect = view.visualRect(index)
    text = str(index.data())
    return view.viewport().rect().contains(rect) and rect.width() >= view.fontMetrics().horizontalAdvance(text)


def test_side_by_side_rankings_show_every_number_whole(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    window.resize(1366, 768)
    window.show()
    window.document.set_basis("both")
    qtbot.wait(50)
    for table in (window.results.ranking, window.results.second_ranking):
        model = table.model()
        assert model.rowCount() == len(paper_model.options)
        assert table.horizontalScrollBar().maximum() == 0, "nothing hidden beyond the view's edge"
        for column in NUMBER_COLUMNS[:model.columnCount() - 1]:
            assert all(fits(table, model.index(row, column)) for row in range(model.rowCount())), column
        score_title = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert len(score_title) > len(model.headerData(2, Qt.Orientation.Horizontal)), "the whole title in the tooltip"
        header = table.horizontalHeader()
        for column in range(model.columnCount()):
            if column != 1:
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                assert header.sectionSize(column) >= table.fontMetrics().horizontalAdvance(title), title
    moves = window.results.second_ranking.model()
    for row in range(moves.rowCount()):
        move = moves.index(row, 3).data()
        assert visual(move) == unmarked(move), f"{move!r} reads {visual(move)!r}"
    window.document.set_basis("residual")
    qtbot.wait(20)
    table = window.results.ranking
    header = table.horizontalHeader()
    title = str(table.model().headerData(2, Qt.Orientation.Horizontal))
    assert header.sectionSize(2) >= table.fontMetrics().horizontalAdvance(title), "alone, the title has its width"


def test_every_column_of_the_controls_list_is_as_wide_as_its_title(qtbot, arabic, make_window, paper_model):
    from ui.widgets.controls_editor import ControlsEditor

    window = make_window(paper_model)
    window.resize(1366, 768)
    window.show()
    window.register_dock.show_page("controls")
    qtbot.wait(20)
    table = window.register_dock.findChild(ControlsEditor).list
    header = table.horizontalHeader()
    short = [(column, header.sectionSize(column), header.sectionSizeHint(column))
             for column in range(table.model().columnCount()) if header.sectionSize(column) < header.sectionSizeHint(column)]
    assert not short, short
