"""Project files (``.mizan``): versioned JSON ↔ :class:`DecisionModel`.

Each ``format_version`` has its own reader in :data:`READERS`; a newer
version than this build knows is refused with a clear message rather than
half-read. Every field is checked on load and an error names the field path,
e.g. ``options[2].scores.E4.likelihood: must be a whole number 1–5``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import FileFormatError, ModelError
from core.model import RISK_MAX, RISK_MIN, Bands, Criterion, DecisionModel, Option, Profile, Score
from core.storage.fields import Node
from core.storage.jsonio import read_json, write_json
from core.validate import validate_model

if TYPE_CHECKING:
    from core.storage.view_state import ProjectState

FORMAT_VERSION = 2  # 2 adds the "view" section (core.storage.view_state)
EXTENSION = ".mizan"


def _criterion(node: Node) -> Criterion:
    children = tuple(_criterion(child) for child in node.child("children", False, []).items())
    scale_node = node.child("scale", False, [1, 25])
    scale = [item.value for item in scale_node.items()]
    numbers = [float(v) for v in scale if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if len(scale) != 2 or len(numbers) != 2:
        raise scale_node.fail("must be two numbers [low, high]")
    return Criterion(
        id=node.text("id", empty_ok=False).strip(),
        name=node.text("name", empty_ok=False),
        description=node.text("description", ""),
        direction="benefit" if node.choice("direction", ("benefit", "cost"), "cost") == "benefit" else "cost",
        kind="value" if node.choice("kind", ("risk", "value"), "risk") == "value" else "risk",
        scale=(numbers[0], numbers[1]),
        evidence=node.texts("evidence"),
        notes=node.text("notes", ""),
        preference=node.text("preference", "usual"),
        children=children,
    )


def _score(node: Node) -> Score:
    node.obj()
    return Score(
        likelihood=node.whole("likelihood", RISK_MIN, RISK_MAX, optional=True),
        impact=node.whole("impact", RISK_MIN, RISK_MAX, optional=True),
        value=node.number("value", optional=True),
        low=node.number("low", optional=True),
        high=node.number("high", optional=True),
        rationale=node.text("rationale", ""),
        evidence=node.text("evidence", ""),
    )


def _option(node: Node) -> tuple[Option, dict[tuple[str, str], Score]]:
    option = Option(
        id=node.text("id", empty_ok=False).strip(),
        name=node.text("name", empty_ok=False),
        description=node.text("description", ""),
    )
    scores = {(option.id, key): _score(cell) for key, cell in node.child("scores", False, {}).entries()}
    return option, scores


def read_profile(node: Node) -> Profile:
    """A profile object (also the body of a standalone profile file)."""
    weights = {}
    for key, item in node.child("weights").entries():
        if isinstance(item.value, bool) or not isinstance(item.value, (int, float)):
            raise item.fail("must be a number")
        if not item.value >= 0 or item.value == float("inf"):
            raise item.fail("must be a finite number ≥ 0")
        weights[key] = float(item.value)
    settings = node.child("settings", False, {}).obj()
    return Profile(
        name=node.text("name", empty_ok=False),
        weights=weights,
        method=node.text("method", "wsm"),
        settings=settings,
        author=node.text("author", ""),
        created=node.text("created", ""),
        notes=node.text("notes", ""),
    )


def _bands(node: Node) -> Bands:
    if node.value is None:
        return Bands()
    names = node.texts("names")
    upper = tuple(_finite(item) for item in node.child("upper").items())
    colors = node.texts("colors")
    if not (len(names) == len(upper) == len(colors)) or not names:
        raise node.fail("names, upper and colors must be lists of the same, non-zero length")
    if list(upper) != sorted(upper):
        raise node.fail("upper bounds must increase")
    return Bands(names=names, upper=upper, colors=colors)


def _finite(item: Node) -> float:
    value = item.value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise item.fail("must be a number")
    return float(value)


def _read_v1(root: Node) -> DecisionModel:
    options, scores = [], {}
    for item in root.child("options").items():
        option, cells = _option(item)
        options.append(option)
        scores.update(cells)
    return DecisionModel(
        title=root.text("title", ""),
        question=root.text("question", ""),
        source=root.text("source", ""),
        criteria=tuple(_criterion(item) for item in root.child("criteria").items()),
        options=tuple(options),
        scores=scores,
        profiles=tuple(read_profile(item) for item in root.child("profiles", False, []).items()),
        bands=_bands(root.child("bands", False, None)),
    )


READERS: dict[int, Callable[[Node], DecisionModel]] = {1: _read_v1, 2: _read_v1}  # same model fields


def model_from_data(data: object, where: str = "") -> DecisionModel:
    """Build and validate a model from parsed JSON; FileFormatError on any fault."""
    root = Node(data, "", where)
    root.obj()
    version = root.child("format_version").value
    if isinstance(version, bool) or not isinstance(version, int):
        raise root.fail("must be a whole number", "format_version")
    if version > FORMAT_VERSION:
        raise root.fail(f"version {version} was written by a newer Mizan; this one reads up to "
                        f"version {FORMAT_VERSION}", "format_version")
    if version not in READERS:
        raise root.fail(f"unknown version {version}", "format_version")
    model = READERS[version](root)
    try:
        validate_model(model)
    except ModelError as exc:
        raise FileFormatError(f"{where}: {exc}" if where else str(exc)) from None
    return model


def read_project(path: str | os.PathLike) -> DecisionModel:
    """Load a ``.mizan`` project file."""
    return model_from_data(read_json(path), str(path))


def _criterion_data(node: Criterion) -> dict:
    if node.is_group:
        return {"id": node.id, "name": node.name, "description": node.description,
                "children": [_criterion_data(child) for child in node.children]}
    return {"id": node.id, "name": node.name, "description": node.description,
            "direction": node.direction, "kind": node.kind, "scale": list(node.scale),
            "evidence": list(node.evidence), "notes": node.notes, "preference": node.preference}


def _score_data(score: Score) -> dict:
    fields = ("likelihood", "impact", "value", "low", "high")
    data: dict = {key: getattr(score, key) for key in fields if getattr(score, key) is not None}
    data.update(rationale=score.rationale, evidence=score.evidence)
    return data


def profile_data(profile: Profile) -> dict:
    """A profile as a JSON-ready dict."""
    return {"name": profile.name, "weights": dict(profile.weights), "method": profile.method,
            "settings": dict(profile.settings), "author": profile.author,
            "created": profile.created, "notes": profile.notes}


def model_to_data(model: DecisionModel) -> dict:
    """A model as a JSON-ready dict in the current format version."""
    factors = model.factors
    options = [{"id": o.id, "name": o.name, "description": o.description,
                "scores": {f.id: _score_data(model.score(o.id, f.id)) for f in factors}}
               for o in model.options]
    bands = model.bands
    return {"format_version": FORMAT_VERSION, "title": model.title, "question": model.question,
            "source": model.source,
            "bands": {"names": list(bands.names), "upper": list(bands.upper), "colors": list(bands.colors)},
            "criteria": [_criterion_data(node) for node in model.criteria], "options": options,
            "profiles": [profile_data(p) for p in model.profiles]}


def write_project(path: str | os.PathLike, model: DecisionModel, state: ProjectState | None = None) -> None:
    """Save ``model`` (and the view ``state``) atomically to ``path`` (the old file survives any failure)."""
    from core.storage.view_state import state_data

    validate_model(model)
    data = model_to_data(model)
    if state is not None:
        data["view"] = state_data(state)
    try:
        write_json(Path(path), data)
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot be written ({exc.strerror or exc})") from None
