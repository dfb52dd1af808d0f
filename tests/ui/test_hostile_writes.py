"""A hostile corpus for the writing side, through the real command line.

Each case prepares a folder (inputs, links, FIFOs, odd modes, a failing
disk injected at the OS edge), runs one command and checks the promise:
exit 2 with one line on stderr, or exit 0 where the request is valid; never
a traceback, an "internal error" or a hang; and no file changed except the
outputs the case names (their modes and links as they were).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import stat
import warnings
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from core.builtin import builtin_model
from core.model import Criterion
from core.profiles import complete_profile
from core.reports.data import build_report
from core.reports.excel import write_workbook
from core.storage.profile_file import write_profile_file
from core.storage.project import model_to_data, write_project
from tests.faults import failing_disk
from tests.ui.cli_helpers import cli

ZERO = "option,Cost,Quality\nweight,1,1\ndirection,cost,benefit\nA,0,9\nB,200,5\nC,100,7\n"
NEGATIVE = "option,p,q\nA,-1,2\nB,3,-4\nC,1,1\n"  # criterion ids unlike the option ids (a and A look the same)
PLANS = "option,Cost,Quality\nA,100,5\nB,200,9\n"
LONG = "n" * 250


def _deep(levels: int) -> dict:
    model = builtin_model()
    node = model.criteria[0]
    for k in range(levels - 2):
        node = Criterion(f"G{k}", f"Group {k}", children=(node,))
    return model_to_data(model.replace(criteria=(node,) + model.criteria[1:]))


@pytest.fixture(scope="session")
def inputs(tmp_path_factory) -> Path:
    """The files every case starts from, made once."""
    folder = tmp_path_factory.mktemp("inputs")
    model = builtin_model()
    write_project(folder / "model.mizan", model)
    write_workbook(folder / "model.xlsx", build_report(model, model.profiles[0], samples=0))
    write_workbook(folder / "scores.xlsx", build_report(model, model.profiles[1], samples=0))
    write_profile_file(folder / "p.mizan-profile", complete_profile(model, model.profiles[2]), "en")  # as exported
    write_profile_file(folder / "q.mizan-profile", complete_profile(model, model.profiles[3]), "en")
    for name, text in {"zero.csv": ZERO, "neg.csv": NEGATIVE, "plans.csv": PLANS, "plans-ranking.csv": PLANS,
                       "model.csv": PLANS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "deep15.mizan").write_text(json.dumps(_deep(15)), encoding="utf-8")
    (folder / "deep16.mizan").write_text(json.dumps(_deep(16)), encoding="utf-8")
    return folder


# ---- what a case may set up -------------------------------------------------

def link(name: str, to: str) -> Callable:
    return lambda tmp, mp: (tmp / name).symlink_to(tmp / to)


def hard_link(name: str, to: str) -> Callable:
    return lambda tmp, mp: os.link(tmp / to, tmp / name)


def old(name: str, mode: int = 0o644) -> Callable:
    def make(tmp, mp):
        (tmp / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp / name).write_bytes(b"old " + name.encode())
        os.chmod(tmp / name, mode)
    return make


def folder(name: str) -> Callable:
    return lambda tmp, mp: (tmp / name).mkdir()


def fifo(name: str) -> Callable:
    return lambda tmp, mp: os.mkfifo(tmp / name)


def full_disk(code: int = errno.ENOSPC, spare_files: int = 0, on: str = "write") -> Callable:
    return lambda tmp, mp: failing_disk(mp, code, spare_files, on)


def read_only(name: str) -> Callable:
    """``name`` made read-only; os.access answers as for its owner (root may write anything)."""
    def make(tmp, mp):
        os.chmod(tmp / name, 0o444)
        real = os.access
        mp.setattr(os, "access", lambda p, m: False if Path(p).resolve() == (tmp / name).resolve() and m == os.W_OK
                   else real(p, m))
    return make


@dataclass
class Case:
    """One command on a prepared folder, and what must come of it."""

    id: str
    argv: str
    status: int
    setup: tuple[Callable, ...] = ()
    changes: tuple[str, ...] = ()
    says: str = ""
    check: Callable[[Path], bool] | None = None
    argv_list: list[str] = field(default_factory=list)


def mode_of(tmp: Path, name: str) -> int:
    return stat.S_IMODE((tmp / name).stat().st_mode)


CASES = [
    # an output that is an input is refused, however it is spelt
    Case("export-csv-over-itself", "export model.csv --out model.csv", 2, says="is an input of this command"),
    Case("export-xlsx-over-itself", "export model.xlsx --out model.xlsx", 2, says="is an input"),
    Case("export-ranking-over-the-input", "export plans-ranking.csv --out plans.csv", 2,
         says="plans-ranking.csv: is an input"),
    Case("export-over-a-symlinked-input", "export model.csv --out alias.csv", 2, (link("alias.csv", "model.csv"),),
         says="is an input"),
    Case("export-over-a-hard-linked-input", "export model.csv --out hard.csv", 2,
         (hard_link("hard.csv", "model.csv"),), says="is an input"),
    Case("export-over-the-profile-file", "export model.mizan --profile p.mizan-profile --out plink.html", 2,
         (link("plink.html", "p.mizan-profile"),), says="is an input"),
    Case("import-scores-over-its-source", "import-scores scores.xlsx --out scores.xlsx", 2,
         says="--out must name a .mizan file"),
    Case("import-scores-over-a-csv", "import-scores scores.xlsx --out other.csv", 2, (old("other.csv"),),
         says="--out must name a .mizan file"),
    Case("import-scores-without-suffix", "import-scores scores.xlsx --out project", 2, says="must name a .mizan"),
    Case("import-scores-over-a-linked-source", "import-scores scores.xlsx --out slink.mizan", 2,
         (link("slink.mizan", "scores.xlsx"),), says="is an input"),
    Case("import-scores-updates-its-project", "import-scores scores.xlsx --into model.mizan --out model.mizan", 0,
         (lambda tmp, mp: os.chmod(tmp / "model.mizan", 0o640),), changes=("model.mizan",),
         check=lambda tmp: mode_of(tmp, "model.mizan") == 0o640),
    Case("import-scores-new-project", "import-scores scores.xlsx --out new.mizan", 0, changes=("new.mizan",),
         check=lambda tmp: mode_of(tmp, "new.mizan") == 0o644),
    Case("profile-export-over-itself", "profile export --profile p.mizan-profile --out p.mizan-profile", 2,
         says="is an input"),
    Case("profile-export-through-a-link-ok", "profile export --profile Equal_weights --out plink.mizan-profile", 0,
         (link("plink.mizan-profile", "q.mizan-profile"),), changes=("q.mizan-profile",),
         check=lambda tmp: (tmp / "plink.mizan-profile").is_symlink() and b"Equal weights" in
         (tmp / "q.mizan-profile").read_bytes()),
    Case("profile-import-over-its-file", "profile import p.mizan-profile --out mlink.mizan", 2,
         (link("mlink.mizan", "p.mizan-profile"),), says="is an input"),
    Case("profile-combine-over-a-profile", "profile combine --profile p.mizan-profile --profile Equal_weights "
         "--out clink.mizan", 2, (link("clink.mizan", "p.mizan-profile"),), says="is an input"),
    # targets that are not files
    Case("export-to-a-folder", "export --out dir.html --samples 0", 2, (folder("dir.html"),), says="is a folder"),
    Case("export-to-a-fifo", "export --out pipe.csv --samples 0", 2, (fifo("pipe.csv"),),
         says="is not a regular file"),
    Case("export-to-a-fifo-html", "export --out pipe.html --samples 0", 2, (fifo("pipe.html"),),
         says="is not a regular file"),
    Case("export-to-a-missing-folder", "export --out nodir/x.xlsx --samples 0", 2, says="does not exist"),
    Case("export-under-a-file", "export --out model.csv/x.html --samples 0", 2, says="does not exist"),
    Case("export-long-name", f"export --out {LONG}.html --samples 0", 0, changes=(f"{LONG}.html",)),
    Case("export-long-csv-name", f"export --out {LONG}.csv --samples 0", 2, says="File name too long"),
    # modes and links survive
    Case("export-keeps-mode", "export --out shared.xlsx --samples 0", 0, (old("shared.xlsx", 0o640),),
         changes=("shared.xlsx",), check=lambda tmp: mode_of(tmp, "shared.xlsx") == 0o640),
    Case("export-csv-keeps-modes", "export --out s.csv --samples 0", 0,
         (old("s.csv", 0o664), old("s-ranking.csv", 0o660)), changes=("s.csv", "s-ranking.csv"),
         check=lambda tmp: (mode_of(tmp, "s.csv"), mode_of(tmp, "s-ranking.csv")) == (0o664, 0o660)),
    Case("export-through-a-link", "export --out link.html --samples 0", 0,
         (old("real/target.html", 0o600), link("link.html", "real/target.html")), changes=("real/target.html",),
         check=lambda tmp: (tmp / "link.html").is_symlink() and mode_of(tmp, "real/target.html") == 0o600
         and b"<html" in (tmp / "real/target.html").read_bytes()),
    Case("export-through-a-dangling-link", "export --out dangling.html --samples 0", 0,
         (link("dangling.html", "made.html"),), changes=("made.html",),
         check=lambda tmp: (tmp / "made.html").stat().st_size > 0),
    Case("export-new-file-umask-default", "export --out fresh.pdf --samples 0", 0, changes=("fresh.pdf",),
         check=lambda tmp: mode_of(tmp, "fresh.pdf") == 0o644),
    # a full disk or a read-only folder, injected at the OS edge
    Case("full-disk-xlsx", "export --out o.xlsx --samples 0", 2, (old("o.xlsx"), full_disk()),
         says="o.xlsx: cannot be written (No space left on device)"),
    Case("full-disk-html", "export --out o.html --samples 0", 2, (old("o.html"), full_disk()),
         says="o.html: cannot be written (No space left on device)"),
    Case("full-disk-pdf", "export --out o.pdf --samples 0", 2, (old("o.pdf"), full_disk()),
         says="o.pdf: cannot be written (No space left on device)"),
    Case("full-disk-csv", "export --out o.csv --samples 0", 2, (old("o.csv"), old("o-ranking.csv"), full_disk()),
         says="o.csv: cannot be written"),
    Case("full-disk-csv-second-file", "export --out o.csv --samples 0", 2,
         (old("o.csv"), old("o-ranking.csv"), full_disk(spare_files=1)), says="o-ranking.csv: cannot be written"),
    Case("full-disk-import-scores", "import-scores scores.xlsx --out o.mizan", 2, (old("o.mizan"), full_disk()),
         says="o.mizan: cannot be written"),
    Case("full-disk-profile-export", "profile export --profile Equal_weights --out o.mizan-profile", 2,
         (old("o.mizan-profile"), full_disk()), says="o.mizan-profile: cannot be written (No space left on device)"),
    Case("quota-profile-export", "profile export --profile p.mizan-profile --out o.mizan-profile", 2,
         (old("o.mizan-profile"), full_disk(errno.EDQUOT)), says="o.mizan-profile: cannot be written (Disk quota"),
    Case("quota-profile-import", "profile import p.mizan-profile --name Imported --out o.mizan", 2,
         (old("o.mizan"), full_disk(errno.EDQUOT)), says="o.mizan: cannot be written (Disk quota exceeded)"),
    Case("io-error-combine", "profile combine --profile p.mizan-profile --profile q.mizan-profile --out o.mizan", 2,
         (old("o.mizan"), full_disk(errno.EIO)), says="o.mizan: cannot be written (Input/output error)"),
    Case("read-only-folder-export", "export --out ro/x.html --samples 0", 2,
         (folder("ro"), full_disk(errno.EACCES, on="open")), says="ro/x.html: cannot be written (Permission denied)"),
    Case("read-only-folder-import-scores", "import-scores scores.xlsx --out ro/x.mizan", 2,
         (folder("ro"), full_disk(errno.EROFS, on="open")), says="cannot be written (Read-only file system)"),
    Case("read-only-report", "export --out final.pdf --samples 0", 2, (old("final.pdf"), read_only("final.pdf")),
         says="final.pdf: is read-only; nothing was written"),
    Case("read-only-project", "import-scores scores.xlsx --out final.mizan", 2,
         (old("final.mizan"), read_only("final.mizan")), says="final.mizan: is read-only"),
    Case("full-disk-through-a-link", "export --out link.html --samples 0", 2,
         (old("real/target.html"), link("link.html", "real/target.html"), full_disk()),
         says="link.html: cannot be written", check=lambda tmp: (tmp / "link.html").is_symlink()),
    # the tree limit is the same on save and on load
    Case("too-deep-to-load", "score deep16.mizan", 2, says="nested deeper than 32 levels"),
    Case("deepest-tree-exports", "export deep15.mizan --out d.xlsx --samples 0", 0, changes=("d.xlsx",)),
    Case("deepest-tree-resaved", "import-scores scores.xlsx --into deep15.mizan --out d.mizan", 0,
         changes=("d.mizan",)),
    # one method that cannot rank the model does not spoil the rest
    Case("zero-xlsx", "export zero.csv --out z.xlsx --samples 0", 0, changes=("z.xlsx",)),
    Case("zero-html", "export zero.csv --out z.html --samples 100", 0, changes=("z.html",),
         check=lambda tmp: b"Weighted product (WPM) is not computed" in (tmp / "z.html").read_bytes()),
    Case("zero-pdf", "export zero.csv --out z.pdf --samples 0", 0, changes=("z.pdf",)),
    Case("zero-csv", "export zero.csv --out z.csv --samples 0", 0, changes=("z.csv", "z-ranking.csv")),
    Case("zero-all-methods", "score zero.csv --all-methods", 0),
    Case("zero-all-methods-json", "score zero.csv --all-methods --json", 0),
    Case("zero-all-methods-csv", "score zero.csv --all-methods --csv", 0),
    Case("zero-reported-wpm", "export zero.csv --method wpm --out z.html --samples 0", 2,
         says="Weighted product (WPM) cannot rank this model: option A"),
    Case("zero-score-wpm", "score zero.csv --method wpm", 2, says="the weighted product needs positive values"),
    Case("zero-sensitivity-wpm", "sensitivity zero.csv --method wpm --samples 100", 2, says="positive values"),
    Case("negative-xlsx", "export neg.csv --out n.xlsx --samples 50", 0, changes=("n.xlsx",)),
    Case("zero-topsis-report", "export zero.csv --method topsis --out t.html --samples 200", 0, changes=("t.html",)),
]

# The profile name with a space travels through the one-string argv above with an underscore.
for case in CASES:
    case.argv_list = [part.replace("Equal_weights", "Equal weights") for part in case.argv.split()]


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder``: content (files), mode, and where a link points."""
    seen = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            seen[name] = ("link", os.readlink(path))
        elif path.is_file():
            seen[name] = ("file", path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
        else:
            seen[name] = ("other", stat.S_IFMT(path.stat().st_mode), stat.S_IMODE(path.stat().st_mode))
    return seen


@contextmanager
def deadline(seconds: int):
    """Fail instead of hanging (a FIFO opened for writing blocks for ever)."""
    def expired(signum, frame):
        raise TimeoutError(f"the command did not finish in {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def umask_022():
    old_mask = os.umask(0o022)
    yield
    os.umask(old_mask)


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 40 and len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_write(case, inputs, tmp_path, monkeypatch, capsys, umask_022):
    work = tmp_path / "work"
    shutil.copytree(inputs, work)
    monkeypatch.chdir(work)
    for step in case.setup:
        step(work, monkeypatch)
    before = snapshot(work)
    numpy_state, filters = np.geterr(), list(warnings.filters)
    with deadline(120):
        status, out, err = cli(capsys, *case.argv_list)
    monkeypatch.undo()  # the failing disk too, before the folder is read back
    assert status == case.status, err
    assert status or err == "", err
    assert "Traceback" not in out + err and "internal error" not in err
    if status:
        assert err.startswith("mizan ") and err.count("\n") == 1 and err.endswith("\n")
        assert case.says in err, err
    after = snapshot(work)
    unchanged = {name: value for name, value in before.items() if name not in case.changes}
    assert {name: after.get(name) for name in unchanged} == unchanged
    assert all(name in before or name in case.changes for name in after), sorted(set(after) - set(before))
    assert not any(name.endswith(".tmp") for name in after)
    assert np.geterr() == numpy_state and warnings.filters == filters  # nothing silenced globally
    if case.check is not None:
        assert case.check(work)
