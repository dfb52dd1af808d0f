"""``export``: the workbook, PDF, HTML or CSV report, chosen by the file extension."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.errors import ModelError
from core.sensitivity.smaa import MAX_SAMPLES, check_bounds
from ui.cli.basis import add_basis, basis_of, print_basis, with_planned
from ui.cli.common import add_file, add_profile, keep_inputs, method_choices, model_of, profile_of
from ui.cli.language import Cli, current
from ui.cli.sensitivity import whole
from ui.reports.formats import FORMATS, check_report_size
from ui.reports.job import ReportInputs, export_report


def register(commands) -> None:
    """Add the ``export`` command."""
    parser = commands.add_parser("export", help=Cli.tr("write the Excel workbook, or a PDF, HTML or CSV report"))
    add_file(parser)
    add_profile(parser)
    parser.add_argument("--method", choices=method_choices(), default="wsm", help=Cli.tr("method reported (default wsm)"))
    parser.add_argument("--samples", type=whole(0, MAX_SAMPLES), default=10_000, metavar="N",
                        help=Cli.tr("SMAA samples for the robustness section (default 10000, at most {0}; "
                                    "0 leaves it out)").format(f"{MAX_SAMPLES:,}"))
    parser.add_argument("--seed", type=whole(0, 2**63 - 1), default=0,
                        help=Cli.tr("SMAA seed (default 0), for a reproducible report"))
    parser.add_argument("--page", choices=("a4", "letter"), default="a4", help=Cli.tr("PDF paper size (default a4)"))
    add_basis(parser)
    parser.add_argument("--out", required=True, metavar="PATH",
                        help=Cli.tr("where to write: .xlsx, .pdf, .html or .csv (the ranking goes to NAME-ranking.csv)"))
    parser.set_defaults(run=run)


def outputs(out: Path) -> list[Path]:
    """Every file an export to ``out`` writes (a CSV export writes the ranking beside the matrix)."""
    if out.suffix.lower() != ".csv":
        return [out]
    from core.reports.csv_export import ranking_path

    return [out, ranking_path(out)]


def run(args: argparse.Namespace) -> int:
    """Export and report where the files went."""
    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise ModelError(Cli.tr("{0}: cannot export to {1}; use {2}").format(
            out, out.suffix or Cli.tr("a file without extension"), ", ".join(FORMATS)))
    if not out.parent.is_dir():
        raise ModelError(Cli.tr("{0}: the folder {1} does not exist").format(out, out.parent))
    keep_inputs(outputs(out), [args.file, args.profile])
    model = model_of(args)
    check_report_size(out, len(model.options))
    if args.samples:
        try:
            check_bounds(args.samples, len(model.options))
        except ModelError as exc:
            raise ModelError(Cli.tr("{0} (or --samples 0 leaves the robustness section out)").format(
                exc.text(current()))) from None
    profile = profile_of(model, args.profile, args.command)
    # The one place the basis reaches the writers: the report ranks on it, and the workbook's basis cell says it.
    inputs = ReportInputs(with_planned(model, args), profile, args.method, out, samples=args.samples, seed=args.seed,
                          basis=basis_of(args), language=args.lang or "en", page=args.page)
    for path in export_report(inputs, None, None):
        print(f"wrote {path}")
    print_basis(model, args)
    return 0
