"""File ▸ Export and File ▸ Import Scores, for one main window.

Export computes the report (methods, profiles, SMAA) and writes the file
atomically in the chosen format, both in a child process
(:mod:`ui.reports.job`, waited for by a :class:`ui.workers.Runner`);
the progress dialog only shows progress, offers Cancel and gives way to the
result. Import reads the file, shows a cell-by-cell preview and
applies the accepted changes as one undoable step. File names and warnings
go through methods that tests replace, so no test waits on a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from core.bilingual import new_name
from core.errors import ModelError
from ui.bidi import name_filters
from ui.i18n import current, listed, message_of
from ui.reports.formats import check_report_size
from ui.widgets.common import plain_message, text_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from ui.workers import Runner

SUFFIXES = (".xlsx", ".pdf", ".html", ".csv")
STATUS_MS = 8_000


class ReportActions(QObject):
    """The File menu's Export… and Import Scores… actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        # What the child process runs: ui.reports.job.export_report, loaded at the first export (it costs the window's
        # start-up 6 M instructions); tests put another importable job here.
        self.job: Callable[..., object] | None = None
        self.progress: QProgressDialog | None = None

    @cached_property
    def runner(self) -> Runner:
        """The export's runner, made when first asked for (ui.workers costs the window's start-up 9 M instructions)."""
        from ui.workers import Runner

        runner = Runner(self)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._written)
        runner.failed.connect(self._failed)
        runner.cancelled.connect(self._cancelled)
        return runner

    def fill(self, menu: QMenu) -> None:
        """Add the actions to ``menu``."""
        self.export_action = text_action(self.tr("&Export Report…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)
        self.import_action = text_action(self.tr("&Import Scores…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_scores)
        menu.addActions([self.export_action, self.import_action])

    # ---- export -------------------------------------------------------------

    def ask_export_path(self) -> Path | None:
        """The file to export to, its extension completed from the chosen filter (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog  # made when first asked: not before the first paint

        filters = name_filters(";;".join(self.export_filters())).split(";;")
        name, chosen = QFileDialog.getSaveFileName(self.window, self.export_title(), "", ";;".join(filters))
        if not name:
            return None
        path = Path(name)
        suffix = next((s for s, f in zip(SUFFIXES, filters) if f == chosen), ".xlsx")
        return path if path.suffix.lower() in SUFFIXES else path.with_suffix(suffix)

    def export_filters(self) -> tuple[str, ...]:
        """The save dialog's filters, one for each of :data:`SUFFIXES`, in the interface language."""
        return (self.tr("Excel workbook (*.xlsx)"), self.tr("PDF report (*.pdf)"), self.tr("HTML report (*.html)"),
                self.tr("CSV matrix and ranking (*.csv)"))

    def export_title(self) -> str:
        """The save dialog's title: a report is written in the interface language, and the dialog says which."""
        if current().code == "ar":
            return self.tr("Export report (written in Arabic)")
        return self.tr("Export report (written in English)")

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
            self.warn(self.tr("Export failed"), message_of(exc))
            return
        from PySide6.QtWidgets import QProgressDialog

        self.progress = QProgressDialog(self.tr("Exporting the report…"), self.tr("Cancel"), 0, 1000, self.window)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.runner.cancel)
        profile = doc.profile()
        if doc.is_profile_modified():  # never reported under the name of the saved profile it differs from
            profile = new_name(profile, self.tr("{0} (unsaved changes)").format(profile.name))
        # On "both" the window's single-basis views (robustness) show residual risk: the report follows them.
        from ui.reports.job import ReportInputs, export_report

        inputs = ReportInputs(doc.model, profile, doc.method, path, *self._smaa_run(), basis=doc.ranked_basis,
                              language=current().code)
        from ui.processes import run_in_child  # pickle with it: needed once an export starts

        self.runner.start(run_in_child, (self.job or export_report, inputs))

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
            self.tr("Exported {0}").format(listed(str(p) for p in written)), STATUS_MS)

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
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import scores"), "",
                                              name_filters(self.tr("Workbooks and CSV (*.xlsx *.csv)")))
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
            self.warn(self.tr("Cannot import scores"), message_of(exc))
            return False
        if not self.confirm(ScoreImportDialog(preview, self.window)):
            return False
        from core.edits import AddProfile, Batch, Restore, SetScore

        edits = [SetScore(c.option, c.factor, {c.field: c.new}) for c in preview.changes]
        edits += [AddProfile(preview.profile)] if preview.profile is not None else []
        edits += [Restore({"register": preview.model.register})] if preview.register else []
        edit = Batch(tuple(edits))
        return self.document.apply(edit)

    def confirm(self, dialog) -> bool:
        """Show the preview; True on Apply (tests replace this)."""
        return dialog.exec() == dialog.DialogCode.Accepted

    def warn(self, title: str, text: str) -> None:
        """A plain-text warning (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox  # made when first asked: not before the first paint

        plain_message(self.window, QMessageBox.Icon.Warning, title, text).exec()
