"""The dates parser: absolute and relative dates in news text, and what is not a date."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import consistency
from consistency.parse import dates
from consistency.parse.dates import calendars, dateparse

D = dt.date
TUESDAY = D(2025, 2, 25)  # the seeds' publication date, a Tuesday
PHRASES = Path(__file__).parent / "data" / "dates" / "cases.jsonl"


def only(text: str, published: dt.date | None = TUESDAY):
    found = dates.find(text, published)
    assert len(found) == 1, [(m.text, m.date) for m in found]
    return found[0]


# (text, the date expression, published, first day, last day, grain)
RESOLVED = [
    ("On February 24, 2025, Putin spoke.", "February 24, 2025", TUESDAY, D(2025, 2, 24), D(2025, 2, 24), "day"),
    ("It was signed Feb. 24, 2025.", "Feb. 24, 2025", TUESDAY, D(2025, 2, 24), D(2025, 2, 24), "day"),
    ("Talks began 24 Feb 2025 in Riyadh.", "24 Feb 2025", TUESDAY, D(2025, 2, 24), D(2025, 2, 24), "day"),
    ("Kyiv, Ukraine February 24, 2025. Press Service", "February 24, 2025", TUESDAY, D(2025, 2, 24),
     D(2025, 2, 24), "day"),
    ("The deal was floated on 24 February.", "24 February", TUESDAY, D(2025, 2, 24), D(2025, 2, 24), "day"),
    ("The offer came on Feb 24.", "Feb 24", TUESDAY, D(2025, 2, 24), D(2025, 2, 24), "day"),
    ("Posted on 2025-02-25 07:35 by the desk", "2025-02-25 07:35", TUESDAY, D(2025, 2, 25), D(2025, 2, 25), "day"),
    ("Filed 2025-02-25.", "2025-02-25", None, D(2025, 2, 25), D(2025, 2, 25), "day"),
    ("Output fell in February 2025.", "February 2025", TUESDAY, D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("In 2017, Russian aluminum made up 15% of imports.", "2017", TUESDAY, D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("Sanctions have applied since 2014.", "2014", TUESDAY, D(2014, 1, 1), D.max, "year"),
    ("Output should double by 2030.", "2030", TUESDAY, D.min, D(2030, 12, 31), "year"),
    ("2017's harvest was the largest.", "2017", TUESDAY, D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("He lost the 2022 election.", "2022", TUESDAY, D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("Prices peaked in the 1990s.", "1990s", TUESDAY, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("The mine opens in mid-2024.", "mid-2024", TUESDAY, D(2024, 5, 1), D(2024, 8, 31), "month"),
    ("Exports slowed in early 2023.", "early 2023", TUESDAY, D(2023, 1, 1), D(2023, 4, 30), "month"),
    ("Exports rose last year.", "last year", TUESDAY, D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Revenue grew in Q3 2024.", "Q3 2024", TUESDAY, D(2024, 7, 1), D(2024, 9, 30), "quarter"),
    ("Revenue grew in the third quarter of 2024.", "third quarter of 2024", TUESDAY, D(2024, 7, 1),
     D(2024, 9, 30), "quarter"),
    ("It was founded in October 2014.", "October 2014", TUESDAY, D(2014, 10, 1), D(2014, 10, 31), "month"),
    ("The vote on 10/29/2017 was annulled.", "10/29/2017", TUESDAY, D(2017, 10, 29), D(2017, 10, 29), "day"),
    ("The vote on Oct. 29 was annulled.", "Oct. 29", TUESDAY, D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("The plant opened in June.", "June", D(2025, 2, 21), D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("Elections will be held in June.", "June", D(2025, 2, 21), D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("It will be over by early March.", "early March", TUESDAY, D.min, D(2025, 3, 10), "day"),
    ("The summit ran Feb. 24-26, 2025.", "Feb. 24-26, 2025", TUESDAY, D(2025, 2, 24), D(2025, 2, 26), "day"),
    ("Fighting raged from 2015 to 2018.", "2015 to 2018", TUESDAY, D(2015, 1, 1), D(2018, 12, 31), "year"),
    # a year split across two: the twelve months around the turn of its years, whoever's calendar it is
    ("Sales during the 2019-20 season fell.", "2019-20", TUESDAY, D(2019, 7, 1), D(2020, 6, 30), "year"),
    ("The talks ran from June 26 to July 3, 2020.", "June 26 to July 3, 2020", TUESDAY, D(2020, 6, 26),
     D(2020, 7, 3), "day"),
    ("Fiscal 2023/24 results were weak.", "2023/24", TUESDAY, D(2023, 7, 1), D(2024, 6, 30), "year"),
    # a deadline "due by" is still to come, in reported speech too ("is due by" backshifted); a bound of what was
    # done is past
    ("Aid was due by the end of March, officials said.", "end of March", TUESDAY, D.min,
     D(2025, 3, 31), "day"),
    ("Aid had arrived by the end of March, officials said.", "end of March", TUESDAY, D.min,
     D(2024, 3, 31), "day"),
    # relative to publication (a Tuesday)
    ("In a state TV interview on Monday, Putin spoke.", "Monday", TUESDAY, D(2025, 2, 24), D(2025, 2, 24), "day"),
    ("On Tuesday, Kremlin spokesman Dmitry Peskov said", "Tuesday", TUESDAY, D(2025, 2, 25), D(2025, 2, 25),
     "day"),
    ("Peskov said Sunday that talks would go on.", "Sunday", TUESDAY, D(2025, 2, 23), D(2025, 2, 23), "day"),
    ("Zelensky will travel to Washington on Friday.", "Friday", TUESDAY, D(2025, 2, 28), D(2025, 2, 28), "day"),
    ("The minister resigned last Friday.", "last Friday", TUESDAY, D(2025, 2, 21), D(2025, 2, 21), "day"),
    ("Talks run from Monday to Friday.", "Monday to Friday", TUESDAY, D(2025, 2, 24), D(2025, 2, 28), "day"),
    ("They meet again next Tuesday.", "next Tuesday", TUESDAY, D(2025, 3, 4), D(2025, 3, 4), "day"),
    ("The strike ended yesterday.", "yesterday", TUESDAY, D(2025, 2, 24), D(2025, 2, 24), "day"),
    ("The vote is today.", "today", TUESDAY, D(2025, 2, 25), D(2025, 2, 25), "day"),
    ("The vote is tomorrow.", "tomorrow", TUESDAY, D(2025, 2, 26), D(2025, 2, 26), "day"),
    ("A meeting in Saudi Arabia last week.", "last week", TUESDAY, D(2025, 2, 17), D(2025, 2, 23), "week"),
    ("Shares fell this week.", "this week", TUESDAY, D(2025, 2, 24), D(2025, 3, 2), "week"),
    ("Talks resume next week.", "next week", TUESDAY, D(2025, 3, 3), D(2025, 3, 9), "week"),
    ("Inflation rose last month.", "last month", TUESDAY, D(2025, 1, 1), D(2025, 1, 31), "month"),
    ("Inflation rose this month.", "this month", TUESDAY, D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("Trump said earlier this month that aid was $500bn.", "earlier this month", TUESDAY, D(2025, 2, 1),
     TUESDAY, "day"),
    ("The invasion began three years ago.", "three years ago", TUESDAY, D(2022, 2, 25), D(2022, 2, 25), "year"),
    ("The ceasefire collapsed two days ago.", "two days ago", TUESDAY, D(2025, 2, 23), D(2025, 2, 23), "day"),
    # weeks counted back are a rough distance: the point, as precise as a week
    ("The minister resigned two weeks ago.", "two weeks ago", TUESDAY, D(2025, 2, 11), D(2025, 2, 11), "week"),
    ("The talks broke down a week ago.", "a week ago", TUESDAY, D(2025, 2, 18), D(2025, 2, 18), "week"),
    ("The mine flooded three weeks ago.", "three weeks ago", TUESDAY, D(2025, 2, 4), D(2025, 2, 4), "week"),
    ("The plant closed a decade ago.", "a decade ago", TUESDAY, D(2015, 2, 25), D(2015, 2, 25), "year"),
    ("A decision is expected in two weeks.", "in two weeks", TUESDAY, D(2025, 3, 11), D(2025, 3, 11), "day"),
    ("Turnout will be higher next year.", "next year", TUESDAY, D(2026, 1, 1), D(2026, 12, 31), "year"),
    ("Turnout is higher this year.", "this year", TUESDAY, D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("Prices rose at the end of the year.", "end of the year", TUESDAY, D(2025, 9, 1), D(2025, 12, 31), "month"),
    ("Prices will rise by the end of the year.", "end of the year", TUESDAY, D.min, D(2025, 12, 31), "month"),
    ("The first Friday of next month is a holiday.", "first Friday of next month", TUESDAY, D(2025, 3, 7),
     D(2025, 3, 7), "day"),
    ("Prices doubled over the past two years.", "past two years", TUESDAY, D(2023, 1, 1), TUESDAY, "year"),
    ("It happened at Christmas.", "Christmas", TUESDAY, D(2024, 12, 25), D(2024, 12, 25), "day"),
    ("Shops reopen three days after Easter 2024.", "three days after Easter 2024", TUESDAY, D(2024, 4, 3),
     D(2024, 4, 3), "day"),
    ("Troops massed a week before Christmas.", "a week before Christmas", TUESDAY, D(2024, 12, 18),
     D(2024, 12, 18), "day"),
    ("The truce held over Orthodox Easter 2025.", "Orthodox Easter 2025", TUESDAY, D(2025, 4, 20),
     D(2025, 4, 20), "day"),
    # two periods offered as alternatives: the range that holds both, not the first alone
    ("Talks could resume this week or next week.", "this week or next week", TUESDAY, D(2025, 2, 24),
     D(2025, 3, 9), "week"),
    ("Talks could resume this week or next, aides said.", "this week or next", TUESDAY, D(2025, 2, 24),
     D(2025, 3, 9), "week"),
    ("A ruling is expected later this month or early next.", "later this month or early next", TUESDAY,
     D(2025, 2, 25), D(2025, 3, 10), "day"),
    ("The plant opens this year or next.", "this year or next", TUESDAY, D(2025, 1, 1), D(2026, 12, 31), "year"),
    # a clock time after a weekday is not a day of the month
    ("The ferry left on Friday 10:30 am local time.", "Friday", TUESDAY, D(2025, 2, 21), D(2025, 2, 21), "day"),
]


@pytest.mark.parametrize(("text", "expression", "published", "first", "last", "grain"), RESOLVED)
def test_dates_resolve_to_their_range(text, expression, published, first, last, grain):
    found = only(text, published)
    assert (found.text, found.date, found.date_end, found.grain) == (expression, first, last, grain)
    assert found.kind == "date" and found.value is None
    assert text[found.start : found.end] == found.text


def test_weekdays_offered_as_alternatives_stay_separate_days():
    found = dates.find("The vote falls on Monday or Tuesday.", TUESDAY)
    assert [(m.text, m.date) for m in found] == [("Monday", D(2025, 2, 24)), ("Tuesday", D(2025, 2, 25))]


def test_by_the_end_of_the_year_is_an_open_bound():
    """The mention is the late part of the year; "by" before it opens the claim's range back to any day."""
    from consistency.claim_building import date_range
    from consistency.model import Sentence

    text = "By the end of the year, the mine will be shut."
    found = only(text)
    assert (found.text, found.date_end) == ("end of the year", D(2025, 12, 31))
    assert date_range(Sentence(0, len(text), text), found) == (D.min, D(2025, 12, 31))


def test_a_weekday_on_the_publication_day_is_that_day():
    assert only("The minister resigned on Friday.", D(2025, 2, 21)).date == D(2025, 2, 21)
    assert only("The minister resigned on Friday.", D(2025, 2, 22)).date == D(2025, 2, 21)


# In an undated document relative dates are found but left unresolved; absolute ones still resolve.
UNDATED = ["on Monday", "yesterday", "last week", "three years ago", "earlier this month", "next Tuesday",
           "this year", "Feb 24", "in June", "at Christmas", "in Q3", "the third quarter", "this summer",
           "this week or next week"]


@pytest.mark.parametrize("text", UNDATED)
def test_relative_dates_stay_unresolved_without_a_publication_date(text):
    found = only(f"It happened {text}.", None)
    assert found.date is None and found.date_end is None and found.grain


# A day without its year keeps its month and day, as ISO 8601 writes them, so two of them still compare,
# and one compares with a dated day in that day's year.
MONTH_AND_DAY = [
    ("The bridge opened on June 3.", None, "--06-03"),
    ("The bridge opened on 3rd June.", None, "--06-03"),
    ("The bridge opened on Feb 29.", None, "--02-29"),
    ("The bridge opened June 3-6.", None, None),  # a run of days is no single day
    ("The bridge opened in June.", None, None),
    ("The bridge opened on June 3, 2024.", None, None),  # resolved: the date itself says it
    ("The bridge opened on June 3.", TUESDAY, "--06-03"),  # its year inferred from the publication date
]


@pytest.mark.parametrize(("text", "published", "expected"), MONTH_AND_DAY)
def test_a_day_without_its_year_keeps_month_and_day(text, published, expected):
    assert only(text, published).canonical == expected


NOT_DATES = [
    "In fact, he may come in person.",
    "Shares traded at $15 on the exchange.",
    "We said so.",
    "60% of voters agreed.",
    "It comes at a time of heightened tensions.",
    "Protesters march on the capital.",
    "He sat in the sun and wed her.",
    "1) Putin's Stance on Rare Earth Minerals",
    "Updated at 07:35 local time.",
    "Version 2.10.15 fixes the bug.",
    "56234320-f366-11ef-896e-d7e7fb17.jpg",
    "It was the second attempt.",
    "Crowds gathered at the Independence Square.",
    "The Arab Spring changed the region.",
    "2017 people were evacuated.",
    "The bill came to $2017.",
    "Theresa May said it was over.",
    "The Sunday Times reported it.",
    "The post was signed by Dev Sunday on the forum.",
    "Every Monday the market opens late.",
    "Output rose 5% in two years.",
    "It was the highest level in 10 years.",
    "Christmas shopping slowed.",
    "The Audi Q3 sold well.",
    "She is in her 80s.",
    "Ring 555-12-34 for details.",
    "The fall of Kabul shocked allies.",
    "The Ides of March is a play's turning point.",
    "The strike was criticised by May and by Corbyn.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert dates.find(text, TUESDAY) == []


@pytest.mark.parametrize(("text", "expression", "day"), [
    ("Archived 2019/aug/01 by the desk.", "2019/aug/01", D(2019, 8, 1)),
    ("Filed 12-Mar-2021 under seal.", "12-Mar-2021", D(2021, 3, 12)),
])
def test_machine_written_dates_with_a_month_name(text, expression, day):
    for _ in range(2):  # a second reading gives the same answer
        found = only(text)
        assert (found.text, found.date, found.date_end, found.grain) == (expression, day, day, "day")


def test_dateparser_refuses_readings_that_need_a_publication_date():
    assert dateparse.read_date("12/sep", None) is None
    assert dateparse.read_date("2020/23/sep", None) == (D(2020, 9, 23), "day")


@pytest.mark.parametrize(
    ("compute", "expected"),
    [
        (lambda: calendars.orthodox_easter(2018), D(2018, 4, 8)),
        (lambda: calendars.hebrew_date(2018, 7, 1), D(2018, 9, 10)),  # Rosh Hashanah 5779
        (lambda: calendars.hebrew_date(2024, 12, 14), D(2024, 3, 24)),  # Purim in a leap year: Adar II
        (lambda: calendars.islamic_date(2018, 10, 1), D(2018, 6, 15)),  # Eid al-Fitr 1439
        (lambda: calendars.chinese_new_year(2024), D(2024, 2, 10)),
        (lambda: calendars.chinese_new_year(2030), D(2030, 2, 3)),
        (lambda: calendars.parsi_new_year(2024), D(2024, 8, 15)),
    ],
)
def test_other_calendars(compute, expected):
    assert compute() == expected


def test_offsets_survive_letters_whose_lower_case_is_longer():
    text = "İİstanbul voted on Monday."
    found = only(text, TUESDAY)
    assert text[found.start : found.end] == "Monday" and found.date == D(2025, 2, 24)


def _phrase_cases():
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_phrase_cases()))
def test_date_phrases(case):
    """Each expected expression is read over its span with its first and last day, or within the bounds given."""
    found = dates.find(case["text"], D.fromisoformat(case["published"]))
    if not case["expected"]:
        assert found == []
    for want in case["expected"]:
        at = case["text"].index(want["span"])
        over = [m for m in found if m.start < at + len(want["span"]) and at < m.end and m.date]
        assert over, (want["span"], [(m.text, m.date) for m in found])
        days = [(m.date.isoformat(), m.date_end.isoformat()) for m in over]
        if "first" in want:
            assert (want["first"], want["last"]) in days
        else:
            low, high = want["within"]
            covers = want.get("covers")
            assert any(low <= a and b <= high and (covers is None or a <= covers <= b) for a, b in days), days


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_any_text_never_raises(text, published):
    for found in dates.find(text, published):
        assert text[found.start : found.end] == found.text
        assert (found.date is None) == (found.date_end is None)
        if found.date:
            assert found.date <= found.date_end


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["on", "Monday", "May", "2024", "last", "week", "the", "24", "of", "Q3", "-",
                                 "to", "early", "ago", "three", "years", "Christmas", ",", "1990s", "in"]),
                max_size=12), st.one_of(st.none(), st.dates()))
def test_date_words_in_any_order_never_raise(words, published):
    text = " ".join(words)
    for found in dates.find(text, published):
        assert text[found.start : found.end] == found.text


EVERY_KIND = (
    "On Monday, last Friday, yesterday, tomorrow, next week, three years ago, in two weeks, Feb 24, in June, "
    "this summer, at Christmas, in Q3, the third quarter, early this month, the past two decades, the 21st, "
    "Saturday the 23rd, first Friday of next month, 999 centuries ago, Passover, the end of this century, "
    "late next year, mid-2024, the week 31, 4 tuesdays from now, this weekend, late 9999, 2019/aug/01"
)


@pytest.mark.parametrize("published", [D.min, D(1, 3, 1), D(9999, 6, 1), D.max, None])
def test_publication_dates_at_the_ends_of_the_calendar_never_raise(published):
    found = dates.find(EVERY_KIND, published)
    assert len(found) > 10
    assert all(m.date is None or m.date <= m.date_end for m in found)


@pytest.fixture
def far_from_utc(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("text", "expression", "published", "first", "last", "grain"), RESOLVED[:40:3])
def test_results_do_not_depend_on_the_time_zone(far_from_utc, text, expression, published, first, last, grain):
    found = only(text, published)
    assert (found.text, found.date, found.date_end, found.grain) == (expression, first, last, grain)


def test_dateparser_fallback_does_not_depend_on_the_time_zone(far_from_utc):
    dateparse.read_date.cache_clear()
    assert dateparse.read_date("September-2020-23", TUESDAY) == (D(2020, 9, 23), "day")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("born in the 1970's", dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
    ("hits of the 1980’s", dt.date(1980, 1, 1), dt.date(1989, 12, 31)),
])
def test_decade_with_an_apostrophe(text, start, end):
    found = [m for m in consistency.mentions(text) if m.kind == "date"]
    assert [(m.date, m.date_end, m.grain) for m in found] == [(start, end, "decade")]


# The shortcut in front of the readers (a look-up of the first four characters naming the readers to try)
# only skips work: with every reader tried everywhere, find() gives the same answer.
_DATE_WORDS = ["on", "Monday", "May", "2024", "last", "week", "the", "24", "of", "Q3", "-", "to", "early", "ago",
               "three", "years", "Christmas", ",", "1990s", "in", "Feb.", "24th", "/", "2019/aug/01", "Easter",
               "between", "and", "next", "month", "mid-2024", "'80s", "Sept", "quarter", "10/29/2017", "x"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_DATE_WORDS), max_size=14).map(" ".join), st.sampled_from(
    [row[0] for row in RESOLVED] + NOT_DATES)))
def test_the_shortcuts_change_nothing(text):
    fast = dates.find(text, TUESDAY)
    patched = pytest.MonkeyPatch()
    try:
        every = tuple(range(len(dates._readers()) + 1))  # the readers, and the fallback last
        patched.setattr(dates, "_openings", lambda: lambda _text, _at: every)
        plain = dates.find(text, TUESDAY)
    finally:
        patched.undo()
    assert fast == plain


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("A memorial to the Aurora disaster of 1912 stands at the harbour.", 1912),
        ("The earthquake of 1960 destroyed most of the port.", 1960),
        ("Survivors of the floods of 2019 still live in tents.", 2019),
        ("Veterans of the war of 1812 are buried here.", 1812),
    ],
)
def test_an_event_of_a_year_is_dated(text, year):
    [found] = [m for m in consistency.mentions(text) if m.kind == "date"]
    assert found.date.year == year and found.grain == "year"
