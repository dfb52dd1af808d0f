"""The robustness view's sentences and chart texts, all through ``tr`` and all plain text.

The sentences say what an analyst would write in a memo: "O3 stays first
unless S1 is weighted above 46.7%", "O3 ranks first in 71.2% of the
sampled weightings".
"""

from __future__ import annotations

from ui.i18n import Context, shown
from ui.models.robustness_tables import percent, points


Robustness = Context("Robustness")


def threshold_sentence(limits, top: str) -> str:
    """The nearest threshold of ``limits`` (nearest first) as one sentence about the ``top`` option."""
    nearest = limits[0] if limits else None
    if nearest is None or nearest.distance is None:
        return Robustness.tr("{0} stays first whatever the weight of any single factor (the others rescaled in "
                   "proportion).").format(top)
    upper_nearer = nearest.lower is None or (nearest.upper is not None
                                             and nearest.upper - nearest.weight < nearest.weight - nearest.lower)
    if upper_nearer:
        text = Robustness.tr("{0} stays first unless {1} is weighted above {2}; then {3} ranks first.")
        sentence = text.format(top, nearest.criterion, percent(nearest.upper), nearest.above)
    else:
        text = Robustness.tr("{0} stays first unless {1} is weighted below {2}; then {3} ranks first.")
        sentence = text.format(top, nearest.criterion, percent(nearest.lower), nearest.below)
    return sentence + " " + Robustness.tr("Its weight is now {0}, {1} away.").format(percent(nearest.weight),
                                                                         points(nearest.distance))


def acceptability_sentence(result, sampler: str) -> str:
    """The option most often first, and how often, in a :class:`~core.sensitivity.SmaaResult`.

    ``sampler`` says in the analyst's words how the weights were drawn.
    """
    firsts = result.acceptability[:, 0]
    best = int(firsts.argmax())
    return Robustness.tr("{0} ranks first in {1} of the sampled weightings ({2} samples, {3}, seed {4}).").format(
        result.options[best], percent(float(firsts[best])), shown(f"{result.samples:,}"), sampler,
        shown(str(result.seed)))


def convergence_sentence(result) -> str:
    """The convergence indicators of a run as one line."""
    c = result.convergence
    text = Robustness.tr("Convergence: largest standard error of a share {0}").format(points(c.standard_error))
    if c.half_difference is not None:
        text += Robustness.tr("; the first and second halves of the samples differ by at most {0}").format(
            points(c.half_difference))
    return text + "."
