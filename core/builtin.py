"""The built-in model: the Iraq withdrawal question from the Al-Bayan paper."""

from __future__ import annotations

from importlib import resources

from core.model import DecisionModel
from core.storage.jsonio import parse_json
from core.storage.project import model_from_data

RESOURCE = "iraq_withdrawal.mizan"


def builtin_model() -> DecisionModel:
    """The paper's model as shipped in ``resources/``."""
    text = resources.files("resources").joinpath(RESOURCE).read_text(encoding="utf-8")
    return model_from_data(parse_json(text, RESOURCE), RESOURCE)
