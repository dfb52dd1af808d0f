"""Pictures of repaired states for the review, kept outside the repository (only when its folder exists)."""

from __future__ import annotations

from pathlib import Path

SHOTS = Path(__file__).resolve().parents[3] / "notes" / "shots-i12"


def shot(widget, name: str, folder: str | None = None) -> None:
    """Save ``widget.grab()`` as ``name``.png beside the review notes (in ``folder`` there), if there are any."""
    shots = SHOTS if folder is None else SHOTS.parent / folder
    if shots.parent.is_dir():
        shots.mkdir(exist_ok=True)
        widget.grab().save(str(shots / f"{name}.png"))
