"""New, Open, Save, Save As, Recent files, "Save changes?", crash recovery and lock warnings.

Every question goes through ``window.ask`` and every file name through
:meth:`FileHandler.ask_open_path` / :meth:`FileHandler.ask_save_path`, so the
tests can answer them without a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from core.bilingual import with_default_scales
from core.edits import default_score
from core.labels import default_band_names
from core.model import Bands, Criterion, DecisionModel, Option, Profile
from ui.bidi import isolated, name_filters
from ui.i18n import message_of

EXTENSION = ".mizan"


def blank_model(title: str, factor: str, option: str, profile: str, language: str = "en") -> DecisionModel:
    """A new project: one risk factor, two options, equal weights (the smallest useful model), its texts
    written in ``language``, the risk bands' names included (the default scales in both)."""
    criterion = Criterion("F1", factor)
    options = (Option("O1", f"{option} 1"), Option("O2", f"{option} 2"))
    scores = {(o.id, criterion.id): default_score(criterion) for o in options}
    return with_default_scales(DecisionModel(title=title, criteria=(criterion,), options=options, scores=scores,
                                             profiles=(Profile(profile),), language=language,
                                             bands=Bands(names=default_band_names(language))))


class FileHandler(QObject):
    """The window's file operations."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    @property
    def document(self):
        """The window's document."""
        return self.window.document

    def _error(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.widgets.common import plain_message

        plain_message(self.window, QMessageBox.Icon.Warning, self.tr("Mizan"), text).exec()

    def ask_open_path(self) -> str:
        """A file to open, from the standard dialog ('' when cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getOpenFileName(self.window, self.tr("Open Project"), "", name_filters(self.tr(
            "Mizan projects (*.mizan);;Spreadsheets (*.csv *.xlsx);;All files (*)")))[0]

    def ask_save_path(self) -> str:
        """A file name to save to, from the standard dialog ('' when cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        start = self.document.path or (self.document.model.title or self.tr("Untitled")) + EXTENSION
        return QFileDialog.getSaveFileName(self.window, self.tr("Save Project As"), start,
                                           name_filters(self.tr("Mizan projects (*.mizan)")))[0]

    def new(self) -> None:
        """Start an empty project (after offering to save the current one)."""
        if self.maybe_save():
            self.release_lock()
            self.document.load(blank_model(self.tr("Untitled"), self.tr("New factor"), self.tr("Option"),
                                           self.tr("Equal weights"), self.document.language), None)

    def open_dialog(self) -> None:
        """File ▸ Open."""
        if self.maybe_save():
            path = self.ask_open_path()
            if path:
                self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open ``path`` (.mizan, .csv or .xlsx); refuse a bad file with one plain message."""
        from core.loader import load_model_state
        from core.memory import keep_long_lived

        try:
            model, state = load_model_state(path)
        except Exception as exc:  # noqa: BLE001 - the open boundary: a message, and the current model stays
            self._error(self.tr("Cannot open {0}:\n{1}").format(isolated(path), message_of(exc)))
            self.window.settings.remove_recent(path)
            return False
        is_project = Path(path).suffix.lower() == EXTENSION
        if is_project and not self.take_lock(path):
            return False
        self.document.load(model, path if is_project else None, state=state)
        self.window.settings.add_recent(path)
        keep_long_lived()  # the model's scores stay while it is open: no full collection need visit them
        return True

    def take_lock(self, path: str) -> bool:
        """Lock ``path``; if another window holds it, ask whether to open it anyway."""
        from PySide6.QtWidgets import QMessageBox

        from ui.recovery import ProjectLock

        Button = QMessageBox.StandardButton  # noqa: N806 - the enum, named as Qt names it
        lock = ProjectLock(path)
        if not lock.acquire():
            owner = lock.owner()
            who = self.tr("process {0} on {1}").format(owner[0], owner[1]) if owner else self.tr("another window")
            text = self.tr("{0} is already open ({1}). If both copies are edited, one will overwrite the "
                           "other's changes.\n\nOpen it anyway?").format(Path(path).name, who)
            if self.window.ask(self.tr("Project Already Open"), text, Button.Open | Button.Cancel,
                               Button.Cancel) != Button.Open:
                return False
        self.release_lock()
        self.window.lock = lock
        return True

    def release_lock(self) -> None:
        """Give up the lock of the current project, if any."""
        if self.window.lock is not None:
            self.window.lock.release()
            self.window.lock = None

    def save(self) -> bool:
        """File ▸ Save (Save As when the project has no file yet)."""
        if not self.document.path:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        """File ▸ Save As."""
        path = self.ask_save_path()
        if not path:
            return False
        if Path(path).suffix.lower() != EXTENSION:
            path += EXTENSION
        if path != self.document.path and not self.take_lock(path):
            return False
        return self._write(path)

    def _write(self, path: str) -> bool:
        try:
            self.document.save(path)
        except Exception as exc:  # noqa: BLE001 - the save boundary: a message, the old file and the model stay
            self._error(self.tr("Cannot save {0}:\n{1}").format(isolated(path), message_of(exc)))
            return False
        if self.window.recovery is not None:
            self.window.recovery.discard()
        self.window.settings.add_recent(path)
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(isolated(path)), 5000)
        return True

    def maybe_save(self) -> bool:
        """"Save changes?" before the project goes away; False means stay."""
        if not self.document.is_modified():
            return True
        from PySide6.QtWidgets import QMessageBox  # made when first asked: not before the first paint

        Button = QMessageBox.StandardButton  # noqa: N806 - the enum, named as Qt names it
        answer = self.window.ask(self.tr("Save Changes?"), self.tr(
            "The project has unsaved changes. Save them before closing it?"),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard and self.window.recovery is not None:
            self.window.recovery.discard()
        return answer == Button.Discard

    def fill_recent_menu(self) -> None:
        """List the recent files in File ▸ Open Recent."""
        menu = self.window.recent_menu
        menu.clear()
        for path in self.window.settings.recent_files:
            action = menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.maybe_save() and self.open_path(p))
        menu.setEnabled(True)
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)

    def offer_recovery(self) -> None:
        """After a crash, offer the unsaved changes it left in a recovery file."""
        from PySide6.QtWidgets import QMessageBox  # made when first asked: not before the first paint

        Button = QMessageBox.StandardButton  # noqa: N806 - the enum, named as Qt names it
        recovery = self.window.recovery
        for orphan in recovery.orphans() if recovery is not None else []:
            name = Path(orphan.project).name if orphan.project else (orphan.title or self.tr("an untitled project"))
            text = self.tr("Mizan did not close normally. Unsaved changes to {0} from {1} were kept.\n\n"
                           "Restore them?").format(isolated(name), isolated(orphan.saved))
            answer = self.window.ask(self.tr("Recover Unsaved Changes"), text,
                                     Button.Yes | Button.Discard | Button.Cancel, Button.Yes)
            if answer == Button.Discard:
                orphan.discard()
            elif answer == Button.Yes and self._restore(orphan):
                return

    def _restore(self, orphan) -> bool:
        try:
            model, state = orphan.load()
        except Exception as exc:  # noqa: BLE001 - an open boundary too: a message, and the current model stays
            self._error(self.tr("The recovery file cannot be read:\n{0}").format(message_of(exc)))
            return False
        if orphan.project and not self.take_lock(orphan.project):
            return False
        self.document.load(model, orphan.project, modified=True, state=state)
        orphan.discard()
        self.window.save_recovery()
        return True
