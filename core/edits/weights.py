"""Local weights among siblings: the pure maths behind a weight slider with locks."""

from __future__ import annotations

from collections.abc import Sequence

from core.errors import Message, ModelError
from core.model import Criterion, DecisionModel, Profile

def renormalise(shares: Sequence[float], index: int, value: float, locked: Sequence[bool]) -> list[float]:
    """Shares with ``shares[index] = value`` and the unlocked others rescaled to keep the sum at 1.

    ``value`` is clamped to what the locked siblings leave free. Others in
    proportion to their current shares; equally when those are all zero.
    Raises ModelError when no other share is free to move.
    """
    total = sum(shares)
    current = [s / total for s in shares] if total > 0 else [1 / len(shares)] * len(shares)
    others = [j for j in range(len(current)) if j != index and not locked[j]]
    if not others:
        raise ModelError(Message("messages.edits.all_locked"))
    free = 1.0 - sum(current[j] for j in range(len(current)) if j != index and locked[j])
    value = min(max(float(value), 0.0), max(free, 0.0))
    rest, before = free - value, sum(current[j] for j in others)
    result = list(current)
    result[index] = value
    for j in others:
        # The ratio first: rest * current[j] underflows to 0 for a denormal share, losing the group's weight.
        result[j] = rest * (current[j] / before) if before > 0 else rest / len(others)
    return result


def siblings(model: DecisionModel, criterion_id: str) -> tuple[Criterion, ...]:
    """The nodes that share a parent with ``criterion_id`` (itself included), in order."""
    for node, _, parent in model.walk():
        if node.id == criterion_id:
            return parent.children if parent else model.criteria
    raise ModelError(Message("messages.model.no_criterion", id=repr(criterion_id)))


def local_shares(model: DecisionModel, profile: Profile, criterion_id: str) -> dict[str, float]:
    """Normalised local weight of ``criterion_id`` and each of its siblings."""
    nodes = siblings(model, criterion_id)
    raw = [float(profile.weights.get(node.id, 1.0)) for node in nodes]
    total = sum(raw)
    return {node.id: (w / total if total > 0 else 1 / len(nodes)) for node, w in zip(nodes, raw)}

