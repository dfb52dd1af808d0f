"""What the document keeps between two looks at the ranking: the model on each basis, its arrays, its ranking.

The residual model (:func:`core.register.residual.model_on`) is kept while
the document holds the same model object, so that every view of one state
ranks the very same residual model; it is always one that
:mod:`core.register.residual` made, so it can never be lowered twice nor
saved as inherent. A weight drag makes a new model object at every step
while its criteria, options, scores and register stay the same objects: so
the arrays of each basis are kept while the inherent model's parts are the
same, and a drag on residual risk rebuilds no arrays. Qt-free, so that
nothing here can emit or block a signal.
"""

from __future__ import annotations

from core.errors import ModelError
from core.model import DecisionModel


def _parts(model: DecisionModel) -> tuple:
    """What a model's arrays on either basis are computed from (``model`` is the inherent one)."""
    return model.criteria, model.options, model.scores, model.register


class AnalysisCache:
    """The last residual model, and per basis the last arrays and the last ranking (or why it failed)."""

    def __init__(self) -> None:
        self._residual: tuple[DecisionModel, DecisionModel] | None = None  # (model, its residual model)
        self._arrays: dict[str, tuple] = {}
        self._evaluation: dict[str, tuple] = {}  # basis -> (AnalysisKey, Evaluation or ModelError)

    def analysed(self, model: DecisionModel, basis: str) -> DecisionModel:
        """``model`` on ``basis``: itself for "inherent", its residual model for "residual"."""
        from core.register.residual import model_on

        if basis == "inherent":
            return model
        kept = self._residual
        if kept is None or kept[0] is not model:
            kept = self._residual = (model, model_on(model, basis))
        return kept[1]

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
        """The arrays of ``model``, kept while the parts of the model it was made from are the same objects."""
        from core.analysis import problem
        from core.register.residual import inherent_model

        parts = _parts(inherent_model(model))
        kept = self._arrays.get(basis)
        if kept is None or any(old is not new for old, new in zip(kept[0], parts)):
            kept = self._arrays[basis] = (parts, problem(model))
        return kept[1]
