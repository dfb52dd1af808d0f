"""Working copies of profiles: weight edits never rewrite a named profile in place.

While the analyst edits weights, the changes go to a working copy of the
active profile. Inside the document the copy travels as one more profile of
the model under a reserved name, so that every core edit (adding a criterion,
deleting one, an undo) keeps it consistent exactly as it keeps the named
profiles; the views only ever see the model without it (:func:`split`).
Save profile, Save as new profile and Revert turn the copy into an ordinary
edit of the named profiles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from core import edits
from core.model import DecisionModel, Profile

PREFIX = "\u2060working copy\u2060"  # word joiners: no name a person types starts with them


def key(owner: str) -> str:
    """The reserved profile name of ``owner``'s working copy."""
    return PREFIX + owner


def named(profile: Profile, change: Callable[[str], str]) -> Profile:
    """``profile`` renamed by ``change`` in both languages (its name in the other one too, core.bilingual),
    so that a copy stays reserved and keeps to its owner whichever language the model is shown in."""
    translations = tuple((field, change(text) if field == "name" and text else text)
                         for field, text in profile.translations)
    return profile.replace(name=change(profile.name), translations=translations)


def copy_of(profile: Profile) -> Profile:
    """``profile`` under the reserved name of its working copy."""
    return named(profile, key)


def _owner(name: str) -> str:
    return name[len(PREFIX):] if name.startswith(PREFIX) else name


def split(model: DecisionModel) -> tuple[DecisionModel, dict[str, Profile]]:
    """The model without working copies, and the copies by owner (named as their owner)."""
    working = {_owner(p.name): named(p, _owner) for p in model.profiles if p.name.startswith(PREFIX)}
    if not working:
        return model, {}
    public = tuple(p for p in model.profiles if not p.name.startswith(PREFIX))
    return model.replace(profiles=public), working


def join(model: DecisionModel, working: Mapping[str, Profile]) -> DecisionModel:
    """``model`` carrying the working copies under their reserved names."""
    if not working:
        return model
    copies = tuple(copy_of(p.replace(name=owner)) for owner, p in working.items())
    return model.replace(profiles=model.profiles + copies)


def differs(copy: Profile, saved: Profile | None) -> bool:
    """True when the working copy would change what the saved profile weighs."""
    return saved is None or (dict(copy.weights), dict(copy.settings)) != (dict(saved.weights), dict(saved.settings))


def wrap(edit: edits.Edit, working: Mapping[str, Profile]) -> edits.Edit:
    """``edit`` plus what it means for the working copies of the profiles it touches.

    A rename takes the copy along, and so does a text written into a profile (its name
    or notes in either language: the copy is saved over the profile later, and must not
    take back what was written); replacing or deleting a profile discards its copy
    first (in the same undo step, so Undo brings the copy back).
    """
    if isinstance(edit, edits.Batch):
        return edits.Batch(tuple(wrap(step, working) for step in edit.edits))
    if isinstance(edit, edits.RenameProfile) and edit.name in working:
        return edits.Batch((edit, edits.RenameProfile(key(edit.name), key(edit.new_name))))
    if isinstance(edit, edits.SetText) and edit.address.startswith("profiles/"):
        owner, _, field = edit.address.removeprefix("profiles/").rpartition("/")
        if owner in working:
            text = key(edit.text) if field == "name" and edit.text else edit.text
            return edits.Batch((edit, edits.SetText(f"profiles/{key(owner)}/{field}", edit.language, text)))
    if isinstance(edit, (edits.ReplaceProfile, edits.DeleteProfile)) and edit.name in working:
        return edits.Batch((edits.DeleteProfile(key(edit.name)), edit))
    return edit
