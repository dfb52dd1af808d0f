"""Profiles in the toolbar: switch (the ranking follows at once), save, revert, rename, duplicate, delete.

Weight edits change a working copy of the active profile; the selector marks
it ("Equal weights *") until it is saved, saved as a new profile or reverted,
and switching away from unsaved weights asks first.
"""

from __future__ import annotations


from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from core import edits
from core.edits import unique_name
from ui.document import Document
from ui.widgets.common import plain_label, text_action


class ProfileBar(QWidget):
    """A profile selector plus the actions that manage profiles."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setToolTip(self.tr("Weighting profile: switching re-ranks at once"))
        self.combo.currentIndexChanged.connect(self._switch)
        label = plain_label(self.tr("Profile:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.revert_action = self._action(self.tr("Re&vert Profile"), self.revert)
        self.revert_action.setToolTip(self.tr("Drop the unsaved weight changes of the active profile"))
        self.store_action = self._action(self.tr("Save &Profile"), self.save_profile)
        self.store_action.setToolTip(self.tr("Keep the weights as they are now in the active profile"))
        self.save_action = self._action(self.tr("Save as &New Profile…"), self.save_as_profile)
        self.rename_action = self._action(self.tr("Rename Profile…"), self.rename)
        self.duplicate_action = self._action(self.tr("Duplicate Profile"), self.duplicate)
        self.delete_action = self._action(self.tr("Delete Profile"), self.delete)
        document.analysis_changed.connect(self.refresh)
        self.refresh()

    def _action(self, text: str, slot) -> QAction:
        action = text_action(text, self)
        action.triggered.connect(slot)
        return action

    def actions_list(self) -> list[QAction]:
        """The profile actions, for the toolbar and the menu."""
        return [self.revert_action, self.store_action, self.save_action,
                self.rename_action, self.duplicate_action, self.delete_action]

    def refresh(self) -> None:
        """Show the model's profiles with the active one selected (signals blocked)."""
        doc = self._document
        names = [p.name for p in doc.model.profiles]
        texts = [self.tr("{0} *").format(n) if doc.is_profile_modified(n) else n for n in names]
        active = doc.profile().name
        with QSignalBlocker(self.combo):
            if [self.combo.itemText(i) for i in range(self.combo.count())] != texts:
                self.combo.clear()
                for name, text in zip(names, texts):
                    self.combo.addItem(text, name)
            self.combo.setCurrentIndex(names.index(active) if active in names else -1)
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(bool(names))
        modified = doc.is_profile_modified()
        self.revert_action.setEnabled(modified)
        self.store_action.setEnabled(modified and not doc.is_read_only() and doc.saved_profile() is not None)

    def _switch(self, position: int) -> None:
        if position >= 0 and self.keep_or_drop_changes():
            self._document.set_profile(self.combo.itemData(position))
        else:
            self.refresh()

    def keep_or_drop_changes(self) -> bool:
        """Before leaving the active profile: ask what becomes of its unsaved weights; False to stay."""
        doc = self._document
        if not doc.is_profile_modified():
            return True
        from PySide6.QtWidgets import QMessageBox  # made when first asked: not before the first paint

        button = QMessageBox.StandardButton
        choices = button.Save | button.Discard | button.Cancel
        answer = self.window().ask(self.tr("Unsaved Weights"), self.tr(
            "The weights of {0} have changed. Save them in the profile before switching?").format(
            doc.profile().name), choices, button.Save)
        if answer == button.Save:
            return self.save_profile()
        if answer == button.Discard:
            return doc.revert_profile()
        return False

    def revert(self) -> None:
        """Go back to the active profile's saved weights."""
        self._document.revert_profile()

    def save_profile(self) -> bool:
        """Keep the changed weights in the active profile (a reference profile asks for a new name)."""
        if self._document.is_read_only() or self._document.saved_profile() is None:
            return self.save_as_profile()
        return self._document.save_profile()

    def _names(self) -> list[str]:
        return [p.name for p in self._document.model.profiles]

    def _ask_name(self, title: str, suggestion: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, accepted = QInputDialog.getText(self, title, self.tr("Profile name:"), text=suggestion)
        return name.strip() if accepted and name.strip() else None

    def save_as_profile(self) -> bool:
        """Save the current weights and method as a new profile, and switch to it."""
        name = self._ask_name(self.tr("Save as New Profile"), unique_name(self._names(), self.tr("My weights")))
        return name is not None and self._document.save_profile_as(name)

    def rename(self) -> None:
        """Rename the active profile."""
        old = self._document.profile().name
        name = self._ask_name(self.tr("Rename Profile"), old)
        if name and name != old:
            self._document.apply(edits.RenameProfile(old, name))

    def duplicate(self) -> None:
        """Copy the active profile under a new name and switch to the copy."""
        old = self._document.profile().name
        name = unique_name(self._names(), self.tr("{0} (copy)").format(old))
        if self._document.apply(edits.DuplicateProfile(old, name)):
            self._document.set_profile(name)

    def delete(self) -> None:
        """Delete the active profile (undoable)."""
        self._document.apply(edits.DeleteProfile(self._document.profile().name))
