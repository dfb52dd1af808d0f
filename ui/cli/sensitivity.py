"""``sensitivity``: how robust the ranking is — SMAA rank acceptability and weight thresholds."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from core.methods import METHOD_LABELS
from core.sensitivity import Dirichlet, SmaaInputs, SmaaResult, Study, Threshold, run_smaa, study
from core.sensitivity.smaa import MAX_SAMPLES, PAIRWISE_MAX_OPTIONS
from core.sensitivity.thresholds import thresholds
from ui.cli.basis import add_basis, basis_data, model_on_basis, print_basis
from ui.cli.common import add_file, add_profile, method_choices, model_of, print_json, print_table, profile_of
from ui.cli.language import Cli

PAIRWISE_SKIPPED = (f"not counted: above {PAIRWISE_MAX_OPTIONS} options the table would cost "
                    "options² per sample")


def description() -> str:
    """The command's description (its lines kept as written)."""
    return Cli.tr("""Monte Carlo / SMAA-2: rank the options under many random weight vectors
(uniform over all weight vectors, or around the profile with --concentration;
scores with a low/high range are drawn from a triangular distribution) and
report how often each option takes each rank, its central weights, its
confidence factor and the pairwise winning indices.  Then, for each factor,
the stability interval of its weight: how far it can move, the others
rescaled proportionally, before another option ranks first.
Defaults: --method wsm, --samples 10000, --seed 0.  At most 1,000,000
samples, 1,000 options and 50,000,000 samples × options per run; the
pairwise winning indices are counted up to 200 options.""")


def whole(least: int, most: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number from ``least`` to ``most``."""
    def parse(text: str) -> int:
        try:
            value = int(text.replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(Cli.tr("not a whole number: {0}").format(repr(text))) from None
        if value < least:
            raise argparse.ArgumentTypeError(Cli.tr("must be at least {0}, got {1}").format(least, value))
        if most is not None and value > most:
            raise argparse.ArgumentTypeError(Cli.tr("must be at most {0}, got {1}").format(f"{most:,}", f"{value:,}"))
        return value
    return parse


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(Cli.tr("not a number: {0}").format(repr(text))) from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(Cli.tr("must be a positive number, got {0}").format(text))
    return value


def register(commands) -> None:
    """Add the ``sensitivity`` command."""
    parser = commands.add_parser("sensitivity", help=Cli.tr("robustness: SMAA rank acceptability and weight thresholds"),
                                 description=description(), formatter_class=argparse.RawDescriptionHelpFormatter)
    add_file(parser)
    add_profile(parser)
    parser.add_argument("--method", choices=method_choices(), default="wsm", help=Cli.tr("ranking method (default wsm)"))
    parser.add_argument("--samples", type=whole(1, MAX_SAMPLES), default=10_000, metavar="N",
                        help=Cli.tr("random weight vectors to rank (default 10000, at most {0})").format(f"{MAX_SAMPLES:,}"))
    parser.add_argument("--seed", type=whole(0, 2**63 - 1), default=0, metavar="S",
                        help=Cli.tr("random seed: the same seed gives the same output (default 0)"))
    parser.add_argument("--concentration", type=_positive, metavar="K",
                        help=Cli.tr("draw weights from a Dirichlet around the profile with total concentration K "
                                    "(larger stays closer; at most 1e15) instead of uniformly over all weight vectors"))
    add_basis(parser)
    parser.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    parser.set_defaults(run=run)


def _number(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def threshold_data(limit: Threshold) -> dict:
    """One threshold as JSON: the stability interval [lower, upper], None where nothing changes."""
    return {"criterion": limit.criterion, "weight": limit.weight, "lower": limit.lower, "upper": limit.upper,
            "next_top": limit.next_top, "next_top_below": limit.below, "next_top_above": limit.above,
            "distance": limit.distance, "exact": limit.exact}


def sensitivity_data(st: Study, result: SmaaResult, limits: tuple[Threshold, ...]) -> dict:
    """The JSON document ``sensitivity --json`` prints."""
    options, criteria = result.options, result.criteria
    central = {o: None if math.isnan(row[0]) else dict(zip(criteria, map(float, row)))
               for o, row in zip(options, result.central_weights)}
    return {
        "method": result.method,
        "profile": result.profile,
        "better": st.better,
        "top": st.options[st.top],
        "samples": result.samples,
        "seed": result.seed,
        "sampler": result.sampler,
        "uncertain_scores": result.uncertain,
        "acceptability": {o: [float(v) for v in row] for o, row in zip(options, result.acceptability)},
        "central_weights": central,
        "confidence": {o: _number(v) for o, v in zip(options, result.confidence)},
        "pairwise_winning": _pairwise_data(result),
        "thresholds": [threshold_data(limit) for limit in limits],
        "convergence": {"standard_error": result.convergence.standard_error,
                        "half_difference": result.convergence.half_difference,
                        "score_tables": result.convergence.score_tables},
    }


def _pairwise_data(result: SmaaResult) -> dict | str:
    """The pairwise winning indices by option, or why they were not counted."""
    pairwise, options = result.pairwise, result.options
    if pairwise is None:
        return PAIRWISE_SKIPPED
    return {o: {k: float(pairwise[i, q]) for q, k in enumerate(options) if q != i} for i, o in enumerate(options)}


def run(args: argparse.Namespace) -> int:
    """Sample, rank, find the thresholds and print."""
    model = model_of(args)
    st = study(model_on_basis(model, args), profile_of(model, args.profile, args.command), args.method)
    sampler = Dirichlet(st.weights, args.concentration) if args.concentration else None
    result = run_smaa(SmaaInputs(st, args.samples, args.seed, sampler))
    limits = thresholds(st)
    if args.json:
        print_json({**sensitivity_data(st, result, limits), **basis_data(model, args)})
    else:
        print_basis(model, args)
        _print_text(st, result, limits)
    return 0


def _print_text(st: Study, result: SmaaResult, limits: tuple[Threshold, ...]) -> None:
    names = dict(zip(st.options, st.problem.option_names))
    n = len(result.options)
    print(f"Method: {METHOD_LABELS[result.method]} ({st.better} is better)")
    print(f"Profile: {result.profile}; first: {st.options[st.top]}")
    print(f"Samples: {result.samples} weight vectors, {result.sampler}, seed {result.seed}\n")
    print("Rank acceptability: share of samples in which each option takes each rank")
    print_table(["option", *(f"rank {r + 1}" for r in range(n)), "confidence", "name"],
                [[o, *map(float, row), _cell(c), names[o]]
                 for o, row, c in zip(result.options, result.acceptability, result.confidence)])
    print("\nCentral weights: mean weights of the samples in which the option ranks first")
    print_table(["factor", *result.options],
                [[f, *(_cell(result.central_weights[i, j]) for i in range(n))]
                 for j, f in enumerate(result.criteria)])
    _print_pairwise(result)
    _print_thresholds(limits)
    c = result.convergence
    half = "n/a" if c.half_difference is None else f"{c.half_difference:.4f}"
    print(f"\nConvergence: largest standard error {c.standard_error:.4f}; "
          f"first and second half differ by at most {half}")


def _print_pairwise(result: SmaaResult) -> None:
    print("\nPairwise winning index: share of samples in which the row option ranks ahead")
    pairwise = result.pairwise
    if pairwise is None:
        print(f"  {PAIRWISE_SKIPPED}")
        return
    print_table(["option", *result.options],
                [[o, *("" if i == q else float(pairwise[i, q]) for q in range(len(result.options)))]
                 for i, o in enumerate(result.options)])


def _print_thresholds(limits: tuple[Threshold, ...]) -> None:
    print("\nWeight thresholds: the stability interval of each weight, nearest change first")
    print_table(["factor", "weight", "lower", "upper", "next first"],
                [[t.criterion, t.weight, _end(t.lower), _end(t.upper), t.next_top or "none"] for t in limits])


def _cell(value: float) -> float | str:
    return "-" if math.isnan(value) else float(value)


def _end(value: float | None) -> float | str:
    return "-" if value is None else value
