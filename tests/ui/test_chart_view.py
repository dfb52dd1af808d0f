"""A chart view never lets a drawing problem reach the analyst as a traceback or a warning."""

from __future__ import annotations

from ui.widgets.chart_view import ChartView, render


def _labelled(figure) -> None:
    ax = figure.add_subplot()
    ax.set_title("A title far too long for a chart this small")
    ax.set_xlabel("x")
    ax.plot([0, 1], [0, 1])


def test_a_chart_smaller_than_its_labels_is_drawn_without_a_warning():
    # Warnings are errors in this suite: a collapsed layout must not warn (it re-renders on resize).
    figure, image = render(_labelled, 12, 9, 1.0)
    assert not image.isNull() and image.width() == 12


def test_a_chart_that_cannot_be_drawn_says_why_in_its_place(qtbot):
    def broken(figure) -> None:
        raise OverflowError("int too large to convert to float")

    view = ChartView(lambda: broken)
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.enable()
    view.refresh(now=True, force=True)
    text = view._placeholder.text()
    assert text.startswith("This chart cannot be drawn: internal error (OverflowError")
    assert view._placeholder.isVisible() and view._image is None
