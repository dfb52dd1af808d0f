"""Where the analyst was: the ``view`` section of a project file (format version 2).

A project reopens as it was saved: the active profile, the ranking method,
the basis the window ranks on (inherent or residual risk, or both side by
side), the locked weights and any unsaved weight changes of a profile (its
working copy, kept apart so that a named profile is never rewritten behind
the analyst's back). Version 1 files have no such section and open on the first
profile, as they always did.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from core.errors import Listed, Message
from core.model import DecisionModel, Profile, frozen_map
from core.storage.fields import Node

# What the window can rank on: one basis of :mod:`core.register.residual`, or both side by side.
VIEW_BASES = ("inherent", "residual", "both")


@dataclass(frozen=True)
class ProjectState:
    """The view state saved with a project; empty fields mean "as a fresh window would"."""

    profile: str = ""
    method: str = ""
    locked: frozenset[str] = frozenset()
    working: Mapping[str, Profile] = field(default_factory=frozen_map)
    basis: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "locked", frozenset(self.locked))
        object.__setattr__(self, "working", frozen_map(self.working))


def state_data(state: ProjectState) -> dict:
    """The ``view`` section as a JSON-ready dict."""
    from core.storage.project import profile_data

    return {"profile": state.profile, "method": state.method, "locked": sorted(state.locked),
            "working": {owner: profile_data(p) for owner, p in state.working.items()},
            "basis": state.basis}


def state_from_data(data: object, model: DecisionModel, where: str = "") -> ProjectState:
    """The view state of parsed project JSON (checked against ``model``); FileFormatError on a fault."""
    from core.methods import METHODS
    from core.storage.project import read_profile

    root = Node(data, "", where)
    version = root.obj().get("format_version")
    view = root.child("view", False, None)
    if version == 1 or view.value is None:
        return ProjectState()
    view.obj()
    names = [p.name for p in model.profiles]
    profile = view.text("profile", "")
    if profile and profile not in names:
        raise view.fail(Message("messages.view.no_profile", name=repr(profile)), "profile")
    method = view.text("method", "")
    if method and method not in METHODS:
        raise view.fail(Message("messages.storage.not_one_of", allowed=Listed(METHODS)), "method")
    basis = view.text("basis", "")
    if basis and basis not in VIEW_BASES:
        raise view.fail(Message("messages.storage.not_one_of", allowed=Listed(VIEW_BASES)), "basis")
    return ProjectState(profile, method, _locked(view, model), _working(view, model, read_profile), basis)


def _locked(view: Node, model: DecisionModel) -> frozenset[str]:
    ids = {node.id for node, _, _ in model.walk()}
    locked = view.texts("locked")
    unknown = sorted(set(locked) - ids)
    if unknown:
        raise view.fail(Message("messages.view.unknown_locked", ids=Listed(unknown)), "locked")
    return frozenset(locked)


def _working(view: Node, model: DecisionModel, read_profile) -> dict[str, Profile]:
    ids = {node.id for node, _, _ in model.walk()}
    names = {p.name for p in model.profiles}
    working = {}
    for owner, node in view.child("working", False, {}).entries():
        if owner not in names:
            raise node.fail(Message("messages.view.orphan_copy"))
        profile = read_profile(node)
        unknown = sorted(set(profile.weights) - ids)
        if unknown:
            raise node.fail(Message("messages.view.unknown_weights", ids=Listed(unknown)), "weights")
        working[owner] = profile.replace(name=owner)
    return working


def read_project_state(path: str | os.PathLike) -> tuple[DecisionModel, ProjectState]:
    """Load a project file with the view state it was saved with."""
    from core.storage.jsonio import read_json
    from core.storage.project import model_from_data

    data = read_json(path)
    model = model_from_data(data, str(path))
    return model, state_from_data(data, model, str(path))
