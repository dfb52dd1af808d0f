"""One QUndoCommand for every edit: it applies a core edit and keeps its inverse.

Undo applies the inverse and keeps *its* inverse as the next redo, so undo and
redo swap exact edits and never recompute anything that could drift (a weight
drag that pushed a sibling to zero redoes to the very same weights).
Commands pushed with the same ``merge_key`` (one slider drag) merge into one
undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QUndoCommand

from core import edits
from core.model import DecisionModel
from ui.i18n import Context

MERGE_ID = 0x4D5A  # any id != -1 lets QUndoStack offer a merge; the key decides


Edits = Context("Edits")


def describe(edit: edits.Edit) -> str:
    """A short, translated name for the Edit menu ("Undo Change score")."""
    names: dict[type, Callable[[], str]] = {
        edits.SetScore: lambda: Edits.tr("Change score"),
        edits.SetWeight: lambda: Edits.tr("Change weight"),
        edits.SetWeights: lambda: Edits.tr("Set weights"),
        edits.SetCriterion: lambda: Edits.tr("Change criterion"),
        edits.SetKind: lambda: Edits.tr("Change kind of score"),
        edits.AddCriterion: lambda: Edits.tr("Add criterion"),
        edits.DeleteCriterion: lambda: Edits.tr("Delete criterion"),
        edits.MoveCriterion: lambda: Edits.tr("Move criterion"),
        edits.AddOption: lambda: Edits.tr("Add option"),
        edits.SetOption: lambda: Edits.tr("Change option"),
        edits.MoveOption: lambda: Edits.tr("Move option"),
        edits.DeleteOption: lambda: Edits.tr("Delete option"),
        edits.AddProfile: lambda: Edits.tr("Save profile"),
        edits.ReplaceProfile: lambda: Edits.tr("Change profile"),
        edits.RenameProfile: lambda: Edits.tr("Rename profile"),
        edits.DuplicateProfile: lambda: Edits.tr("Duplicate profile"),
        edits.DeleteProfile: lambda: Edits.tr("Delete profile"),
        edits.SetModelInfo: lambda: Edits.tr("Change model details"),
        edits.SetText: lambda: Edits.tr("Change text"),
        edits.SetTexts: lambda: Edits.tr("Change texts"),
        edits.SetRiskEntry: lambda: Edits.tr("Change register entry"),
        edits.AddControl: lambda: Edits.tr("Add control"),
        edits.SetControl: lambda: Edits.tr("Change control"),
        edits.DeleteControl: lambda: Edits.tr("Delete control"),
        edits.SetEffect: lambda: Edits.tr("Change control effect"),
        edits.SetScaleLevel: lambda: Edits.tr("Change descriptor scale"),
        edits.SetIncludePlanned: lambda: Edits.tr("Include planned controls"),
    }
    if isinstance(edit, edits.Batch) and [type(e) for e in edit.edits] == [edits.DeleteControl, edits.AddControl]:
        return Edits.tr("Change control id")  # a control takes a new id as one delete and add, in its place
    if isinstance(edit, edits.Batch) and edit.edits:
        return describe(edit.edits[-1])
    return names.get(type(edit), lambda: Edits.tr("Edit"))()


class EditCommand(QUndoCommand):
    """An applied edit on the undo stack.

    ``result`` and ``inverse`` come from the caller's own :func:`core.edits.apply`
    (done before the push, so that a refused edit never reaches the stack).
    ``replace`` puts a model into the document.
    """

    def __init__(self, replace: Callable[[DecisionModel], None], current: Callable[[], DecisionModel],
                 edit: edits.Edit, result: DecisionModel, inverse: edits.Edit,
                 merge_key: Hashable | None = None) -> None:
        super().__init__(describe(edit))
        self._replace, self._current = replace, current
        self._edit, self._inverse, self._pending = edit, inverse, result
        self.merge_key = merge_key
        self._before = current() if merge_key is not None else None

    def redo(self) -> None:
        """Apply the edit (the first time: install the result computed before the push)."""
        if self._pending is not None:
            model, self._pending = self._pending, None
        else:
            model, self._inverse = edits.apply(self._current(), self._edit)
        self._replace(model)

    def undo(self) -> None:
        """Apply the inverse; its own inverse becomes the exact redo."""
        model, self._edit = edits.apply(self._current(), self._inverse)
        self._replace(model)

    def id(self) -> int:
        """Mergeable commands share one id; :meth:`mergeWith` checks the key."""
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next step of the same drag: keep our inverse, take its edit."""
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key or self.merge_key is None:
            return False
        self._edit = other._edit
        # A drag that ends where it began is no undo step at all (Qt drops an obsolete command).
        self.setObsolete(self._current() == self._before)
        return True
