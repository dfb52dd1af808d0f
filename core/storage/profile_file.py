"""Standalone profile files (``.mizan-profile``): one weighting, versioned JSON, e-mailed between colleagues.

Layout (version 1)::

    {"format_version": 1,
     "profile": {"name": "Paper's emphasis", "weights": {"ECO": 30, "POL": 15},
                 "method": "wsm", "settings": {}, "author": "…", "created": "2026-11-25",
                 "notes": "…",
                 "ahp": {"top": {"names": ["ECO", "POL"], "matrix": [[1, 2], [0.5, 1]]}}}}

``weights`` are raw local weights keyed by criterion id (or name: an import
matches them to a model); ``ahp`` (optional) holds the pairwise judgements
the weights follow from.  A criterion named in a judgement block but absent
from ``weights`` takes its priority from the block; one given in both must
agree with it.  In memory the judgements travel in ``Profile.settings["ahp"]``
(so a project keeps them too); :func:`judgements` reads and checks them.
A block is keyed by the group whose children it compares (``"top"`` for the
top level); row ``i`` against column ``j`` says how much more ``names[i]``
matters than ``names[j]`` on Saaty's 1/9…9 scale.

Such files come from outside, so reading refuses anything odd with a
FileFormatError naming the field: more than 1 MB, NaN or infinite, negative,
boolean or text weights, duplicate keys, deep nesting, a newer format
version.  Text (HTML included) is kept verbatim and never interpreted.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

import numpy as np

from core import ahp
from core.errors import FileFormatError, ModelError
from core.model import Profile
from core.storage.fields import Node
from core.storage.jsonio import read_json, write_json
from core.storage.project import profile_data

FORMAT_VERSION = 1
EXTENSION = ".mizan-profile"
MAX_BYTES = 1_000_000
# Far above any real weight or point count, far below where sums overflow.
MAX_WEIGHT = 1e12
TOP = "top"
AGREE_RTOL = 1e-6

Judgements = dict[str, tuple[tuple[str, ...], np.ndarray]]


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(f"{where}: must be a number")
    try:
        number = float(value)
    except OverflowError:  # an integer with hundreds of digits
        number = math.inf
    if not math.isfinite(number):
        raise ModelError(f"{where}: must be a finite number")
    return number


def _names(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ModelError(f"{where}: must be a list of criterion ids")
    if not all(isinstance(name, str) and name.strip() for name in value):
        raise ModelError(f"{where}: every name must be non-empty text")
    if len(set(value)) != len(value):
        raise ModelError(f"{where}: a name appears twice")
    return tuple(value)


def check_block(names_value: object, matrix_value: object, where: str) -> tuple[tuple[str, ...], np.ndarray]:
    """One judgement block's names and matrix, checked as JSON and then by :func:`core.ahp.check_matrix`."""
    names = _names(names_value, f"{where}.names")
    if not isinstance(matrix_value, list) or not all(isinstance(row, list) for row in matrix_value):
        raise ModelError(f"{where}.matrix: must be a list of rows")
    for i, row in enumerate(matrix_value):
        for j, value in enumerate(row):
            _number(value, f"{where}.matrix[{i}][{j}]")
    try:
        matrix, _ = ahp.check_matrix(matrix_value, names)
    except ModelError as exc:
        raise ModelError(f"{where}: {exc}") from None
    return names, matrix


def judgements(profile: Profile, where: str | None = None) -> Judgements:
    """The checked AHP blocks of ``profile`` (empty when it carries none)."""
    where = where or f"profile {profile.name!r}: ahp"
    data = profile.settings.get("ahp")
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ModelError(f"{where}: must be an object of judgement blocks")
    result: Judgements = {}
    for key, block in data.items():
        if not isinstance(block, Mapping) or set(block) != {"names", "matrix"}:
            raise ModelError(f"{where}.{key}: must be an object with exactly 'names' and 'matrix'")
        result[key] = check_block(block["names"], block["matrix"], f"{where}.{key}")
    return result


def judgements_data(blocks: Judgements) -> dict:
    """AHP blocks as the JSON-ready ``settings["ahp"]`` value."""
    return {key: {"names": list(names), "matrix": matrix.tolist()} for key, (names, matrix) in blocks.items()}


def agrees(names: Sequence[str], matrix: np.ndarray, weights: Mapping[str, float]) -> bool:
    """True when ``weights`` gives none of ``names``, or gives all of them in the judged proportions."""
    given = [name in weights for name in names]
    if not any(given):
        return True
    if not all(given):
        return False
    raw = np.array([weights[name] for name in names], dtype=float)
    judged = ahp.priorities(matrix)
    return raw.sum() > 0 and bool(np.allclose(raw / raw.sum(), judged, rtol=AGREE_RTOL, atol=1e-12))


def _weights(node: Node) -> dict[str, float]:
    weights: dict[str, float] = {}
    for key, item in node.entries():
        if not key.strip():
            raise item.fail("a criterion id must not be empty")
        if isinstance(item.value, bool) or not isinstance(item.value, (int, float)):
            raise item.fail("must be a number")
        if not 0 <= item.value <= MAX_WEIGHT:
            raise item.fail(f"must be a number from 0 to {MAX_WEIGHT:g}")
        weights[key] = float(item.value)
    return weights


def _created(node: Node) -> str:
    text = node.text("created", "")
    if text:
        try:
            datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text)
        except ValueError:
            raise node.fail("must be an ISO 8601 date such as 2026-11-25", "created") from None
    return text


def _judged_weights(node: Node, weights: dict[str, float]) -> dict:
    """The checked ``ahp`` blocks; ``weights`` gains the priorities of criteria it does not give."""
    blocks = {}
    for key, block in node.child("ahp", False, {}).entries():
        block.obj()
        try:
            names, matrix = check_block(block.child("names").value, block.child("matrix").value, block.path)
        except ModelError as exc:
            raise FileFormatError(f"{node.where}: {exc}" if node.where else str(exc)) from None
        if not agrees(names, matrix, weights):
            raise block.fail("the judgements do not give the weights listed for " + ", ".join(names))
        weights.update((n, w) for n, w in zip(names, ahp.priorities(matrix).tolist()) if n not in weights)
        blocks[key] = (names, matrix)
    return judgements_data(blocks)


def _read_v1(root: Node) -> Profile:
    node = root.child("profile")
    weights = _weights(node.child("weights", required="ahp" not in node.obj(), default={}))
    settings_node = node.child("settings", False, {})
    settings = dict(settings_node.obj())
    if "ahp" in settings:
        raise settings_node.fail("'ahp' belongs in profile.ahp, not in settings", "ahp")
    judged = _judged_weights(node, weights)
    if judged:
        settings["ahp"] = judged
    return Profile(
        name=node.text("name", empty_ok=False),
        weights=weights,
        method=node.text("method", "wsm"),
        settings=settings,
        author=node.text("author", ""),
        created=_created(node),
        notes=node.text("notes", ""),
    )


READERS: dict[int, Callable[[Node], Profile]] = {1: _read_v1}


def profile_from_data(data: object, where: str = "") -> Profile:
    """A profile from the parsed JSON of a profile file; FileFormatError on any fault."""
    root = Node(data, "", where)
    root.obj()
    version = root.child("format_version").value
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise root.fail("must be a whole number ≥ 1", "format_version")
    if version > FORMAT_VERSION:
        raise root.fail(f"version {version} was written by a newer Mizan; this one reads up to "
                        f"version {FORMAT_VERSION}", "format_version")
    return READERS[version](root)


def read_profile_file(path: str | os.PathLike) -> Profile:
    """Load the profile in ``path``; FileFormatError names the field at fault."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_json reports the missing file or folder
    if size > MAX_BYTES:
        raise FileFormatError(f"{path}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit for a profile")
    return profile_from_data(read_json(path), str(path))


def profile_file_data(profile: Profile) -> dict:
    """The JSON document of ``profile`` as a profile file.

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
    return {"format_version": FORMAT_VERSION, "profile": data}


def write_profile_file(path: str | os.PathLike, profile: Profile) -> None:
    """Save ``profile`` atomically as a standalone file (the old file survives any failure)."""
    write_json(path, profile_file_data(profile))
