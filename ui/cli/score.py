"""``score``: the weights used and each option's score and rank under one method, or all."""

from __future__ import annotations

import argparse

from core.methods import METHOD_LABELS, REGISTRY
from ui.cli.basis import add_basis, basis_data, model_on_basis, print_basis
from ui.cli.common import (add_file, add_profile, method_choices, model_of, print_csv, print_json, print_table,
                           profile_of)
from ui.cli.language import Cli


def register(commands) -> None:
    """Add the ``score`` command."""
    parser = commands.add_parser("score", help=Cli.tr("rank the options under a profile and a method"))
    add_file(parser)
    add_profile(parser)
    parser.add_argument("--method", choices=method_choices(), default="wsm", help=Cli.tr("ranking method (default wsm)"))
    parser.add_argument("--all-methods", action="store_true",
                        help=Cli.tr("rank under every method and report where they disagree"))
    add_basis(parser)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output, with the intermediates"))
    output.add_argument("--csv", action="store_true", help=Cli.tr("CSV output"))
    parser.set_defaults(run=run)


def _plain(value):
    """Intermediate tables as JSON-ready lists and numbers."""
    import numpy as np

    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (np.floating, np.integer, np.bool_)):
        return value.item()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}
    return value


def score_data(evaluation) -> dict:
    """The JSON document ``score --json`` prints."""
    result = evaluation.result
    return {
        "method": evaluation.method,
        "profile": evaluation.profile,
        "weights": evaluation.weights,
        "ranking": evaluation.ranking(),
        "better": result.better,
        "details": {"options": list(evaluation.problem.option_ids),
                    "criteria": list(evaluation.problem.factor_ids),
                    "tables": _plain(dict(result.tables)), "extra": _plain(dict(result.extra)),
                    "warnings": list(result.warnings)},
    }


def disagreement(evaluations: dict) -> dict:
    """Top option per method, and the options whose rank differs between methods."""
    tops = {name: ev.ranking()[0]["option"] for name, ev in evaluations.items()}
    ranks = {name: {r["option"]: r["rank"] for r in ev.ranking()} for name, ev in evaluations.items()}
    options = next(iter(ranks.values()))
    differs = sorted(o for o in options if len({ranks[m][o] for m in ranks}) > 1)
    return {"top": tops, "agree_on_top": len(set(tops.values())) == 1, "rank_differs": differs}


def _rank_rows(evaluations: dict, missing: str) -> list[list[object]]:
    """Per option, best first under the first method computed: its rank under each method, ``missing`` where none."""
    ranks = {name: {r["option"]: r["rank"] for r in ev.ranking()} for name, ev in evaluations.items()}
    order = [r["option"] for r in next(iter(evaluations.values())).ranking()]
    return [[o] + [ranks[name][o] if name in ranks else missing for name in REGISTRY] for o in order]


def _run_all(model, profile, args) -> int:
    from core.reports.data import evaluate_methods

    evaluations, not_computed = evaluate_methods(model_on_basis(model, args), profile)
    summary = disagreement(evaluations)
    if args.json:
        print_json({"profile": profile.name, **basis_data(model, args),
                    "methods": {n: score_data(e) for n, e in evaluations.items()},
                    "not_computed": not_computed, "disagreement": summary})
        return 0
    if args.csv:
        print_basis(model, args, to_stderr=True)
        print_csv([["option", *REGISTRY]] + _rank_rows(evaluations, ""))
        return 0
    print_basis(model, args)
    print(f"Profile: {profile.name}   ranks per method (1 = best)\n")
    print_table(["option", *REGISTRY], _rank_rows(evaluations, "n/a"))
    tops, who = summary["top"], "all methods computed" if not_computed else "all methods"
    verdict = f"{who} put {next(iter(tops.values()))} first" if summary["agree_on_top"] else \
        "methods disagree on the top option: " + ", ".join(f"{m} {o}" for m, o in tops.items())
    print(f"\n{verdict}; rank differs for: {', '.join(summary['rank_differs']) or 'none'}")
    for name, reason in not_computed.items():
        print(f"note: {name} not computed: {reason}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Score and print."""
    from core.analysis import evaluate

    model = model_of(args)
    profile = profile_of(model, args.profile, args.command)
    if args.all_methods:
        return _run_all(model, profile, args)
    evaluation = evaluate(model_on_basis(model, args), profile, args.method)
    ranking = evaluation.ranking()
    rows = [[r["rank"], r["option"], r["name"], r["score"]] for r in ranking]
    if args.json:
        print_json({**score_data(evaluation), **basis_data(model, args)})
    elif args.csv:
        print_basis(model, args, to_stderr=True)
        print_csv([["rank", "option", "name", "score"]] + rows)
    else:
        print_basis(model, args)
        print(f"Method: {METHOD_LABELS[evaluation.method]} ({evaluation.result.better} is better)")
        print(f"Profile: {evaluation.profile}\n")
        print_table(["rank", "option", "name", "score"], rows)
        for warning in evaluation.result.warnings:
            print(f"note: {warning}")
    return 0
