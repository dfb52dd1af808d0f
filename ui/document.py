"""The open project: the one place where the current model is replaced.

:class:`Document` holds the immutable model, the undo stack, the file path
and the view state that belongs to the project (active profile, method,
weight locks). Every change, an edit, an undo, a profile switch, says what
it changed: each of ``structure_changed``, ``scores_changed``,
``weights_changed``, ``analysis_changed`` and ``locks_changed`` is emitted at
most once, then ``ranking_changed`` (any of the first four) and ``changed``
(any of them) once, for views that follow more than one part.
``modified_changed`` tells the modified state apart, so the first edit after
a save is one change, not two. Edits arrive as data (:mod:`core.edits`); a
refused edit emits ``refused`` with a one-line reason and leaves the model
untouched.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from core import edits
from core.errors import ModelError
from core.model import DecisionModel, Profile
from ui.undo import EditCommand


@dataclass(frozen=True)
class _State:
    """What the views draw from, to tell what a change touched."""

    model: DecisionModel
    profile: Profile
    method: str
    locked: frozenset[str]
    modified: bool


def _structure(model: DecisionModel) -> tuple:
    return model.title, model.question, model.source, model.criteria, model.options, model.bands


def _weights(state: _State) -> tuple:
    return state.profile.weights, state.profile.settings


def _analysis(state: _State) -> tuple:
    """What is ranked apart from the weights: the active profile's name and method, the other profiles."""
    active = state.profile.replace(weights={}, settings={})
    return active, state.method, tuple(p for p in state.model.profiles if p.name != active.name)


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
    ranking_changed = Signal()  # once after any of the first four: what the ranking is computed from
    modified_changed = Signal(bool)  # the modified state or the file name
    refused = Signal(str)

    def __init__(self, model: DecisionModel, path: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._model = model
        self.path = path
        self._dirty = False
        self._locked: frozenset[str] = frozenset()
        self._profile = model.profiles[0].name if model.profiles else ""
        self.method = model.profiles[0].method if model.profiles else "wsm"
        self._evaluation: tuple | None = None
        self._arrays: tuple | None = None
        self._shown = self._state()

    # ---- state ------------------------------------------------------------

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        # A bound slot (not a lambda) so that Qt drops the connection when the document dies.
        self._announce()

    def _state(self) -> _State:
        return _State(self._model, self.profile(), self.method, self._locked, self.is_modified())

    def _announce(self, file: bool = False) -> None:
        """Emit, once each, the signals for what changed since the views were last told (``file``: path)."""
        old, new = self._shown, self._state()
        self._shown = new
        content = [signal for signal, differs in (
            (self.structure_changed, _differs(_structure(old.model), _structure(new.model))),
            (self.scores_changed, _differs(old.model.scores, new.model.scores)),
            (self.weights_changed, _differs(_weights(old), _weights(new))),
            (self.analysis_changed, _differs(_analysis(old), _analysis(new))),
            (self.locks_changed, _differs(old.locked, new.locked))) if differs]
        for signal in content:
            signal.emit()
        if any(signal is not self.locks_changed for signal in content):
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

    def profile(self) -> Profile:
        """The active weighting profile (equal weights when the model has none)."""
        for profile in self._model.profiles:
            if profile.name == self._profile:
                return profile
        return Profile(name=self.tr("Equal weights"), method=self.method)

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

    def evaluation(self):
        """The ranking of the current model, profile and method (cached); ModelError if it fails."""
        from core.analysis import evaluate

        profile, cached = self.profile(), self._evaluation
        if cached is None or cached[0] is not self._model or cached[1:3] != (profile, self.method):
            try:
                result: object = evaluate(self._model, profile, self.method, self._problem())
            except ModelError as exc:
                result = exc
            cached = self._evaluation = (self._model, profile, self.method, result)
        if isinstance(cached[3], ModelError):
            raise cached[3]
        return cached[3]

    def _problem(self):
        """The model's arrays, kept while criteria, options and scores are the same objects (a weight drag)."""
        from core.analysis import problem

        parts = (self._model.criteria, self._model.options, self._model.scores)
        kept = self._arrays
        if kept is None or any(old is not new for old, new in zip(kept[0], parts)):
            kept = self._arrays = (parts, problem(self._model))
        return kept[1]

    # ---- edits ------------------------------------------------------------

    def apply(self, edit: edits.Edit, merge_key: Hashable | None = None) -> bool:
        """Apply ``edit`` as one undo step; False (and ``refused``) when it is not allowed."""
        try:
            result, inverse = edits.apply(self._model, edit)
        except ModelError as exc:
            self.refused.emit(str(exc))
            return False
        if result == self._model:
            return True
        self.undo_stack.push(EditCommand(self._replace, lambda: self._model, edit, result, inverse, merge_key))
        return True

    def set_weight(self, criterion_id: str, share: float, merge_key: Hashable | None = None) -> bool:
        """Set a local weight share in the active profile, renormalising unlocked siblings."""
        step = edits.SetWeight(self.profile().name, criterion_id, share, self._locked)
        return self._apply_to_profile(step, merge_key)

    def set_weights(self, weights: Mapping[str, float], settings: Mapping[str, object] | None = None) -> bool:
        """Replace some raw local weights (and settings, e.g. AHP judgements) of the active profile."""
        profile = self.profile()
        merged = profile.replace(weights={**profile.weights, **weights},
                                 settings={**profile.settings, **(settings or {})})
        return self._apply_to_profile(edits.ReplaceProfile(profile.name, merged))

    def _apply_to_profile(self, step: edits.Edit, merge_key: Hashable | None = None) -> bool:
        """Apply a profile edit; with no saved profile yet, the first one creates it.

        A weight is thus never changed silently outside any profile.
        """
        profile = self.profile()
        if not any(p.name == profile.name for p in self._model.profiles):
            step = edits.Batch((edits.AddProfile(profile), step))
            self._profile = profile.name
        return self.apply(step, merge_key)

    def _replace(self, model: DecisionModel) -> None:
        """Install ``model`` (from an undo command) and tell the views."""
        names = [p.name for p in self._model.profiles]
        self._model = model
        self._follow_profile(names)
        self._announce()

    def _follow_profile(self, old_names: list[str]) -> None:
        """Keep the active profile through renames and deletions (by position when its name went)."""
        names = [p.name for p in self._model.profiles]
        if self._profile in names or not names:
            return
        position = old_names.index(self._profile) if self._profile in old_names else 0
        self._profile = names[min(position, len(names) - 1)]

    # ---- files ------------------------------------------------------------

    def load(self, model: DecisionModel, path: str | None, modified: bool = False) -> None:
        """Show a different model (New, Open, a recovered copy); history starts afresh."""
        self.undo_stack.clear()
        self._model, self.path, self._dirty = model, path, modified
        self._locked = frozenset()
        self._profile = model.profiles[0].name if model.profiles else ""
        self.method = model.profiles[0].method if model.profiles else "wsm"
        self.undo_stack.setClean()
        self._shown = _State(DecisionModel("", (), ()), Profile(name=""), "", frozenset(), modified)
        self._announce(file=True)

    def save(self, path: str | None = None) -> None:
        """Write the model atomically to ``path`` (default: the current path); mark it clean.

        Raises ModelError (FileFormatError) when it cannot be written; then
        nothing changes, not even the modified mark.
        """
        from core.storage.project import write_project

        target = path or self.path
        if not target:
            raise ModelError(self.tr("the project has no file name yet"))
        write_project(target, self._model)
        self.path, self._dirty = target, False
        self.undo_stack.setClean()
        self._announce(file=True)
