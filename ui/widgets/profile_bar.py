"""Profiles in the toolbar: switch (the ranking follows at once), save, rename, duplicate, delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QWidget

from core.edits import AddProfile, DeleteProfile, DuplicateProfile, RenameProfile, unique_name
from ui.document import Document
from ui.widgets.common import plain_label


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
        self.save_action = self._action(self.tr("Save Weights as Profile…"), self.save_as_profile)
        self.rename_action = self._action(self.tr("Rename Profile…"), self.rename)
        self.duplicate_action = self._action(self.tr("Duplicate Profile"), self.duplicate)
        self.delete_action = self._action(self.tr("Delete Profile"), self.delete)
        document.analysis_changed.connect(self.refresh)
        self.refresh()

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def actions_list(self) -> list[QAction]:
        """The profile actions, for the toolbar and the menu."""
        return [self.save_action, self.rename_action, self.duplicate_action, self.delete_action]

    def refresh(self) -> None:
        """Show the model's profiles with the active one selected (signals blocked)."""
        names = [p.name for p in self._document.model.profiles]
        active = self._document.profile().name
        with QSignalBlocker(self.combo):
            if [self.combo.itemText(i) for i in range(self.combo.count())] != names:
                self.combo.clear()
                self.combo.addItems(names)
            self.combo.setCurrentIndex(names.index(active) if active in names else -1)
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(bool(names))

    def _switch(self, position: int) -> None:
        if position >= 0:
            self._document.set_profile(self.combo.itemText(position))

    def _names(self) -> list[str]:
        return [p.name for p in self._document.model.profiles]

    def _ask_name(self, title: str, suggestion: str) -> str | None:
        name, accepted = QInputDialog.getText(self, title, self.tr("Profile name:"), text=suggestion)
        return name.strip() if accepted and name.strip() else None

    def save_as_profile(self) -> None:
        """Save the current weights and method as a new profile, and switch to it."""
        name = self._ask_name(self.tr("Save Weights as Profile"), unique_name(self._names(), self.tr("My weights")))
        if name is None:
            return
        current = self._document.profile()
        profile = current.replace(name=name, method=self._document.method, created=date.today().isoformat())
        if self._document.apply(AddProfile(profile)):
            self._document.set_profile(name)

    def rename(self) -> None:
        """Rename the active profile."""
        old = self._document.profile().name
        name = self._ask_name(self.tr("Rename Profile"), old)
        if name and name != old:
            self._document.apply(RenameProfile(old, name))

    def duplicate(self) -> None:
        """Copy the active profile under a new name and switch to the copy."""
        old = self._document.profile().name
        name = unique_name(self._names(), self.tr("{0} (copy)").format(old))
        if self._document.apply(DuplicateProfile(old, name)):
            self._document.set_profile(name)

    def delete(self) -> None:
        """Delete the active profile (undoable)."""
        self._document.apply(DeleteProfile(self._document.profile().name))
