"""PROMETHEE preference functions: how a difference d on one criterion becomes a preference in [0, 1].

The six generalised criteria of Brans & Vincke (1985) and Brans & Mareschal
(2005), with thresholds in the criterion's own units:

=============  ============  ==========================================================
text           type          P(d)
=============  ============  ==========================================================
``usual``      I             1 if d > 0
``ushape:q``   II, U-shape   1 if d > q
``vshape:p``   III, V-shape  d / p up to p, then 1
``level:q:p``  IV, level     0 up to q, 1/2 up to p, then 1
``linear:q:p`` V, linear     0 up to q, (d - q) / (p - q) up to p, then 1
``gaussian:s`` VI, Gaussian  1 - exp(-d² / (2 s²)) for d > 0
=============  ============  ==========================================================

P(d) = 0 for every d ≤ 0.  :func:`parse_preference` reads the text form,
:func:`preferences` turns a per-criterion specification into functions and
:func:`apply_preferences` evaluates them on a difference array whose last
axis is the criterion, one vectorised step per kind of function.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.errors import Message, ModelError, at
from core.storage.fields import checked_number, number_from_text

# The parameters each kind takes, in text order.
PARAMETERS: dict[str, tuple[str, ...]] = {
    "usual": (), "ushape": ("q",), "vshape": ("p",),
    "level": ("q", "p"), "linear": ("q", "p"), "gaussian": ("s",),
}
SYNTAX = "usual, ushape:q, vshape:p, level:q:p, linear:q:p or gaussian:s"


@dataclass(frozen=True)
class PreferenceFunction:
    """One criterion's preference function: its kind and thresholds q, p, s."""

    kind: str = "usual"
    q: float = 0.0
    p: float = 0.0
    s: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in PARAMETERS:
            raise ModelError(Message("messages.preference.unknown", name=repr(self.kind), syntax=SYNTAX))
        values = {"q": self.q, "p": self.p, "s": self.s}
        unused = [name for name, value in values.items() if value and name not in PARAMETERS[self.kind]]
        if unused:
            raise ModelError(Message("messages.preference.unused", kind=self.kind, name=unused[0], syntax=SYNTAX))
        for name in PARAMETERS[self.kind]:
            if not np.isfinite(values[name]) or values[name] < 0:
                raise ModelError(Message("messages.preference.threshold", kind=self.kind, name=name,
                                         value=values[name]))
        if self.kind in ("vshape", "linear", "level") and not self.p > self.q:
            raise ModelError(Message("messages.preference.p_over_q", kind=self.kind, p=self.p, q=self.q))
        if self.kind == "gaussian" and self.s <= 0:
            raise ModelError(Message("messages.preference.gaussian", s=self.s))

    @property
    def text(self) -> str:
        """The text form, e.g. ``linear:1:3``; :func:`parse_preference` reads it back."""
        values = {"q": self.q, "p": self.p, "s": self.s}
        return ":".join([self.kind] + [_number(values[name]) for name in PARAMETERS[self.kind]])


def _number(value: float) -> str:
    """Short text for ``value`` that reads back exactly."""
    short = f"{value:g}"
    return short if float(short) == value else repr(float(value))


def parse_preference(text: str) -> PreferenceFunction:
    """``"linear:1:3"`` → PreferenceFunction("linear", q=1, p=3); ModelError on bad text."""
    kind, *numbers = [part.strip() for part in str(text).strip().lower().split(":")]
    if kind not in PARAMETERS:
        raise ModelError(Message("messages.preference.unknown", name=repr(text), syntax=SYNTAX))
    return make_preference(kind, numbers, text)


def make_preference(kind: str, numbers: Sequence[str | float], source: object = None) -> PreferenceFunction:
    """A function of ``kind`` from its parameters in text order (strings or numbers)."""
    names = PARAMETERS.get(kind)
    if names is None:
        raise ModelError(Message("messages.preference.unknown", name=repr(kind), syntax=SYNTAX))
    shown = kind if source is None else repr(source)
    if len(numbers) != len(names):
        wanted = ":".join([kind, *names])
        raise ModelError(Message("messages.preference.count", shown=shown, kind=kind, count=len(names), wanted=wanted))
    where = Message("messages.preference.a_threshold", shown=shown)
    values = [number_from_text(number, where) if isinstance(number, str) else checked_number(number, where)
              for number in numbers]
    return PreferenceFunction(kind, **dict(zip(names, values)))


Spec = str | Sequence[str | float] | PreferenceFunction


def as_preference(spec: Spec) -> PreferenceFunction:
    """A function from text, a tuple ``("linear", 1, 3)`` or a PreferenceFunction."""
    if isinstance(spec, PreferenceFunction):
        return spec
    if isinstance(spec, str):
        return parse_preference(spec)
    if not spec:
        raise ModelError(Message("messages.preference.empty"))
    kind, *numbers = spec
    return make_preference(str(kind).strip().lower(), numbers, tuple(spec))


def preferences(spec: Spec | Sequence[Spec] | None, criteria: Sequence[str]) -> tuple[PreferenceFunction, ...]:
    """One function per criterion from ``spec``: None (all usual), one spec for all, or one each."""
    if spec is None:
        return (PreferenceFunction(),) * len(criteria)
    if isinstance(spec, (str, PreferenceFunction)):
        return (_named(spec, None),) * len(criteria)
    specs = list(spec)
    if len(specs) != len(criteria):
        raise ModelError(Message("messages.preference.how_many", given=len(specs), criteria=len(criteria)))
    return tuple(_named(item, name) for item, name in zip(specs, criteria))


def _named(spec: object, criterion: str | None) -> PreferenceFunction:
    """:func:`as_preference` with the criterion (None: every criterion) in front of any error."""
    try:
        if not isinstance(spec, (str, PreferenceFunction, tuple, list)):
            raise ModelError(Message("messages.preference.not_spec", spec=repr(spec)))
        return as_preference(spec)
    except ModelError as exc:  # worded only on a refusal: this runs once per criterion of every evaluation
        where = Message("messages.preference.every") if criterion is None \
            else Message("messages.preference.criterion", name=criterion)
        raise ModelError(at(where, exc.message)) from None


def apply_preferences(d: np.ndarray, functions: Sequence[PreferenceFunction]) -> np.ndarray:
    """P(d) for differences ``d`` whose last axis runs over the criteria of ``functions``."""
    kinds = {f.kind for f in functions}
    if len(kinds) == 1:
        return _evaluate(d, functions)
    out = np.empty(d.shape)
    for kind in kinds:
        idx = np.array([j for j, f in enumerate(functions) if f.kind == kind])
        out[..., idx] = _evaluate(d[..., idx], [functions[j] for j in idx])
    return out


def _evaluate(d: np.ndarray, functions: Sequence[PreferenceFunction]) -> np.ndarray:
    """Functions all of one kind, thresholds broadcast along the last axis."""
    kind = functions[0].kind
    q = np.array([f.q for f in functions])
    p = np.array([f.p for f in functions])
    # Huge d / p or (d / s)² only saturate P at 1; the overflow is harmless.
    with np.errstate(over="ignore"):
        if kind == "usual":
            return (d > 0).astype(float)
        if kind == "ushape":
            return (d > q).astype(float)
        if kind == "vshape":
            return np.clip(d / p, 0.0, 1.0)
        if kind == "level":
            return np.where(d > p, 1.0, np.where(d > q, 0.5, 0.0))
        if kind == "linear":
            return np.clip((d - q) / (p - q), 0.0, 1.0)
        z = d / np.array([f.s for f in functions])
        return np.where(d > 0, -np.expm1(-0.5 * z * z), 0.0)
