"""The explanatory sheets: summary with a native chart, methods, profiles, evidence."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference

from core.methods import METHOD_LABELS
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.methodology import methodology
from core.reports.xl_style import BOLD, CENTER, NOTE, WRAP, header, title, widths


def write_summary(book, data: ReportData, index_cells: dict[str, str]) -> None:
    """Question, context, the ranking (live for the weighted sum) and a bar chart."""
    model = data.model
    sheet = book.create_sheet("Summary", 0)
    title(sheet, model.title or "Decision summary", model.question)
    facts = [("Date", data.date), ("Model", model.title), ("Source", model.source),
             ("Profile", data.profile.name), ("Method", METHOD_LABELS[data.method])]
    for offset, (label, value) in enumerate(facts):
        put_text(sheet.cell(4 + offset, 1), label)
        sheet.cell(4 + offset, 1).font = BOLD
        put_text(sheet.cell(4 + offset, 2), value)
    top = 11
    live = data.method == "wsm"
    header(sheet, top, ["Rank", "Option", "Name", "Score (live)" if live else "Score (value)"])
    ranking = data.main.ranking()
    for offset, row in enumerate(ranking):
        line = top + 1 + offset
        sheet.cell(line, 1, row["rank"]).alignment = CENTER
        put_text(sheet.cell(line, 2), row["option"])
        put_text(sheet.cell(line, 3), row["name"])
        score = f"={index_cells[row['option']]}" if live else row["score"]
        sheet.cell(line, 4, score).number_format = "0.000"
    put_text(sheet.cell(top + len(ranking) + 1, 1),
             f"{data.main.result.better.capitalize()} is better. "
             + ("Scores read the Risk matrix sheet, so they follow any edit there."
                if live else "Scores are values computed by Mizan."))
    sheet.cell(top + len(ranking) + 1, 1).font = NOTE
    _chart(sheet, data, top, len(ranking))
    _methodology(sheet, data, top + len(ranking) + 19)
    widths(sheet, A=10, B=14, C=40, D=14)


def _chart(sheet, data: ReportData, top: int, count: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = f"Scores under {METHOD_LABELS[data.method]}"
    chart.y_axis.title = f"score ({data.main.result.better} is better)"
    chart.legend = None
    chart.add_data(Reference(sheet, min_col=4, min_row=top, max_row=top + count), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=2, min_row=top + 1, max_row=top + count))
    chart.x_axis.scaling.orientation = "maxMin"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height, chart.width = 7, 16
    sheet.add_chart(chart, f"A{top + count + 3}")


def _methodology(sheet, data: ReportData, row: int) -> None:
    put_text(sheet.cell(row, 1), "Methodology")
    sheet.cell(row, 1).font = BOLD
    for offset, paragraph in enumerate(methodology(data)):
        cell = sheet.cell(row + 1 + offset, 1)
        put_text(cell, paragraph)
        sheet.merge_cells(start_row=row + 1 + offset, start_column=1, end_row=row + 1 + offset, end_column=8)
        cell.alignment = WRAP
        sheet.row_dimensions[row + 1 + offset].height = 15 * (1 + len(paragraph) // 110)


def write_methods(book, data: ReportData) -> None:
    """Scores and ranks of every option under all five methods (values)."""
    sheet = book.create_sheet("Methods")
    title(sheet, "Scores and ranks under every method",
          "Values computed by Mizan for the exported profile (not live formulas).")
    labels = ["Option", "Name"]
    for name in data.methods:
        labels += [f"{METHOD_LABELS[name]} score", "rank"]
    header(sheet, 4, labels)
    for i, option in enumerate(data.model.options):
        put_text(sheet.cell(5 + i, 1), option.id)
        put_text(sheet.cell(5 + i, 2), option.name)
        for k, evaluation in enumerate(data.methods.values()):
            sheet.cell(5 + i, 3 + 2 * k, float(evaluation.result.scores[i])).number_format = "0.0000"
            sheet.cell(5 + i, 4 + 2 * k, int(evaluation.result.ranks[i]))
    line = 6 + len(data.model.options)
    for k, (name, evaluation) in enumerate(data.methods.items()):
        put_text(sheet.cell(line + k, 1), f"{METHOD_LABELS[name]}: {evaluation.result.better} is better")
        sheet.cell(line + k, 1).font = NOTE
    for k, (name, reason) in enumerate(data.not_computed.items(), start=line + len(data.methods)):
        put_text(sheet.cell(k, 1), f"{METHOD_LABELS[name]} is not computed: {reason}")
        sheet.cell(k, 1).font = NOTE
    widths(sheet, A=9, B=34, **{chr(ord("C") + k): 13 for k in range(2 * len(data.methods))})


def write_profiles(book, data: ReportData) -> None:
    """Global weights and weighted-sum ranks of every profile, side by side."""
    sheet = book.create_sheet("Profiles")
    names = list(data.profiles)
    title(sheet, "Profiles side by side", "Global weights, then the weighted-sum rank under each profile.")
    header(sheet, 4, ["Factor", "Name"] + names)
    for j, factor in enumerate(data.model.factors):
        put_text(sheet.cell(5 + j, 1), factor.id)
        put_text(sheet.cell(5 + j, 2), factor.name)
        for k, name in enumerate(names):
            sheet.cell(5 + j, 3 + k, data.profiles[name].weights[factor.id]).number_format = "0.0%"
    top = 6 + len(data.model.factors)
    header(sheet, top, ["Option", "Name"] + [f"Rank: {name}" for name in names])
    for i, option in enumerate(data.model.options):
        put_text(sheet.cell(top + 1 + i, 1), option.id)
        put_text(sheet.cell(top + 1 + i, 2), option.name)
        for k, name in enumerate(names):
            sheet.cell(top + 1 + i, 3 + k, int(data.profiles[name].result.ranks[i]))
    widths(sheet, A=9, B=44, **{chr(ord("C") + k): 16 for k in range(len(names))})


def write_evidence(book, data: ReportData) -> None:
    """Every cell's rationale and source, and each factor's description and notes."""
    model = data.model
    sheet = book.create_sheet("Evidence")
    title(sheet, "Evidence", f"Source: {model.source}" if model.source else "")
    header(sheet, 4, ["Option", "Factor", "Likelihood", "Impact", "Score", "Band", "Rationale", "Source"])
    row = 5
    for option in model.options:
        for factor in model.factors:
            score = model.score(option.id, factor.id)
            band = model.bands.names[model.bands.band(score.number)] if factor.kind == "risk" else ""
            values = [option.id, factor.id, score.likelihood, score.impact, score.number, band]
            for column, value in enumerate(values, start=1):
                if isinstance(value, str):
                    put_text(sheet.cell(row, column), value)
                else:
                    sheet.cell(row, column, value)
            put_text(sheet.cell(row, 7), score.rationale)
            put_text(sheet.cell(row, 8), score.evidence)
            sheet.cell(row, 7).alignment = WRAP
            row += 1
    _factor_notes(sheet, model, row + 1)
    widths(sheet, A=9, B=9, C=10, D=8, E=8, F=9, G=70, H=34)
    sheet.freeze_panes = "A5"


def _factor_notes(sheet, model, top: int) -> None:
    header(sheet, top, ["Factor", "Name", "Paper sections", "", "", "", "Description and notes", ""])
    for offset, factor in enumerate(model.factors):
        row = top + 1 + offset
        put_text(sheet.cell(row, 1), factor.id)
        put_text(sheet.cell(row, 2), factor.name)
        put_text(sheet.cell(row, 3), "; ".join(factor.evidence))
        put_text(sheet.cell(row, 7), "\n".join(t for t in (factor.description, factor.notes) if t))
        sheet.cell(row, 7).alignment = WRAP
