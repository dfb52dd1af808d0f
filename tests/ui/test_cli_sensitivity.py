"""The ``sensitivity`` command: JSON shape, defaults, reproducibility, text output and errors."""

from __future__ import annotations

import json

import numpy as np
import pytest

from core.sensitivity import SmaaInputs, run_smaa, study
from core.sensitivity.thresholds import thresholds
from core.storage.project import write_project
from tests.core.sensitivity.factories import uncertain_model
from ui.cli import run

KEYS = {"method", "profile", "better", "top", "samples", "seed", "sampler", "uncertain_scores", "acceptability",
        "central_weights", "confidence", "pairwise_winning", "thresholds", "convergence", "basis"}
THRESHOLD_KEYS = {"criterion", "weight", "lower", "upper", "next_top", "next_top_below", "next_top_above",
                  "distance", "exact"}


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        status = run(["sensitivity", *argv])
    except SystemExit as exc:  # argparse usage errors and --help
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_json_has_every_field_with_the_documented_defaults(capsys):
    status, out, _ = cli(capsys, "--json")
    data = json.loads(out)
    assert status == 0 and set(data) == KEYS
    assert (data["method"], data["samples"], data["seed"], data["profile"]) == ("wsm", 10_000, 0, "Equal weights")
    assert data["sampler"] == "uniform over the weight simplex" and data["uncertain_scores"] is False
    options = ["O1", "O2", "O3", "O4", "O5"]
    assert list(data["acceptability"]) == options
    matrix = np.array(list(data["acceptability"].values()))
    assert matrix.shape == (5, 5) and np.allclose(matrix.sum(axis=0), 1) and np.allclose(matrix.sum(axis=1), 1)
    assert data["top"] == "O3" and data["acceptability"]["O3"][0] > 0.5
    assert data["central_weights"]["O4"] is None and data["confidence"]["O4"] is None
    assert sum(data["central_weights"]["O3"].values()) == pytest.approx(1.0)
    assert data["confidence"]["O3"] == 1.0
    assert set(data["pairwise_winning"]["O3"]) == {"O1", "O2", "O4", "O5"}
    assert set(data["convergence"]) == {"standard_error", "half_difference", "score_tables"}


def test_thresholds_give_the_stability_interval_and_null_where_nothing_changes(capsys):
    data = json.loads(cli(capsys, "--json", "--samples", "100")[1])
    rows = {row["criterion"]: row for row in data["thresholds"]}
    assert len(rows) == 17 and all(set(row) == THRESHOLD_KEYS for row in data["thresholds"])
    assert (rows["E1"]["lower"], rows["E1"]["upper"], rows["E1"]["next_top"]) == (None, None, None)
    s1 = rows["S1"]
    assert s1["weight"] == pytest.approx(1 / 17) and s1["upper"] == pytest.approx(0.46667, abs=1e-4)
    assert s1["next_top"] == s1["next_top_above"] == "O2" and s1["exact"] is True
    distances = [row["distance"] for row in data["thresholds"] if row["distance"] is not None]
    assert distances == sorted(distances)


def test_json_matches_the_core(capsys, paper_model):
    data = json.loads(cli(capsys, "--json", "--profile", "Sovereignty first", "--method", "topsis",
                          "--samples", "3000", "--seed", "5")[1])
    st_ = study(paper_model, paper_model.profile("Sovereignty first"), "topsis")
    result = run_smaa(SmaaInputs(st_, 3000, 5))
    assert np.allclose(list(data["acceptability"].values()), result.acceptability)
    assert [row["criterion"] for row in data["thresholds"]] == [t.criterion for t in thresholds(st_)]
    assert data["method"] == "topsis" and data["thresholds"][0]["exact"] is False


def test_the_same_seed_prints_the_same_and_another_seed_does_not(capsys):
    first = cli(capsys, "--json", "--seed", "3", "--samples", "2000")[1]
    again = cli(capsys, "--json", "--seed", "3", "--samples", "2000")[1]
    other = cli(capsys, "--json", "--seed", "4", "--samples", "2000")[1]
    assert first == again and first != other


def test_concentration_samples_around_the_profile(capsys):
    data = json.loads(cli(capsys, "--json", "--concentration", "1e9", "--profile", "Paper's emphasis")[1])
    assert data["sampler"].startswith("Dirichlet around the profile")
    assert data["acceptability"]["O3"] == [1.0, 0.0, 0.0, 0.0, 0.0]


def test_a_project_with_score_ranges_samples_them(capsys, tmp_path):
    path = tmp_path / "ranges.mizan"
    write_project(path, uncertain_model())
    data = json.loads(cli(capsys, str(path), "--json", "--samples", "2000", "--method", "vikor")[1])
    assert data["uncertain_scores"] is True and data["convergence"]["score_tables"] == 1000
    assert list(data["acceptability"]) == ["A", "B", "C"]


def test_text_output_has_every_section(capsys):
    status, out, _ = cli(capsys, "--samples", "500")
    assert status == 0
    for heading in ("Method: Weighted sum (WSM) (lower is better)", "Rank acceptability", "Central weights",
                    "Pairwise winning index", "Weight thresholds", "Convergence: largest standard error"):
        assert heading in out
    assert "Samples: 500 weight vectors, uniform over the weight simplex, seed 0" in out


def test_help_states_the_defaults(capsys):
    status, out, _ = cli(capsys, "--help")
    assert status == 0
    assert "default wsm" in out and "default 10000" in out and "default 0" in out


@pytest.mark.parametrize("argv, message", [
    (["--samples", "0"], "must be at least 1"),
    (["--samples", "many"], "not a whole number"),
    (["--seed", "-1"], "must be at least 0"),
    (["--concentration", "-2"], "must be a positive number"),
    (["--method", "ahp"], "invalid choice"),
])
def test_bad_arguments_exit_2_with_one_line(capsys, argv, message):
    status, _, err = cli(capsys, *argv)
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1


def test_an_unknown_profile_exits_2(capsys):
    status, _, err = cli(capsys, "--profile", "Nobody's")
    assert status == 2 and err.startswith("mizan sensitivity: no profile named")
