"""Robustness speed and memory: SMAA end to end, and the whole ``sensitivity`` command.

End to end means sampling the weights, scoring, ranking and counting every
index SMAA reports (acceptability, central weights, pairwise wins, then the
confidence factors); the study (model → arrays, baseline run) is built
before the clock starts.  Cases, with the targets of issue 6:

* the paper's model (5 options × 17 factors, "Equal weights"), 10^6 weight
  samples uniform over the simplex, under WSM (< 0.25 s) and under every
  other method (< 1 s);
* a random 200 options × 500 criteria model, 10^5 samples (no target);
* ``python main.py sensitivity --samples 1000000`` in a subprocess, start-up,
  model loading, SMAA, thresholds and printing included (< 2 s).

Times are the best of REPEATS runs (the machine is shared, so the best run
is the least disturbed one).  Peak memory is one further in-process run
under tracemalloc, which sees numpy's buffers, and the subprocess's maximum
resident set size (ru_maxrss from os.wait4).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np

from core.builtin import builtin_model
from core.model import Criterion, DecisionModel, Option, Profile, Score
from core.sensitivity import SmaaInputs, run_smaa, study

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 3
PAPER_SAMPLES, LARGE_SAMPLES = 10**6, 10**5
COMMAND = [sys.executable, "main.py", "sensitivity", "--samples", str(PAPER_SAMPLES)]


def _large_model(n: int = 200, m: int = 500, seed: int = 0) -> DecisionModel:
    """Random values 1–9 on a 0–10 scale, benefits and costs alternating, equal weights."""
    values = np.random.default_rng(seed).uniform(1, 9, (n, m))
    criteria = tuple(Criterion(f"C{j + 1}", f"C{j + 1}", direction="benefit" if j % 2 else "cost",
                               kind="value", scale=(0.0, 10.0)) for j in range(m))
    options = tuple(Option(f"A{i + 1}", f"A{i + 1}") for i in range(n))
    scores = {(o.id, c.id): Score(value=float(values[i, j]))
              for i, o in enumerate(options) for j, c in enumerate(criteria)}
    return DecisionModel("random 200 × 500", criteria, options, scores, (Profile("Equal weights"),))


def _best_seconds(call: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def _peak_mb(call: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _smaa_row(label: str, model: DecisionModel, method: str, samples: int, target: float | None,
              repeats: int) -> list[object]:
    inputs = SmaaInputs(study(model, model.profiles[0], method), samples, seed=0)

    def call() -> object:
        return run_smaa(inputs)

    return [label, method, samples, _best_seconds(call, repeats), _peak_mb(call), target]


def _command_row() -> list[object]:
    best, peak, failure = float("inf"), 0.0, ""
    for _ in range(REPEATS):
        start = time.perf_counter()
        child = subprocess.Popen(COMMAND, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        error = child.stderr.read().decode(errors="replace").strip() if child.stderr else ""
        if child.stderr:
            child.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            failure = error.splitlines()[-1] if error else f"exit status {status}"
            break
        best, peak = min(best, elapsed), max(peak, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux
    if failure:
        return ["main.py sensitivity (subprocess)", "wsm", PAPER_SAMPLES, f"failed: {failure}", "", 2.0]
    return ["main.py sensitivity (subprocess, RSS)", "wsm", PAPER_SAMPLES, best, peak, 2.0]


def _format(row: list[object]) -> str:
    label, method, samples, seconds, peak, target = row
    time_text = f"{seconds:9.3f}" if isinstance(seconds, float) else str(seconds)
    peak_text = f"{peak:8.1f}" if isinstance(peak, float) else f"{peak:>8}"
    if target is None or not isinstance(seconds, float):
        verdict = "" if target is None else f"< {target:g} s"
    else:
        verdict = f"< {target:g} s  " + ("ok" if seconds < target else f"MISSED by {seconds - target:.3f} s")
    return f"{label:38} {method:10} {samples:>8} {time_text:>9} {peak_text} {verdict}"


def main() -> None:
    """Print one row per case: time (best of REPEATS) and peak memory."""
    paper, large = builtin_model(), _large_model()
    rows = [_smaa_row("SMAA, paper model", paper, method, PAPER_SAMPLES, 0.25 if method == "wsm" else 1.0,
                      REPEATS) for method in ("wsm", "wpm", "topsis", "vikor", "promethee2")]
    rows += [_smaa_row("SMAA, random 200 × 500", large, method, LARGE_SAMPLES, None, 1)
             for method in ("wsm", "topsis")]
    rows.append(_command_row())
    print(f"{'case':38} {'method':10} {'samples':>8} {'time (s)':>9} {'peak MB':>8} target")
    for row in rows:
        print(_format(row), flush=True)
