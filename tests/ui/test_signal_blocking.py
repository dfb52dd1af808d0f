"""Signals are blocked through QSignalBlocker or ui.widgets.common.signals_blocked, never by hand-paired calls.

A hand-paired ``blockSignals(True)`` … ``blockSignals(False)`` leaves the
object deaf when anything in between raises or returns early; a blocker
restores the previous state on every way out.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("core", "ui", "benchmarks")


def _hand_blocks(source: str) -> list[int]:
    """Lines of ``source`` that call ``blockSignals`` directly."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "blockSignals"]


def test_the_scan_finds_a_hand_paired_block():
    assert _hand_blocks("combo.blockSignals(True)\ncombo.setCurrentIndex(2)\ncombo.blockSignals(False)\n") == [1, 3]
    assert _hand_blocks("with QSignalBlocker(combo):\n    combo.setCurrentIndex(2)\n") == []


def test_no_product_module_blocks_signals_by_hand():
    files = [ROOT / "main.py", *(p for folder in PRODUCT for p in (ROOT / folder).rglob("*.py"))]
    assert len(files) > 100
    found = [f"{path.relative_to(ROOT)}:{line}" for path in files
             for line in _hand_blocks(path.read_text(encoding="utf-8"))]
    assert found == []
