"""Ranking-method speed and memory: one recompute, batched weight samples, pymcdm as the yardstick, scale.

Two models: the paper-like 5 options × 17 criteria (random integer risks
1–25, all costs, scored as the app scores a risk matrix: WSM as the raw
weighted risk index) and a large 200 × 500 one (same values).  For each
method: the median time of one full recompute with ranks for one weight
vector; the throughput (weight samples per second, scores and ranks
included) of one call on a batch of k normalised weight vectors (median of
three calls after a warm-up, so fresh-memory page faults of the first call
are left out); pymcdm called once per sample, with its ranking, on a few
thousand samples and extrapolated; and the peak memory traced (tracemalloc)
during one batched call.  The weights are generated before timing starts.
A last table times one recompute of every method at 10,000 options × 50
criteria (median, min and max), PROMETHEE II once per preference function.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.methods import METHODS

SINGLE_RUNS = 300
BATCH_RUNS = 3
SCALE = (10_000, 50)
SCALE_RUNS = 11
SCALE_FUNCTIONS = ("usual", "ushape:5", "vshape:20", "level:5:20", "linear:5:20")
SCALE_BATCH = 100


@dataclass(frozen=True)
class Model:
    """A benchmark model: an all-cost table, batch sizes, runs and pymcdm samples to time."""

    name: str
    matrix: np.ndarray
    benefit: np.ndarray
    batches: tuple[int, ...]
    single_runs: int
    pymcdm_samples: int


PARAMS: dict[str, dict] = {"wsm": {"normalization": "raw"}}


def _risk_model(rng: np.random.Generator, n: int, m: int, batches: tuple[int, ...], single_runs: int,
                pymcdm_samples: int) -> Model:
    matrix = rng.integers(1, 26, (n, m)).astype(float)
    return Model(f"{n}×{m}", matrix, np.zeros(m, dtype=bool), batches, single_runs, pymcdm_samples)


def _models(rng: np.random.Generator) -> list[Model]:
    return [_risk_model(rng, 5, 17, (10**5, 10**6), SINGLE_RUNS, 3000),
            _risk_model(rng, 200, 500, (10**3, 10**4), 5, 20)]


def _weights(rng: np.random.Generator, k: int, m: int) -> np.ndarray:
    w = rng.random((k, m))
    return w / w.sum(axis=1, keepdims=True)


def _median_seconds(call: Callable[[], object], runs: int, warm_up: int = 1) -> float:
    for _ in range(warm_up):
        call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
        del result  # free it before the next call allocates
    return statistics.median(times)


def _peak_mb(call: Callable[[], object]) -> float:
    tracemalloc.start()
    result = call()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del result
    return peak / 2**20


def _run(model: Model, method: str, weights: np.ndarray) -> Callable[[], object]:
    run, params = METHODS[method], PARAMS.get(method, {})
    return lambda: run(model.matrix, weights, model.benefit, **params)


def _pymcdm(method: str) -> Callable[[np.ndarray, np.ndarray, np.ndarray], object]:
    """pymcdm's counterpart, without its input validation (which would only slow it down)."""
    from pymcdm import normalizations
    from pymcdm.methods import PROMETHEE_II, TOPSIS, VIKOR, WPM, WSM

    body = {"wsm": lambda: WSM(normalizations.minmax_normalization), "wpm": WPM,
            "topsis": lambda: TOPSIS(normalizations.vector_normalization), "vikor": VIKOR,
            "promethee2": lambda: PROMETHEE_II("usual")}[method]()
    return lambda x, w, types: body.rank(body(x, w, types, validation=False))


def _pymcdm_rate(model: Model, method: str, weights: np.ndarray) -> float:
    call = _pymcdm(method)
    types = np.where(model.benefit, 1, -1)
    start = time.perf_counter()
    for w in weights:
        call(model.matrix, w, types)
    return len(weights) / (time.perf_counter() - start)


def _recompute_ms(model: Model, rng: np.random.Generator) -> dict[str, float]:
    w = _weights(rng, 1, model.matrix.shape[1])[0]
    return {m: 1e3 * _median_seconds(_run(model, m, w), model.single_runs, 10) for m in METHODS}


def _rows(model: Model, rng: np.random.Generator) -> list[list[str]]:
    m = model.matrix.shape[1]
    recompute = _recompute_ms(model, rng)
    w = _weights(rng, 1, m)[0]
    every = [_run(model, method, w) for method in METHODS]
    peak = _peak_mb(lambda: [call() for call in every])
    rows = [[model.name, "all five", f"{sum(recompute.values()):.3f}", "1", "", "", "", f"{peak:,.2f}"]]
    yardstick = _weights(rng, model.pymcdm_samples, m)
    for method in METHODS:
        theirs = _pymcdm_rate(model, method, yardstick)
        for k in model.batches:
            weights = _weights(rng, k, m)
            ours = k / _median_seconds(_run(model, method, weights), BATCH_RUNS)
            peak = _peak_mb(_run(model, method, weights))
            rows.append([model.name, method, f"{recompute[method]:.3f}", f"{k:,}", f"{ours:,.0f}",
                         f"{theirs:,.0f}", f"{ours / theirs:,.0f}×", f"{peak:,.1f}"])
    return rows


def _timings_ms(call: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median, min and max of ``runs`` calls after one warm-up, in milliseconds."""
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append(1e3 * (time.perf_counter() - start))
        del result
    return statistics.median(times), min(times), max(times)


def _scale_calls(rng: np.random.Generator) -> list[tuple[str, str, Callable[[], object]]]:
    """Each method once at 10,000 × 50 (direct values 1–100 at one decimal: ties galore), PROMETHEE per function."""
    n, m = SCALE
    matrix = np.round(rng.uniform(1.0, 100.0, (n, m)), 1)
    benefit = rng.random(m) < 0.5
    w = _weights(rng, 1, m)[0]
    bounds = np.column_stack([np.zeros(m), np.full(m, 100.0)])
    name = f"{n:,}×{m}"
    calls = [(name, "wsm", lambda: METHODS["wsm"](matrix, w, benefit, bounds=bounds))]
    calls += [(name, method, lambda method=method: METHODS[method](matrix, w, benefit))
              for method in ("wpm", "topsis", "vikor")]
    calls += [(name, f"promethee2 {f}", lambda f=f: METHODS["promethee2"](matrix, w, benefit, preference=f))
              for f in SCALE_FUNCTIONS]
    batch = _weights(rng, SCALE_BATCH, m)
    calls.append((name, f"promethee2 usual, batch of {SCALE_BATCH}",
                  lambda: METHODS["promethee2"](matrix, batch, benefit)))
    # The Gaussian stays pairwise (O(n²) per criterion): one criterion is enough to show it.
    calls.append((f"{n:,}×1", "promethee2 gaussian:20",
                  lambda: METHODS["promethee2"](matrix[:, :1], [1.0], benefit[:1], preference="gaussian:20")))
    return calls


def _scale_rows(rng: np.random.Generator) -> list[list[str]]:
    rows = []
    for model, method, call in _scale_calls(rng):
        runs = 3 if "gaussian" in method else SCALE_RUNS
        median, low, high = _timings_ms(call, runs)
        rows.append([model, method, f"{median:.1f}", f"{low:.1f}", f"{high:.1f}", f"{_peak_mb(call):,.1f}"])
    return rows


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(cell).rjust(width) for cell, width in zip(row, widths)))


def main() -> None:
    """Print the table (a few minutes on two cores; most of it is the pymcdm loop)."""
    rng = np.random.default_rng(2024)
    header = ["model", "method", "recompute ms", "k", "ours samples/s", "pymcdm samples/s", "ratio",
              "peak MB"]
    rows = [row for model in _models(rng) for row in _rows(model, rng)]
    _print_table(header, rows)
    print("\nrecompute: one weight vector, scores and ranks, median of repeated calls "
          f"({SINGLE_RUNS} for 5×17, 5 for 200×500).")
    print("k: weight vectors per batched call (200×500 uses 10^3 and 10^4: a 10^6 batch would need "
          "4 GB of weights alone); throughput is the median of 3 calls after a warm-up.")
    print("pymcdm: one call per sample with its ranking, validation off, on 3000 (5×17) or 20 (200×500) "
          "samples, extrapolated; WSM there is min-max normalised (ours: the raw risk index).")
    print("peak MB: tracemalloc peak during one batched call, or one recompute of all five methods "
          "(outputs and temporaries, not the input weights).")
    print("\nOne recompute at scale (target ≤ 50 ms each; memory O(options × criteria)):")
    _print_table(["model", "method", "median ms", "min ms", "max ms", "peak MB"], _scale_rows(rng))
    print(f"median, min and max of {SCALE_RUNS} calls after a warm-up (3 for the Gaussian, which stays "
          "pairwise: O(n²) per criterion, in blocks of bounded memory); the batch row scores "
          f"{SCALE_BATCH} weight vectors in one call, flows computed once.")


if __name__ == "__main__":
    main()
