"""The export job of the window and the command line: compute a report and write it (no Qt imported here).

The window runs :func:`export_report` through :func:`ui.processes.run_in_child`:
openpyxl, matplotlib and Qt's text layout hold the GIL for long stretches,
and on a thread of the window's process every one of them froze the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ui.reports.formats import write_report

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
    language: str = "en"  # the report's words and the model's texts ("en" or "ar"; a text not written in it falls back)
    page: str = "a4"  # PDF paper size


def in_language(model, profile, language: str):
    """``model`` with its texts in ``language`` (falling back to the other's), and ``profile`` as that model holds it.

    A profile that is not one of the model's (a working copy under a new name) keeps its texts.
    """
    from core.bilingual import localized

    shown = localized(model, language)
    for held, theirs in zip(model.profiles, shown.profiles):
        if held == profile:
            return shown, theirs
    return shown, profile


def export_report(inputs: ReportInputs, progress, cancel) -> list[Path]:
    """Compute the report and write it; return the files written.

    SMAA follows ``progress`` and ``cancel``; a cancel after the computation
    still stops before anything is written.
    """
    from core.reports.data import build_report
    from core.sensitivity.progress import scaled, step

    # The one place the model enters every export (window and command line): a report in another
    # language than the model's takes the model with its texts in that language here.
    model, profile = in_language(inputs.model, inputs.profile, inputs.language)
    data = build_report(model, profile, inputs.method, samples=inputs.samples,
                        seed=inputs.seed, progress=scaled(progress, 0.0, COMPUTED),
                        cancel=cancel, concentration=inputs.concentration, basis=inputs.basis)
    step(progress, cancel, COMPUTED)
    written = write_report(inputs.target, data, inputs.page, inputs.language)
    step(progress, None, 1.0)
    return written
