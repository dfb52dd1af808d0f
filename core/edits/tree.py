"""Criteria-tree surgery and defaults for new nodes, shared by the edit handlers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.edits.weights import siblings
from core.errors import Message, ModelError
from core.model import Criterion, DecisionModel, Profile, Score

def unique_id(model: DecisionModel, prefix: str) -> str:
    """An id starting with ``prefix`` that no criterion or option uses yet."""
    taken = {node.id for node, _, _ in model.walk()} | {option.id for option in model.options}
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def unique_name(names: Sequence[str], wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``… if that name is taken."""
    name, number = wanted, 2
    while name in names:
        name, number = f"{wanted} ({number})", number + 1
    return name


def default_score(factor: Criterion) -> Score:
    """A new cell: the middle of the scale (3 × 3 for a risk)."""
    if factor.kind == "risk":
        return Score(likelihood=3, impact=3)
    low, high = factor.scale
    return Score(value=(low + high) / 2)


def update_node(nodes: tuple[Criterion, ...], ident: str, change: Callable[[Criterion], Criterion]):
    return tuple(change(node) if node.id == ident else
                 node.replace(children=update_node(node.children, ident, change)) if node.children else node
                 for node in nodes)


def remove_node(nodes: tuple[Criterion, ...], ident: str) -> tuple[tuple[Criterion, ...], Criterion | None]:
    for position, node in enumerate(nodes):
        if node.id == ident:
            return nodes[:position] + nodes[position + 1:], node
    for position, node in enumerate(nodes):
        children, found = remove_node(node.children, ident)
        if found is not None:
            if not children:
                raise ModelError(Message("messages.edits.group_keeps_one", name=repr(node.name)))
            return nodes[:position] + (node.replace(children=children),) + nodes[position + 1:], found
    return nodes, None


def insert_node(nodes: tuple[Criterion, ...], parent: str | None, index: int | None, new: Criterion):
    if parent is None:
        at = len(nodes) if index is None else max(0, min(index, len(nodes)))
        return nodes[:at] + (new,) + nodes[at:]
    found: list[bool] = []

    def insert(node: Criterion) -> Criterion:
        if not node.is_group:
            raise ModelError(Message("messages.edits.not_a_group", name=repr(node.name)))
        found.append(True)
        return node.replace(children=insert_node(node.children, None, index, new))

    result = update_node(nodes, parent, insert)
    if not found:
        raise ModelError(Message("messages.edits.no_group", id=repr(parent)))
    return result


def leaves(node: Criterion) -> list[Criterion]:
    return [node] if not node.is_group else [leaf for child in node.children for leaf in leaves(child)]


def subtree_ids(node: Criterion) -> set[str]:
    return {node.id} | {ident for child in node.children for ident in subtree_ids(child)}


def weights_for_newcomer(model: DecisionModel, node_id: str) -> tuple[Profile, ...]:
    """Give a node that just joined a sibling set the mean raw weight of its siblings in each profile.

    Without this a missing weight counts as 1, which would dwarf siblings
    whose weights are stored as shares (0.2, 0.3, …).
    """
    others = [n.id for n in siblings(model, node_id) if n.id != node_id]
    profiles = []
    for profile in model.profiles:
        weights = {k: v for k, v in profile.weights.items() if k != node_id}
        if others and any(ident in weights for ident in others):
            weights[node_id] = sum(weights.get(ident, 1.0) for ident in others) / len(others)
        profiles.append(profile.replace(weights=weights))
    return tuple(profiles)

