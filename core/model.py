"""The decision model as immutable values.

A :class:`DecisionModel` holds a criteria tree (groups of factors, up to
:data:`MAX_TREE_LEVELS` levels deep), the options, one :class:`Score` per
option × factor and the named weighting :class:`Profile` objects. Every
value is frozen; an edit makes a copy through :func:`dataclasses.replace`
(``model.replace(...)``), so undo and sensitivity analysis never share
mutable state with the document.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal

from core.errors import Listed, Message, ModelError
from core.labels import default_band_names
from core.register import Register
from core.storage.fields import WEIGHT_LIMIT
from core.texts import Translations, rewritten

Direction = Literal["benefit", "cost"]
ScoreKind = Literal["risk", "value"]

RISK_MIN, RISK_MAX = 1, 5
# Each tree level nests two JSON levels in a project file, and the reader refuses files nested
# deeper than core.storage.jsonio.MAX_DEPTH (32): 15 levels is the deepest tree a file can hold.
MAX_TREE_LEVELS = 15
READ_ONLY = "read_only"  # a profile setting: reference weights (the paper's) that Save Profile never overwrites


def label(ident: str, name: str, separator: str = "  ") -> str:
    """``id  name`` as lists show an item; the name alone when it is the id (spreadsheet models)."""
    return name if name == ident else f"{ident}{separator}{name}"


def frozen_map(items: Mapping | None = None) -> Mapping:
    """A read-only copy of ``items``, so a frozen value cannot be changed behind its back.

    A read-only view made here is kept as it is: ``replace`` on a model would
    otherwise copy every score on every edit, and an unchanged part keeps its
    identity, which is what lets the window tell cheaply what an edit touched.
    """
    if isinstance(items, MappingProxyType):
        return items
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class Criterion:
    """A node of the criteria tree: a group when it has children, else a factor.

    ``kind`` says how its scores are given: ``"risk"`` (likelihood × impact,
    1–25, always a cost) or ``"value"`` (a number on ``scale``).
    """

    id: str
    name: str
    description: str = ""
    direction: Direction = "cost"
    kind: ScoreKind = "risk"
    scale: tuple[float, float] = (1.0, 25.0)
    evidence: tuple[str, ...] = ()
    notes: str = ""
    preference: str = "usual"
    children: tuple[Criterion, ...] = ()
    translations: Translations = ()

    @property
    def is_group(self) -> bool:
        """True for a group node (it has children and carries no scores)."""
        return bool(self.children)

    def replace(self, **changes) -> Criterion:
        """A copy with ``changes`` applied (an edited text is the model language's: :func:`core.texts.rewritten`)."""
        return rewritten(self, changes)


@dataclass(frozen=True)
class Option:
    """An alternative the analyst compares (a policy option)."""

    id: str
    name: str
    description: str = ""
    translations: Translations = ()

    def replace(self, **changes) -> Option:
        """A copy with ``changes`` applied (an edited text is the model language's: :func:`core.texts.rewritten`)."""
        return rewritten(self, changes)


@dataclass(frozen=True)
class Score:
    """One option × factor cell.

    Either ``likelihood`` and ``impact`` (1–5 each; risk = their product) or a
    direct ``value``. ``low``/``high`` optionally bound the uncertain number.
    """

    likelihood: int | None = None
    impact: int | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    rationale: str = ""
    evidence: str = ""
    translations: Translations = ()

    @property
    def number(self) -> float:
        """The cell's number: likelihood × impact for a risk, else the value."""
        if self.likelihood is not None and self.impact is not None:
            return float(self.likelihood * self.impact)
        if self.value is not None:
            return float(self.value)
        return math.nan

    def replace(self, **changes) -> Score:
        """A copy with ``changes`` applied (an edited text is the model language's: :func:`core.texts.rewritten`)."""
        return rewritten(self, changes)


# The score of a cell without one: shared (it is frozen), since building one per read cost more than
# the read (a 300 × 40 model's arrays took 15 ms, mostly in Score(), on whichever thread asked).
NO_SCORE = Score()


@dataclass(frozen=True)
class Profile:
    """A named weighting: raw local weights per criterion node, plus settings.

    Weights are local: siblings are normalised among themselves and global
    weights multiply down the tree (:func:`DecisionModel.global_weights`).
    """

    name: str
    weights: Mapping[str, float] = field(default_factory=frozen_map)
    method: str = "wsm"
    settings: Mapping[str, object] = field(default_factory=frozen_map)
    author: str = ""
    created: str = ""
    notes: str = ""
    translations: Translations = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "weights", frozen_map(self.weights))
        object.__setattr__(self, "settings", frozen_map(self.settings))

    def replace(self, **changes) -> Profile:
        """A copy with ``changes`` applied (an edited text is the model language's: :func:`core.texts.rewritten`)."""
        return rewritten(self, changes)


@dataclass(frozen=True)
class Bands:
    """Risk bands: the upper bound (inclusive) of each band, lowest first."""

    names: tuple[str, ...] = field(default_factory=default_band_names)
    upper: tuple[float, ...] = (4, 9, 16, 25)
    colors: tuple[str, ...] = ("#63BE7B", "#FFEB84", "#F8A45E", "#E0474C")
    translations: Translations = ()

    def band(self, risk: float) -> int:
        """Index of the band that ``risk`` falls in (the last band above all bounds)."""
        for index, upper in enumerate(self.upper):
            if risk <= upper:
                return index
        return len(self.upper) - 1


@dataclass(frozen=True)
class DecisionModel:
    """The whole decision problem: criteria tree, options, scores, profiles, risk register.

    Every text object carries its texts in the other language (``translations``,
    see :mod:`core.bilingual`), so edits that copy, move or delete an object take them along.
    """

    title: str
    criteria: tuple[Criterion, ...]
    options: tuple[Option, ...]
    scores: Mapping[tuple[str, str], Score] = field(default_factory=frozen_map)
    profiles: tuple[Profile, ...] = ()
    question: str = ""
    source: str = ""
    bands: Bands = field(default_factory=Bands)
    register: Register = field(default_factory=Register)
    language: str = "en"  # the language the plain texts are written in (core.bilingual)
    translations: Translations = ()  # of the title, question and source
    # Set only by core.register.residual.residual_model: the model whose controls made these scores
    # residual, so that they are never lowered twice. An edit (``replace``) makes a model of its own.
    made_from: DecisionModel | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", frozen_map(self.scores))

    def replace(self, **changes) -> DecisionModel:
        """A copy with ``changes`` applied (no longer a residual view: see ``made_from``)."""
        changes.setdefault("made_from", None)
        return rewritten(self, changes)

    def walk(self) -> Iterator[tuple[Criterion, int, Criterion | None]]:
        """Every criterion node, depth first, with its depth and parent."""
        stack: list[tuple[Criterion, int, Criterion | None]] = [(node, 0, None) for node in reversed(self.criteria)]
        while stack:
            node, depth, parent = stack.pop()
            yield node, depth, parent
            stack.extend((child, depth + 1, node) for child in reversed(node.children))

    @property
    def factors(self) -> tuple[Criterion, ...]:
        """The leaves of the criteria tree, in tree order: the scored criteria."""
        return tuple(node for node, _, _ in self.walk() if not node.is_group)

    def criterion(self, criterion_id: str) -> Criterion:
        """The node with ``criterion_id``; ModelError if there is none."""
        for node, _, _ in self.walk():
            if node.id == criterion_id:
                return node
        raise ModelError(Message("messages.model.no_criterion", id=repr(criterion_id)))

    def score(self, option_id: str, factor_id: str) -> Score:
        """The score of one cell (an empty Score when none was given)."""
        return self.scores.get((option_id, factor_id), NO_SCORE)

    def profile(self, name: str) -> Profile:
        """The profile called ``name``; ModelError listing the names if absent."""
        for profile in self.profiles:
            if profile.name == name:
                return profile
        known = Listed(repr(p.name) for p in self.profiles) or Message("messages.model.none")
        raise ModelError(Message("messages.model.no_profile", name=repr(name), known=known))

    def global_weights(self, profile: Profile) -> dict[str, float]:
        """Global weight of every factor under ``profile``, summing to 1.

        Missing local weights count as 1 (equal share among siblings); a
        sibling set whose weights add up to zero is an error, never a NaN.
        """
        result: dict[str, float] = {}
        self._spread(self.criteria, 1.0, profile, Message("messages.model.top_level"), result)
        return result

    def _spread(self, nodes, share, profile, where, result) -> None:
        raw = [float(profile.weights.get(node.id, 1.0)) for node in nodes]
        total = sum(raw)
        if not math.isfinite(total):
            raise ModelError(Message("messages.model.weights_too_large", profile=repr(profile.name), where=where,
                                     limit=WEIGHT_LIMIT))
        if total <= 0:
            raise ModelError(Message("messages.model.weights_zero", profile=repr(profile.name), where=where))
        for node, weight in zip(nodes, raw):
            local = share * weight / total
            if node.is_group:
                self._spread(node.children, local, profile, node.name, result)
            else:
                result[node.id] = local
