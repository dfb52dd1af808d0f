"""``import-register``: an analyst's own risk register (Excel or CSV) placed on a project's cells; preview, or save."""

from __future__ import annotations

import argparse

from core.errors import ModelError, worded
from core.register.import_map import FIELDS, IGNORE, Table, column_letter, key, propose, read_table
from core.register.import_rows import Placement, place
from core.storage.project import EXTENSION, write_project
from ui.cli.common import add_into_out, keep_inputs, model_of, print_json, require_suffix
from ui.cli.language import Cli, current


def register(commands) -> None:
    """Add the ``import-register`` command."""
    parser = commands.add_parser("import-register", help=Cli.tr(
        "read an analyst's own risk register (xlsx/csv): owners, statements, levels, dates; preview, or save with --out"))
    parser.add_argument("source", help=Cli.tr("the register to read (.xlsx: its first visible sheet; or .csv)"))
    add_into_out(parser)
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help=Cli.tr("map a column (by its header) to a field, overriding the proposal; FIELD is one "
                                    "of {0}, or 'none'; repeat for more columns").format(", ".join(FIELDS)))
    parser.add_argument("--option", metavar="ID", help=Cli.tr("the option of rows that name none"))
    parser.add_argument("--json", action="store_true", help=Cli.tr("machine-readable preview"))
    parser.set_defaults(run=run)


def mapping_of(table: Table, overrides: list[str]) -> tuple[str, ...]:
    """The proposed mapping of ``table`` with each ``COLUMN=FIELD`` override applied (a field moves, never doubles)."""
    mapping = list(propose(table))
    for override in overrides:
        column, sep, field = override.rpartition("=")
        field = field.strip().lower()
        field = IGNORE if field in ("none", "") else field
        if not sep or field not in (*FIELDS, IGNORE):
            raise ModelError(Cli.tr("--map {0}: write COLUMN=FIELD, FIELD one of {1} or none").format(
                repr(override), ", ".join(FIELDS)))
        index = next((i for i, name in enumerate(table.headers) if key(name) == key(column)), None)
        if index is None:
            raise ModelError(Cli.tr("--map {0}: {1} has no column {2} in its header (row {3})").format(
                repr(override), worded(table.where, current()), repr(column.strip()), table.header_row))
        mapping = [IGNORE if field != IGNORE and name == field else name for name in mapping]
        mapping[index] = field
    return tuple(mapping)


def preview_data(table: Table, mapping: tuple[str, ...], placement: Placement, model) -> dict:
    """The JSON document of a preview."""
    return {"source": table.where, "header_row": table.header_row,
            "mapping": [{"column": column_letter(i), "header": h, "field": f or None}
                        for i, (h, f) in enumerate(zip(table.headers, mapping))],
            "placed": [{"row": p.row, "option": p.option, "factor": p.factor, "levels": dict(p.levels),
                        "entry": dict(p.entry), "changes": p.describe(model)} for p in placement.placed],
            "refused": [{"row": r.row, "reasons": list(r.reasons)} for r in placement.refused]}


def _print(table: Table, mapping: tuple[str, ...], placement: Placement, model) -> None:
    print(f"{table.where}: header in row {table.header_row}")
    for index, (header, field) in enumerate(zip(table.headers, mapping)):
        print(f"  column {column_letter(index)} {header!r} -> {field or '(not imported)'}")
    print(f"{len(placement.placed)} row(s) placed, {placement.changes(model)} changing the project; "
          f"{len(placement.refused)} row(s) not placed")
    for placed in placement.placed:
        print(f"  row {placed.row}: {placed.option} × {placed.factor}: {placed.describe(model)}")
    for refused in placement.refused:
        print(f"  row {refused.row} not placed: {refused.message}")


def run(args: argparse.Namespace) -> int:
    """Print the preview; save the project when --out is given."""
    from core.edits import apply

    out = None if args.out is None else require_suffix(args.out, EXTENSION)
    keep_inputs([out] if out else [], [args.source])
    model = model_of(args)
    if args.option is not None and args.option not in {o.id for o in model.options}:
        raise ModelError(Cli.tr("--option {0}: the project has no option with this id").format(repr(args.option)))
    table = read_table(args.source)
    mapping = mapping_of(table, args.map)
    placement = place(model, table, mapping, args.option)
    if placement.problems:
        raise ModelError(Cli.tr("{0}: {1} (use --map COLUMN=FIELD)").format(worded(table.where, current()),
                                                                            worded(placement.problems[0], current())))
    if args.json:
        print_json(preview_data(table, mapping, placement, model))
    else:
        _print(table, mapping, placement, model)
    if out is not None:
        write_project(out, apply(model, placement.edit(model))[0])
        print(f"wrote {out}")
    return 0
