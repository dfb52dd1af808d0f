"""Weighting profiles across models and side by side: import matching and comparison.

:func:`match_profile` maps a profile written for another model, or by another
hand, onto this model's criteria and previews the ranking it would give;
nothing is applied until :func:`import_edit`'s edit goes through
:func:`core.edits.apply`.  :func:`compare` ranks the options under several
profiles, correlates the rankings and finds, for each pair that disagrees on
the winner, the smallest change of weights that ends the disagreement
(:func:`core.consensus.nearest_agreement`).  :func:`consensus` is re-exported
from :mod:`core.consensus`, so this module is the one entry point.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from core.analysis import Evaluation, evaluate
from core.bilingual import same_profile
from core.consensus import Agreement, Spread, check_names, consensus, nearest_agreement, node_totals, sibling_sets
from core.edits import AddProfile, ReplaceProfile, local_shares, siblings
from core.errors import Listed, Message, ModelError
from core.methods import METHODS
from core.model import READ_ONLY, DecisionModel, Profile
from core.storage.judgements import TOP, Judgements, judgements, judgements_data
from core.texts import match_key

__all__ = ["MISSING_POLICY", "MISSING_RULES", "Agreement", "Comparison", "Match", "Missing", "ProfileMatch", "RankChange", "Spread",
           "average_ranks", "compare", "consensus", "fill_missing", "import_edit", "kendall_tau_b", "match_key", "match_profile",
           "pair_name", "remap", "spearman_rho"]
MISSING_POLICY = ("A criterion the profile gives no weight keeps the share of its level it has now (in the "
                  "model's profile of the same name, else the current one); it can instead be given zero "
                  "or the mean of the weights its siblings are given.")
MISSING_RULES = ("keep", "zero", "mean")  # what a criterion the profile leaves out is given


@dataclass(frozen=True)
class Match:
    """One profile key matched to a model criterion, ``by`` "id", "normalised id" or "name"."""

    key: str
    criterion: str
    by: str


@dataclass(frozen=True)
class Missing:
    """A model criterion the profile gives no weight, with the share the missing rule gives it (MISSING_POLICY)."""

    criterion: str
    name: str
    parent: str | None
    local_share: float
    global_weight: float


@dataclass(frozen=True)
class ProfileMatch:
    """What importing ``source`` into a model would do; nothing is applied.

    ``profile`` is the profile keyed by the model's ids (what Apply adds),
    ``extra`` the keys that match nothing (ignored), ``preview`` the ranking
    under ``method``, ``existing``/``current`` the model's profile of the same
    name and its ranking, which Apply would replace.
    """

    source: Profile
    profile: Profile
    matched: tuple[Match, ...]
    missing: tuple[Missing, ...]
    extra: tuple[str, ...]
    notes: tuple[Message, ...]
    method: str
    preview: Evaluation
    existing: Profile | None
    current: Evaluation | None


class _Lookup:
    """Find a model criterion by exact id, then by normalised id, then by normalised name."""

    def __init__(self, model: DecisionModel) -> None:
        self.ids = {node.id for node, _, _ in model.walk()}
        self.tables: dict[str, defaultdict[str, list[str]]] = {"normalised id": defaultdict(list),
                                                               "name": defaultdict(list)}
        for node, _, _ in model.walk():
            self.tables["normalised id"][match_key(node.id)].append(node.id)
            self.tables["name"][match_key(node.name)].append(node.id)

    def find(self, key: str) -> Match | None:
        """The match of ``key``; ModelError when it fits two criteria equally."""
        if key in self.ids:
            return Match(key, key, "id")
        for by, table in self.tables.items():
            found = table.get(match_key(key), [])
            if len(found) > 1:
                raise ModelError(Message("messages.profiles.ambiguous_key", key=repr(key), found=Listed(found)))
            if found:
                return Match(key, found[0], by)
        return None


def remap(model: DecisionModel, profile: Profile) -> tuple[Profile, tuple[Match, ...], tuple[str, ...], list[Message]]:
    """``profile`` keyed by the model's ids, its matches, its unmatched keys and notes."""
    lookup = _Lookup(model)
    weights: dict[str, float] = {}
    first_key: dict[str, str] = {}
    matched, extra = [], []
    for key, weight in profile.weights.items():
        match = lookup.find(key)
        if match is None:
            extra.append(key)
            continue
        if match.criterion in weights:
            raise ModelError(Message("messages.profiles.two_keys", profile=repr(profile.name),
                                     first=repr(first_key[match.criterion]), second=repr(key), id=match.criterion))
        weights[match.criterion], first_key[match.criterion] = weight, key
        matched.append(match)
    if not matched:  # applied, it would weigh every criterion alike without a word
        shown = Listed([repr(key) for key in extra[:5]] + (["…"] if len(extra) > 5 else []))
        raise ModelError(Message("messages.profiles.matches_nothing", profile=repr(profile.name), keys=shown)
                         if extra else Message("messages.profiles.no_weights", profile=repr(profile.name)))
    settings, notes = _remap_judgements(model, profile, lookup)
    return profile.replace(weights=weights, settings=settings), tuple(matched), tuple(extra), notes


def _remap_judgements(model: DecisionModel, profile: Profile, lookup: _Lookup) -> tuple[dict, list[Message]]:
    """Settings with the AHP blocks that fit the model's tree, re-keyed; a note for each one dropped."""
    # An imported profile is the analyst's own, even when it was exported from a reference one.
    settings = {key: value for key, value in profile.settings.items() if key not in ("ahp", READ_ONLY)}
    sets = {key: tuple(node.id for node in nodes) for key, nodes in sibling_sets(model)}
    kept: Judgements = {}
    notes = []
    for key, (names, matrix) in judgements(profile).items():
        group = TOP if match_key(key) == TOP else getattr(lookup.find(key), "criterion", "")
        ids = tuple(getattr(lookup.find(name), "criterion", "") for name in names)
        if group in sets and set(ids) == set(sets[group]):
            kept[group] = (ids, matrix)
        else:
            notes.append(Message("messages.profiles.judgements_dropped", group=repr(key)))
    if kept:
        settings["ahp"] = judgements_data(kept)
    return settings, notes


def fill_missing(model: DecisionModel, profile: Profile, ids: Sequence[str], rule: str,
                 reference: Profile) -> Profile:
    """``profile`` with a weight for each criterion in ``ids`` by ``rule`` (see :data:`MISSING_RULES`).

    "keep": the share of its level it has under ``reference``, on the scale of
    the weights its siblings are given; "zero"; "mean": the mean of the
    siblings' given weights. A level where every weight is missing keeps the
    reference weights whatever the rule (zero everywhere would weigh nothing).
    """
    if rule not in MISSING_RULES:
        raise ModelError(Message("messages.profiles.missing_rule", rule=repr(rule), rules=Listed(MISSING_RULES)))
    weights = dict(profile.weights)
    for group in {tuple(n.id for n in siblings(model, ident)) for ident in ids}:
        now = {i: float(reference.weights.get(i, 1.0)) for i in group}
        given = [i for i in group if i not in ids]
        scale = sum(weights[i] for i in given) / sum(now[i] for i in given) if given and sum(
            now[i] for i in given) > 0 else 1.0  # the file's weights over this level's weights now
        for ident in (i for i in group if i in ids):
            if not given or rule == "keep":
                weights[ident] = now[ident] * scale
            else:
                weights[ident] = 0.0 if rule == "zero" else sum(weights[i] for i in given) / len(given)
    return profile.replace(weights=weights)


def _missing(model: DecisionModel, profile: Profile, ids: Sequence[str]) -> tuple[Missing, ...]:
    totals = node_totals(model, model.global_weights(profile))
    rows = []
    for node, _, parent in model.walk():
        if node.id in ids:
            share = local_shares(model, profile, node.id)[node.id]
            rows.append(Missing(node.id, node.name, parent.id if parent else None, share, totals[node.id]))
    return tuple(rows)


def complete_profile(model: DecisionModel, profile: Profile) -> Profile:
    """``profile`` with every node of ``model`` given its local weight (an unset one counts 1, as everywhere).

    A profile file is read against whatever model it meets, where a weight
    it leaves out is filled by the import's rule; so an exported profile
    names every weight, and reads back as exactly the weighting it was.
    """
    weights = {node.id: float(profile.weights.get(node.id, 1.0)) for node, _, _ in model.walk()}
    return profile.replace(weights={**profile.weights, **weights})


def match_profile(model: DecisionModel, profile: Profile, method: str | None = None, missing: str = "keep",
                  current: Profile | None = None) -> ProfileMatch:
    """Match ``profile`` to ``model`` and preview the ranking it gives (pure: nothing is applied).

    Keys match a criterion's id exactly, else its id or its name compared by
    :func:`match_key`.  Unmatched keys are ignored and listed in ``extra``;
    unweighted criteria follow the rule ``missing`` (:data:`MISSING_POLICY`;
    "keep" reads the shares now from the model's profile of the same name,
    else ``current``, else the model's first profile).  The preview
    uses ``method``, else the profile's own method, else the weighted sum.
    """
    remapped, matched, extra, notes = remap(model, profile)
    # The model's profile of the same name, in either language (a file of the other language names it there).
    existing = next((p for p in model.profiles if same_profile(remapped, p)), None)
    if existing is not None:
        remapped = same_profile(remapped, existing) or remapped
    unweighted = [node.id for node, _, _ in model.walk() if node.id not in remapped.weights]
    reference = existing or current or (model.profiles[0] if model.profiles else Profile("equal"))
    remapped = fill_missing(model, remapped, unweighted, missing, reference)
    chosen = method or profile.method
    if chosen not in METHODS:
        notes.append(Message("messages.profiles.unknown_method", method=repr(chosen)))
        chosen = "wsm"
    remapped = remapped.replace(method=chosen if profile.method not in METHODS else profile.method)
    return ProfileMatch(source=profile, profile=remapped, matched=matched,
                        missing=_missing(model, remapped, unweighted),
                        extra=extra, notes=tuple(notes), method=chosen, preview=evaluate(model, remapped, chosen),
                        existing=existing, current=evaluate(model, existing, chosen) if existing else None)


def import_edit(match: ProfileMatch, replace: bool = False) -> AddProfile | ReplaceProfile:
    """The undoable edit that applies an import: add the profile, or replace the one of its name."""
    if match.existing is None:
        return AddProfile(match.profile)
    if not replace:
        raise ModelError(Message("messages.profiles.name_taken", name=repr(match.profile.name)))
    return ReplaceProfile(match.existing.name, match.profile)


def kendall_tau_b(x: ArrayLike, y: ArrayLike) -> float | None:
    """Kendall's tau-b of two rankings (ties allowed); None when one of them is all ties.

    tau_b = (C − D) / sqrt((n0 − n1)(n0 − n2)), n0 = n(n−1)/2 pairs, n1 and
    n2 the pairs tied in x and in y.
    """
    a, b = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    i, j = np.triu_indices(a.size, 1)
    dx, dy = np.sign(a[i] - a[j]), np.sign(b[i] - b[j])
    denominator = np.sqrt(float(np.count_nonzero(dx)) * float(np.count_nonzero(dy)))
    return float((dx * dy).sum() / denominator) if denominator > 0 else None


def average_ranks(values: ArrayLike) -> np.ndarray:
    """Ranks 1…n, tied values sharing the mean of the ranks they span."""
    v = np.asarray(values, dtype=float)
    below = (v[None, :] < v[:, None]).sum(axis=1)
    equal = (v[None, :] == v[:, None]).sum(axis=1)
    return below + (equal + 1) / 2


def spearman_rho(x: ArrayLike, y: ArrayLike) -> float | None:
    """Spearman's rho: Pearson correlation of the average ranks; None when one side is all ties."""
    a, b = average_ranks(x), average_ranks(y)
    a, b = a - a.mean(), b - b.mean()
    denominator = np.sqrt((a @ a) * (b @ b))
    return float(a @ b / denominator) if denominator > 0 else None


@dataclass(frozen=True)
class RankChange:
    """One option's rank under each profile and its range (max − min)."""

    option: str
    ranks: dict[str, int]
    low: int
    high: int

    @property
    def change(self) -> int:
        """How many places the option moves between the profiles."""
        return self.high - self.low


@dataclass(frozen=True)
class Comparison:
    """Several profiles ranked by one method, side by side (pairs keyed ``"A | B"``)."""

    method: str
    evaluations: tuple[Evaluation, ...]
    kendall_tau: dict[str, float | None]
    spearman_rho: dict[str, float | None]
    rank_change: tuple[RankChange, ...]
    agreement: tuple[Agreement, ...]

    @property
    def profiles(self) -> tuple[str, ...]:
        """The profile names, in the order given."""
        return tuple(e.profile for e in self.evaluations)

    @property
    def weights(self) -> dict[str, dict[str, float]]:
        """Global weight of every factor, per profile."""
        return {e.profile: dict(e.weights) for e in self.evaluations}

    @property
    def ranks(self) -> dict[str, dict[str, int]]:
        """Rank of every option, per profile (1 is best, ties share the lowest)."""
        return {e.profile: {o: int(r) for o, r in zip(e.problem.option_ids, e.result.ranks)}
                for e in self.evaluations}

    @property
    def top(self) -> dict[str, str]:
        """The first option per profile (of tied firsts, the first by id)."""
        return {e.profile: e.ranking()[0]["option"] for e in self.evaluations}


def pair_name(first: str, second: str) -> str:
    """The key of a pair of profiles: ``"A | B"``."""
    return f"{first} | {second}"


def compare(model: DecisionModel, profiles: Sequence[Profile], method: str = "wsm") -> Comparison:
    """Rank the options under each profile with ``method`` and compare the rankings.

    Profiles are keyed by the model's ids (pass a foreign one through
    :func:`match_profile` first); each profile's own method is set aside so
    that all are ranked alike.  Correlations are computed on the ranks;
    options are listed by how far their rank moves, most first.
    """
    if len(profiles) < 2:
        raise ModelError(Message("messages.profiles.compare_two"))
    check_names(profiles)
    evaluations = tuple(evaluate(model, profile, method) for profile in profiles)
    pairs = list(itertools.combinations(evaluations, 2))
    agreements = (nearest_agreement(a, b) for a, b in pairs)
    return Comparison(
        method=method, evaluations=evaluations,
        kendall_tau={pair_name(a.profile, b.profile): kendall_tau_b(a.result.ranks, b.result.ranks)
                     for a, b in pairs},
        spearman_rho={pair_name(a.profile, b.profile): spearman_rho(a.result.ranks, b.result.ranks)
                      for a, b in pairs},
        rank_change=_rank_changes(evaluations),
        agreement=tuple(a for a in agreements if a is not None))


def _rank_changes(evaluations: tuple[Evaluation, ...]) -> tuple[RankChange, ...]:
    options = evaluations[0].problem.option_ids
    rows = []
    for i, option in enumerate(options):
        ranks = {e.profile: int(e.result.ranks[i]) for e in evaluations}
        rows.append(RankChange(option, ranks, min(ranks.values()), max(ranks.values())))
    return tuple(sorted(rows, key=lambda row: -row.change))
