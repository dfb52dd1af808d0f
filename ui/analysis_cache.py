"""What the document keeps between two looks at the ranking: the model on each basis, its arrays, its ranking.

A weight drag makes a new model object at every step while its criteria,
options, scores and register stay the same objects; so the residual model
(:func:`core.register.residual.model_on`) is kept while those parts are the
same, and the arrays of each basis while its criteria, options and scores
are: a drag on residual risk recomputes neither. Qt-free, so that nothing
here can emit or block a signal.
"""

from __future__ import annotations

from core.errors import ModelError
from core.model import DecisionModel


def _residual_parts(model: DecisionModel) -> tuple:
    """What the residual model is computed from."""
    return model.criteria, model.options, model.scores, model.register


class AnalysisCache:
    """The last residual model, and per basis the last arrays and the last ranking (or why it failed)."""

    def __init__(self) -> None:
        self._residual: tuple | None = None  # (model, its residual parts, its residual model)
        self._arrays: dict[str, tuple] = {}
        self._evaluation: dict[str, tuple] = {}  # basis -> (AnalysisKey, Evaluation or ModelError)

    def analysed(self, model: DecisionModel, basis: str) -> DecisionModel:
        """``model`` on ``basis``: itself for "inherent", the same model with residual scores for "residual"."""
        kept = self._residual
        if basis == "inherent":
            return model
        if kept is not None and kept[0] is model:
            return kept[2]
        parts = _residual_parts(model)
        if kept is not None and all(old is new for old, new in zip(kept[1], parts)):
            residual = model if kept[2] is kept[0] else model.replace(scores=kept[2].scores)
        else:
            from core.register.residual import model_on

            residual = model_on(model, basis)
        self._residual = (model, parts, residual)
        return residual

    def evaluation(self, key):
        """The ranking ``key`` (an :class:`~core.analysis.AnalysisKey`) names; ModelError if it fails."""
        from core.analysis import evaluate

        cached = self._evaluation.get(key.basis)
        if cached is None or cached[0] != key:
            try:
                result: object = evaluate(key.model, key.profile, key.method, self._problem(key.model, key.basis))
            except ModelError as exc:
                result = exc
            cached = self._evaluation[key.basis] = (key, result)
        if isinstance(cached[1], ModelError):
            raise cached[1]
        return cached[1]

    def _problem(self, model: DecisionModel, basis: str):
        """The arrays of ``model``, kept while its criteria, options and scores are the same objects."""
        from core.analysis import problem

        parts = (model.criteria, model.options, model.scores)
        kept = self._arrays.get(basis)
        if kept is None or any(old is not new for old, new in zip(kept[0], parts)):
            kept = self._arrays[basis] = (parts, problem(model))
        return kept[1]
