"""The words the register sections of the HTML and PDF reports use, in one catalogue.

English by default; a writer takes ``texts`` to override any of them (as
the charts do, :data:`core.charts.TEXTS`), so a translated report swaps this
mapping and changes no writer. Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

REPORT_TEXTS = {
    # Sections
    "register": "Risk register",
    "controls": "Controls",
    "benefits": "What the controls buy",
    "scales": "Descriptor scales",
    # The basis the ranking is on
    "basis_inherent": "inherent risk (likelihood and impact as scored, before any control).",
    "basis_residual": "residual risk (likelihood and impact after the controls that count).",
    "fact_basis": "Basis",
    "basis_label": "Basis:",
    "matrix_residual": "Residual likelihood × impact: the cells after the controls that count.",
    "inherent": "inherent",
    "residual": "residual",
    # The register
    "register_intro": "One row per risk (option × risk factor), largest residual risk first; "
                      "scores are likelihood × impact and their band.",
    "register_overdue": "A review date before {date} (the report date) on a risk that is not closed is "
                        "marked overdue.",
    "register_bounded": "To keep the report readable each option lists its {shown} largest residual risks; "
                        "the whole register ({total} risks) is in the workbook's Risk register sheet.",
    "register_more": "{count} more risks of {option}, residual risk {top:g} or less, are not listed.",
    "register_empty": "No register entries and no controls yet: residual risk equals inherent risk "
                      "(the risk matrix lists every cell).",
    "register_brackets": "A control in brackets is planned and does not count.",
    "col_risk": "Risk: factor and statement",
    "col_owner": "Owner",
    "col_inherent": "Inherent L × I",
    "col_residual": "Residual L × I",
    "col_controls": "Controls",
    "col_treatment": "Treatment, action, due",
    "col_status": "Status, review",
    "due": "due {date}",
    "levels": "{likelihood} × {impact} = {score:g}",
    "number": "{score:g}",
    "overdue": "{date} overdue",
    "not_counted": "({control})",
    "treatment_action": "{treatment}: {action}",
    # Controls
    "controls_intro": "Each control lowers the likelihood (L) and/or impact (I) of the cells it acts on by "
                      "whole levels.",
    "planned_on": "Planned controls count towards residual risk (Include planned controls is on).",
    "planned_off": "Planned controls do not count towards residual risk (Include planned controls is off); "
                   "only controls in place do.",
    "controls_empty": "No controls: residual risk equals inherent risk.",
    "col_id": "Id",
    "col_control": "Control",
    "col_control_status": "Status",
    "col_evidence": "Evidence",
    "col_acts": "Acts on",
    "effect_l": "−{levels} L",
    "effect_i": "−{levels} I",
    "effect_join": " / ",
    "acts_every": "every option",
    "acts_more": "{options} and {count} more",
    "acts_on": "{factor} ({effect}): {options}",
    "acts_nowhere": "nowhere yet",
    # What the controls buy
    "benefits_intro": "Weighted risk: Σ global weight × likelihood × impact over the risk factors (1–25 points), "
                      "profile “{profile}”; inherent before the controls, residual after the controls that count.",
    "col_option": "Option",
    "col_weighted_inherent": "Inherent",
    "col_weighted_residual": "Residual",
    "col_drop": "Drop",
    "benefit_controls": "Per control: how much higher the residual weighted risk would be without it.",
    "benefit_controls_bounded": "Per control, for the {shown} options with the largest drop: how much higher "
                                "the residual weighted risk would be without it.",
    "benefit_total": "Sum over options",
    "benefit_joint": "Taken off jointly",
    "benefits_none": "No control counts under this register's setting: residual equals inherent for every option.",
    # Descriptor scales
    "col_level": "Level",
    "col_likelihood": "Likelihood",
    "col_impact": "Impact",
    "col_meaning": "Meaning",
    # The register's vocabulary (stored in English; shown as these words say)
    "term.treat": "treat",
    "term.tolerate": "tolerate",
    "term.transfer": "transfer",
    "term.terminate": "terminate",
    "term.open": "open",
    "term.monitoring": "monitoring",
    "term.closed": "closed",
    "term.in place": "in place",
    "term.planned": "planned",
    # The Cox (2008) check of the band colouring
    "cox": "Band colouring check:",
    "cox_more": "… and {count} more findings.",
}


def report_texts(texts: Mapping[str, str] | None = None) -> dict[str, str]:
    """:data:`REPORT_TEXTS` with ``texts`` laid over it."""
    return {**REPORT_TEXTS, **(texts or {})}
