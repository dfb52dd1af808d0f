"""A profile from a file meets a model: nothing matched is an error; partial matches and inconsistent AHP are said."""

from __future__ import annotations

import pytest

from core.errors import ModelError
from core.model import Profile
from core.profile_notices import fitted_profile
from core.profiles import match_profile
from core.storage.profile_file import judgements_data
from tests.conftest import value_model

MODEL = value_model({"A": [1, 2, 3], "B": [3, 2, 1], "C": [2, 2, 2]}, ["benefit"] * 3, [1, 1, 1])


@pytest.mark.parametrize("weights", [{"Elsewhere": 2, "Nowhere": 1}, {}])
def test_a_profile_that_matches_no_criterion_is_refused_everywhere(weights):
    profile = Profile("Foreign", weights)
    for attempt in (lambda: fitted_profile(MODEL, profile), lambda: match_profile(MODEL, profile)):
        with pytest.raises(ModelError, match="none of its weights names a criterion of this model"):
            attempt()


def test_a_partial_match_says_what_matched_is_missing_and_ignored():
    profile, notices = fitted_profile(MODEL, Profile("Mine", {"c1": 3, "C2": 1, "Bogus": 4}))
    assert profile.weights == {"C1": 3, "C2": 1}
    assert notices == ["profile 'Mine' matches 2 of the model's 3 criteria (C1, C2); missing: C3; "
                       "ignored, not in the model: 'Bogus'"]


def test_a_full_match_says_nothing():
    assert fitted_profile(MODEL, Profile("All", {"C1": 1, "C2": 2, "C3": 3}))[1] == []


def ahp_profile(matrix):
    weights = {"C1": 1.0, "C2": 1.0, "C3": 1.0}
    return Profile("Judged", weights, settings={"ahp": judgements_data({"top": (("C1", "C2", "C3"), matrix)})})


def test_inconsistent_ahp_judgements_are_used_with_a_warning():
    import numpy as np

    cyclic = np.array([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]])
    profile, notices = fitted_profile(MODEL, ahp_profile(cyclic))
    assert profile.weights == {"C1": 1.0, "C2": 1.0, "C3": 1.0}
    assert len(notices) == 1 and notices[0].startswith("warning: the AHP judgements for 'top' have a consistency "
                                                       "ratio of ") and "above 0.10" in notices[0]
    consistent = np.array([[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])
    assert fitted_profile(MODEL, ahp_profile(consistent))[1] == []
