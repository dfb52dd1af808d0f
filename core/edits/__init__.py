"""Every user edit as data: ``apply(model, edit) -> (new_model, inverse_edit)``.

An edit is a small frozen value naming what changes (a score field, a weight,
a criterion, an option, a profile, the risk register). :func:`apply` returns a new, validated
model and the edit that undoes it, so the window's undo stack, scripted
edits and tests all share one code path. An edit that would leave an invalid
model raises :class:`~core.errors.ModelError` and changes nothing (the input
model is immutable, so "nothing" is automatic).

Structural edits (add, delete, move, change of kind) undo through
:class:`Restore`, which puts back the untouched old fields of the model:
exact by construction, and cheap because frozen values are shared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names
from core.model import DecisionModel

if TYPE_CHECKING:
    from core.edits.kinds import (AddControl, AddCriterion, AddOption, AddProfile, Batch, DeleteControl,
                                  DeleteCriterion, DeleteOption, DeleteProfile, DuplicateProfile, Edit, MoveCriterion,
                                  MoveOption, RenameProfile, ReplaceProfile, Restore, SetControl, SetCriterion,
                                  SetEffect, SetIncludePlanned, SetKind, SetModelInfo, SetOption, SetRiskEntry,
                                  SetScaleLevel, SetScore, SetText, SetTexts, SetWeight, SetWeights)
    from core.edits.tree import default_score, unique_id, unique_name
    from core.edits.weights import local_shares, renormalise, siblings

_KINDS = ("AddControl", "AddCriterion", "AddOption", "AddProfile", "Batch", "DeleteControl", "DeleteCriterion",
          "DeleteOption", "DeleteProfile", "DuplicateProfile", "Edit", "MoveCriterion", "MoveOption", "RenameProfile",
          "ReplaceProfile", "Restore", "SetControl", "SetCriterion", "SetEffect", "SetIncludePlanned", "SetKind",
          "SetModelInfo", "SetOption", "SetRiskEntry", "SetScaleLevel", "SetScore", "SetText", "SetTexts",
          "SetWeight", "SetWeights")
# The module each name comes from, imported when the name is first used: the edit kinds are some thirty frozen
# dataclasses, and making them costs the window's start-up more than any other core module, before any edit.
_HOMES = {**dict.fromkeys(_KINDS, "core.edits.kinds"),
          **dict.fromkeys(("default_score", "unique_id", "unique_name"), "core.edits.tree"),
          **dict.fromkeys(("local_shares", "renormalise", "siblings"), "core.edits.weights")}

__all__ = [*_KINDS, "apply", "default_score", "local_shares", "renormalise", "siblings", "unique_id", "unique_name"]
__getattr__ = lazy_names(__name__, _HOMES)  # the names above, each from its module on first use


def apply(model: DecisionModel, edit: Edit) -> tuple[DecisionModel, Edit]:
    """Apply ``edit``; return the new validated model and the edit that undoes it.

    Raises ModelError (and the caller keeps its old model) when the edit is
    malformed or would leave the model invalid.
    """
    from core.edits.handlers import apply_unchecked
    from core.validate import validate_change

    new, inverse = apply_unchecked(model, edit)
    validate_change(model, new)
    return new, inverse
