"""Crash safety: autosave to a separate recovery file, and a lock on the open project.

Each running window owns a *session* in the recovery folder: ``ID.mizan``
(the unsaved model), ``ID.json`` (which project it belongs to, and when) and
``ID.lock``, a :class:`QLockFile` held while the window lives. The user's own
file is never written by autosave. At start-up, a session whose lock can be
taken belongs to a process that died: that is a crash to offer back.

:class:`ProjectLock` puts a lock file beside an open project (LibreOffice's
``.~lock.NAME#`` convention), so a second window opening it can warn.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from core.errors import ModelError
from core.model import DecisionModel
from core.storage.jsonio import read_json, write_json
from core.storage.project import write_project
from core.storage.view_state import ProjectState, read_project_state


def default_folder() -> Path:
    """Where recovery sessions live: the application's local data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "recovery"


def _held_lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # A window may stay open for days: age alone must never make its lock stale.
    lock.setStaleLockTime(0)
    return lock


@dataclass(frozen=True)
class Orphan:
    """A recovery session left behind by a window that did not close cleanly."""

    session: str
    model_path: Path
    project: str | None
    saved: str
    title: str

    def load(self) -> tuple[DecisionModel, ProjectState]:
        """The unsaved model with the view state it was left in (ModelError if the file is damaged)."""
        return read_project_state(self.model_path)

    def discard(self) -> None:
        """Delete the session's files."""
        for path in (self.model_path, self.model_path.with_suffix(".json")):
            path.unlink(missing_ok=True)


class Recovery:
    """This window's recovery session."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        # Private: a recovery copy is the user's unsaved work, and new files get the umask's (readable) default.
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.session = uuid.uuid4().hex
        self._lock = _held_lock(self.folder / f"{self.session}.lock")
        self._lock.tryLock(0)

    @property
    def model_path(self) -> Path:
        """The recovery copy of the model (never the user's file)."""
        return self.folder / f"{self.session}.mizan"

    def save(self, model: DecisionModel, project: str | None, state: ProjectState | None = None) -> None:
        """Write the unsaved ``model`` and view ``state`` (of the file ``project``, None when untitled)."""
        write_project(self.model_path, model, state)
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        write_json(self.model_path.with_suffix(".json"),
                   {"project": project, "saved": stamp, "title": model.title})

    def discard(self) -> None:
        """Forget the recovery copy (after a save, or when changes are thrown away)."""
        for path in (self.model_path, self.model_path.with_suffix(".json")):
            path.unlink(missing_ok=True)

    def close(self) -> None:
        """End the session cleanly: no copy, no lock left behind."""
        self.discard()
        self._lock.unlock()

    def orphans(self) -> list[Orphan]:
        """Sessions of windows that died with unsaved changes, newest first."""
        found = []
        for meta in self.folder.glob("*.json"):
            session = meta.stem
            if session == self.session or not _owner_gone(self.folder / f"{session}.lock"):
                continue
            orphan = _orphan(meta)
            if orphan is not None:
                found.append(orphan)
        return sorted(found, key=lambda o: o.saved, reverse=True)


def _owner_gone(lock_path: Path) -> bool:
    lock = _held_lock(lock_path)
    if not lock.tryLock(0):
        return False
    lock.unlock()
    return True


def _orphan(meta: Path) -> Orphan | None:
    model_path = meta.with_suffix(".mizan")
    try:
        data = read_json(meta)
    except ModelError:
        data = None
    if not isinstance(data, dict) or not model_path.exists():
        meta.unlink(missing_ok=True)
        return None
    project = data.get("project")
    return Orphan(session=meta.stem, model_path=model_path,
                  project=project if isinstance(project, str) else None,
                  saved=str(data.get("saved", "")), title=str(data.get("title", "")))


class ProjectLock:
    """A lock file beside an open project; another window finds it taken."""

    def __init__(self, project: str) -> None:
        # Beside the file itself, not a link to it: a window that opened it by another name must see the lock.
        path = Path(project).resolve()
        self._lock = _held_lock(path.with_name(f".~lock.{path.name}#"))

    def acquire(self) -> bool:
        """Take the lock; False when another living process holds it.

        A folder we cannot write to cannot hold a lock either; that is no
        reason to refuse opening the file, so it counts as acquired.
        """
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def owner(self) -> tuple[int, str, str] | None:
        """(pid, host, application) of whoever holds the lock, when readable."""
        info = self._lock.getLockInfo()
        return tuple(info) if info else None  # type: ignore[return-value]

    def release(self) -> None:
        """Give the lock up (the window closed the project)."""
        self._lock.unlock()
