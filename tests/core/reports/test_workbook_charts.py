"""The workbook's native charts read as the sheet does: mirrored in the Arabic workbook, as before in the English one.

The chart XML is read from the written file (axis orientation and position,
legend side); then LibreOffice renders both workbooks and the Summary's
ranking chart is found by its bar colour in the picture: English bars start
at one left edge, Arabic bars at one right edge.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest

from core.reports.data import build_report
from core.reports.excel import workbook_bytes, write_workbook
from tests.libreoffice import convert_many, needs_libreoffice

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
DAY = dt.date(2026, 12, 1)


def _charts(data, language: str) -> list[ElementTree.Element]:
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(data, language=language))) as book:
        names = sorted(n for n in book.namelist() if n.startswith("xl/charts/chart"))
        return [ElementTree.fromstring(book.read(name)) for name in names]


def _value(chart, path: str) -> str | None:
    found = chart.find(path.replace("c:", C))
    return None if found is None else found.get("val")


@pytest.fixture(scope="module")
def data():
    from core.builtin import builtin_model

    model = builtin_model()
    return build_report(model, model.profiles[0], date=DAY, samples=200)


def test_the_workbook_has_its_two_bar_charts_in_both_languages(data):
    for language in ("en", "ar"):
        charts = _charts(data, language)
        assert len(charts) == 2  # the Summary's ranking and the Robustness sheet's acceptability
        assert all(_value(chart, ".//c:barDir") == "bar" for chart in charts)


def test_arabic_bars_grow_leftwards_from_names_at_the_right_and_english_ones_as_before(data):
    for language, values, names, legend in (("en", "minMax", "l", "r"), ("ar", "maxMin", "r", "l")):
        for chart in _charts(data, language):
            assert _value(chart, ".//c:catAx/c:scaling/c:orientation") == "maxMin", "rank 1 on top"
            assert _value(chart, ".//c:valAx/c:scaling/c:orientation") == values
            assert _value(chart, ".//c:catAx/c:axPos") == names
            if chart.find(f".//{C}legend") is not None:
                assert _value(chart, ".//c:legend/c:legendPos") == legend


def _bar_rows(png) -> list[tuple[int, int]]:
    """(first, last) x of each horizontal run of the ranking chart's bar colour, one per bar (LibreOffice's blue)."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    width, height = image.size
    pixels = image.load()
    rows, previous = [], False
    for y in range(height):
        xs = [x for x in range(width) if _blue(pixels[x, y])]
        if len(xs) > 20 and not previous:  # the first line of a bar
            rows.append((xs[0], xs[-1]))
        previous = len(xs) > 20
    return rows


def _blue(rgb) -> bool:
    red, green, blue = rgb
    return blue > 150 and red < 110 and 100 < green < 160  # LibreOffice's first series colour, #4F81BD-like


@needs_libreoffice
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler (pdftoppm) is not installed")
def test_libreoffice_draws_the_arabic_ranking_chart_mirrored(data, tmp_path):
    paths = []
    for language in ("en", "ar"):
        path = tmp_path / f"summary-{language}.xlsx"
        write_workbook(path, data, language=language)
        paths.append(path)
    pdfs = convert_many(paths, "pdf", tmp_path)
    edges = {}
    for language, pdf in zip(("en", "ar"), pdfs):
        # The Summary's chart stands on its second page, under the ranking table.
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / language)],
                       check=True, timeout=120)
        rows = _bar_rows(next(tmp_path.glob(f"{language}-*.png")))
        assert len(rows) == len(data.model.options), f"{language}: {rows}"
        edges[language] = rows
    starts, ends = zip(*edges["en"])
    assert max(starts) - min(starts) <= 1 and max(ends) - min(ends) > 20, "English bars grow rightwards"
    starts, ends = zip(*edges["ar"])
    assert max(ends) - min(ends) <= 1 and max(starts) - min(starts) > 20, "Arabic bars grow leftwards"
