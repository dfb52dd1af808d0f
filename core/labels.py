"""The names a reader sees for the core's fixed choices, in a language.

Files, edits and the command line keep the values themselves (``"open"``,
``"in place"``, ``"residual"``); whatever shows one to a reader asks
:func:`choice_label` for its name in the reader's language. The names live in
the ``labels`` area of :mod:`core.catalogue`; method labels and notes are
read through :meth:`core.methods.spec.MethodSpec.label_in`.
"""

from __future__ import annotations

from core.catalogue import DEFAULT, catalogue
from core.register import CONTROL_STATUSES, STATUSES, TREATMENTS
from core.register.residual import BASES

# The fixed choices with a name, by kind.
CHOICES: dict[str, tuple[str, ...]] = {
    "status": STATUSES,
    "treatment": TREATMENTS,
    "control_status": CONTROL_STATUSES,
    "basis": BASES,
}


def label_key(kind: str, value: str) -> str:
    """The catalogue key of ``value`` of the choice ``kind`` (a space in the value written ``_``)."""
    return f"labels.{kind}.{value.replace(' ', '_')}"


def choice_label(kind: str, value: str, language: str = DEFAULT) -> str:
    """The name of ``value`` of the choice ``kind`` in ``language``; a value with none is shown as it is."""
    return catalogue(language).get(label_key(kind, value), value)
