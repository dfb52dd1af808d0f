"""``ahp``: priorities and consistency of a pairwise comparison matrix in CSV."""

from __future__ import annotations

import argparse

from ui.cli.common import print_json, print_table
from ui.cli.language import Cli


def register(commands) -> None:
    """Add the ``ahp`` command."""
    parser = commands.add_parser(
        "ahp", help=Cli.tr("AHP priorities, λmax, CI and CR of a comparison matrix"),
        description=Cli.tr("Rows are the row criterion compared with the column criterion: a cell of 3 means the "
                           "row criterion is moderately more important than the column one (Saaty's 1/9…9 scale). "
                           "Cells may be written as fractions such as 1/3."))
    parser.add_argument("file", help=Cli.tr("CSV: criterion names across the header and down the first column"))
    parser.add_argument("--method", choices=("eigen", "geometric"), default="eigen",
                        help=Cli.tr("principal eigenvector (default) or row geometric mean"))
    parser.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    parser.set_defaults(run=run)


def ahp_data(result) -> dict:
    """The JSON document ``ahp --json`` prints."""
    from core.ahp import CR_THRESHOLD, RANDOM_INDEX

    worst = result.most_inconsistent
    return {
        "method": result.method,
        "convention": "row criterion compared with column criterion",
        "priorities": dict(zip(result.names, map(float, result.priorities))),
        "lambda_max": result.lambda_max, "ci": result.ci, "cr": result.cr, "ri": result.ri,
        "consistent": result.cr <= CR_THRESHOLD,
        "ri_table": {"source": result.ri_source,
                     "values": {str(n): value for n, (value, _) in RANDOM_INDEX.items()}},
        "most_inconsistent": None if worst is None else {
            "row": worst.row, "column": worst.column, "current": worst.current, "suggested": worst.suggested},
    }


def run(args: argparse.Namespace) -> int:
    """Compute and print."""
    from core.ahp import CR_THRESHOLD, ahp_from_csv

    result = ahp_from_csv(args.file, args.method)
    if args.json:
        print_json(ahp_data(result))
        return 0
    print_table(["criterion", "priority"], [[n, float(p)] for n, p in zip(result.names, result.priorities)])
    verdict = "acceptable" if result.cr <= CR_THRESHOLD else f"above {CR_THRESHOLD:.2f}: revise the judgements"
    print(f"\nλmax {result.lambda_max:.4f}   CI {result.ci:.4f}   RI {result.ri:.4f}   CR {result.cr:.4f} ({verdict})")
    print(f"Random index: {result.ri_source}")
    worst = result.most_inconsistent
    if worst is not None:
        print(f"Most inconsistent judgement: {worst.row} vs {worst.column} = {worst.current:.4g}; "
              f"{worst.suggested:.4g} would be more consistent")
    return 0
