"""Work in a child process: result, progress, cancel and the one-line errors come back as from a thread."""

from __future__ import annotations

import os
import time

import pytest

from core.builtin import builtin_model
from core.sensitivity.progress import Cancelled
from ui.processes import ChildFailed, run_in_child


def echo(inputs, progress, cancel):
    """A job: reports progress in quarters, returns its inputs and its process id."""
    for quarter in range(1, 5):
        progress(quarter / 4)
    return inputs, os.getpid()


def wait_for_cancel(inputs, progress, cancel):
    """A job that runs until it is cancelled (at most 30 s)."""
    deadline = time.monotonic() + 30
    progress(0.5)
    while time.monotonic() < deadline:
        if cancel():
            raise Cancelled()
        time.sleep(0.01)
    return "never cancelled"


def fail(inputs, progress, cancel):
    raise OSError(28, "No space left on device", str(inputs))


def die(inputs, progress, cancel):
    os._exit(3)


def test_the_result_and_the_progress_come_back_from_another_process():
    """The model travels whole (its read-only mappings too) and comes back equal."""
    model, seen = builtin_model(), []
    (back, pid) = run_in_child((echo, model), seen.append, lambda: False)
    assert back == model and pid != os.getpid()
    assert seen == [0.25, 0.5, 0.75, 1.0]


def test_a_cancel_reaches_the_child():
    seen, asked = [], []

    def cancel() -> bool:
        asked.append(1)
        return bool(seen)  # once the child has said it runs

    with pytest.raises(Cancelled):
        run_in_child((wait_for_cancel, None), seen.append, cancel)
    assert seen == [0.5] and asked


def test_a_failure_in_the_child_is_its_one_line():
    with pytest.raises(ChildFailed) as caught:
        run_in_child((fail, "out/r.xlsx"), lambda f: None, lambda: False)
    assert str(caught.value) == "out/r.xlsx: No space left on device"


def test_a_child_that_dies_is_one_line_too():
    with pytest.raises(ChildFailed) as caught:
        run_in_child((die, None), lambda f: None, lambda: False)
    assert str(caught.value) == "the background process stopped unexpectedly (exit code 3); please report it"
