"""The Robustness sheet: findings, rank acceptability with a stacked chart, thresholds, tornado."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart import BarChart, Reference

from core.charts import ACCEPTABILITY_ROWS, acceptability_order, acceptability_segments
from core.charts.base import chart_texts
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.robustness import acceptability_rows, convergence_text, sampling_text, summary_sentences, \
    threshold_rows, tornado_rows
from core.reports.xl_style import BOLD, NOTE, header, title, widths
from core.reports.xl_tables import bars_in_reading_order
from core.reports.xl_words import Words


def _rows(sheet, top: int, rows: Sequence[Sequence[object]], percent_columns: range = range(0)) -> int:
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(top + offset, column)
            if isinstance(value, str):
                put_text(cell, value)
            else:
                cell.value = value
                if column in percent_columns:
                    cell.number_format = "0.0%"
    return top + len(rows)


def write_robustness(book, data: ReportData, w: Words, basis: str = "") -> None:
    """The Robustness sheet (values computed by Mizan with a fixed seed); ``basis`` names the risk it ranked."""
    result = data.robustness
    if result is None:
        return
    sheet = book.create_sheet(w.sheet("robustness"))
    sampled = sampling_text(result.smaa.sampler, w.language)
    on = w("robustness_on", risk=w(f"risk_{basis}")) if basis else ""
    title(sheet, w("robustness_title", on=on, date=data.date, samples=f"{data.samples:,}", sampled=sampled,
                   seed=data.seed), w("robustness_note"))
    for offset, sentence in enumerate(summary_sentences(result, w.language)):
        put_text(sheet.cell(4 + offset, 1), sentence)
        sheet.cell(4 + offset, 1).font = BOLD
    n = len(result.smaa.options)
    top = 7
    header(sheet, top, [w("col_option"), *(w("col_rank_n", rank=r) for r in range(1, n + 1)), w("col_confidence")])
    end = _rows(sheet, top + 1, acceptability_rows(result), range(2, n + 2))
    put_text(sheet.cell(end, 1), convergence_text(result, w.language))
    sheet.cell(end, 1).font = NOTE
    anchor = end + 2  # below the table, not beside it: a chart to the right would widen the printed page
    top = end + 18
    put_text(sheet.cell(top, 1), w("thresholds_caption"))
    sheet.cell(top, 1).font = BOLD
    header(sheet, top + 1, [w(f"col_{key}") for key in ("criterion", "weight", "lower", "upper", "first_below",
                                                        "first_above", "found_by")])
    end = _rows(sheet, top + 2, threshold_rows(result, w.language))
    put_text(sheet.cell(end + 1, 1), w("tornado_caption"))
    sheet.cell(end + 1, 1).font = BOLD
    header(sheet, end + 2, [w(f"col_{key}") for key in ("what_moves", "range", "lead_low", "lead_high")])
    end = _rows(sheet, end + 3, tornado_rows(result, w.language))
    _chart(sheet, w, _chart_data(sheet, w, end + 2, result), anchor)
    widths(sheet, A=26, B=16, C=16, D=16, E=12, F=12, G=16)


def _chart_data(sheet, w: Words, top: int, result) -> tuple[int, int, int]:
    """What the chart reads, as the window's chart shows it: the best options, the worse ranks together.

    Returns the header row, the number of rows and of segments.
    """
    shares = result.smaa.acceptability
    order = acceptability_order(shares)[:ACCEPTABILITY_ROWS]
    segments = acceptability_segments(len(result.smaa.options), chart_texts(w.language))
    put_text(sheet.cell(top, 1), w("chart_data", shown=len(order), total=len(shares)))
    sheet.cell(top, 1).font = NOTE
    header(sheet, top + 1, [w("col_option"), *(legend for _, _, legend in segments)])
    rows = [[result.smaa.options[i], *(float(shares[i][first:end].sum()) for first, end, _ in segments)]
            for i in order]
    _rows(sheet, top + 2, rows, range(2, len(segments) + 2))
    return top + 1, len(rows), len(segments)


def _chart(sheet, w: Words, data: tuple[int, int, int], anchor_row: int) -> None:
    top, n, columns = data
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "percentStacked", 100
    chart.title = w("chart_acceptability")
    chart.add_data(Reference(sheet, min_col=2, max_col=columns + 1, min_row=top, max_row=top + n),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=top + 1, max_row=top + n))
    chart.x_axis.delete = chart.y_axis.delete = False
    bars_in_reading_order(chart, w.right_to_left)
    chart.height, chart.width = 7, 14
    sheet.add_chart(chart, f"A{anchor_row}")
