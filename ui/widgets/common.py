"""Small widget helpers shared by the panels: plain-text labels, inline refusal marks, combo refills,
signal blocking, row selection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QMenu, QToolBar, QToolButton, QWidget

from ui.i18n import Context

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox

INVALID_STYLE = "border: 2px solid #D9342B;"
Common = Context("Common")


def plain_label(text: str = "", parent: QWidget | None = None, wrap: bool = False) -> QLabel:
    """A label that shows ``text`` literally: user text is never read as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if wrap and label.isRightToLeft():
        # Qt breaks a right-to-left line as if the space it breaks at took no room, then sets the
        # line that much to the left: the last letter of a full line was cut off at the label's edge.
        label.setContentsMargins(label.fontMetrics().horizontalAdvance(" "), 0, 0, 0)
    label.setText(text)
    return label


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` of ``view`` the current row, selected whole (nothing for a row the view does not have).

    Not QTableView.selectRow: right to left, it takes the column at the viewport's far edge, which is none
    when the columns do not fill the width, and then selects nothing.
    """
    model = view.model()
    if 0 <= row < model.rowCount():
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(model.index(row, 0), flags)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Show (or clear) the red border that says "this input was refused"."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(INVALID_STYLE if invalid else "")


def plain_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                  buttons: QMessageBox.StandardButton | None = None,
                  default: QMessageBox.StandardButton | None = None) -> QMessageBox:
    """A message box whose text is plain (file names and model text may contain markup).

    ``buttons``: Ok when not given; ``default``: Qt's choice when not given. QMessageBox is made here, when a
    message is first shown: with its enums it cost the first paint 6 M instructions.
    """
    from PySide6.QtWidgets import QMessageBox

    button = QMessageBox.StandardButton
    buttons = button.Ok if buttons is None else buttons
    default = button.NoButton if default is None else default
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    discard = box.button(QMessageBox.StandardButton.Discard)
    if discard is not None:
        # Qt's own Arabic words it "ارفض" (refuse), which reads as declining the question itself.
        discard.setText(Common.tr("Discard"))
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def panel_toolbar(parent: QWidget) -> QToolBar:
    """A compact text toolbar for a panel; what does not fit goes behind an overflow arrow."""
    bar = QToolBar(parent)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setIconSize(QSize(16, 16))
    return bar


def text_action(text: str, parent: QObject) -> QAction:
    """A QAction showing ``text``, made as ``QAction(text, parent)`` makes it.

    Built from the parent and given its text after: the call with the text tests the overload that takes an
    icon first, which makes QIcon and its 151 theme icons (10 M instructions) before a first paint that shows
    no icon.
    """
    action = QAction(parent)
    action.setText(text)
    return action


def add_tool(bar: QToolBar, text: str, tip: str, slot: Callable | None = None,
             menu: QMenu | None = None) -> QAction:
    """Add a text action (or a drop-down ``menu``) to a panel toolbar."""
    action = text_action(text, bar)
    action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(slot)
    if menu is not None:
        action.setMenu(menu)
    bar.addAction(action)
    button = bar.widgetForAction(action)
    if menu is not None and isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return action


def refill_combo(combo: QComboBox, items: list[tuple[str, str]], fallback: str | None = None) -> None:
    """Show ``items`` (data, text) in ``combo`` without emitting signals, keeping the current choice.

    Nothing happens when the items are already shown; when the current choice
    is gone, ``fallback`` (or the first item) is chosen.
    """
    shown = [(combo.itemData(k), combo.itemText(k)) for k in range(combo.count())]
    if items == shown:
        return
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        position = combo.findData(current)
        combo.setCurrentIndex(position if position >= 0 else max(0, combo.findData(fallback)))


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Block the signals of ``objects`` inside the ``with`` block (showing a value is not editing it)."""
    with ExitStack() as stack:
        for obj in objects:
            stack.enter_context(QSignalBlocker(obj))
        yield


def give_room(dock: QDockWidget, window: QMainWindow, share: float) -> None:
    """Resize ``dock`` to ``share`` of ``window``'s height, or of its width when docked at a side."""
    area = window.dockWidgetArea(dock)
    vertical = area in (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
    size = window.height() if vertical else window.width()
    window.resizeDocks([dock], [int(share * size)], Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
