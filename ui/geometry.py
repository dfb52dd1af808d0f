"""Every window opens within the screen it is on and comes back at the size the analyst left it.

A laptop screen of 1366 × 768 is the smallest the desk is made for; a window
asked to open larger is shrunk to the available area (less room for the
title bar a window manager adds), and a remembered size that no longer fits
(another screen) is shrunk the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

TITLE_BAR = 32  # px the window manager's frame takes above the window


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less where the available screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    size = QSize(min(width, area.width()), min(height, area.height() - TITLE_BAR))
    widget.resize(size.expandedTo(widget.minimumSize()).boundedTo(area.size()))


def remembered(dialog: QDialog, name: str, width: int, height: int) -> None:
    """Open ``dialog`` at its last size (else ``width`` × ``height``), fitted to the screen; remember it on close."""
    settings = Settings()
    saved = settings.dialog_geometry(name)
    if not (saved.size() and dialog.restoreGeometry(saved)):
        fit(dialog, width, height)
    else:
        fit(dialog, dialog.width(), dialog.height())
    dialog.finished.connect(lambda _result: settings.set_dialog_geometry(name, dialog.saveGeometry()))
