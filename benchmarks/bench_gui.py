"""Window speed: time to first paint from process start, and one weight-slider step.

First paint is measured in fresh processes (the parent notes the wall clock
before starting Python, the child prints it when the main window has painted
the built-in model), several runs, offscreen, with bytecode caching on as an
installed app has it. A bare PySide6 main window is measured the same way as
the floor. The slider step is measured in process on the paper's model: one
weight edit through the document (recompute of the ranking, the tree, the
matrix), then the event loop's turn that draws the ranking chart and repaints
the window, as a drag does.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
STEPS = 40
TARGET_FIRST_PAINT = 0.5

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


def _first_paint(child: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env, capture_output=True, check=True, timeout=60)
    times = []
    for _ in range(RUNS):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True, timeout=60)
        times.append(float(out.stdout.split()[-1]) - start)
    return times


def _slider_steps() -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import create_app, open_window

    app = create_app()
    window = open_window(None, interactive=False)
    window.show()
    app.processEvents()
    window.results.activate()
    window.draw_charts()
    app.processEvents()
    window.criteria.select("SEC")
    recompute, redraw = [], []
    for step in range(STEPS):
        share = 0.1 + 0.8 * step / STEPS
        start = time.perf_counter()
        window.document.set_weight("SEC", share, merge_key=("bench",))
        middle = time.perf_counter()
        # The app's own path: the chart was re-painted on the change and drawn on the next idle turn.
        QApplication.processEvents()
        QApplication.processEvents()
        window.repaint()
        recompute.append(middle - start)
        redraw.append(time.perf_counter() - start)
    window.discard()
    return recompute, redraw


def _row(name: str, values: list[float], unit: float, suffix: str) -> str:
    median = statistics.median(values) * unit
    return (f"{name:<46} {median:>9.1f} {min(values) * unit:>9.1f} {max(values) * unit:>9.1f}"
            f" {len(values):>5}  {suffix}")


def main() -> None:
    """Print the table."""
    app_times = _first_paint(APP_CHILD)
    window_times = _first_paint(WINDOW_CHILD)
    bare_times = _first_paint(BARE_CHILD)
    recompute, redraw = _slider_steps()
    verdict = "ok" if statistics.median(app_times) <= TARGET_FIRST_PAINT else f"over {TARGET_FIRST_PAINT} s"
    print(f"{'measure':<46} {'median':>9} {'min':>9} {'max':>9} {'runs':>5}")
    print(_row("first paint, built-in model (ms from start)", app_times, 1000, verdict))
    print(_row("  same without importing ui.cli first (ms)", window_times, 1000, "the window's own share"))
    print(_row("first paint, bare PySide6 window (ms)", bare_times, 1000, "floor"))
    print(_row("slider step: recompute (ms)", recompute, 1000, "ranking, tree, matrix"))
    print(_row("slider step: recompute + redraw (ms)", redraw, 1000, "with chart and repaint"))


if __name__ == "__main__":
    main()
