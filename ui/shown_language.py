"""The document's model shown in the interface language, and undo steps that replay in their own.

The document holds the model localized to the interface language
(:func:`core.bilingual.localized`); a language switch localizes it again. An
undo step replays its edit on the model in the language it was made in and
shows the result in the language of the moment: localizing is lossless, so
undo and redo stay exact across any number of switches.
"""

from __future__ import annotations

from collections.abc import Callable

from core.bilingual import localized
from core.model import DecisionModel, Profile
from ui import working_copy


def shown_in(full: DecisionModel, language: str, active: str) -> tuple[DecisionModel, DecisionModel,
                                                                     dict[str, Profile], str]:
    """``full`` (a model with its working copies) shown in ``language``: that model, the model without the
    copies, the copies by owner, and the profile named ``active`` by its name there (else the first one's)."""
    names = [p.name for p in full.profiles]
    shown = localized(full, language)
    model, working = working_copy.split(shown)
    if active in names:
        return shown, model, working, shown.profiles[names.index(active)].name
    return shown, model, working, model.profiles[0].name if model.profiles else active


def replaying(document) -> tuple[Callable[[DecisionModel], None], Callable[[], DecisionModel]]:
    """For an undo step made now on ``document`` (a :class:`ui.document.Document`, whose helper this is): how
    it installs a model, shown in the language of the moment, and reads the model it edits, in its own."""
    made_in = document.language
    return (lambda model: document._replace(localized(model, document.language)),  # noqa: SLF001
            lambda: localized(document._full, made_in))  # noqa: SLF001
