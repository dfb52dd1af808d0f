"""One entry point for every file a command or the window accepts as a model."""

from __future__ import annotations

import os
from pathlib import Path

from core.builtin import builtin_model
from core.errors import FileFormatError, Message
from core.model import DecisionModel
from core.storage.project import read_project
from core.storage.spreadsheet import read_spreadsheet
from core.storage.view_state import ProjectState, read_project_state


def load_model(path: str | os.PathLike | None) -> DecisionModel:
    """The model in ``path`` (``.mizan``, ``.csv`` or ``.xlsx``), or the built-in one for None."""
    if path is None:
        return builtin_model()
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return read_spreadsheet(path)
    if suffix in (".mizan", ".json"):
        return read_project(path)
    raise FileFormatError(Message("messages.loader.unknown_type", file=str(path),
                                  suffix=suffix or Message("messages.loader.no_suffix")))


def load_model_state(path: str | os.PathLike | None) -> tuple[DecisionModel, ProjectState]:
    """:func:`load_model`, with the view state a project file was saved with (empty for other files)."""
    if path is not None and Path(path).suffix.lower() in (".mizan", ".json"):
        return read_project_state(path)
    return load_model(path), ProjectState()
