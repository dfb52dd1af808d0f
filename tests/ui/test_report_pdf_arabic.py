"""The Arabic PDF report: its headings in its text, the shipped Arabic face embedded, pages numbered in Arabic."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from core.catalogue import catalogue
from core.reports.data import build_report
from tests.core.reports.test_register_report import DATE, with_register

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) is not installed: the PDF is not read")
# Direction marks and isolates pdftotext writes around right-to-left runs: not words.
MARKS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# Qt's PDF writer gives the lam-alef ligature glyph no text: pdftotext reads "الأوزان" as "ا وزان" (the page shows it
# whole, see the page images); a heading is looked for with each lam-alef pair read as that gap.
LAM_ALEF = re.compile("ل[اأإآ]")
HEADINGS = ("document.summary", "document.contents", "document.ranking", "document.risk_matrix", "register.register",
            "register.controls", "register.benefits", "document.weights", "document.profiles", "document.robustness",
            "document.evidence", "register.scales", "document.methodology")


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(MARKS))


@pytest.fixture(scope="module")
def arabic_pdf(tmp_path_factory, qapp):
    from core.builtin import builtin_model
    from ui.reports.pdf import write_pdf

    model = builtin_model()
    path = tmp_path_factory.mktemp("pdf") / "report-ar.pdf"
    write_pdf(path, build_report(with_register(model), model.profiles[0], date=DATE, samples=300), language="ar")
    return path


@needs_poppler
def test_the_arabic_pdf_holds_its_arabic_headings(arabic_pdf):
    text = _words(subprocess.run(["pdftotext", str(arabic_pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    arabic = catalogue("ar")
    missing = [key for key in HEADINGS if _words(LAM_ALEF.sub(" ", arabic[key])).strip() not in text]
    assert missing == []
    whole = [arabic[key] for key in HEADINGS if not LAM_ALEF.search(arabic[key])]
    assert len(whole) >= 9 and all(heading in text for heading in whole)
    assert "Executive summary" not in text and "Methodology" not in text


@needs_poppler
def test_every_page_is_numbered_in_arabic_under_the_title(arabic_pdf):
    pages = subprocess.run(["pdftotext", str(arabic_pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:-1]
    assert len(pages) >= 10
    word = catalogue("ar")["document.page"].split()[0]  # "الصفحة"
    for number, page in enumerate(pages, start=1):
        text = _words(page)
        assert word in text and re.search(rf"(?<!\d){number}(?!\d)", text) and str(len(pages)) in text
        assert "Withdrawal of coalition forces from Iraq" in text  # the model's title, as the model holds it


@needs_poppler
def test_the_shipped_arabic_face_is_embedded(arabic_pdf):
    fonts = subprocess.run(["pdffonts", str(arabic_pdf)], capture_output=True, text=True, check=True).stdout
    rows = {line.split()[0]: line.split() for line in fonts.splitlines()[2:]}
    for face in ("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"):
        assert face in rows, fonts
        assert rows[face][-5] == "yes", fonts  # the "emb" column


@pytest.mark.parametrize("argv, language", [(["export", "--lang", "ar"], "ar"), (["--lang", "ar", "export"], "ar"),
                                            (["export"], "en"), (["export", "--lang", "en"], "en")])
def test_export_writes_the_report_in_the_language_asked_for(capsys, tmp_path, argv, language):
    from tests.ui.cli_helpers import cli

    out = tmp_path / "report.html"
    status, _, err = cli(capsys, *argv, "--samples", "0", "--out", str(out))
    assert status == 0, err
    html = out.read_text(encoding="utf-8")
    assert html.startswith(f'<!DOCTYPE html><html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">')
    assert catalogue(language)["document.methodology"] in html


def test_export_refuses_a_language_it_has_no_words_for(capsys, tmp_path):
    from tests.ui.cli_helpers import cli

    status, _, err = cli(capsys, "export", "--lang", "fr", "--out", str(tmp_path / "r.html"))
    assert status == 2 and "--lang" in err and "'fr'" in err
    assert not (tmp_path / "r.html").exists()


def test_pdf_tables_start_at_the_right(qapp):
    """Qt lays a table's columns out left to right whatever the direction: the Arabic PDF writes its rows reversed."""
    from ui.reports.pdf import _document, mirror_tables

    assert mirror_tables('<table><tr><th>a</th><td class="num">b<br>c</td></tr></table><p>x</p>') == \
        '<table align="right"><tr><td class="num">b<br>c</td><th>a</th></tr></table><p>x</p>'
    from core.builtin import builtin_model
    from PySide6.QtGui import QTextTable

    model = builtin_model()
    arabic = catalogue("ar")
    for language, last in (("ar", arabic["document.col_rank"]), ("en", "Score")):
        document = _document(build_report(model, model.profiles[0], date=DATE, samples=0), language)
        ranking = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)][1]
        head = [ranking.cellAt(0, c).firstCursorPosition().block().text().strip("\u2066\u2067\u2068\u2069")
                for c in range(ranking.columns())]
        assert head[-1] == last, head


def _italic_texts(document) -> list[str]:
    """The texts of ``document`` set in italic, fragment by fragment."""
    found, block = [], document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().fontItalic() and fragment.text().strip():
                found.append(fragment.text())
            iterator += 1
        block = block.next()
    return found


@pytest.mark.parametrize("language", ["ar", "en"])
def test_arabic_notes_are_upright_as_arabic_has_no_italic(qapp, language):
    from core.builtin import builtin_model
    from ui.reports.pdf import _document

    model = builtin_model()
    document = _document(build_report(with_register(model), model.profiles[0], date=DATE, samples=300), language)
    italic = _italic_texts(document)
    if language == "ar":
        assert not italic, italic[:3]
    else:
        assert italic, "the English notes and evidence stay in italic"
