"""The Register view on a large register: 300 options × 40 risk factors (12 000 rows).

How long the view takes to build, and how long one register edit takes from
``Document.apply`` to the rows updated: an owner typed into one row, and a
control's status changed (which touches every cell the control acts on).
Only the rows of the touched cells are rebuilt, so the first edit should
cost milliseconds whatever the register's size.
"""

from __future__ import annotations

import os
import statistics
import time

RUNS = 5


def _model(options: int = 300, factors: int = 40, seed: int = 0):
    """Random likelihood × impact cells in four groups; one control acting on every option of factor R1."""
    import numpy as np

    from core.model import Criterion, DecisionModel, Option, Profile, Score
    from core.register import Control, Effect, Register

    levels = np.random.default_rng(seed).integers(1, 6, (options, factors, 2))
    leaves = [Criterion(f"R{j + 1}", f"Risk {j + 1}") for j in range(factors)]
    groups = tuple(Criterion(f"G{g + 1}", f"Group {g + 1}", children=tuple(leaves[g::4])) for g in range(4))
    rows = tuple(Option(f"A{i + 1}", f"Option {i + 1}") for i in range(options))
    scores = {(o.id, c.id): Score(int(levels[i, j, 0]), int(levels[i, j, 1]))
              for i, o in enumerate(rows) for j, c in enumerate(leaves)}
    control = Control("C1", "Control", effects=tuple(Effect(o.id, "R1", 1, 1) for o in rows))
    return DecisionModel(f"register {options} × {factors}", groups, rows, scores, (Profile("Equal weights"),),
                         register=Register(controls=(control,)))


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    """Print the table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from core.edits import SetControl, SetRiskEntry
    from ui.document import Document
    from ui.widgets.register_view import RegisterView

    app = QApplication.instance() or QApplication([])
    document = Document(_model())
    views: list[RegisterView] = []
    build = [_timed(lambda: views.append(RegisterView(document))) for _ in range(RUNS)]
    view = views[-1]
    view.show()
    app.processEvents()
    owner = [_timed(lambda n=n: document.apply(SetRiskEntry(f"A{n + 1}", "R2", {"owner": f"Owner {n}"})))
             for n in range(RUNS)]
    status = [_timed(lambda n=n: document.apply(SetControl("C1", {"status": ("planned", "in place")[n % 2]})))
              for n in range(RUNS)]
    print(f"{'measure':<52} {'median':>9} {'min':>9} {'max':>9} {'runs':>5}")
    for name, values in (("register view built, 12 000 rows (ms)", build),
                         ("owner typed into one row, edit to rows (ms)", owner),
                         ("control status, 300 rows change (ms)", status)):
        print(f"{name:<52} {statistics.median(values) * 1000:>9.1f} {min(values) * 1000:>9.1f}"
              f" {max(values) * 1000:>9.1f} {len(values):>5}", flush=True)
    for built in views:
        built.deleteLater()


if __name__ == "__main__":
    main()
