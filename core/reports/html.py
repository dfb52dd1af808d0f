"""The HTML report: self-contained (charts embedded), every user text escaped.

The same document, with images named instead of embedded, is what the PDF
writer lays out on pages, so both formats say the same thing.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable, Mapping

from core.methods import METHOD_LABELS
from core.model import RISK_MAX, DecisionModel, label
from core.reports.data import ReportData
from core.reports.caveats import caveats, executive_summary
from core.reports.html_register import Words, benefits_section, controls_section, cox_paragraphs, has_risks, \
    register_section, rule_paragraphs, scales_section
from core.reports.html_table import esc as _e, table as _table
from core.reports.methodology import methodology
from core.reports.texts import report_texts

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 2em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; border-bottom: 1px solid #9aa5b1;
margin-top: 1.6em; } table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #c5ccd3; padding: 3px 6px; vertical-align: top; }
th { background: #dde3ea; } td.num { text-align: right; } td.c { text-align: center; }
p.note { color: #555; font-style: italic; } img { max-width: 100%; }
table.register td, table.register th { font-size: 7.5pt; padding: 2px 3px; }
"""

ImageSource = Callable[[str, object], str]
IMAGE_WIDTH = 640


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return buffer.getvalue()


def embedded(name: str, figure) -> str:
    """An ``<img>`` source that carries the chart itself (a data URI)."""
    return "data:image/png;base64," + base64.b64encode(_png(figure)).decode("ascii")


def _title(data: ReportData, body: str, words: Words) -> str:
    model = data.model
    facts = [("Date", data.date), ("Profile", data.profile.name), ("Method", METHOD_LABELS[data.method]),
             (words["fact_basis"], words[data.basis] if has_risks(data) else ""), ("Source", model.source)]
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts if v)
    # The contents name the sections this report has, as its headings spell them.
    contents = "".join(f"<li>{name}</li>" for name in re.findall(r"<h2[^>]*>(.*?)</h2>", body))
    lines = executive_summary(data)
    if data.basis != "inherent" and has_risks(data):
        lines.insert(1, (words["basis_label"], words[f"basis_{data.basis}"]))
    summary = "".join(f"<p><b>{_e(k)}</b> {_e(v)}</p>" for k, v in lines)
    return (f'<h1>{_e(model.title or "Decision report")}</h1>'
            f"<p>{_e(model.question)}</p><h3>Executive summary</h3>{summary}<table>{rows}</table>"
            f"<h3>Contents</h3><ul>{contents}</ul>")


def _ranking(data: ReportData, image: ImageSource, words: Words) -> str:
    from core.charts import ranking_chart

    ranking = data.main.ranking()
    named = any(r["name"] != r["option"] for r in ranking)  # spreadsheet models: the name is the id
    rows = [[r["rank"], r["option"], *([r["name"]] if named else []), f"{r['score']:.4f}"] for r in ranking]
    figure = ranking_chart([label(r["option"], r["name"], " ") for r in ranking], [r["score"] for r in ranking],
                           [r["rank"] for r in ranking], data.main.result.better)
    # The title page ends here (Qt's layout honours page breaks on blocks, not on divs).
    return ('<h2 style="page-break-before: always">Ranking</h2>'
            f"<p>{_e(METHOD_LABELS[data.method])}; {_e(data.main.result.better)} is better.</p>"
            + (f"<p><b>{_e(words['basis_label'])}</b> {_e(words[f'basis_{data.basis}'])}</p>" if has_risks(data)
               else "")
            + _table(["Rank", "Option", *(["Name"] if named else []), "Score"], rows, {0, len(rows[0]) - 1})
            + f'<p><img alt="Ranking chart" width="{IMAGE_WIDTH}" src="{image("ranking", figure)}"></p>')


def _matrix(data: ReportData, words: Words) -> str:
    model = data.ranked_model
    risks = [f for f in model.factors if f.kind == "risk"]
    head = ["Option"] + [f.id for f in model.factors]
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
        return f"<h2>Decision matrix</h2><p>Direct values on each criterion's own scale.</p>{table}{key}"
    legend = ", ".join(f"{_e(n)} ≤ {u:g}" for n, u in zip(model.bands.names, model.bands.upper))
    residual = (f"<p>{_e(words['matrix_residual'])}</p>" + rule_paragraphs(data, words)
                if data.basis == "residual" else "")
    return (f"<h2>Risk matrix</h2><p>Risk = likelihood × impact. Bands: {legend}.</p>{residual}"
            + cox_paragraphs(data, words) + f"{table}{key}"
            + "".join(_grid(model, option) for option in model.options))


def _grid(model: DecisionModel, option) -> str:
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
    foot = "<tr><th>L / I</th>" + "".join(f"<th>{i}</th>" for i in range(1, RISK_MAX + 1)) + "</tr>"
    return (f"<h3>{_e(label(option.id, option.name, ' — '))}: likelihood (rows) × impact (columns)</h3>"
            f"<table width=\"80%\"><tbody>{''.join(rows)}{foot}</tbody></table>")


def _weights(data: ReportData) -> str:
    model, weights = data.model, data.main.weights
    rows = []
    for node, depth, _ in model.walk():
        total = sum(weights[f.id] for f in _leaves(node))
        rows.append(["\u2003" * depth + label(node.id, node.name, " "), f"{total:.1%}"])
    return f"<h2>Weights</h2><p>Profile “{_e(data.profile.name)}”.</p>" + _table(["Criterion", "Global"], rows, {1})


def _leaves(node):
    return [node] if not node.is_group else [leaf for child in node.children for leaf in _leaves(child)]


def _profiles(data: ReportData) -> str:
    names = list(data.profiles)
    rows = [[f.id] + [f"{data.profiles[n].weights[f.id]:.1%}" for n in names] for f in data.model.factors]
    ranks = [[o.id] + [int(data.profiles[n].result.ranks[i]) for n in names]
             for i, o in enumerate(data.model.options)]
    numeric = set(range(1, len(names) + 1))
    notes = "".join(f"<li><b>{_e(p.name)}</b>: {_e(p.notes)}</li>" for p in data.model.profiles if p.notes)
    return ("<h2>Profiles compared</h2><p>Global weights per profile, then each option's weighted-sum rank.</p>"
            + _table(["Factor", *names], rows, numeric) + _table(["Option", *names], ranks, numeric)
            + (f"<h3>Why each profile weighs as it does</h3><ul>{notes}</ul>" if notes else ""))


def _robustness(data: ReportData) -> str:
    from core.reports.robustness import acceptability_rows, convergence_text, summary_sentences, \
        threshold_rows, tornado_rows

    result = data.robustness
    if result is None:
        return ""
    n = len(result.smaa.options)
    shares = [[row[0], *(f"{v:.1%}" for v in row[1:n + 1]), row[n + 1]] for row in acceptability_rows(result)]
    numeric = set(range(1, n + 2))
    return ("<h2>Robustness</h2>" + "".join(f"<p><b>{_e(s)}</b></p>" for s in summary_sentences(result))
            + "<h3>Rank acceptability</h3>"
            + _table(["Option", *(f"Rank {r}" for r in range(1, n + 1)), "Confidence"], shares, numeric)
            + f'<p class="note">{_e(convergence_text(result))}</p><h3>Weight thresholds</h3>'
            + _table(["Criterion", "Weight", "Lower", "Upper", "First below", "First above", "Found by"],
                     threshold_rows(result), {1, 2, 3})
            + "<h3>Tornado</h3>" + _table(["What moves", "Range", "Lead at low end", "Lead at high end"],
                                          tornado_rows(result), {2, 3}))


def _evidence(data: ReportData) -> str:
    model = data.model
    parts = ["<h2>Evidence annex</h2>"]
    if model.source:
        parts.append(f"<p>Source: {_e(model.source)}</p>")
    for factor in model.factors:
        sections = "; ".join(factor.evidence)
        parts.append(f"<h3>{_e(label(factor.id, factor.name, ' '))}</h3><p>{_e(factor.description)}"
                     + (f" <i>({_e(sections)})</i>" if sections else "") + "</p>")
        if factor.notes:
            parts.append(f'<p class="note">{_e(factor.notes)}</p>')
        rows = [[o.id, _score_text(model.score(o.id, factor.id)), model.score(o.id, factor.id).rationale,
                 model.score(o.id, factor.id).evidence] for o in model.options]
        parts.append(_table(["Option", "L × I = risk" if factor.kind == "risk" else "Value", "Rationale",
                             "Section"], rows, {1}))
    return "".join(parts)


def _score_text(score) -> str:
    if score.likelihood is not None and score.impact is not None:
        return f"{score.likelihood} × {score.impact} = {score.number:g}"
    return f"{score.number:g}"


def _methodology(data: ReportData, words: Words) -> str:
    residual = rule_paragraphs(data, words) if data.basis == "residual" else ""
    return ("<h2>Methodology</h2>" + "".join(f"<p>{_e(p)}</p>" for p in methodology(data) + caveats(data))
            + residual)


def report_html(data: ReportData, image: ImageSource = embedded, texts: Mapping[str, str] | None = None) -> str:
    """The whole report as one HTML document; ``texts`` overrides words of :data:`core.reports.texts.REPORT_TEXTS`."""
    words = report_texts(texts)
    body = "".join([_ranking(data, image, words), _matrix(data, words), register_section(data, words),
                    controls_section(data, words), benefits_section(data, words), _weights(data), _profiles(data),
                    _robustness(data), _evidence(data), scales_section(data, words), _methodology(data, words)])
    body = _title(data, body, words) + body
    title = _e(data.model.title or "Decision report")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{STYLE}</style></head><body>{body}</body></html>")
