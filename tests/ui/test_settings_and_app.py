"""UI settings (typed, versioned, migrated), start-up laziness and the screenshot mode."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QImage

from tests.ui.conftest import OFFSCREEN_NOISE
from ui.settings import MAX_RECENT, VERSION, Settings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ROOT = Path(__file__).resolve().parents[2]


def test_recent_files_are_deduplicated_newest_first_and_capped(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for number in range(MAX_RECENT + 3):
        settings.add_recent(str(tmp_path / f"p{number}.mizan"))
    settings.add_recent(str(tmp_path / "p4.mizan"))
    recent = settings.recent_files
    assert recent[0].endswith("p4.mizan") and len(recent) == MAX_RECENT
    assert len(set(recent)) == len(recent)


def test_version_one_settings_are_migrated(tmp_path):
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    store.setValue("recentFiles", "/only/one.mizan")
    settings = Settings(store)
    assert settings.recent_files == ["/only/one.mizan"]
    assert not store.contains("recentFiles") and int(store.value("version")) == VERSION


def test_geometry_and_splitters_round_trip(tmp_path):
    path = str(tmp_path / "s.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    settings.geometry = QByteArray(b"\x01\x02")
    settings.set_splitter("main", QByteArray(b"\x03"))
    settings.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.geometry == QByteArray(b"\x01\x02") and again.splitter("main") == QByteArray(b"\x03")
    assert again.splitter("unknown").isEmpty()


def _run(code: str) -> subprocess.CompletedProcess:
    env_code = "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", env_code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_first_paint_happens_before_numpy_matplotlib_pandas_or_openpyxl_load():
    result = _run("""
        import sys
        from ui.app import create_app, open_window
        app = create_app()
        window = open_window(None, interactive=False)
        heavy = ("numpy", "matplotlib", "pandas", "openpyxl")
        def painted():
            print(sorted(name for name in heavy if name in sys.modules))
            app.quit()
        window.first_painted.connect(painted)
        window.show()
        app.exec()
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


PAINT_AND_NAME_THREADS = """
import glob, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from ui.app import create_app, open_window
if sys.argv[1] == "app":
    app = create_app()
else:  # the same application but for the switch
    app = QApplication([])
    app.setApplicationName("Mizan")
    app.setOrganizationName("Mizan")
window = open_window(None, interactive=False)
window.resize(1280, 800)
window.show()
app.processEvents()
for _ in range(3):
    window.repaint()
print(sorted(open(path).read().strip() for path in glob.glob("/proc/self/task/*/comm")))
window.discard()
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="the threads are named in /proc")
def test_the_window_paints_on_the_gui_thread_alone():
    """The application's repaints hand no fill to Qt's GUI thread pool; a bare QApplication's do (the probe works)."""
    env = {name: value for name, value in os.environ.items() if name != "QT_NO_GUI_THREADPOOL"}
    threads = {}
    for how in ("bare", "app"):
        result = subprocess.run([sys.executable, "-c", PAINT_AND_NAME_THREADS, how], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        threads[how] = result.stdout.strip().splitlines()[-1]
    assert "Thread (pooled)" in threads["bare"]
    assert "Thread (pooled)" not in threads["app"]


def test_screenshot_mode_writes_a_png_and_exits(tmp_path):
    target = tmp_path / "shot.png"
    result = _run(f"""
        import sys
        from ui.app import run_gui
        sys.exit(run_gui(None, screenshot={str(target)!r}))
    """)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_mode_reports_a_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "bad.mizan"
    bad.write_text("{not json", encoding="utf-8")
    result = _run(f"""
        import sys
        from ui.app import run_gui
        sys.exit(run_gui({str(bad)!r}, screenshot={str(tmp_path / "x.png")!r}))
    """)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "bad.mizan" in result.stderr


def test_the_app_hands_the_gil_back_to_the_gui_thread_sooner_than_pythons_default():
    """Every Qt call into Python waits for the GIL while a worker computes: the app shortens that wait."""
    from ui.app import GIL_SWITCH_S, create_app

    default = sys.getswitchinterval()
    try:
        create_app()
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_S) and GIL_SWITCH_S < 0.005
    finally:
        sys.setswitchinterval(default)
