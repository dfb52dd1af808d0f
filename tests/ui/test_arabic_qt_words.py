"""Qt's own words in the Arabic window: the file dialog, the standard buttons and the menu shortcuts.

Qt's Arabic leaves the file dialog's "&Look in:" and "Files of &type:" in
English and words its standard buttons as imperatives; a right-to-left combo
showed "(*.mizan)" as "(mizan.*)" and a menu showed "Ctrl+," as "+Ctrl,". Each
is read here from the real widget: texts for the words, the visual order of
Qt's own text layout (tests/ui/visual_order.py) for the order.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from tests.ui.test_arabic_screens import ARABIC, FOLDER, arabic  # noqa: F401 - the language fixture
from tests.ui.visual_order import unmarked, visual
from ui.bidi import name_filters

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")
NATIVE = QKeySequence.SequenceFormat.NativeText
# Qt's own imperatives (qtbase_ar) that our verbal nouns replace.
IMPERATIVES = {"ألغِ", "احفظ", "طبّق", "أغلق", "افتح", "ارفض", "حسنًا"}


def opened_file_dialog(qtbot, ask) -> dict:
    """Open the file dialog ``ask`` shows, picture it, read its labels and filter combo, cancel it."""
    seen: dict = {}

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, grab)
            return
        seen["labels"] = [label.text() for label in box.findChildren(QLabel) if label.isVisible() and label.text()]
        combo = box.findChild(QComboBox, "fileTypeCombo")
        seen["filters"] = [combo.itemText(i) for i in range(combo.count())]
        seen["buttons"] = [button.text() for box_ in box.findChildren(QDialogButtonBox) for button in box_.buttons()]
        shot(box, "file-open-project-words", FOLDER)
        box.reject()

    QTimer.singleShot(0, grab)
    ask()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_the_file_dialog_is_arabic_and_its_patterns_read_left_to_right(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    seen = opened_file_dialog(qtbot, window.files.ask_open_path)
    assert seen["labels"] and all(ARABIC.search(text) for text in seen["labels"]), seen["labels"]
    assert seen["buttons"] and not IMPERATIVES & {text.replace("&", "") for text in seen["buttons"]}, seen["buttons"]
    shown = [visual(text) for text in seen["filters"]]
    assert shown[0].startswith("(*.mizan) ") and shown[1].startswith("(*.csv *.xlsx) "), shown


@pytest.mark.parametrize("filters", ["Mizan projects (*.mizan)", "A (*.csv *.xlsx);;B (*.mizan-profile)",
                                     "مشاريع ميزان (*.mizan);;جداول البيانات (*.csv *.xlsx)"])
def test_every_name_filter_keeps_its_pattern_whole_and_left_to_right(arabic, filters):
    marked = name_filters(filters).split(";;")
    assert [unmarked(one) for one in marked] == filters.split(";;"), "Qt still finds the pattern at the end"
    for one in marked:
        pattern = one[one.rindex("("):]
        assert pattern in visual(one), (one, visual(one))


def test_the_standard_buttons_are_verbal_nouns_like_ours(qtbot, arabic):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Apply
                               | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Discard)
    qtbot.addWidget(buttons)
    words = {button.text().replace("&", "") for button in buttons.buttons()}
    assert words == {"موافق", "إلغاء", "حفظ", "تطبيق", "إغلاق", "تجاهل التغييرات"}, words


def test_every_menu_shortcut_reads_as_it_is_typed(arabic, make_window, paper_model):
    window = make_window(paper_model)
    shortcuts = {action.shortcut() for menu in window.menuBar().actions() for action in menu.menu().actions()
                 if not action.shortcut().isEmpty()}
    assert QKeySequence("Ctrl+,") in shortcuts
    for shortcut in shortcuts:
        native = shortcut.toString(NATIVE)
        assert visual(native) == shortcut.toString(), native
        assert QKeySequence(shortcut.toString()) == shortcut, "the key itself is unchanged"
