"""``export``: write the risk-matrix workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.methods import METHODS
from core.errors import ModelError
from ui.cli.common import add_file, add_profile, model_of, profile_of


def register(commands) -> None:
    """Add the ``export`` command."""
    parser = commands.add_parser("export", help="write an Excel risk-matrix workbook")
    add_file(parser)
    add_profile(parser)
    parser.add_argument("--method", choices=sorted(METHODS), default="wsm", help="method reported (default wsm)")
    parser.add_argument("--out", required=True, metavar="PATH.xlsx", help="where to write the workbook")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Export and report where the file went."""
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise ModelError(f"{out}: only .xlsx export is available")
    if not out.parent.is_dir():
        raise ModelError(f"{out}: the folder {out.parent} does not exist")
    model = model_of(args)
    from core.reports.data import build_report
    from core.reports.excel import write_workbook

    write_workbook(out, build_report(model, profile_of(model, args.profile), args.method))
    print(f"wrote {out}")
    return 0
