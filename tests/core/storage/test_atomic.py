"""The one atomic writer: faults leave old files byte-identical; modes, groups and links survive a save."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import WriteError
from core.storage.atomic import write_bytes, write_files
from core.storage.profile_file import write_profile_file
from core.storage.project import read_project, write_project
from tests.faults import ROOT, failing_disk, reason, run_with_file_size_limit


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG])
def test_a_failing_write_names_the_file_and_keeps_the_old_one(tmp_path, monkeypatch, paper_model, code):
    path = tmp_path / "p.mizan"
    write_project(path, paper_model)
    before = path.read_bytes()
    failing_disk(monkeypatch, code)
    with pytest.raises(WriteError) as caught:
        write_project(path, paper_model.replace(title="changed"))
    assert str(caught.value) == f"{path}: cannot be written ({reason(code)})"
    assert path.read_bytes() == before and leftovers(tmp_path) == []


def test_a_read_only_folder_is_refused_with_the_file_named(tmp_path, monkeypatch, paper_model):
    path = tmp_path / "p.mizan"
    write_project(path, paper_model)
    before = path.read_bytes()
    failing_disk(monkeypatch, errno.EACCES, on="open")
    profile = tmp_path / "x.mizan-profile"
    with pytest.raises(WriteError, match=rf"^{profile}: cannot be written \(Permission denied\)$"):
        write_profile_file(profile, paper_model.profiles[0], "en")
    with pytest.raises(WriteError, match="Permission denied"):
        write_project(path, paper_model.replace(title="changed"))
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["p.mizan"]


def test_a_really_full_disk_in_a_child_process(tmp_path):
    """RLIMIT_FSIZE makes the kernel refuse the write: the CLI says so in one line, the old files stay."""
    matrix, ranking = tmp_path / "r.csv", tmp_path / "r-ranking.csv"
    matrix.write_bytes(b"old matrix")
    ranking.write_bytes(b"old ranking")
    done = run_with_file_size_limit(["export", "--out", str(matrix), "--samples", "0"], 512, tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"mizan export: {matrix}: cannot be written (File too large)\n"
    assert (matrix.read_bytes(), ranking.read_bytes()) == (b"old matrix", b"old ranking")
    assert leftovers(tmp_path) == []


def test_a_kill_mid_save_of_a_csv_pair_leaves_both_old_files(tmp_path):
    matrix, ranking = tmp_path / "r.csv", tmp_path / "r-ranking.csv"
    matrix.write_bytes(b"old matrix")
    ranking.write_bytes(b"old ranking")
    script = ("import os, time\n"
              "real = os.fsync\n"
              "calls = []\n"
              "def slow(fd):\n"
              "    calls.append(fd)\n"
              "    if len(calls) == 2:\n"
              "        print('writing', flush=True); time.sleep(60)\n"
              "    real(fd)\n"
              "os.fsync = slow\n"
              "from ui.cli import run\n"
              f"run(['export', '--out', {str(matrix)!r}, '--samples', '0'])\n")
    with subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert matrix.read_bytes() == b"old matrix" and ranking.read_bytes() == b"old ranking"


def test_files_written_together_are_all_new_or_all_old(tmp_path, monkeypatch):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")
    failing_disk(monkeypatch, spare_files=1)
    with pytest.raises(WriteError, match=rf"^{second}: cannot be written"):
        write_files({first: b"new a", second: b"new b"})
    assert (first.read_bytes(), second.read_bytes()) == (b"old a", b"old b")
    assert leftovers(tmp_path) == []
    monkeypatch.undo()
    write_files({first: b"new a", second: b"new b"})
    assert (first.read_bytes(), second.read_bytes()) == (b"new a", b"new b")


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644, 0o664, 0o666, 0o700])
def test_a_save_keeps_the_old_files_permissions(tmp_path, paper_model, mode):
    path = tmp_path / "shared.mizan"
    write_project(path, paper_model)
    os.chmod(path, mode)
    write_project(path, paper_model.replace(title="changed"))
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert read_project(path).title == "changed"


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_a_new_file_gets_the_umask_default(tmp_path, umask):
    old = os.umask(umask)
    try:
        write_bytes(tmp_path / "new.html", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.html").stat().st_mode) == 0o666 & ~umask


def test_a_save_through_a_symlink_updates_its_target(tmp_path, paper_model, umask_022):
    real = tmp_path / "projects" / "real.mizan"
    real.parent.mkdir()
    write_project(real, paper_model)
    os.chmod(real, 0o640)
    link = tmp_path / "link.mizan"
    link.symlink_to(Path("projects") / "real.mizan")
    write_project(link, paper_model.replace(title="through the link"))
    assert link.is_symlink() and os.readlink(link) == str(Path("projects") / "real.mizan")
    assert read_project(real).title == "through the link"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == leftovers(real.parent) == []


def test_a_dangling_symlink_gets_its_target_created(tmp_path, umask_022):
    link = tmp_path / "r.html"
    link.symlink_to(tmp_path / "made.html")
    write_bytes(link, b"report")
    assert link.is_symlink() and (tmp_path / "made.html").read_bytes() == b"report"


def test_a_failing_save_through_a_symlink_keeps_link_and_target(tmp_path, monkeypatch, paper_model):
    real, link = tmp_path / "real.mizan", tmp_path / "link.mizan"
    write_project(real, paper_model)
    link.symlink_to(real)
    before = real.read_bytes()
    failing_disk(monkeypatch)
    with pytest.raises(WriteError, match=rf"^{link}: cannot be written"):
        write_project(link, paper_model.replace(title="changed"))
    assert link.is_symlink() and real.read_bytes() == before


def test_a_folder_or_a_fifo_is_never_replaced(tmp_path):
    folder = tmp_path / "r.html"
    folder.mkdir()
    with pytest.raises(WriteError, match=rf"^{folder}: is a folder, not a file$"):
        write_bytes(folder, b"x")
    fifo = tmp_path / "r.csv"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="is not a regular file"):
        write_bytes(fifo, b"x")
    assert folder.is_dir() and stat.S_ISFIFO(fifo.stat().st_mode) and leftovers(tmp_path) == []


def test_a_read_only_file_is_refused_not_replaced(tmp_path, monkeypatch, paper_model):
    path = tmp_path / "final.mizan"
    write_project(path, paper_model)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    real_access = os.access
    # The OS edge: root may write anything, so ask as the owner would be answered.
    monkeypatch.setattr(os, "access", lambda p, m: False if Path(p) == path and m == os.W_OK else real_access(p, m))
    with pytest.raises(WriteError, match=rf"^{path}: is read-only; nothing was written$"):
        write_project(path, paper_model.replace(title="changed"))
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(WriteError, match=rf"^{tmp_path}/no/r.html: cannot be written \(No such file or directory\)$"):
        write_bytes(tmp_path / "no" / "r.html", b"x")


def test_a_long_file_name_still_gets_a_temporary_file(tmp_path):
    path = tmp_path / ("n" * 250 + ".html")
    write_bytes(path, b"long")
    assert path.read_bytes() == b"long" and leftovers(tmp_path) == []


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(contents=st.lists(st.tuples(st.binary(max_size=2000), st.integers(0o600, 0o777),
                                   st.booleans()), min_size=1, max_size=3),
       failing=st.none() | st.integers(0, 2), on=st.sampled_from(["write", "open"]))
def test_any_group_of_files_ends_all_new_or_all_old(contents, failing, on):
    """Whatever the data, the modes, the links and the file that fails: all new, or all as they were."""
    with tempfile.TemporaryDirectory() as name, pytest.MonkeyPatch.context() as monkeypatch:
        folder = Path(name)
        targets, before = {}, {}
        for k, (data, mode, linked) in enumerate(contents):
            real = folder / f"real{k}.csv"
            real.write_bytes(b"old %d" % k)
            os.chmod(real, mode)
            target = folder / f"link{k}.csv" if linked else real
            if linked:
                target.symlink_to(real)
            targets[target] = data
            before[real] = (real.read_bytes(), mode)
        # A full disk fails only a write of some data; a read-only folder fails any file.
        fails = failing is not None and any(data or on == "open" for data, _, _ in contents[failing:])
        if failing is not None:
            failing_disk(monkeypatch, spare_files=failing, on=on)
        if fails:
            with pytest.raises(WriteError):
                write_files(targets)
        else:
            write_files(targets)
        for k, (target, data) in enumerate(targets.items()):
            real = folder / f"real{k}.csv"
            expected = before[real][0] if fails else data
            assert real.read_bytes() == expected and stat.S_IMODE(real.stat().st_mode) == before[real][1]
            assert target.is_symlink() == contents[k][2]
        assert leftovers(folder) == []


def test_an_interrupt_mid_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "r.html"
    path.write_bytes(b"old")

    def interrupted(fd, data):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_bytes(path, b"new")
    monkeypatch.undo()
    assert path.read_bytes() == b"old" and leftovers(tmp_path) == []
