"""Every command of the command line, its output shapes and its errors."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.builtin import builtin_model
from core.methods import REGISTRY
from core.storage.project import model_to_data
from tests.core.methods.shipped import SHIPPED
from tests.ui.cli_helpers import PROFILES, cli
from ui.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
def test_info_json_lists_factors_options_profiles(capsys):
    status, out, _ = cli(capsys, "info", "--json")
    data = json.loads(out)
    assert status == 0
    assert len(data["factors"]) == 17 and len(data["options"]) == 5
    assert [p["name"] for p in data["profiles"]] == PROFILES
    assert [g["id"] for g in data["criteria"]] == ["ECO", "POL", "SEC", "REG"]


def test_info_text(capsys):
    status, out, _ = cli(capsys, "info")
    assert status == 0 and "R6  Breakout from camps" in out and "Counter-terrorism first" in out


@pytest.mark.parametrize("profile", PROFILES)
def test_score_json_ranks_five_options_under_each_profile(capsys, profile):
    status, out, _ = cli(capsys, "score", "--profile", profile, "--json")
    data = json.loads(out)
    assert status == 0
    assert set(data) == {"method", "profile", "weights", "ranking", "better", "details", "basis"}
    assert data["basis"] == "inherent"
    assert (data["method"], data["profile"], data["better"]) == ("wsm", profile, "lower")
    assert sum(data["weights"].values()) == pytest.approx(1.0)
    assert sorted(r["option"] for r in data["ranking"]) == ["O1", "O2", "O3", "O4", "O5"]
    scores = [r["score"] for r in data["ranking"]]
    assert scores == sorted(scores)
    assert data["ranking"][0]["rank"] == 1


def test_score_wsm_is_the_weighted_risk_index(capsys, paper_model):
    _, out, _ = cli(capsys, "score", "--profile", "Paper's emphasis", "--json")
    data = json.loads(out)
    weights = data["weights"]
    for row in data["ranking"]:
        expected = sum(w * paper_model.score(row["option"], f).number for f, w in weights.items())
        assert row["score"] == pytest.approx(expected, rel=1e-12)
    assert [r["option"] for r in data["ranking"]][:2] == ["O3", "O5"]


def test_profiles_move_the_ranking(capsys):
    tops = set()
    for profile in PROFILES:
        _, out, _ = cli(capsys, "score", "--profile", profile, "--json")
        tops.add(json.loads(out)["ranking"][0]["option"])
    assert tops == {"O2", "O3"}


def test_score_csv_and_text(capsys):
    status, out, _ = cli(capsys, "score", "--csv")
    assert status == 0 and out.splitlines()[0] == "rank,option,name,score"
    assert len(out.splitlines()) == 6
    status, out, _ = cli(capsys, "score")
    assert status == 0 and "lower is better" in out


def test_score_from_a_spreadsheet_uses_its_names(capsys, tmp_path):
    path = tmp_path / "plans.csv"
    path.write_text("option,Cost,Quality\nweight,1,1\ndirection,cost,benefit\nA,100,5\nB,200,9\n")
    status, out, _ = cli(capsys, "score", str(path), "--json")
    data = json.loads(out)
    assert status == 0 and data["weights"] == {"Cost": 0.5, "Quality": 0.5}
    assert {r["option"] for r in data["ranking"]} == {"A", "B"} and data["better"] == "higher"


def test_score_with_a_profile_file(capsys, tmp_path):
    path = tmp_path / "mine.mizan-profile"
    path.write_text(json.dumps({"format_version": 1, "profile": {"name": "Mine", "weights": {"SEC": 1, "ECO": 0,
                                                                                          "POL": 0, "REG": 0}}}))
    status, out, _ = cli(capsys, "score", "--profile", str(path), "--json")
    data = json.loads(out)
    assert status == 0 and data["profile"] == "Mine" and data["weights"]["S1"] == pytest.approx(1.0)
    assert data["ranking"][0]["option"] in ("O1", "O2")


def test_export_writes_a_workbook(capsys, tmp_path):
    out_path = tmp_path / "risk.xlsx"
    status, out, _ = cli(capsys, "export", "--out", str(out_path))
    assert status == 0 and out_path.stat().st_size > 0


def bad_project(tmp_path) -> Path:
    data = model_to_data(builtin_model())
    data["options"][2]["scores"]["E4"]["likelihood"] = 9
    path = tmp_path / "bad.mizan"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("argv, expected", [
    (["info", "{tmp}/missing.mizan"], "missing.mizan: no such file"),
    (["score", "{tmp}/broken.mizan"], "broken.mizan: not valid JSON"),
    (["score", "{bad}"], "options[2].scores.E4.likelihood: must be a whole number 1–5"),
    (["score", "{tmp}/layout.csv"], "row 1 must start with 'option'"),
    (["score", "--profile", "Nobody's"], "no profile named \"Nobody's\""),
    (["score", "--method", "magic"], "invalid choice: 'magic'"),
    (["export", "--out", "{tmp}/no/such/dir/r.xlsx"], "does not exist"),
    (["export", "--out", "{tmp}/r.docx"], "cannot export to .docx"),
    (["export"], "the following arguments are required: --out"),
])
def test_bad_input_exits_2_with_one_line(capsys, tmp_path, argv, expected):
    (tmp_path / "broken.mizan").write_text("{oops")
    (tmp_path / "layout.csv").write_text("name,a\nx,1\n")
    argv = [a.format(tmp=tmp_path, bad=bad_project(tmp_path)) for a in argv]
    status, out, err = cli(capsys, *argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and expected in err
    assert "Traceback" not in err


def test_usage_error_is_one_line_from_a_real_process(tmp_path):
    proc = subprocess.run([sys.executable, "main.py", "score", str(tmp_path / "nope.mizan")], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("nope.mizan: no such file") and proc.stderr.count("\n") == 1
    assert proc.stdout == ""


@pytest.mark.parametrize("suffix, magic", [(".xlsx", b"PK"), (".pdf", b"%PDF"), (".html", b"<!DOCTYPE html>")])
def test_export_formats(capsys, tmp_path, suffix, magic, qapp):
    out_path = tmp_path / f"report{suffix}"
    status, out, _ = cli(capsys, "export", "--out", str(out_path), "--method", "topsis")
    assert status == 0 and out.strip() == f"wrote {out_path}"
    assert out_path.read_bytes().startswith(magic)


def test_export_csv_writes_matrix_and_ranking(capsys, tmp_path):
    status, out, _ = cli(capsys, "export", "--out", str(tmp_path / "m.csv"))
    assert status == 0 and out.splitlines() == [f"wrote {tmp_path / 'm.csv'}", f"wrote {tmp_path / 'm-ranking.csv'}"]


def test_import_scores_previews_and_saves(capsys, tmp_path):
    from openpyxl import load_workbook

    workbook = tmp_path / "risk.xlsx"
    assert cli(capsys, "export", "--out", str(workbook))[0] == 0
    book = load_workbook(workbook)
    book["Risk matrix"]["C16"] = 5
    book["Risk matrix"]["D16"] = "n/a"
    book.save(workbook)
    status, out, _ = cli(capsys, "import-scores", str(workbook), "--json")
    data = json.loads(out)
    assert status == 0
    assert data["changes"] == [{"option": "O3", "factor": "E1", "field": "likelihood", "old": 1, "new": 5}]
    assert data["rejected"] == [{"where": "Risk matrix!D16", "message": "holds the text 'n/a', not a number"}]
    project = tmp_path / "updated.mizan"
    status, out, _ = cli(capsys, "import-scores", str(workbook), "--out", str(project))
    assert status == 0 and "1 change(s), 0 coerced, 1 rejected cell(s)" in out
    status, out, _ = cli(capsys, "score", str(project), "--json")
    assert status == 0
    assert cli(capsys, "import-scores", str(tmp_path / "none.xlsx"))[0] == 2


def test_import_scores_reads_the_register_back(capsys, tmp_path):
    from openpyxl import load_workbook

    workbook = tmp_path / "register.xlsx"
    assert cli(capsys, "export", "--samples", "0", "--out", str(workbook))[0] == 0
    book = load_workbook(workbook)
    register = book["Risk register"]
    row = next(r for r in range(5, register.max_row + 1) if register.cell(r, 1).value == "O1·E1")
    register.cell(row, 8, "Ministry of Finance")
    register.cell(row, 21, "30/06/2027")
    book.save(workbook)
    status, out, _ = cli(capsys, "import-scores", str(workbook), "--json")
    data = json.loads(out)
    owner = builtin_model().register.entry("O1", "E1").owner  # the paper's reading names who acts on some cells
    assert status == 0 and data["changes"] == [] and owner != "Ministry of Finance"
    assert data["register"] == [{"item": "O1 × E1", "field": "owner", "old": owner, "new": "Ministry of Finance"}]
    assert data["rejected"] == [{"where": f"Risk register!U{row}",
                                 "message": "'30/06/2027' is not a date written YYYY-MM-DD, such as 2027-06-30"}]
    project = tmp_path / "updated.mizan"
    status, out, _ = cli(capsys, "import-scores", str(workbook), "--out", str(project))
    assert status == 0 and f"O1 × E1 owner: {owner or '(empty)'} -> Ministry of Finance" in out
    status, out, _ = cli(capsys, "import-scores", str(workbook), "--into", str(project), "--json")
    assert json.loads(out)["register"] == []  # saved: reading the same file again changes nothing


def test_score_all_methods_reports_disagreement(capsys):
    status, out, _ = cli(capsys, "score", "--all-methods", "--json", "--profile", "Sovereignty first")
    data = json.loads(out)
    assert status == 0 and list(data["methods"]) == list(REGISTRY)  # every method, in the registry's order
    assert [name for name in data["methods"] if name in SHIPPED] == list(SHIPPED)
    tops = {name: m["ranking"][0]["option"] for name, m in data["methods"].items()}
    assert data["disagreement"]["top"] == tops
    assert data["disagreement"]["agree_on_top"] == (len(set(tops.values())) == 1)
    status, out, _ = cli(capsys, "score", "--all-methods")
    assert status == 0 and "ranks per method" in out and out.count("\nO") == 5


@pytest.mark.parametrize("method", ["wsm", "wpm", "topsis", "vikor", "promethee2"])
def test_score_json_details_carry_the_intermediate_tables(capsys, method):
    status, out, _ = cli(capsys, "score", "--method", method, "--json")
    details = json.loads(out)["details"]
    assert status == 0 and details["options"] == ["O1", "O2", "O3", "O4", "O5"] and len(details["criteria"]) == 17
    expected = {"wsm": "normalised", "wpm": "log_score", "topsis": "closeness", "vikor": "Q",
                "promethee2": "phi_net"}[method]
    assert len(details["tables"][expected]) == 5


SAATY_HOUSE = """\
,size,transport,neighbourhood,age,yard,modern,condition,financing
size,1,5,3,7,6,6,1/3,1/4
transport,1/5,1,1/3,5,3,3,1/5,1/7
neighbourhood,1/3,3,1,6,3,4,6,1/5
age,1/7,1/5,1/6,1,1/3,1/4,1/7,1/8
yard,1/6,1/3,1/3,3,1,1/2,1/5,1/6
modern,1/6,1/3,1/4,4,2,1,1/5,1/6
condition,3,5,1/6,7,5,5,1,1/2
financing,4,7,5,8,6,6,2,1
"""


def test_ahp_command_on_saatys_house_example(capsys, tmp_path):
    """Saaty (1980), the house example: λmax 9.669, CI 0.238, CR 0.169 (see tests/core/test_ahp.py)."""
    path = tmp_path / "house.csv"
    path.write_text(SAATY_HOUSE)
    status, out, _ = cli(capsys, "ahp", str(path), "--json")
    data = json.loads(out)
    assert status == 0 and data["convention"] == "row criterion compared with column criterion"
    assert (round(data["lambda_max"], 3), round(data["ci"], 3), round(data["cr"], 3)) == (9.669, 0.238, 0.169)
    assert data["consistent"] is False and data["ri"] == 1.41 and "Saaty" in data["ri_table"]["source"]
    assert sum(data["priorities"].values()) == pytest.approx(1.0)
    worst = data["most_inconsistent"]
    assert {worst["row"], worst["column"]} <= set(data["priorities"])
    status, out, _ = cli(capsys, "ahp", str(path))
    assert status == 0 and "revise the judgements" in out and "Most inconsistent judgement" in out


def test_ahp_command_errors_name_the_cell(capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(",a,b\na,1,3\nb,1/2,1\n")
    status, _, err = cli(capsys, "ahp", str(path))
    assert status == 2 and "bad.csv" in err and err.count("\n") == 1


def test_an_internal_error_is_one_line_not_a_traceback(capsys, monkeypatch):
    import ui.cli.info

    def broken(model):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(ui.cli.info, "info_data", broken)
    status, out, err = cli(capsys, "info", "--json")
    assert status == 1 and out == ""
    assert err == "mizan info: internal error (ZeroDivisionError: boom); please report it\n"


def method_choices_by_command(parser=None, path: str = "") -> dict[str, list[str]]:
    """The ``--method`` choices of every command and subcommand of the parser, by command path."""
    parser = parser or build_parser()
    found = {}
    for action in parser._actions:
        if "--method" in action.option_strings:
            found[path.strip()] = list(action.choices)
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(method_choices_by_command(sub, f"{path} {name}"))
    return found


def test_every_command_offers_the_methods_in_one_order_the_registry_s():
    offered = method_choices_by_command()
    assert offered.pop("ahp") == ["eigen", "geometric"]  # a weighting method, not a ranking one
    assert sorted(offered) == ["compare", "export", "profile import", "score", "sensitivity"]
    assert all(choices == list(REGISTRY) for choices in offered.values()), offered


def test_a_refused_method_lists_the_choices_in_the_registry_s_order(capsys):
    for command in (["score"], ["compare", "--profile", "Equal weights"], ["sensitivity"]):
        status, _, err = cli(capsys, *command, "--method", "nine")
        assert status == 2 and "(choose from 'wsm', 'wpm', 'topsis', 'vikor', 'promethee2'" in err, err
