"""Long work in a child process, for work that would hold the GIL and so freeze the window.

A worker thread leaves the GUI thread free only while it runs code that
releases the GIL; openpyxl, matplotlib and Qt's text layout hold it for
hundreds of milliseconds at a stretch, and every turn of the event loop
waits for it. :func:`run_in_child` runs a job ``function(inputs, progress,
cancel)`` in a fresh interpreter instead and is itself such a job, meant to
be run by :class:`ui.workers.Runner` on a worker thread that only waits on a
pipe: progress, cancel and the one-line error of the job reach the window as
if it ran on the thread. No Qt here: a child imports only what its job needs.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable
from types import MappingProxyType

from core.errors import Message, ModelError, described

POLL_S = 0.05  # how often the waiting thread looks at the cancel flag
STEPS = 1000  # progress resolution, as ui.workers: a finer step would only flood the pipe


class ChildFailed(ModelError):
    """The job failed in the child process; the message is its one line, as the child said it."""


def _read_only(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


class _Pickler(pickle.Pickler):
    """Pickles read-only mappings (the model's) as dicts.

    Pickling is C code that holds the GIL; this hook runs as Python for
    every object that is not a plain number, string or container, so the
    GUI thread gets its turns while a large model is pickled.
    """

    def reducer_override(self, obj):  # noqa: D102 - pickle hook
        if isinstance(obj, MappingProxyType):
            return _read_only, (dict(obj),)
        return NotImplemented


def dumps(value: object) -> bytes:
    """``value`` pickled for a child process (see :class:`_Pickler`)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def run_in_child(job: tuple[Callable, object], progress: Callable[[float], None],
                 cancel: Callable[[], bool]) -> object:
    """Run ``function(inputs, progress, cancel)`` for ``job = (function, inputs)`` in a child process.

    Returns its result; raises :class:`~core.sensitivity.progress.Cancelled`
    when it was cancelled and :class:`ChildFailed` with its one-line message
    when it failed (or the child process died). ``function`` must be
    importable by name and ``inputs`` picklable.
    """
    import multiprocessing  # not on the start-up path: only an export needs it

    from core.sensitivity.progress import Cancelled

    context = multiprocessing.get_context("spawn")  # fork is unsafe in a process running Qt and threads
    receiver, sender = context.Pipe(duplex=False)
    stop = context.Event()
    child = context.Process(target=_child, args=(dumps(job), sender, stop), daemon=True, name="mizan-job")
    child.start()
    sender.close()  # the child holds the only writing end: its exit ends the pipe
    try:
        kind, value = _wait(receiver, stop, progress, cancel)
    finally:
        receiver.close()
        child.join()
    if kind == "finished":
        return value
    if kind == "cancelled":
        raise Cancelled()
    if kind == "died":
        value = Message("checks.report.child_died", code=child.exitcode)
    raise ChildFailed(value)


def _wait(receiver, stop, progress: Callable[[float], None], cancel: Callable[[], bool]) -> tuple[str, object]:
    """Relay the child's messages until its outcome arrives; pass a cancel on."""
    while True:
        if cancel():
            stop.set()
        if not receiver.poll(POLL_S):
            continue
        try:
            kind, value = pickle.loads(receiver.recv_bytes())
        except EOFError:
            return "died", None
        if kind != "progress":
            return kind, value
        progress(value)


def _child(job: bytes, sender, stop) -> None:
    """The child's side: run the job, send progress, then one outcome."""
    from core.sensitivity.progress import Cancelled

    last = [-1]

    def progress(fraction: float) -> None:
        step = int(fraction * STEPS)
        if step != last[0]:
            last[0] = step
            sender.send_bytes(dumps(("progress", fraction)))

    try:
        function, inputs = pickle.loads(job)
        outcome: tuple[str, object] = ("finished", function(inputs, progress, stop.is_set))
    except Cancelled:
        outcome = ("cancelled", None)
    except Exception as exc:  # noqa: BLE001 - anything not sent here would be lost with the process
        outcome = ("failed", described(exc))  # worded by the window, in its language
    try:
        sender.send_bytes(dumps(outcome))
    except Exception as exc:  # noqa: BLE001 - a result that cannot travel still ends in one line
        sender.send_bytes(dumps(("failed", described(exc))))
    sender.close()
