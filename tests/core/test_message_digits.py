"""A message's numbers (counts, rows, weights) come out in the reader's digits; its quoted values do not."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from core.errors import Listed, Message, ModelError, user_message
from core.model import Profile
from core.numbers import in_digits
from core.profile_notices import fitted_profile
from tests.core.test_profile_notices import MODEL


def test_a_notices_counts_follow_the_digits_and_the_names_it_quotes_do_not():
    notice = fitted_profile(MODEL, Profile("Team 12", {"c1": 3, "C2": 1, "Bogus 7": 4}))[1][0]
    western, indic = notice.text("ar"), notice.text("ar", "arabic")
    assert "يطابق 2 من معايير النموذج البالغة 3" in western
    assert "يطابق ٢ من معايير النموذج البالغة ٣" in indic
    assert "'Team 12'" in indic and "'Bogus 7'" in indic and "C1، C2" in indic
    assert str(notice) == notice.text("en") == notice.text()  # the English, as scripts read it


@given(st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False))
def test_a_number_parameter_keeps_its_format_spec_in_either_digits(value):
    message = Message("messages.notices.and_more", names=Listed(["C1"]), more=value)
    assert message.text("ar", "arabic") == in_digits(message.text("ar"), "arabic").replace("C١", "C1")


def test_an_error_words_its_numbers_in_the_digits_asked_for_across_a_process():
    error = ModelError(Message("messages.notices.and_more", names=Listed(["O1", True]), more=3))
    again = pickle.loads(pickle.dumps(error))
    assert "٣" in user_message(again, "ar", "arabic") and "O1، True" in user_message(again, "ar", "arabic")
    assert "3" in user_message(again, "ar") and "٣" not in user_message(again, "ar")
