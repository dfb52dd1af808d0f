"""``compare``: two or more weighting profiles side by side under one method."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.bilingual import new_name
from core.consensus import HOW_TEXT
from core.methods import METHOD_LABELS
from core.model import DecisionModel, Profile
from core.profiles import Comparison, compare
from ui.cli.basis import add_basis, basis_data, model_on_basis, print_basis
from ui.cli.common import add_file, method_choices, model_of, print_json, print_table, profile_of
from ui.cli.language import Cli


def register(commands) -> None:
    """Add the ``compare`` command."""
    parser = commands.add_parser("compare", help=Cli.tr("compare weighting profiles: weights, ranks, rank correlation"))
    add_file(parser)
    parser.add_argument("--profile", action="append", required=True, metavar="NAME|PATH",
                        help=Cli.tr("a profile of the model by name, or a .mizan-profile file; give two or more"))
    parser.add_argument("--method", choices=method_choices(), default="wsm", help=Cli.tr("ranking method (default wsm)"))
    add_basis(parser)
    parser.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    parser.set_defaults(run=run)


def profiles_of(model: DecisionModel, specs: list[str], command: str = "compare") -> list[Profile]:
    """The profiles the specs name.

    A profile file is matched to the model (notices on stderr, see
    :func:`profile_of`); if its name is already taken, the file name is added to it.
    """
    profiles: list[Profile] = []
    for spec in specs:
        profile = profile_of(model, spec, command)
        if Path(spec).is_file() and any(p.name == profile.name for p in profiles):
            profile = new_name(profile, f"{profile.name} ({Path(spec).name})")
        profiles.append(profile)
    return profiles


def agreement_data(comparison: Comparison) -> list[dict]:
    """The smallest change of weights per pair whose top options differ, JSON-ready."""
    return [{"pair": f"{a.profiles[0]} | {a.profiles[1]}", "top": dict(zip(a.profiles, a.tops)),
             "moved": a.moved, "towards": a.towards, "how": a.how, "distance": a.distance, "l1": a.l1,
             "max_change": a.max_change, "weights": a.weights, "other_distance": a.other_distance}
            for a in comparison.agreement]


def compare_data(comparison: Comparison) -> dict:
    """The JSON document ``compare --json`` prints."""
    return {
        "method": comparison.method,
        "profiles": list(comparison.profiles),
        "weights": comparison.weights,
        "ranks": comparison.ranks,
        "kendall_tau": comparison.kendall_tau,
        "spearman_rho": comparison.spearman_rho,
        "top": comparison.top,
        "rank_change": [{"option": r.option, "min": r.low, "max": r.high, "change": r.change}
                        for r in comparison.rank_change],
        "agreement": agreement_data(comparison),
    }


def _number(value: float | None) -> object:
    return "n/a" if value is None else value


def print_comparison(comparison: Comparison) -> None:
    """The comparison as plain-text tables."""
    names = list(comparison.profiles)
    first = comparison.evaluations[0]
    print(f"Method: {METHOD_LABELS[comparison.method]} ({first.result.better} score is better)")
    print()
    print("Global weights")
    print_table(["factor", *names], [[f, *(comparison.weights[n][f] for n in names)]
                                     for f in first.problem.factor_ids])
    print("\nRanks (1 is best)")
    print_table(["option", *names], [[o, *(comparison.ranks[n][o] for n in names)]
                                     for o in first.problem.option_ids])
    print("\nTop option: " + "; ".join(f"{n}: {o}" for n, o in comparison.top.items()))
    print("\nRank correlation")
    print_table(["pair", "kendall_tau", "spearman_rho"],
                [[pair, _number(tau), _number(comparison.spearman_rho[pair])]
                 for pair, tau in comparison.kendall_tau.items()])
    print("\nRank change (max − min rank across profiles)")
    print_table(["option", "min", "max", "change"],
                [[r.option, r.low, r.high, r.change] for r in comparison.rank_change])
    _print_agreement(comparison)


def _print_agreement(comparison: Comparison) -> None:
    print("\nSmallest change of weights to agree on the top option")
    if not comparison.agreement:
        print("  every pair already agrees")
    for a in comparison.agreement:
        before = comparison.weights[a.moved]
        moves = sorted(((w - before[f], f) for f, w in a.weights.items()), key=lambda item: -abs(item[0]))
        biggest = ", ".join(f"{f} {delta:+.4f}" for delta, f in moves[:3] if abs(delta) > 5e-5)
        print(f"  {a.profiles[0]} | {a.profiles[1]}: move {a.moved} by {a.distance:.4f} "
              f"(L1 {a.l1:.4f}; most: {biggest}) and {a.towards} ties for first")
    for how in sorted({a.how for a in comparison.agreement}):
        print(f"  ({how}: {HOW_TEXT[how]})")


def run(args: argparse.Namespace) -> int:
    """Compare and print."""
    model = model_of(args)
    comparison = compare(model_on_basis(model, args), profiles_of(model, args.profile), args.method)
    if args.json:
        print_json({**compare_data(comparison), **basis_data(model, args)})
    else:
        print_basis(model, args)
        print_comparison(comparison)
    return 0
