"""The built-in model matches the baseline of the product brief (PRODUCT.md)."""

from __future__ import annotations

import re

import pytest

from core.bilingual import localized, text_paths

# PRODUCT.md, "Illustrative baseline": factor -> (impact, likelihood O1..O5).
BASELINE = {
    "E1": (5, [4, 2, 1, 2, 1]), "E2": (5, [4, 2, 2, 2, 2]), "E3": (4, [3, 2, 1, 2, 1]),
    "E4": (3, [5, 3, 2, 3, 3]), "E5": (4, [4, 3, 2, 3, 2]), "P1": (3, [5, 4, 2, 2, 1]),
    "P2": (4, [3, 3, 2, 5, 1]), "P3": (3, [4, 3, 2, 3, 1]), "P4": (2, [4, 3, 3, 4, 3]),
    "P5": (4, [1, 2, 3, 3, 5]), "S1": (4, [2, 2, 3, 3, 5]), "R1": (3, [4, 3, 2, 3, 3]),
    "R2": (3, [4, 3, 2, 3, 4]), "R3": (4, [5, 4, 2, 3, 1]), "R4": (5, [4, 3, 2, 3, 2]),
    "R5": (4, [5, 4, 2, 3, 1]), "R6": (4, [4, 3, 2, 2, 2]),
}
PROFILES = ["Equal weights", "Paper's emphasis", "Sovereignty first", "Economy first", "Counter-terrorism first"]


def test_factors_options_and_groups(paper_model):
    assert [f.id for f in paper_model.factors] == list(BASELINE)
    assert [o.id for o in paper_model.options] == ["O1", "O2", "O3", "O4", "O5"]
    assert [g.name for g in paper_model.criteria] == ["Economic", "Political", "Security", "Regional & strategic"]
    assert all(f.kind == "risk" and f.direction == "cost" and f.evidence for f in paper_model.factors)


@pytest.mark.parametrize("factor", list(BASELINE))
def test_baseline_scores_and_rationales(paper_model, factor):
    impact, likelihoods = BASELINE[factor]
    for option, likelihood in zip(paper_model.options, likelihoods):
        score = paper_model.score(option.id, factor)
        assert (score.likelihood, score.impact) == (likelihood, impact)
        assert score.rationale.strip() and score.evidence.strip()


def test_mitigating_evidence_on_r3_to_r6(paper_model):
    noted = [f.id for f in paper_model.factors if "Counter-Terrorism Service" in f.notes]
    assert noted == ["R3", "R4", "R5", "R6"]


def test_profiles_named_as_in_the_brief(paper_model):
    assert [p.name for p in paper_model.profiles] == PROFILES


def test_equal_weights_gives_every_factor_one_seventeenth(paper_model):
    weights = paper_model.global_weights(paper_model.profile("Equal weights"))
    assert weights == pytest.approx({f: 1 / 17 for f in BASELINE})


def test_papers_emphasis_group_shares(paper_model):
    weights = paper_model.global_weights(paper_model.profile("Paper's emphasis"))
    share = {g: sum(weights[f] for f in BASELINE if f[0] == g) for g in "EPSR"}
    assert share == pytest.approx({"E": 0.30, "P": 0.15, "S": 0.15, "R": 0.40})


def test_the_baseline_is_labelled_as_an_illustrative_reading(paper_model):
    assert "illustrative first reading" in paper_model.source and "Al-Bayan" in paper_model.source


# The register: the paper's controls (Conclusion's driving factors in place, the Recommendations planned).
CONTROLS = {"C1": ("in place", "Conclusion, driving factor 1"), "C2": ("in place", "Conclusion, driving factor 2"),
            "C3": ("in place", "Conclusion, driving factor 3"), "C4": ("planned", "Recommendations, 1"),
            "C5": ("planned", "Recommendations, 2"), "C6": ("planned", "Recommendations, 3")}


def test_the_papers_controls_with_status_and_section(paper_model):
    register = paper_model.register
    assert {c.id: (c.status, c.evidence) for c in register.controls} == CONTROLS
    assert register.include_planned is False
    assert all(c.name and c.owner and c.effects for c in register.controls)


def test_each_effect_is_justified_in_the_description_citing_the_section(paper_model):
    for control in paper_model.register.controls:
        justification = control.description.split("Effect: ", 1)[1]
        assert justification.endswith(")."), control.id
        assert control.evidence in justification, control.id  # e.g. "(Recommendations, 2)."
        named = set(re.findall(r"\(([EPSR]\d)\)", justification))
        acted = {effect.factor for effect in control.effects}
        assert acted <= named, f"{control.id} acts on {acted - named}, which its justification does not name"


def test_every_effect_is_one_level_on_one_axis(paper_model):
    for control in paper_model.register.controls:
        for effect in control.effects:
            assert (effect.likelihood, effect.impact) in ((1, 0), (0, 1)), control.id  # one level, one axis


def test_register_entries_where_the_paper_names_who_acts(paper_model):
    entries = paper_model.register.entries
    owners = {entry.owner for entry in entries.values()}
    assert any("Bilateral committee" in o for o in owners) and any("Kurdistan" in o for o in owners)
    assert any(o == "Iraqi government" for o in owners)
    for (option, factor), entry in entries.items():
        assert paper_model.criterion(factor).kind == "risk" and paper_model.score(option, factor).likelihood
        assert entry.statement.count("→") == 2, (option, factor)  # cause → event → consequence
        assert entry.treatment == "treat" and entry.action and entry.review


def test_the_register_is_labelled_as_an_illustrative_reading(paper_model):
    assert "register" in paper_model.source and "illustrative reading" in paper_model.source


def test_the_built_in_bands_pass_cox(paper_model):
    from core.register.cox import check_bands

    assert check_bands(paper_model.bands).ok


def test_no_arabic_text_of_the_model_writes_a_range_with_a_dash(paper_model):
    # In a right-to-left line "2023-2024" after Arabic words shows as 2024-2023: Arabic writes «عامَي 2023 و2024».
    texts = text_paths(localized(paper_model, "ar"))
    ranges = {address: text for address, text in texts.items()
              if re.search("[\u0600-\u06ff]", text) and re.search(r"\d\s*[-–]\s*\d", text)}
    assert len(texts) > 100 and not ranges, ranges
