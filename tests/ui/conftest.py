"""Fixtures for the window tests: a shown main window that never blocks on a question."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import i18n
from ui.document import Document
from ui.main_window import MainWindow

# The offscreen platform warns when a toolbar changes a window's size hints;
# that is the test platform talking, not the application.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


class Answers:
    """Scripted answers to the window's questions, with a record of what was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.queue: list[QMessageBox.StandardButton] = []
        self.default = QMessageBox.StandardButton.Discard

    def __call__(self, title, text, buttons, default):
        self.asked.append(title)
        return self.queue.pop(0) if self.queue else self.default


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp):
    """The widgets' QApplication exists before any in-process command that needs Qt.

    A PDF export from the command line makes a bare QGuiApplication when none
    exists (right for the command line); were that first, pytest-qt could not
    make its QApplication for the window tests that follow, whatever the order.
    It speaks English as the application does at start-up (its plural forms
    come from the English catalogue: "1 risk", "85 risks").
    """
    i18n.current().apply("en")
    return qapp


@pytest.fixture
def answers() -> Answers:
    """What the next questions will be answered."""
    return Answers()


@pytest.fixture
def make_window(qtbot, tmp_path, answers):
    """Build shown main windows on a model, with a private recovery folder."""
    windows = []

    def make(model, path=None, folder=None):
        window = MainWindow(model, path, recovery_folder=folder or tmp_path / "recovery")
        window.ask = answers
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # After the first paint the window ranks, draws and offers crash recovery.
        qtbot.waitUntil(lambda: window.results.ranking_model.active)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.document.undo_stack.setClean()
        window.end_session()


@pytest.fixture
def window(make_window, paper_model):
    """The main window on the paper's model."""
    return make_window(paper_model)


@pytest.fixture
def document(qtbot, paper_model) -> Document:
    """A document on the paper's model (no window)."""
    return Document(paper_model)
