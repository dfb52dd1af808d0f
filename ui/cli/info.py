"""``info``: the criteria tree, the options and the profiles of a model."""

from __future__ import annotations

import argparse

from core.model import Criterion, DecisionModel, label
from ui.cli.common import add_file, model_of, print_json
from ui.cli.language import Cli


def register(commands) -> None:
    """Add the ``info`` command."""
    parser = commands.add_parser("info", help=Cli.tr("criteria tree, options and profiles"))
    add_file(parser)
    parser.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    parser.set_defaults(run=run)


def _node(node: Criterion) -> dict:
    data: dict = {"id": node.id, "name": node.name, "description": node.description}
    if node.is_group:
        data["children"] = [_node(child) for child in node.children]
    else:
        data.update(direction=node.direction, kind=node.kind, scale=list(node.scale),
                    evidence=list(node.evidence))
    return data


def info_data(model: DecisionModel) -> dict:
    """The JSON document ``info --json`` prints."""
    return {
        "title": model.title,
        "question": model.question,
        "source": model.source,
        "criteria": [_node(node) for node in model.criteria],
        "factors": [f.id for f in model.factors],
        "options": [{"id": o.id, "name": o.name, "description": o.description} for o in model.options],
        "profiles": [{"name": p.name, "method": p.method, "author": p.author, "notes": p.notes,
                      "weights": model.global_weights(p)} for p in model.profiles],
    }


def run(args: argparse.Namespace) -> int:
    """Print the model summary."""
    model = model_of(args)
    if args.json:
        print_json(info_data(model))
        return 0
    print(model.title or "(untitled model)")
    if model.question:
        print(model.question)
    print(f"\nCriteria ({len(model.factors)} factors):")
    for node, depth, _ in model.walk():
        detail = "" if node.is_group else f"  [{node.kind}, {node.direction}]"
        print(f"{'  ' * (depth + 1)}{label(node.id, node.name)}{detail}")
    print(f"\nOptions ({len(model.options)}):")
    for option in model.options:
        print(f"  {label(option.id, option.name)}")
    print(f"\nProfiles ({len(model.profiles)}):")
    for profile in model.profiles:
        print(f"  {profile.name}")
    return 0
