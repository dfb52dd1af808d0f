"""Start the desktop application, or render its window to a PNG (``--screenshot``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1280, 800)
# How long a thread may keep the GIL while another waits for it (Python's default is 5 ms). The GUI
# thread needs the GIL back for every slot, paint and model call Qt makes into Python, many times a
# turn of the event loop; while a worker thread computes, each of those waits up to this interval.
GIL_SWITCH_S = 0.001


def create_app():
    """The QApplication (created once), named so QSettings and data folders find their place."""
    from PySide6.QtWidgets import QApplication

    # Qt's raster engine hands every fill of 96 or more spans to a thread pool of its own and waits for it:
    # each tall frame, toolbar or scroll-bar line the style draws is such a fill, so a whole-window repaint
    # waited for other threads about 27 times, longer than the fills took on the GUI thread. Qt reads this
    # switch at its first paint; the fills give the same pixels either way.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    sys.setswitchinterval(GIL_SWITCH_S)
    app.setApplicationName("Mizan")
    app.setOrganizationName("Mizan")
    return app


def _load(path: str | None, interactive: bool):
    """The model to show; on a bad file, say why and fall back to the built-in model."""
    from core.builtin import builtin_model
    from ui.i18n import message_of

    if path is None:
        return builtin_model(), None, None
    from core.loader import load_model_state

    try:
        model, state = load_model_state(path)
        return model, path if Path(path).suffix.lower() == ".mizan" else None, state
    except Exception as exc:  # noqa: BLE001 - the open boundary at start-up: a message, then the built-in model
        if not interactive:
            raise
        from PySide6.QtWidgets import QApplication, QMessageBox

        from ui.widgets.common import plain_message

        title = QApplication.translate("Mizan", "Mizan")
        plain_message(None, QMessageBox.Icon.Warning, title, message_of(exc)).exec()
        return builtin_model(), None, None


def open_window(path: str | None = None, interactive: bool = True, recovery_folder: Path | None = None):
    """A main window on ``path`` (the built-in model when None), not yet shown; None if declined."""
    from ui.main_window import MainWindow

    model, project, state = _load(path, interactive)
    window = MainWindow(model, project, recovery_folder=recovery_folder, interactive=interactive)
    if state is not None:
        window.document.load(model, project, state=state)
    if interactive and project is not None:
        if not window.files.take_lock(project):
            window.discard()
            return None
        window.settings.add_recent(project)
    return window


def save_screenshot(window, target: str, size: tuple[int, int] = SCREENSHOT_SIZE) -> None:
    """Render ``window`` at ``size`` with its charts drawn and save it as a PNG (atomically, like every file)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtWidgets import QApplication

    from core.storage.atomic import write_bytes

    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.results.activate()
    window.draw_charts()
    QApplication.processEvents()
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise OSError(f"{target}: cannot render the PNG")
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    write_bytes(target, bytes(png.data()))


def apply_language(requested: str | None = None) -> str:
    """Install the interface language (``--lang``, else the preference, else the system); return it."""
    from ui import i18n
    from ui.settings import Settings

    settings = Settings()
    code = i18n.choose_language(requested, settings.language)
    if not i18n.current().apply(code, settings.digits):
        sys.stderr.write(f"mizan: no {code} translation installed; the interface stays English\n")
    return i18n.current().code


def run_gui(path: str | None = None, screenshot: str | None = None, lang: str | None = None) -> int:
    """Open the main window on ``path`` in ``lang`` (None: the preference or the system) and run the event loop.

    With ``screenshot``, render the window offscreen to that PNG and exit
    instead (status 2 and one line on stderr if the file or the PNG fails).
    Status 2 and one line naming the packages to install when Qt's platform
    libraries are missing (a fresh Linux desktop).
    """
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.system_libraries import check_platform_libraries

    problem = check_platform_libraries()
    if problem:
        sys.stderr.write(problem + "\n")
        return 2
    if screenshot:
        _quiet_offscreen_warnings()
    app = create_app()
    apply_language(lang)
    if screenshot:
        return _screenshot(path, screenshot)
    window = open_window(path)
    if window is None:
        return 0
    sys.excepthook = _report_bug
    window.show()
    return app.exec()


def _report_bug(kind, error, trace) -> None:
    """An exception no code caught: tell the user in one plain sentence, keep the trace on stderr."""
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.widgets.common import plain_message

    traceback.print_exception(kind, error, trace, file=sys.stderr)
    text = QApplication.translate("Mizan", "Something went wrong ({0}: {1}). Your model is unchanged; "
                                           "please save your work and report this.").format(kind.__name__, error)
    title = QApplication.translate("Mizan", "Mizan")
    plain_message(QApplication.activeWindow(), QMessageBox.Icon.Critical, title, text).exec()


def _quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's notice about size hints, which says nothing to a user."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(kind, context, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _screenshot(path: str | None, target: str) -> int:
    from core.errors import ModelError
    from ui.i18n import message_of

    try:
        window = open_window(path, interactive=False)
        save_screenshot(window, target)
    except Exception as exc:  # noqa: BLE001 - the boundary of the headless window: one line, never a traceback
        sys.stderr.write(f"mizan gui: {message_of(exc)}\n")
        return 2 if isinstance(exc, (ModelError, OSError)) else 1
    window.discard()
    return 0
