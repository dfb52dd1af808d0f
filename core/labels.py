"""The names a reader sees for the core's fixed choices, in a language.

Files, edits and the command line keep the values themselves (``"open"``,
``"in place"``); whatever shows one to a reader asks :func:`choice_label`
for its name in the reader's language. A new model's risk bands are named in
the language it is written in (:func:`default_band_names`). The names live in
the ``labels`` area of :mod:`core.catalogue`; method labels and notes are
declared by each method's module, in every language, and read through
:meth:`core.methods.spec.MethodSpec.label_in`.
"""

from __future__ import annotations

from core.catalogue import DEFAULT, catalogue
from core.register import CONTROL_STATUSES, STATUSES, TREATMENTS

DEFAULT_BANDS = 4  # a model's bands unless it sets its own (core.model.Bands)
# The fixed choices with a name, by kind.
CHOICES: dict[str, tuple[str, ...]] = {
    "status": STATUSES,
    "treatment": TREATMENTS,
    "control_status": CONTROL_STATUSES,
}


def label_key(kind: str, value: str) -> str:
    """The catalogue key of ``value`` of the choice ``kind`` (a space in the value written ``_``)."""
    return f"labels.{kind}.{value.replace(' ', '_')}"


def choice_label(kind: str, value: str, language: str = DEFAULT) -> str:
    """The name of ``value`` of the choice ``kind`` in ``language``; a value with none is shown as it is."""
    return catalogue(language).get(label_key(kind, value), value)


def default_band_names(language: str = DEFAULT) -> tuple[str, ...]:
    """The names of the default risk bands (Low, Medium, High, Extreme) in ``language``."""
    return tuple(catalogue(language)[f"labels.band.{index}"] for index in range(DEFAULT_BANDS))
