"""The reading sheets, all live: Summary (ranking by formula, chart), Profiles and Evidence.

The Summary's rank k row finds its option by formula (the k-th smallest sort
key of the reported method on the Methods sheet: rank first, then option id,
as the app breaks ties), so the table, the chart that reads it, the answer
and the agreement line follow every edit.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference

from core.catalogue import catalogue
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.methodology import method_label, methodology
from core.reports.xl_flows import weights_warning
from core.reports.xl_layout import FIRST_COL, METHOD_ORDER, TIE_RTOL, Layout, letter
from core.reports.xl_matrix import VERTICAL, band_label, weights_label
from core.reports.xl_words import Words, quoted_literal
from core.reports.xl_style import BOLD, CENTER, NOTE, TITLE, TOP_CENTER, WRAP, header, own_name, title, widths
from core.reports.xl_text import workbook_paragraphs


def write_summary(book, data: ReportData, lay: Layout) -> None:
    """Question, context, the answer, what to edit, the live ranking, a chart and the methodology."""
    model, w = data.model, lay.w
    sheet = book.create_sheet(w.sheet("summary"), 0)
    title(sheet, model.title or w("summary_untitled"), model.question)
    sheet["A2"].font, sheet["A2"].alignment = TITLE, WRAP
    sheet.merge_cells("A2:H2")
    sheet.row_dimensions[2].height = 18 * (1 + len(model.question) // 90)
    facts = [(w("fact_date"), data.date), (w("fact_model"), model.title), (w("fact_source"), model.source),
             (w("fact_profile"), f"={weights_label(lay)}"), (w("fact_method"), method_label(data.method, lay.w.language))]
    if lay.has_risks:
        facts.append((w("fact_basis"), _basis_fact(lay)))
    for offset, (label_text, value) in enumerate(facts):
        _fact(sheet, 4 + offset, label_text, value)
    top = 13
    method = method_label(data.method, lay.w.language)
    first_score = f"D{top + 1}"
    option = f'B{top + 1}&IF(C{top + 1}="",""," — "&C{top + 1})'
    reason = lay.result_range(data.method, "score")  # every cell says why when the method cannot rank
    on = w.sentence("answer_on", basis=lay.basis_phrase()) if lay.has_risks else '""'
    answer = w.sentence("answer", option=option, method=quoted_literal(method), profile=weights_label(lay), on=on)
    failed = w.sentence("answer_failed", method=quoted_literal(method), reason=f"INDEX({reason},1)")
    _fact(sheet, 10, w("fact_answer"), f"=IF(ISNUMBER({first_score}),{answer},{failed})")
    sheet["B10"].font = BOLD
    _fact(sheet, 11, w("fact_edit"), w("edit_risks" if lay.has_risks else "edit_values"))
    header(sheet, top, [w("col_rank"), w("col_option"), w("col_name"), w("col_score_live")])
    for k in range(lay.n):
        _ranked_row(sheet, lay, data.method, top + 1 + k, k + 1)
    better = f"{lay.methods}{letter(lay.result_col(data.method, 'score'))}{lay.result_top + lay.n + 2}"
    sheet.cell(top + lay.n + 1, 1, "=" + w.sentence("ties", better=f"UPPER(LEFT({better}))&MID({better},2,99)")
               ).font = NOTE
    sheet.cell(top + lay.n + 2, 1, _agreement(lay, data.method)).font = NOTE
    _chart(sheet, data, lay, top)
    _methodology(sheet, data, lay, top + lay.n + 20)
    widths(sheet, A=12, B=14, C=40, D=14, E=10, F=10, G=10, H=10)
    sheet.print_title_rows = f"{top}:{top}"


def _basis_fact(lay: Layout) -> str:
    """Which risk the ranking reads, and the residual rule whenever it is residual."""
    w = lay.w
    residual = w("basis_residual") + " " + catalogue(w.language)["register.rule"]
    return (f'=IF({lay.register.is_residual()},{quoted_literal(residual)},'
            f'{w.literal("basis_inherent")})')


def _fact(sheet, row: int, label_text: str, value: str) -> None:
    put_text(sheet.cell(row, 1), label_text)
    sheet.cell(row, 1).font, sheet.cell(row, 1).alignment = BOLD, WRAP
    cell = sheet.cell(row, 2)
    if value.startswith("="):
        cell.value = value
    else:
        put_text(cell, value)
    cell.alignment = WRAP
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
    sheet.row_dimensions[row].height = 15 * (1 + len(value) // 95)


def _ranked_row(sheet, lay: Layout, method: str, row: int, k: int) -> None:
    keys = lay.result_range(method, "key")
    position = f"MATCH(SMALL({keys},{k}),{keys},0)"
    sources = [lay.result_range(method, "rank"), lay.ids, lay.names, lay.result_range(method, "score")]
    for column, source in enumerate(sources, start=1):
        text = '&""' if column == 3 else ""  # an empty name stays empty, not 0
        sheet.cell(row, column, f'=IFERROR(INDEX({source},{position}){text},"—")')
    sheet.cell(row, 1).alignment = CENTER
    sheet.cell(row, 4).number_format = "0.000"


def _agreement(lay: Layout, method: str) -> str:
    main = lay.top_option(method)
    others = [m for m in METHOD_ORDER if m != method]
    same = ",".join(f"{lay.top_option(m)}={main}" for m in others)
    w = lay.w
    says = {m: w.sentence("agree_other", method=quoted_literal(method_label(m, lay.w.language)), option=lay.top_option(m))
            for m in others}
    parts = "&".join(f'IF({lay.top_option(m)}<>{main},{says[m]},"")' for m in others)
    lead = w.sentence("agree_main", option=main, method=quoted_literal(method_label(method, lay.w.language)))
    return f'={lead}&IF(AND({same}),{w.literal("agree_all")},{parts}&{w.literal("agree_end")})'


def _chart(sheet, data: ReportData, lay: Layout, top: int) -> None:
    count = lay.n
    chart = BarChart()
    chart.type = "bar"
    chart.title = lay.w("chart_scores", method=method_label(data.method, lay.w.language))
    chart.y_axis.title = lay.w(f"chart_axis_{data.main.result.better}")
    chart.y_axis.number_format = "0.00"
    chart.legend = None
    chart.add_data(Reference(sheet, min_col=4, min_row=top, max_row=top + count), titles_from_data=True)
    named = any(o.name != o.id for o in data.model.options)
    chart.set_categories(Reference(sheet, min_col=3 if named else 2, min_row=top + 1, max_row=top + count))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    bars_in_reading_order(chart, lay.w.right_to_left)
    chart.height, chart.width = 7, 18
    sheet.add_chart(chart, f"A{top + count + 4}")


def bars_in_reading_order(chart, right_to_left: bool) -> None:
    """A horizontal bar chart read as the sheet is: rank 1 on top; mirrored, bars grow leftwards from the right.

    In a bar chart the category axis is the vertical one (``x_axis`` in
    openpyxl) and the value axis the horizontal one. Mirrored, the value axis
    runs from its maximum at the left to zero at the right, so the category
    axis, which crosses it at zero, and the names next to it stand at the
    right, where the sheet's first column is; the legend moves to the left.
    """
    chart.x_axis.scaling.orientation = "maxMin"
    if right_to_left:
        chart.y_axis.scaling.orientation = "maxMin"
        chart.x_axis.axPos, chart.y_axis.axPos = "r", "t"
        if chart.legend is not None:
            chart.legend.position = "l"


def _methodology(sheet, data: ReportData, lay: Layout, row: int) -> None:
    put_text(sheet.cell(row, 1), lay.w("methodology"))
    sheet.cell(row, 1).font = BOLD
    # Sentences quoting exported results (agreement, band limits) are live cells elsewhere in the workbook.
    texts = catalogue(lay.w.language)
    quoting = tuple(texts[key].partition(":")[0] + ":" for key in ("methodology.scores", "methodology.agree_all"))
    kept = [p for p in methodology(data, lay.w.language) if not p.startswith(quoting)]
    for offset, paragraph in enumerate(kept + workbook_paragraphs(data, lay)):
        cell = sheet.cell(row + 1 + offset, 1)
        if paragraph.startswith("="):
            cell.value = paragraph
        else:
            put_text(cell, paragraph)
        sheet.merge_cells(start_row=row + 1 + offset, start_column=1, end_row=row + 1 + offset, end_column=8)
        cell.alignment = WRAP
        sheet.row_dimensions[row + 1 + offset].height = 15 * (1 + len(paragraph) // 100)


def write_profiles(book, data: ReportData, lay: Layout, weight_cells: dict[str, str]) -> None:
    """Every profile's global weights, and its live weighted-sum scores and ranks on the current matrix."""
    w = lay.w
    sheet = book.create_sheet(w.sheet("profiles"))
    names = list(data.profiles)
    title(sheet, w("profiles_title"), w("profiles_note_risks" if lay.has_risks else "profiles_note"))
    header(sheet, 4, [w("col_profile"), w("col_notes")] + [f.id for f in data.model.factors])
    for j, factor in enumerate(data.model.factors):
        put_text(sheet.cell(5, FIRST_COL + j), own_name(factor.id, factor.name))
        sheet.cell(5, FIRST_COL + j).alignment = VERTICAL
    sheet.row_dimensions[5].height = 150 if any(f.name != f.id for f in data.model.factors) else 15
    notes = {p.name: p.notes for p in data.model.profiles}
    for k, name in enumerate(names):
        row = 6 + k
        live = name == data.profile.name
        put_text(sheet.cell(row, 1), w("profile_live", name=name) if live else name)
        put_text(sheet.cell(row, 2), notes.get(name, data.profile.notes if live else ""))
        for j, factor in enumerate(data.model.factors):
            value = f"={weight_cells[factor.id]}" if live else float(data.profiles[name].weights[factor.id])
            sheet.cell(row, FIRST_COL + j, value).number_format = "0.0%"
        for column in range(1, FIRST_COL + lay.m):
            sheet.cell(row, column).alignment = WRAP  # name, notes and weights start on the same line
    _profile_scores(sheet, data, lay, names, 7 + len(names))
    widths(sheet, A=22, B=34, **{letter(FIRST_COL + j): 6.5 for j in range(lay.m)})
    sheet.print_title_rows = "4:5"


def _profile_scores(sheet, data: ReportData, lay: Layout, names: list[str], top: int) -> None:
    w = lay.w
    labels = [w("col_option"), w("col_name")]
    for name in names:
        labels += [w("col_profile_score", name=name), w("col_profile_rank")]
    header(sheet, top, labels)
    sheet.row_dimensions[top].height = 45
    mode, scale = lay.setting("mode"), lay.setting("scale")
    for i, option in enumerate(data.model.options):
        row = top + 1 + i
        put_text(sheet.cell(row, 1), option.id)
        put_text(sheet.cell(row, 2), own_name(option.id, option.name))
        for k, name in enumerate(names):
            weights = f"$C${6 + k}:${lay.last}${6 + k}"
            # Only the reported profile reads the Weights sheet; the others' weights are fixed here.
            warning = f'{weights_warning(lay)}<>""' if name == data.profile.name else "FALSE"
            u = lay.methods + lay.brow("u", i)
            score_col = letter(FIRST_COL + 2 * k)
            sheet.cell(row, FIRST_COL + 2 * k,
                       f'=IF(OR(SUM({weights})=0,{warning}),{w.literal("not_computed_weights")},'
                       f'IF(COUNT({lay.methods}{lay.bblock("u")})<{lay.n * lay.m},{w.literal("not_computed_outside")},'
                       f'SUMPRODUCT({u},{weights})/SUM({weights})))').number_format = "0.000"
            scores = f"{score_col}${top + 1}:{score_col}${top + lay.n}"
            cell = f"{score_col}{row}"
            sheet.cell(row, FIRST_COL + 2 * k + 1,
                       f'=IF(COUNT({scores})<{lay.n},"—",1+IF({lay.methods}{mode}="{w.code("raw")}",'
                       f"SUMPRODUCT(--({scores}<{cell}-{TIE_RTOL}*{lay.methods}{scale})),"
                       f"SUMPRODUCT(--({scores}>{cell}+{TIE_RTOL}*{lay.methods}{scale}))))")


def write_evidence(book, data: ReportData, lay: Layout) -> None:
    """Every cell's live likelihood, impact, risk and band, its rationale and source; then factor notes."""
    model, w = data.model, lay.w
    sheet = book.create_sheet(w.sheet("evidence"))
    inherent = w("evidence_inherent") + " " if lay.reg is not None else ""
    title(sheet, w("evidence_title"), inherent + (w("evidence_source", source=model.source) if model.source else ""))
    columns = [w("col_option"), w("col_factor"), w("col_factor_name")]
    columns += ([w("col_likelihood"), w("col_impact"), w("col_risk"), w("col_band")] if lay.has_risks
                else [w("col_value")])
    columns += [w("col_rationale"), w("col_source")]
    header(sheet, 4, columns)
    sheet.row_dimensions[4].height = 30
    row = 5
    for i, option in enumerate(model.options):
        for j, factor in enumerate(model.factors):
            _evidence_row(sheet, data, lay, row, i, j)
            row += 1
    _factor_notes(sheet, model, w, row + 1, len(columns))
    widths(sheet, A=7, B=6, C=20, **({"D": 10, "E": 7, "F": 6, "G": 9, "H": 39, "I": 20} if lay.has_risks
                                     else {"D": 10, "E": 55, "F": 26}))
    sheet.freeze_panes = "A5"
    sheet.print_title_rows = "4:4"


def _evidence_row(sheet, data: ReportData, lay: Layout, row: int, i: int, j: int) -> None:
    model = data.model
    option, factor = model.options[i], model.factors[j]
    score = model.score(option.id, factor.id)
    put_text(sheet.cell(row, 1), option.id)
    put_text(sheet.cell(row, 2), factor.id)
    put_text(sheet.cell(row, 3), own_name(factor.id, factor.name))
    sheet.cell(row, 3).alignment = WRAP
    column = 4
    if lay.has_risks:
        if factor.kind == "risk":
            sheet.cell(row, 4, f"={lay.lik_cell(i, j)}")
            sheet.cell(row, 5, f"={lay.imp_cell(i, j)}")
            sheet.cell(row, 7, f"={band_label(f'F{row}', lay, len(model.bands.upper))}")
        sheet.cell(row, 6, f"={lay.risk_cell(i, j)}")
        column = 8
    else:
        sheet.cell(row, 4, f"={lay.risk_cell(i, j)}")
        column = 5
    put_text(sheet.cell(row, column), score.rationale)
    put_text(sheet.cell(row, column + 1), score.evidence)
    for target in range(1, column + 2):  # every cell of the row starts on its first line
        sheet.cell(row, target).alignment = TOP_CENTER if 4 <= target < column else WRAP


def _factor_notes(sheet, model, w: Words, top: int, width: int) -> None:
    description = width - 1
    header(sheet, top, [w("col_factor"), "", w("col_name")] + [""] * (description - 4)
           + [w("col_description_notes"), w("col_paper_sections")])
    for offset, factor in enumerate(model.factors):
        row = top + 1 + offset
        put_text(sheet.cell(row, 1), factor.id)
        put_text(sheet.cell(row, 3), own_name(factor.id, factor.name))
        put_text(sheet.cell(row, description), "\n".join(t for t in (factor.description, factor.notes) if t))
        put_text(sheet.cell(row, description + 1), "; ".join(factor.evidence))
        for column in (3, description, description + 1):
            sheet.cell(row, column).alignment = WRAP
