"""``mizan import-register``: an analyst's own register previewed, remapped with --map, saved with --out."""

from __future__ import annotations

import json

from core.storage.project import read_project
from tests.core.register.register_files import write_xlsx
from tests.ui.cli_helpers import cli


def test_the_preview_lists_the_mapping_the_placed_and_the_refused_rows(capsys, tmp_path):
    status, out, _ = cli(capsys, "import-register", str(write_xlsx(tmp_path / "register.xlsx")))
    assert status == 0
    assert "header in row 4" in out and "column I 'Risk Owner' -> owner" in out
    assert "2 row(s) placed, 2 changing the project; 1 row(s) not placed" in out
    assert "row 7 not placed: factor 'Z9' is not in the model (by id or name)" in out


def test_map_overrides_the_proposal_and_out_saves_the_imported_project(capsys, tmp_path, paper_model):
    project = tmp_path / "imported.mizan"
    status, out, _ = cli(capsys, "import-register", str(write_xlsx(tmp_path / "register.xlsx")), "--json",
                         "--map", "l=likelihood", "--map", "Risk owner=none", "--out", str(project))
    assert status == 0
    data = json.loads(out[:out.rindex("}") + 1])
    fields = {column["header"]: column["field"] for column in data["mapping"]}
    assert fields["L"] == "likelihood" and fields["Probability"] is None and fields["Risk Owner"] is None
    assert [(p["row"], p["levels"]) for p in data["placed"]] == [(5, {"likelihood": 3, "impact": 4}),
                                                                 (6, {"likelihood": 2, "impact": 5})]
    saved = read_project(project)
    assert saved.score("O1", "E1").likelihood == 3  # the owner column was dropped: the built-in owner stays
    assert saved.register.entry("O1", "E1").owner == paper_model.register.entry("O1", "E1").owner != ""
    assert saved.register.entry("O1", "E1").statement == "Aid halt leads to a budget gap"


def test_a_bad_map_or_a_mapping_without_a_factor_is_one_line_and_writes_nothing(capsys, tmp_path):
    source, project = str(write_xlsx(tmp_path / "register.xlsx")), tmp_path / "out.mizan"
    status, out, err = cli(capsys, "import-register", source, "--map", "Colour=owner", "--out", str(project))
    assert status == 2 and err.count("\n") == 1 and "has no column 'Colour'" in err
    status, _, err = cli(capsys, "import-register", source, "--map", "Risk category=none", "--out", str(project))
    assert status == 2 and "no column maps to factor" in err and "--map COLUMN=FIELD" in err
    status, _, err = cli(capsys, "import-register", source, "--map", "Owner=colour")
    assert status == 2 and "FIELD one of option, factor" in err
    assert not project.exists()


def test_a_fifo_or_a_renamed_file_is_refused_by_name_without_blocking(capsys, tmp_path):
    import os

    fifo = tmp_path / "register.csv"
    os.mkfifo(fifo)
    status, _, err = cli(capsys, "import-register", str(fifo))
    assert status == 2 and "is a named pipe (FIFO), not a regular file" in err
    renamed = tmp_path / "register.xlsx"
    renamed.write_text("Risk;Owner\n")
    status, _, err = cli(capsys, "import-register", str(renamed))
    assert status == 2 and err.count("\n") == 1 and "not an .xlsx workbook" in err
