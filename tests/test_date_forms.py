"""Date forms of news copy, each with several phrasings of our own: one table, grouped by form."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.parse import dates

D = dt.date
THURSDAY = D(2024, 10, 17)


def only_date(text: str, published: dt.date | None = THURSDAY):
    found = dates.find(text, published)
    assert len(found) == 1, [(m.text, m.date, m.date_end) for m in found]
    return found[0]


FORMS = [
    # --- counted windows
    # ahead: whole units, from the first day of the next one
    ("Rates will stay high over the next three months, the bank said.", "next three months", D(2024, 11, 1),
     D(2025, 1, 31)),
    ("Sales are expected to double in the next 2 years.", "next 2 years", D(2025, 1, 1), D(2026, 12, 31)),
    ("The coming two quarters will be hard for exporters.", "coming two quarters", D(2025, 1, 1),
     D(2025, 6, 30)),
    ("Talks continue in the next two weeks.", "next two weeks", D(2024, 10, 21), D(2024, 11, 3)),
    # back: from the start of the unit that far back, up to publication
    ("Prices have risen 9% over the past three years.", "past three years", D(2021, 1, 1), THURSDAY),
    ("In the last six months the fund lost a quarter of its value.", "last six months", D(2024, 4, 1),
     THURSDAY),
    ("Arrivals fell during the past two weeks.", "past two weeks", D(2024, 9, 30), THURSDAY),
    # days are whole units already; decades ahead are counted from publication
    ("Storms are forecast for the next two days.", "next two days", D(2024, 10, 18), D(2024, 10, 19)),
    ("Police made 40 arrests in the past 10 days.", "past 10 days", D(2024, 10, 7), THURSDAY),
    ("Demand will grow over the next two decades.", "next two decades", D(2024, 10, 18), D(2044, 10, 17)),
    # --- days and weeks named within a period
    # the nth weekday, day or weekend of a month, "the month" being this one
    ("Payday falls on the last Friday of the month.", "last Friday of the month", D(2024, 10, 25),
     D(2024, 10, 25)),
    ("The board meets on the first Monday of the month.", "first Monday of the month", D(2024, 10, 7),
     D(2024, 10, 7)),
    ("Rents are due on the third day of November 2024.", "third day of November 2024", D(2024, 11, 3),
     D(2024, 11, 3)),
    ("The fair opens on the last day of the month.", "last day of the month", D(2024, 10, 31), D(2024, 10, 31)),
    ("The clocks change on the last weekend of March 2025.", "last weekend of March 2025", D(2025, 3, 29),
     D(2025, 3, 30)),
    ("Crowds came on the first weekend of September 2024.", "first weekend of September 2024", D(2024, 9, 7),
     D(2024, 9, 8)),
    # the first or last day of a year
    ("The tax lapses on the last day of the year.", "last day of the year", D(2024, 12, 31), D(2024, 12, 31)),
    ("The rules apply from the first day of 2026.", "first day of 2026", D(2026, 1, 1), D(2026, 1, 1)),
    ("The fund closes on the last day of next year.", "last day of next year", D(2025, 12, 31),
     D(2025, 12, 31)),
    # the week of a day: the calendar week that holds it
    ("Hearings are set for the week of Nov. 4, 2024.", "week of Nov. 4, 2024", D(2024, 11, 4), D(2024, 11, 10)),
    ("The strike hit in the week of 16 September 2024.", "week of 16 September 2024", D(2024, 9, 16),
     D(2024, 9, 22)),
    ("Exams were held the week of October 9.", "week of October 9", D(2024, 10, 7), D(2024, 10, 13)),
    # the nth week of this year or month
    ("Sales peak in the last week of the year.", "last week of the year", D(2024, 12, 23), D(2024, 12, 29)),
    ("Rents fall due in the first week of the month.", "first week of the month", D(2024, 10, 7),
     D(2024, 10, 13)),
    # a day or a week counted from a named day
    ("Shops opened early on the day after Thanksgiving 2023.", "day after Thanksgiving 2023", D(2023, 11, 24),
     D(2023, 11, 24)),
    ("Flights were full the day before Christmas 2023.", "day before Christmas 2023", D(2023, 12, 24),
     D(2023, 12, 24)),
    ("Cases rose in the week after Easter 2024.", "week after Easter 2024", D(2024, 4, 1), D(2024, 4, 7)),
    ("Prices spiked the week before Christmas 2023.", "week before Christmas 2023", D(2023, 12, 18),
     D(2023, 12, 24)),
    # "coming", "upcoming" and "past" count from publication's day, not its calendar week
    ("The minister travels this coming Friday.", "coming Friday", D(2024, 10, 18), D(2024, 10, 18)),
    ("Talks resume the upcoming Monday.", "upcoming Monday", D(2024, 10, 21), D(2024, 10, 21)),
    ("Police were called this past Tuesday.", "past Tuesday", D(2024, 10, 15), D(2024, 10, 15)),
    ("Storms are forecast for the coming weekend.", "coming weekend", D(2024, 10, 19), D(2024, 10, 20)),
    ("Protests spread over the past weekend.", "past weekend", D(2024, 10, 12), D(2024, 10, 13)),
    # --- parts of a period: the first or last so many units, mid-decade
    ("Profits fell in the first nine months of 2024.", "first nine months of 2024", D(2024, 1, 1), D(2024, 9, 30)),
    ("Sales rose in the first six months of the year.", "first six months of the year", D(2024, 1, 1),
     D(2024, 6, 30)),
    ("Output slowed in the last three months of 2023.", "last three months of 2023", D(2023, 10, 1),
     D(2023, 12, 31)),
    ("Losses mounted over the first three quarters of 2024.", "first three quarters of 2024", D(2024, 1, 1),
     D(2024, 9, 30)),
    ("Rain fell in the first 10 days of October.", "first 10 days of October", D(2024, 10, 1), D(2024, 10, 10)),
    ("Polls moved in the final two weeks of March 2024.", "final two weeks of March 2024", D(2024, 3, 18),
     D(2024, 3, 31)),
    ("The scheme began in the mid-1980s.", "mid-1980s", D(1984, 1, 1), D(1986, 12, 31)),
    # --- a run of months without a year: the latest that has begun by publication
    ("Exports rose in the January-March quarter.", "January-March", D(2024, 1, 1), D(2024, 3, 31)),
    ("The April-June period was weak.", "April-June", D(2024, 4, 1), D(2024, 6, 30)),
    ("Growth slowed in the July–September quarter.", "July–September", D(2024, 7, 1), D(2024, 9, 30)),
    ("Fares rose from November to February.", "November to February", D(2023, 11, 1), D(2024, 2, 29)),
    # --- two periods away from publication's
    ("Talks resume the week after next.", "week after next", D(2024, 10, 28), D(2024, 11, 3)),
    ("The law passed the year before last.", "year before last", D(2022, 1, 1), D(2022, 12, 31)),
    ("Prices peaked the month before last.", "month before last", D(2024, 8, 1), D(2024, 8, 31)),
    ("The fair opens the weekend after next.", "weekend after next", D(2024, 11, 2), D(2024, 11, 3)),
    # --- within so many units, in a clause about the future: from publication up to then
    ("The bridge will be finished within two weeks.", "within two weeks", THURSDAY, D(2024, 10, 31)),
    ("Ministers plan to decide within 3 months.", "within 3 months", THURSDAY, D(2025, 1, 17)),
    ("A ruling is expected to come within a year.", "within a year", THURSDAY, D(2025, 10, 17)),
    # --- named days: fixed, counted from Easter, lasting several days
    ("Rallies were held on Earth Day 2024.", "Earth Day 2024", D(2024, 4, 22), D(2024, 4, 22)),
    ("Churches filled on Maundy Thursday 2024.", "Maundy Thursday 2024", D(2024, 3, 28), D(2024, 3, 28)),
    ("Shops shut on Whit Monday 2024.", "Whit Monday 2024", D(2024, 5, 20), D(2024, 5, 20)),
    ("Candles were lit on All Saints' Day 2023.", "All Saints' Day 2023", D(2023, 11, 1), D(2023, 11, 1)),
    ("Clinics tested thousands on World AIDS Day 2023.", "World AIDS Day 2023", D(2023, 12, 1), D(2023, 12, 1)),
    ("Families gathered for Kwanzaa 2023.", "Kwanzaa 2023", D(2023, 12, 26), D(2024, 1, 1)),
    # --- a quarter after its year
    ("Apple posted 2024 second-quarter results.", "2024 second-quarter", D(2024, 4, 1), D(2024, 6, 30)),
    ("Sales fell in the 2023 fourth quarter.", "2023 fourth quarter", D(2023, 10, 1), D(2023, 12, 31)),
    # --- a year named after the date
    # a date without its year, then the year counted from publication
    ("The blast hit on Nov. 5 last year.", "Nov. 5 last year", D(2023, 11, 5), D(2023, 11, 5)),
    ("They met on the 5th of November last year.", "5th of November last year", D(2023, 11, 5), D(2023, 11, 5)),
    ("Rates rose in March of last year.", "March of last year", D(2023, 3, 1), D(2023, 3, 31)),
    ("Elections are due in May next year.", "May next year", D(2025, 5, 1), D(2025, 5, 31)),
    ("Output fell in early March this year.", "early March this year", D(2024, 3, 1), D(2024, 3, 10)),
    ("Talks ran from 3-5 May last year.", "3-5 May last year", D(2023, 5, 3), D(2023, 5, 5)),
    # --- periods that end at a date
    # a counted period that ends at a day or month
    ("Inflation hit 3% in the year to March 2024.", "year to March 2024", D(2023, 4, 1), D(2024, 3, 31)),
    ("Exports grew 4% in the 12 months to September.", "12 months to September", D(2023, 10, 1),
     D(2024, 9, 30)),
    ("GDP grew 0.5% in the three months to June.", "three months to June", D(2024, 4, 1), D(2024, 6, 30)),
    ("Sales fell in the quarter ended June 30, 2024.", "quarter ended June 30, 2024", D(2024, 4, 1),
     D(2024, 6, 30)),
    ("Profit rose in the year ended 31 March 2024.", "year ended 31 March 2024", D(2023, 4, 1),
     D(2024, 3, 31)),
    ("Claims rose in the week ending Oct. 12.", "week ending Oct. 12", D(2024, 10, 6), D(2024, 10, 12)),
    ("The fiscal year ending in June 2024 was hard.", "fiscal year ending in June 2024", D(2023, 7, 1),
     D(2024, 6, 30)),
]


@pytest.mark.parametrize(("text", "span", "first", "last"), FORMS)
def test_each_form_reads_its_span_and_range(text, span, first, last):
    found = only_date(text)
    assert (found.text, found.date, found.date_end) == (span, first, last)


def test_counted_windows_in_an_undated_document_stay_unresolved():
    found = only_date("Rates will stay high over the next three months.", None)
    assert (found.text, found.date) == ("next three months", None)


def test_the_last_weekend_of_a_month_is_not_last_weekend():
    found = only_date("The race is on the last weekend of October 2025.")
    assert (found.date, found.date_end) == (D(2025, 10, 25), D(2025, 10, 26))


@pytest.mark.parametrize(
    ("text", "weekday", "day"),
    [
        ("The chipmaker reported on Wednesday third-quarter sales of $1.2 billion.", "Wednesday", D(2024, 10, 16)),
        ("The bank said on Tuesday second-half profit would fall.", "Tuesday", D(2024, 10, 15)),
        ("The club confirmed on Monday fourth place was out of reach.", "Monday", D(2024, 10, 14)),
    ],
)
def test_a_weekday_before_an_ordinal_that_begins_a_phrase_is_the_weekday_alone(text, weekday, day):
    found = [(m.text, m.date) for m in dates.find(text, THURSDAY) if weekday in m.text]
    assert found == [(weekday, day)]


@pytest.mark.parametrize(
    ("text", "weekday", "figure"),
    [
        ("On Tuesday, 4,700 appointments were cancelled.", "Tuesday", "4,700"),
        ("By Friday, 1,200 people had left their homes.", "Friday", "1,200"),
        ("Since Sunday 12,000 households have been without power.", "Sunday", "12,000"),
        ("On Monday, 3,250,000 shares changed hands.", "Monday", "3,250,000"),
    ],
)
def test_a_weekday_before_a_figure_in_thousands_is_the_weekday_alone(text, weekday, figure):
    found = consistency.mentions(text, THURSDAY)
    assert [m.text for m in found if m.kind == "date"] == [weekday]
    assert any(m.text.startswith(figure) for m in found if m.kind != "date")


@pytest.mark.parametrize(
    ("text", "month", "figure"),
    [
        ("In March 4,700 jobs were lost across the region.", "March", "4,700"),
        ("In May, 1,500 people moved into the new estate.", "May", "1,500"),
        ("By June 2,000 more workers had signed the petition.", "June", "2,000"),
        ("In April 45 people were treated for smoke inhalation.", "April", "45"),
    ],
)
def test_a_month_before_a_figure_that_cannot_be_a_day_is_the_month_alone(text, month, figure):
    found = consistency.mentions(text, THURSDAY)
    assert [m.text for m in found if m.kind == "date"] == [month]
    assert any(m.text.startswith(figure) for m in found if m.kind != "date")


@pytest.mark.parametrize(
    ("text", "day"),
    [("The talks resumed on March 4, 2026, in Geneva.", "March 4, 2026"), ("On June 30, 400 people met.", "June 30")],
)
def test_a_month_before_its_day_is_still_one_date(text, day):
    assert [m.text for m in consistency.mentions(text, THURSDAY) if m.kind == "date"] == [day]


@pytest.mark.parametrize(
    ("text", "weekday", "figure"),
    [
        ("On Tuesday 4.5% more people voted than expected.", "Tuesday", "4.5%"),
        ("On Monday 2.5 million viewers watched the final.", "Monday", "2.5 million"),
        ("By Friday 1.2 per cent of homes were still cut off.", "Friday", "1.2 per cent"),
    ],
)
def test_a_weekday_before_a_decimal_figure_is_the_weekday_alone(text, weekday, figure):
    found = consistency.mentions(text, THURSDAY)
    assert [m.text for m in found if m.kind == "date"] == [weekday]
    assert any(m.text.startswith(figure) for m in found if m.kind != "date")


def test_a_weekday_before_a_dotted_day_and_month_is_still_one_date():
    assert [m.text for m in consistency.mentions("The court sits on Friday 14.3 at noon.", THURSDAY)
            if m.kind == "date"] == ["Friday 14.3"]


def test_a_weekday_with_the_ordinal_of_its_day_is_still_one_date():
    assert only_date("They meet again on Saturday the third.").date.day == 3


@pytest.mark.parametrize("text", ["They may march to the sea.", "Prices fell from may to march."])
def test_month_words_in_lower_case_make_no_run_of_months(text):
    assert dates.find(text, THURSDAY) == []


@pytest.mark.parametrize(
    "text", ["Within two weeks the rebels had taken the city.", "Aid must arrive within 3 days of the quake."]
)
def test_within_counts_from_publication_only_in_a_clause_about_the_future(text):
    assert dates.find(text, THURSDAY) == []


@pytest.mark.parametrize("text", ["A storm hit Corpus Christi, Texas.", "She had an epiphany at work."])
def test_place_names_and_words_are_no_named_days(text):
    assert dates.find(text, THURSDAY) == []


def test_a_possessive_year_after_a_comma_stays_apart():
    found = dates.find("In March, last year's budget was cut.", THURSDAY)
    assert [(m.text, m.date) for m in found] == [("March", D(2024, 3, 1)), ("last year's", D(2023, 1, 1))]


def test_the_count_of_a_period_is_no_figure():
    found = consistency.mentions("Exports grew 4% in the 12 months to September.", THURSDAY)
    assert [(m.kind, m.text) for m in found] == [("percent", "4%"), ("date", "12 months to September")]


@pytest.mark.parametrize("text", ["He walked to March Street.", "Turnout rose to 62% in March."])
def test_to_before_a_month_opens_no_period_without_a_unit(text):
    assert all(m.date_end - m.date < dt.timedelta(days=31) for m in dates.find(text, THURSDAY))


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("Completing the voyage in 97 days and 11 hours, she is the oldest to row it.", "97 days and 11 hours"),
        ("Finishing the climb in 19 hours and 40 minutes, the pair set a record.", "19 hours and 40 minutes"),
        ("The rower, who set out from Lisbon and crossed to the Azores and back with no support boat at all, finished "
         "the voyage in 41 days and six hours, her team said.", "41 days and six hours"),
    ],
)
def test_in_a_stretch_told_in_two_units_is_how_long_it_took(text, stretch):
    found = consistency.mentions(text, THURSDAY)
    assert [m.text for m in found if m.kind == "date"] == []
    assert stretch in [m.text for m in found if m.kind == "quantity"]


@pytest.mark.parametrize(
    "text", ["The probe will reach orbit in 27 hours.", "Talks will resume in two weeks and 40 delegates will attend."]
)
def test_in_a_stretch_of_one_unit_ahead_stays_a_date(text):
    assert [m.kind for m in consistency.mentions(text, THURSDAY) if m.text.startswith("in ")] == ["date"]
