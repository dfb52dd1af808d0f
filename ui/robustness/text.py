"""The robustness view's sentences and chart texts, all through ``tr`` and all plain text.

The sentences say what an analyst would write in a memo: "O3 stays first
unless S1 is weighted above 46.7%", "O3 ranks first in 71.2% of the
sampled weightings".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.models.robustness_tables import percent, points
from ui.widgets.results_panel import chart_texts


def _tr(text: str) -> str:
    return QCoreApplication.translate("Robustness", text)


def threshold_sentence(limits, top: str) -> str:
    """The nearest threshold of ``limits`` (nearest first) as one sentence about the ``top`` option."""
    nearest = limits[0] if limits else None
    if nearest is None or nearest.distance is None:
        return _tr("{0} stays first whatever the weight of any single factor (the others rescaled in "
                   "proportion).").format(top)
    upper_nearer = nearest.lower is None or (nearest.upper is not None
                                             and nearest.upper - nearest.weight < nearest.weight - nearest.lower)
    if upper_nearer:
        text = _tr("{0} stays first unless {1} is weighted above {2}; then {3} ranks first.")
        sentence = text.format(top, nearest.criterion, percent(nearest.upper), nearest.above)
    else:
        text = _tr("{0} stays first unless {1} is weighted below {2}; then {3} ranks first.")
        sentence = text.format(top, nearest.criterion, percent(nearest.lower), nearest.below)
    return sentence + " " + _tr("Its weight is now {0}, {1} away.").format(percent(nearest.weight),
                                                                         points(nearest.distance))


def acceptability_sentence(result, sampler: str) -> str:
    """The option most often first, and how often, in a :class:`~core.sensitivity.SmaaResult`.

    ``sampler`` says in the analyst's words how the weights were drawn.
    """
    firsts = result.acceptability[:, 0]
    best = int(firsts.argmax())
    return _tr("{0} ranks first in {1} of the sampled weightings ({2} samples, {3}, seed {4}).").format(
        result.options[best], percent(float(firsts[best])), f"{result.samples:,}", sampler, result.seed)


def convergence_sentence(result) -> str:
    """The convergence indicators of a run as one line."""
    c = result.convergence
    text = _tr("Convergence: largest standard error of a share {0}").format(points(c.standard_error))
    if c.half_difference is not None:
        text += _tr("; the first and second halves of the samples differ by at most {0}").format(
            points(c.half_difference))
    return text + "."


def robustness_chart_texts() -> dict[str, str]:
    """Translated texts for the robustness charts of :mod:`core.charts`."""
    tr = lambda text: QCoreApplication.translate("Charts", text)  # noqa: E731
    return {**chart_texts(), "weight_of": tr("Global weight of {0} (%)"), "current": tr("now {0}"),
            "lead": tr("Lead of {0} over the next option (score points)"),
            "loses_first": tr("another option ranks first"), "low_end": tr("input at its low end"),
            "high_end": tr("input at its high end"), "weight_bar": tr("{0} weight {1}–{2}%"),
            "score_bar": tr("{0} on {1}: {2}–{3}"), "share": tr("Share of sampled weightings (%)"),
            "rank": tr("Rank {0}"), "more_bars": tr("{0} smaller bars not shown")}
