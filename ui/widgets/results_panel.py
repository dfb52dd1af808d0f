"""Results: the ranking (chart and table) under the chosen method and basis, the heat map, the 5 × 5 grid.

On the basis "both" the ranking tab shows the inherent and the residual
ranking side by side; on a residual basis the heat map and the grid show
where the controls move each risk, and the grid says what Cox's checks
find of the band colouring. The panel comes to life in :meth:`ResultsPanel.activate`, which the window
calls once it has painted: ranking needs numpy and the charts matplotlib,
and neither should delay the first sight of the model.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from core.errors import ModelError
from ui.bidi import label
from ui.document import Document
from ui.i18n import core_message, current, method_label
from ui.models.common import rich_tooltip
from ui.models.ranking_table import OPTION_ROLE, RankingTableModel
from ui.widgets.basis_bar import BasisBar, basis_labels
from ui.widgets.ranking_bars import RankingBars
from ui.widgets.common import plain_label, refill_combo

if TYPE_CHECKING:
    from ui.widgets.benefit_view import BenefitView
    from ui.widgets.chart_view import ChartView

def chart_texts() -> dict[str, str]:
    """The words of :mod:`core.charts` in the interface language: the core's catalogue is their one home,
    so a chart reads the same in the window and in a report."""
    from core.charts.base import chart_texts as core_chart_texts

    return core_chart_texts(current().code)


NUMBER_COLUMNS = (0, 2, 3)  # the ranking tables' rank, score and move (the second basis's table only)
COX_LINES = 6  # findings listed under the grid; the summary names the first, the rest are counted


class ResultsPanel(QWidget):
    """Everything computed from the model: it follows what the ranking is computed from, charts once per turn."""

    option_chosen = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.method = QComboBox(self)
        self.method.setEnabled(False)
        self.basis_bar = BasisBar(document, self)
        self.ranking_model = RankingTableModel(document, self)
        self.ranking = self._ranking_table(self.ranking_model)
        self.second_model = RankingTableModel(document, self, second=True)
        self.second_ranking = self._ranking_table(self.second_model)
        self.message = plain_label("", self, wrap=True)
        self.ranking_chart = RankingBars(lambda: self._ranking_layout(self.ranking_model), self)
        self.second_chart = RankingBars(lambda: self._ranking_layout(self.second_model), self)
        self.headings = (plain_label("", self), plain_label("", self))
        self._second_sides: list[QWidget] = []  # what holds the second basis's chart and table
        self._pages: tuple[ChartView, QComboBox, ChartView, QLabel, BenefitView] | None = None
        self._cox_bands = None  # the bands the Cox line was written for
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._ranking_tab(), self.tr("Ranking"))
        for title in (self.tr("Risk matrix"), self.tr("5 × 5 grid"), self.tr("What the controls buy")):
            self.tabs.addTab(QWidget(self), title)  # its page is built by _built_pages
        self.tabs.currentChanged.connect(lambda _i: self._built_pages())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("&Method:"), self.method)
        layout.addLayout(form)
        layout.addWidget(self.basis_bar)
        layout.addWidget(self.tabs)
        # One redraw per event-loop turn, however many notifications an edit sends.
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self._draw_charts)
        # A weight step changes the ranking only: the method, the grid's options and the basis stay as shown.
        document.analysis_changed.connect(self._sync_view)
        document.structure_changed.connect(self._sync_view)
        document.ranking_changed.connect(self._follow_ranking)
        self.refresh()

    def _built_pages(self) -> tuple[ChartView, QComboBox, ChartView, QLabel, BenefitView]:
        """The pages behind the ranking, built once: after the first paint, which shows only their tab titles (their
        views, tables, modules and the Cox check are 3 % of a start-up's instructions), or when first used."""
        if self._pages is None:
            from ui.widgets.benefit_view import BenefitView
            from ui.widgets.chart_view import ChartView

            heat_map = ChartView(self._paint_heat_map, self, key=self._heat_key)
            grid_option = QComboBox(self)
            grid = ChartView(self._paint_grid, self, key=self._grid_key)
            grid_option.currentIndexChanged.connect(lambda _i: grid.refresh())
            cox = plain_label("", self, wrap=True)
            self._pages = heat_map, grid_option, grid, cox, BenefitView(self._document, self)
            with QSignalBlocker(self.tabs):
                for index, page in enumerate((heat_map, self._grid_tab(), self.benefit), start=1):
                    title, placeholder = self.tabs.tabText(index), self.tabs.widget(index)
                    self.tabs.removeTab(index)
                    self.tabs.insertTab(index, page, title)
                    placeholder.deleteLater()
            self._sync_options()
            self._sync_basis()
            if self.method.isEnabled():  # activated already: the new charts draw too
                heat_map.enable()
                grid.enable()
        return self._pages

    @property
    def heat_map(self) -> ChartView:
        """The risk matrix (heat map) tab."""
        return self._built_pages()[0]

    @property
    def grid_option(self) -> QComboBox:
        """The option whose 5 × 5 grid is shown."""
        return self._built_pages()[1]

    @property
    def grid(self) -> ChartView:
        """The 5 × 5 grid of the chosen option."""
        return self._built_pages()[2]

    @property
    def cox(self) -> QLabel:
        """What Cox's checks find of the band colouring, under the grid."""
        return self._built_pages()[3]

    @property
    def benefit(self) -> BenefitView:
        """What the controls buy."""
        return self._built_pages()[4]

    def _ranking_table(self, model: RankingTableModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in NUMBER_COLUMNS[:model.columnCount() - 1]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._fit_numbers(table)
        for signal in (model.modelReset, model.dataChanged, model.headerDataChanged):
            signal.connect(lambda *_, table=table: self._fit_numbers(table))
        table.clicked.connect(lambda index: self.option_chosen.emit(index.data(OPTION_ROLE)))
        return table

    def _fit_numbers(self, table: QTableView) -> None:
        """Rank, score and move as wide as the numbers and titles they show; the names take what is left, and wrap.

        A number is never cut: side by side each table has half the panel, and a
        score column as wide as "Score (lower is better)" pushed the scores out of
        the view ("7.588" read "588" at its right-to-left edge); there the title is
        "Score" (:meth:`RankingTableModel.set_compact`). The widths come from the
        few shown texts and the font, not from sizing to contents, which would ask
        every cell's delegate on every step.
        """
        metrics, model, header = self.fontMetrics(), table.model(), table.horizontalHeader()
        for column in NUMBER_COLUMNS[:model.columnCount() - 1]:
            texts = [str(model.index(row, column).data()) for row in range(model.rowCount())]
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
            header.resizeSection(column, max((metrics.horizontalAdvance(text) for text in texts), default=0) + 14)

    def _ranking_tab(self) -> QWidget:
        self.ranking_split = QSplitter(Qt.Orientation.Vertical, self)
        self.ranking_split.setObjectName("ranking")
        self.ranking_split.addWidget(self._side_by_side(self.ranking_chart, self.second_chart, self.headings))
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._side_by_side(self.ranking, self.second_ranking))
        layout.addWidget(self.message)
        self.ranking_split.addWidget(holder)
        self.ranking_split.setSizes([300, 200])
        return self.ranking_split

    def _side_by_side(self, first: QWidget, second: QWidget, headings: tuple = ()) -> QWidget:
        """The views of the first and the second basis, left and right (the second shown on "both" only)."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, widget in enumerate((first, second)):
            side = QWidget(row)  # a widget, not a layout: hidden, it leaves its width to the first side
            column = QVBoxLayout(side)
            column.setContentsMargins(0, 0, 0, 0)
            if headings:
                column.addWidget(headings[position])
            column.addWidget(widget, 1)
            layout.addWidget(side, 1)
        self._second_sides.append(side)
        return row

    def _grid_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(self.tr("&Option:"), self.grid_option)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.cox)
        return page

    def activate(self) -> None:
        """Rank and draw from now on (called once the window has painted)."""
        if self.method.isEnabled():
            return
        self._built_pages()
        from core.methods import REGISTRY

        for name in REGISTRY:
            self.method.addItem(method_label(name), name)
        self.method.setEnabled(True)
        self._sync_method()
        self.method.currentIndexChanged.connect(lambda _i: self._document.set_method(self.method.currentData()))
        self.ranking_model.activate()
        self.second_model.activate()
        self.message.setText(self._message())
        for chart in self.charts():
            chart.enable()

    def set_option(self, option_id: str) -> None:
        """Show the 5 × 5 grid of ``option_id``."""
        position = self.grid_option.findData(option_id)
        if position >= 0:
            self.grid_option.setCurrentIndex(position)

    def refresh(self) -> None:
        """Follow the document: method, options and message now, the charts on the next turn of the loop."""
        self._sync_view()
        self._follow_ranking()

    def _sync_view(self) -> None:
        """What the panel shows of the method, the options and the basis (a weight step changes none of them)."""
        self._sync_method()
        self._sync_options()
        self._sync_basis()

    def _follow_ranking(self) -> None:
        self.message.setText(self._message())
        self._redraw.start()

    def charts(self) -> tuple:
        """Every chart of the panel (those of the pages behind the ranking once they are built)."""
        ranking = self.ranking_chart, self.second_chart
        return ranking if self._pages is None else (*ranking, self.heat_map, self.grid)

    def _draw_charts(self) -> None:
        for chart in self.charts():
            chart.refresh()

    def _sync_basis(self) -> None:
        """Show the second ranking on "both" only, each side headed by its basis; the Cox check by the grid."""
        bases = self._document.bases
        both = len(bases) == 2
        for widget in (*self._second_sides, *self.headings):
            widget.setVisible(both)
        for table in (self.ranking, self.second_ranking):
            table.model().set_compact(both)
        for heading, basis in zip(self.headings, bases if both else ()):
            heading.setText(basis_labels()[basis])
        if self._pages is not None and self._cox_bands is not self._document.model.bands:
            self._cox_bands = self._document.model.bands
            self.cox.setText(self._cox_text())

    def _sync_method(self) -> None:
        position = self.method.findData(self._document.method)
        if position >= 0 and position != self.method.currentIndex():
            with QSignalBlocker(self.method):
                self.method.setCurrentIndex(position)

    def _sync_options(self) -> None:
        if self._pages is None:
            return
        refill_combo(self.grid_option, [(o.id, label(o.id, o.name)) for o in self._document.model.options])

    def _message(self) -> str:
        if not self.ranking_model.active:
            return self.tr("Ranking…")
        errors = [m.error for m in (self.ranking_model, self.second_model) if m.error]
        if errors:
            return self.tr("No ranking: {0}").format(errors[0])
        try:
            warnings = [w for basis in self._document.bases for w in self._document.evaluation(basis).result.warnings]
        except ModelError:
            return ""
        return "\n".join(dict.fromkeys(core_message(w) for w in warnings))  # a method's notes, in the reader's language

    def _cox_text(self) -> str:
        from core.register.cox import check_bands
        from ui.i18n import current

        check = check_bands(self._document.model.bands, current().code)
        self.cox.setToolTip(rich_tooltip(list(check.findings)))  # every finding, however many
        lines = [check.summary(current().code)] + [f"• {finding}" for finding in check.findings[1:COX_LINES]]
        more = len(check.findings) - max(1, COX_LINES)
        if more > 0:
            lines.append(self.tr("… and %Ln more finding(s).", "", more))
        return "\n".join(lines)

    def _residual(self):
        """The model after controls when residual risk is shown, else None (charts then show inherent risk)."""
        return None if self._document.basis == "inherent" else self._document.analysed("residual")

    def _scores_key(self) -> tuple:
        model, residual = self._document.model, self._residual()
        return model.criteria, model.options, model.scores, model.bands, residual and residual.scores

    def _grid_key(self) -> tuple:
        return self._scores_key(), self.grid_option.currentData()

    def _ranking_layout(self, model: RankingTableModel):
        from core.charts import ranking_layout

        rows = model.rows()
        better = self._document.evaluation(model.basis()).result.better if rows else "lower"
        layout = ranking_layout([label(r["option"], r["name"], " ") for r in rows], [r["score"] for r in rows],
                                [r["rank"] for r in rows], label_chars=24, digits=current().digits)
        if rows and self.second_model.rows():
            # Side by side, both charts share one score axis, so that a bar compares with its neighbour's.
            scores = [r["score"] for m in (self.ranking_model, self.second_model) for r in m.rows()]
            shared = ranking_layout([""] * len(scores), scores, [1] * len(scores))
            layout = replace(layout, low=shared.low, high=shared.high, span=shared.span)
        return layout if rows else None, chart_texts()["score_higher" if better == "higher" else "score_lower"]

    def _paint_heat_map(self):
        from core.charts import heat_map

        from ui.widgets.chart_view import chart_options

        model, texts, order, residual = self._document.model, chart_texts(), self._heat_order(), self._residual()
        options = chart_options()
        return lambda figure: heat_map(model, figure=figure, texts=texts, order=order, residual=residual, **options)

    def _heat_order(self) -> list[str] | None:
        """Too many options for the map: the best first (it draws the first ones); else the model's order."""
        from core.charts.base import TOP_OPTIONS

        rows = self.ranking_model.rows()
        return [r["option"] for r in rows] if len(rows) > 2 * TOP_OPTIONS else None

    def _heat_key(self) -> tuple:
        order = self._heat_order()
        return self._scores_key(), tuple(order) if order else None

    def _paint_grid(self):
        from core.charts import risk_grid

        from ui.widgets.chart_view import chart_options

        model, option, title, texts = (self._document.model, self.grid_option.currentData(),
                                       self.grid_option.currentText(), chart_texts())
        if option is None:
            return None
        residual, options = self._residual(), chart_options()
        return lambda figure: risk_grid(model, option, figure=figure, texts=texts, title=title, residual=residual,
                                        **options)
