"""The open project: the one place where the current model is replaced.

:class:`Document` holds the immutable model, the undo stack, the file path
and the view state that belongs to the project (active profile, method,
basis, weight locks). Every change, an edit, an undo, a profile switch, says what
it changed: each of ``structure_changed``, ``scores_changed``,
``weights_changed``, ``analysis_changed``, ``locks_changed`` and
``register_changed`` is emitted at most once, then ``ranking_changed`` (any of
the first four) and ``changed`` (any of them) once, for views that follow more
than one part. A register-only edit (an owner, a control) emits
``register_changed`` and ``changed``: the register views follow it without the
score matrix or the criteria tree redrawing.
``modified_changed`` tells the modified state apart, so the first edit after
a save is one change, not two. Edits arrive as data (:mod:`core.edits`); a
refused edit emits ``refused`` with a one-line reason and leaves the model
untouched.

Weight edits go to a working copy of the active profile (:mod:`ui.working_copy`):
the named profile changes only through Save profile, and Revert drops the copy.
Undo and redo restore exactly the state they left, working copies included.

The basis: rank on inherent or residual risk (:func:`core.register.residual.model_on`),
or both side by side; :meth:`Document.analysed` and :meth:`Document.evaluation`
are the model on a basis and its ranking, cached (:mod:`ui.analysis_cache`).
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from core import bilingual, edits
from core.errors import ModelError
from core.model import READ_ONLY, DecisionModel, Profile
from ui import i18n, shown_language, working_copy
from ui.analysis_cache import AnalysisCache
from ui.i18n import message_of
from ui.undo import EditCommand

if TYPE_CHECKING:
    from core.storage.view_state import ProjectState


@dataclass(frozen=True)
class _State:
    """What the views draw from, to tell what a change touched."""

    model: DecisionModel
    profile: Profile
    method: str
    locked: frozenset[str]
    modified: bool
    edited: frozenset[str] = frozenset()  # profiles whose working copy differs from the saved one
    basis: str = "inherent"


def _structure(model: DecisionModel) -> tuple:
    return model.title, model.question, model.source, model.criteria, model.options, model.bands


def _weights(state: _State) -> tuple:
    return state.profile.weights, state.profile.settings


def _analysis(state: _State) -> tuple:
    """What is ranked apart from the weights: the active profile's name and method, the other profiles,
    which profiles carry unsaved weight changes (the selector marks them), the basis and the controls
    that make the residual risk."""
    active = state.profile.replace(weights={}, settings={})
    register = state.model.register
    return (active, state.method, tuple(p for p in state.model.profiles if p.name != active.name), state.edited,
            state.basis, register.controls, register.include_planned)


def _differs(old: object, new: object) -> bool:
    # Identity first: an edit keeps every part it did not touch, and comparing 10⁴ scores costs.
    return old is not new and old != new


class Document(QObject):
    """Current model + undo stack + file path + modified state."""

    changed = Signal()  # anything a view may show, after the specific signals below
    structure_changed = Signal()  # the criteria tree, options, bands or titles
    scores_changed = Signal()
    weights_changed = Signal()  # the active profile's weights or settings (a profile switch too)
    analysis_changed = Signal()  # what is ranked: active profile, method, the list of profiles
    locks_changed = Signal()
    register_changed = Signal()  # the risk register: entries, controls, descriptor scales, include planned
    ranking_changed = Signal()  # once after any of the first four: what the ranking is computed from
    modified_changed = Signal(bool)  # the modified state or the file name
    refused = Signal(str)

    def __init__(self, model: DecisionModel, path: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current().code  # the model is shown (and edited) in the interface language
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._full = self._model = model = bilingual.localized(model, self.language)
        self._working: dict[str, Profile] = {}
        self.path = path
        self._dirty = False
        self._locked: frozenset[str] = frozenset()
        self._profile = model.profiles[0].name if model.profiles else ""
        self.method = model.profiles[0].method if model.profiles else "wsm"
        self.basis = "inherent"  # one of core.storage.view_state.VIEW_BASES
        self._cache = AnalysisCache()
        self._shown = self._state()
        self._merge_keys = itertools.count(1)
        self._drag: tuple | None = None  # (merge key, model, profile) where the current drag started

    # ---- state ------------------------------------------------------------

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        # A bound slot (not a lambda) so that Qt drops the connection when the document dies.
        self._announce()

    def _state(self) -> _State:
        edited = frozenset(name for name in self._working if self.is_profile_modified(name))
        return _State(self._model, self.profile(), self.method, self._locked, self.is_modified(), edited, self.basis)

    def _announce(self, file: bool = False, fresh: bool = False) -> None:
        """Emit, once each, the signals for what changed since the views were last told (``file``: path;
        ``fresh``: another model was loaded, so every view follows even a part that compares equal)."""
        old, new = self._shown, self._state()
        self._shown = new
        content = [signal for signal, differs in (
            (self.structure_changed, _differs(_structure(old.model), _structure(new.model))),
            (self.scores_changed, _differs(old.model.scores, new.model.scores)),
            (self.weights_changed, _differs(_weights(old), _weights(new))),
            (self.analysis_changed, _differs(_analysis(old), _analysis(new))),
            (self.locks_changed, _differs(old.locked, new.locked)),
            (self.register_changed, _differs(old.model.register, new.model.register))) if differs or fresh]
        for signal in content:
            signal.emit()
        if any(signal not in (self.locks_changed, self.register_changed) for signal in content):
            self.ranking_changed.emit()
        if content:
            self.changed.emit()
        if file or old.modified != new.modified:
            self.modified_changed.emit(new.modified)

    @property
    def model(self) -> DecisionModel:
        """The current model (immutable)."""
        return self._model

    def is_modified(self) -> bool:
        """True while there are changes not yet saved to ``path``."""
        return self._dirty or not self.undo_stack.isClean()

    @property
    def locked(self) -> frozenset[str]:
        """Criterion ids whose local weight is locked against renormalisation."""
        return self._locked

    def set_locked(self, criterion_id: str, locked: bool) -> None:
        """Lock or unlock one weight."""
        self._locked = self._locked | {criterion_id} if locked else self._locked - {criterion_id}
        self._announce()

    def new_merge_key(self) -> int:
        """A merge key never handed out before: one slider drag, one undo step (ids of objects get reused)."""
        return next(self._merge_keys)

    def profile(self) -> Profile:
        """The active weighting profile as it weighs now: its working copy when it has one."""
        return self._working.get(self._profile) or self.saved_profile() or self._default_profile()

    def _default_profile(self) -> Profile:
        """Equal weights, for a model without profiles."""
        return Profile(name=self.tr("Equal weights"), method=self.method)

    def saved_profile(self) -> Profile | None:
        """The active profile as last saved in the model (None when the model has none)."""
        return next((p for p in self._model.profiles if p.name == self._profile), None)

    def is_profile_modified(self, name: str | None = None) -> bool:
        """True when profile ``name`` (default: the active one) has unsaved weight changes."""
        name = self._profile if name is None else name
        copy = self._working.get(name)
        return copy is not None and working_copy.differs(copy, next(
            (p for p in self._model.profiles if p.name == name), None))

    def is_read_only(self, name: str | None = None) -> bool:
        """True for a reference profile (the paper's) that Save profile must not overwrite."""
        name = self._profile if name is None else name
        return any(p.name == name and p.settings.get(READ_ONLY) is True for p in self._model.profiles)

    def revert_profile(self) -> bool:
        """Drop the active profile's unsaved weight changes (one undo step)."""
        if self._profile not in self._working:
            return True
        return self.apply(edits.DeleteProfile(working_copy.key(self._profile)))

    def save_profile(self) -> bool:
        """Write the working copy into the active profile itself (refused for a read-only profile)."""
        copy = self._working.get(self._profile)
        if copy is None or self.saved_profile() is None:
            return copy is None
        if self.is_read_only():
            self.refused.emit(self.tr("{0} is a reference profile: save the weights as a new profile")
                              .format(self._profile))
            return False
        saved = copy.replace(method=self.method)
        return self.apply(edits.ReplaceProfile(self._profile, saved))  # wrap() drops the working copy

    def save_profile_as(self, name: str) -> bool:
        """Save the weights as they are now as a new profile ``name``, and switch to it.

        The profile they came from keeps its saved weights.
        """
        from datetime import date  # not before the first paint: its module costs 6 M instructions

        current = self.profile()
        settings = {k: v for k, v in current.settings.items() if k != READ_ONLY}
        new = bilingual.new_name(current, name).replace(method=self.method, settings=settings, created=date.today().isoformat())
        steps: tuple = (edits.AddProfile(new),)
        if self._profile in self._working:
            steps = (edits.DeleteProfile(working_copy.key(self._profile)),) + steps
        if not self.apply(edits.Batch(steps)):
            return False
        self.set_profile(name)
        return True

    def set_profile(self, name: str) -> None:
        """Make ``name`` the active profile; the ranking follows at once."""
        if name != self._profile and any(p.name == name for p in self._model.profiles):
            self._profile = name
            self._announce()

    def set_method(self, method: str) -> None:
        """Rank with ``method`` from now on."""
        if method != self.method:
            self.method = method
            self._announce()

    def set_basis(self, basis: str) -> None:
        """Rank on ``basis`` ("inherent", "residual" or "both" side by side) from now on."""
        from core.storage.view_state import VIEW_BASES

        if basis not in VIEW_BASES:
            raise ValueError(f"unknown basis {basis!r}")
        if basis != self.basis:
            self.basis = basis
            self._announce()

    @property
    def bases(self) -> tuple[str, ...]:
        """The bases the window shows: one, or inherent and residual side by side."""
        return ("inherent", "residual") if self.basis == "both" else (self.basis,)

    @property
    def ranked_basis(self) -> str:
        """The basis of the views that show one analysis (robustness): residual when both are shown."""
        return self.bases[-1]

    def analysed(self, basis: str | None = None) -> DecisionModel:
        """The current model on ``basis`` (default :attr:`ranked_basis`): residual scores for "residual"."""
        return self._cache.analysed(self._model, basis or self.ranked_basis)

    def subject(self, basis: str | None = None):
        """What is analysed on ``basis`` (default :attr:`ranked_basis`): an :class:`~core.analysis.AnalysisKey`."""
        from core.analysis import AnalysisKey

        basis = basis or self.ranked_basis
        return AnalysisKey(self.analysed(basis), self.profile(), self.method, basis)

    def evaluation(self, basis: str | None = None):
        """The ranking of the current model on ``basis``, profile and method (cached); ModelError if it fails."""
        return self._cache.evaluation(self.subject(basis))

    # ---- edits ------------------------------------------------------------

    def apply(self, edit: edits.Edit, merge_key: Hashable | None = None) -> bool:
        """Apply ``edit`` as one undo step; False (and ``refused``) when it is not allowed."""
        edit = working_copy.wrap(edit, self._working)
        try:
            result, inverse = edits.apply(self._full, edit)
        except ModelError as exc:
            self.refused.emit(message_of(exc))
            return False
        if result == self._full:
            return True
        self.undo_stack.push(EditCommand(*shown_language.replaying(self), edit, result, inverse, merge_key))
        return True

    def set_language(self, language: str) -> None:
        """Show the model in ``language`` (falling back to the other's texts); history, copies, profile stay."""
        self.language = language
        self._full, self._model, self._working, self._profile = shown_language.shown_in(self._full, language, self._profile)
        self._announce()

    def set_weight(self, criterion_id: str, share: float, merge_key: Hashable | None = None) -> bool:
        """Set a local weight share in the active profile's working copy, renormalising unlocked siblings.

        Every step of one drag (one ``merge_key``) is computed from the weights the
        drag started on, so the drag's result depends on where it ends, not on the
        path (a sibling pushed to zero on the way keeps its proportion).
        """
        name = working_copy.key(self.profile().name)
        step = edits.SetWeight(name, criterion_id, share, self._locked)
        origin = self._drag_origin(merge_key)
        if origin is None:
            self._drag = (merge_key, self._full, self._profile)
            return self._apply_to_profile(step, merge_key)
        try:
            weights = edits.apply(origin, step)[0].profile(name).weights
        except ModelError as exc:
            self.refused.emit(message_of(exc))
            return False
        return self.apply(edits.SetWeights(name, weights), merge_key)

    def _drag_origin(self, merge_key: Hashable | None) -> DecisionModel | None:
        """The model (with the working copy) a drag under way started from; None when a new one starts."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if merge_key is None or self._drag is None or self._drag[0] != merge_key or self._drag[2] != self._profile \
                or not isinstance(top, EditCommand) or top.merge_key != merge_key:
            return None
        start = self._drag[1]
        if working_copy.key(self._profile) in {p.name for p in start.profiles}:
            return start
        return working_copy.join(start, {self._profile: self.saved_profile() or self._default_profile()})

    def set_weights(self, weights: Mapping[str, float], settings: Mapping[str, object] | None = None) -> bool:
        """Replace some raw local weights (and settings, e.g. AHP judgements) in the working copy."""
        profile = self.profile()
        merged = working_copy.copy_of(profile).replace(weights={**profile.weights, **weights},
                                                       settings={**profile.settings, **(settings or {})})
        return self._apply_to_profile(edits.ReplaceProfile(merged.name, merged))

    def _apply_to_profile(self, step: edits.Edit, merge_key: Hashable | None = None) -> bool:
        """Apply a weight edit to the working copy, creating the copy (and, with none, the profile) first.

        A weight is thus never changed silently outside any profile, nor inside a saved one.
        """
        profile = self.profile()
        first: tuple = ()
        if self.saved_profile() is None:
            first = (edits.AddProfile(profile),)
            self._profile = profile.name
        if profile.name not in self._working:
            first += (edits.AddProfile(working_copy.copy_of(profile)),)
        return self.apply(edits.Batch(first + (step,)) if first else step, merge_key)

    def _replace(self, model: DecisionModel) -> None:
        """Install ``model`` (from an undo command) and tell the views."""
        names, owners = [p.name for p in self._model.profiles], set(self._working)
        self._full = model
        self._model, self._working = working_copy.split(model)
        self._follow_profile(names)
        revived = sorted(set(self._working) - owners)
        if revived and self._profile not in revived:
            self._profile = revived[0]  # an undo brought a working copy back: show it where it was made
        self._announce()

    def _follow_profile(self, old_names: list[str]) -> None:
        """Keep the active profile through renames and deletions (by position when its name went)."""
        names = [p.name for p in self._model.profiles]
        if self._profile in names or not names:
            return
        position = old_names.index(self._profile) if self._profile in old_names else 0
        self._profile = names[min(position, len(names) - 1)]

    # ---- files ------------------------------------------------------------

    def load(self, model: DecisionModel, path: str | None, modified: bool = False,
             state: ProjectState | None = None) -> None:
        """Show a different model (New, Open, a recovered copy) where ``state`` says; history starts afresh."""
        from core.storage.view_state import ProjectState  # not before the first paint of the built-in model (5 M)

        state = state or ProjectState()
        self.undo_stack.clear()
        self._full, self._model, self._working, self._profile = shown_language.shown_in(
            working_copy.join(model, state.working), self.language, state.profile)
        self.path, self._dirty, self._locked = path, modified, state.locked
        self.method = state.method or (model.profiles[0].method if model.profiles else "wsm")
        self.basis = state.basis or "inherent"
        self.undo_stack.setClean()
        self._announce(file=True, fresh=True)  # an empty register equals no register, yet the old one is shown

    def state(self) -> ProjectState:
        """Where the analyst is: active profile, method, locks, working copies and basis (saved with the project)."""
        from core.storage.view_state import ProjectState

        return ProjectState(self._profile, self.method, self._locked, self._working, self.basis)

    def save(self, path: str | None = None) -> None:
        """Write the model atomically to ``path`` (default: the current path); mark it clean.

        Raises ModelError (FileFormatError) when it cannot be written; then
        nothing changes, not even the modified mark.
        """
        from core.storage.project import write_project

        target = path or self.path
        if not target:
            raise ModelError(self.tr("the project has no file name yet"))
        write_project(target, self._model, self.state())
        self.path, self._dirty = target, False
        self.undo_stack.setClean()
        self._announce(file=True)
