"""What a ranking method is, said once: the descriptor every method module declares.

Each module of :mod:`core.methods` that ranks options declares
``METHOD = MethodSpec(...)``: its key, label and methodology note in every
language of the catalogue, parameters with their defaults, whether its
scores are linear in the weights, which way is better, and the settings a
model implies.  :mod:`core.methods` builds the registry from those
declarations alone, and every consumer (the window's and the command line's
choices, the reports' labels and methodology, the analysis bridge, the
linear shortcuts of sensitivity and consensus) reads the registry, so a new
method is its module and its test, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Protocol

import numpy as np

from core.catalogue import DEFAULT
from core.methods.base import Better, MethodResult

# How a linear method's scores relate to a linear function of the weights:
# "identity" (score = Σ w_j c_j) or "log" (log score = Σ w_j c_j).
Link = Literal["identity", "log"]


def in_link(scores: np.ndarray, link: Link) -> np.ndarray:
    """Scores mapped into link space, where they are linear in the weights (contiguous floats)."""
    return np.ascontiguousarray(np.log(scores) if link == "log" else scores, dtype=float)


class ModelArrays(Protocol):
    """What a method may read of a model to choose its settings (``core.analysis.Problem`` is one)."""

    @property
    def benefit(self) -> np.ndarray: ...
    @property
    def bounds(self) -> np.ndarray: ...
    @property
    def preferences(self) -> tuple[str, ...]: ...
    @property
    def kinds(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Parameter:
    """One keyword parameter of a method: its name, default and meaning."""

    name: str
    default: object
    doc: str


class Texts(NamedTuple):
    """A method's label and methodology note in one language."""

    label: str
    note: str


def _no_settings(arrays: ModelArrays) -> dict[str, object]:
    return {}


def _as_defined(params: Mapping[str, object]) -> str:
    return "methodology.norm_defined"


@dataclass(frozen=True)
class MethodSpec:
    """One ranking method, declared once in its own module.

    ``key`` is the name files and the command line use (``"wsm"``), ``label``
    the name people read, ``note`` the methodology sentence every report
    carries, both in English; ``texts`` holds them in each other language of
    the catalogue (``{"ar": Texts(label, note)}``). This is their one home:
    :meth:`label_in` and :meth:`note_in` give them to the window, the
    command line and the reports.  ``order`` is its place in every list of
    methods.  ``run`` has the signature of :mod:`core.methods.base`.  ``linear`` is the link under
    which the scores are linear in the (normalised) weights, None when they
    are not; ``better`` is the direction of the scores under the default
    settings (a result's own ``better`` is authoritative).
    ``model_settings`` turns a model's arrays into the keyword arguments of
    ``run`` (empty by default); ``normalisation`` turns those settings into
    the catalogue key (core.catalogue, area methodology) of the report's normalisation sentence.
    """

    key: str
    run: Callable[..., MethodResult]
    order: int
    label: str = ""
    note: str = ""
    texts: Mapping[str, Texts] = field(default_factory=dict)
    better: Better = "higher"
    linear: Link | None = None
    parameters: tuple[Parameter, ...] = ()
    model_settings: Callable[[ModelArrays], dict[str, object]] = field(default=_no_settings)
    normalisation: Callable[[Mapping[str, object]], str] = field(default=_as_defined)

    def __post_init__(self) -> None:
        for name in ("label", "note"):
            if not getattr(self, name):
                raise ValueError(f"method {self.key!r} declares no {name}")

    def texts_in(self, language: str) -> Texts:
        """Label and note in ``language``; a language the method has no texts for gets the English ones."""
        english = Texts(self.label, self.note)
        return english if language == DEFAULT else self.texts.get(language, english)

    def label_in(self, language: str) -> str:
        """The label in ``language`` (see :meth:`texts_in`)."""
        return self.texts_in(language).label

    def note_in(self, language: str) -> str:
        """The methodology note in ``language`` (see :meth:`texts_in`)."""
        return self.texts_in(language).note

    @property
    def defaults(self) -> dict[str, object]:
        """Each parameter's default, by name."""
        return {p.name: p.default for p in self.parameters}
