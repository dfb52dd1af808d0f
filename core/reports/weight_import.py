"""Raw weights edited in a Mizan workbook, read back as a new profile.

The Weights sheet keeps, beside each editable raw weight (column D), the
weight the file was exported with (column G).  Every node whose raw weight
differs becomes a :class:`WeightChange`; together they make a new profile,
named after the file, built on the exported profile (named on the sheet),
so the analyst's own profiles never change behind their back.  Nothing is
applied here: the score-import preview carries the profile, and the caller
adds it once the analyst confirms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from pathlib import Path

from core.bilingual import language_of, new_name, other_language, pair, with_pair
from core.catalogue import catalogue
from core.errors import Message
from core.model import DecisionModel, Profile

# The Weights sheet's profile label: “name”, or “name”, edited in this workbook (an Arabic one: «name»).
_LABEL = re.compile(r"[“«](.*)[”»]")


@dataclass(frozen=True)
class WeightChange:
    """One raw weight that differs from the exported one."""

    criterion: str
    old: float
    new: float


def unique_name(model: DecisionModel, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``wanted (3)``…: a profile name the model does not have yet."""
    taken = {p.name for p in model.profiles}
    name, count = wanted, 1
    while name in taken:
        count += 1
        name = f"{wanted} ({count})"
    return name


def read_weights(model: DecisionModel, path: Path, grid: Sequence[Sequence], number: Callable[[Any], float | None],
                 reject: Callable[[str, str], None]) -> tuple[tuple[WeightChange, ...], Profile | None]:
    """The raw-weight changes on a Weights sheet ``grid`` of cells and the profile they make (None if none).

    ``number`` reads a cell as a number or records why it cannot (and returns None); ``reject(where,
    message)`` records a number that cannot be a weight.
    """
    nodes = {node.id for node, _, _ in model.walk()}
    base = _base_profile(model, grid)
    changes: list[WeightChange] = []
    for row in grid[4:]:
        if len(row) < 7 or row[0].value is None or str(row[0].value).strip() not in nodes:
            continue
        node = str(row[0].value).strip()
        new = number(row[3])
        if new is None:
            continue
        if new < 0:
            reject(row[3].where, Message("checks.imports.negative_weight", weight=new))
            continue
        exported = row[6].value if isinstance(row[6].value, (int, float)) else base.weights.get(node, 1.0)
        if float(new) != float(exported):
            changes.append(WeightChange(node, float(exported), float(new)))
    if not changes:
        return (), None
    weights = {**{node: float(base.weights.get(node, 1.0)) for node in nodes},
               **{c.criterion: c.new for c in changes}}
    profile = new_name(base, unique_name(model, path.stem)).replace(weights=weights)
    return tuple(changes), _written(profile, model.language, path.name, base, changes)


def _notes(language: str, model_language: str, file: str, base: Profile, changes: list[WeightChange]) -> str:
    """The notes of the new profile in ``language``, naming the base profile as that language names it."""
    texts = catalogue(language)
    changed = texts["workbook.imported_weights_separator"].join(
        texts["workbook.imported_weight"].format(id=c.criterion, old=f"{c.old:g}", new=f"{c.new:g}") for c in changes)
    base_name = pair(base, "name")[0 if language == model_language else 1] or base.name
    return texts["workbook.imported_weights"].format(file=file, profile=base_name, changes=changed)


def _written(profile: Profile, language: str, file: str, base: Profile, changes: list[WeightChange]) -> Profile:
    """``profile`` (of a model in ``language``) with its notes in both languages, and its name, taken from the
    file's, in the language the file name is written in."""
    notes = (_notes(lang, language, file, base, changes) for lang in (language, other_language(language)))
    profile = with_pair(profile, "notes", *notes)
    if any(char.isalpha() for char in profile.name) and language_of((profile.name,)) != language:
        profile = with_pair(profile, "name", None, profile.name)  # shown in the model's language as a fallback
    return profile


def _base_profile(model: DecisionModel, grid: Sequence[Sequence]) -> Profile:
    """The profile the workbook was exported with (its label in B3), else the model's first."""
    label = grid[2][1].value if len(grid) > 2 and len(grid[2]) > 1 else None
    match = _LABEL.search(str(label or ""))
    for profile in model.profiles:
        if match and profile.name == match.group(1):
            return profile
    return model.profiles[0] if model.profiles else Profile("Imported")
