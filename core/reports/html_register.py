"""The register sections of the HTML (and so the PDF) report: risks, controls, what they buy, scales.

Every word comes from the report language's catalogue (``words``, area ``register``),
every number from :class:`core.reports.data.ReportData`. A model without
risk factors gets none of these sections; a risk model with an empty
register gets one line saying so instead of empty tables.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.model import label
from core.register.cox import check_bands
from core.reports.data import ReportData
from core.reports.html_table import Cell, esc, table
from core.reports.register_rows import Levels, OptionRisks, RegisterRow, control_reach, has_register, \
    shown_per_option, total_risks

Words = Mapping[str, str]
# (text key, width in percent) of each column of the register, the controls and the scales tables.
# The register's eleven fields fit a portrait page in seven columns: treatment, action and due date share one.
REGISTER_COLUMNS = (("register.col_risk", 23), ("register.col_owner", 12), ("register.col_inherent", 12),
                    ("register.col_residual", 12), ("register.col_controls", 9), ("register.col_treatment", 18),
                    ("register.col_status", 14))
CONTROL_COLUMNS = (("register.col_id", 5), ("register.col_control", 27), ("register.col_owner", 12),
                   ("register.col_control_status", 8), ("register.col_evidence", 18), ("register.col_acts", 30))
SCALE_COLUMNS = (("register.col_level", 6), ("register.col_likelihood", 13), ("register.col_meaning", 34),
                 ("register.col_impact", 13), ("register.col_meaning", 34))
JOINT_NOISE = 1e-9  # points: a jointly taken-off rest below this is rounding in the sums, not a rest
BENEFIT_OPTIONS = 6  # option columns of the per-control table: the options the controls help most
ACTS_OPTIONS = 6  # option ids an "Acts on" line names before "and N more"
COX_FINDINGS = 6  # findings of the band check listed before "and N more"


def has_risks(data: ReportData) -> bool:
    """True when the model has risk factors (and so a register, controls and scales to report)."""
    return any(f.kind == "risk" for f in data.model.factors)


def _p(text: str, css: str = "") -> str:
    return f'<p class="{css}">{esc(text)}</p>' if css else f"<p>{esc(text)}</p>"


def rule_paragraphs(data: ReportData, words: Words) -> str:
    """The residual rule and whether planned controls count: said wherever residual numbers appear."""
    return _p(f"{words['register.rule']} {_planned(data, words)}", "note")


def _planned(data: ReportData, words: Words) -> str:
    return words["register.planned_on" if data.model.register.include_planned else "register.planned_off"]


def cox_paragraphs(data: ReportData, words: Words, language: str = "en") -> str:
    """The Cox (2008) check of the band colouring: one sentence, then the cells concerned."""
    if data.cox is None:
        return ""
    # The same check, its findings named in the report's language (the data holds the English one).
    check = data.cox if language == "en" else check_bands(data.model.bands, language)
    findings = [esc(f) for f in check.findings[:COX_FINDINGS]]
    if len(check.findings) > COX_FINDINGS:
        findings.append(esc(words["register.cox_more"].format(count=len(check.findings) - COX_FINDINGS)))
    items = f"<ul>{''.join(f'<li>{f}</li>' for f in findings)}</ul>" if findings else ""
    return f"<p><b>{esc(words['register.cox'])}</b> {esc(check.summary(language))}</p>{items}"


def register_section(data: ReportData, words: Words) -> str:
    """Per option its risks, largest residual first; one line when the register is empty."""
    if not has_risks(data):
        return ""
    head = f"<h2>{esc(words['register.register'])}</h2>"
    if not has_register(data.model):
        return head + _p(words["register.register_empty"])
    intro = [words["register.register_intro"], words["register.register_overdue"].format(date=data.date)]
    if any(not counts for risks in data.register for row in risks.rows for _, counts in row.controls):
        intro.append(words["register.register_brackets"])
    if any(o.hidden for o in data.register):
        intro.append(words["register.register_bounded"].format(shown=shown_per_option(len(data.model.options)),
                                                      total=total_risks(data.model)))
    return head + "".join(_p(t) for t in intro) + rule_paragraphs(data, words) + \
        "".join(_option_risks(data, risks, words) for risks in data.register)


def _option_risks(data: ReportData, risks: OptionRisks, words: Words) -> str:
    option = next(o for o in data.model.options if o.id == risks.option)
    rows = [_risk_row(data, row, words) for row in risks.rows]
    more = ""
    if risks.hidden:
        more = _p(words["register.register_more"].format(count=risks.hidden, option=option.id,
                                                         top=risks.hidden_top), "note")
    return (f"<h3>{esc(label(option.id, option.name, ' — '))}</h3>"
            + table([words[h] for h, _ in REGISTER_COLUMNS], rows, css="register",
                    widths=[w for _, w in REGISTER_COLUMNS]) + more)


def _risk_row(data: ReportData, row: RegisterRow, words: Words) -> list[object]:
    factor = next(f for f in data.model.factors if f.id == row.factor)
    entry = row.entry
    controls = words["document.list_sep"].join(c if counts else words["register.not_counted"].format(control=c)
                                               for c, counts in row.controls)
    treatment = _term(entry.treatment, words)
    action = words["register.treatment_action"].format(treatment=treatment, action=entry.action) \
        if treatment and entry.action else treatment or entry.action
    review = words["register.overdue"].format(date=entry.review) if row.overdue else entry.review
    return [Cell((label(factor.id, factor.name, " "), entry.statement), bold=frozenset({0})), entry.owner,
            _levels(data, row.inherent, words), _levels(data, row.residual, words), controls,
            Cell((action, words["register.due"].format(date=entry.due) if entry.due else "")),
            Cell((_term(entry.status, words), review), bold=frozenset({1}) if row.overdue else frozenset())]


def _levels(data: ReportData, levels: Levels, words: Words) -> Cell:
    bands = data.model.bands
    if levels.likelihood is None or levels.impact is None:
        text = words["register.number"].format(score=levels.score)
    else:
        text = words["register.levels"].format(likelihood=levels.likelihood, impact=levels.impact,
                                               score=levels.score)
    return Cell((text, bands.names[levels.band]), background=bands.colors[levels.band])


def _term(value: str, words: Words) -> str:
    """A register vocabulary word (treatment, status) as the report's language says it."""
    return words.get(f"register.term.{value}", value) if value else ""


def controls_section(data: ReportData, words: Words) -> str:
    """The controls (who owns them, whether they count, where they act); one line when there are none.

    An empty register has said "no controls" already: no second heading for it.
    """
    if not has_risks(data) or not has_register(data.model):
        return ""
    head = f"<h2>{esc(words['register.controls'])}</h2>"
    controls = data.model.register.controls
    if not controls:
        return head + _p(words["register.controls_empty"])
    rows = [[c.id, Cell((c.name, c.description), bold=frozenset({0})), c.owner, _term(c.status, words), c.evidence,
             _acts(data, c, words)] for c in controls]
    return (head + _p(words["register.controls_intro"]) + _p(_planned(data, words), "note")
            + table([words[h] for h, _ in CONTROL_COLUMNS], rows, css="register",
                    widths=[w for _, w in CONTROL_COLUMNS]))


def _acts(data: ReportData, control, words: Words) -> str:
    every = tuple(o.id for o in data.model.options)
    lines, sep = [], words["document.list_sep"]
    for reach in control_reach(data.model, control):
        effect = words["register.effect_join"].join(
            ([words["register.effect_l"].format(levels=reach.likelihood)] if reach.likelihood else [])
            + ([words["register.effect_i"].format(levels=reach.impact)] if reach.impact else []))
        if reach.options == every:
            options = words["register.acts_every"]
        elif len(reach.options) > ACTS_OPTIONS:
            options = words["register.acts_more"].format(options=sep.join(reach.options[:ACTS_OPTIONS]),
                                                count=len(reach.options) - ACTS_OPTIONS)
        else:
            options = sep.join(reach.options)
        lines.append(words["register.acts_on"].format(factor=reach.factor, effect=effect, options=options))
    return words["document.clause_sep"].join(lines) or words["register.acts_nowhere"]


def scales_section(data: ReportData, words: Words) -> str:
    """What each level 1–5 of likelihood and impact means."""
    if not has_risks(data):
        return ""
    scales = data.model.register.scales
    rows = [[level, lik.label, lik.description, imp.label, imp.description]
            for level, (lik, imp) in enumerate(zip(scales.likelihood, scales.impact), start=1)]
    # The table follows its heading directly, so the PDF keeps the two together (ui.reports.pdf._keep_heading).
    return (f"<h2>{esc(words['register.scales'])}</h2>"
            + table([words[h] for h, _ in SCALE_COLUMNS], rows, {0}, css="register",
                    widths=[w for _, w in SCALE_COLUMNS]))


def benefits_section(data: ReportData, words: Words) -> str:
    """Per option the drop in weighted risk from inherent to residual; per control its contribution."""
    benefits = data.benefits
    if not has_risks(data) or benefits is None or not benefits.controls:
        return ""
    options = [[label(o.option, o.name, " "), f"{o.inherent:.2f}", f"{o.residual:.2f}", f"{o.drop:.2f}"]
               for o in benefits.options]
    shown = sorted(sorted(range(len(benefits.options)), key=lambda i: -benefits.options[i].drop)[:BENEFIT_OPTIONS])
    heads = [words["register.col_control"], *(benefits.options[i].option for i in shown),
             words["register.benefit_total"]]
    controls = [[c.control if c.counts else words["register.not_counted"].format(control=c.control),
                 *(f"{c.contributions[i]:.2f}" for i in shown), f"{c.total:.2f}"] for c in benefits.controls]
    joint = [benefits.joint(o.option) for o in benefits.options]
    # Controls meeting on a cell: the rest of the drop, so the counting rows add up to it (not float noise).
    if max(joint, default=0.0) > JOINT_NOISE:
        controls.append([words["register.benefit_joint"], *(f"{joint[i]:.2f}" for i in shown),
                         f"{sum(joint):.2f}"])
    bounded = len(shown) < len(benefits.options)
    lead = words["register.benefit_controls_bounded"].format(shown=len(shown)) if bounded \
        else words["register.benefit_controls"]
    if not all(c.counts for c in benefits.controls):
        lead += " " + words["register.register_brackets"]
    none = "" if any(c.counts for c in benefits.controls) else _p(words["register.benefits_none"])
    return (f"<h2>{esc(words['register.benefits'])}</h2>"
            + _p(words["register.benefits_intro"].format(profile=benefits.profile))
            + rule_paragraphs(data, words) + none
            + table([words[h] for h in ("register.col_option", "register.col_weighted_inherent",
                                        "register.col_weighted_residual", "register.col_drop")],
                    options, {1, 2, 3})
            + _p(lead) + table(heads, controls, set(range(1, len(heads)))) + _p(words["register.benefit_note"], "note"))
