"""Recalculate a workbook in LibreOffice headless, for checks against the app.

Skips (with the reason shown) where LibreOffice is not installed; CI installs
it (``.ci/run``), so the recalculation checks always run there.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: recalculation checks skipped")


def convert(path: Path, target: str, outdir: Path) -> Path:
    """Convert ``path`` with LibreOffice to ``target`` (e.g. 'xlsx', 'pdf') in ``outdir``."""
    profile = (outdir / "lo-profile").resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", str(outdir), str(path)],
                   check=True, capture_output=True, timeout=180)
    result = outdir / f"{path.stem}.{target.split(':')[0]}"
    assert result.exists(), f"LibreOffice wrote no {result.name}"
    return result


def recalculated(path: Path, outdir: Path):
    """The workbook as LibreOffice computes it: an openpyxl book of cached values."""
    from openpyxl import load_workbook

    return load_workbook(convert(path, "xlsx", outdir), data_only=True)
