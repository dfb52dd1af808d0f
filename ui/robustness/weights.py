"""The robustness view's weight pages: one factor's sweep beside every factor's threshold, and the tornado.

Both draw from a :class:`~core.sensitivity.jobs.Quick` result that the
view computes off the GUI thread.  The sweep of the chosen factor is
computed here, when it is drawn: it is one batch call of the method (101
weight vectors), cheap even on a large model, and only the factor on
screen needs it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QSplitter, QTableView, QVBoxLayout, QWidget

from ui.bidi import label
from ui.i18n import Context, shown
from ui.models.robustness_tables import FACTOR, ID_ROLE, ThresholdTableModel
from ui.widgets.chart_view import ChartView, chart_options
from ui.widgets.common import plain_label, refill_combo
from ui.widgets.profile_views import result_table
from ui.robustness.text import threshold_sentence
from ui.widgets.results_panel import chart_texts

Robustness = Context("Robustness")


def names_of(quick) -> dict[str, str]:
    """Factor and option names by id, for the study of ``quick``."""
    model = quick.subject.model
    names = {f.id: f.name for f in model.factors}
    names.update({o.id: o.name for o in model.options})
    return names


class WeightsPage(QWidget):
    """The sweep chart of a chosen factor (left) and the thresholds, nearest first (right)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quick = None
        self._number = 0  # counts the results shown: the chart's key changes with each
        self.headline = plain_label(Robustness.tr("Computing…"), self, wrap=True)
        self.criterion = QComboBox(self)
        self.criterion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.criterion.setMinimumContentsLength(24)
        self.chart = ChartView(self._paint, self, key=lambda: (self._number, self.criterion.currentData()))
        self.table_model = ThresholdTableModel(self)
        self.table = self._table()
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self._sweep_side())
        self.split.addWidget(self._threshold_side())
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.criterion.currentIndexChanged.connect(lambda _i: self.chart.refresh())

    def _table(self) -> QTableView:
        table = result_table(self.table_model, self, stretch=FACTOR)
        table.clicked.connect(lambda index: self.select(index.data(ID_ROLE)))
        return table

    def _sweep_side(self) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(Robustness.tr("&Factor:"), self.criterion)
        layout.addLayout(form)
        layout.addWidget(self.chart, 1)
        return side

    def _threshold_side(self) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        return side

    def select(self, criterion_id: str | None) -> None:
        """Show the sweep of ``criterion_id``."""
        position = self.criterion.findData(criterion_id)
        if position >= 0:
            self.criterion.setCurrentIndex(position)

    def show_quick(self, quick) -> None:
        """Show a new result: headline, thresholds, the factor list and the sweep."""
        self.quick, self._number = quick, self._number + 1
        names = names_of(quick)
        st = quick.study
        self.headline.setText(threshold_sentence(quick.thresholds, st.options[st.top]))
        self.table_model.set_thresholds(quick.thresholds, names)
        self._sync_criteria(st.criteria, names, quick.thresholds[0].criterion if quick.thresholds else None)
        self.chart.refresh()

    def clear(self, message: str) -> None:
        """No result to show; ``message`` says why."""
        self.quick, self._number = None, self._number + 1
        self.headline.setText(message)
        self.table_model.set_thresholds([], {})
        self.chart.refresh()

    def _sync_criteria(self, ids, names, nearest: str | None) -> None:
        refill_combo(self.criterion, [(i, label(i, names.get(i, i))) for i in ids], nearest)

    def _paint(self):
        ident, quick, texts = self.criterion.currentData(), self.quick, chart_texts()
        options = chart_options()
        if quick is None or ident not in quick.study.criteria:
            return None
        st, names = quick.study, names_of(quick)
        limit = next(t for t in quick.thresholds if t.criterion == ident)

        def draw(figure) -> None:
            # The sweep is one batch call of the method: on the rendering thread, with the drawing.
            from core.charts import sweep_chart
            from core.sensitivity.sweeps import sweep

            sweep_chart(sweep(st, st.criteria.index(ident)), [label(o, names.get(o, o), " ") for o in st.options],
                        lower=limit.lower, upper=limit.upper, figure=figure, texts=texts, **options)
        return draw


class TornadoPage(QWidget):
    """The tornado chart with a line on how to read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quick = None
        self._number = 0
        self.caption = plain_label("", self, wrap=True)
        self.chart = ChartView(self._paint, self, key=lambda: self._number)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.chart, 1)

    def show_quick(self, quick) -> None:
        """Show the tornado of a new result."""
        self.quick, self._number = quick, self._number + 1
        bars = quick.tornado
        self.caption.setText(Robustness.tr(
            "How far the lead of {0} moves when one input moves alone: each factor's weight by ±{1}% of "
            "itself (the others rescaled), each uncertain score across its low–high range. Widest first; "
            "left of the red line another option ranks first.").format(bars.top, shown(f"{100 * bars.spread:g}")))
        self.chart.refresh()

    def clear(self, message: str) -> None:
        """No result to show; ``message`` says why."""
        self.quick, self._number = None, self._number + 1
        self.caption.setText(message)
        self.chart.refresh()

    def _paint(self):
        from core.charts import tornado_chart

        if self.quick is None or not self.quick.tornado.bars:
            return None
        bars, texts, options = self.quick.tornado, chart_texts(), chart_options()
        return lambda figure: tornado_chart(bars, figure=figure, texts=texts, **options)
