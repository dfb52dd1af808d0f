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

from core.bilingual import LANGUAGES, detect_language, with_default_scales
from core.errors import FileFormatError, Listed, Message, ModelError, at
from core.model import RISK_MAX, RISK_MIN, Bands, Criterion, DecisionModel, Option, Profile, Score
from core.register.residual import is_residual
from core.storage.fields import NUMBER_LIMIT, WEIGHT_LIMIT, Node, checked_number
from core.storage.jsonio import read_json, write_json
from core.storage.register_data import read_register, register_data
from core.storage.translations import read_translations, with_translations
from core.validate import check_method, check_preference, validate_model

if TYPE_CHECKING:
    from core.storage.view_state import ProjectState

# 2 adds the "view" section (core.storage.view_state), 3 the "register" (core.storage.register_data),
# 4 the project's "language" and each text object's "translations" (core.storage.translations).
FORMAT_VERSION = 4
EXTENSION = ".mizan"


def _scale(node: Node) -> tuple[float, float]:
    scale_node = node.child("scale", False, [1, 25])
    numbers = [checked_number(item.value, item.place) for item in scale_node.items()]
    if len(numbers) != 2:
        raise scale_node.fail(Message("checks.files.scale"))
    return numbers[0], numbers[1]


def _criterion(node: Node) -> Criterion:
    children = tuple(_criterion(child) for child in node.child("children", False, []).items())
    return read_translations(node, Criterion(
        id=node.text("id", empty_ok=False).strip(),
        name=node.text("name", empty_ok=False),
        description=node.text("description", ""),
        direction="benefit" if node.choice("direction", ("benefit", "cost"), "cost") == "benefit" else "cost",
        kind="value" if node.choice("kind", ("risk", "value"), "risk") == "value" else "risk",
        scale=_scale(node),
        evidence=node.texts("evidence"),
        notes=node.text("notes", ""),
        preference=node.text("preference", "usual", check=check_preference),
        children=children,
    ))


def _score(node: Node) -> Score:
    node.obj()
    return read_translations(node, Score(
        likelihood=node.whole("likelihood", RISK_MIN, RISK_MAX, optional=True),
        impact=node.whole("impact", RISK_MIN, RISK_MAX, optional=True),
        value=node.number("value", optional=True),
        low=node.number("low", optional=True),
        high=node.number("high", optional=True),
        rationale=node.text("rationale", ""),
        evidence=node.text("evidence", ""),
    ))


def _option(node: Node) -> tuple[Option, dict[tuple[str, str], Score]]:
    option = read_translations(node, Option(
        id=node.text("id", empty_ok=False).strip(),
        name=node.text("name", empty_ok=False),
        description=node.text("description", ""),
    ))
    scores = {(option.id, key): _score(cell) for key, cell in node.child("scores", False, {}).entries()}
    return option, scores


def read_profile(node: Node) -> Profile:
    """A profile object (also the body of a standalone profile file)."""
    weights = {key: checked_number(item.value, item.place, 0, WEIGHT_LIMIT)
               for key, item in node.child("weights").entries()}
    return read_translations(node, Profile(
        name=node.text("name", empty_ok=False),
        weights=weights,
        method=node.text("method", "wsm", check=check_method),
        settings=read_settings(node.child("settings", False, {})),
        author=node.text("author", ""),
        created=node.text("created", ""),
        notes=node.text("notes", ""),
    ))


def read_settings(node: Node) -> dict:
    """A profile's settings: AHP judgements of the documented shape; anything else plain data."""
    settings = dict(node.obj())
    node.plain()
    if "ahp" in settings:
        from core.storage.judgements import judgements  # numpy: kept off the start-up path

        try:
            judgements(Profile(name="settings", settings=settings), node.place("ahp"))
        except ModelError as exc:  # FileFormatError included: the message already names the file
            raise FileFormatError(exc.message) from None
    return settings


def _bands(node: Node) -> Bands:
    """Bands as typed values; their colours and order are checked with the whole model (:mod:`core.validate`)."""
    if node.value is None:
        return Bands()
    upper = tuple(checked_number(item.value, item.place, 0, NUMBER_LIMIT) for item in node.child("upper").items())
    return read_translations(node, Bands(names=node.texts("names"), upper=upper, colors=node.texts("colors")))


def _read_v1(root: Node) -> DecisionModel:
    options, scores = [], {}
    for item in root.child("options").items():
        option, cells = _option(item)
        options.append(option)
        scores.update(cells)
    return read_translations(root, DecisionModel(
        title=root.text("title", ""),
        question=root.text("question", ""),
        source=root.text("source", ""),
        criteria=tuple(_criterion(item) for item in root.child("criteria").items()),
        options=tuple(options),
        scores=scores,
        profiles=tuple(read_profile(item) for item in root.child("profiles", False, []).items()),
        bands=_bands(root.child("bands", False, None)),
    ))


def _read_v3(root: Node) -> DecisionModel:
    return _read_v1(root).replace(register=read_register(root.child("register", False, None)))


def _single_language(read: Callable[[Node], DecisionModel]) -> Callable[[Node], DecisionModel]:
    """A reader of a file from before format 4: one language, the one most of its letters are in."""
    def reader(root: Node) -> DecisionModel:
        model = read(root)
        return with_default_scales(model.replace(language=detect_language(model)))
    return reader


def _read_v4(root: Node) -> DecisionModel:
    language = root.text("language")
    if language not in LANGUAGES:
        raise root.fail(Message("checks.files.language", known=Listed(LANGUAGES)), "language")
    return _read_v3(root).replace(language=language)


# Versions 1 and 2 have the same model fields and load with an empty register (default scales).
READERS: dict[int, Callable[[Node], DecisionModel]] = {
    1: _single_language(_read_v1), 2: _single_language(_read_v1), 3: _single_language(_read_v3), 4: _read_v4}


def model_from_data(data: object, where: str = "") -> DecisionModel:
    """Build and validate a model from parsed JSON; FileFormatError on any fault."""
    root = Node(data, "", where)
    root.obj()
    version = root.child("format_version").value
    if isinstance(version, bool) or not isinstance(version, int):
        raise root.fail(Message("checks.files.version_whole"), "format_version")
    if version > FORMAT_VERSION:
        raise root.fail(Message("checks.files.newer", version=version, known=FORMAT_VERSION), "format_version")
    if version not in READERS:
        raise root.fail(Message("checks.files.unknown_version", version=version), "format_version")
    model = READERS[version](root)
    try:
        validate_model(model)
    except ModelError as exc:
        raise FileFormatError(at(where, exc.message) if where else exc.message) from None
    return model


def read_project(path: str | os.PathLike) -> DecisionModel:
    """Load a ``.mizan`` project file."""
    return model_from_data(read_json(path), str(path))


def _criterion_data(node: Criterion) -> dict:
    if node.is_group:
        return with_translations({"id": node.id, "name": node.name, "description": node.description,
                                  "children": [_criterion_data(child) for child in node.children]}, node)
    return with_translations({"id": node.id, "name": node.name, "description": node.description,
                              "direction": node.direction, "kind": node.kind, "scale": list(node.scale),
                              "evidence": list(node.evidence), "notes": node.notes,
                              "preference": node.preference}, node)


def _score_data(score: Score) -> dict:
    fields = ("likelihood", "impact", "value", "low", "high")
    data: dict = {key: getattr(score, key) for key in fields if getattr(score, key) is not None}
    data.update(rationale=score.rationale, evidence=score.evidence)
    return with_translations(data, score)


def profile_data(profile: Profile) -> dict:
    """A profile as a JSON-ready dict."""
    return with_translations({"name": profile.name, "weights": dict(profile.weights), "method": profile.method,
                              "settings": dict(profile.settings), "author": profile.author,
                              "created": profile.created, "notes": profile.notes}, profile)


def model_to_data(model: DecisionModel) -> dict:
    """A model as a JSON-ready dict in the current format version."""
    factors = model.factors
    options = [with_translations({"id": o.id, "name": o.name, "description": o.description,
                                  "scores": {f.id: _score_data(model.score(o.id, f.id)) for f in factors}}, o)
               for o in model.options]
    bands = model.bands
    data = {"format_version": FORMAT_VERSION, "language": model.language, "title": model.title,
            "question": model.question, "source": model.source,
            "bands": with_translations({"names": list(bands.names), "upper": list(bands.upper),
                                        "colors": list(bands.colors)}, bands),
            "criteria": [_criterion_data(node) for node in model.criteria], "options": options,
            "profiles": [profile_data(p) for p in model.profiles], "register": register_data(model.register)}
    return with_translations(data, model)


def write_project(path: str | os.PathLike, model: DecisionModel, state: ProjectState | None = None) -> None:
    """Save ``model`` (and the view ``state``) atomically to ``path`` (the old file survives any failure)."""
    from core.storage.view_state import state_data

    if is_residual(model):  # its scores are residual: reopened, its controls would lower them a second time
        raise ModelError(Message("checks.files.residual"))
    validate_model(model)
    data = model_to_data(model)
    if state is not None:
        data["view"] = state_data(state)
    write_json(Path(path), data)  # the atomic writer names the file in any error
