"""Times of day: clock times, parts of the day, noon and midnight, with their zone, hedge and day."""

from __future__ import annotations

import datetime as dt
import math
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import consistency
from consistency.parse import times

D = dt.date
SATURDAY = D(2023, 9, 9)
INF = math.inf


def kinds(text: str, published: dt.date | None = SATURDAY) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in consistency.mentions(text, published) if m.kind != "entity"]


def only_time(text: str, published: dt.date | None = SATURDAY):
    found = [m for m in consistency.mentions(text, published) if m.kind == "time"]
    assert len(found) == 1, [(m.text, m.low, m.high) for m in found]
    return found[0]


# (sentence, time text, low, high, zone, day)
TIMES = [
    ("The tremor struck at 11:11 pm on Friday, officials said.", "11:11 pm", 1391, 1392, None, D(2023, 9, 8)),
    ("The tremor struck at 2211 GMT on Friday.", "2211 GMT", 1331, 1332, "GMT", D(2023, 9, 8)),
    ("Polls close at 14:30 local time.", "14:30 local time", 870, 871, "local", None),
    ("Sirens sounded in the early hours of Friday.", "early hours of Friday", 0, 360, None, D(2023, 9, 8)),
    ("Flights were grounded on Friday night.", "Friday night", 1260, 1800, None, D(2023, 9, 8)),
    ("Power returned shortly after midnight.", "midnight", 0, 61, None, None),
    ("The vigil began at noon local time.", "noon local time", 720, 721, "local", None),
    ("The ferry sank late on Tuesday evening.", "late on Tuesday evening", 1200, 1440, None, D(2023, 9, 5)),
    ("The market opened at 9 a.m. EST on Monday.", "9 a.m. EST", 540, 541, "EST", D(2023, 9, 4)),
    ("Crews arrived around 3.30pm.", "3.30pm", 900, 961, None, None),
    ("The statement came at 0300 UTC.", "0300 UTC", 180, 181, "UTC", None),
    ("The convoy left on Thursday at 7am.", "7am", 420, 421, None, D(2023, 9, 7)),
    ("The blast was heard at 18h45 GMT.", "18h45 GMT", 1125, 1126, "GMT", None),
    ("Rescuers worked through last night.", "last night", 1260, 1800, None, D(2023, 9, 8)),
    ("Strikes hit the port early on Sunday morning.", "early on Sunday morning", 240, 540, None, D(2023, 9, 3)),
    ("Curfew starts at 10 o'clock.", "10 o'clock", 600, 601, None, None),
    ("Shops must shut before 6 pm.", "6 pm", -INF, 1081, None, None),
    ("Fighting went on after 11pm local time.", "11pm local time", 1380, INF, "local", None),
    ("The boat capsized at 12 am.", "12 am", 0, 1, None, None),
    ("The boat capsized at 12:15 pm.", "12:15 pm", 735, 736, None, None),
]


@pytest.mark.parametrize(("text", "expression", "low", "high", "zone", "day"), TIMES)
def test_times_of_day(text, expression, low, high, zone, day):
    found = only_time(text)
    assert (found.text, found.low, found.high, found.unit, found.date) == (expression, low, high, zone, day)
    assert text[found.start : found.end] == found.text
    assert found.value is None


def test_the_hedge_is_named_and_left_out_of_the_span():
    found = only_time("Power returned shortly after midnight.")
    assert (found.text, found.hedge) == ("midnight", "shortly after")


def test_a_time_is_not_also_a_number():
    assert kinds("The tremor struck at 2211 GMT.") == [("time", "2211 GMT")]
    assert kinds("At 23:11 the ground shook.") == [("time", "23:11")]


def test_the_day_of_a_time_stays_a_date_mention():
    """ "Friday night": the time holds the day, and "Friday" is still a date of its own."""
    assert kinds("Flights were grounded on Friday night.") == [("date", "Friday"), ("time", "Friday night")]
    assert kinds("It struck at 11:11 pm on Friday.") == [("time", "11:11 pm"), ("date", "Friday")]
    friday = [m for m in consistency.mentions("Flights were grounded on Friday night.", SATURDAY)]
    assert {m.date for m in friday} == {D(2023, 9, 8)}


def test_in_an_undated_text_the_day_stays_unresolved():
    found = only_time("Flights were grounded on Friday night.", None)
    assert (found.low, found.high, found.date) == (1260, 1800, None)


def test_two_clocks_of_one_moment_keep_their_zones():
    found = [m for m in consistency.mentions("It hit at 23:11 local time (22:11 GMT) on Friday.", SATURDAY)
             if m.kind == "time"]
    assert [(m.text, m.unit, m.low) for m in found] == [("23:11 local time", "local", 1391), ("22:11 GMT", "GMT", 1331)]
    assert found[1].date == D(2023, 9, 8)


NOT_TIMES = [
    "The score was 3:1 at half time.",
    "John 3:16 is a verse.",
    "Inflation rose 3.30 points.",
    "They met a midnight deadline.",
    "The morning papers led with it.",
    "Version 10.30.2 shipped.",
    "Visit https://example.com/10:30/page for more.",
    "It cost $10.30 in all.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_times(text):
    assert [m.text for m in consistency.mentions(text, SATURDAY) if m.kind == "time"] == []


def test_find_reads_the_dates_itself_when_not_given_them():
    text = "Flights were grounded on Friday night."
    assert times.find(text, SATURDAY) == [m for m in consistency.mentions(text, SATURDAY) if m.kind == "time"]


def test_time_mentions_pickle():
    found = only_time("The tremor struck at 2211 GMT on Friday.")
    assert pickle.loads(pickle.dumps(found)) == found


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789:. apmAPMGTUCnoighdFrayt()")), max_size=40))
def test_clock_like_text_never_raises(text):
    for m in times.find(text, SATURDAY):
        assert 0 <= m.start < m.end <= len(text)
