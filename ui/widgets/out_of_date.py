"""A result kept on screen after the model moved on: still readable, visibly not current.

A long SMAA run is repeated only on demand, so after a weight change its
numbers stay up, and they must not read as the current weighting's. Their
text takes the style's disabled colours and their pictures are faded, while
the widgets stay enabled: the analyst can still scroll, select, copy and
switch tabs. Restoring gives back the colours they inherit.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGraphicsOpacityEffect, QWidget

FADED = 0.45  # a picture's opacity while out of date: legible, plainly not the live one
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
_ROLES = (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText)


def show_out_of_date(texts: Iterable[QWidget], pictures: Iterable[QWidget], out_of_date: bool) -> None:
    """Grey ``texts`` and fade ``pictures`` while ``out_of_date``; else give them back their own look."""
    for widget in texts:
        grey = QPalette()  # only the roles set here: the rest resolves from the parent as before
        if out_of_date:
            for group in _GROUPS:
                for role in _ROLES:
                    grey.setColor(group, role, widget.palette().color(QPalette.ColorGroup.Disabled, role))
        widget.setPalette(grey)
    for widget in pictures:
        if out_of_date:
            effect = QGraphicsOpacityEffect(widget)
            effect.setOpacity(FADED)
            widget.setGraphicsEffect(effect)
        else:
            widget.setGraphicsEffect(None)  # type: ignore[arg-type]  # Qt takes None: it removes and deletes the effect
