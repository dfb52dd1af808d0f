"""``register``: the risk register, one row per risk (option × risk factor), inherent and residual side by side.

Each row carries the register entry of its cell (statement, owner,
treatment, action, due date, status, review date), the controls acting on
it, its inherent and residual likelihood, impact, score and band, and
whether its review is overdue as of a date (today unless ``--as-of``).
Below the table: the residual rule and Cox's (2008) check of the band
colouring (:mod:`core.register.cox`).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable

from core.charts.base import shorten
from core.model import DecisionModel
from core.model import Profile
from core.register.benefit import NOTE, Benefits, control_benefits
from core.register.cox import check_bands
from core.register.dates import check_date, is_overdue
from core.register.residual import RULE, residual_levels
from ui.cli.basis import add_basis, counted, with_planned
from ui.cli.common import add_file, add_profile, model_of, print_csv, print_json, print_table, profile_of
from ui.cli.language import Cli, current

COLUMNS = ("option", "factor", "factor_name", "group", "statement", "owner", "controls",
           "inherent_likelihood", "inherent_impact", "inherent_score", "inherent_band",
           "residual_likelihood", "residual_impact", "residual_score", "residual_band",
           "treatment", "action", "due", "status", "review", "overdue")
OWNER_CHARS = 32  # the table stays readable; --json and --csv carry the whole text
TEXT_COLUMNS = ["option", "factor", "inherent", "residual", "controls", "owner", "treatment", "status",
                "review", "overdue"]


def today() -> datetime.date:
    """The clock's date: the one place the command reads it (tests set it)."""
    return datetime.date.today()


def _date(text: str) -> datetime.date:
    problem = check_date(text)
    if problem is not None or not text:
        raise argparse.ArgumentTypeError(problem.text(current()) if problem else
                                         Cli.tr("a date written YYYY-MM-DD is needed"))
    return datetime.date.fromisoformat(text)


def register(commands) -> None:
    """Add the ``register`` command."""
    parser = commands.add_parser("register", help=Cli.tr("the risk register: one row per risk, inherent and residual"))
    add_file(parser)
    add_profile(parser)
    add_basis(parser, planned_only=True)
    parser.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                        help=Cli.tr("the date reviews are overdue against (default today)"))
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    output.add_argument("--csv", action="store_true", help=Cli.tr("CSV output, one row per risk"))
    parser.set_defaults(run=run)


def _levels(bands_of: Callable[[int], str], levels: tuple[int, int] | None) -> dict:
    if levels is None:
        return {"likelihood": None, "impact": None, "score": None, "band": None}
    likelihood, impact = levels
    return {"likelihood": likelihood, "impact": impact, "score": likelihood * impact,
            "band": bands_of(likelihood * impact)}


def _controls(model: DecisionModel, option: str, factor: str) -> list[dict]:
    acting = []
    for control in model.register.controls:
        effect = control.effect(option, factor)
        if effect is not None:
            acting.append({"id": control.id, "name": control.name, "status": control.status,
                           "counts": model.register.counts(control),
                           "likelihood": effect.likelihood, "impact": effect.impact})
    return acting


def risk_rows(model: DecisionModel, as_of: datetime.date) -> list[dict]:
    """One row per option × risk factor, in the model's order (``model`` as the register counts its controls)."""
    groups = {node.id: parent.name if parent else "" for node, _, parent in model.walk()}
    bands = model.bands

    def band(score: float) -> str:
        return bands.names[bands.band(score)]
    rows = []
    for option in model.options:
        for factor in (f for f in model.factors if f.kind == "risk"):
            score, entry = model.score(option.id, factor.id), model.register.entry(option.id, factor.id)
            inherent = None if score.likelihood is None or score.impact is None else (score.likelihood, score.impact)
            rows.append({"option": option.id, "option_name": option.name, "factor": factor.id,
                         "factor_name": factor.name, "group": groups[factor.id], "statement": entry.statement,
                         "owner": entry.owner, "controls": _controls(model, option.id, factor.id),
                         "inherent": _levels(band, inherent),
                         "residual": _levels(band, residual_levels(model, option.id, factor.id)),
                         "treatment": entry.treatment, "action": entry.action, "due": entry.due,
                         "status": entry.status, "review": entry.review, "overdue": is_overdue(entry, as_of)})
    return rows


def controls_text(controls: list[dict]) -> str:
    """``C1 −1 L; C4 −1 L −1 I (planned, not counted)``: the controls on one cell, as one field."""
    parts = []
    for control in controls:
        levels = " ".join(f"−{n} {axis}" for n, axis in ((control["likelihood"], "L"), (control["impact"], "I")) if n)
        note = "" if control["counts"] else f" ({control['status']}, not counted)"
        parts.append(f"{control['id']} {levels}{note}")
    return "; ".join(parts)


def _csv_row(row: dict) -> list[object]:
    flat = {**row, "controls": controls_text(row["controls"]), "overdue": "yes" if row["overdue"] else "no"}
    for basis in ("inherent", "residual"):
        for key, value in row[basis].items():
            flat[f"{basis}_{key}"] = "" if value is None else value
    return [flat[column] for column in COLUMNS]


def _cell(levels: dict) -> str:
    if levels["score"] is None:
        return "-"
    return f"{levels['likelihood']}×{levels['impact']}={levels['score']} {levels['band']}"


def _text_row(row: dict) -> list[object]:
    controls = ", ".join(c["id"] + ("" if c["counts"] else "*") for c in row["controls"])
    return [row["option"], row["factor"], _cell(row["inherent"]), _cell(row["residual"]), controls,
            shorten(row["owner"], OWNER_CHARS), row["treatment"], row["status"], row["review"],
            "OVERDUE" if row["overdue"] else ""]


def benefit_data(benefits: Benefits) -> dict:
    """What the controls buy, JSON-ready: per option the weighted risk on both bases, per control its contributions."""
    options = [row.option for row in benefits.options]
    return {"profile": benefits.profile, "note": NOTE,
            "options": [{"option": row.option, "name": row.name, "inherent": row.inherent, "residual": row.residual,
                         "drop": row.drop, "joint": benefits.joint(row.option)} for row in benefits.options],
            "controls": [{"id": row.control, "name": row.name, "counts": row.counts,
                          "contributions": dict(zip(options, row.contributions)), "total": row.total}
                         for row in benefits.controls]}


def register_data(model: DecisionModel, profile: Profile, as_of: datetime.date) -> dict:
    """The JSON document ``register --json`` prints."""
    cox = check_bands(model.bands)
    return {"as_of": as_of.isoformat(), "rule": RULE, "include_planned": model.register.include_planned,
            "controls_counted": counted(model), "risks": risk_rows(model, as_of),
            "benefit": benefit_data(control_benefits(model, profile)),
            "cox": {"weak_consistency": cox.weak_consistency, "betweenness": cox.betweenness, "ok": cox.ok,
                    "summary": cox.summary(), "findings": list(cox.findings)}}


def _print_benefit(benefit: dict) -> None:
    print(f"\nWhat the controls buy (profile: {benefit['profile']}; weighted risk in points, lower is better)")
    print_table(["option", "inherent", "residual", "drop", "name"],
                [[row["option"], row["inherent"], row["residual"], row["drop"], row["name"]]
                 for row in benefit["options"]])
    if not benefit["controls"]:
        return
    options = [row["option"] for row in benefit["options"]]
    print("\nContribution of each control in points: what the residual weighted risk would rise by without it "
          "(for one that does not count: what it would take off)")
    print_table(["control", "counts", *options, "total"],
                [[row["id"], "yes" if row["counts"] else "no", *(row["contributions"][o] for o in options),
                  row["total"]] for row in benefit["controls"]])
    print(f"Note: {benefit['note']}")


def _print_text(model: DecisionModel, data: dict) -> None:
    rows = data["risks"]
    if not rows:
        print("This model has no likelihood × impact factors, so it has no risks to register.")
    else:
        print_table(TEXT_COLUMNS, [_text_row(row) for row in rows])
        if any(not c["counts"] for row in rows for c in row["controls"]):
            print("* planned control, not counted (--include-planned counts it)")
        _print_benefit(data["benefit"])
    overdue = sum(row["overdue"] for row in rows)
    entries = sum(1 for row in rows if (row["option"], row["factor"]) in model.register.entries)
    print(f"\n{len(rows)} risks, {entries} with a register entry; {len(data['controls_counted'])} of "
          f"{len(model.register.controls)} controls count; {overdue} review{'s' if overdue != 1 else ''} "
          f"overdue as of {data['as_of']}")
    print(f"Rule: {RULE}")
    print(f"Bands: {data['cox']['summary']}")
    for finding in data["cox"]["findings"][1:]:
        print(f"  also: {finding}")


def run(args: argparse.Namespace) -> int:
    """Print the register."""
    model = with_planned(model_of(args), args)
    data = register_data(model, profile_of(model, args.profile, args.command), args.as_of or today())
    if args.json:
        print_json(data)
    elif args.csv:
        print_csv([list(COLUMNS)] + [_csv_row(row) for row in data["risks"]])
        sys.stderr.write(f"mizan register: Rule: {RULE}\nmizan register: Bands: {data['cox']['summary']}\n")
    else:
        _print_text(model, data)
    return 0
