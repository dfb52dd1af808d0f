"""The ``compare`` and ``profile export|import`` commands: output shapes, files written, errors."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from core.builtin import builtin_model
from core.edits import local_shares
from core.profiles import compare, complete_profile
from core.storage.profile_file import read_profile_file
from core.storage.project import read_project
from tests.ui.cli_helpers import PROFILES, cli

def sheet(tmp_path: Path) -> Path:
    """A spreadsheet model whose criteria are some of the paper's, written differently."""
    path = tmp_path / "sheet.csv"
    path.write_text("option, e 1 ,Ｅ２,p5,escalation cycle between armed factions and US forces,Bogus\n"
                    "weight,1,2,3,4,5\ndirection,cost,cost,cost,cost,cost\nA,1,2,3,4,5\nB,2,3,4,5,6\n",
                    encoding="utf-8")
    return path


def test_compare_json_has_the_documented_shape(capsys):
    status, out, _ = cli(capsys, "compare", "--profile", PROFILES[0], "--profile", PROFILES[2],
                         "--profile", PROFILES[4], "--json")
    data = json.loads(out)
    names = [PROFILES[0], PROFILES[2], PROFILES[4]]
    assert status == 0
    assert set(data) == {"method", "profiles", "weights", "ranks", "kendall_tau", "spearman_rho", "top",
                         "rank_change", "agreement", "basis"}
    assert data["profiles"] == names and data["method"] == "wsm" and data["basis"] == "inherent"
    assert all(sum(data["weights"][n].values()) == pytest.approx(1) and len(data["weights"][n]) == 17
               for n in names)
    assert all(sorted(data["ranks"][n]) == ["O1", "O2", "O3", "O4", "O5"] for n in names)
    pairs = [f"{a} | {b}" for a, b in itertools.combinations(names, 2)]
    assert list(data["kendall_tau"]) == pairs and list(data["spearman_rho"]) == pairs
    assert data["top"] == {PROFILES[0]: "O3", PROFILES[2]: "O2", PROFILES[4]: "O3"}
    assert {a["pair"] for a in data["agreement"]} == {pairs[0], pairs[2]}
    assert data["rank_change"][0]["change"] == max(r["change"] for r in data["rank_change"])


def test_compare_json_matches_the_core(capsys, paper_model):
    _, out, _ = cli(capsys, "compare", "--profile", PROFILES[1], "--profile", PROFILES[2], "--method", "topsis",
                    "--json")
    data = json.loads(out)
    expected = compare(paper_model, [paper_model.profile(PROFILES[1]), paper_model.profile(PROFILES[2])], "topsis")
    assert data["method"] == "topsis" and data["ranks"] == expected.ranks
    assert data["kendall_tau"] == pytest.approx(expected.kendall_tau)
    [agreement] = data["agreement"]
    assert agreement["how"] == "path" and agreement["distance"] == pytest.approx(expected.agreement[0].distance)


def test_compare_text(capsys):
    status, out, _ = cli(capsys, "compare", "--profile", PROFILES[0], "--profile", PROFILES[2])
    assert status == 0
    for heading in ("Global weights", "Ranks (1 is best)", "Rank correlation", "Rank change",
                    "Smallest change of weights"):
        assert heading in out
    assert "Equal weights | Sovereignty first" in out and "ties for first" in out


def test_compare_a_profile_file_with_the_same_name(capsys, tmp_path):
    path = tmp_path / "mine.mizan-profile"
    path.write_text(json.dumps({"format_version": 1, "profile": {"name": "Equal weights",
                                                                 "weights": {"sec": 5, "Nowhere": 1}}}))
    status, out, err = cli(capsys, "compare", "--profile", "Equal weights", "--profile", str(path), "--json")
    data = json.loads(out)
    assert status == 0 and data["profiles"] == ["Equal weights", "Equal weights (mine.mizan-profile)"]
    assert data["weights"]["Equal weights (mine.mizan-profile)"]["S1"] == pytest.approx(5 / 8)
    assert "ignored, not in the model: 'Nowhere'" in err and "missing: ECO, E1" in err


def test_export_then_import_preview_round_trip(capsys, tmp_path, paper_model):
    out_path = tmp_path / "sov.mizan-profile"
    status, out, _ = cli(capsys, "profile", "export", "--profile", "Sovereignty first", "--out", str(out_path))
    assert status == 0 and "Wrote profile 'Sovereignty first'" in out
    profile = paper_model.profile("Sovereignty first")
    exported = read_profile_file(out_path)  # every weight named, so it reads back as itself against any model
    assert exported == complete_profile(paper_model, profile)
    assert set(exported.weights) == {node.id for node, _, _ in paper_model.walk()}
    assert paper_model.global_weights(exported) == paper_model.global_weights(profile)
    status, out, _ = cli(capsys, "profile", "import", str(out_path), "--json")
    data = json.loads(out)
    assert status == 0 and data["profile"] == "Sovereignty first" and data["extra"] == []
    assert data["replaces"] is True and data["ranking"] == data["current_ranking"]
    assert [m["by"] for m in data["matched"]] == ["id"] * len(exported.weights)


def test_import_preview_of_a_spreadsheet_profile(capsys, tmp_path):
    exported = tmp_path / "sheet.mizan-profile"
    status, _, _ = cli(capsys, "profile", "export", str(sheet(tmp_path)), "--profile", "Spreadsheet weights",
                       "--out", str(exported))
    assert status == 0
    status, out, _ = cli(capsys, "profile", "import", str(exported), "--json")
    data = json.loads(out)
    assert status == 0 and data["replaces"] is False and data["current_ranking"] is None
    assert [(m["key"], m["criterion"], m["by"]) for m in data["matched"]] == [
        ("e 1", "E1", "normalised id"), ("Ｅ２", "E2", "normalised id"), ("p5", "P5", "normalised id"),
        ("escalation cycle between armed factions and US forces", "S1", "name")]
    assert data["extra"] == ["Bogus"] and len(data["missing"]) == 17 and "keeps the share" in data["missing_policy"]
    assert sorted(r["option"] for r in data["ranking"]) == ["O1", "O2", "O3", "O4", "O5"]
    status, out, _ = cli(capsys, "profile", "import", str(exported))
    assert status == 0 and "'Ｅ２' → E2 (by normalised id)" in out and "Extra, ignored (1): 'Bogus'" in out
    assert "ECO: E3 20.0%" in out and "Nothing was changed" in out  # its share now: 1 of 5


def test_import_writes_the_project_and_replaces_only_when_asked(capsys, tmp_path):
    source = tmp_path / "mine.mizan-profile"
    source.write_text(json.dumps({"format_version": 1, "profile": {"name": "Mine", "weights": {"reg": 3}}}))
    project = tmp_path / "team.mizan"
    status, out, _ = cli(capsys, "profile", "import", str(source), "--out", str(project))
    assert status == 0 and "Added profile 'Mine'" in out
    model = read_project(project)
    assert model.profile("Mine").weights["REG"] == 3.0
    assert local_shares(model, model.profile("Mine"), "R6") == local_shares(model, model.profiles[0], "R6")
    status, out, _ = cli(capsys, "profile", "import", str(source), "--missing", "zero", "--json")
    assert status == 0 and {m["criterion"]: m["local_share"] for m in json.loads(out)["missing"]}["ECO"] == 0
    assert model.profiles[:5] == builtin_model().profiles
    source.write_text(json.dumps({"format_version": 1, "profile": {"name": "Mine", "weights": {"ECO": 2}}}))
    status, out, err = cli(capsys, "profile", "import", str(project), str(source), "--out", str(project))
    assert status == 2 and "already has a profile named 'Mine'" in err and out == ""
    assert read_project(project) == model
    status, out, _ = cli(capsys, "profile", "import", str(project), str(source), "--out", str(project),
                         "--replace", "--json")
    assert status == 0 and json.loads(out) == {"written": str(project), "profile": "Mine", "replaced": True}
    assert read_project(project).profile("Mine").weights["ECO"] == 2.0


@pytest.mark.parametrize("argv, expected", [
    (["compare", "--profile", "Equal weights"], "a comparison needs at least two profiles"),
    (["compare", "--profile", "Equal weights", "--profile", "Nobody"], "no profile named 'Nobody'"),
    (["compare", "--profile", "Equal weights", "--profile", "Equal weights"], "two profiles are called"),
    (["compare"], "the following arguments are required: --profile"),
    (["profile", "export", "--profile", "Equal weights", "--out", "{tmp}/x.json"], "must name a .mizan-profile"),
    (["profile", "export", "--profile", "Nobody", "--out", "{tmp}/x.mizan-profile"], "no profile named"),
    (["profile", "import", "{tmp}/nan.mizan-profile"], "nan.mizan-profile: not valid JSON"),
    (["profile", "import", "{tmp}/neg.mizan-profile"], "profile.weights.E1: must be a number from 0 to"),
    (["profile", "import", "{tmp}/missing.mizan-profile"], "missing.mizan-profile: no such file"),
    (["profile", "import", "{tmp}/neg.mizan-profile", "--out", "{tmp}/x.txt"], "must name a .mizan file"),
    (["profile"], "the following arguments are required: ACTION"),
])
def test_bad_input_exits_2_with_one_line(capsys, tmp_path, argv, expected):
    (tmp_path / "nan.mizan-profile").write_text('{"format_version": 1, "profile": {"name": "x", '
                                                '"weights": {"E1": NaN}}}')
    (tmp_path / "neg.mizan-profile").write_text(json.dumps({"format_version": 1, "profile": {
        "name": "x", "weights": {"E1": -2}}}))
    status, out, err = cli(capsys, *[a.format(tmp=tmp_path) for a in argv])
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err


def test_the_command_functions_directly(paper_model):
    from core.profiles import match_profile
    from ui.cli import COMMANDS
    from ui.cli.compare import compare_data
    from ui.cli.profile import preview_data

    assert {"compare", "profile"} <= set(COMMANDS)
    comparison = compare(paper_model, paper_model.profiles[:2])
    data = compare_data(comparison)
    assert data["kendall_tau"] == comparison.kendall_tau and list(data["kendall_tau"]) == [
        "Equal weights | Paper's emphasis"]
    assert data["agreement"] == [] and json.dumps(data, allow_nan=False)
    preview = preview_data(match_profile(paper_model, paper_model.profiles[0].replace(name="New")))
    assert preview["replaces"] is False and preview["extra"] == [] and len(preview["ranking"]) == 5


def test_import_under_another_name(capsys, tmp_path, paper_model):
    exported = tmp_path / "equal.mizan-profile"
    cli(capsys, "profile", "export", "--profile", "Equal weights", "--out", str(exported))
    status, out, _ = cli(capsys, "profile", "import", str(exported))
    assert status == 0 and "already has a profile of this name" in out and "rank now" in out
    project = tmp_path / "p.mizan"
    status, _, _ = cli(capsys, "profile", "import", str(exported), "--name", "Equal (Sara)", "--out", str(project))
    assert status == 0
    again = read_project(project)
    equal = paper_model.profile("Equal weights")
    assert again.profile("Equal (Sara)").weights == complete_profile(paper_model, equal).weights
    assert again.global_weights(again.profile("Equal (Sara)")) == paper_model.global_weights(equal)
    status, _, err = cli(capsys, "profile", "import", str(exported), "--name", " ")
    assert status == 2 and "--name must not be empty" in err


def test_combine_prints_the_consensus_of_the_core_and_the_spread(capsys, paper_model):
    from core.consensus import consensus

    names = ["Equal weights", "Sovereignty first", "Counter-terrorism first"]
    argv = ["profile", "combine", *itertools.chain.from_iterable(("--profile", n) for n in names),
            "--analyst-weight", "2", "--analyst-weight", "1", "--analyst-weight", "1"]
    status, out, _ = cli(capsys, *argv, "--json")
    data = json.loads(out)
    expected, spread = consensus(paper_model, [paper_model.profile(n) for n in names], [2, 1, 1])
    assert status == 0 and data["profile"] == "Consensus"
    assert data["how"] == "mean" and data["analyst_shares"] == pytest.approx(dict(zip(names, [0.5, 0.25, 0.25])))
    assert data["weights"] == pytest.approx(paper_model.global_weights(expected))
    assert data["local_weights"] == pytest.approx(dict(expected.weights))
    assert [row["criterion"] for row in data["spread"]] == list(spread.criteria)
    assert data["spread"][0]["std"] == pytest.approx(float(spread.std[0])) and "written" not in data
    status, out, _ = cli(capsys, *argv)
    assert status == 0 and "Consensus: Consensus" in out and "analyst shares" in out
    assert out.splitlines()[4].split()[:4] == ["criterion", "consensus", "mean", "sd"] and "\n  E1 " in out


def test_combine_geometric_writes_the_project_atomically(capsys, tmp_path, paper_model):
    from core.consensus import consensus

    project = tmp_path / "team.mizan"
    status, out, _ = cli(capsys, "profile", "combine", "--profile", "Paper's emphasis", "--profile", "Economy first",
                         "--how", "geometric_ahp", "--name", "Team", "--out", str(project))
    assert status == 0 and f"Added profile 'Team' to {project}" in out
    expected, _ = consensus(paper_model, [paper_model.profile("Paper's emphasis"),
                                          paper_model.profile("Economy first")], how="geometric_ahp", name="Team")
    written = read_project(project)
    assert written.profile("Team").weights == pytest.approx(dict(expected.weights))
    assert written.profiles[:5] == paper_model.profiles
    status, out, err = cli(capsys, "profile", "combine", str(project), "--profile", "Team", "--profile",
                           "Economy first", "--name", "Team", "--out", str(project), "--json")
    assert status == 2 and out == "" and "already a profile called 'Team'" in err
    assert read_project(project) == written


@pytest.mark.parametrize("extra, expected", [
    (["--profile", "Equal weights"], "a consensus needs at least two profiles"),
    (["--profile", "Equal weights", "--profile", "Economy first", "--analyst-weight", "1"],
     "1 analyst weights given for 2 profiles"),
    (["--profile", "Equal weights", "--profile", "Economy first", "--analyst-weight", "0",
      "--analyst-weight", "0"], "not all zero"),
    (["--profile", "Equal weights", "--profile", "Economy first", "--how", "median"], "invalid choice"),
    (["--profile", "Equal weights", "--profile", "Economy first", "--name", " "], "--name must not be empty"),
    (["--profile", "Equal weights", "--profile", "Economy first", "--out", "x.txt"], "must name a .mizan file"),
    (["--profile", "Equal weights", "--profile", "Nobody"], "no profile named 'Nobody'"),
])
def test_combine_bad_input_exits_2_with_one_line(capsys, extra, expected):
    status, out, err = cli(capsys, "profile", "combine", *extra)
    assert status == 2 and out == "" and err.count("\n") == 1 and expected in err
