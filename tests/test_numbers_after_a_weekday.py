"""A number right after a day's name ("On Thursday 45 rescuers took part") is a count, not part of a name as in
"Resident Evil 5"."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize("text", ["On Thursday 45 rescuers took part.", "By Sunday 1,240 homes had power again."])
def test_a_number_after_a_weekday_is_read(text):
    kinds = [m.kind for m in consistency.mentions(text)]
    assert kinds[0] == "date" and kinds[1:] in (["number"], ["quantity"])


def test_a_number_in_a_name_is_still_part_of_it():
    assert [m.kind for m in consistency.mentions("Critics said Resident Evil 5 was the best of them.")] == ["entity"]
