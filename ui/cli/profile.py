"""``profile export|import|combine``: profiles as standalone ``.mizan-profile`` files, and a group's consensus."""

from __future__ import annotations

import argparse

from core.bilingual import new_name
from core.consensus import HOW, Spread, consensus, node_totals
from core.edits import AddProfile, apply, unique_name
from core.errors import ModelError
from core.methods import METHOD_LABELS
from core.model import DecisionModel, Profile
from core.profiles import MISSING_POLICY, MISSING_RULES, ProfileMatch, complete_profile, import_edit, match_profile
from core.storage.profile_file import EXTENSION, read_profile_file, write_profile_file
from core.storage.project import EXTENSION as PROJECT_EXTENSION
from core.storage.project import write_project
from ui.cli.common import (add_file, fitted, keep_inputs, method_choices, model_of, print_json, print_table,
                           profile_of, require_suffix)
from ui.cli.compare import profiles_of
from ui.cli.language import Cli, current


def register(commands) -> None:
    """Add the ``profile`` command and its ``export`` and ``import`` actions."""
    parser = commands.add_parser("profile", help=Cli.tr("export or import a weighting profile file"))
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=Cli.tr("write one profile of the model to a {0} file").format(EXTENSION))
    add_file(export)
    export.add_argument("--profile", required=True, metavar="NAME|PATH", help=Cli.tr("the profile to export"))
    export.add_argument("--out", required=True, metavar=f"PATH{EXTENSION}", help=Cli.tr("the file to write"))
    export.set_defaults(run=run_export)
    imp = actions.add_parser("import", help=Cli.tr("preview a profile file against the model, or add it to a project"))
    add_file(imp)
    imp.add_argument("profile_file", metavar=f"PATH{EXTENSION}", help=Cli.tr("the profile file to import"))
    imp.add_argument("--out", metavar=f"PROJECT{PROJECT_EXTENSION}",
                     help=Cli.tr("write the model with the profile added here (without it: only the preview)"))
    imp.add_argument("--replace", action="store_true", help=Cli.tr("replace a profile of the same name"))
    imp.add_argument("--missing", choices=MISSING_RULES, default="keep",
                     help=Cli.tr("what a criterion the file leaves out gets: its share now (keep, the default), "
                                 "zero, or the mean of its siblings' weights"))
    imp.add_argument("--name", help=Cli.tr("import the profile under this name"))
    imp.add_argument("--method", choices=method_choices(), help=Cli.tr("method of the preview (default: the profile's)"))
    imp.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    imp.set_defaults(run=run_import)
    _register_combine(actions)


def _register_combine(actions) -> None:
    combine = actions.add_parser("combine", help=Cli.tr("combine several profiles into a consensus; show the spread"))
    add_file(combine)
    combine.add_argument("--profile", action="append", required=True, metavar="NAME|PATH",
                         help=Cli.tr("a profile of the model by name, or a .mizan-profile file; give two or more"))
    combine.add_argument("--analyst-weight", action="append", type=float, metavar="W",
                         help=Cli.tr("weight of each analyst, in --profile order (default: equal)"))
    combine.add_argument("--how", choices=HOW, default="mean",
                         help=Cli.tr("mean of global weights, or geometric mean of AHP judgements (default mean)"))
    combine.add_argument("--name", help=Cli.tr("name of the consensus profile (default: Consensus, made unique)"))
    combine.add_argument("--out", metavar=f"PROJECT{PROJECT_EXTENSION}",
                         help=Cli.tr("write the model with the consensus profile added here"))
    combine.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    combine.set_defaults(run=run_combine)


def run_export(args: argparse.Namespace) -> int:
    """Write the named profile to its own file."""
    out = require_suffix(args.out, EXTENSION)
    keep_inputs([out], [args.file, args.profile])
    model = model_of(args)
    profile = complete_profile(model, profile_of(model, args.profile, "profile export"))
    write_profile_file(out, profile, model.language)
    print(f"Wrote profile {profile.name!r} to {out}")
    return 0


def preview_data(match: ProfileMatch) -> dict:
    """The JSON document ``profile import --json`` prints without ``--out``."""
    return {
        "profile": match.profile.name,
        "method": match.method,
        "matched": [{"key": m.key, "criterion": m.criterion, "by": m.by} for m in match.matched],
        "missing": [{"criterion": m.criterion, "name": m.name, "parent": m.parent,
                     "local_share": m.local_share, "global_weight": m.global_weight} for m in match.missing],
        "missing_policy": MISSING_POLICY,
        "extra": list(match.extra),
        "notes": [str(note) for note in match.notes],
        "weights": match.preview.weights,
        "ranking": match.preview.ranking(),
        "replaces": match.existing is not None,
        "current_ranking": match.current.ranking() if match.current else None,
    }


def print_preview(match: ProfileMatch) -> None:
    """The preview as text: what matches, what is missing or extra, and the ranking it would give."""
    source = match.source
    byline = ", ".join(part for part in (source.author, source.created) if part)
    print(f"Profile: {source.name}" + (f" ({byline})" if byline else ""))
    print(f"Matched ({len(match.matched)}): "
          + (", ".join(m.criterion if m.by == "id" else f"{m.key!r} → {m.criterion} (by {m.by})"
                       for m in match.matched) or "none"))
    print(f"Missing ({len(match.missing)})" + (f": {MISSING_POLICY}" if match.missing else ": none"))
    by_parent: dict[str, list[str]] = {}
    for m in match.missing:
        by_parent.setdefault(m.parent or "top level", []).append(f"{m.criterion} {m.local_share:.1%}")
    for parent, shares in by_parent.items():
        print(f"  {parent}: " + ", ".join(shares) + " of their level")
    print(f"Extra, ignored ({len(match.extra)}): " + (", ".join(repr(k) for k in match.extra) or "none"))
    for note in match.notes:
        print(f"Note: {note.text(current())}")
    if match.existing is not None:
        print("The model already has a profile of this name: importing replaces it (--replace) "
              "or takes another name (--name).")
    ranks_now = {row["option"]: row["rank"] for row in match.current.ranking()} if match.current else {}
    print(f"\nRanking it would give ({METHOD_LABELS[match.method]}, "
          f"{match.preview.result.better} score is better)")
    header = ["rank", "option", "name", "score"] + (["rank now"] if ranks_now else [])
    print_table(header, [[r["rank"], r["option"], r["name"], r["score"]] + ([ranks_now[r["option"]]] if ranks_now else [])
                         for r in match.preview.ranking()])


def run_import(args: argparse.Namespace) -> int:
    """Preview an incoming profile, or write the project with it added."""
    out = None if args.out is None else require_suffix(args.out, PROJECT_EXTENSION)
    keep_inputs([out] if out else [], [args.profile_file])
    model = model_of(args)
    incoming = read_profile_file(args.profile_file, model.language)
    if args.name is not None:
        if not args.name.strip():
            raise ModelError(Cli.tr("--name must not be empty"))
        incoming = new_name(incoming, args.name)
    fitted(model, incoming, args.profile_file, "profile import")
    match = match_profile(model, incoming, args.method, args.missing)
    if out is None:
        if args.json:
            print_json(preview_data(match))
        else:
            print_preview(match)
            print("\nNothing was changed; add --out PROJECT.mizan to write the model with this profile.")
        return 0
    new_model, _ = apply(model, import_edit(match, args.replace))
    write_project(out, new_model)
    if args.json:
        print_json({"written": str(out), "profile": match.profile.name, "replaced": match.existing is not None})
    else:
        verb = "Replaced" if match.existing is not None else "Added"
        print(f"{verb} profile {match.profile.name!r} in {out} ({len(match.matched)} matched, "
              f"{len(match.missing)} missing, {len(match.extra)} ignored)")
    return 0


def combine_data(model: DecisionModel, profile: Profile, spread: Spread, how: str) -> dict:
    """The JSON document ``profile combine --json`` prints: consensus weights, analyst shares, spread."""
    return {
        "profile": profile.name,
        "how": how,
        "analyst_shares": dict(zip(spread.profiles, spread.shares.tolist())),
        "weights": model.global_weights(profile),
        "local_weights": dict(profile.weights),
        "notes": profile.notes,
        "spread": spread.rows(),
    }


def print_combine(model: DecisionModel, profile: Profile, spread: Spread) -> None:
    """The consensus as text: global weights beside the spread of the analysts' weights."""
    combined = node_totals(model, model.global_weights(profile))  # before any output: it may refuse the profile
    print(f"Consensus: {profile.name}")
    print(profile.notes)
    print("\nGlobal weights (groups: the sum of their factors) and the spread between the profiles")
    print_table(["criterion", "consensus", "mean", "sd", "min", "max", *spread.profiles],
                [[("  " if not row["group"] else "") + row["criterion"], combined[row["criterion"]], row["mean"],
                  row["std"], row["min"], row["max"], *row["values"].values()] for row in spread.rows()])


def run_combine(args: argparse.Namespace) -> int:
    """Combine profiles; print the consensus and the spread, or write the project with it added."""
    out = None if args.out is None else require_suffix(args.out, PROJECT_EXTENSION)
    keep_inputs([out] if out else [], args.profile)
    model = model_of(args)
    if args.name is not None and not args.name.strip():
        raise ModelError(Cli.tr("--name must not be empty"))
    name = args.name if args.name is not None else unique_name([p.name for p in model.profiles], "Consensus")
    profile, spread = consensus(model, profiles_of(model, args.profile, "profile combine"), args.analyst_weight, args.how, name)
    if out is not None:
        new_model, _ = apply(model, AddProfile(profile))
        write_project(out, new_model)
    if args.json:
        print_json({**combine_data(model, profile, spread, args.how),
                    **({"written": str(out)} if out is not None else {})})
    else:
        print_combine(model, profile, spread)
        if out is not None:
            print(f"\nAdded profile {profile.name!r} to {out}")
    return 0
