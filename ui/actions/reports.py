"""File ▸ Export and File ▸ Import Scores, for one main window.

Export computes the report (methods, profiles, SMAA) and writes the file
atomically in the chosen format, both off the GUI thread (:class:`ui.workers.Runner`);
the progress dialog only shows progress, offers Cancel and gives way to the
result. Import reads the file, shows a cell-by-cell preview and
applies the accepted changes as one undoable step. File names and warnings
go through methods that tests replace, so no test waits on a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from core.errors import ModelError, user_message
from ui.reports.formats import check_report_size, write_report
from ui.widgets.common import plain_message
from ui.workers import Runner

FILTERS = {".xlsx": "Excel workbook (*.xlsx)", ".pdf": "PDF report (*.pdf)", ".html": "HTML report (*.html)",
           ".csv": "CSV matrix and ranking (*.csv)"}
STATUS_MS = 8_000


COMPUTED = 0.9  # share of the progress bar for computing; writing takes the rest


@dataclass(frozen=True)
class ReportInputs:
    """What a report is computed from, and where it goes."""

    model: object
    profile: object
    method: str
    target: Path
    samples: int | None = None  # None: the report's default
    seed: int = 0
    concentration: float | None = None  # None: uniform over all weightings
    basis: str | None = None  # "inherent" or "residual": what the rankings are computed on (None: the model's)


def export_report(inputs: ReportInputs, progress, cancel) -> list[Path]:
    """Compute the report and write it, off the GUI thread; return the files written.

    SMAA follows ``progress`` and ``cancel``; a cancel after the computation
    still stops before anything is written.
    """
    from core.reports.data import build_report
    from core.sensitivity.progress import scaled, step

    data = build_report(inputs.model, inputs.profile, inputs.method, samples=inputs.samples,
                        seed=inputs.seed, progress=scaled(progress, 0.0, COMPUTED),
                        cancel=cancel, concentration=inputs.concentration, basis=inputs.basis)
    step(progress, cancel, COMPUTED)
    written = write_report(inputs.target, data)
    step(progress, None, 1.0)
    return written


class ReportActions(QObject):
    """The File menu's Export… and Import Scores… actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.runner = Runner(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._written)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.progress: QProgressDialog | None = None

    def fill(self, menu: QMenu) -> None:
        """Add the actions to ``menu``."""
        self.export_action = QAction(self.tr("&Export Report…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)
        self.import_action = QAction(self.tr("&Import Scores…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_scores)
        menu.addActions([self.export_action, self.import_action])

    # ---- export -------------------------------------------------------------

    def ask_export_path(self) -> Path | None:
        """The file to export to, its extension completed from the chosen filter (tests replace this)."""
        name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export report"), "",
                                                   ";;".join(FILTERS.values()))
        if not name:
            return None
        path = Path(name)
        suffix = next((s for s, f in FILTERS.items() if f == chosen), ".xlsx")
        return path if path.suffix.lower() in FILTERS else path.with_suffix(suffix)

    def export(self) -> None:
        """Ask where, then compute in the background and write."""
        path = self.ask_export_path()
        if path is None or self.runner.busy():
            return
        self.start_export(path)

    def start_export(self, path: Path) -> None:
        """Compute and write the report for ``path`` behind a cancellable progress dialog."""
        doc = self.document
        try:  # a report too large to draw is refused before any work, as on the command line
            check_report_size(Path(path), len(doc.model.options))
        except ModelError as exc:
            self.warn(self.tr("Export failed"), user_message(exc))
            return
        self.progress = QProgressDialog(self.tr("Exporting the report…"), self.tr("Cancel"), 0, 1000, self.window)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.runner.cancel)
        profile = doc.profile()
        if doc.is_profile_modified():  # never reported under the name of the saved profile it differs from
            profile = profile.replace(name=self.tr("{0} (unsaved changes)").format(profile.name))
        self.runner.start(export_report, ReportInputs(doc.model, profile, doc.method, path, *self._smaa_run()))

    def _smaa_run(self) -> tuple[int | None, int, float | None]:
        """Samples, seed and sampler of the analyst's last robustness run in the window (the defaults if none)."""
        dock = getattr(self.window, "robustness", None)
        outcome = dock.view.smaa.outcome if dock is not None else None
        return (outcome.job.samples, outcome.job.seed, outcome.job.concentration) if outcome is not None \
            else (None, 0, None)

    def busy(self) -> bool:
        """True while a report is being computed or written."""
        return self.runner.busy()

    def _progressed(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress.setValue(int(fraction * 1000))

    def _written(self, written: list[Path]) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(
            self.tr("Exported {0}").format(", ".join(str(p) for p in written)), STATUS_MS)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.warn(self.tr("Export failed"), message)

    def _cancelled(self) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(self.tr("Export cancelled"), STATUS_MS)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
        self.progress = None

    def wait(self) -> None:
        """Stop a running export and wait for its thread (the window is closing)."""
        self.runner.stop()

    # ---- import -------------------------------------------------------------

    def ask_import_path(self) -> Path | None:
        """The workbook or CSV to read scores from (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import scores"), "",
                                              self.tr("Workbooks and CSV (*.xlsx *.csv)"))
        return Path(name) if name else None

    def import_scores(self) -> None:
        """Preview the scores in a file; apply them as one undoable step if accepted."""
        path = self.ask_import_path()
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> bool:
        """Preview ``path``; True when its changes were applied."""
        from core.reports.score_import import preview_import
        from ui.dialogs.score_import import ScoreImportDialog

        try:
            preview = preview_import(self.document.model, path)
        except Exception as exc:  # noqa: BLE001 - the import boundary: a message, and the model stays
            self.warn(self.tr("Cannot import scores"), user_message(exc))
            return False
        if not self.confirm(ScoreImportDialog(preview, self.window)):
            return False
        from core.edits import AddProfile, Batch, SetScore

        edits = [SetScore(c.option, c.factor, {c.field: c.new}) for c in preview.changes]
        edits += [AddProfile(preview.profile)] if preview.profile is not None else []
        edit = Batch(tuple(edits))
        return self.document.apply(edit)

    def confirm(self, dialog) -> bool:
        """Show the preview; True on Apply (tests replace this)."""
        return dialog.exec() == dialog.DialogCode.Accepted

    def warn(self, title: str, text: str) -> None:
        """A plain-text warning (tests replace this)."""
        plain_message(self.window, QMessageBox.Icon.Warning, title, text).exec()
