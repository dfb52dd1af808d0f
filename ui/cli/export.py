"""``export``: the workbook, PDF, HTML or CSV report, chosen by the file extension."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.errors import ModelError
from ui.cli.score import METHOD_NAMES
from ui.cli.common import add_file, add_profile, keep_inputs, model_of, profile_of

FORMATS = (".xlsx", ".pdf", ".html", ".csv")


def register(commands) -> None:
    """Add the ``export`` command."""
    parser = commands.add_parser("export", help="write the Excel workbook, or a PDF, HTML or CSV report")
    add_file(parser)
    add_profile(parser)
    parser.add_argument("--method", choices=METHOD_NAMES, default="wsm", help="method reported (default wsm)")
    parser.add_argument("--samples", type=int, default=10_000, metavar="N",
                        help="SMAA samples for the robustness section (default 10000; 0 leaves it out)")
    parser.add_argument("--seed", type=int, default=0, help="SMAA seed (default 0), for a reproducible report")
    parser.add_argument("--page", choices=("a4", "letter"), default="a4", help="PDF paper size (default a4)")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="where to write: .xlsx, .pdf, .html or .csv (the ranking goes to NAME-ranking.csv)")
    parser.set_defaults(run=run)


def write_report(out: Path, data, page: str = "a4") -> list[Path]:
    """Write ``data`` in the format ``out``'s extension names; return the files written."""
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from core.reports.excel import write_workbook

        write_workbook(out, data)
    elif suffix == ".html":
        from core.reports.html import report_html
        from core.storage.atomic import write_bytes

        write_bytes(out, report_html(data).encode("utf-8"))
    elif suffix == ".pdf":
        from ui.reports.pdf import write_pdf

        write_pdf(out, data, page)
    else:
        from core.reports.csv_export import write_csv

        return write_csv(out, data)
    return [out]


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
        raise ModelError(f"{out}: cannot export to {out.suffix or 'a file without extension'}; "
                         f"use {', '.join(FORMATS)}")
    if not out.parent.is_dir():
        raise ModelError(f"{out}: the folder {out.parent} does not exist")
    if args.samples < 0 or args.seed < 0:
        raise ModelError("--samples and --seed must be 0 or more")
    keep_inputs(outputs(out), [args.file, args.profile])
    model = model_of(args)
    from core.reports.data import build_report

    data = build_report(model, profile_of(model, args.profile), args.method, samples=args.samples, seed=args.seed)
    for path in write_report(out, data, args.page):
        print(f"wrote {path}")
    return 0
