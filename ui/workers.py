"""Long work off the GUI thread: one pure ``run(inputs, progress, cancel)`` at a time (DESIGN.md).

:class:`Runner` starts such a function on its own :class:`QThread` and hands
it two callbacks that are safe to call from that thread:

* ``progress(fraction)`` only emits a Qt signal of the thread object, which
  lives in the GUI thread, so Qt queues it to the GUI thread's event loop;
  calls that would not move the bar by a step are dropped, so a chatty
  computation cannot flood the queue;
* ``cancel()`` reads a :class:`threading.Event`, a lock-protected flag
  that the GUI thread sets.

The function's outcome (its result, :class:`Cancelled`, or any other
exception as a one-line message) is stored on the thread and read by the GUI
thread once the thread's ``finished`` signal arrives, so the runner is idle
again before it tells anyone: a listener may start the next run at once.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

Job = Callable[..., object]  # job(inputs, progress, cancel) -> result
STEPS = 1000  # progress resolution: a bar is never wider than this many pixels


@dataclass(frozen=True)
class Request:
    """A function and its inputs, waiting to run."""

    function: Job
    inputs: object


class _Thread(QThread):
    """Runs one request; see the module docstring."""

    progressed = Signal(float)

    def __init__(self, request: Request, parent: QObject) -> None:
        super().__init__(parent)
        self.request = request
        self.stop_flag = threading.Event()
        self.outcome: tuple[str, object] = ("failed", "the computation did not run")
        self._step = -1

    def run(self) -> None:  # noqa: D102 - Qt override; runs in the worker thread
        # Imported here: core.sensitivity loads numpy, which must stay off the start-up path.
        from core.sensitivity.progress import Cancelled
        from ui.i18n import message_of

        try:
            result = self.request.function(self.request.inputs, self._progress, self.stop_flag.is_set)
        except Cancelled:
            self.outcome = ("cancelled", None)
        except Exception as exc:  # noqa: BLE001 - anything that escapes here would be lost with the thread
            self.outcome = ("failed", message_of(exc))
        else:
            self.outcome = ("finished", result)

    def _progress(self, fraction: float) -> None:
        step = int(fraction * STEPS)
        if step != self._step:
            self._step = step
            self.progressed.emit(fraction)


class Runner(QObject):
    """One computation at a time on a worker thread, with progress, cancel and a queue of one.

    :meth:`start` refuses while busy; :meth:`request` instead cancels the
    running computation and runs the new one once it has stopped (the
    latest request wins), without reporting the superseded one.
    """

    progressed = Signal(float)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _Thread | None = None
        self._pending: Request | None = None
        app = QCoreApplication.instance()
        if app is not None:
            # A QThread destroyed while it runs aborts the process: however the program ends, stop first.
            app.aboutToQuit.connect(self.stop)

    def busy(self) -> bool:
        """True while a computation runs (or waits to replace the one that runs)."""
        return self._thread is not None

    def start(self, function: Job, inputs: object) -> bool:
        """Run ``function(inputs, progress, cancel)``; False (and nothing starts) while busy."""
        if self.busy():
            return False
        self._launch(Request(function, inputs))
        return True

    def request(self, function: Job, inputs: object) -> None:
        """Run ``function`` now, or as soon as the running computation has been cancelled."""
        if not self.busy():
            self._launch(Request(function, inputs))
            return
        self._pending = Request(function, inputs)
        self.cancel_running()

    def cancel(self) -> None:
        """Ask the running computation to stop; ``cancelled`` follows once it has."""
        self._pending = None
        self.cancel_running()

    def cancel_running(self) -> None:
        """Ask the running computation to stop, keeping a pending request."""
        if self._thread is not None:
            self._thread.stop_flag.set()

    def stop(self) -> None:
        """Cancel and wait for the worker thread to end; no signal follows (the owner is closing).

        The computation checks ``cancel()`` between chunks of work, so the
        wait is one chunk long.
        """
        thread, self._thread, self._pending = self._thread, None, None
        if thread is None:
            return
        thread.finished.disconnect(self._finish)
        thread.progressed.disconnect(self._progressed)
        thread.stop_flag.set()
        thread.wait()
        thread.deleteLater()

    def _launch(self, request: Request) -> None:
        self._pending = None
        self._thread = _Thread(request, self)
        self._thread.progressed.connect(self._progressed)
        self._thread.finished.connect(self._finish)
        self._thread.start()

    @Slot(float)
    def _progressed(self, fraction: float) -> None:
        if self._thread is not None and self.sender() is self._thread and self._pending is None:
            self.progressed.emit(fraction)

    @Slot()
    def _finish(self) -> None:
        thread = self.sender()
        if thread is None or thread is not self._thread:
            return  # a thread that stop() has already waited for
        thread.wait()  # finished is emitted just before the thread ends: let it end
        thread.deleteLater()
        self._thread = None
        kind, value = thread.outcome
        if self._pending is not None:
            self._launch(self._pending)
        elif kind == "finished":
            self.finished.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(str(value))


def warm_up(modules: tuple[str, ...]) -> threading.Thread:
    """Import ``modules`` on a background thread, so that the GUI thread later finds them loaded.

    matplotlib alone takes a second or more to import on a busy machine; on
    the GUI thread that second is a frozen window the first time a chart
    appears. Python's import locks make a GUI thread that needs a module
    before the warm-up is done simply wait for it: nothing is imported twice.
    """
    fresh = [name for name in modules if name not in sys.modules]

    def run() -> None:
        from core.memory import keep_long_lived

        for name in fresh:
            importlib.import_module(name)
        if fresh:  # the first window of the process: what start-up loaded stays for good
            keep_long_lived()

    # Not a daemon: one killed at exit in the middle of an extension's import aborts the process.
    thread = threading.Thread(target=run, name="warm-up")
    thread.start()
    return thread
