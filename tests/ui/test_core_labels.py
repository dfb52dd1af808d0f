"""The core's names (methods, statuses, treatments, control statuses) in the Arabic window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.labels import choice_label
from core.methods import REGISTRY
from tests.core.methods.shipped import SHIPPED
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_language import compile_ts
from tests.ui.test_register_view import TODAY, with_register
from ui import i18n
from ui.document import Document
from ui.models.controls_table import CONTROL_COLUMNS
from ui.models.register_table import CHOICES_ROLE, COLUMNS
from ui.widgets.controls_editor import ControlsEditor
from ui.widgets.register_view import RegisterView

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


@pytest.fixture
def arabic(qapp, tmp_path, monkeypatch):
    """The interface in Arabic (a catalogue compiled for the test); English again afterwards."""
    lang = i18n.Language(compile_ts(tmp_path / "qm"))
    monkeypatch.setattr(i18n, "_CURRENT", lang)
    assert lang.apply("ar")
    yield lang
    lang.apply("en")


@pytest.fixture
def doc(paper_model) -> Document:
    return Document(with_register(paper_model))


def cell(view: RegisterView, option: str, factor: str, key: str):
    n = next(n for n in range(view.model.rowCount())
             if (view.model.row(n).option.id, view.model.row(n).factor.id) == (option, factor))
    return view.model.index(n, COLUMNS.index(key))


def test_register_shows_statuses_and_treatments_in_arabic_and_keeps_the_values(qtbot, arabic, doc):
    view = RegisterView(doc, lambda: TODAY)
    qtbot.addWidget(view)
    status, treatment = cell(view, "O2", "P1", "status"), cell(view, "O1", "S1", "treatment")
    assert (status.data(DISPLAY), status.data(EDIT)) == ("قيد المراقبة", "monitoring")
    assert (treatment.data(DISPLAY), treatment.data(EDIT)) == ("معالجة", "treat")
    assert status.data(CHOICES_ROLE) == [("open", "مفتوح"), ("monitoring", "قيد المراقبة"), ("closed", "مغلق")]
    assert [text for _, text in treatment.data(CHOICES_ROLE)][1:] == ["معالجة", "تقبّل", "نقل", "إنهاء"]
    combo = view.combos["status"]
    assert [combo.itemText(n) for n in range(1, combo.count())] == ["مفتوح", "قيد المراقبة", "مغلق"]
    assert "مطبَّق" in cell(view, "O1", "S1", "controls").data(Qt.ItemDataRole.ToolTipRole)


def test_controls_editor_shows_control_statuses_in_arabic_and_edits_the_value(qtbot, arabic, doc):
    editor = ControlsEditor(doc)
    qtbot.addWidget(editor)
    status = editor.controls.index(1, CONTROL_COLUMNS.index("status"))
    assert (status.data(DISPLAY), status.data(EDIT)) == ("مخطَّط", "planned")
    assert status.data(CHOICES_ROLE) == [("in place", "مطبَّق"), ("planned", "مخطَّط")]
    assert editor.controls.setData(status, "in place")
    assert doc.model.register.control("C2").status == "in place"
    assert status.data(DISPLAY) == choice_label("control_status", "in place", "ar")


def test_method_pickers_list_the_arabic_labels(arabic, make_window, paper_model):
    window = make_window(paper_model)
    window.results.activate()
    combo = window.results.method
    texts = [combo.itemText(n) for n in range(combo.count())]
    keys = [combo.itemData(n) for n in range(combo.count())]
    assert keys == list(REGISTRY)  # every method, in the registry's order
    assert texts == [spec.label_in("ar") for spec in REGISTRY.values()]
    shipped = dict(zip(keys, texts))
    assert [shipped[key] for key in SHIPPED] == \
        ["المجموع المرجّح (WSM)", "الجداء المرجّح (WPM)", "TOPSIS", "VIKOR", "PROMETHEE II"]


def test_english_window_shows_the_values_themselves(qtbot, doc):
    view = RegisterView(doc, lambda: TODAY)
    qtbot.addWidget(view)
    assert cell(view, "O2", "P1", "status").data(DISPLAY) == "monitoring"


def test_a_new_project_in_the_arabic_window_names_its_bands_in_arabic(arabic, make_window, paper_model):
    window = make_window(paper_model)
    window.files.new()
    assert window.document.model.bands.names == ("منخفض", "متوسط", "مرتفع", "حرج")


def test_the_residual_rule_the_benefit_note_and_the_cox_check_read_in_arabic(arabic, make_window, paper_model):
    """The core's sentences the window repeats (rule, note, Cox line) come in the interface language."""
    from core.bilingual import localized
    from core.catalogue import catalogue
    from core.model import Bands
    from core.register.cox import check_bands
    from ui.widgets.basis_bar import basis_sentence

    arabic_texts = catalogue("ar")
    bands = Bands(upper=(4, 4.5, 4.8, 25))  # fails Cox: the line names cells, in Arabic too
    window = make_window(paper_model.replace(bands=bands))
    assert arabic_texts["register.rule"] in basis_sentence(window.document, "residual")
    assert catalogue("en")["register.rule"] not in basis_sentence(window.document, "residual")
    shown_bands = localized(window.document.model, "ar").bands
    assert check_bands(shown_bands, "ar").summary("ar") in window.results.cox.text()
    assert "Cox's" not in window.results.cox.text()
