"""The built-in model: the Iraq withdrawal question from the Al-Bayan paper."""

from __future__ import annotations

from pathlib import Path

from core.model import DecisionModel
from core.storage.jsonio import parse_json
from core.storage.project import model_from_data

RESOURCE = "iraq_withdrawal.mizan"
# Found beside the package, as the window's translations are (ui.i18n): importlib.resources would cost the
# window's start-up more than reading the file.
PATH = Path(__file__).resolve().parent.parent / "resources" / RESOURCE


def builtin_model() -> DecisionModel:
    """The paper's model as shipped in ``resources/``."""
    text = PATH.read_text(encoding="utf-8")
    return model_from_data(parse_json(text, RESOURCE), RESOURCE)
