"""Registers to test with: controls and entries on the paper's model, and hypothesis strategies."""

from __future__ import annotations

from hypothesis import strategies as st

from core.model import DecisionModel
from core.register import Control, Effect, Register, RiskEntry

CONTROLS = (
    Control("C1", "Counter-Terrorism Service", "Grown Iraqi capability", "Government", "in place",
            "§ Conclusion", (Effect("O1", "S1", 1, 0), Effect("O3", "S1", 2, 1), Effect("O3", "R3", 1, 0))),
    Control("C2", "Intelligence cooperation with the KRG", "", "KRG", "planned", "§ Conclusion",
            (Effect("O3", "S1", 1, 1), Effect("O2", "R1", 0, 2))),
    Control("C3", "Advisory schedule", "3–4 years", "Bilateral committee", "in place", "§ Recommendations",
            (Effect("O3", "S1", 4, 4),)),
)
ENTRIES = {
    ("O3", "S1"): RiskEntry("Cells regroup → attacks → instability", "Government", "treat", "Train CTS",
                            "2027-06-30", "open", "2027-03-31"),
    ("O1", "E1"): RiskEntry(owner="Ministry of Finance", status="monitoring", review="2026-12-31"),
}


def with_register(model: DecisionModel, controls=CONTROLS, entries=None, include_planned=False) -> DecisionModel:
    """``model`` carrying a register of ``controls`` and ``entries`` (the defaults above)."""
    register = Register(entries=ENTRIES if entries is None else entries, controls=tuple(controls),
                        include_planned=include_planned)
    return model.replace(register=register)


LEVEL = st.integers(0, 4)
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Cn", "Co", "Zl", "Zp")), max_size=12)


@st.composite
def effects(draw, model: DecisionModel) -> tuple[Effect, ...]:
    """Effects on distinct risk cells of ``model``."""
    cells = [(o.id, f.id) for o in model.options for f in model.factors if f.kind == "risk"]
    chosen = draw(st.lists(st.sampled_from(cells), unique=True, max_size=6))
    return tuple(Effect(o, f, draw(LEVEL), draw(LEVEL)) for o, f in chosen)


@st.composite
def registers(draw, model: DecisionModel) -> Register:
    """A sound register on ``model``: a few controls with effects, entries on risk cells."""
    count = draw(st.integers(0, 4))
    controls = tuple(Control(f"C{i + 1}", draw(TEXT.filter(str.strip)), draw(TEXT), draw(TEXT),
                             draw(st.sampled_from(("in place", "planned"))), draw(TEXT), draw(effects(model)))
                     for i in range(count))
    return Register(controls=controls, include_planned=draw(st.booleans()))
