"""``score``: the weights used and each option's score and rank under one method."""

from __future__ import annotations

import argparse

from core.analysis import Evaluation, evaluate
from core.methods import METHOD_LABELS, METHODS
from ui.cli.common import add_file, add_profile, model_of, print_csv, print_json, print_table, profile_of


def register(commands) -> None:
    """Add the ``score`` command."""
    parser = commands.add_parser("score", help="rank the options under a profile and a method")
    add_file(parser)
    add_profile(parser)
    parser.add_argument("--method", choices=sorted(METHODS), default="wsm", help="ranking method (default wsm)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="machine-readable output")
    output.add_argument("--csv", action="store_true", help="CSV output")
    parser.set_defaults(run=run)


def score_data(evaluation: Evaluation) -> dict:
    """The JSON document ``score --json`` prints."""
    return {
        "method": evaluation.method,
        "profile": evaluation.profile,
        "weights": evaluation.weights,
        "ranking": evaluation.ranking(),
        "better": evaluation.result.better,
    }


def run(args: argparse.Namespace) -> int:
    """Score and print."""
    model = model_of(args)
    evaluation = evaluate(model, profile_of(model, args.profile), args.method)
    ranking = evaluation.ranking()
    if args.json:
        print_json(score_data(evaluation))
    elif args.csv:
        print_csv([["rank", "option", "name", "score"]]
                  + [[r["rank"], r["option"], r["name"], r["score"]] for r in ranking])
    else:
        print(f"Method: {METHOD_LABELS[evaluation.method]} ({evaluation.result.better} is better)")
        print(f"Profile: {evaluation.profile}\n")
        print_table(["rank", "option", "name", "score"],
                    [[r["rank"], r["option"], r["name"], r["score"]] for r in ranking])
    return 0
