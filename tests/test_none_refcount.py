"""Guard against the PySide6 6.12.0 / CPython 3.11 bug that drains None's refcount.

Every void Qt call decremented ``None``'s reference count; after a few thousand
the interpreter aborts with "deallocating None". The pin in pyproject.toml
avoids the release; this test catches a regression if the pin is loosened.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drain_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i))
        label.resize(100 + i % 7, 20)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 10,000 void Qt calls"
