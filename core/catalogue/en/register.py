"""English texts of the register area: the risk register, controls, benefits and scales sections."""

TEXTS: dict[str, str] = {
    # Sections
    "register.register": "Risk register",
    "register.controls": "Controls",
    "register.benefits": "What the controls buy",
    "register.scales": "Descriptor scales",
    # The basis the ranking is on
    "register.basis_inherent": "inherent risk (likelihood and impact as scored, before any control).",
    "register.basis_residual": "residual risk (likelihood and impact after the controls that count).",
    "register.basis_label": "Basis:",
    "register.matrix_residual": "Residual likelihood × impact: the cells after the controls that count.",
    "register.inherent": "inherent",
    "register.residual": "residual",
    # The register
    "register.register_intro": "One row per risk (option × risk factor), largest residual risk first; "
                      "scores are likelihood × impact and their band.",
    "register.register_overdue": "A review date before {date} (the report date) on a risk that is not closed is "
                        "marked overdue.",
    "register.register_bounded": "To keep the report readable each option lists its {shown} largest residual risks; "
                        "the whole register ({total} risks) is in the workbook's Risk register sheet.",
    "register.register_more": "{count} more risks of {option}, residual risk {top:g} or less, are not listed.",
    "register.register_empty": "No register entries and no controls yet: residual risk equals inherent risk "
                      "(the risk matrix lists every cell).",
    "register.register_brackets": "A control in brackets is planned and does not count.",
    "register.col_risk": "Risk: factor and statement",
    "register.col_owner": "Owner",
    "register.col_inherent": "Inherent L × I",
    "register.col_residual": "Residual L × I",
    "register.col_controls": "Controls",
    "register.col_treatment": "Treatment, action, due",
    "register.col_status": "Status, review",
    "register.due": "due {date}",
    "register.levels": "{likelihood} × {impact} = {score:g}",
    "register.number": "{score:g}",
    "register.overdue": "{date} overdue",
    "register.not_counted": "({control})",
    "register.treatment_action": "{treatment}: {action}",
    # Controls
    "register.controls_intro": "Each control lowers the likelihood (L) and/or impact (I) of the cells it acts on by "
                      "whole levels.",
    "register.planned_on": "Planned controls count towards residual risk (Include planned controls is on).",
    "register.planned_off": "Planned controls do not count towards residual risk (Include planned controls is off); "
                   "only controls in place do.",
    "register.controls_empty": "No controls: residual risk equals inherent risk.",
    "register.col_id": "Id",
    "register.col_control": "Control",
    "register.col_control_status": "Status",
    "register.col_evidence": "Evidence",
    "register.col_acts": "Acts on",
    "register.effect_l": "−{levels} L",
    "register.effect_i": "−{levels} I",
    "register.effect_join": " / ",
    "register.acts_every": "every option",
    "register.acts_more": "{options} and {count} more",
    "register.acts_on": "{factor} ({effect}): {options}",
    "register.acts_nowhere": "nowhere yet",
    # What the controls buy
    "register.benefits_intro": "Weighted risk: Σ global weight × likelihood × impact over the risk factors (1–25 points), "
                      "profile “{profile}”; inherent before the controls, residual after the controls that count.",
    "register.col_option": "Option",
    "register.col_weighted_inherent": "Inherent",
    "register.col_weighted_residual": "Residual",
    "register.col_drop": "Drop",
    "register.benefit_controls": "Per control: how much higher the residual weighted risk would be without it.",
    "register.benefit_controls_bounded": "Per control, for the {shown} options with the largest drop: how much higher "
                                "the residual weighted risk would be without it.",
    "register.benefit_total": "Sum over options",
    "register.benefit_joint": "Taken off jointly",
    "register.benefits_none": "No control counts under this register's setting: residual equals inherent for every option.",
    # Descriptor scales
    "register.col_level": "Level",
    "register.col_likelihood": "Likelihood",
    "register.col_impact": "Impact",
    "register.col_meaning": "Meaning",
    # The register's vocabulary (stored in English; shown as these words say)
    "register.term.treat": "treat",
    "register.term.tolerate": "tolerate",
    "register.term.transfer": "transfer",
    "register.term.terminate": "terminate",
    "register.term.open": "open",
    "register.term.monitoring": "monitoring",
    "register.term.closed": "closed",
    "register.term.in place": "in place",
    "register.term.planned": "planned",
    # The Cox (2008) check of the band colouring
    "register.cox": "Band colouring check:",
    "register.cox_more": "… and {count} more findings.",
    # Where residual numbers appear, and why contributions need not add up (core.register.residual, .benefit)
    "register.rule": "Residual likelihood and impact are the inherent levels lowered by every control that counts "
                     "(controls in place, and planned ones when they are included), never below 1.",
    "register.benefit_note": "A control's contribution is what the residual weighted risk would rise by without it, "
                             "every other counting control kept (for a control that does not count: what it would "
                             "take off if it did). Controls on the same cell work together: no level falls below 1, "
                             "and risk is likelihood × impact, so two controls take off more together than their "
                             "contributions add up to. The contributions therefore add up to the drop from inherent "
                             "to residual only when no two controls meet on a cell; otherwise they add up to less, "
                             "and the rest is taken off jointly.",
    "register.cox_one_band": "The band colouring shows one band ({band}) on the 5 × 5 grid, so Cox's (2008) checks "
                             "have nothing to compare.",
    "register.cox_passes": "The band colouring passes Cox's (2008) weak consistency and betweenness checks on the "
                           "5 × 5 grid: {top} cells hold larger risks than {bottom} cells, and a band lies between "
                           "them everywhere.",
    "register.cox_fails_weak": "The band colouring fails Cox's (2008) weak consistency check on the 5 × 5 grid: "
                               "{finding}{more}.",
    "register.cox_fails_between": "The band colouring fails Cox's (2008) betweenness check on the 5 × 5 grid: "
                                  "{finding}{more}.",
    "register.cox_fails_both": "The band colouring fails Cox's (2008) weak consistency and betweenness checks on "
                               "the 5 × 5 grid: {finding}{more}.",
    "register.cox_more_one": " (1 more finding)",
    "register.cox_more_many": " ({count} more findings)",
    # Cox's findings: the cells and bands concerned (core.register.cox)
    "register.cox_band": "band {number}",
    "register.cox_cell": "L{likelihood} × I{impact} ({score}, {band})",
    "register.cox_weak": "{cell} holds risks down to {floor:.2f}, below the {peak:.2f} reached by {cells}{others}",
    "register.cox_others_one": " and 1 other {band} cell",
    "register.cox_others_many": " and {count} other {band} cells",
    "register.cox_between": "{cell} borders {cells} with no band between",
    "register.cox_corner": " at a corner",
}
