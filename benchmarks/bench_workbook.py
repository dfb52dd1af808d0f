"""Workbook export: time and size of the live workbook for the paper's model and a 300 × 40 one.

Every method is written as formulas on the Methods sheet, O(options ×
criteria) cells; this measures what that costs to write (build_report
excluded, robustness left out) and how big the file gets.  Where
LibreOffice is installed it also times one headless open, full
recalculation and save of the large workbook (start-up included).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from core.builtin import builtin_model
from core.model import Criterion, DecisionModel, Option, Profile, Score
from core.reports.data import build_report
from core.reports.excel import workbook_bytes


def _large(n: int = 300, m: int = 40) -> DecisionModel:
    rng = random.Random(1)
    ids = [f"C{j + 1}" for j in range(m)]
    scores = {(f"A{i}", cid): Score(value=round(rng.uniform(1, 100), 2)) for i in range(n) for cid in ids}
    criteria = tuple(Criterion(cid, cid, direction="cost" if j % 3 == 0 else "benefit", kind="value",
                               scale=(1.0, 100.0)) for j, cid in enumerate(ids))
    return DecisionModel("large", criteria, tuple(Option(f"A{i}", f"A{i}") for i in range(n)), scores,
                         (Profile("given", {cid: 1.0 + j % 5 for j, cid in enumerate(ids)}),))


def _recalculation(payload: bytes) -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "LibreOffice not installed"
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "large.xlsx"
        source.write_bytes(payload)
        start = time.perf_counter()
        subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore",
                        "--convert-to", "xlsx", "--outdir", f"{folder}/out", str(source)],
                       check=True, capture_output=True, timeout=600)
        return f"{time.perf_counter() - start:.1f} s"


def main() -> None:
    """Print one line per model, then the LibreOffice round on the large one."""
    print(f"{'model':<22}{'write s':>10}{'size MB':>10}")
    payload = b""
    for name, model in (("paper 5 × 17", builtin_model()), ("large 300 × 40", _large())):
        data = build_report(model, model.profiles[0], samples=0)
        start = time.perf_counter()
        payload = workbook_bytes(data)
        print(f"{name:<22}{time.perf_counter() - start:>10.2f}{len(payload) / 2**20:>10.2f}", flush=True)
    print(f"LibreOffice open, recalculate and save the large workbook: {_recalculation(payload)}")
