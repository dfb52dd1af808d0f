"""The rows of the risk register, as plain values: one per option × risk factor, and what a change touched.

:func:`register_rows` builds every row; :func:`changed_cells` says which
cells an edit may have changed (scores, entries, the cells of controls that
changed), so a view rebuilds those rows only. The residual levels follow the
rule of :mod:`core.register.residual` (:func:`~core.register.residual.reductions`
over the counting controls, :func:`~core.register.residual.lowered`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from core.model import Criterion, DecisionModel, Option, Score
from core.register import Control, Effect, RiskEntry
from core.register.residual import counting, lowered, reductions


@dataclass(frozen=True)
class RegisterRow:
    """Everything one register row shows; rows compare equal when they show the same."""

    option: Option
    factor: Criterion
    group: Criterion | None
    entry: RiskEntry
    controls: tuple[tuple[Control, Effect, bool], ...]  # (control, its effect here, counts)
    inherent: tuple[int, int] | None
    residual: tuple[int, int] | None


Cell = tuple[str, str]


def builder(model: DecisionModel) -> Callable[[Option, Criterion], RegisterRow]:
    """A function that makes the row of one cell, with what every row needs worked out once."""
    groups = {node.id: parent for node, _, parent in model.walk()}
    register = model.register
    by = reductions(counting(register))  # the residual rule of core.register.residual, in one pass for all cells
    acting: dict[Cell, list[tuple[Control, Effect, bool]]] = {}
    for control in register.controls:
        for effect in control.effects:
            acting.setdefault((effect.option, effect.factor), []).append((control, effect, register.counts(control)))
    empty = Score()

    def build(option: Option, factor: Criterion) -> RegisterRow:
        cell = (option.id, factor.id)
        score = model.scores.get(cell, empty)
        inherent = None if score.likelihood is None or score.impact is None else (score.likelihood, score.impact)
        return RegisterRow(option, factor, groups.get(factor.id), register.entries.get(cell, RiskEntry()),
                           tuple(acting.get(cell, ())), inherent, lowered(score, by.get(cell, (0, 0))))
    return build


def risk_factors(model: DecisionModel) -> tuple[Criterion, ...]:
    """The factors scored as likelihood × impact, in tree order: the ones a register lists."""
    return tuple(f for f in model.factors if f.kind == "risk")


def register_rows(model: DecisionModel) -> list[RegisterRow]:
    """One row per option × risk factor, options in order, factors in tree order."""
    build, factors = builder(model), risk_factors(model)
    return [build(option, factor) for option in model.options for factor in factors]


def shape(options: tuple[Option, ...], factors: tuple[Criterion, ...]) -> tuple:
    """What decides which rows there are: the option ids and the risk factor ids, in order."""
    return tuple(o.id for o in options), tuple(f.id for f in factors)


def _differing(old: Mapping, new: Mapping) -> set:
    """The keys whose values differ between two mappings (identity first: an edit shares what it kept)."""
    if old is new:
        return set()
    return {key for key in old.keys() | new.keys() if old.get(key) is not new.get(key) and old.get(key) != new.get(key)}


def changed_cells(old: DecisionModel, new: DecisionModel) -> set[Cell] | None:
    """The cells whose register row may differ from ``old`` to ``new``; None when every row may."""
    if old.criteria is not new.criteria or old.options is not new.options or old.bands != new.bands:
        return None
    cells = _differing(old.scores, new.scores)
    before, after = old.register, new.register
    cells |= _differing(before.entries, after.entries)
    if before.controls == after.controls and before.include_planned == after.include_planned:
        return cells
    olds, news = {c.id: c for c in before.controls}, {c.id: c for c in after.controls}
    if [i for i in olds if i in news] != [i for i in news if i in olds]:
        return None  # controls changed order: a row listing two of them reads differently
    switched = before.include_planned != after.include_planned
    for control_id in olds.keys() | news.keys():
        pair = [c for c in (olds.get(control_id), news.get(control_id)) if c is not None]
        if len(pair) == 1 or pair[0] != pair[1] or (switched and pair[0].status == "planned"):
            cells |= {(e.option, e.factor) for c in pair for e in c.effects}
    return cells
