"""The HTML report: self-contained (charts embedded), every user text escaped.

The same document, with images named instead of embedded, is what the PDF
writer lays out on pages, so both formats say the same thing. Every word the
report itself writes is its language's (:func:`core.reports.words.report_words`);
the model's own texts are written as the model holds them (the caller passes
the model in the report's language). An Arabic report is laid out right to
left (``dir="rtl"``), and each text of the model sits in its own bidi
isolate, so an English name inside an Arabic sentence keeps its order.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable, Mapping

from core.model import RISK_MAX, DecisionModel, label
from core.reports.data import ReportData
from core.reports.caveats import caveats, executive_summary
from core.reports.html_register import Words, benefits_section, controls_section, cox_paragraphs, has_risks, \
    register_section, rule_paragraphs, scales_section
from core.reports.html_table import esc as _e, isolate_texts, table as _table
from core.reports.methodology import method_label, methodology
from core.reports.words import RIGHT_TO_LEFT, report_words

STYLE = """
body { font-family: FONTS; font-size: 10pt; color: #1a1a1a; margin: 2em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; border-bottom: 1px solid #9aa5b1;
margin-top: 1.6em; } table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #c5ccd3; padding: 3px 6px; vertical-align: top; }
th { background: #dde3ea; } td.num { text-align: END; } td.c { text-align: center; }
p.note { color: #555; font-style: italic; } img { max-width: 100%; }
table.register td, table.register th { font-size: 7.5pt; padding: 2px 3px; }
"""

ImageSource = Callable[[str, object], str]
IMAGE_WIDTH = 640
BASIS_WORDS = {"inherent": "register.inherent", "residual": "register.residual"}  # the basis in the facts table


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return buffer.getvalue()


def embedded(name: str, figure) -> str:
    """An ``<img>`` source that carries the chart itself (a data URI)."""
    return "data:image/png;base64," + base64.b64encode(_png(figure)).decode("ascii")


def style(language: str) -> str:
    """The report's CSS: Arabic letters in the shipped Naskh face, numbers aligned at the line's end."""
    rtl = direction(language) == "rtl"
    fonts = "'Noto Naskh Arabic', 'DejaVu Sans', Arial, sans-serif" if rtl else "'DejaVu Sans', Arial, sans-serif"
    style = STYLE.replace("FONTS", fonts).replace("END", "left" if rtl else "right")
    # Naskh's line box is half as tall again as DejaVu's (room for stacked marks that prose rarely has).
    # Arabic has no italic (Naskh has no italic face, and a slanted one is faked): notes and evidence stay upright,
    # set apart by their grey and their brackets.
    return style + ("p, li, td, th, h1, h2, h3 { line-height: 80%; } i, em, p.note { font-style: normal; }"
                    if rtl else "")


def direction(language: str) -> str:
    """The HTML ``dir`` of a report in ``language``: "rtl" or "ltr"."""
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


def _title(data: ReportData, body: str, words: Words, language: str) -> str:
    model = data.model
    facts = [(words["document.fact_date"], data.date), (words["document.fact_profile"], data.profile.name),
             (words["document.fact_method"], method_label(data.method, language)),
             (words["document.fact_basis"], words[BASIS_WORDS[data.basis]] if has_risks(data) else ""),
             (words["document.fact_source"], model.source)]
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts if v)
    # The contents name the sections this report has, as its headings spell them.
    contents = "".join(f"<li>{name}</li>" for name in re.findall(r"<h2[^>]*>(.*?)</h2>", body))
    lines = executive_summary(data, language)
    if data.basis != "inherent" and has_risks(data):
        lines.insert(1, (words["register.basis_label"], words[f"register.basis_{data.basis}"]))
    summary = "".join(f"<p><b>{_e(k)}</b> {_e(v)}</p>" for k, v in lines)
    return (f'<h1>{_e(model.title or words["document.untitled"])}</h1>'
            f'<p>{_e(model.question)}</p><h3>{_e(words["document.summary"])}</h3>{summary}<table>{rows}</table>'
            f'<h3>{_e(words["document.contents"])}</h3><ul>{contents}</ul>')


def _ranking(data: ReportData, image: ImageSource, words: Words, language: str) -> str:
    from core.charts import ranking_chart
    from core.charts.base import chart_style, chart_texts

    ranking = data.main.ranking()
    named = any(r["name"] != r["option"] for r in ranking)  # spreadsheet models: the name is the id
    rows = [[r["rank"], r["option"], *([r["name"]] if named else []), f"{r['score']:.4f}"] for r in ranking]
    with chart_style(language):  # the figure is drawn here, so its texts take the language's font
        figure = ranking_chart([label(r["option"], r["name"], " ") for r in ranking], [r["score"] for r in ranking],
                               [r["rank"] for r in ranking], data.main.result.better, texts=chart_texts(language),
                               right_to_left=direction(language) == "rtl")
        source = image("ranking", figure)
    better = words[f"document.better_{data.main.result.better}"]
    head = [words["document.col_rank"], words["document.col_option"], *([words["document.col_name"]] if named else []),
            words["document.col_score"]]
    lead = words["document.ranking_method"].format(method=method_label(data.method, language), better=better)
    # The title page ends here (Qt's layout honours page breaks on blocks, not on divs).
    return (f'<h2 style="page-break-before: always">{_e(words["document.ranking"])}</h2><p>{_e(lead)}</p>'
            + (f"<p><b>{_e(words['register.basis_label'])}</b> {_e(words[f'register.basis_{data.basis}'])}</p>"
               if has_risks(data) else "")
            + _table(head, rows, {0, len(rows[0]) - 1})
            + f'<p><img alt="{_e(words["document.ranking_alt"])}" width="{IMAGE_WIDTH}" '
              f'src="{source}"></p>')


def _matrix(data: ReportData, words: Words, language: str) -> str:
    model = data.ranked_model
    risks = [f for f in model.factors if f.kind == "risk"]
    head = [words["document.col_option"]] + [f.id for f in model.factors]
    rows = []
    for option in model.options:
        cells = [f"<td>{_e(option.id)}</td>"]
        for factor in model.factors:
            number = model.score(option.id, factor.id).number
            color = model.bands.colors[model.bands.band(number)] if factor.kind == "risk" else "#ffffff"
            cells.append(f'<td class="c" style="background:{_e(color)}">{number:g}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    table = (f"<table><thead><tr>{''.join(f'<th>{_e(h)}</th>' for h in head)}</tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>")
    pairs = [(o.id, o.name) for o in model.options] + [(f.id, f.name) for f in model.factors]
    names = "".join(f"<li>{_e(ident)}: {_e(name)}</li>" for ident, name in pairs if name != ident)
    key = f"<ul>{names}</ul>" if names else ""
    if not risks:
        return (f'<h2>{_e(words["document.matrix"])}</h2><p>{_e(words["document.matrix_direct"])}</p>'
                f"{table}{key}")
    legend = words["document.list_sep"].join(words["document.band_upper"].format(name=n, upper=u)
                                             for n, u in zip(model.bands.names, model.bands.upper))
    residual = (f"<p>{_e(words['register.matrix_residual'])}</p>" + rule_paragraphs(data, words)
                if data.basis == "residual" else "")
    return (f'<h2>{_e(words["document.risk_matrix"])}</h2>'
            f'<p>{_e(words["document.risk_bands"].format(legend=legend))}</p>{residual}'
            + cox_paragraphs(data, words, language) + f"{table}{key}"
            + "".join(_grid(model, option, words) for option in model.options))


def _grid(model: DecisionModel, option, words: Words) -> str:
    """The 5 × 5 likelihood × impact grid of one option, factors placed in their cells."""
    rows = []
    for likelihood in range(RISK_MAX, 0, -1):
        cells = [f"<th>{likelihood}</th>"]
        for impact in range(1, RISK_MAX + 1):
            ids = " ".join(f.id for f in model.factors if f.kind == "risk" and
                           (model.score(option.id, f.id).likelihood, model.score(option.id, f.id).impact)
                           == (likelihood, impact))
            color = model.bands.colors[model.bands.band(likelihood * impact)]
            cells.append(f'<td class="c" width="18%" style="background:{_e(color)}">{_e(ids)}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    foot = (f'<tr><th>{_e(words["document.grid_corner"])}</th>'
            + "".join(f"<th>{i}</th>" for i in range(1, RISK_MAX + 1)) + "</tr>")
    title = words["document.grid_title"].format(option=label(option.id, option.name, " — "))
    return f"<h3>{_e(title)}</h3><table width=\"80%\"><tbody>{''.join(rows)}{foot}</tbody></table>"


def _weights(data: ReportData, words: Words) -> str:
    model, weights = data.model, data.main.weights
    rows = []
    for node, depth, _ in model.walk():
        total = sum(weights[f.id] for f in _leaves(node))
        rows.append(["\u2003" * depth + label(node.id, node.name, " "), f"{total:.1%}"])
    return (f'<h2>{_e(words["document.weights"])}</h2>'
            f'<p>{_e(words["document.weights_profile"].format(profile=data.profile.name))}</p>'
            + _table([words["document.col_criterion"], words["document.col_global"]], rows, {1}))


def _leaves(node):
    return [node] if not node.is_group else [leaf for child in node.children for leaf in _leaves(child)]


def _profiles(data: ReportData, words: Words) -> str:
    names = list(data.profiles)
    rows = [[f.id] + [f"{data.profiles[n].weights[f.id]:.1%}" for n in names] for f in data.model.factors]
    ranks = [[o.id] + [int(data.profiles[n].result.ranks[i]) for n in names]
             for i, o in enumerate(data.model.options)]
    numeric = set(range(1, len(names) + 1))
    notes = "".join(f"<li><b>{_e(p.name)}</b>: {_e(p.notes)}</li>" for p in data.model.profiles if p.notes)
    return (f'<h2>{_e(words["document.profiles"])}</h2><p>{_e(words["document.profiles_intro"])}</p>'
            + _table([words["document.col_factor"], *names], rows, numeric)
            + _table([words["document.col_option"], *names], ranks, numeric)
            + (f'<h3>{_e(words["document.profiles_why"])}</h3><ul>{notes}</ul>' if notes else ""))


def _robustness(data: ReportData, words: Words, language: str) -> str:
    from core.reports.robustness import acceptability_rows, convergence_text, summary_sentences, \
        threshold_rows, tornado_rows

    result = data.robustness
    if result is None:
        return ""
    n = len(result.smaa.options)
    shares = [[row[0], *(f"{v:.1%}" for v in row[1:n + 1]), row[n + 1]] for row in acceptability_rows(result)]
    numeric = set(range(1, n + 2))
    ranks = [words["document.col_rank_n"].format(rank=r) for r in range(1, n + 1)]
    thresholds = [words[key] for key in ("document.col_criterion", "document.col_weight", "document.col_lower",
                                         "document.col_upper", "document.col_first_below", "document.col_first_above",
                                         "document.col_found_by")]
    tornado = [words[key] for key in ("document.col_moves", "document.col_range", "document.col_lead_low",
                                      "document.col_lead_high")]
    return (f'<h2>{_e(words["document.robustness"])}</h2>'
            + "".join(f"<p><b>{_e(s)}</b></p>" for s in summary_sentences(result, language))
            + f'<h3>{_e(words["document.acceptability"])}</h3>'
            + _table([words["document.col_option"], *ranks, words["document.col_confidence"]], shares, numeric)
            + f'<p class="note">{_e(convergence_text(result, language))}</p>'
            + f'<h3>{_e(words["document.thresholds"])}</h3>'
            + _table(thresholds, threshold_rows(result, language), {1, 2, 3})
            + f'<h3>{_e(words["document.tornado"])}</h3>' + _table(tornado, tornado_rows(result, language), {2, 3}))


def _evidence(data: ReportData, words: Words) -> str:
    model = data.model
    parts = [f'<h2>{_e(words["document.evidence"])}</h2>']
    if model.source:
        parts.append(f'<p>{_e(words["document.source"].format(source=model.source))}</p>')
    for factor in model.factors:
        sections = words["document.clause_sep"].join(factor.evidence)
        parts.append(f"<h3>{_e(label(factor.id, factor.name, ' '))}</h3><p>{_e(factor.description)}"
                     + (f" <i>({_e(sections)})</i>" if sections else "") + "</p>")
        if factor.notes:
            parts.append(f'<p class="note">{_e(factor.notes)}</p>')
        rows = [[o.id, _score_text(model.score(o.id, factor.id)), model.score(o.id, factor.id).rationale,
                 model.score(o.id, factor.id).evidence] for o in model.options]
        value = words["document.col_risk_score" if factor.kind == "risk" else "document.col_value"]
        parts.append(_table([words["document.col_option"], value, words["document.col_rationale"],
                             words["document.col_section"]], rows, {1}))
    return "".join(parts)


def _score_text(score) -> str:
    if score.likelihood is not None and score.impact is not None:
        return f"{score.likelihood} × {score.impact} = {score.number:g}"
    return f"{score.number:g}"


def _methodology(data: ReportData, words: Words, language: str) -> str:
    residual = rule_paragraphs(data, words) if data.basis == "residual" else ""
    paragraphs = methodology(data, language) + caveats(data, language)
    return f'<h2>{_e(words["document.methodology"])}</h2>' + "".join(f"<p>{_e(p)}</p>" for p in paragraphs) + residual


def report_html(data: ReportData, image: ImageSource = embedded, language: str = "en") -> str:
    """The whole report as one HTML document, its own words in ``language`` ("en" or "ar")."""
    words = report_words(language)
    body = "".join([_ranking(data, image, words, language), _matrix(data, words, language),
                    register_section(data, words), controls_section(data, words), benefits_section(data, words),
                    _weights(data, words), _profiles(data, words), _robustness(data, words, language),
                    _evidence(data, words), scales_section(data, words), _methodology(data, words, language)])
    body = _title(data, body, words, language) + body
    if direction(language) == "rtl":
        body = isolate_texts(body)
    title = _e(data.model.title or words["document.untitled"])
    return (f'<!DOCTYPE html><html lang="{_e(language)}" dir="{direction(language)}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style(language)}</style></head><body>{body}</body></html>")
