"""Pictures of the states the tests reach, for a reviewer: saved only when MIZAN_SHOTS names a folder."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_FOLDER = "desk"


def shot(widget, name: str, folder: str | None = None) -> None:
    """Save ``widget.grab()`` as ``name``.png in ``$MIZAN_SHOTS/folder`` (nothing when the variable is unset)."""
    root = os.environ.get("MIZAN_SHOTS")
    if not root:
        return
    target = Path(root) / (folder or DEFAULT_FOLDER)
    target.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(target / f"{name}.png"))
