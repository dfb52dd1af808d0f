"""The SMAA panel: sampler, sample count and seed, Run and Cancel, a progress bar, and the indices.

Runs go to a :class:`~ui.workers.Runner` (one at a time: Run is disabled
while one runs).  When the model, profile, method or basis changes, a shown result
is marked out of date; a run of at most AUTO_SAMPLES samples (the default
10 000 takes a few hundredths of a second) is then repeated automatically,
a larger one only when the analyst presses Run again, so that a weight drag
never sets off a million-sample run.  A large run goes to a child process
(:func:`runner_job`): on the worker thread it would hold the GIL that every
turn of the window's event loop needs.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QProgressBar,
                               QPushButton, QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ui.bidi import label
from ui.i18n import Context, shown
from ui.models.robustness_tables import MatrixTableModel, percent
from ui.widgets.chart_view import ChartView, chart_options
from ui.widgets.common import plain_label
from ui.widgets.out_of_date import show_out_of_date
from ui.robustness.text import acceptability_sentence, convergence_sentence
from ui.widgets.results_panel import chart_texts
from ui.workers import Runner

if TYPE_CHECKING:
    from core.analysis import AnalysisKey
    from core.sensitivity.jobs import SmaaJob, SmaaOutcome

DEFAULT_SAMPLES, MAX_SAMPLES, MIN_SAMPLES = 10_000, 1_000_000, 100
AUTO_SAMPLES = 20_000
# Ranked option-samples (samples × options) above which a run goes to a child process: about
# a tenth of a second of work on the thread, well below what starting a child costs.
CHILD_WORK = 2_000_000
DEFAULT_CONCENTRATION = 50.0
UNIFORM, AROUND = "uniform", "dirichlet"
COLUMN_PADDING = 16  # pixels beside a number column's text: the cell margins and the header's sort arrow


Robustness = Context("Robustness")


def runner_job(job: SmaaJob) -> Callable:
    """What the panel's runner runs for ``job``: a large run in a child process, a small one on the thread.

    A run on the worker thread holds the GIL for all its Python and for numpy
    calls that keep it (ranking argsorts, bincounts), and every turn of the
    window's event loop waits for it: a 166,666-sample run on 300 options
    stalled the window for hundreds of milliseconds.  A child process costs
    most of a second to start, more than a small run takes on the thread.
    """
    from core.sensitivity.jobs import run_smaa_job

    return smaa_in_child if job.samples * len(job.subject.model.options) > CHILD_WORK else run_smaa_job


def smaa_in_child(job: SmaaJob, progress: Callable[[float], None], cancel: Callable[[], bool]) -> SmaaOutcome:
    """:func:`~core.sensitivity.jobs.run_smaa_job` with its sampling in a child process (:mod:`ui.processes`).

    The study is built here, on the worker thread, and the child is sent
    its arrays only (:func:`~core.sensitivity.jobs.smaa_inputs`), never the
    model; the outcome keeps this very job, whose model is the window's (a
    subject compares its model by identity).
    """
    from core.sensitivity import run_smaa
    from core.sensitivity.jobs import SmaaOutcome, make_study, smaa_inputs
    from ui.processes import run_in_child

    st = make_study(job.subject)
    return SmaaOutcome(job, st, run_in_child((run_smaa, smaa_inputs(job, st)), progress, cancel))


def _matrix_table(model: MatrixTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    # A reset recreates the sections with the default mode: size them again each time.
    model.modelReset.connect(lambda: _fit_columns(table, model))
    return table


def _fit_columns(table: QTableView, model: MatrixTableModel) -> None:
    """Labels stretch; each number column is as wide as its header or "100.0%", whichever is wider.

    Every number prints as a share, so its width is known without measuring
    the cells: Qt's ResizeToContents measured all of them, some 90,000 a
    table for 300 options, and held the GUI thread for seconds as a run ended.
    The commonest width is the default section size and only the other
    columns are resized: one resize per column of 300 took tens of milliseconds.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    cell = table.fontMetrics().horizontalAdvance(percent(1.0))
    words = header.fontMetrics()
    widths = [max(cell, words.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
              + COLUMN_PADDING for column in range(1, model.columnCount())]
    if widths:
        common = Counter(widths).most_common(1)[0][0]
        header.setDefaultSectionSize(common)
        for column, width in enumerate(widths, start=1):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class SmaaPanel(QWidget):
    """Monte Carlo rank acceptability of the view's current subject; see the module docstring."""

    def __init__(self, subject: Callable[[], AnalysisKey], parent: QWidget | None = None) -> None:
        """``subject()`` returns what the view analyses now (a :class:`~core.analysis.AnalysisKey`)."""
        super().__init__(parent)
        self._subject = subject
        self.runner = Runner(self)
        self.outcome: SmaaOutcome | None = None
        self.stale = False
        self.active = False
        self._shown = False
        self._auto = False
        self._running: SmaaJob | None = None  # the job on the worker thread
        self._started = 0.0
        self._number = 0  # counts the results shown: the chart's key changes with each
        self._build_controls()
        self._build_results()
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self._controls_side())
        self.split.addWidget(self._results_side())
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.runner.progressed.connect(lambda fraction: self.progress.setValue(round(1000 * fraction)))
        self.runner.finished.connect(self._finished)
        self.runner.cancelled.connect(self._cancelled)
        self.runner.failed.connect(self._failed)

    # ---- construction -----------------------------------------------------

    def _build_controls(self) -> None:
        self.sampler = QComboBox(self)
        self.sampler.addItem(Robustness.tr("Uniform over all weightings"), UNIFORM)
        self.sampler.addItem(Robustness.tr("Around the current profile"), AROUND)
        self.concentration = QDoubleSpinBox(self)
        self.concentration.setRange(0.1, 100_000.0)
        self.concentration.setDecimals(1)
        self.concentration.setValue(DEFAULT_CONCENTRATION)
        self.concentration.setToolTip(Robustness.tr("Larger stays closer to the profile's weights "
                                                     "(Dirichlet concentration)"))
        self.samples = QSpinBox(self)
        self.samples.setRange(MIN_SAMPLES, MAX_SAMPLES)
        self.samples.setSingleStep(10_000)
        self.samples.setGroupSeparatorShown(True)
        self.samples.setValue(DEFAULT_SAMPLES)
        self.samples.setToolTip(Robustness.tr("Up to {0} samples are repeated automatically after every change").format(
            shown(f"{AUTO_SAMPLES:,}")))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(Robustness.tr("The same seed gives the same result"))
        self.run_button = QPushButton(Robustness.tr("&Run"), self)
        self.cancel_button = QPushButton(Robustness.tr("Ca&ncel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.status = plain_label(Robustness.tr("Not run yet."), self, wrap=True)
        self.sampler.currentIndexChanged.connect(self._sampler_changed)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self._sampler_changed()

    def _controls_side(self) -> QWidget:
        side = QWidget(self)
        form = QFormLayout()
        form.addRow(Robustness.tr("&Weights:"), self.sampler)
        form.addRow(Robustness.tr("C&oncentration:"), self.concentration)
        form.addRow(Robustness.tr("&Samples:"), self.samples)
        form.addRow(Robustness.tr("S&eed:"), self.seed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        return side

    def _build_results(self) -> None:
        self.acceptability_model = MatrixTableModel(self)
        self.central_model = MatrixTableModel(self)
        self.pairwise_model = MatrixTableModel(self)
        self.acceptability = _matrix_table(self.acceptability_model, self)
        self.central = _matrix_table(self.central_model, self)
        self.pairwise = _matrix_table(self.pairwise_model, self)
        self.chart = ChartView(self._paint, self, key=lambda: self._number)
        self.headline = plain_label("", self, wrap=True)
        self.convergence = plain_label("", self, wrap=True)

    def _results_side(self) -> QWidget:
        self.result_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.result_split.addWidget(self.acceptability)
        self.result_split.addWidget(self.chart)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.result_split, Robustness.tr("Rank acceptability"))
        self.tabs.addTab(self.central, Robustness.tr("Central weights"))
        self.tabs.addTab(self.pairwise, Robustness.tr("Pairwise winning"))
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.convergence)
        return side

    def _sampler_changed(self) -> None:
        self.concentration.setEnabled(self.sampler.currentData() == AROUND)

    # ---- running ------------------------------------------------------------

    def job(self):
        """The run the fields describe, on the current subject."""
        from core.sensitivity.jobs import SmaaJob

        around = self.sampler.currentData() == AROUND
        return SmaaJob(self._subject(), self.samples.value(), self.seed.value(),
                       self.concentration.value() if around else None)

    def sampler_text(self, job) -> str:
        """How the weights of ``job`` were drawn, in the analyst's words."""
        if job.concentration is None:
            return Robustness.tr("uniform over all weightings")
        return Robustness.tr("around the profile, concentration {0}").format(shown(f"{job.concentration:g}"))

    def run(self) -> bool:
        """Start a run from the fields (the Run button); False while another run is going."""
        return self._start(auto=False)

    def _start(self, auto: bool) -> bool:
        job = self.job()
        if not self.runner.start(runner_job(job), job):
            return False
        self._auto, self._running, self._started = auto, job, time.perf_counter()
        self._set_running(True)
        self.status.setText(Robustness.tr("Running %Ln sample(s)…", "", self.samples.value()))
        return True

    def cancel(self) -> None:
        """Stop the run; the last complete result stays on screen."""
        self.runner.cancel()

    def stop(self) -> None:
        """Cancel and wait for the worker (the window is closing)."""
        self.runner.stop()
        self._set_running(False)

    def activate(self) -> None:
        """Allow automatic runs from now on (the window has painted)."""
        self.active = True
        self._run_if_due()

    def subject_changed(self) -> None:
        """The model, profile, method or basis changed: mark the result out of date, re-run if small and shown."""
        self.mark_stale()
        self._run_if_due()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown:
            # Only a laid-out splitter shares its width by these weights: the table's labels need the more.
            self._shown = True
            self.result_split.setSizes([58, 42])
        self._run_if_due()

    def _run_if_due(self) -> None:
        """Run automatically when shown, small enough, and there is nothing current to show."""
        if not (self.active and self.isVisible()) or self.samples.value() > AUTO_SAMPLES:
            return
        subject = self._subject()
        if not self.runner.busy():
            if self.outcome is None or self.outcome.job.subject != subject:
                self._start(auto=True)
        elif self._auto and self._running is not None and self._running.subject != subject:
            # A small automatic run is cheaper to restart than to finish and redo.
            self._running, self._started = self.job(), time.perf_counter()
            self.runner.request(runner_job(self._running), self._running)

    def mark_stale(self) -> None:
        """Say so when the result on screen is not of the current model, profile and method."""
        if self.outcome is not None and self.outcome.job.subject != self._subject() and not self.stale:
            self.stale = True
            self.status.setText(self._stale_text())
            self._show_stale(True)

    def _show_stale(self, stale: bool) -> None:
        """Grey the numbers of a run of another model or weighting (readable still); restore them for a new one."""
        show_out_of_date((self.headline, self.convergence, self.acceptability, self.central, self.pairwise),
                         (self.chart,), stale)

    @staticmethod
    def _stale_text() -> str:
        return Robustness.tr("Out of date: the model, profile, method or basis changed since this run. "
                             "Press Run to update.")

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if not running:
            self.progress.setValue(0)

    # ---- outcomes -------------------------------------------------------------

    def _finished(self, outcome) -> None:
        elapsed = time.perf_counter() - self._started
        self._set_running(False)
        self.outcome, self._number = outcome, self._number + 1
        self.stale = False
        self._show_stale(False)
        self._fill(outcome)
        self.status.setText(Robustness.tr("Ranked {0} weightings in {1} s.").format(
            shown(f"{outcome.result.samples:,}"), shown(f"{elapsed:.2f}")))
        self.mark_stale()  # the model may have moved on while it ran

    def _cancelled(self) -> None:
        self._set_running(False)
        text = Robustness.tr("Cancelled: the run stopped without a result.")
        self.status.setText(text + " " + self._stale_text() if self.stale else text)

    def _failed(self, message: str) -> None:
        self._set_running(False)
        self.status.setText(Robustness.tr("The run failed: {0}").format(message))

    def _fill(self, outcome) -> None:
        result, model = outcome.result, outcome.job.subject.model
        options = {o.id: o.name for o in model.options}
        factors = {f.id: f.name for f in model.factors}
        labels = [label(o, options.get(o, o)) for o in result.options]
        ranks = [Robustness.tr("Rank {0}").format(shown(str(r + 1))) for r in range(len(result.options))]
        import numpy as np

        rows = np.column_stack([result.acceptability, result.confidence])
        self.acceptability_model.set_matrix(result.options, labels, [Robustness.tr("Option"), *ranks,
                                                                     Robustness.tr("Confidence")],
                                            rows)
        self.central_model.set_matrix(result.criteria, [label(f, factors.get(f, f)) for f in result.criteria],
                                      [Robustness.tr("Factor"), *result.options], result.central_weights.T)
        pairwise = result.pairwise
        if pairwise is None:  # not counted for a large model (see core.sensitivity.smaa)
            self.pairwise_model.clear()
        else:
            pairs = np.array(pairwise, dtype=float)
            np.fill_diagonal(pairs, np.nan)  # an option against itself: a dash
            self.pairwise_model.set_matrix(result.options, labels, [Robustness.tr("Ahead of →"), *result.options],
                                           pairs)
        self.headline.setText(acceptability_sentence(result, self.sampler_text(outcome.job)))
        self.convergence.setText(convergence_sentence(result))
        self.chart.refresh()

    def _paint(self):
        from core.charts import acceptability_chart

        if self.outcome is None:
            return None
        result, model = self.outcome.result, self.outcome.job.subject.model
        names = {o.id: o.name for o in model.options}
        labels, texts = [label(o, names.get(o, o), " ") for o in result.options], chart_texts()
        options = chart_options()
        return lambda figure: acceptability_chart(labels, result.acceptability, figure=figure, texts=texts, **options)
