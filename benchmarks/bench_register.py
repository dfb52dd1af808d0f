"""Risk-register speed: the residual model, what the controls buy, and one register edit, small and large.

The residual model is rebuilt whenever the window ranks on the residual basis
after an edit, and a register edit validates the register on every keystroke
of the Register view, so these three are what an analyst waits for. Two
models: the paper's (5 × 17) with three controls, and a model at the size
limit (2,000 options × 100 risk factors) with 50 controls of 200 effects each
and 20,000 register entries. Median of five runs.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from core.builtin import builtin_model
from core.edits import SetEffect, apply
from core.model import Criterion, DecisionModel, Option, Profile, Score
from core.register import Control, Effect, Register, RiskEntry
from core.register.benefit import control_benefits
from core.register.residual import residual_model

RUNS = 5


def _register(model: DecisionModel, rng: random.Random, controls: int, effects: int, entries: int) -> Register:
    cells = list(model.scores)
    return Register(
        entries={cell: RiskEntry(owner="Owner", review="2027-01-01") for cell in rng.sample(cells, entries)},
        controls=tuple(Control(f"C{k + 1}", f"Control {k + 1}", effects=tuple(
            Effect(*cell, rng.randint(0, 2), rng.randint(0, 2)) for cell in rng.sample(cells, effects)))
            for k in range(controls)))


def _large(rng: random.Random) -> DecisionModel:
    factors = tuple(Criterion(f"F{j}", f"Factor {j}") for j in range(100))
    options = tuple(Option(f"O{i}", f"Option {i}") for i in range(2000))
    scores = {(o.id, f.id): Score(rng.randint(1, 5), rng.randint(1, 5)) for o in options for f in factors}
    model = DecisionModel("large", (Criterion("G", "Risks", children=factors),), options, scores,
                          (Profile("Equal weights"),))
    return model.replace(register=_register(model, rng, 50, 200, 20_000))


def _median(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print one line per model: seconds for the residual model, the benefits and one SetEffect."""
    rng = random.Random(14)
    paper = builtin_model()
    paper = paper.replace(register=_register(paper, rng, 3, 6, 10))
    print(f"{'model':<28}{'residual s':>12}{'benefits s':>12}{'SetEffect s':>13}")
    for name, model in (("paper 5 × 17", paper), ("limit 2000 × 100, 10⁴ effects", _large(rng))):
        option, factor = next(iter(model.scores))
        row = [_median(lambda: residual_model(model)),
               _median(lambda: control_benefits(model, model.profiles[0])),
               _median(lambda: apply(model, SetEffect("C1", option, factor, 1, 1)))]
        print(f"{name:<28}" + "".join(f"{value:>12.4f}" for value in row), flush=True)
