"""The command line on either basis (--residual, --include-planned) and the ``register`` command.

Expected residuals are worked out here from the project file's own JSON (the
controls, their statuses and effects), not through Mizan's residual code:
each cell's level minus the levels of the controls that count, never below 1.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from importlib import resources
from pathlib import Path

import pytest

from core.builtin import builtin_model
from core.model import Bands
from core.register import Register
from core.register.residual import RULE
from core.storage.project import model_to_data
from tests.ui.cli_helpers import cli

IN_PLACE = ["C1", "C2", "C3"]
EVERY = ["C1", "C2", "C3", "C4", "C5", "C6"]


def _raw() -> dict:
    return json.loads(resources.files("resources").joinpath("iraq_withdrawal.mizan").read_text(encoding="utf-8"))


def _levels_by_hand(planned: bool) -> dict[tuple[str, str], tuple[int, int, int, int]]:
    """(option, factor) -> inherent L, I and residual L, I, from the file's JSON alone."""
    raw = _raw()
    cut: dict[tuple[str, str], list[int]] = {}
    for control in raw["register"]["controls"]:
        if control["status"] == "in place" or planned:
            for effect in control["effects"]:
                total = cut.setdefault((effect["option"], effect["factor"]), [0, 0])
                total[0] += effect["likelihood"]
                total[1] += effect["impact"]
    levels = {}
    for option in raw["options"]:
        for factor, score in option["scores"].items():
            lower = cut.get((option["id"], factor), [0, 0])
            levels[option["id"], factor] = (score["likelihood"], score["impact"],
                                            max(1, score["likelihood"] - lower[0]), max(1, score["impact"] - lower[1]))
    return levels


def _weighted(weights: dict[str, float], planned: bool) -> dict[str, float]:
    """Each option's weighted residual risk Σ w·L·I, by hand."""
    totals: dict[str, float] = {}
    for (option, factor), (_, _, likelihood, impact) in _levels_by_hand(planned).items():
        totals[option] = totals.get(option, 0.0) + weights[factor] * likelihood * impact
    return totals


def _project(tmp_path: Path, model, name: str = "model.mizan") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(model_to_data(model)), encoding="utf-8")
    return path


# ---- --residual and --include-planned --------------------------------------------------------------------------

@pytest.mark.parametrize("planned", [False, True])
def test_score_residual_ranks_the_residual_scores(capsys, planned):
    argv = ["score", "--profile", "Paper's emphasis", "--residual", "--json", *(["--include-planned"] if planned else [])]
    status, out, err = cli(capsys, *argv)
    data = json.loads(out)
    assert status == 0 and err == ""
    assert (data["basis"], data["rule"], data["include_planned"]) == ("residual", RULE, planned)
    assert data["controls_counted"] == (EVERY if planned else IN_PLACE)
    expected = _weighted(data["weights"], planned)
    assert {r["option"]: r["score"] for r in data["ranking"]} == pytest.approx(expected, rel=1e-12)
    assert [r["option"] for r in data["ranking"]] == sorted(expected, key=expected.get)


def test_planned_controls_lower_every_option_further(capsys):
    runs = {}
    for extra in ([], ["--residual"], ["--residual", "--include-planned"]):
        _, out, _ = cli(capsys, "score", "--json", *extra)
        runs[len(extra)] = {r["option"]: r["score"] for r in json.loads(out)["ranking"]}
    for option, inherent in runs[0].items():
        assert inherent > runs[1][option] > runs[2][option]


def test_the_inherent_basis_is_named_and_carries_no_rule(capsys):
    _, out, _ = cli(capsys, "score", "--json")
    data = json.loads(out)
    assert data["basis"] == "inherent" and "rule" not in data
    _, text, _ = cli(capsys, "score")
    assert RULE not in text


def test_score_residual_text_states_the_rule_and_the_controls(capsys):
    status, out, _ = cli(capsys, "score", "--residual")
    assert status == 0
    assert out.splitlines()[:2] == ["Basis: residual risk (controls counted: C1, C2, C3; planned ones not counted)",
                                    f"Rule: {RULE}"]


def test_score_residual_csv_stays_a_table_and_says_the_rule_on_stderr(capsys):
    status, out, err = cli(capsys, "score", "--residual", "--csv")
    assert status == 0 and out.splitlines()[0] == "rank,option,name,score" and len(out.splitlines()) == 6
    assert f"mizan score: Rule: {RULE}" in err.splitlines()


def test_all_methods_on_the_residual_basis(capsys):
    status, out, _ = cli(capsys, "score", "--all-methods", "--residual", "--json")
    data = json.loads(out)
    assert status == 0 and data["basis"] == "residual" and data["rule"] == RULE
    expected = _weighted(data["methods"]["wsm"]["weights"], planned=False)
    assert {r["option"]: r["score"] for r in data["methods"]["wsm"]["ranking"]} == pytest.approx(expected)


@pytest.mark.parametrize("command", [["score"], ["compare", "--profile", "Equal weights", "--profile", "Economy first"],
                                     ["sensitivity", "--samples", "10"], ["export", "--out", "{tmp}/r.csv"]])
def test_include_planned_alone_is_refused_in_one_line(capsys, tmp_path, command):
    argv = [part.replace("{tmp}", str(tmp_path)) for part in command]
    status, out, err = cli(capsys, *argv, "--include-planned")
    assert status == 2 and out == ""
    assert err == f"mizan {argv[0]}: --include-planned counts planned controls towards residual risk; add --residual\n"
    assert not (tmp_path / "r.csv").exists()


def test_compare_residual_ranks_each_profile_on_residual_scores(capsys):
    profiles = ["Equal weights", "Sovereignty first"]
    status, out, _ = cli(capsys, "compare", "--residual", "--include-planned", "--json",
                         *(arg for name in profiles for arg in ("--profile", name)))
    data = json.loads(out)
    assert status == 0 and data["basis"] == "residual" and data["include_planned"] is True
    for name in profiles:
        totals = _weighted(data["weights"][name], planned=True)
        order = sorted(totals, key=totals.get)
        assert {o: data["ranks"][name][o] for o in order} == {o: k + 1 for k, o in enumerate(order)}
    _, text, _ = cli(capsys, "compare", "--residual", "--profile", profiles[0], "--profile", profiles[1])
    assert f"Rule: {RULE}" in text.splitlines()


def test_sensitivity_residual_reports_the_residual_top(capsys):
    status, out, _ = cli(capsys, "sensitivity", "--residual", "--include-planned", "--samples", "200", "--json",
                         "--profile", "Sovereignty first")
    data = json.loads(out)
    _, scored, _ = cli(capsys, "score", "--residual", "--include-planned", "--json", "--profile", "Sovereignty first")
    assert status == 0 and data["basis"] == "residual" and data["rule"] == RULE
    assert data["top"] == json.loads(scored)["ranking"][0]["option"]


def test_export_residual_hands_the_residual_scores_to_the_writers(capsys, tmp_path):
    out_path = tmp_path / "residual.csv"
    status, out, _ = cli(capsys, "export", "--residual", "--include-planned", "--samples", "0", "--out", str(out_path))
    assert status == 0 and f"Rule: {RULE}" in out.splitlines()
    rows = list(csv.reader(io.StringIO(out_path.read_text(encoding="utf-8-sig"))))
    factors, by_hand = rows[0][1:], _levels_by_hand(planned=True)
    for row in rows[3:]:
        assert [float(v) for v in row[1:]] == [by_hand[row[0], f][2] * by_hand[row[0], f][3] for f in factors]
    _, scored, _ = cli(capsys, "score", "--residual", "--include-planned", "--csv")
    ranking = (tmp_path / "residual-ranking.csv").read_text(encoding="utf-8-sig")
    assert [r[1] for r in csv.reader(io.StringIO(ranking))] == [r[1] for r in csv.reader(io.StringIO(scored))]


# ---- register ----------------------------------------------------------------------------------------------------

def test_register_json_has_one_row_per_risk_with_both_bases(capsys):
    status, out, _ = cli(capsys, "register", "--json", "--as-of", "2026-12-01")
    data = json.loads(out)
    assert status == 0 and data["rule"] == RULE and data["as_of"] == "2026-12-01"
    by_hand = _levels_by_hand(planned=False)
    assert [(r["option"], r["factor"]) for r in data["risks"]] == list(by_hand)
    for row in data["risks"]:
        inherent_l, inherent_i, residual_l, residual_i = by_hand[row["option"], row["factor"]]
        assert (row["inherent"]["likelihood"], row["inherent"]["impact"]) == (inherent_l, inherent_i)
        assert (row["residual"]["likelihood"], row["residual"]["impact"]) == (residual_l, residual_i)
        assert row["residual"]["score"] == residual_l * residual_i
        assert row["residual"]["band"] == Bands().names[Bands().band(residual_l * residual_i)]


def test_register_row_of_isis_resurgence_under_a_sudden_exit(capsys):
    """O1 × R4: 4 × 5 = 20 Extreme; C1 (in place) takes one level of likelihood on every path: 3 × 5 = 15 High."""
    _, out, _ = cli(capsys, "register", "--json", "--as-of", "2026-12-01")
    row = next(r for r in json.loads(out)["risks"] if (r["option"], r["factor"]) == ("O1", "R4"))
    assert row["inherent"] == {"likelihood": 4, "impact": 5, "score": 20, "band": "Extreme"}
    assert row["residual"] == {"likelihood": 3, "impact": 5, "score": 15, "band": "High"}
    assert [(c["id"], c["counts"], c["likelihood"], c["impact"]) for c in row["controls"]] == [("C1", True, 1, 0)]
    assert row["group"] == "Regional & strategic"


def test_register_include_planned_moves_the_status_quo_escalation(capsys):
    """O5 × S1: 5 × 4 = 20; only planned controls act on it (C5, C6): 20 without them, 3 × 4 = 12 with them."""
    def row(*extra):
        _, out, _ = cli(capsys, "register", "--json", "--as-of", "2026-12-01", *extra)
        return next(r for r in json.loads(out)["risks"] if (r["option"], r["factor"]) == ("O5", "S1"))
    assert row()["residual"]["score"] == 20
    assert row("--include-planned")["residual"] == {"likelihood": 3, "impact": 4, "score": 12, "band": "High"}
    assert row()["owner"] == "Iraqi government" and row()["status"] == "monitoring"


def test_overdue_reviews_follow_the_date(capsys):
    def overdue(as_of):
        _, out, _ = cli(capsys, "register", "--json", "--as-of", as_of)
        return [(r["option"], r["factor"]) for r in json.loads(out)["risks"] if r["overdue"]]
    assert overdue("2026-11-15") == []
    assert overdue("2026-11-16") == [("O2", "R5")]
    reviews = {(e["option"], e["factor"]): e["review"] for e in _raw()["register"]["entries"]}
    assert len(overdue("2099-01-01")) == sum(1 for review in reviews.values() if review)


def test_today_comes_from_the_clock_unless_given(capsys, monkeypatch):
    monkeypatch.setattr("ui.cli.register.today", lambda: datetime.date(2026, 11, 20))
    _, out, _ = cli(capsys, "register", "--json")
    data = json.loads(out)
    assert data["as_of"] == "2026-11-20"
    assert [(r["option"], r["factor"]) for r in data["risks"] if r["overdue"]] == [("O2", "R5")]


def test_register_text_marks_overdue_and_ends_with_the_rule_and_the_cox_line(capsys):
    status, out, _ = cli(capsys, "register", "--as-of", "2026-12-01")
    lines = out.splitlines()
    assert status == 0
    row = next(line for line in lines if line.startswith("O2") and " R5 " in line)
    assert row.rstrip().endswith("OVERDUE") and "4×4=16 High" in row and "Bilateral committee" in row
    assert "* planned control, not counted (--include-planned counts it)" in lines
    assert "85 risks, 9 with a register entry; 3 of 6 controls count; 1 review overdue as of 2026-12-01" in lines
    assert lines[-2:] == [f"Rule: {RULE}", "Bands: " + builtin_cox_summary()]


def builtin_cox_summary() -> str:
    from core.register.cox import check_bands

    return check_bands(builtin_model().bands).summary()


def test_register_csv_is_one_row_per_risk(capsys):
    status, out, err = cli(capsys, "register", "--csv", "--as-of", "2026-12-01")
    rows = list(csv.reader(io.StringIO(out)))
    assert status == 0 and len(rows) == 86
    assert rows[0][:7] == ["option", "factor", "factor_name", "group", "statement", "owner", "controls"]
    assert rows[0][7:] == ["inherent_likelihood", "inherent_impact", "inherent_score", "inherent_band",
                           "residual_likelihood", "residual_impact", "residual_score", "residual_band",
                           "treatment", "action", "due", "status", "review", "overdue"]
    record = dict(zip(rows[0], next(r for r in rows if r[:2] == ["O5", "S1"])))
    assert record["controls"] == "C5 −1 L (planned, not counted); C6 −1 L (planned, not counted)"
    assert (record["inherent_score"], record["residual_score"], record["overdue"]) == ("20", "20", "no")
    assert err.splitlines() == [f"mizan register: Rule: {RULE}", f"mizan register: Bands: {builtin_cox_summary()}"]


def test_register_names_the_cells_of_a_colouring_cox_rejects(capsys, tmp_path):
    bands = Bands(names=("Low", "Medium", "High"), upper=(5, 9, 25), colors=("#63BE7B", "#FFEB84", "#E0474C"))
    path = _project(tmp_path, builtin_model().replace(bands=bands))
    status, out, _ = cli(capsys, "register", str(path), "--as-of", "2026-12-01")
    assert status == 0
    cox_line = next(line for line in out.splitlines() if line.startswith("Bands: "))
    assert "fails Cox's (2008) weak consistency and betweenness checks" in cox_line
    assert "L2 × I5 (10, High)" in cox_line
    assert "  also: L1 × I5 (5, Low) borders L2 × I5 (10, High) with no band between" in out.splitlines()
    _, data, _ = cli(capsys, "register", str(path), "--json", "--as-of", "2026-12-01")
    assert json.loads(data)["cox"]["ok"] is False


def test_a_project_without_a_register_has_residual_equal_to_inherent(capsys, tmp_path):
    path = _project(tmp_path, builtin_model().replace(register=Register()))
    _, out, _ = cli(capsys, "register", str(path), "--json", "--as-of", "2026-12-01")
    rows = json.loads(out)["risks"]
    assert rows and all(r["inherent"] == r["residual"] and r["controls"] == [] and not r["overdue"] for r in rows)
    _, text, _ = cli(capsys, "score", str(path), "--residual")
    assert "no control counts, so residual equals inherent" in text.splitlines()[0]


def test_a_model_without_risk_factors_says_so(capsys, tmp_path):
    path = tmp_path / "plans.csv"
    path.write_text("option,Cost,Quality\nweight,1,1\ndirection,cost,benefit\nA,100,5\nB,200,9\n")
    status, out, _ = cli(capsys, "register", str(path), "--as-of", "2026-12-01")
    assert status == 0
    assert out.splitlines()[0] == "This model has no likelihood × impact factors, so it has no risks to register."


@pytest.mark.parametrize("date, problem", [("2027-02-30", "2027-02 has 28 days"),
                                           ("30/06/2027", "not a date written YYYY-MM-DD")])
def test_a_bad_as_of_date_is_one_line(capsys, date, problem):
    status, out, err = cli(capsys, "register", "--as-of", date)
    assert status == 2 and out == "" and problem in err and len(err.splitlines()) == 1


def test_csv_text_a_spreadsheet_would_run_is_neutralised(capsys, tmp_path):
    model = builtin_model()
    entry = model.register.entry("O1", "E1").replace(statement="=HYPERLINK(\"http://x\")", owner="@owner")
    option = model.options[0].replace(name="-1 first")
    model = model.replace(options=(option, *model.options[1:]),
                          register=model.register.replace(entries={**model.register.entries, ("O1", "E1"): entry}))
    path = _project(tmp_path, model)
    _, out, _ = cli(capsys, "register", str(path), "--csv", "--as-of", "2026-12-01")
    header, *rows = csv.reader(io.StringIO(out))
    record = dict(zip(header, next(r for r in rows if r[:2] == ["O1", "E1"])))
    assert (record["statement"], record["owner"]) == ("'=HYPERLINK(\"http://x\")", "'@owner")
    _, scored, _ = cli(capsys, "score", str(path), "--csv")
    assert "'-1 first" in [r[2] for r in csv.reader(io.StringIO(scored))]


def test_what_the_controls_buy_under_a_profile(capsys):
    """Per option Σ w·L·I on both bases (by hand); C5, planned, would take 4 points off each of O5's S1 (5 × 4 → 4 × 4)
    and P5 (5 × 4 → 4 × 4), weighted 1/17 each under equal weights."""
    status, out, _ = cli(capsys, "register", "--json", "--as-of", "2026-12-01", "--profile", "Equal weights")
    benefit = json.loads(out)["benefit"]
    weights = {factor: 1 / 17 for _, factor in _levels_by_hand(False)}
    inherent = {}
    for (option, factor), (likelihood, impact, _, _) in _levels_by_hand(False).items():
        inherent[option] = inherent.get(option, 0.0) + weights[factor] * likelihood * impact
    assert status == 0 and benefit["profile"] == "Equal weights"
    assert {r["option"]: r["inherent"] for r in benefit["options"]} == pytest.approx(inherent)
    assert {r["option"]: r["residual"] for r in benefit["options"]} == pytest.approx(_weighted(weights, False))
    c5 = next(row for row in benefit["controls"] if row["id"] == "C5")
    assert c5["counts"] is False
    assert c5["contributions"] == pytest.approx({"O1": 0, "O2": 0, "O3": 0, "O4": 0, "O5": 8 / 17})
    _, text, _ = cli(capsys, "register", "--as-of", "2026-12-01")
    assert "What the controls buy (profile: Equal weights; weighted risk in points, lower is better)" in text
