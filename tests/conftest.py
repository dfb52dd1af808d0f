"""Shared fixtures: headless Qt, QSettings in a temporary folder, model factories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Numbers, dates and the interface language must not follow the machine's
# locale: every test runs in the C locale unless it sets one itself.
os.environ.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from core.builtin import builtin_model  # noqa: E402
from core.model import Criterion, DecisionModel, Option, Profile, Score  # noqa: E402

# Property tests must not pass or fail by luck or by the machine's speed: in CI
# every run draws the same examples (derandomized, no example database) and no
# example has a deadline.  Locally the examples vary and failures are replayed.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path_factory, monkeypatch):
    """Point QSettings (and anything else reading XDG paths) at a throwaway folder."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("HOME", str(folder))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session")
def paper_model() -> DecisionModel:
    """The built-in model of the Iraq paper."""
    return builtin_model()


def value_model(rows: dict[str, list[float]], directions: list[str], weights: list[float]) -> DecisionModel:
    """A flat model of direct values: option id -> scores; one profile 'given'."""
    ids = [f"C{j + 1}" for j in range(len(directions))]
    columns = list(zip(*rows.values()))
    criteria = tuple(Criterion(id=cid, name=cid, direction=d, kind="value",
                               scale=(min(col), max(col) if max(col) > min(col) else min(col) + 1))
                     for cid, d, col in zip(ids, directions, columns))
    scores = {(o, cid): Score(value=v) for o, vals in rows.items() for cid, v in zip(ids, vals)}
    return DecisionModel(title="test", criteria=criteria, options=tuple(Option(o, o) for o in rows),
                         scores=scores, profiles=(Profile("given", dict(zip(ids, weights))),))
