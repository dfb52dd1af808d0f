"""AHP judgements as a profile carries them: blocks of pairwise comparisons, checked wherever they are read.

A block is keyed by the group whose children it compares (``"top"`` for the
top level) and holds ``names`` (criterion ids) and ``matrix``; row ``i``
against column ``j`` says how much more ``names[i]`` matters than
``names[j]`` on Saaty's 1/9…9 scale. In memory they travel in
``Profile.settings["ahp"]``, so projects and profile files both keep them and
both read them through :func:`judgements`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from core import ahp
from core.errors import Message, ModelError, at
from core.model import Profile
from core.storage.fields import checked_number

TOP = "top"
AGREE_RTOL = 1e-6

Judgements = dict[str, tuple[tuple[str, ...], np.ndarray]]


def _names(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ModelError(at(where, Message("messages.judgements.names_list")))
    if not all(isinstance(name, str) and name.strip() for name in value):
        raise ModelError(at(where, Message("messages.judgements.names_text")))
    if len(set(value)) != len(value):
        raise ModelError(at(where, Message("messages.judgements.names_twice")))
    return tuple(value)


def check_block(names_value: object, matrix_value: object, where: str) -> tuple[tuple[str, ...], np.ndarray]:
    """One judgement block's names and matrix, checked as JSON and then by :func:`core.ahp.check_matrix`."""
    names = _names(names_value, f"{where}.names")
    if not isinstance(matrix_value, list) or not all(isinstance(row, list) for row in matrix_value):
        raise ModelError(at(f"{where}.matrix", Message("messages.judgements.rows")))
    for i, row in enumerate(matrix_value):
        for j, value in enumerate(row):
            checked_number(value, f"{where}.matrix[{i}][{j}]")
    try:
        matrix, _ = ahp.check_matrix(matrix_value, names)
    except ModelError as exc:
        raise ModelError(at(where, exc.message)) from None
    return names, matrix


def judgements(profile: Profile, where: str | None = None) -> Judgements:
    """The checked AHP blocks of ``profile`` (empty when it carries none)."""
    where = where or f"profile {profile.name!r}: ahp"
    data = profile.settings.get("ahp")
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ModelError(at(where, Message("messages.judgements.blocks")))
    result: Judgements = {}
    for key, block in data.items():
        if not isinstance(block, Mapping) or set(block) != {"names", "matrix"}:
            raise ModelError(at(f"{where}.{key}", Message("messages.judgements.block")))
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
