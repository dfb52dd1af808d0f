"""``import-scores``: preview (or apply) scores read back from Excel or CSV."""

from __future__ import annotations

import argparse

from core.reports.score_import import ImportPreview, preview_import
from core.storage.project import EXTENSION, write_project
from ui.cli.common import add_into_out, keep_inputs, model_of, print_json, require_suffix
from ui.cli.language import Cli


def register(commands) -> None:
    """Add the ``import-scores`` command."""
    parser = commands.add_parser("import-scores", help=Cli.tr(
        "read scores (and, from a Mizan workbook, the risk register) back from a workbook or a CSV/xlsx in the "
        "documented layout; preview, or save with --out"))
    parser.add_argument("source", help=Cli.tr("the workbook or spreadsheet to read scores from"))
    add_into_out(parser)
    parser.add_argument("--json", action="store_true", help=Cli.tr("machine-readable preview"))
    parser.set_defaults(run=run)


def preview_data(preview: ImportPreview) -> dict:
    """The JSON document of a preview."""
    return {"source": preview.source,
            "changes": [vars(change) for change in preview.changes],
            "weights": [vars(change) for change in preview.weights],
            "profile": preview.profile.name if preview.profile else None,
            "register": [vars(change) for change in preview.register],
            "coerced": [vars(issue) for issue in preview.coerced],
            "rejected": [vars(issue) for issue in preview.rejected]}


def run(args: argparse.Namespace) -> int:
    """Print the preview; save the project when --out is given."""
    out = None if args.out is None else require_suffix(args.out, EXTENSION)
    keep_inputs([out] if out else [], [args.source])
    preview = preview_import(model_of(args), args.source)
    if args.json:
        print_json(preview_data(preview))
    else:
        print(f"{len(preview.changes)} change(s), {len(preview.coerced)} coerced, "
              f"{len(preview.rejected)} rejected cell(s)")
        for change in preview.changes:
            print(f"  {change.option} × {change.factor} {change.field}: {change.old} -> {change.new}")
        if preview.profile is not None:
            print(f"{len(preview.weights)} raw weight(s) changed: new profile “{preview.profile.name}”")
            for weight in preview.weights:
                print(f"  {weight.criterion} raw weight: {weight.old:g} -> {weight.new:g}")
        if preview.register:
            print(f"{len(preview.register)} register field(s) changed")
            for item in preview.register:
                print(f"  {item.item} {item.field}: {item.old or '(empty)'} -> {item.new or '(empty)'}")
        for label, issues in (("coerced", preview.coerced), ("rejected", preview.rejected)):
            for issue in issues:
                print(f"  {label}: {issue.where}: {issue.message}")
    if out is not None:
        write_project(out, preview.model)
        print(f"wrote {out}")
    return 0
