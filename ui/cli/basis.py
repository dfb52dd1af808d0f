"""The risk basis of a command: ``--residual`` and ``--include-planned``, and the rule shown with residual numbers.

Every command that ranks (``score``, ``compare``, ``sensitivity``,
``export``) takes the same two options and runs on
:func:`core.register.residual.model_on`; the residual rule
(:data:`core.register.residual.RULE`) is printed wherever residual numbers
appear: on standard output with a table, inside the JSON document, and on
standard error beside CSV (so the CSV stays a table).
"""

from __future__ import annotations

import argparse
import sys

from core.errors import ModelError
from core.model import DecisionModel
from core.register.residual import RULE, model_on
from ui.cli.language import Cli


def add_basis(parser: argparse.ArgumentParser, planned_only: bool = False) -> None:
    """``--residual`` and ``--include-planned`` (``planned_only``: the command always shows residuals)."""
    if not planned_only:
        parser.add_argument("--residual", action="store_true",
                            help=Cli.tr("rank on residual risk: likelihood and impact lowered by the controls that count"))
    parser.add_argument("--include-planned", action="store_true",
                        help=Cli.tr("count planned controls towards residual risk too (the project's own setting "
                                    "is kept otherwise)"))


def with_planned(model: DecisionModel, args: argparse.Namespace) -> DecisionModel:
    """``model`` whose register counts planned controls when ``--include-planned`` was given."""
    if not getattr(args, "include_planned", False) or model.register.include_planned:
        return model
    return model.replace(register=model.register.replace(include_planned=True))


def basis_of(args: argparse.Namespace) -> str:
    """``"residual"`` or ``"inherent"``; ``--include-planned`` alone is a usage error (it changes residuals only)."""
    residual = getattr(args, "residual", False)
    if getattr(args, "include_planned", False) and not residual:
        raise ModelError(Cli.tr("--include-planned counts planned controls towards residual risk; add --residual"))
    return "residual" if residual else "inherent"


def model_on_basis(model: DecisionModel, args: argparse.Namespace) -> DecisionModel:
    """The model the command ranks: ``model`` itself, or its residual model."""
    return model_on(with_planned(model, args), basis_of(args))


def counted(model: DecisionModel) -> list[str]:
    """The ids of the controls that count towards residual risk under the model's register."""
    return [control.id for control in model.register.controls if model.register.counts(control)]


def basis_data(model: DecisionModel, args: argparse.Namespace) -> dict:
    """The basis fields of a JSON document: the basis, and on the residual one the rule and the controls counted."""
    basis = basis_of(args)
    if basis == "inherent":
        return {"basis": basis}
    model = with_planned(model, args)
    return {"basis": basis, "rule": RULE, "include_planned": model.register.include_planned,
            "controls_counted": counted(model)}


def basis_lines(model: DecisionModel, args: argparse.Namespace) -> list[str]:
    """What a table says about its basis: nothing on the inherent one; the basis, the controls and the rule else."""
    data = basis_data(model, args)
    if data["basis"] == "inherent":
        return []
    planned = "planned ones included" if data["include_planned"] else "planned ones not counted"
    controls = ", ".join(data["controls_counted"]) or "none"
    head = f"Basis: residual risk (controls counted: {controls}; {planned})"
    if not data["controls_counted"]:
        head += "; no control counts, so residual equals inherent"
    return [head, f"Rule: {data['rule']}"]


def print_basis(model: DecisionModel, args: argparse.Namespace, to_stderr: bool = False) -> None:
    """Print :func:`basis_lines` (to stderr beside CSV, named as every notice is)."""
    for line in basis_lines(model, args):
        if to_stderr:
            sys.stderr.write(f"mizan {args.command}: {line}\n")
        else:
            print(line)
