"""No English reaches the Arabic reader: every dialog's visible texts, the import previews' reasons, the notes.

Each dialog is opened in Arabic on the paper's model as the window holds it
(localized to Arabic) and every text a reader sees is collected: labels,
buttons, group titles, combo items, table cells and headers. What may stay
Latin is what an Arabic text writes in Latin too: ids (E1, O3, RR-01), the
method names and symbols (AHP, CR, λmax, w_i), a file's name, a sheet's cell
address and quoted values the analyst typed.
"""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QWidget

from core.bilingual import localized
from core.register.import_map import propose, read_table
from core.reports.score_import import preview_import
from tests.core.register.register_files import GROUPS, HEADER, ROWS, TITLE, write_xlsx
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_profile_dialogs import HTML_NAME, foreign
from tests.ui.test_report_actions import edited_workbook
from ui import i18n
from ui.dialogs.ahp import AhpDialog
from ui.dialogs.common import sibling_set
from ui.dialogs.points import PointsDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.dialogs.profile_combine import CombineDialog
from ui.dialogs.profile_compare import CompareDialog
from ui.dialogs.register_import import RegisterImportDialog
from ui.dialogs.score_import import ScoreImportDialog
from ui.dialogs.swing import SwingDialog

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ARABIC = re.compile("[\u0621-\u064a]")
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
# Latin an Arabic text writes too: method names and symbols, the spreadsheet programs, the formats, and
# "English", the other language's own name in the language chooser.
LATIN = {"English", "AHP", "SMAA", "TOPSIS", "VIKOR", "PROMETHEE", "WSM", "WPM", "CR", "CI", "max", "Saaty", "Barron", "Barrett",
         "Excel", "LibreOffice", "Mizan", "xlsx", "csv", "mizan", "profile", "RRGGBB", "points", "rating",
         "ratings"}
# Ids, cell addresses and paths, quoted values: the analyst's own words and the file's own names.
OWN = re.compile(r"'[^']*'|“[^”]*”|«[^»]*»|\"[^\"]*\"|\b[A-Z]{1,4}-?\d*\b|\S+\.(?:xlsx|csv|mizan\S*)\b"
                 r"|[\w ]+!\$?[A-Z]+\$?\d+|\b[wrpn]_i\b")


@pytest.fixture
def arabic(qapp, monkeypatch):
    """The process's language is Arabic with Arabic-Indic digits, from the built catalogue; English afterwards."""
    language = i18n.Language()
    monkeypatch.setattr(i18n, "_CURRENT", language)
    assert language.apply("ar", "arabic"), "the Arabic catalogue is built by the Makefile (make test)"
    yield language
    language.apply("en")


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a reader of ``widget`` sees: its title, labels, buttons, group titles, combo items, table cells."""
    texts = [widget.windowTitle()]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton) if button.isVisibleTo(widget)]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    texts += [combo.itemText(i) for combo in widget.findChildren(QComboBox) for i in range(combo.count())]
    texts += [w.toolTip() for w in widget.findChildren(QWidget) if w.toolTip() and w.isVisibleTo(widget)]
    for view in widget.findChildren(QAbstractItemView):
        if view.model() is not None and view.isVisibleTo(widget):
            texts += item_texts(view.model())
    return [text for text in texts if text and not text.startswith("<qt>")]


def item_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    """The headers, cells and tool tips of an item model, its children included (a tree's rows)."""
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount(parent))]
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            texts += [str(model.data(index, role) or "") for role in (Qt.ItemDataRole.DisplayRole,
                                                                       Qt.ItemDataRole.ToolTipRole)]
        texts += item_texts(model, model.index(row, 0, parent))
    return texts


def english_left(texts: list[str], own: set[str] = frozenset()) -> list[str]:
    """The texts that still hold an English word (the analyst's own names ``own`` aside)."""
    left = []
    for text in texts:
        for name in own:
            text = text.replace(name, "")
        plain = OWN.sub("", text.replace("&", ""))
        if any(word not in LATIN for word in WORD.findall(plain)):
            left.append(text)
    return left


def no_english(texts: list[str], own: set[str] = frozenset(), what: str = "") -> None:
    left = english_left(texts, own)
    assert left == [], f"{what}: " + " | ".join(left)


def shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def arabic_model(paper_model):
    """The paper's model as the Arabic window holds it."""
    return localized(paper_model, "ar")


def rejected_workbook(tmp_path, model):
    """The exported workbook with a changed score, an error value, a text number and an unknown option."""
    path = edited_workbook(tmp_path, model)
    book = load_workbook(path)
    sheet = book["Risk matrix"]
    sheet["E16"] = "4"
    sheet["A17"] = "O9"
    book.save(path)
    return path


def test_the_score_import_preview_says_why_in_arabic(qtbot, arabic, paper_model, tmp_path):
    dialog = shown(qtbot, ScoreImportDialog(preview_import(paper_model, rejected_workbook(tmp_path, paper_model))))
    model = dialog.issues.model()
    why = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert len(why) >= 3 and all(ARABIC.search(text) for text in why), why
    no_english(visible_texts(dialog))


def test_the_score_import_reasons_stay_english_for_scripts(paper_model, tmp_path):
    preview = preview_import(paper_model, rejected_workbook(tmp_path, paper_model))
    assert "holds the error value #N/A" in [issue.message for issue in preview.rejected]
    assert "option 'O9' is not in the model" in [issue.message for issue in preview.rejected]
    assert "text '4' read as the number 4" in [issue.message for issue in preview.coerced]


def test_the_register_import_says_why_a_row_is_not_placed_in_arabic(qtbot, arabic, arabic_model, tmp_path):
    table = read_table(write_xlsx(tmp_path / "register.xlsx"))
    dialog = shown(qtbot, RegisterImportDialog(arabic_model, table, propose(table)))
    refused = dialog.refused.model()
    why = [refused.data(refused.index(row, 1)) for row in range(refused.rowCount())]
    assert why and all(ARABIC.search(text) for text in why), why
    dialog.set_field(2, "")  # no column names the factor: the mapping's own problem
    why = [refused.data(refused.index(row, 1)) for row in range(refused.rowCount())]
    assert why and all(ARABIC.search(text) for text in why), why
    # The analyst's own register is English: its headings and cells are its own words.
    own = {text for text in (TITLE, *HEADER, *GROUPS, *(cell for row in ROWS for cell in row)) if isinstance(text, str)}
    no_english(visible_texts(dialog), own)


def test_the_weighting_dialogs_note_their_method_in_arabic(qtbot, arabic, arabic_model):
    group = sibling_set(arabic_model, "ECO", "Economic")
    shares = [0.4, 0.2, 0.2, 0.1, 0.1]
    for dialog in (SwingDialog(group, shares), PointsDialog(group, shares), AhpDialog(group, shares, {})):
        shown(qtbot, dialog)
        no_english(visible_texts(dialog), what=type(dialog).__name__)
    swing = SwingDialog(group, shares)
    shown(qtbot, swing)
    assert swing.status.text().startswith("التأرجح")


def test_ahp_consistency_figures_follow_the_digits_preference(qtbot, arabic, arabic_model):
    group = sibling_set(arabic_model, "ECO", "Economic")
    dialog = shown(qtbot, AhpDialog(group, [0.2] * 5, {}))
    figures = dialog.summary.text().splitlines()[1]
    assert re.search("λmax = [٠-٩]+٫[٠-٩]{3}", figures) and not re.search("[0-9]", figures.replace("λmax", "")), \
        figures


def test_the_profile_and_preference_dialogs_hold_no_english(qtbot, arabic, make_window, arabic_model, tmp_path):
    window = make_window(arabic_model)
    for dialog in (CompareDialog(window.document, window), CombineDialog(window.document, window),
                   PreferencesDialog("ar", "arabic")):
        shown(qtbot, dialog)
        no_english(visible_texts(dialog), what=type(dialog).__name__)
    preview = window.profile_actions.import_path(str(foreign(tmp_path)))
    qtbot.waitExposed(preview)
    # The profile file's own name, author and weight keys are the sender's words.
    own = {HTML_NAME, "<script>x</script>", "escalation cycle between armed factions and US forces", "Bogus", "pol"}
    no_english(visible_texts(preview), own)
    from PySide6.QtWidgets import QTabWidget

    [tabs] = preview.findChildren(QTabWidget)
    counts = [tabs.tabText(i) for i in range(tabs.count())]
    assert all(re.search("[٠-٩]", text) and not re.search("[0-9]", text) for text in counts), counts


def test_a_bad_file_at_start_up_is_refused_in_arabic_under_an_arabic_title(arabic, monkeypatch, tmp_path):
    from ui import app
    from ui.widgets import common

    shown_boxes = []

    class Box:
        def exec(self):
            return 0

    monkeypatch.setattr(common, "plain_message", lambda parent, icon, title, text, *rest: shown_boxes.append(
        (title, text)) or Box())
    path = tmp_path / "bad.mizan"
    path.write_text('{"format_version": 99}', encoding="utf-8")
    model, opened_path, _ = app._load(str(path), interactive=True)
    assert opened_path is None and model.options
    [(title, text)] = shown_boxes
    assert title == "ميزان" and "الإصدار ٩٩" in text, (title, text)  # the message's numbers in the preferred digits


def test_a_methods_note_on_the_ranking_reads_in_arabic(qtbot, arabic, make_window):
    """A criterion every option scores the same cannot discriminate: the window says so in the reader's language."""
    from tests.conftest import value_model

    window = make_window(value_model({"A": [1, 5], "B": [2, 5]}, ["benefit", "benefit"], [1, 1]))
    qtbot.waitUntil(lambda: bool(window.results.message.text()))
    assert window.results.message.text() == "C2: كل الخيارات تنال الدرجة نفسها؛ فلا يميّز بينها"


def test_a_report_too_large_to_draw_is_refused_in_arabic(tmp_path):
    from core.errors import ModelError
    from ui.reports.formats import check_report_size

    with pytest.raises(ModelError) as caught:
        check_report_size(tmp_path / "big.pdf", 101)
    assert str(caught.value).endswith("hold at most 100 options; this model has 101 (export .xlsx or .csv, which "
                                      "hold any model)")
    assert "لا تتسع لأكثر من 100 خيار" in caught.value.text("ar")


def test_the_robustness_views_and_an_smaa_run_hold_no_english(qtbot, arabic, make_window, arabic_model):
    from tests.ui.test_robustness_view import idle_smaa, run_smaa_with, shown_view

    window = make_window(arabic_model)
    view = shown_view(qtbot, window)
    qtbot.waitUntil(lambda: view.quick is not None, timeout=10_000)
    for page in (view.weights, view.tornado):
        view.tabs.setCurrentWidget(page)
        no_english(visible_texts(page), what=type(page).__name__)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=2000, seed=7)
    no_english(visible_texts(panel), what="smaa")
    assert re.fullmatch(r"[^0-9]*٢٬٠٠٠[^0-9]*[٠-٩]+٫[٠-٩]{2}[^0-9]*", panel.status.text()), panel.status.text()
    headline = re.sub(r"\b[A-Z]+\d+\b", "", panel.headline.text())  # the option's id keeps its digits
    assert "٢٬٠٠٠" in headline and not re.search("[0-9]", headline), headline


def test_a_consensus_the_profiles_cannot_make_is_refused_in_arabic(qtbot, arabic, make_window, arabic_model):
    first, second, *rest = arabic_model.profiles
    zero = first.replace(weights={**first.weights, "E1": 0.0})  # no pairwise judgement can say "weight 0"
    window = make_window(arabic_model.replace(profiles=(zero, second, *rest)))
    view = window.profile_actions.show_combine()
    qtbot.waitExposed(view)
    view.choice.set_chosen([zero.name, second.name])
    view.geometric_button.setChecked(True)
    assert view.combined is None and ARABIC.search(view.status.text())
    no_english([view.status.text()], what="combine")


def test_no_handler_shows_the_english_of_the_error_it_caught():
    """A caught error reaches a reader through message_of / user_message (its words in the reader's language):
    formatting the exception itself into a sentence shows its English str() in the Arabic window."""
    import ast
    from pathlib import Path

    showing = {"format", "setText", "showMessage", "emit", "append", "write", "warn"}
    faults = []
    for path in sorted((Path(__file__).resolve().parents[2] / "ui").rglob("*.py")):
        for handler in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(handler, ast.ExceptHandler) and handler.name):
                continue
            for node in ast.walk(handler):
                shown_raw = (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                             and node.func.attr in showing
                             and any(isinstance(a, ast.Name) and a.id == handler.name for a in node.args)) or \
                    (isinstance(node, ast.FormattedValue) and isinstance(node.value, ast.Name)
                     and node.value.id == handler.name)
                if shown_raw:
                    faults.append(f"{path.name}:{node.lineno}")
    assert faults == []


@pytest.mark.parametrize("key, params, token", [
    ("checks.imports.error_value", {"value": "#N/A"}, "#N/A"),
    ("checks.validate.colour", {"colour": "'red'"}, "#RRGGBB"),
    ("checks.imports.formula", {"field": "impact", "formula": "'=SUM(A1:A3)'"}, "'=SUM(A1:A3)'"),
    ("messages.sheets.uncached", {"formula": "'=SUM(A1:A3)'"}, "'=SUM(A1:A3)'"),
])
def test_a_value_opening_with_a_sign_keeps_its_sign_in_an_arabic_line(qapp, key, params, token):
    """Read left to right as Qt lays the right-to-left line out, the value shows as written (no "N/A#")."""
    from core.errors import Message
    from tests.ui.visual_order import visual

    assert token in visual(Message(key, **params).text("ar"))
