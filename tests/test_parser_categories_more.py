"""More phrases of each category of date and figure that news writes, several per category (see
test_parser_categories.py): parts of a period named by words before it, counts of units with "and a half",
days counted from another, stretches of time and race times, and their look-alikes.
"""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.model import FIGURE_KINDS

PUBLISHED = dt.date(2024, 6, 12)  # a Wednesday
D = dt.date


def date_of(sentence: str, published: dt.date = PUBLISHED) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.text, m.date, m.date_end) for m in consistency.mentions(sentence, published=published) if m.kind == "date"]


def figures_of(sentence: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(m.kind, m.text, m.value, m.unit) for m in consistency.mentions(sentence) if m.kind in FIGURE_KINDS]


# A part of a period named by the words before it: a half by another name, the first or last days, weeks or
# months with no count (the first or last third), the close of a year. (sentence, date as written, first, last)
PARTS_OF_A_PERIOD = [
    ("Sales slumped in the latter half of 2023.", "latter half of 2023", D(2023, 7, 1), D(2023, 12, 31)),
    ("Sales slumped in the final weeks of 2023.", "final weeks of 2023", D(2023, 9, 1), D(2023, 12, 31)),
    ("Sales slumped in the closing months of last year.", "closing months of last year", D(2023, 9, 1), D(2023, 12, 31)),
    ("Sales slumped in the opening weeks of the year.", "opening weeks of the year", D(2024, 1, 1), D(2024, 4, 30)),
    ("Sales slumped in the dying days of 2023.", "dying days of 2023", D(2023, 9, 1), D(2023, 12, 31)),
    ("Sales slumped at the close of 2023.", "close of 2023", D(2023, 9, 1), D(2023, 12, 31)),
    ("Sales slumped in the first days of May.", "first days of May", D(2024, 5, 1), D(2024, 5, 10)),
    ("Sales slumped in the final days of May.", "final days of May", D(2024, 5, 21), D(2024, 5, 31)),
    ("Sales slumped in the last two weeks of May.", "last two weeks of May", D(2024, 5, 18), D(2024, 5, 31)),
    ("Sales slumped in the last few weeks of 2023.", "last few weeks of 2023", D(2023, 12, 11), D(2023, 12, 31)),
    ("Sales slumped in the first nine months of 2024.", "first nine months of 2024", D(2024, 1, 1), D(2024, 9, 30)),
    ("Sales slumped in the first half of 2025.", "first half of 2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("Sales slumped in mid-2024.", "mid-2024", D(2024, 5, 1), D(2024, 8, 31)),
    ("Sales slumped late last year.", "late last year", D(2023, 9, 1), D(2023, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), PARTS_OF_A_PERIOD)
def test_a_part_of_a_period(sentence, phrase, first, last):
    assert date_of(sentence) == [(phrase, first, last)]


# The words of a part with no period after them name no date.
@pytest.mark.parametrize("sentence", ["The first days of the war were chaos.", "The last weeks were hard.",
                                      "The closing months saw calm."])
def test_a_part_with_no_period_is_no_date(sentence):
    assert date_of(sentence) == []


# "and a half" after a count or its unit counted from publication. (sentence, date as written, day)
HALVES_COUNTED_FROM_PUBLICATION = [
    ("The plant closed a year and a half ago.", "a year and a half ago", D(2022, 12, 12)),
    ("The plant closed two and a half years ago.", "two and a half years ago", D(2021, 12, 12)),
    ("The plant closed a month and a half ago.", "a month and a half ago", D(2024, 4, 12)),
    ("The line opens in a year and a half.", "in a year and a half", D(2025, 12, 12)),
    ("The line opens in two and a half years.", "in two and a half years", D(2026, 12, 12)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), HALVES_COUNTED_FROM_PUBLICATION)
def test_a_count_and_a_half_from_publication(sentence, phrase, day):
    assert [(text, first) for text, first, _ in date_of(sentence)] == [(phrase, day)]


# A day counted "from" another day, as "after" counts it. (sentence, date as written, day)
DAYS_COUNTED_FROM_A_DAY = [
    ("The vote is due two weeks from Friday.", "two weeks from Friday", D(2024, 6, 21)),
    ("The vote is due a week from Monday.", "a week from Monday", D(2024, 6, 17)),
    ("The vote is due three days from June 20.", "three days from June 20", D(2024, 6, 23)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), DAYS_COUNTED_FROM_A_DAY)
def test_a_day_counted_from_a_day(sentence, phrase, day):
    assert date_of(sentence) == [(phrase, day, day)]


# A stretch of time "from" a day after "for" or a verb of lasting is a duration and the day it starts on.
# (sentence, the day as written, its date, the duration as written)
STRETCHES_FROM_A_DAY = [
    ("The curfew will run for three days from Monday.", "Monday", D(2024, 6, 17), "three days"),
    ("The strike lasts three days from Monday.", "Monday", D(2024, 6, 10), "three days"),
]


@pytest.mark.parametrize(("sentence", "phrase", "day", "duration"), STRETCHES_FROM_A_DAY)
def test_a_stretch_from_a_day_is_a_duration_and_its_first_day(sentence, phrase, day, duration):
    assert date_of(sentence) == [(phrase, day, day)]
    assert [text for _, text, _, _ in figures_of(sentence)] == [duration]


def test_a_stretch_from_a_day_to_another_is_a_duration_and_a_range():
    sentence = "The strike lasted two weeks from May 1 to May 14."
    assert date_of(sentence) == [("May 1 to May 14", D(2024, 5, 1), D(2024, 5, 14))]
    assert [(text, v, u) for _, text, v, u in figures_of(sentence)] == [("two weeks", 2, "week")]


# "a" or "an" counts one of a unit where an amount is meant: after a hedge, or with "and a half" after the
# unit (which adds half a unit after any count). (sentence, figure as written, value, unit)
ONE_UNIT_BY_ITS_ARTICLE = [
    ("The standoff lasted an hour and a half.", "an hour and a half", 1.5, "hour"),
    ("He was questioned for a day and a half.", "a day and a half", 1.5, "day"),
    ("The search went on for a week and a half.", "a week and a half", 1.5, "week"),
    ("The talks lasted two days and a half.", "two days and a half", 2.5, "day"),
    ("He walked almost a mile and a half.", "a mile and a half", 1.5, "mile"),
    ("It took less than a year to rebuild.", "a year", 1, "year"),
    ("It took nearly a decade to finish.", "a decade", 1, "decade"),
    ("The drought has lasted nearly a century.", "a century", 1, "century"),
    ("Talks dragged on for more than a fortnight.", "a fortnight", 1, "fortnight"),
    ("Repairs took more than a month.", "a month", 1, "month"),
    ("The flight took about an hour.", "an hour", 1, "hour"),
    ("The house stood for two centuries.", "two centuries", 2, "century"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), ONE_UNIT_BY_ITS_ARTICLE)
def test_one_unit_by_its_article(sentence, phrase, value, unit):
    assert [(text, v, u) for _, text, v, u in figures_of(sentence)] == [(phrase, pytest.approx(value), unit)]


# An article before a unit in a rate, a noun or a date counts nothing.
ARTICLES_THAT_COUNT_NOTHING = [
    "The trial lasted a year.",
    "They meet once a year.",
    "A day later, rescuers arrived.",
    "It was the first time in a decade that prices fell.",
    "He was jailed for a fortnight.",
]


@pytest.mark.parametrize("sentence", ARTICLES_THAT_COUNT_NOTHING)
def test_an_article_before_a_unit_with_no_amount_is_no_figure(sentence):
    assert figures_of(sentence) == []


def test_a_rate_per_unit_keeps_its_amount_only():
    assert [(kind, v, u) for kind, _, v, u in figures_of("He earns $5 a day.")] == [("money", 5, "USD")]


# An elapsed time written as a clock with its seconds, or their fractions: a race's or a record's time, in
# seconds; a unit-by-unit time joins whole. (sentence, figure as written, seconds)
ELAPSED_TIMES = [
    ("Kipchoge won in 2:01:09.", "2:01:09", 7269),
    ("He finished in 2:05:11, a course record.", "2:05:11", 7511),
    ("The winner clocked 1:59:40.", "1:59:40", 7180),
    ("He ran the mile in 3:43.13.", "3:43.13", 223.13),
    ("She set a record of 1:52.98 in the pool.", "1:52.98", 112.98),
    ("She won in 2 hours, 5 minutes and 11 seconds.", "2 hours, 5 minutes and 11 seconds", 7511),
    ("She won in two hours, five minutes and 11 seconds.", "two hours, five minutes and 11 seconds", 7511),
]


@pytest.mark.parametrize(("sentence", "phrase", "seconds"), ELAPSED_TIMES)
def test_an_elapsed_time_in_seconds(sentence, phrase, seconds):
    assert [(text, v, u) for _, text, v, u in figures_of(sentence)] == [(phrase, pytest.approx(seconds), "second")]


# A time of day with its seconds, after its lead or before its zone, stays a time, and a ratio or a verse no figure.
TIMES_AND_RATIOS_WITH_COLONS = [
    ("The quake struck at 03:11:01 GMT.", ["time"]),
    ("The quake struck at 23:11:01.", ["time"]),
    ("The ratio was 3:1.", []),
    ("The score was 2:1.", []),
]


@pytest.mark.parametrize(("sentence", "kinds"), TIMES_AND_RATIOS_WITH_COLONS)
def test_a_time_of_day_with_seconds_is_no_elapsed_time(sentence, kinds):
    found = consistency.mentions(sentence, published=PUBLISHED)
    assert [m.kind for m in found if m.kind in FIGURE_KINDS or m.kind == "time"] == kinds


def assert_figures(sentence: str, found: list[tuple[str, float, str | None]]) -> None:
    """The sentence's figures are exactly `found`: (kind, value, unit) each, in reading order."""
    assert [(kind, v, u) for kind, _, v, u in figures_of(sentence)] == [
        (kind, pytest.approx(v), u) for kind, v, u in found
    ]


# A range whose groups of zeros, or scale, are written once after its second figure; two alternatives joined
# by "or" are a range when close; a change "by X to Y" far below its level is the change and the level.
# (sentence, [(kind, value, unit)])
RANGES_WRITTEN_SHORT_AND_CHANGES_TO_A_LEVEL = [
    ("Some 3-4,000 people marched.", [("quantity", 3500, "person")]),
    ("Some 10-15,000 people marched.", [("quantity", 12500, "person")]),
    ("Some 300-4,000 people marched.", [("quantity", 2150, "person")]),
    ("Some 3 or 4 thousand people marched.", [("quantity", 3500, "person")]),
    ("Two or three people were hurt.", [("quantity", 2.5, "person")]),
    ("One or two people were hurt.", [("quantity", 1.5, "person")]),
    ("Ten or 12 people were hurt.", [("quantity", 11, "person")]),
    ("It cost $5 or $6.", [("money", 5.5, "USD")]),
    ("He was 2 or 30 years old.", [("number", 2, None), ("quantity", 30, "year")]),
    ("It cost $5 or 6 euros.", [("money", 5, "USD"), ("money", 6, "EUR")]),
    ("The toll climbed by 400 to 2,946.", [("number", 400, None), ("number", 2946, None)]),
    ("The toll rose by 50 to 300.", [("number", 50, None), ("number", 300, None)]),
    ("The toll rose 30 to 250.", [("number", 30, None), ("number", 250, None)]),
    ("Sales fell by 3% to 4%.", [("percent", 3.5, "%")]),
    ("GDP will grow by 2 to 3 percent.", [("percent", 2.5, "%")]),
]


@pytest.mark.parametrize(("sentence", "found"), RANGES_WRITTEN_SHORT_AND_CHANGES_TO_A_LEVEL)
def test_ranges_written_short_and_changes_to_a_level(sentence, found):
    assert_figures(sentence, found)


# A currency's single letter or short symbol glued before an amount with its scale; before a bare number it
# is a name's letter, and the number no figure. (sentence, [(kind, value, unit)])
LETTER_CURRENCIES_BEFORE_A_SCALE = [
    ("The deal is worth R5bn.", [("money", 5e9, "ZAR")]),
    ("The deal is worth R2.3 billion.", [("money", 2.3e9, "ZAR")]),
    ("The deal is worth R500m.", [("money", 5e8, "ZAR")]),
    ("The deal is worth N3bn.", [("money", 3e9, "NGN")]),
    ("The deal is worth TL30bn.", [("money", 3e10, "TRY")]),
    ("Traffic was heavy on the R5 highway.", []),
    ("The N3 road was closed.", []),
    ("R2-D2 was on screen.", []),
    ("The TL5 model sold well.", []),
]


@pytest.mark.parametrize(("sentence", "found"), LETTER_CURRENCIES_BEFORE_A_SCALE)
def test_a_letter_currency_before_a_scaled_amount(sentence, found):
    assert_figures(sentence, found)


# A period counted back from the year it ends in, and a decade by its nickname. (sentence, date as written, first, last)
PERIODS_TO_A_YEAR = [
    ("Sales fell in the decade to 2020.", "decade to 2020", D(2011, 1, 1), D(2020, 12, 31)),
    ("Sales fell in the two years to 2023.", "two years to 2023", D(2022, 1, 1), D(2023, 12, 31)),
    ("Sales fell in the five years to 2023.", "five years to 2023", D(2019, 1, 1), D(2023, 12, 31)),
    ("Sales fell in the 10 years through 2022.", "10 years through 2022", D(2013, 1, 1), D(2022, 12, 31)),
    ("The firm was founded in the noughties.", "noughties", D(2000, 1, 1), D(2009, 12, 31)),
    ("The firm was founded in the early noughties.", "early noughties", D(2000, 1, 1), D(2003, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), PERIODS_TO_A_YEAR)
def test_a_period_to_a_year_and_a_decades_nickname(sentence, phrase, first, last):
    assert date_of(sentence) == [(phrase, first, last)]


def test_a_count_rising_to_a_number_like_a_year_is_no_date():
    assert date_of("The toll rose to 2023.") == []


# A season after "in", "during" or "over" is the last one begun by publication in a sentence about the past,
# the next one in a sentence about the future. (sentence, date as written, first, last)
SEASONS_BY_THEIR_TENSE = [
    ("Sales fell in spring.", "spring", D(2024, 3, 20), D(2024, 6, 20)),
    ("Sales fell in the spring.", "spring", D(2024, 3, 20), D(2024, 6, 20)),
    ("Sales fell over the summer.", "summer", D(2023, 6, 21), D(2023, 9, 22)),
    ("Sales fell in the autumn.", "autumn", D(2023, 9, 23), D(2023, 12, 20)),
    ("Sales will rise in the autumn.", "autumn", D(2024, 9, 23), D(2024, 12, 20)),
    ("Sales will rise over the winter.", "winter", D(2024, 12, 21), D(2025, 3, 19)),
    ("Sales fell in the fall of 2023.", "fall of 2023", D(2023, 9, 23), D(2023, 12, 20)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), SEASONS_BY_THEIR_TENSE)
def test_a_season_by_its_tense(sentence, phrase, first, last):
    assert date_of(sentence) == [(phrase, first, last)]


@pytest.mark.parametrize("sentence", ["He was hurt in the fall.", "Spring is here.", "Sales fell in the Arab Spring.",
                                      "The summer schedule is out."])
def test_a_season_word_with_no_lead_or_tense_is_no_date(sentence):
    assert date_of(sentence) == []


# Seasons counted back: from the one under way at publication (12 June 2024: spring), else from the last one
# ended, which is one ago ("last summer", 2023). (sentence, date as written, first, last)
SEASONS_AGO = [
    ("The river burst its banks two summers ago.", "two summers ago", D(2022, 6, 21), D(2022, 9, 22)),
    ("Two springs ago the club was promoted.", "Two springs ago", D(2022, 3, 20), D(2022, 6, 20)),
    ("The roof caved in under snow three winters ago.", "three winters ago", D(2021, 12, 21), D(2022, 3, 19)),
    ("The orchard was planted 4 autumns ago.", "4 autumns ago", D(2020, 9, 23), D(2020, 12, 20)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), SEASONS_AGO)
def test_seasons_counted_back_from_publication(sentence, phrase, first, last):
    assert date_of(sentence) == [(phrase, first, last)]


def test_seasons_counted_back_from_a_season_under_way_or_just_ended():
    assert date_of("The river flooded two summers ago.", D(2024, 8, 1))[0][1:] == (D(2022, 6, 21), D(2022, 9, 22))
    assert date_of("The river flooded two summers ago.", D(2024, 11, 1))[0][1:] == (D(2023, 6, 21), D(2023, 9, 22))


@pytest.mark.parametrize("sentence", ["Two summers of drought emptied the reservoir.",
                                      "The festival has run for three summers.", "Summers ago were hotter."])
def test_seasons_not_counted_back_are_no_date(sentence):
    assert date_of(sentence) == []


def test_a_past_event_seasons_ago_is_not_this_events_figure(error_kinds):
    text = ("The blaze, which began on Sunday in the hills east of town, had burned 8,300 acres by Tuesday, according "
            "to the county fire service. Older residents remember the Ridgeway Fire three summers ago, which burned "
            "15,000 acres but spared the town.")
    assert error_kinds(text, "The county fire service said 8,300 acres had burned.") == []


# Hours counted from publication count whole days; "in N units" in a sentence about the past is how long
# something took, no date. (sentence, date as written, first, last)
HOURS_FROM_PUBLICATION = [
    ("Rain fell in the past 48 hours.", "past 48 hours", D(2024, 6, 10), D(2024, 6, 12)),
    ("At least 40 people were killed in the last 24 hours.", "last 24 hours", D(2024, 6, 11), D(2024, 6, 12)),
    ("The results will come in 48 hours.", "in 48 hours", D(2024, 6, 14), D(2024, 6, 14)),
    ("The quake struck three hours ago.", "three hours ago", D(2024, 6, 12), D(2024, 6, 12)),
    ("Vote in two weeks, says minister.", "in two weeks", D(2024, 6, 26), D(2024, 6, 26)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), HOURS_FROM_PUBLICATION)
def test_hours_and_units_counted_from_publication(sentence, phrase, first, last):
    assert date_of(sentence) == [(phrase, first, last)]


DURATIONS_AFTER_IN = [
    ("The storm dumped 30cm of snow in 24 hours.", "24 hours", 24, "hour"),
    ("He built the house in two weeks.", "two weeks", 2, "week"),
    ("The ceasefire held for 72 hours.", "72 hours", 72, "hour"),
    ("They were freed within 24 hours of the attack.", "24 hours", 24, "hour"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), DURATIONS_AFTER_IN)
def test_a_stretch_in_the_past_is_a_duration_not_a_date(sentence, phrase, value, unit):
    assert date_of(sentence) == []
    assert [(text, v, u) for _, text, v, u in figures_of(sentence) if u == unit] == [(phrase, value, unit)]


# A season written with the two years it runs across. (sentence, date as written, first, last)
SEASONS_ACROSS_TWO_YEARS = [
    ("The vote was in winter 2023/24.", "winter 2023/24", D(2023, 12, 21), D(2024, 3, 19)),
    ("The vote was in winter 2023-24.", "winter 2023-24", D(2023, 12, 21), D(2024, 3, 19)),
    ("The vote was in the winter of 2023-24.", "winter of 2023-24", D(2023, 12, 21), D(2024, 3, 19)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), SEASONS_ACROSS_TWO_YEARS)
def test_a_season_across_two_years(sentence, phrase, first, last):
    assert date_of(sentence) == [(phrase, first, last)]


# A hedge between a count and what it counts: the count keeps its noun and takes the hedge.
# (sentence, figure as written, value, unit, hedge)
HEDGES_BEFORE_THE_NOUN = [
    ("Some two hundred-odd people came.", "two hundred-odd people", 200, "person", "odd"),
    ("Twenty-odd people waited.", "Twenty-odd people", 20, "person", "odd"),
    ("300-odd homes burned.", "300-odd homes", 300, "home", "odd"),
    ("About 40-plus homes burned.", "40-plus homes", 40, "home", "plus"),
    ("A dozen or so people were hurt.", "A dozen or so people", 12, "person", "or so"),
    ("Some 50 or more people died.", "50 or more people", 50, "person", "or more"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit", "hedge"), HEDGES_BEFORE_THE_NOUN)
def test_a_hedge_between_a_count_and_its_noun(sentence, phrase, value, unit, hedge):
    found = [(m.text, m.value, m.unit, m.hedge) for m in consistency.mentions(sentence) if m.kind in FIGURE_KINDS]
    assert found == [(phrase, value, unit, hedge)]


# Weekdays joined before the week written once after the last of them all fall in that week.
# (sentence, [(date as written, first, last)])
WEEKDAYS_SHARING_A_WEEK = [
    ("The talks ran Wednesday to Friday last week.",
     [("Wednesday to Friday last week", D(2024, 6, 5), D(2024, 6, 7))]),
    ("The talks run from Wednesday to Friday next week.",
     [("Wednesday to Friday next week", D(2024, 6, 19), D(2024, 6, 21))]),
    ("The talks are between Wednesday and Friday next week.",
     [("Wednesday and Friday next week", D(2024, 6, 19), D(2024, 6, 21))]),
    ("The talks are Monday or Tuesday next week.",
     [("Monday", D(2024, 6, 17), D(2024, 6, 17)), ("Tuesday next week", D(2024, 6, 18), D(2024, 6, 18))]),
    ("The talks were on Monday, Tuesday and Wednesday last week.",
     [("Monday", D(2024, 6, 3), D(2024, 6, 3)), ("Tuesday", D(2024, 6, 4), D(2024, 6, 4)),
      ("Wednesday last week", D(2024, 6, 5), D(2024, 6, 5))]),
]


@pytest.mark.parametrize(("sentence", "found"), WEEKDAYS_SHARING_A_WEEK)
def test_weekdays_sharing_the_week_written_after_them(sentence, found):
    assert date_of(sentence) == found


def test_a_weekday_before_a_week_of_its_own_keeps_its_own():
    assert date_of("The talks were on Monday, and last week prices fell.") == [
        ("Monday", D(2024, 6, 10), D(2024, 6, 10)), ("last week", D(2024, 6, 3), D(2024, 6, 9))]


# A currency's plural of its own language after its country's adjective. (sentence, [(kind, value, unit)])
PLURALS_WITH_THEIR_COUNTRY = [
    ("It cost 500 million Icelandic kronur.", [("money", 5e8, "ISK")]),
    ("It cost 500 million Romanian lei.", [("money", 5e8, "RON")]),
    ("It cost 500 million Moldovan lei.", [("money", 5e8, "MDL")]),
    ("It cost 500 million Swedish kronor.", [("money", 5e8, "SEK")]),
    ("It cost 5 million greenbacks.", [("money", 5e6, "USD")]),
]


@pytest.mark.parametrize(("sentence", "found"), PLURALS_WITH_THEIR_COUNTRY)
def test_a_plural_currency_with_its_country(sentence, found):
    assert_figures(sentence, found)


# "mil" for million after an amount of money only: "3 mil thick" is no scale. (sentence, [(kind, value, unit)])
MIL_AFTER_MONEY = [
    ("It cost $3.3 mil.", [("money", 3.3e6, "USD")]),
    ("It cost $3.3mil.", [("money", 3.3e6, "USD")]),
    ("The wire is 3 mil thick.", [("number", 3, None)]),
]


@pytest.mark.parametrize(("sentence", "found"), MIL_AFTER_MONEY)
def test_mil_scales_money_only(sentence, found):
    assert_figures(sentence, found)


# Named days with one rule everywhere, by a fixed date, Easter's or the lunar new year's. (text, first day)
NAMED_DAYS_WITH_ONE_RULE = [
    ("April Fools' Day 2015", D(2015, 4, 1)),
    ("Pi Day 2015", D(2015, 3, 14)),
    ("Hogmanay 2015", D(2015, 12, 31)),
    ("Seollal 2015", D(2015, 2, 19)),
    ("VE Day 2015", D(2015, 5, 8)),
    ("Inauguration Day 2021", D(2021, 1, 20)),
    ("International Holocaust Remembrance Day 2015", D(2015, 1, 27)),
]


@pytest.mark.parametrize(("text", "day"), NAMED_DAYS_WITH_ONE_RULE)
def test_a_named_day_with_one_rule(text, day):
    assert [(phrase, first) for phrase, first, _ in date_of(text)] == [(text, day)]


# Named days that each country keeps on its own date are no date without the country.
@pytest.mark.parametrize("sentence", ["Crowds gathered on Independence Day.", "Turnout was high on election day."])
def test_a_day_each_country_keeps_on_its_own_date_is_no_date(sentence):
    assert date_of(sentence) == []


# A fraction of one unit, "of one" as "of a" writes it. (sentence, [(kind, value, unit)])
FRACTIONS_OF_ONE_UNIT = [
    ("Rates rose half of one percent.", [("percent", 0.5, "%")]),
    ("Fees are a tenth of one percent.", [("percent", 0.1, "%")]),
    ("The levy is a quarter of one per cent.", [("percent", 0.25, "%")]),
    ("It grew two-thirds of one percent.", [("percent", 2 / 3, "%")]),
    ("Half of one of them left.", [("number", 0.5, None)]),
]


@pytest.mark.parametrize(("sentence", "found"), FRACTIONS_OF_ONE_UNIT)
def test_a_fraction_of_one_unit(sentence, found):
    assert_figures(sentence, found)


# Areas and speeds in their words and abbreviations, and inches glued to a height's feet.
# (sentence, figure as written, value, unit)
AREAS_SPEEDS_AND_HEIGHTS = [
    ("The farm covers 500 sq ft.", "500 sq ft", 500, "ft2"),
    ("The flat is 80 sq m.", "80 sq m", 80, "m2"),
    ("The flat is 80 square metres.", "80 square metres", 80, "m2"),
    ("The flat is 80m2.", "80m2", 80, "m2"),
    ("The spill covered 10 sq miles.", "10 sq miles", 10, "mi2"),
    ("Cars hit 120 km per hour.", "120 km per hour", 120, "km/h"),
    ("Cars hit 75 miles an hour.", "75 miles an hour", 75, "mph"),
    ("Winds of 100 kilometres per hour hit.", "100 kilometres per hour", 100, "km/h"),
    ("He stands 6ft 2in.", "6ft 2in", 74, "inch"),
    ("The 4in pipe burst.", "4in", 4, "inch"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), AREAS_SPEEDS_AND_HEIGHTS)
def test_areas_speeds_and_heights(sentence, phrase, value, unit):
    assert [(text, v, u) for _, text, v, u in figures_of(sentence)] == [(phrase, pytest.approx(value), unit)]


def test_in_before_a_number_is_no_unit():
    assert [(kind, v) for kind, _, v, _ in figures_of("Floods hit in 5 cities.")] == [("number", 5)]


# A part of the day after "at" is a time of day, as after "in the": "at dawn", "at nightfall".
# (sentence, time as written, first minute, minute after the last)
PARTS_OF_THE_DAY_AFTER_AT = [
    ("It struck at dawn.", "dawn", 300, 420),
    ("It struck at sunset.", "sunset", 1020, 1260),
    ("Troops moved in at nightfall.", "nightfall", 1080, 1260),
    ("He worked at night.", "night", 1260, 1800),
]


@pytest.mark.parametrize(("sentence", "phrase", "low", "high"), PARTS_OF_THE_DAY_AFTER_AT)
def test_a_part_of_the_day_after_at(sentence, phrase, low, high):
    found = [(m.text, m.low, m.high) for m in consistency.mentions(sentence, published=PUBLISHED) if m.kind == "time"]
    assert found == [(phrase, low, high)]


def test_a_part_of_the_day_before_a_noun_after_at_the_is_no_time():
    assert [m for m in consistency.mentions("She looked at the morning papers.", published=PUBLISHED) if m.kind == "time"] == []


# An hour that opens a stretch takes the "am" or "pm" written once after its end; a clock time after a range's
# dash is read. (sentence, [(time as written, first minute, minute after the last)])
STRETCHES_OF_THE_DAY = [
    ("It struck between 2 and 4pm.", [("2 and 4pm", 840, 961)]),
    ("The shop opens 9-11am.", [("9-11am", 540, 661)]),
    ("The shop opens from 9 to 11am.", [("9 to 11am", 540, 661)]),
    ("Rain fell from 2:30 to 4pm.", [("2:30 to 4pm", 870, 961)]),
    ("Polls open 7am-8pm.", [("7am", 420, 421), ("8pm", 1200, 1201)]),
    ("He won 3 and 4pm came.", [("4pm", 960, 961)]),
]


@pytest.mark.parametrize(("sentence", "found"), STRETCHES_OF_THE_DAY)
def test_a_stretch_of_the_day_with_its_meridiem_once(sentence, found):
    times = [(m.text, m.low, m.high) for m in consistency.mentions(sentence, published=PUBLISHED) if m.kind == "time"]
    assert times == found


# An hour whose part of the day says its half, after a lead. (sentence, time as written, first minute)
HOURS_OF_A_PART_OF_THE_DAY = [
    ("It struck at 3 in the morning.", "3 in the morning", 180),
    ("It struck at 11 o'clock in the morning.", "11 o'clock in the morning", 660),
    ("It struck at 4 in the afternoon.", "4 in the afternoon", 960),
    ("It struck at 10 at night.", "10 at night", 1320),
    ("It struck at 2 at night.", "2 at night", 120),
]


@pytest.mark.parametrize(("sentence", "phrase", "low"), HOURS_OF_A_PART_OF_THE_DAY)
def test_an_hour_of_a_part_of_the_day(sentence, phrase, low):
    times = [(m.text, m.low) for m in consistency.mentions(sentence, published=PUBLISHED) if m.kind == "time"]
    assert times == [(phrase, low)]


def test_a_count_before_a_part_of_the_day_with_no_lead_stays_a_count():
    found = consistency.mentions("Police killed 3 in the morning raid.", published=PUBLISHED)
    assert [(m.kind, m.value) for m in found if m.kind == "number"] == [("number", 3)]
