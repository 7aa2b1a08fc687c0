"""Phrases of each category of date and figure that news writes, several per category.

Dates counted from publication, written dates, decades, centuries and eras, fiscal and academic
years, dates after a clock time in a zone; numbers in words with fractions, multipliers and plural
scales, signed words, units in the singular; money with its currency's name, code or sign before or
after the number. Each table holds sentences of one category; the look-alike tables hold phrases
that must stay what they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.model import FIGURE_KINDS

PUBLISHED = dt.date(2024, 6, 12)  # a Wednesday


def date_of(sentence: str, published: dt.date = PUBLISHED) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.text, m.date, m.date_end) for m in consistency.mentions(sentence, published=published) if m.kind == "date"]


def figures_of(sentence: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(m.kind, m.text, m.value, m.unit) for m in consistency.mentions(sentence) if m.kind in FIGURE_KINDS]


def assert_figures(sentence: str, found: list[tuple[str, float, str | None]]) -> None:
    """The sentence's figures are exactly `found`: (kind, value, unit) each, in reading order."""
    assert [(kind, v, u) for kind, _, v, u in figures_of(sentence)] == [
        (kind, pytest.approx(v), u) for kind, v, u in found
    ]


D = dt.date

# Dates counted from the publication date. (sentence, date as written, first day, last day)
COUNTED_FROM_PUBLICATION = [
    ("The plant closed a week ago.", "a week ago", D(2024, 6, 5), D(2024, 6, 5)),
    ("The plant closed the day before yesterday.", "day before yesterday", D(2024, 6, 10), D(2024, 6, 10)),
    ("Prices rose earlier this month, the survey found.", "earlier this month", D(2024, 6, 1), D(2024, 6, 12)),
    ("Talks resume next spring, diplomats said.", "next spring", D(2025, 3, 20), D(2025, 6, 20)),
    ("He was arrested three days ago.", "three days ago", D(2024, 6, 9), D(2024, 6, 9)),
    ("The bill passed a fortnight ago.", "a fortnight ago", D(2024, 5, 29), D(2024, 5, 29)),
    ("The strike began six months ago.", "six months ago", D(2023, 12, 12), D(2023, 12, 12)),
    ("The plant will open in two weeks.", "in two weeks", D(2024, 6, 26), D(2024, 6, 26)),
    ("The line will open in three years.", "in three years", D(2027, 6, 12), D(2027, 6, 12)),
    ("The firm reports two days from now.", "two days from now", D(2024, 6, 14), D(2024, 6, 14)),
    ("The strike ended at the end of last month.", "end of last month", D(2024, 5, 21), D(2024, 5, 31)),
    ("The vote is set for the end of next week.", "end of next week", D(2024, 6, 21), D(2024, 6, 23)),
    ("Sales fell in April of last year.", "April of last year", D(2023, 4, 1), D(2023, 4, 30)),
    ("The pact was signed on Tuesday last week.", "Tuesday last week", D(2024, 6, 4), D(2024, 6, 4)),
    ("The feast was quiet on Christmas of last year.", "Christmas of last year", D(2023, 12, 25), D(2023, 12, 25)),
    ("Talks stalled over the week before last.", "week before last", D(2024, 5, 27), D(2024, 6, 2)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), COUNTED_FROM_PUBLICATION)
def test_a_date_counted_from_publication(sentence, phrase, first, last):
    assert (phrase, first, last) in date_of(sentence)


# Days written with ordinals or in words, in either order. (sentence, date as written, day)
WRITTEN_DAYS = [
    ("The ruling came on the third of May.", "third of May", D(2024, 5, 3)),
    ("The ruling came on May the 3rd.", "May the 3rd", D(2024, 5, 3)),
    ("The ruling came on the 3rd of May, 2021.", "3rd of May, 2021", D(2021, 5, 3)),
    ("The ruling came on 3rd May 2021.", "3rd May 2021", D(2021, 5, 3)),
    ("The ruling came on Monday, May 3, 2021.", "Monday, May 3, 2021", D(2021, 5, 3)),
    ("The ship sailed on April fifth.", "April fifth", D(2024, 4, 5)),
    ("The ship sailed on the fifth of April.", "fifth of April", D(2024, 4, 5)),
    ("The vote was held on May twenty-first.", "May twenty-first", D(2024, 5, 21)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), WRITTEN_DAYS)
def test_a_day_written_with_an_ordinal_or_in_words(sentence, phrase, day):
    assert (phrase, day, day) in date_of(sentence)


# Decades and centuries, in digits and in words. (sentence, date as written, first day, last day)
DECADES_AND_CENTURIES = [
    ("Jazz flourished in the 1920s.", "1920s", D(1920, 1, 1), D(1929, 12, 31)),
    ("Jazz flourished in the 1920's.", "1920's", D(1920, 1, 1), D(1929, 12, 31)),
    ("Mills closed in the eighties.", "eighties", D(1980, 1, 1), D(1989, 12, 31)),
    ("The bridge was built in the 19th century.", "19th century", D(1800, 1, 1), D(1899, 12, 31)),
    ("The bridge was built in the nineteenth century.", "nineteenth century", D(1800, 1, 1), D(1899, 12, 31)),
    ("The canal was dug in the 1800s.", "1800s", D(1800, 1, 1), D(1899, 12, 31)),
    ("The town boomed in the mid-1990s.", "mid-1990s", D(1994, 1, 1), D(1996, 12, 31)),
    ("The band peaked in the late '90s.", "late '90s", D(1997, 1, 1), D(1999, 12, 31)),
    ("The coins were minted in 2014 A.D.", "2014", D(2014, 1, 1), D(2014, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), DECADES_AND_CENTURIES)
def test_decades_and_centuries(sentence, phrase, first, last):
    assert (phrase, first, last) in date_of(sentence)


# A year or a century before the common era is no date the calendar holds: no date, and never the
# same year of the common era.
BEFORE_THE_COMMON_ERA = [
    "The city was founded in 753 BC by legend.",
    "The temple dates from 1200 BC, archaeologists say.",
    "Rome grew in the third century BC.",
    "The tablets date from the 5th century BCE.",
    "Caesar crossed the Rubicon in 49 B.C. with one legion.",
    "The wall was raised around 2014 BC, the museum says.",
]


@pytest.mark.parametrize("sentence", BEFORE_THE_COMMON_ERA)
def test_a_year_before_the_common_era_is_no_date(sentence):
    assert date_of(sentence) == []


def test_a_year_of_the_common_era_beside_one_before_it_keeps_its_date():
    found = date_of("The site was settled in 1200 BC and abandoned in 1650.")
    assert found == [("1650", D(1650, 1, 1), D(1650, 12, 31))]


def test_before_christ_in_words_is_no_era_marker_after_a_decade():
    assert date_of("Churches grew in the 1990s before Christ was taught in schools again.")[0][0] == "1990s"


# Fiscal, academic and sports years split across two calendar years (the twelve months around the turn of the
# two, July to June, whatever the body's own calendar: see periods.split_year_span), and quarters by their names.
# (sentence, date as written, first day, last day)
FISCAL_AND_ACADEMIC_YEARS = [
    ("Enrolment rose in the 2023-24 academic year.", "2023-24", D(2023, 7, 1), D(2024, 6, 30)),
    ("Enrolment rose in the 2023/24 school year.", "2023/24", D(2023, 7, 1), D(2024, 6, 30)),
    ("The club won the league in the 2022-23 season.", "2022-23", D(2022, 7, 1), D(2023, 6, 30)),
    ("Spending rose in the financial year 2023-24.", "2023-24", D(2023, 7, 1), D(2024, 6, 30)),
    ("The FY24 budget passed on a vote.", "FY24", D(2024, 1, 1), D(2024, 12, 31)),
    ("Exports rose in FY2024/25.", "FY2024/25", D(2024, 7, 1), D(2025, 6, 30)),
    ("Third-quarter results came out.", "Third-quarter", D(2023, 7, 1), D(2023, 9, 30)),
    ("Results for the six months ended June 30, 2024 were weak.", "six months ended June 30, 2024",
     D(2024, 1, 1), D(2024, 6, 30)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), FISCAL_AND_ACADEMIC_YEARS)
def test_fiscal_academic_and_season_years(sentence, phrase, first, last):
    assert (phrase, first, last) in date_of(sentence)


# A clock time in a zone, or local time, beside its day. (sentence, date as written, day)
DAYS_BESIDE_ZONED_TIMES = [
    ("It struck at 03:11 GMT on Saturday, Sept. 9.", "Saturday, Sept. 9", D(2023, 9, 9)),
    ("The quake hit at 11:05 a.m. local time on Sept. 8.", "Sept. 8", D(2023, 9, 8)),
    ("Polls shut at 9 p.m. EDT Thursday.", "Thursday", D(2024, 6, 6)),
    ("The talks opened on Wednesday at 14:00 CET.", "Wednesday", D(2024, 6, 12)),
    ("It struck just after 11 p.m. on Friday, September 8, 2023.", "Friday, September 8, 2023", D(2023, 9, 8)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), DAYS_BESIDE_ZONED_TIMES)
def test_a_day_beside_a_clock_time_in_a_zone(sentence, phrase, day):
    assert (phrase, day, day) in date_of(sentence)


# Numbers in words with fractions and multipliers. (sentence, figure as written, value)
WORDS_FRACTIONS_AND_MULTIPLIERS = [
    ("About two and a half million people live there.", "two and a half million people", 2.5e6),
    ("Two dozen people were hurt.", "Two dozen people", 24),
    ("Half a dozen homes burned.", "Half a dozen homes", 6),
    ("Some 1 1/2 million people voted.", "1 1/2 million people", 1.5e6),
    ("Some 1½ million people voted.", "1½ million people", 1.5e6),
    ("About three-quarters of voters agreed.", "three-quarters", 0.75),
    ("About ¾ of voters agreed.", "¾", 0.75),
    ("Exactly one hundred twenty-five people signed.", "one hundred twenty-five people", 125),
    ("The state spent two millions on roads.", "two millions", 2e6),
    ("The deficit reached three billions last year.", "three billions", 3e9),
    ("The bill came to three thousand millions.", "three thousand millions", 3e9),
    ("World debt tops one quadrillion dollars, by one count.", "one quadrillion dollars", 1e15),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), WORDS_FRACTIONS_AND_MULTIPLIERS)
def test_numbers_in_words_fractions_and_multipliers(sentence, phrase, value):
    found = [(text, v) for _, text, v, _ in figures_of(sentence)]
    assert (phrase, pytest.approx(value)) in found


# A signed number in words, "one" included: "minus one" is no pronoun. (sentence, figure, value, unit)
SIGNED_WORDS = [
    ("The answer is negative one.", "negative one", -1, None),
    ("Overnight it fell to minus one.", "minus one", -1, None),
    ("Overnight it fell to minus one degree.", "minus one degree", -1, "degree"),
    ("The temperature fell to minus five degrees.", "minus five degrees", -5, "degree"),
    ("Growth was negative two percent.", "negative two percent", -2, "%"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), SIGNED_WORDS)
def test_a_signed_number_in_words(sentence, phrase, value, unit):
    assert [(text, v, u) for _, text, v, u in figures_of(sentence)] == [(phrase, value, unit)]


# A measure's unit in the singular: after "one" or "1", and hyphened to its number as an adjective.
# (sentence, figure as written, value, unit)
SINGULAR_UNITS = [
    ("Temperatures rose one degree overnight.", "one degree", 1, "degree"),
    ("The sea rose 1 degree Celsius.", "1 degree Celsius", 1, "degC"),
    ("The pact set a 1.5-degree target.", "1.5-degree", 1.5, "degree"),
    ("The firm runs a 500-megawatt plant.", "500-megawatt", 500, "MW"),
    ("The plan adds a 2-gigawatt link.", "2-gigawatt", 2, "GW"),
    ("A 10-centimetre crack opened.", "10-centimetre", 10, "cm"),
    ("A 6-millimeter gap was found.", "6-millimeter", 6, "mm"),
    ("Each 1-kilo bag sold out.", "1-kilo", 1, "kg"),
    ("The current slowed to 1 knot.", "1 knot", 1, "knot"),
    ("The test was of a one-megaton bomb.", "one-megaton", 1, "megatonne"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), SINGULAR_UNITS)
def test_a_measures_unit_in_the_singular(sentence, phrase, value, unit):
    assert [(text, v, u) for _, text, v, u in figures_of(sentence)] == [(phrase, value, unit)]


# Look-alikes: plural scales and "one" with no count, "degree" with no number.
NO_FIGURES = [
    "Millions of people fled the floods.",
    "Tens of millions of people fled.",
    "Thousands of people marched on Sunday.",
    "Billions were wasted, critics said.",
    "No one came to the hearing.",
    "One of them was hurt.",
    "To some degree, the plan worked.",
    "She suffered first-degree burns.",
]


@pytest.mark.parametrize("sentence", NO_FIGURES)
def test_look_alikes_of_numbers_are_no_figures(sentence):
    assert figures_of(sentence) == []


# Money with its currency before or after the number: signs, codes, names with the country's
# adjective, scales glued or spelled, Indian scales. (sentence, amount as written, value, currency)
MONEY_BY_NAME_CODE_OR_SIGN = [
    ("The club is worth £1.2m, filings show.", "£1.2m", 1.2e6, "GBP"),
    ("The fund holds USD 5 million.", "USD 5 million", 5e6, "USD"),
    ("The grant is 5 million euros.", "5 million euros", 5e6, "EUR"),
    ("The film earned Rs 10 crore.", "Rs 10 crore", 1e8, "INR"),
    ("The prize is 10 lakh rupees.", "10 lakh rupees", 1e6, "INR"),
    ("The prize is ₹10 lakh.", "₹10 lakh", 1e6, "INR"),
    ("The bank lent INR 500 crore.", "INR 500 crore", 5e9, "INR"),
    ("The deal is worth $5 mln.", "$5 mln", 5e6, "USD"),
    ("The bank holds 5bn Swiss francs.", "5bn Swiss francs", 5e9, "CHF"),
    ("Ottawa pledged C$3 million.", "C$3 million", 3e6, "CAD"),
    ("Seoul set aside 3.4 trillion won.", "3.4 trillion won", 3.4e12, "KRW"),
    ("A fine of 100 Norwegian crowns was set.", "100 Norwegian crowns", 100, "NOK"),
    ("Rents reached 5,000 Czech crowns.", "5,000 Czech crowns", 5000, "CZK"),
    ("A coffee costs 40 Swedish crowns.", "40 Swedish crowns", 40, "SEK"),
    ("Beer costs 60 Danish crowns.", "60 Danish crowns", 60, "DKK"),
    ("The boy found ten pennies.", "ten pennies", 0.1, "USD"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), MONEY_BY_NAME_CODE_OR_SIGN)
def test_money_by_name_code_or_sign(sentence, phrase, value, unit):
    found = [(text, v, u) for kind, text, v, u in figures_of(sentence) if kind == "money"]
    assert found == [(phrase, pytest.approx(value), unit)]


def test_crowns_with_no_country_are_no_money():
    assert [f for f in figures_of("The team won two crowns this season.") if f[0] == "money"] == []


# A share whose whole is a count of what it is taken of, not only a bare number. (sentence, value)
SHARES_OF_COUNTED_WHOLES = [
    ("One in five people agreed, the poll found.", 0.2),
    ("Nine out of 10 people agreed.", 0.9),
    ("One in three households has no car.", 1 / 3),
    ("Two in five workers quit last year.", 0.4),
    ("Three in four residents left the valley.", 0.75),
    ("Seven in 10 Americans agree, a poll says.", 0.7),
]


@pytest.mark.parametrize(("sentence", "value"), SHARES_OF_COUNTED_WHOLES)
def test_a_share_of_a_counted_whole(sentence, value):
    assert [(kind, pytest.approx(v)) for kind, _, v, _ in figures_of(sentence)] == [("number", pytest.approx(value))]


# A count then a stretch of time or a measure after "in" is two figures, no share.
NOT_SHARES = [
    ("He scored 5 in 10 minutes.", [5, 10]),
    ("Prices rose 2 in 10 years.", [2, 10]),
    ("She ran 5 in 10 km of hills.", [5, 10]),
]


@pytest.mark.parametrize(("sentence", "values"), NOT_SHARES)
def test_a_count_in_a_time_or_a_measure_is_no_share(sentence, values):
    assert [v for _, _, v, _ in figures_of(sentence)] == values


# A holiday's weekend: the days off around it. (sentence, weekend as written, first day, last day)
HOLIDAY_WEEKENDS = [
    ("Roads were jammed over the Easter weekend.", "Easter weekend", D(2024, 3, 29), D(2024, 4, 1)),
    ("Traffic was heavy over the Easter long weekend in 2023.", "Easter long weekend in 2023",
     D(2023, 4, 7), D(2023, 4, 10)),
    ("Malls were full on Presidents Day weekend 2024.", "Presidents Day weekend 2024", D(2024, 2, 17), D(2024, 2, 19)),
    ("It rained over the Victoria Day weekend 2024.", "Victoria Day weekend 2024", D(2024, 5, 18), D(2024, 5, 20)),
    ("Fares rose for Labor Day weekend 2023.", "Labor Day weekend 2023", D(2023, 9, 2), D(2023, 9, 4)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), HOLIDAY_WEEKENDS)
def test_a_holidays_weekend(sentence, phrase, first, last):
    assert (phrase, first, last) in date_of(sentence)


# A change "from X to Y" whose unit, currency or scale is written once, after Y: X takes them, unless
# its digits sit on another scale ("from 800 to 1.2 million"). (sentence, [(kind, value, unit)])
CHANGES_WITH_THEIR_UNIT_WRITTEN_ONCE = [
    ("The rate rose from 5 to 7 percent.", [("percent", 5, "%"), ("percent", 7, "%")]),
    ("The toll rose from 300 to 450 people.", [("quantity", 300, "person"), ("quantity", 450, "person")]),
    ("Costs rose from 10 to 20 million dollars.", [("money", 1e7, "USD"), ("money", 2e7, "USD")]),
    ("The fare went from 2 to 3 euros.", [("money", 2, "EUR"), ("money", 3, "EUR")]),
    ("Sales fell from 10 to 8 million.", [("number", 1e7, None), ("number", 8e6, None)]),
    ("The queue grew from 3 to 5 km.", [("quantity", 3, "km"), ("quantity", 5, "km")]),
    ("Sales rose from 800 to 1.2 million.", [("number", 800, None), ("number", 1.2e6, None)]),
    ("The toll rose from 2,000 to 2,500.", [("number", 2000, None), ("number", 2500, None)]),
]


@pytest.mark.parametrize(("sentence", "found"), CHANGES_WITH_THEIR_UNIT_WRITTEN_ONCE)
def test_a_change_with_its_unit_written_once(sentence, found):
    assert_figures(sentence, found)


# "a" or "an" for one of a currency whose name has no everyday sense after an article, and a
# fraction of one. (sentence, amount as written, value, currency)
ONE_OF_A_CURRENCY = [
    ("Millions live on less than a dollar a day.", "a dollar", 1, "USD"),
    ("A dollar bought 150 yen on Friday.", "A dollar", 1, "USD"),
    ("The toll rose to a euro a trip.", "a euro", 1, "EUR"),
    ("A bus ride cost a dollar fifty.", "a dollar fifty", 1.5, "USD"),
    ("Shares traded above a dollar and 42 cents.", "a dollar and 42 cents", 1.42, "USD"),
    ("The mayor did not pay a cent.", "a cent", 0.01, "USD"),
    ("Stamps now cost half a dollar.", "half a dollar", 0.5, "USD"),
    ("The levy is a quarter of a euro per cup.", "a quarter of a euro", 0.25, "EUR"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), ONE_OF_A_CURRENCY)
def test_one_of_a_currency_by_its_article(sentence, phrase, value, unit):
    found = [(text, v, u) for kind, text, v, u in figures_of(sentence) if kind == "money"]
    assert (phrase, pytest.approx(value), unit) in found


# Articles before a currency's name that name no amount.
NO_AMOUNT_AFTER_AN_ARTICLE = [
    "The firm sold a dollar-denominated bond.",
    "The dollar rose against a basket of currencies.",
    "He has a real chance to win.",
    "She has a yen for travel.",
    "He lost a pound in a week.",
]


@pytest.mark.parametrize("sentence", NO_AMOUNT_AFTER_AN_ARTICLE)
def test_an_article_before_a_currency_word_in_other_use_is_no_money(sentence):
    assert [f for f in figures_of(sentence) if f[0] == "money"] == []


# Units of time by their abbreviations, spaced, glued or hyphened as an adjective. (sentence, figure, value, unit)
ABBREVIATED_TIME_UNITS = [
    ("The trip took 2.5 hrs.", "2.5 hrs", 2.5, "hour"),
    ("The shop is open 24hrs a day.", "24hrs", 24, "hour"),
    ("Buses run every 10 min at peak.", "10 min", 10, "minute"),
    ("The speech ran 45 mins.", "45 mins", 45, "minute"),
    ("He ran it in 9.58 secs.", "9.58 secs", 9.58, "second"),
    ("Yields on the 10-yr note rose.", "10-yr", 10, "year"),
    ("He served 5 yrs in jail.", "5 yrs", 5, "year"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), ABBREVIATED_TIME_UNITS)
def test_a_unit_of_time_by_its_abbreviation(sentence, phrase, value, unit):
    assert [(text, v, u) for _, text, v, u in figures_of(sentence)] == [(phrase, value, unit)]


@pytest.mark.parametrize("sentence", ["The min wage rose in May.", "Hrs and mins are shown on the board."])
def test_a_time_abbreviation_with_no_number_is_no_figure(sentence):
    assert figures_of(sentence) == []


# A subunit by a plural of its own language. (sentence, amount as written, value, currency)
SUBUNIT_PLURALS = [
    ("Bread rose 50 kopiyok in Kyiv.", "50 kopiyok", 0.5, "UAH"),
    ("A loaf costs 3 hryvnias and 40 kopiyok.", "3 hryvnias and 40 kopiyok", 3.4, "UAH"),
    ("The rupee fell 12 paise to 83.20.", "12 paise", 0.12, "INR"),
    ("The rouble fell 50 kopecks.", "50 kopecks", 0.5, "RUB"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), SUBUNIT_PLURALS)
def test_a_subunit_by_its_plural(sentence, phrase, value, unit):
    found = [(text, v, u) for kind, text, v, u in figures_of(sentence) if kind == "money"]
    assert found == [(phrase, pytest.approx(value), unit)]


# A weekday after the week it falls in, joined by "on" or a comma; the date ends at the weekday, not
# at the full stop after it. (sentence, date as written, day)
WEEKDAYS_AFTER_THEIR_WEEK = [
    ("Talks resume next week on Friday.", "next week on Friday", D(2024, 6, 21)),
    ("The vote happened last week on Tuesday.", "last week on Tuesday", D(2024, 6, 4)),
    ("Talks resume next week, Friday.", "next week, Friday", D(2024, 6, 21)),
    ("Talks resume next week Thurs.", "next week Thurs.", D(2024, 6, 20)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), WEEKDAYS_AFTER_THEIR_WEEK)
def test_a_weekday_after_its_week(sentence, phrase, day):
    assert date_of(sentence) == [(phrase, day, day)]


def test_a_week_then_a_weekday_in_the_next_sentence_are_two_dates():
    found = date_of("It rained last week. On Tuesday it cleared.")
    assert [text for text, _, _ in found] == ["last week", "Tuesday"]


# A hedge between "from" or "between" and the first figure, or after "to", keeps the change a change and
# the range a range. (sentence, [(kind, value, unit)])
HEDGED_CHANGES_AND_RANGES = [
    ("The toll rose from about 300 to 450 people.", [("quantity", 300, "person"), ("quantity", 450, "person")]),
    ("The toll rose from 300 to about 450 people.", [("quantity", 300, "person"), ("quantity", 450, "person")]),
    ("The rate rose from around 5% to 7%.", [("percent", 5, "%"), ("percent", 7, "%")]),
    ("Between about 300 and 450 people came.", [("quantity", 375, "person")]),
    ("Tickets cost between roughly $5 and $10.", [("money", 7.5, "USD")]),
]


@pytest.mark.parametrize(("sentence", "found"), HEDGED_CHANGES_AND_RANGES)
def test_a_hedge_after_from_or_between(sentence, found):
    assert_figures(sentence, found)


# "p.c." abbreviates per cent; a "p" for pence stays pence before a full stop. (sentence, [(kind, value, unit)])
PER_CENT_ABBREVIATED = [
    ("Growth was 1.5 p.c. last year.", [("percent", 1.5, "%")]),
    ("Inflation hit 6 p.c.", [("percent", 6, "%")]),
    ("A stamp costs 85p.", [("money", 0.85, "GBP")]),
    ("It cost 50p. Then it rose.", [("money", 0.5, "GBP")]),
]


@pytest.mark.parametrize(("sentence", "found"), PER_CENT_ABBREVIATED)
def test_per_cent_abbreviated_and_pence(sentence, found):
    assert_figures(sentence, found)


# A range of amounts each with its own sign and glued scale, and a subunit hyphened to its number as an
# adjective. (sentence, [(kind, value, unit)])
AMOUNT_RANGES_AND_HYPHENED_SUBUNITS = [
    ("The deal is worth $1.2bn-$1.5bn.", [("money", 1.35e9, "USD")]),
    ("Fees of £1.2m-£1.5m were paid.", [("money", 1.35e6, "GBP")]),
    ("Ghana set aside GH¢5 million.", [("money", 5e6, "GHS")]),
    ("He found a 50-cent coin.", [("money", 0.5, "USD")]),
    ("A 99-cent store opened.", [("money", 0.99, "USD")]),
    ("She dropped a 10-pence coin.", [("money", 0.1, "GBP")]),
    ("A 50-centimetre wall fell.", [("quantity", 50, "cm")]),
]


@pytest.mark.parametrize(("sentence", "found"), AMOUNT_RANGES_AND_HYPHENED_SUBUNITS)
def test_amount_ranges_and_hyphened_subunits(sentence, found):
    assert_figures(sentence, found)


def test_a_falling_pair_of_amounts_is_no_range():
    assert [v for _, _, v, _ in figures_of("Estimates went $1.5bn-$1.2bn.")] == [1.5e9, 1.2e9]


# A day of the month as a cardinal in words after its month, where the date ends there (a stop, a comma,
# the year): "May twenty one". A number before a noun stays a count. (sentence, date as written, day)
DAYS_AS_CARDINALS_IN_WORDS = [
    ("The vote is on June thirty.", "June thirty", D(2024, 6, 30)),
    ("The ruling came on March fifteen, 2021.", "March fifteen, 2021", D(2021, 3, 15)),
    ("It was signed on April twenty-two 1998 in Belfast.", "April twenty-two 1998", D(1998, 4, 22)),
    ("On March ten, troops moved in.", "March ten", D(2024, 3, 10)),
    ("The talks ended on May twenty one.", "May twenty one", D(2024, 5, 21)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), DAYS_AS_CARDINALS_IN_WORDS)
def test_a_day_as_a_cardinal_in_words_after_its_month(sentence, phrase, day):
    assert date_of(sentence) == [(phrase, day, day)]


COUNTS_AFTER_A_MONTH = [
    ("In May twenty people died.", "May", "twenty people", 20),
    ("By June thirty families had left.", "June", "thirty", 30),
    ("By June, thirty families had left.", "June", "thirty", 30),
]


@pytest.mark.parametrize(("sentence", "month", "count", "value"), COUNTS_AFTER_A_MONTH)
def test_a_count_in_words_after_a_month_is_no_day(sentence, month, count, value):
    assert [text for text, _, _ in date_of(sentence)] == [month]
    assert [(text, v) for _, text, v, _ in figures_of(sentence)] == [(count, value)]


def test_crowns_after_a_scaled_amount_are_money():
    # "won two crowns" are titles; an amount with its scale before "crowns" is money in a currency of that name
    assert [f for f in figures_of("Spending rises to 212 billion crowns next year.") if f[0] == "money"] == [
        ("money", "212 billion crowns", pytest.approx(212e9), "crown")
    ]
