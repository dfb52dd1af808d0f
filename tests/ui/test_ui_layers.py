"""Layers inside ui/ are one-way (DESIGN.md: layers inside the interface too).

From the top: the entry points, the window, its menu controllers, the
features (robustness, dialogs), the widgets, the table models, the document,
and the base every layer may use (workers, child processes, settings, recovery, system libraries, report
writers). A module imports only from its own layer or the ones below; the
command line is the window's sibling: it may start the GUI through ui.app
and share the report writers, and nothing of the window imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = (
    ("ui.app",),
    ("ui.main_window",),
    ("ui.actions",),
    ("ui.robustness", "ui.dialogs"),
    ("ui.widgets",),
    ("ui.models",),
    ("ui.document", "ui.undo"),
    ("ui.analysis_cache",),
    ("ui.workers", "ui.processes", "ui.settings", "ui.recovery", "ui.reports", "ui.system_libraries", "ui.i18n",
     "ui.bidi", "ui.geometry",
     "ui.shortcuts", "ui.working_copy", "ui.shown_language"),
)
CLI = "ui.cli"
CLI_MAY_USE = ("ui.cli", "ui.app", "ui.reports")


def _owner(module: str, prefixes: tuple[str, ...]) -> str | None:
    return next((p for p in prefixes if module == p or module.startswith(p + ".")), None)


def _layer(module: str) -> int | None:
    return next((n for n, names in enumerate(LAYERS) if _owner(module, names)), None)


def _imported(source: str) -> list[str]:
    """The ui modules ``source`` imports: ``from ui import i18n`` imports ``ui.i18n``, not the bare package."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [f"ui.{a.name}" for a in node.names] if node.module == "ui" else [node.module]
    return [name for name in names if name == "ui" or name.startswith("ui.")]


def _imports() -> list[tuple[str, str]]:
    """(importing module, imported ui module) for every import in ui/, those inside functions included."""
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        found += [(module, name) for name in _imported(path.read_text(encoding="utf-8"))]
    return found


def test_every_import_form_names_the_module_it_imports():
    assert _imported("from ui import main_window, i18n\nimport ui.cli.score\nfrom ui.widgets.common import x\n"
                     "def f():\n    from ui import cli\n") == \
        ["ui.main_window", "ui.i18n", "ui.cli.score", "ui.widgets.common", "ui.cli"]


def test_every_ui_module_belongs_to_a_layer_or_the_command_line():
    modules = {module for module, _ in _imports()} | {name for _, name in _imports()}
    assert len(modules) > 40
    assert [m for m in modules if m != "ui" and _layer(m) is None and not _owner(m, (CLI,))] == []


def test_layers_inside_ui_are_one_way():
    upward = [f"{module} imports {name}" for module, name in _imports()
              if _layer(module) is not None and _layer(name) is not None and _layer(name) < _layer(module)]
    assert upward == []


def test_the_command_line_and_the_window_are_siblings():
    into_cli = [f"{module} imports {name}" for module, name in _imports()
                if _owner(name, (CLI,)) and not _owner(module, (CLI,))]
    out_of_cli = [f"{module} imports {name}" for module, name in _imports()
                  if _owner(module, (CLI,)) and not _owner(name, CLI_MAY_USE)]
    assert into_cli == [] and out_of_cli == []
