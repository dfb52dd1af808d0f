"""Where weighting profiles meet: group consensus, disagreement, the nearest agreement.

:func:`consensus` combines several analysts' profiles into one (arithmetic
mean of global weights, or the aggregation of individual judgements: the
weighted geometric mean of AHP pairwise matrices, Forman & Peniwati 1998)
and returns the per-criterion disagreement (:class:`Spread`) for a heat map.
:func:`nearest_agreement` finds the smallest change of weights after which
two profiles rank the same option first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from core.ahp import check_matrix, priorities
from core.analysis import Evaluation, run_method
from core.errors import Listed, Message, ModelError
from core.methods import method_spec
from core.methods.spec import in_link
from core.methods.base import VALUE_LIMIT
from core.model import Criterion, DecisionModel, Profile
from core.storage.judgements import TOP, Judgements, agrees, judgements, judgements_data

HOW = ("mean", "geometric_ahp")
# Sibling weights further apart than this imply pairwise ratios whose geometric mean and eigenvector
# overflow or lose all precision; no analyst means such a ratio as a judgement.
MAX_IMPLIED_RATIO = 1e12


def node_totals(model: DecisionModel, weights: Mapping[str, float]) -> dict[str, float]:
    """Global weight of every node: a factor's own, a group's the sum of its factors'."""
    totals: dict[str, float] = {}

    def total(node: Criterion) -> float:
        value = float(weights[node.id]) if not node.is_group else sum(total(c) for c in node.children)
        totals[node.id] = value
        return value

    for node in model.criteria:
        total(node)
    return totals


def profile_from_global(model: DecisionModel, weights: Mapping[str, float], name: str, **fields) -> Profile:
    """A profile whose global weights are ``weights`` (one per factor, summing to 1).

    Each node's local weight is its global weight (a group's: the sum of its
    factors'), so :meth:`DecisionModel.global_weights` gives ``weights`` back;
    the children of a group whose share is zero get 1 each (any value would
    do: their share is 0).
    """
    totals = node_totals(model, weights)
    local = dict(totals)
    for node, _, _ in model.walk():
        if node.is_group and totals[node.id] <= 0:
            local.update({child.id: 1.0 for child in node.children})
    return Profile(name=name, weights=local, **fields)


@dataclass(frozen=True)
class Spread:
    """How far apart the analysts are, per criterion node (groups and factors).

    ``values[k, c]`` is profile ``k``'s global weight of node ``c`` (a group's
    is the sum of its factors); ``mean`` and ``std`` are weighted by the
    analysts' ``shares`` (population standard deviation), ``low``/``high``
    are the extremes.  The window shows ``values`` or ``std`` as a heat map.
    """

    profiles: tuple[str, ...]
    criteria: tuple[str, ...]
    groups: tuple[bool, ...]
    shares: np.ndarray
    values: np.ndarray
    mean: np.ndarray
    std: np.ndarray
    low: np.ndarray
    high: np.ndarray

    def rows(self) -> list[dict]:
        """One JSON-ready row per criterion node, in tree order."""
        return [{"criterion": c, "group": g, "mean": float(self.mean[i]), "std": float(self.std[i]),
                 "min": float(self.low[i]), "max": float(self.high[i]),
                 "values": dict(zip(self.profiles, self.values[:, i].tolist()))}
                for i, (c, g) in enumerate(zip(self.criteria, self.groups))]


def check_names(profiles: Sequence[Profile]) -> None:
    """ModelError when two of ``profiles`` share a name (results are keyed by name)."""
    seen: set[str] = set()
    for profile in profiles:
        if profile.name in seen:
            raise ModelError(Message("messages.consensus.same_name", name=repr(profile.name)))
        seen.add(profile.name)


def analyst_shares(count: int, analyst_weights: Sequence[float] | None) -> np.ndarray:
    """Analyst weights divided by their sum (equal shares when None)."""
    if analyst_weights is None:
        return np.full(count, 1.0 / count)
    if len(analyst_weights) != count:
        raise ModelError(Message("messages.consensus.analyst_count", given=len(analyst_weights), count=count))
    raw = np.array(analyst_weights, dtype=float)
    # NaN fails both comparisons; the bound keeps the sum from overflowing (a numpy warning, then zero shares).
    if not (raw.min() >= 0 and raw.max() <= VALUE_LIMIT) or raw.sum() <= 0:
        raise ModelError(Message("messages.consensus.analyst_weights", most=VALUE_LIMIT))
    return raw / raw.sum()


def spread(model: DecisionModel, profiles: Sequence[Profile], shares: np.ndarray) -> Spread:
    """Per-node disagreement between ``profiles`` (see :class:`Spread`)."""
    nodes = [node for node, _, _ in model.walk()]
    totals = [node_totals(model, model.global_weights(profile)) for profile in profiles]
    table = np.array([[row[node.id] for node in nodes] for row in totals])
    mean = shares @ table
    std = np.sqrt(np.maximum(shares @ (table - mean) ** 2, 0.0))
    return Spread(tuple(p.name for p in profiles), tuple(n.id for n in nodes), tuple(n.is_group for n in nodes),
                  shares, table, mean, std, table.min(axis=0), table.max(axis=0))


def consensus(model: DecisionModel, profiles: Sequence[Profile], analyst_weights: Sequence[float] | None = None,
              how: str = "mean", name: str = "Consensus") -> tuple[Profile, Spread]:
    """One profile for the group, and how far apart its members are.

    ``how="mean"``: the (analyst-weighted) arithmetic mean of the global
    weights.  ``how="geometric_ahp"``: per sibling set, the weighted geometric
    mean of the analysts' pairwise matrices (aggregation of individual
    judgements, Forman & Peniwati 1998), which stays reciprocal, and its
    priorities as local weights; an analyst without judgements for a set
    enters with the consistent matrix w_i / w_j of their local weights.
    Analyst weights are divided by their sum (the notes show the shares).
    """
    if len(profiles) < 2:
        raise ModelError(Message("messages.consensus.two"))
    if how not in HOW:
        raise ModelError(Message("messages.consensus.unknown", how=repr(how), known=Listed(HOW)))
    check_names(profiles)
    shares = analyst_shares(len(profiles), analyst_weights)
    fields = {"method": _common_method(profiles), "created": date.today().isoformat()}
    members = Listed(f"{p.name} {s:.3g}" for p, s in zip(profiles, shares))
    if how == "mean":
        values = shares @ np.array([_factor_vector(model, p) for p in profiles])
        weights = dict(zip((f.id for f in model.factors), values.tolist()))
        notes = Message("labels.consensus.mean", members=members).text(model.language)  # in the model's language
        result = profile_from_global(model, weights, name, notes=notes, **fields)
    else:
        result = _aggregate_judgements(model, profiles, shares, name, members, fields)
    return result, spread(model, profiles, shares)


def _common_method(profiles: Sequence[Profile]) -> str:
    methods = {p.method for p in profiles}
    return methods.pop() if len(methods) == 1 else "wsm"


def _factor_vector(model: DecisionModel, profile: Profile) -> list[float]:
    weights = model.global_weights(profile)
    return [weights[f.id] for f in model.factors]


def sibling_sets(model: DecisionModel) -> list[tuple[str, tuple[Criterion, ...]]]:
    """Every set of siblings with two or more members, keyed as AHP blocks are."""
    sets = [(TOP, model.criteria)] + [(n.id, n.children) for n, _, _ in model.walk() if n.is_group]
    return [(key, nodes) for key, nodes in sets if len(nodes) > 1]


def _aggregate_judgements(model, profiles, shares, name, members, fields) -> Profile:
    blocks: Judgements = {}
    weights: dict[str, float] = {}
    judged = []
    for key, nodes in sibling_sets(model):
        ids = tuple(node.id for node in nodes)
        matrices = [_matrix_for(profile, key, ids) for profile in profiles]
        if any(judged_here for _, judged_here in matrices):
            judged.append(key)
        aggregate = np.exp(sum(share * np.log(matrix) for share, (matrix, _) in zip(shares, matrices)))
        weights.update(zip(ids, priorities(aggregate).tolist()))
        if _storable(aggregate, ids):
            blocks[key] = (ids, aggregate)
    sets = Listed(judged) or Message("messages.model.none")
    notes = Message("labels.consensus.aij", sets=sets, members=members).text(model.language)
    return Profile(name=name, weights=weights, settings={"ahp": judgements_data(blocks)}, notes=notes, **fields)


def _storable(matrix: np.ndarray, ids: tuple[str, ...]) -> bool:
    """Whether an aggregate is a valid judgement matrix (ratios of weights can leave Saaty's scale)."""
    try:
        check_matrix(matrix, ids)
    except ModelError:
        return False
    return True


def _matrix_for(profile: Profile, key: str, ids: tuple[str, ...]) -> tuple[np.ndarray, bool]:
    """The analyst's matrix for one sibling set: judged, or implied by their local weights.

    Judgements count only while they still give the profile's weights
    (missing ones counting as 1); stale ones, left behind by a later edit of
    the weights, are set aside, because the weights are what the profile means.
    """
    local_weights = {i: float(profile.weights.get(i, 1.0)) for i in ids}
    block = judgements(profile).get(key)
    if block is not None:
        names, matrix = block
        if set(names) != set(ids):
            raise ModelError(Message("messages.consensus.judged_set", profile=repr(profile.name), group=key,
                                     judged=Listed(names), ids=Listed(ids)))
        if agrees(names, matrix, local_weights):
            order = [names.index(i) for i in ids]
            return matrix[np.ix_(order, order)], True
    local = np.array(list(local_weights.values()))
    if local.min() <= 0:
        zero = ids[int(np.argmin(local))]
        raise ModelError(Message("messages.consensus.zero_weight", profile=repr(profile.name), id=zero))
    # Compared in logs: the ratio itself may overflow.
    if np.log(local.max()) - np.log(local.min()) > np.log(MAX_IMPLIED_RATIO):
        raise ModelError(Message("messages.consensus.ratio", profile=repr(profile.name), group=key,
                                 ratio=MAX_IMPLIED_RATIO))
    return local[:, None] / local[None, :], False


@dataclass(frozen=True)
class Agreement:
    """The smallest change of weights that makes two profiles agree on the top option.

    Profile ``moved`` changes its global factor weights to ``weights`` (by
    ``distance`` in the Euclidean norm, ``l1`` in total and ``max_change`` on
    the factor that moves most), after which ``towards`` (the other
    profile's top option) is first, tied at the boundary: any further step
    makes it first alone.  ``how`` is
    "projection" (exact nearest weights, for methods linear in the weights) or
    "path" (first point on the straight line between the two weightings).
    ``other_distance`` is the distance of the move the other way round.
    """

    profiles: tuple[str, str]
    tops: tuple[str, str]
    moved: str
    towards: str
    how: str
    distance: float
    l1: float
    max_change: float
    weights: dict[str, float]
    other_distance: float


HOW_TEXT = {
    "projection": "the nearest global weights (Euclidean) at which the other's top option is first, "
                  "found exactly by projection",
    "path": "the first point on the straight line between the two weightings at which the other's top "
            "option is first (grid of 256 steps, then bisection); not necessarily the nearest",
}
PATH_STEPS = 256
ACTIVE_TOL = 1e-12


def run_batch(evaluation: Evaluation, weights: np.ndarray):
    """The evaluation's method run on a batch of global weight rows (k, m)."""
    return run_method(evaluation.problem, evaluation.method, weights)


def linear_scores(evaluation: Evaluation) -> np.ndarray | None:
    """U (n, m) with U @ w ordering the options as the method does, oriented higher-is-better; else None.

    Read off the method itself at the unit weight vectors and checked
    against the evaluation's own scores, so it is never assumed blindly.
    """
    link = method_spec(evaluation.method).linear
    if link is None:
        return None
    result = evaluation.result
    basis = in_link(run_batch(evaluation, np.eye(result.weights.size)).scores, link).T
    expected = in_link(result.scores, link)
    if not np.allclose(basis @ result.weights, expected, rtol=1e-9, atol=1e-12 * np.abs(expected).max()):
        return None
    return basis if result.better == "higher" else -basis


def project(point: np.ndarray, rows: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Euclidean projection of ``point`` onto {w ≥ 0, Σw = 1, rows @ w ≥ 0}, from feasible ``start``.

    A primal active-set method for this strictly convex QP (Nocedal & Wright,
    *Numerical Optimization*, algorithm 16.3): exact up to rounding, finite.
    """
    m = point.size
    constraints = np.vstack([np.eye(m), rows])
    x = start.copy()
    work = _independent(np.flatnonzero(constraints @ x <= ACTIVE_TOL), constraints)
    for _ in range(50 * (len(constraints) + 1)):
        basis, _ = np.linalg.qr(np.vstack([np.ones(m), constraints[work]]).T)
        step = (point - x) - basis @ (basis.T @ (point - x))
        if np.abs(step).max() <= 1e-15:
            active = np.vstack([np.ones(m), constraints[work]])
            multipliers = np.linalg.lstsq(active.T, x - point, rcond=None)[0][1:]
            if not work or multipliers.min() >= -ACTIVE_TOL:
                return np.clip(x, 0.0, None) / np.clip(x, 0.0, None).sum()
            work.pop(int(np.argmin(multipliers)))
            continue
        x, blocking = _advance(x, step, constraints, work)
        if blocking is not None:
            work.append(blocking)
    raise ModelError(Message("messages.consensus.degenerate"))


def _independent(candidates: np.ndarray, constraints: np.ndarray) -> list[int]:
    chosen: list[int] = []
    for k in candidates.tolist():
        trial = np.vstack([np.ones(constraints.shape[1]), constraints[chosen + [k]]])
        if np.linalg.matrix_rank(trial) == len(trial):
            chosen.append(k)
    return chosen


def _advance(x: np.ndarray, step: np.ndarray, constraints: np.ndarray,
             work: list[int]) -> tuple[np.ndarray, int | None]:
    """Move along ``step`` as far as the inactive constraints allow (at most a full step)."""
    rates = constraints @ step
    ratios = np.full(len(constraints), np.inf)
    falling = rates < -1e-15
    falling[work] = False
    ratios[falling] = np.maximum(-(constraints[falling] @ x) / rates[falling], 0.0)
    k = int(np.argmin(ratios))
    if ratios[k] >= 1.0:
        return x + step, None
    return x + ratios[k] * step, k


def _move(evaluation: Evaluation, start: np.ndarray, end: np.ndarray, target: int) -> tuple[np.ndarray, str]:
    """Weights near ``start`` at which option ``target`` is first, and how they were found."""
    basis = linear_scores(evaluation)
    if basis is not None:
        rows = basis[target] - np.delete(basis, target, axis=0)
        norms = np.linalg.norm(rows, axis=1)
        rows = rows[norms > 0] / norms[norms > 0, None]
        return project(start, rows, end), "projection"
    return _path(evaluation, start, end, target), "path"


def _path(evaluation: Evaluation, start: np.ndarray, end: np.ndarray, target: int) -> np.ndarray:
    def first(steps: np.ndarray) -> np.ndarray:
        weights = (1 - steps)[:, None] * start + steps[:, None] * end
        return run_batch(evaluation, weights).ranks[:, target] == 1

    steps = np.linspace(0.0, 1.0, PATH_STEPS + 1)
    hits = first(steps)
    hit = int(np.argmax(hits)) if hits.any() else PATH_STEPS
    low, high = steps[max(hit - 1, 0)], steps[hit]
    while high - low > 1e-12:
        middle = (low + high) / 2
        low, high = (low, middle) if first(np.array([middle]))[0] else (middle, high)
    return (1 - high) * start + high * end


def nearest_agreement(a: Evaluation, b: Evaluation) -> Agreement | None:
    """How little one of two profiles must change to share the other's top option; None if they agree.

    Both directions are solved (a towards b's top option, b towards a's) and
    the shorter move is reported, the other's length beside it.  Weights are
    global factor weights; any of them is a profile again through
    :func:`profile_from_global`.
    """
    tops = [set(np.flatnonzero(e.result.ranks == 1)) for e in (a, b)]
    if tops[0] & tops[1]:
        return None
    ids = a.problem.option_ids
    top_a, top_b = (ids.index(e.ranking()[0]["option"]) for e in (a, b))
    moves = []
    for mover, other, target in ((a, b, top_b), (b, a, top_a)):
        weights, how = _move(mover, mover.result.weights, other.result.weights, target)
        moves.append((float(np.linalg.norm(weights - mover.result.weights)), mover, weights, how, target))
    moves.sort(key=lambda move: move[0])
    (distance, mover, new, how, target), (other_distance, *_) = moves
    change = np.abs(new - mover.result.weights)
    return Agreement(profiles=(a.profile, b.profile), tops=(ids[top_a], ids[top_b]), moved=mover.profile,
                     towards=ids[target], how=how, distance=distance, l1=float(change.sum()),
                     max_change=float(change.max()), weights=dict(zip(a.problem.factor_ids, new.tolist())),
                     other_distance=other_distance)
