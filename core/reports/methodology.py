"""The methodology note every report carries, in plain sentences (each method's own from its descriptor)."""

from __future__ import annotations

from core.analysis import method_params
from core.methods import method_spec
from core.reports.data import ReportData
from core.reports.words import report_words


def method_label(name: str, language: str = "en") -> str:
    """The name a report gives a method in ``language`` (as its module declares it), and the one place it is read."""
    return method_spec(name).label_in(language)


def methodology(data: ReportData, language: str = "en") -> list[str]:
    """Paragraphs in ``language`` that say how the reported numbers were made."""
    words = report_words(language)
    model = data.model
    risk = all(f.kind == "risk" for f in model.factors)
    spec = method_spec(data.method)
    paragraphs = [
        words["methodology.method"].format(label=method_label(data.method, language), note=spec.note_in(language)),
        words[spec.normalisation(method_params(data.main.problem, data.method))],
        words["methodology.weights"].format(profile=data.profile.name),
    ]
    if risk:
        bands = words["document.list_sep"].join(words["methodology.band_upto"].format(name=n, upper=u)
                                                for n, u in zip(model.bands.names, model.bands.upper))
        paragraphs.append(words["methodology.scores"].format(bands=bands))
    disagree = data.rankings_disagree
    top = data.main.ranking()[0]["option"]
    if disagree:
        methods = words["document.list_sep"].join(method_label(m, language) for m in disagree)
        paragraphs.append(words["methodology.agree_disagree"].format(option=top, methods=methods))
    else:
        paragraphs.append(words["methodology.agree_computed" if data.not_computed else "methodology.agree_all"]
                          .format(option=top))
    paragraphs += [words["methodology.not_computed"].format(method=method_label(name, language), reason=reason)
                   for name, reason in data.not_computed.items()]
    return paragraphs
