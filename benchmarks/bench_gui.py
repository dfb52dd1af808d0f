"""Window speed: time to first paint from process start, and one weight-slider step.

First paint is measured in fresh processes (the parent notes the wall clock
before starting Python, the child prints it when the main window has painted
the built-in model), several runs taking turns with the bare window, offscreen, with bytecode caching on as an
installed app has it. A bare PySide6 main window is measured the same way as
the floor. The slider step is measured in process on the paper's model and
on a 300 × 40 direct-value model: one weight edit through the document
(recompute of the ranking, the tree, the matrix), then the event loop's turns
that draw the ranking chart and repaint the window, as a drag does. The
longest stall of the event loop (a 5 ms timer probing it) is measured while
the robustness view recomputes, a 10⁶-sample SMAA runs and each export runs.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
STEPS = 40
PROBE_MS = 5
STALL_WINDOW = 20.0  # seconds of a long run sampled for stalls before it is cancelled
SMAA_SAMPLES = 10**6
TARGET_PAINT_RATIO = 2.0  # first paint of the app against a bare PySide6 window
TARGET_STEP, TARGET_LARGE_STEP = 0.008, 0.030  # median slider step: paper's model, 300 × 40
TARGET_STALL = 0.100  # longest event-loop stall while long work runs

WINDOW = """
from ui.app import create_app, open_window
app = create_app()
window = open_window(None, interactive=False)
window.first_painted.connect(lambda: (print(repr(time.time()), flush=True), app.quit()))
window.show()
app.exec()
"""
# What ``python main.py`` runs: the command line is parsed (ui.cli imported) before the window.
APP_CHILD = "import time\nimport ui.cli\n" + WINDOW
WINDOW_CHILD = "import time\n" + WINDOW

BARE_CHILD = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(repr(time.time()), flush=True), app.quit()))
            window.removeEventFilter(self)
        return False
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def _first_paints(*children: str) -> list[list[float]]:
    """Seconds from process start to first paint of each child, ``RUNS`` times each, the children taking turns.

    Taking turns (app, window, bare, app, …) rather than running each child's
    runs in a block lets a change in the machine's load fall on every child
    alike, so the ratio of their medians compares like with like.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for child in children:  # writes the bytecode caches, as an installed app has them
        subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env, capture_output=True, check=True, timeout=60)
    times: list[list[float]] = [[] for _ in children]
    for _ in range(RUNS):
        for child, kept in zip(children, times):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env, capture_output=True, text=True,
                                 check=True, timeout=60)
            kept.append(float(out.stdout.split()[-1]) - start)
    return times


def _large_model(options: int = 300, factors: int = 40, seed: int = 0):
    """Random direct values on a 0–10 scale in four groups, benefits and costs alternating, equal weights."""
    import numpy as np

    from core.model import Criterion, DecisionModel, Option, Profile, Score

    values = np.random.default_rng(seed).uniform(1, 9, (options, factors))
    leaves = [Criterion(f"C{j + 1}", f"Factor {j + 1}", direction="benefit" if j % 2 else "cost", kind="value",
                        scale=(0.0, 10.0)) for j in range(factors)]
    groups = tuple(Criterion(f"G{g + 1}", f"Group {g + 1}", children=tuple(leaves[g::4])) for g in range(4))
    rows = tuple(Option(f"A{i + 1}", f"Option {i + 1}") for i in range(options))
    scores = {(o.id, c.id): Score(value=float(values[i, j])) for i, o in enumerate(rows) for j, c in enumerate(leaves)}
    return DecisionModel(f"random {options} × {factors}", groups, rows, scores, (Profile("Equal weights"),))


def _window(model=None):
    """A shown, painted, interactive-free window with its charts drawn (the built-in model by default)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import create_app, open_window
    from ui.main_window import MainWindow

    app = create_app()
    window = open_window(None, interactive=False) if model is None else MainWindow(model, interactive=False)
    window.show()
    app.processEvents()
    window.results.activate()
    window.draw_charts()
    QApplication.processEvents()
    # The steps measure a settled window, as an analyst meets it: the first one's start-up imports
    # (ui.workers.warm_up) otherwise run beside the first rows and take the GIL from the GUI thread.
    for thread in threading.enumerate():
        if thread.name == "warm-up":
            thread.join()
    return window


def _slider_steps(window, criterion: str, whole: bool = True) -> tuple[list[float], list[float]]:
    """One weight edit through the document, then the event loop's turns that redraw, as a drag does.

    ``whole``: then repaint the whole window, as this row always has (so figures stay comparable);
    without it only what the edit marked for repainting is painted, which is what the app does.
    """
    from PySide6.QtWidgets import QApplication

    window.criteria.select(criterion)
    recompute, redraw = [], []
    for step in range(STEPS):
        share = 0.1 + 0.8 * step / STEPS
        start = time.perf_counter()
        window.document.set_weight(criterion, share, merge_key=("bench",))
        middle = time.perf_counter()
        # Views follow the notifications; the coalesced chart redraw and the paints run on the next turns.
        QApplication.processEvents()
        QApplication.processEvents()
        if whole:
            window.repaint()
        recompute.append(middle - start)
        redraw.append(time.perf_counter() - start)
    return recompute, redraw


def _max_stall(start, done, stop=None, limit: float = STALL_WINDOW) -> float:
    """The longest gap (seconds) between turns of the event loop from ``start()`` until ``done()``.

    A 5 ms QTimer probes the loop: every gap between its firings beyond
    that interval is time the window could not answer input. Work still
    running after ``limit`` seconds is stopped with ``stop()`` (the stall of
    the cancel counts too), so a very long run is sampled, not awaited.
    """
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    clock, gaps, last = QElapsedTimer(), [0.0], [0]
    probe = QTimer()
    probe.setInterval(PROBE_MS)

    def tick() -> None:
        now = clock.elapsed()
        gaps.append((now - last[0] - PROBE_MS) / 1000)
        last[0] = now

    probe.timeout.connect(tick)
    clock.start()
    probe.start()
    start()
    while not done():
        if stop is not None and clock.elapsed() > limit * 1000:
            stop()
            stop = None
        QApplication.processEvents()
        time.sleep(0.001)
    probe.stop()
    gaps.append((clock.elapsed() - last[0] - PROBE_MS) / 1000)
    return max(gaps)


def _print_stall_rows(window, label: str, tmp: Path) -> None:
    """Longest stall while the robustness view recomputes, the largest allowed SMAA runs, each export runs."""
    view = window.robustness.view
    window.robustness.show_view()
    updated = []
    view.updated.connect(lambda: updated.append(1))
    factor = window.document.model.factors[0].id

    def edit() -> None:
        updated.clear()
        window.document.set_weight(factor, 0.3, merge_key=None)
        view.recompute()

    print(_stall_row(f"{label}: robustness view", [_max_stall(edit, lambda: bool(updated))]), flush=True)
    smaa = view.smaa
    # The largest run the bounds allow: 10⁶ samples on the paper's model, fewer on 300 options.
    from core.sensitivity.smaa import MAX_WORK

    samples = min(SMAA_SAMPLES, MAX_WORK // len(window.document.model.options))
    smaa.samples.setValue(samples)
    print(_stall_row(f"{label}: SMAA {samples:,} samples (first {STALL_WINDOW:g} s)",
                     [_max_stall(smaa.run, lambda: not smaa.runner.busy(), smaa.cancel)]), flush=True)
    actions, failures = window.report_actions, []
    actions.warn = lambda _title, text: failures.append(text)  # a modal message box would stop the bench
    for suffix in (".xlsx", ".pdf", ".html"):
        target = tmp / f"{label.replace(' ', '_')}{suffix}"
        failures.clear()
        name = f"{label}: export {suffix} (first {STALL_WINDOW:g} s)"
        stall = _max_stall(lambda t=target: actions.start_export(t), lambda: not actions.busy(),
                           actions.runner.cancel)
        if failures:  # refused before any work (a PDF or HTML of more than 100 options): nothing to judge
            reason = failures[0].split(": ", 1)[-1][:70]
            print(_row(f"longest stall, {name} (ms)", [stall], 1000, f"not measured: refused, {reason}"), flush=True)
        else:
            print(_stall_row(name, [stall]), flush=True)


def _stall_row(name: str, values: list[float]) -> str:
    verdict = "ok" if max(values) <= TARGET_STALL else f"over {TARGET_STALL * 1000:.0f} ms"
    return _row(f"longest stall, {name} (ms)", values, 1000, verdict)


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, math.ceil(0.95 * len(values)) - 1)]


def _step_rows(label: str, recompute: list[float], redraw: list[float], target: float, note: str) -> list[str]:
    verdict = "ok" if statistics.median(redraw) <= target else f"over {target * 1000:.0f} ms"
    return [_row(f"{label}: recompute (ms)", recompute, 1000, note),
            _row(f"{label}: recompute + redraw (ms)", redraw, 1000, f"p95 {_p95(redraw) * 1000:.1f}; {verdict}")]


def _row(name: str, values: list[float], unit: float, suffix: str) -> str:
    median = statistics.median(values) * unit
    return (f"{name:<52} {median:>9.1f} {min(values) * unit:>9.1f} {max(values) * unit:>9.1f}"
            f" {len(values):>5}  {suffix}")


def main() -> None:
    """Print the table."""
    import tempfile

    app_times, window_times, bare_times = _first_paints(APP_CHILD, WINDOW_CHILD, BARE_CHILD)
    window = _window()
    paper = _slider_steps(window, "SEC")
    large_window = _window(_large_model())
    large = _slider_steps(large_window, "C1")
    floor = statistics.median(bare_times)
    ratio = statistics.median(app_times) / floor
    verdict = "ok" if ratio <= TARGET_PAINT_RATIO else f"over {TARGET_PAINT_RATIO:g} × the floor"
    print(f"{'measure':<52} {'median':>9} {'min':>9} {'max':>9} {'runs':>5}")
    print(_row("first paint, built-in model (ms from start)", app_times, 1000,
               f"{ratio:.2f} × the bare window ({floor * 1000:.0f} ms); {verdict}"))
    print(_row("  same without importing ui.cli first (ms)", window_times, 1000, "the window's own share"))
    print(_row("first paint, bare PySide6 window (ms)", bare_times, 1000, "floor"))
    for line in _step_rows("slider step", *paper, TARGET_STEP, "ranking, tree, matrix"):
        print(line)
    own = _slider_steps(window, "SEC", whole=False)[1]
    print(_row("slider step, only what changed repainted (ms)", own, 1000, f"p95 {_p95(own) * 1000:.1f}"))
    for line in _step_rows("slider step, 300 × 40 direct values", *large, TARGET_LARGE_STEP, "same, large model"):
        print(line, flush=True)
    window.document.set_basis("both")  # two rankings, two charts, on inherent and residual risk
    for line in _step_rows("slider step, both bases side by side", *_slider_steps(window, "SEC"), TARGET_STEP,
                           "paper's model"):
        print(line, flush=True)
    window.document.set_basis("inherent")
    with tempfile.TemporaryDirectory() as folder:
        _print_stall_rows(window, "paper", Path(folder))
        _print_stall_rows(large_window, "300 × 40", Path(folder))
    for shown in (window, large_window):
        shown.discard()

if __name__ == "__main__":
    main()
