"""Application shortcuts win over a focused text field, except the field's own editing keys.

A line edit claims many Ctrl+letter keys for itself (on Linux Ctrl+E moves to
the end of the line), so Export Report did nothing while a name field had
focus and the path typed next went into the name. Qt asks the focus widget
first with a ShortcutOverride event; this filter answers it for the window:
a key that is one of the window's menu shortcuts goes to the menu, unless it
is a text-editing key the field must keep (copy, paste, undo, …).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

FIELD_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
              QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll,
              QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace)


class ShortcutsFirst(QObject):
    """For one window: its menu shortcuts fire whatever has focus.

    Qt sends the override request to the focus widget, so the filter watches that widget alone and
    moves with the focus. On the application it ran, in Python, for every event of every widget:
    each paint of a whole-window repaint paid for it.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().focusChanged.connect(self._follow_focus)
        self._follow_focus(None, QApplication.focusWidget())

    @Slot(QWidget, QWidget)
    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Swallow the override request (so the shortcut fires) for one of the window's own shortcuts."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self._window or any(event.matches(k) for k in FIELD_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and pressed in action.shortcuts()
                   for action in self._window.findChildren(QAction))
