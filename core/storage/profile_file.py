"""Standalone profile files (``.mizan-profile``): one weighting, versioned JSON, e-mailed between colleagues.

Layout (version 2)::

    {"format_version": 2, "language": "en",
     "profile": {"name": "Paper's emphasis", "weights": {"ECO": 30, "POL": 15},
                 "method": "wsm", "settings": {}, "author": "…", "created": "2026-11-25",
                 "notes": "…",
                 "ahp": {"top": {"names": ["ECO", "POL"], "matrix": [[1, 2], [0.5, 1]]}}}}

``weights`` are raw local weights keyed by criterion id (or name: an import
matches them to a model); ``ahp`` (optional) holds the pairwise judgements
the weights follow from.  ``language`` (from version 2) is the language the
profile's plain texts (name, notes) are written in; its ``translations`` hold
them in the other, as a project's do.  A version 1 file is read in the language
most of its letters are in.  A criterion named in a judgement block but absent
from ``weights`` takes its priority from the block; one given in both must
agree with it.  In memory the judgements travel in ``Profile.settings["ahp"]``
(so a project keeps them too); :func:`core.storage.judgements.judgements`
reads and checks them.

Such files come from outside, so reading refuses anything odd with a
FileFormatError naming the field: more than 1 MB, NaN or infinite, negative,
boolean or text weights, duplicate keys, deep nesting, a newer format
version.  Text (HTML included) is kept verbatim and never interpreted.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from core import ahp
from core.bilingual import LANGUAGES, language_of, swapped
from core.errors import FileFormatError, Listed, Message, ModelError, at
from core.model import Profile
from core.storage.fields import WEIGHT_LIMIT, Node, checked_number
from core.storage.judgements import agrees, check_block, judgements, judgements_data
from core.storage.jsonio import read_json, write_json
from core.storage.project import profile_data
from core.storage.translations import read_translations
from core.texts import text_problem
from core.validate import check_method

FORMAT_VERSION = 2  # 2: the file's "language"
EXTENSION = ".mizan-profile"
MAX_BYTES = 1_000_000


def _weights(node: Node) -> dict[str, float]:
    weights: dict[str, float] = {}
    for key, item in node.entries():
        if not key.strip():
            raise item.fail(Message("checks.files.empty_key"))
        problem = text_problem(key)
        if problem:
            raise item.fail(Message("checks.files.key", problem=problem))
        weights[key] = checked_number(item.value, item.place, 0, WEIGHT_LIMIT)
    return weights


def _created(node: Node) -> str:
    text = node.text("created", "")
    if text:
        try:
            datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text)
        except ValueError:
            raise node.fail(Message("checks.files.created"), "created") from None
    return text


def _judged_weights(node: Node, weights: dict[str, float]) -> dict:
    """The checked ``ahp`` blocks; ``weights`` gains the priorities of criteria it does not give."""
    blocks = {}
    for key, block in node.child("ahp", False, {}).entries():
        block.obj()
        try:
            names, matrix = check_block(block.child("names").value, block.child("matrix").value, block.path)
        except ModelError as exc:
            raise FileFormatError(at(node.where, exc.message) if node.where else exc.message) from None
        if not agrees(names, matrix, weights):
            raise block.fail(Message("checks.files.disagree", names=Listed(names)))
        weights.update((n, w) for n, w in zip(names, ahp.priorities(matrix).tolist()) if n not in weights)
        blocks[key] = (names, matrix)
    return judgements_data(blocks)


def _read_v1(root: Node) -> Profile:
    node = root.child("profile")
    weights = _weights(node.child("weights", required="ahp" not in node.obj(), default={}))
    settings_node = node.child("settings", False, {})
    settings = dict(settings_node.obj())
    settings_node.plain()
    if "ahp" in settings:
        raise settings_node.fail(Message("checks.files.ahp_place"), "ahp")
    judged = _judged_weights(node, weights)
    if judged:
        settings["ahp"] = judged
    return read_translations(node, Profile(  # its name and notes in the other language, as a project holds them
        name=node.text("name", empty_ok=False),
        weights=weights,
        method=node.text("method", "wsm", check=check_method),
        settings=settings,
        author=node.text("author", ""),
        created=_created(node),
        notes=node.text("notes", ""),
    ))


def _read_v2(root: Node) -> Profile:
    root.child("language")
    root.choice("language", LANGUAGES, "")
    return _read_v1(root)


READERS: dict[int, Callable[[Node], Profile]] = {1: _read_v1, 2: _read_v2}


def file_language(data: Any, profile: Profile) -> str:
    """The language the profile file ``data`` (read as ``profile``, so checked) is written in: its own word, or
    its letters'."""
    if data["format_version"] >= 2:
        return data["language"]
    return language_of((profile.name, profile.notes))


def in_language(data: Any, profile: Profile, language: str | None) -> Profile:
    """``profile`` read from ``data`` as a model in ``language`` holds it: its texts in the file's language go
    where that language's texts go (None: as written)."""
    return swapped(profile) if language is not None and file_language(data, profile) != language else profile


def profile_from_data(data: object, where: str = "") -> Profile:
    """A profile from the parsed JSON of a profile file; FileFormatError on any fault."""
    root = Node(data, "", where)
    root.obj()
    version = root.child("format_version").value
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise root.fail(Message("checks.files.version_from_one"), "format_version")
    if version > FORMAT_VERSION:
        raise root.fail(Message("checks.files.newer", version=version, known=FORMAT_VERSION), "format_version")
    return READERS[version](root)


def read_profile_file(path: str | os.PathLike, language: str | None = None) -> Profile:
    """Load the profile in ``path``, written from ``language``'s side (:func:`in_language`); FileFormatError
    names the field at fault."""
    data = read_json(path, MAX_BYTES, " for a profile")
    return in_language(data, profile_from_data(data, str(path)), language)


def profile_file_data(profile: Profile, language: str) -> dict:
    """The JSON document of ``profile`` (of a model in ``language``) as a profile file.

    Judgement blocks that no longer give the profile's weights (missing ones
    counting as 1; the weights were edited after the AHP) are left out: the
    weights are what the profile means, and a stale block would contradict them.
    """
    data = profile_data(profile)
    settings = dict(profile.settings)
    settings.pop("ahp", None)
    data["settings"] = settings
    blocks = {key: (names, matrix) for key, (names, matrix) in judgements(profile).items()
              if agrees(names, matrix, {name: profile.weights.get(name, 1.0) for name in names})}
    if blocks:
        data["ahp"] = judgements_data(blocks)
    return {"format_version": FORMAT_VERSION, "language": language, "profile": data}


def write_profile_file(path: str | os.PathLike, profile: Profile, language: str) -> None:
    """Save ``profile`` (of a model in ``language``) atomically as a standalone file (the old file survives any
    failure)."""
    write_json(path, profile_file_data(profile, language))
