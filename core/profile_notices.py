"""What a profile from a file leaves out when it meets a model, said in one line per point.

A profile written for another model may match only some criteria.  The
commands that take ``--profile FILE`` re-key it with
:func:`core.profiles.remap` (which refuses a profile that matches nothing)
and tell the analyst, on stderr, what matched, what is missing and what was
ignored; and an AHP block whose consistency ratio is above Saaty's 0.10 is
used, with a warning.
"""

from __future__ import annotations

from core import ahp
from core.errors import Listed, Message
from core.model import DecisionModel, Profile
from core.profiles import remap
from core.storage.profile_file import judgements

CR_LIMIT = 0.10
SHOWN = 8  # names listed in a notice before "and N more"


def _names(items: list[str]) -> str | Message:
    head = Listed(items[:SHOWN])
    return Message("messages.notices.and_more", names=head, more=len(items) - SHOWN) if len(items) > SHOWN else head


def fitted_profile(model: DecisionModel, profile: Profile) -> tuple[Profile, list[Message]]:
    """``profile`` keyed by the model's ids, and the notices to show; ModelError when nothing matches."""
    remapped, matched, extra, notes = remap(model, profile)
    missing = [node.id for node, _, _ in model.walk() if node.id not in remapped.weights]
    notices = []
    if missing or extra:
        notices.append(Message(
            "messages.notices.matches", profile=repr(profile.name), matched=len(matched),
            total=len(missing) + len(matched), names=_names([m.criterion for m in matched]),
            missing=Message("messages.notices.missing", names=_names(missing)) if missing else "",
            ignored=Message("messages.notices.ignored", names=_names([repr(k) for k in extra])) if extra else ""))
    notices += notes
    return remapped, notices + inconsistency_warnings(profile)


def inconsistency_warnings(profile: Profile) -> list[Message]:
    """A warning for each AHP block of ``profile`` whose consistency ratio is above CR_LIMIT."""
    warnings = []
    for group, (names, matrix) in judgements(profile).items():
        ratio = ahp.consistency(matrix)[2]
        if ratio > CR_LIMIT:
            warnings.append(Message("messages.notices.inconsistent", group=repr(group), ratio=ratio, limit=CR_LIMIT))
    return warnings
