"""Everything at once for the worker thread: results, progress, cancel."""

from __future__ import annotations

import pytest

from core.sensitivity import Cancelled, RobustnessInputs, SmaaInputs, run, study
from core.sensitivity.progress import scaled, step


def test_run_gathers_every_analysis_and_reports_progress(paper_model):
    st_ = study(paper_model, paper_model.profile("Paper's emphasis"), "vikor")
    seen: list[float] = []
    result = run(RobustnessInputs(SmaaInputs(st_, 40_000), points=11, spread=0.25), progress=seen.append)
    assert len(result.sweeps) == 17 and result.sweeps[0].t.size == 11
    assert len(result.thresholds) == 17 and result.tornado.spread == 0.25
    assert result.smaa.samples == 40_000 and result.smaa.method == "vikor"
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0) and len(seen) > 20


def test_cancel_stops_every_stage(paper_model):
    inputs = RobustnessInputs(SmaaInputs(study(paper_model, paper_model.profiles[0], "topsis"), 100_000))
    stages: list[float] = []
    run(inputs, progress=stages.append, cancel=lambda: False)
    # One question per progress report: the sweeps, the thresholds, the tornado, the SMAA chunks.
    for after in (1, 17, len(stages) - 3, len(stages)):
        asked: list[int] = []
        with pytest.raises(Cancelled):
            run(inputs, cancel=lambda: asked.append(1) or len(asked) >= after)  # noqa: B023
        assert len(asked) == after


def test_progress_helpers_clip_and_scale():
    seen: list[float] = []
    part = scaled(seen.append, 0.5, 0.75)
    assert part is not None
    part(0.0)
    part(1.0)
    step(seen.append, None, 1.5)
    assert seen == [0.5, 0.75, 1.0] and scaled(None, 0.0, 1.0) is None
