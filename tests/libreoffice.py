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


# A fresh LibreOffice profile that recalculates every formula of an xlsx on load
# (OOXMLRecalcMode 0 = always), whatever values the file caches.
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def convert_many(paths: list[Path], target: str, outdir: Path) -> list[Path]:
    """Convert several files in ONE LibreOffice run (start-up dominates), recalculating each on load."""
    profile = (outdir / "lo-profile").resolve()
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS, encoding="utf-8")
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", str(outdir), *map(str, paths)],
                   check=True, capture_output=True, timeout=600)
    results = [outdir / f"{path.stem}.{target.split(':')[0]}" for path in paths]
    missing = [r.name for r in results if not r.exists()]
    assert not missing, f"LibreOffice wrote no {', '.join(missing)}"
    return results


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
