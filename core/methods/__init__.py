"""The ranking methods, one module each, behind one signature, found by their declarations.

Every module of this package that declares ``METHOD = MethodSpec(...)`` (see
:mod:`core.methods.spec`) is a ranking method; :data:`REGISTRY` maps each key
to its descriptor, in the descriptors' order, and is built by
:func:`discover` from the modules alone: adding a method is adding its
module.  :data:`METHODS` (key → ``run``) and :data:`METHOD_LABELS` (key →
label) are live views of the registry.  Every ``run`` is ``run(matrix,
weights, benefit, *, criteria=None, options=None, **params) ->
MethodResult`` (see :mod:`core.methods.base`); ``weights`` may be one
vector or a batch of them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from core.catalogue import DEFAULT
from core.errors import Listed, Message, ModelError
from core.methods.base import MethodResult, rank
from core.methods.spec import MethodSpec

__all__ = ["METHODS", "METHOD_LABELS", "REGISTRY", "MethodName", "MethodResult", "MethodSpec", "discover",
           "method_spec", "rank"]

REGISTRY: dict[str, MethodSpec] = {}

T = TypeVar("T")


def discover() -> dict[str, MethodSpec]:
    """Rebuild :data:`REGISTRY` (in place) from every module of this package that declares ``METHOD``."""
    specs: list[MethodSpec] = []
    for info in pkgutil.iter_modules(__path__):
        spec = getattr(importlib.import_module(f"{__name__}.{info.name}"), "METHOD", None)
        if isinstance(spec, MethodSpec):
            specs.append(spec)
    keys = [spec.key for spec in specs]
    doubled = sorted({key for key in keys if keys.count(key) > 1})
    if doubled:
        raise RuntimeError(f"two method modules declare the key {doubled[0]!r}")
    REGISTRY.clear()
    REGISTRY.update((spec.key, spec) for spec in sorted(specs, key=lambda s: (s.order, s.key)))
    return REGISTRY


def method_spec(key: str) -> MethodSpec:
    """The descriptor of method ``key``; ModelError listing the methods if there is none."""
    spec = REGISTRY.get(key)
    if spec is None:
        raise ModelError(Message("messages.methods.unknown", key=repr(key), known=Listed(REGISTRY)))
    return spec


class MethodName(Message):
    """Method ``key``'s label as a message parameter, worded in the reader's language (an unknown key as it is).

    A message naming a method (the workbook's refusal, a method that cannot
    rank) is worded when shown: with the plain English label an Arabic
    message would carry English method names.
    """

    method: str

    def __new__(cls, method: str) -> MethodName:
        name = str.__new__(cls, _label(method, DEFAULT))
        name.key, name.params, name.method = "", {}, method
        return name

    def text(self, language: str = DEFAULT, digits: str = "western") -> str:
        """The label in ``language``."""
        return _label(self.method, language)

    def __repr__(self) -> str:
        return f"MethodName({self.method!r})"

    def __reduce__(self):
        return MethodName, (self.method,)


def _label(key: str, language: str) -> str:
    spec = REGISTRY.get(key)
    return key if spec is None else spec.label_in(language)


class _Column(Mapping[str, T]):
    """One field of every descriptor, by key, read from the registry at each access."""

    def __init__(self, read: Callable[[MethodSpec], T]) -> None:
        self._read = read

    def __getitem__(self, key: str) -> T:
        return self._read(REGISTRY[key])

    def __iter__(self) -> Iterator[str]:
        return iter(REGISTRY)

    def __len__(self) -> int:
        return len(REGISTRY)


METHODS: Mapping[str, Callable[..., MethodResult]] = _Column(lambda spec: spec.run)
METHOD_LABELS: Mapping[str, str] = _Column(lambda spec: spec.label)

discover()
