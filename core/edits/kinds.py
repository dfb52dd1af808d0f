"""The edit values: one frozen dataclass per kind of user edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Union

from core.model import Criterion, Option, Profile, frozen_map
from core.register import Control, Level, RiskEntry

SCORE_FIELDS = ("likelihood", "impact", "value", "low", "high", "rationale", "evidence")
CRITERION_FIELDS = ("name", "description", "direction", "scale", "notes", "evidence", "preference")
OPTION_FIELDS = ("name", "description")
MODEL_FIELDS = ("title", "question", "source")
RESTORABLE = ("criteria", "options", "scores", "profiles", "title", "question", "source", "bands", "register",
              "translations")
# Translations change through SetText only (core.bilingual), never as a field of these edits.
ENTRY_FIELDS = tuple(item.name for item in fields(RiskEntry) if item.name != "translations")  # all text
CONTROL_FIELDS = tuple(item.name for item in fields(Control) if item.name not in ("id", "effects", "translations"))
LEVEL_FIELDS = tuple(item.name for item in fields(Level) if item.name != "translations")


@dataclass(frozen=True)
class SetScore:
    """Change fields of one cell, e.g. ``{"likelihood": 4}``."""

    option: str
    factor: str
    changes: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class SetWeight:
    """Give ``criterion`` the local ``share`` (0–1) among its siblings.

    Unlocked siblings are rescaled proportionally so the shares add up to 1;
    ids in ``locked`` keep their share.
    """

    profile: str
    criterion: str
    share: float
    locked: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SetWeights:
    """Replace a profile's raw local weights wholesale."""

    profile: str
    weights: Mapping[str, float] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class SetCriterion:
    """Change fields of a criterion (name, description, direction, scale, notes, evidence, preference)."""

    criterion: str
    changes: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class SetKind:
    """Turn a factor into a risk (likelihood × impact) or a direct value, converting its scores."""

    criterion: str
    kind: str


@dataclass(frozen=True)
class AddCriterion:
    """Insert ``node`` (a factor, or a group with children) under ``parent`` (None: top level)."""

    node: Criterion
    parent: str | None = None
    index: int | None = None


@dataclass(frozen=True)
class DeleteCriterion:
    """Remove a criterion with its subtree, its scores and its weights."""

    criterion: str


@dataclass(frozen=True)
class MoveCriterion:
    """Move a criterion under ``parent`` (None: top level) at ``index``."""

    criterion: str
    parent: str | None
    index: int


@dataclass(frozen=True)
class AddOption:
    """Insert an option; its cells start at the middle of each scale."""

    option: Option
    index: int | None = None


@dataclass(frozen=True)
class SetOption:
    """Change an option's name or description."""

    option: str
    changes: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class MoveOption:
    """Move an option to position ``index``."""

    option: str
    index: int


@dataclass(frozen=True)
class DeleteOption:
    """Remove an option and its scores."""

    option: str


@dataclass(frozen=True)
class AddProfile:
    """Add a weighting profile (its name must be new)."""

    profile: Profile
    index: int | None = None


@dataclass(frozen=True)
class ReplaceProfile:
    """Put ``profile`` in the place of the profile called ``name``."""

    name: str
    profile: Profile


@dataclass(frozen=True)
class RenameProfile:
    """Rename a profile."""

    name: str
    new_name: str


@dataclass(frozen=True)
class DuplicateProfile:
    """Copy a profile under a new name, right after the original."""

    name: str
    new_name: str


@dataclass(frozen=True)
class DeleteProfile:
    """Remove a profile."""

    name: str


@dataclass(frozen=True)
class SetModelInfo:
    """Change the model's title, question or source."""

    changes: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class SetText:
    """Write the text at ``address`` (:mod:`core.bilingual`) in ``language``; an empty text removes it there."""

    address: str
    language: str
    text: str


@dataclass(frozen=True)
class SetTexts:
    """Write the list of texts at ``address`` (``criteria/<id>/evidence``) in ``language``, item by item beside
    the other language's items (:func:`core.bilingual.set_texts`)."""

    address: str
    language: str
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Restore:
    """Put back whole fields of the model: the inverse of structural edits."""

    fields: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class Batch:
    """Several edits applied as one (undone as one)."""

    edits: tuple = ()


@dataclass(frozen=True)
class SetRiskEntry:
    """Change register fields of one risk cell, e.g. ``{"owner": "KRG"}``; an entry left empty is removed."""

    option: str
    factor: str
    changes: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class AddControl:
    """Insert a control (its id must be new) at ``index`` (None: last)."""

    control: Control
    index: int | None = None


@dataclass(frozen=True)
class SetControl:
    """Change a control's name, description, owner, status or evidence."""

    control: str
    changes: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class DeleteControl:
    """Remove a control with its effects."""

    control: str


@dataclass(frozen=True)
class SetEffect:
    """Set how many levels (0–4) ``control`` lowers one cell's likelihood and impact; 0, 0 removes the effect."""

    control: str
    option: str
    factor: str
    likelihood: int = 0
    impact: int = 0


@dataclass(frozen=True)
class SetScaleLevel:
    """Change the label or description of level 1–5 of the ``"likelihood"`` or ``"impact"`` scale."""

    axis: str
    level: int
    changes: Mapping[str, object] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class SetIncludePlanned:
    """Say whether planned controls count towards residual risk."""

    include: bool


Edit = Union[SetScore, SetWeight, SetWeights, SetCriterion, SetKind, AddCriterion, DeleteCriterion,
             MoveCriterion, AddOption, SetOption, MoveOption, DeleteOption, AddProfile, ReplaceProfile,
             RenameProfile, DuplicateProfile, DeleteProfile, SetModelInfo, SetText, SetTexts, Restore, Batch,
             SetRiskEntry, AddControl, SetControl, DeleteControl, SetEffect, SetScaleLevel, SetIncludePlanned]

