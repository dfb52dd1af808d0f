"""Pictures of the states the tests reach, for a reviewer: saved only when MIZAN_SHOTS names a folder."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_FOLDER = "desk"


def shots_folder(folder: str | None = None) -> Path | None:
    """``$MIZAN_SHOTS/folder``, made if need be; None when the variable is unset."""
    root = os.environ.get("MIZAN_SHOTS")
    if not root:
        return None
    target = Path(root) / (folder or DEFAULT_FOLDER)
    target.mkdir(parents=True, exist_ok=True)
    return target


def shot(widget, name: str, folder: str | None = None) -> None:
    """Save ``widget.grab()`` as ``name``.png in :func:`shots_folder` (nothing when MIZAN_SHOTS is unset)."""
    target = shots_folder(folder)
    if target is not None:
        widget.grab().save(str(target / f"{name}.png"))
