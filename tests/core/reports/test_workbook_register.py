"""The register sheets are live: edit controls in the workbook, let LibreOffice recalculate, compare with Mizan.

Two exports of the built-in model with controls and register entries are
edited as an analyst would: a control's status and an effect's levels; the
basis cell, "include planned controls", an effect typed into a spare row and
the Dashboard's "As of" date. ONE LibreOffice run recalculates the edited
files and fresh exports of the models those edits describe. Every register
row's residual likelihood, impact, score and band, every count (by band, by
group, per heat-map cell), the ten largest residual risks, the overdue
reviews, every method's index and rank and the Summary's ranking must equal
what Mizan computes for the edited model on its residual basis.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.analysis import evaluate
from core.methods import METHODS
from core.model import DecisionModel
from core.register import Control, Effect, RiskEntry
from core.register.dates import is_overdue
from core.register.residual import RULE, residual_levels, residual_model
from core.reports.data import build_report
from core.reports.excel import write_workbook
from core.reports.score_import import preview_import
from core.reports.xl_register import factor_groups
from tests.libreoffice import convert_many, needs_libreoffice

DAY = dt.date(2026, 12, 1)
LABELS = ("WSM", "WPM", "TOPSIS", "VIKOR", "PROMETHEE II")


def controlled(model: DecisionModel) -> DecisionModel:
    """The built-in model with two controls (one in place, one planned) and four register entries."""
    controls = (
        Control("C1", "Counter-Terrorism Service", owner="Government", status="in place", evidence="§ Conclusion",
                effects=(Effect("O1", "S1", 1, 0), Effect("O2", "S1", 2, 1), Effect("O3", "E1", 3, 0),
                         Effect("O5", "P5", 1, 1))),
        Control("C2", "Advisory schedule", owner="Bilateral committee", status="planned",
                effects=(Effect("O3", "S1", 1, 1), Effect("O1", "S1", 4, 4), Effect("O5", "S1", 2, 2))),
    )
    entries = {
        ("O1", "S1"): RiskEntry(statement="Factions escalate → attacks → forces stay", owner="Government",
                                treatment="treat", action="Talks", due="2027-06-30", review="2026-11-01"),
        ("O2", "E1"): RiskEntry(owner="Ministry of Finance", status="closed", review="2026-01-01"),
        ("O4", "R3"): RiskEntry(owner="KRG", status="monitoring", review="2026-11-30"),
        ("O5", "P5"): RiskEntry(owner="Parliament", treatment="tolerate", review="2026-12-01"),
    }
    return model.replace(register=model.register.replace(controls=controls, entries=entries))


@dataclass
class Case:
    """An export, the edits typed into it, and the model and basis those edits describe."""

    name: str
    basis: str  # at export
    status: dict = field(default_factory=dict)  # control -> status
    effects: dict = field(default_factory=dict)  # (control, option, factor) -> (likelihood, impact)
    include_planned: bool | None = None
    as_of: dt.date = DAY

    def edited(self, model: DecisionModel) -> DecisionModel:
        """The model the edited workbook describes: a changed effect keeps its place, a new one comes last."""
        controls = []
        for control in model.register.controls:
            effects = list(control.effects)
            for (cid, option, factor), levels in self.effects.items():
                if cid != control.id:
                    continue
                at = next((k for k, e in enumerate(effects) if (e.option, e.factor) == (option, factor)), None)
                if at is None:
                    effects.append(Effect(option, factor, *levels))
                else:
                    effects[at] = Effect(option, factor, *levels)
            controls.append(control.replace(status=self.status.get(control.id, control.status),
                                            effects=tuple(effects)))
        register = model.register.replace(controls=tuple(controls))
        if self.include_planned is not None:
            register = register.replace(include_planned=self.include_planned)
        return model.replace(register=register)

    def added(self, model: DecisionModel) -> list[tuple[str, str, str]]:
        """The effects this case types into spare rows (``model`` as exported)."""
        known = {(c.id, e.option, e.factor) for c in model.register.controls for e in c.effects}
        return [key for key in self.effects if key not in known]


CASES = (
    Case("status-and-effect", "residual", status={"C2": "in place"}, effects={("C1", "O2", "S1"): (3, 1)}),
    Case("basis-planned-new-effect", "inherent", include_planned=True, effects={("C1", "O4", "R3"): (2, 1)},
         as_of=dt.date(2026, 11, 15)),
)


def _row(sheet, label: str, column: int = 1) -> int:
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, column).value == label:
            return row
    raise AssertionError(f"{sheet.title}: no row labelled {label!r}")


def _edit(case: Case, source: Path, target: Path) -> None:
    """Type the case's edits into the Controls sheet (and the Dashboard's date), found by their labels."""
    book = load_workbook(source)
    controls = book["Controls"]
    if case.basis == "inherent":
        controls.cell(_row(controls, "Ranking basis"), 2, "residual")
    if case.include_planned is not None:
        controls.cell(_row(controls, "Include planned controls"), 2, "yes" if case.include_planned else "no")
    top = _row(controls, "Id")
    for cid, status in case.status.items():
        controls.cell(_row(controls, cid), 5, status)
    effects = _row(controls, "Control")
    for (cid, option, factor), (lik, imp) in case.effects.items():
        row = next((r for r in range(effects + 1, controls.max_row + 1)
                    if [controls.cell(r, c).value for c in (1, 2, 3)] == [cid, option, factor]), None)
        if row is None:  # a new effect: the first spare row
            row = next(r for r in range(effects + 1, controls.max_row + 1) if controls.cell(r, 1).value is None)
            for column, value in enumerate((cid, option, factor), start=1):
                controls.cell(row, column, value)
        controls.cell(row, 4, lik)
        controls.cell(row, 5, imp)
    assert top < effects
    book["Dashboard"]["B4"] = case.as_of
    book.save(target)


@pytest.fixture(scope="module")
def books(tmp_path_factory, paper_model):
    """Per case: (case, edited model, edited workbook recalculated, fresh export recalculated)."""
    folder = tmp_path_factory.mktemp("register")
    model = controlled(paper_model)
    profile = model.profile("Equal weights")
    files, models = [], []
    for case in CASES:
        exported = folder / f"{case.name}-exported.xlsx"
        write_workbook(exported, build_report(model, profile, "topsis", date=DAY, samples=0), basis=case.basis)
        _edit(case, exported, folder / f"{case.name}-edited.xlsx")
        edited = case.edited(model)
        write_workbook(folder / f"{case.name}-fresh.xlsx", build_report(edited, profile, "topsis", date=case.as_of,
                                                                       samples=0), basis="residual")
        files += [folder / f"{case.name}-edited.xlsx", folder / f"{case.name}-fresh.xlsx"]
        models.append(edited)
    out = convert_many(files, "xlsx", folder / "lo")
    loaded = [load_workbook(path, data_only=True) for path in out]
    return [(case, models[k], loaded[2 * k], loaded[2 * k + 1]) for k, case in enumerate(CASES)]


def _register_rows(model: DecisionModel) -> list[dict]:
    """Mizan's register: one row per option × risk factor, with inherent and residual levels."""
    rows = []
    for option in model.options:
        for factor in model.factors:
            if factor.kind != "risk":
                continue
            score = model.score(option.id, factor.id)
            lik, imp = residual_levels(model, option.id, factor.id)
            rows.append({"id": f"{option.id}·{factor.id}", "option": option.id, "factor": factor.id,
                         "inherent": (score.likelihood, score.impact, score.likelihood * score.impact,
                                      model.bands.names[model.bands.band(score.number)]),
                         "residual": (lik, imp, lik * imp, model.bands.names[model.bands.band(lik * imp)]),
                         "entry": model.register.entry(option.id, factor.id)})
    return rows


@needs_libreoffice
def test_register_rows_equal_mizans_residuals(books):
    for case, model, edited, fresh in books:
        expected = _register_rows(model)
        for book in (edited, fresh):
            sheet = book["Risk register"]
            top = _row(sheet, "Risk")
            got = [[sheet.cell(top + 1 + k, c).value for c in range(1, 18)] for k in range(len(expected))]
            assert [g[0] for g in got] == [e["id"] for e in expected]
            assert [tuple(g[9:13]) for g in got] == [e["inherent"] for e in expected], case.name
            assert [tuple(g[13:17]) for g in got] == [e["residual"] for e in expected], case.name
            assert RULE in sheet["A2"].value
        changed = sum(e["inherent"] != e["residual"] for e in expected)
        assert changed >= 4, case.name  # the controls really lower something


@needs_libreoffice
def test_every_method_ranks_the_residual_model(books):
    for case, model, edited, _ in books:
        ranked = residual_model(model)
        assert ranked is not model
        methods = edited["Methods"]
        top = _row(methods, "Option")
        labels = [c.value for c in methods[top]]
        for method, label in zip(METHODS, LABELS):
            result = evaluate(ranked, ranked.profile("Equal weights"), method).result
            column = labels.index(f"{label} score") + 1
            scores = [methods.cell(top + 1 + i, column).value for i in range(len(model.options))]
            ranks = [methods.cell(top + 1 + i, column + 1).value for i in range(len(model.options))]
            assert scores == pytest.approx(result.scores.tolist(), rel=1e-9, abs=1e-12), (case.name, method)
            assert ranks == result.ranks.tolist(), (case.name, method)
        matrix = edited["Risk matrix"]
        index = [c.value for c in matrix[4]].index("Weighted risk index") + 1
        wsm = evaluate(ranked, ranked.profile("Equal weights"), "wsm").result
        assert [matrix.cell(5 + i, index).value for i in range(5)] == pytest.approx(wsm.scores.tolist(), rel=1e-9)
        summary = edited["Summary"]
        first = _row(summary, "Rank") + 1
        ranking = evaluate(ranked, ranked.profile("Equal weights"), "topsis").ranking()
        assert [summary.cell(first + k, 2).value for k in range(5)] == [r["option"] for r in ranking]
        assert summary.cell(_row(summary, "Answer"), 2).value.endswith("on residual risk.")
        assert RULE in summary.cell(_row(summary, "Basis"), 2).value


@needs_libreoffice
def test_counts_heat_map_largest_risks_and_overdue_reviews(books):
    for case, model, edited, _ in books:
        rows = _register_rows(model)
        dash = edited["Dashboard"]
        top = _row(dash, "Band")
        for k, band in enumerate(model.bands.names):
            assert dash.cell(top + 1 + k, 1).value == band
            assert dash.cell(top + 1 + k, 2).value == sum(r["inherent"][3] == band for r in rows), band
            assert dash.cell(top + 1 + k, 3).value == sum(r["residual"][3] == band for r in rows), band
        groups = factor_groups(model)
        top = _row(dash, "Group")
        for g, name in enumerate(dict.fromkeys(groups[r["factor"]] for r in rows)):
            row = top + 1 + g
            assert dash.cell(row, 1).value == name
            mine = [r for r in rows if groups[r["factor"]] == name]
            assert dash.cell(row, 2).value == len(mine)
            for k, band in enumerate(model.bands.names):
                assert dash.cell(row, 3 + 2 * k).value == sum(r["inherent"][3] == band for r in mine)
                assert dash.cell(row, 4 + 2 * k).value == sum(r["residual"][3] == band for r in mine)
        _largest(dash, rows)
        _overdue(dash, rows, case.as_of)
        _heat_counts(edited["Heat map counts"], rows)


def _largest(dash, rows: list[dict]) -> None:
    order = sorted(range(len(rows)), key=lambda k: (-rows[k]["residual"][2], -rows[k]["inherent"][2], k))[:10]
    top = next(r for r in range(1, dash.max_row + 1) if str(dash.cell(r, 1).value).startswith("The 10 largest"))
    got = [[dash.cell(top + 2 + t, c).value for c in (2, 4, 5, 6)] for t in range(10)]
    assert got == [[rows[k]["id"], rows[k]["inherent"][2], rows[k]["residual"][2], rows[k]["residual"][3]]
                   for k in order]


def _overdue(dash, rows: list[dict], today: dt.date) -> None:
    late = sorted((r for r in rows if is_overdue(r["entry"], today)), key=lambda r: r["entry"].review)
    assert late, "the case must have an overdue review"
    assert dash.cell(_row(dash, "Overdue reviews"), 2).value == len(late)
    top = next(r for r in range(1, dash.max_row + 1) if str(dash.cell(r, 1).value).startswith("The first 10 overdue"))
    got = [dash.cell(top + 2 + t, 2).value for t in range(10)]
    assert got == [r["id"] for r in late] + [None] * (10 - len(late))


def _heat_counts(sheet, rows: list[dict]) -> None:
    for left, basis in ((1, "inherent"), (9, "residual")):
        cells = Counter((r[basis][0], r[basis][1]) for r in rows)
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                got = sheet.cell(10 - likelihood, left + 1 + impact).value
                assert got == cells[(likelihood, impact)], (basis, likelihood, impact)


@needs_libreoffice
def test_edited_workbook_equals_a_fresh_export_of_the_edited_model(books, paper_model):
    """Nothing left from before the edits; an effect typed into a spare row is named as "+ 1 more"."""
    for case, _, edited, fresh in books:
        new = case.added(controlled(paper_model))
        assert bool(new) == (case.name == "basis-planned-new-effect")
        for name in edited.sheetnames:
            if name == "Controls" and new:
                continue  # the new effect sits in a spare row here, among its control's effects there
            a, b = edited[name], fresh[name]
            for row in range(1, max(a.max_row, b.max_row) + 1):
                for column in range(1, max(a.max_column, b.max_column) + 1):
                    mine, theirs = a.cell(row, column).value, b.cell(row, column).value
                    where = f"{case.name} {name}!{a.cell(row, column).coordinate}"
                    assert not (isinstance(mine, str) and mine.startswith(("#", "Err:"))), (where, mine)
                    assert not (isinstance(mine, float) and not math.isfinite(mine)), where
                    if name == "Summary" and column == 2 and row == 4:
                        continue  # the export date
                    if name == "Risk register" and column == 9 and new and mine != theirs:
                        assert mine == "+ 1 more (see Controls)" and theirs == "C1", where
                        continue
                    if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
                        assert mine == pytest.approx(theirs, rel=1e-9, abs=1e-12), where
                    else:
                        assert mine == theirs, where


def test_import_reads_the_register_edits_back(tmp_path, paper_model):
    """Owners, statuses, dates, control status, effects, planned controls and labels come back; bad cells say why."""
    model = controlled(paper_model)
    exported, edited = tmp_path / "exported.xlsx", tmp_path / "edited.xlsx"
    write_workbook(exported, build_report(model, model.profiles[0], date=DAY, samples=0))
    assert preview_import(model, exported).register == ()
    case = CASES[0]
    _edit(case, exported, edited)
    book = load_workbook(edited)
    register = book["Risk register"]
    row = _row(register, "O1·E1")
    register.cell(row, 8, "Ministry of Finance")
    register.cell(row, 22, "Monitoring")
    register.cell(row, 23, dt.date(2027, 1, 15))
    bad = _row(register, "O1·E2")
    register.cell(bad, 22, "parked")
    register.cell(bad, 21, "2027-02-30")
    book["Descriptor scales"]["B6"] = "Improbable"
    book.save(edited)
    preview = preview_import(model, edited)
    expected = case.edited(model).register
    got = preview.model.register
    assert got.controls == expected.controls
    assert got.entry("O1", "E1") == RiskEntry(owner="Ministry of Finance", status="monitoring", review="2027-01-15")
    assert got.entry("O1", "E2") == RiskEntry()  # its refused cells keep their values
    assert got.scales.likelihood[1].label == "Improbable"
    assert {(c.item, c.field, c.new) for c in preview.register} == {
        ("O1 × E1", "owner", "Ministry of Finance"), ("O1 × E1", "status", "monitoring"),
        ("O1 × E1", "review", "2027-01-15"), ("C2", "status", "in place"),
        ("C1 on O2 × S1", "effect (likelihood, impact)", "−3 L, −1 I"),
        ("likelihood level 2", "label", "Improbable")}
    assert {i.where: i.message for i in preview.rejected} == {
        f"Risk register!V{bad}": "status must be one of open, monitoring, closed, not 'parked'",
        f"Risk register!U{bad}": "'2027-02-30' is not a day of the calendar: 2027-02 has 28 days"}


def _random_register(model: DecisionModel, seed: int) -> DecisionModel:
    """Controls with random statuses acting by random levels on random risk cells (several on some cells)."""
    import random

    rng = random.Random(seed)
    cells = [(o.id, f.id) for o in model.options for f in model.factors if f.kind == "risk"]
    controls = []
    for k in range(rng.randint(1, 5)):
        chosen = rng.sample(cells, rng.randint(1, 12))
        effects = tuple(Effect(o, f, rng.randint(0, 4), rng.randint(0, 4)) for o, f in chosen)
        controls.append(Control(f"K{k + 1}", f"Control {k + 1}", status=rng.choice(("in place", "planned")),
                                effects=tuple(e for e in effects if e.likelihood or e.impact)))
    register = model.register.replace(controls=tuple(controls), include_planned=rng.random() < 0.5)
    return model.replace(register=register)


@pytest.fixture(scope="module")
def random_books(tmp_path_factory, paper_model):
    """Seeded random registers on the built-in model and on a mixed one (two factors as direct values)."""
    from core.edits import apply
    from core.edits.kinds import SetKind

    folder = tmp_path_factory.mktemp("random")
    mixed = apply(apply(paper_model, SetKind("E3", "value"))[0], SetKind("R1", "value"))[0]
    models = [_random_register(base, seed) for seed, base in enumerate((paper_model, paper_model, mixed, mixed))]
    paths = []
    for k, model in enumerate(models):
        paths.append(folder / f"random-{k}.xlsx")
        write_workbook(paths[-1], build_report(model, model.profiles[0], date=DAY, samples=0), basis="residual")
    return list(zip(models, (load_workbook(p, data_only=True) for p in convert_many(paths, "xlsx", folder / "lo"))))


@needs_libreoffice
def test_random_registers_give_mizans_residuals_and_ranking(random_books):
    for model, book in random_books:
        rows = _register_rows(model)
        sheet = book["Risk register"]
        got = [tuple(sheet.cell(5 + k, c).value for c in range(14, 18)) for k in range(len(rows))]
        assert got == [r["residual"] for r in rows]
        ranked = residual_model(model)
        wsm = evaluate(ranked, ranked.profiles[0], "wsm").result
        matrix = book["Risk matrix"]
        index = [c.value for c in matrix[4]].index("Weighted risk index") + 1
        assert [matrix.cell(5 + i, index).value for i in range(5)] == pytest.approx(wsm.scores.tolist(), rel=1e-9)
        assert [matrix.cell(5 + i, index + 1).value for i in range(5)] == wsm.ranks.tolist()
        dash = book["Dashboard"]
        top = _row(dash, "Band")
        assert [dash.cell(top + 1 + k, 3).value for k in range(4)] == [
            sum(r["residual"][3] == band for r in rows) for band in model.bands.names]


def test_a_report_built_on_the_residual_model_is_written_from_the_inherent_one(tmp_path, paper_model):
    """The workbook lowers the scores itself: handed a residual report, it must not lower them twice."""
    model = controlled(paper_model)
    ranked = residual_model(model)
    assert ranked is not model
    books = []
    for name, source in (("inherent", model), ("residual", ranked)):
        write_workbook(tmp_path / f"{name}.xlsx", build_report(source, source.profiles[0], date=DAY, samples=200),
                       basis="residual")
        books.append(load_workbook(tmp_path / f"{name}.xlsx"))
    for sheet in ("Risk matrix", "Controls", "Risk register", "Methods"):
        a, b = books[0][sheet], books[1][sheet]
        assert [[c.value for c in row] for row in a.iter_rows()] == [[c.value for c in row] for row in b.iter_rows()]
    matrix = books[0]["Risk matrix"]
    top = _row(matrix, "Likelihood")
    assert matrix.cell(top + 1, 3 + 10).value == model.score("O1", "S1").likelihood  # S1: the 11th factor
    assert "on residual risk" in books[1]["Robustness"]["A1"].value
