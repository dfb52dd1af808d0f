"""Pictures of repaired states for the review, kept outside the repository (only when its folder exists)."""

from __future__ import annotations

from pathlib import Path

NOTES = Path(__file__).resolve().parents[3] / "notes"
SHOTS = NOTES / "shots-i12"


def shot(widget, name: str, folder: str = SHOTS.name) -> None:
    """Save ``widget.grab()`` as ``name``.png in ``folder`` beside the review notes, if there are any."""
    if NOTES.is_dir():
        (NOTES / folder).mkdir(exist_ok=True)
        widget.grab().save(str(NOTES / folder / f"{name}.png"))
