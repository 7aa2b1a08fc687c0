"""Forms of figures and dates that news copy writes, read by form: negative mixed
fractions, accounting negatives, observed Islamic feasts and years in words.

Each table holds sentences of one form, written in several variants, and what
the parser must make of them; the hostile tables hold look-alikes that must
stay what they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.model import FIGURE_KINDS, Mention


def figures(text: str) -> list[Mention]:
    return [m for m in consistency.mentions(text) if m.kind in FIGURE_KINDS]


def dates(text: str, published: dt.date) -> list[Mention]:
    return [m for m in consistency.mentions(text, published=published) if m.kind == "date"]


def day_span(text: str, phrase: str, published: dt.date) -> tuple[dt.date | None, dt.date | None] | None:
    """The first and last day of the date written as `phrase`, or None when no date is written so."""
    found = [m for m in dates(text, published) if m.text == phrase]
    return (found[0].date, found[0].date_end) if found else None


def figure_value(text: str, phrase: str) -> float | None:
    """The value of the figure that begins with `phrase`, or None when there is none."""
    found = [m.value for m in figures(text) if m.text.startswith(phrase)]
    return found[0] if found else None


# A sign before a mixed number negates all of it: "-1 4/5" is -1.8, not -1 + 0.8.
# (sentence, figure text, value)
NEGATIVE_MIXED_FRACTIONS = [
    ("The river gauge read -1 4/5 metres at dawn.", "-1 4/5", -1.8),
    ("Futures closed −2 1/2 points lower.", "−2 1/2", -2.5),
    ("The adjustment was -3 3/4 on the day.", "-3 3/4", -3.75),
    ("Output changed by -10 1/3 over the year.", "-10 1/3", -31 / 3),
    ("The gauge read 1 4/5 metres, up from -1/2.", "1 4/5", 1.8),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), NEGATIVE_MIXED_FRACTIONS)
def test_a_sign_before_a_mixed_number_negates_all_of_it(sentence, phrase, value):
    found = [m for m in figures(sentence) if m.text.startswith(phrase)]
    assert found, figures(sentence)
    assert found[0].value == pytest.approx(value, rel=1e-9)


def test_a_signed_fraction_after_a_whole_number_is_a_figure_of_its_own():
    found = figures("The index moved 1 -4/5 on the open.")
    assert [m.value for m in found] == [1.0, pytest.approx(-0.8)]


# An Islamic feast named with its year is the day it was kept (Umm al-Qura), not the eve
# and not the tabular calendar's day. (sentence, feast as written, day)
ISLAMIC_FEASTS = [
    ("Markets in Cairo were shut for Eid al-Fitr 2023.", "Eid al-Fitr 2023", dt.date(2023, 4, 21)),
    ("Prayers marked Eid al-Fitr 2024 across the region.", "Eid al-Fitr 2024", dt.date(2024, 4, 10)),
    ("Pilgrims in Mecca marked Eid al-Adha 2022 with prayers.", "Eid al-Adha 2022", dt.date(2022, 7, 9)),
    ("Livestock markets were busy on Eid al-Adha 2024.", "Eid al-Adha 2024", dt.date(2024, 6, 16)),
    ("Food prices climbed during Ramadan 2023.", "Ramadan 2023", dt.date(2023, 3, 23)),
    ("Fasting hours were long in Ramadan 2020.", "Ramadan 2020", dt.date(2020, 4, 24)),
    ("Traffic eased during Ramadan 2025, officials said.", "Ramadan 2025", dt.date(2025, 3, 1)),
    ("The ceasefire held through Eid al-Fitr 2021.", "Eid al-Fitr 2021", dt.date(2021, 5, 13)),
]


def test_ramadan_runs_to_the_eve_of_the_feast_that_ends_it():
    fast = dates("Shops kept late hours in Ramadan 2024.", dt.date(2026, 1, 5))[0]
    feast = dates("Shops closed for Eid al-Fitr 2024.", dt.date(2026, 1, 5))[0]
    assert fast.date_end < feast.date


PUBLISHED = dt.date(2024, 6, 12)

# A year in words after a cue that leaves no other reading, or after a holiday's name.
# (sentence, year as written, first day)
YEARS_IN_WORDS = [
    ("The census was taken in two thousand and twenty.", "two thousand and twenty", dt.date(2020, 1, 1)),
    ("Sales fell sharply in two thousand twenty-one, the report said.", "two thousand twenty-one", dt.date(2021, 1, 1)),
    ("The firm has traded since nineteen ninety-nine.", "nineteen ninety-nine", dt.date(1999, 1, 1)),
    ("He arrived in nineteen oh five with nothing.", "nineteen oh five", dt.date(1905, 1, 1)),
    ("The chapel was rebuilt in eighteen hundred and sixty-two.", "eighteen hundred and sixty-two", dt.date(1862, 1, 1)),
    ("Rationing ended in nineteen fifty-four.", "nineteen fifty-four", dt.date(1954, 1, 1)),
    ("Output stayed flat throughout twenty nineteen.", "twenty nineteen", dt.date(2019, 1, 1)),
    ("The mayor spoke during two thousand and eight, aides recalled.", "two thousand and eight", dt.date(2008, 1, 1)),
    ("Churches were full on Easter Sunday two thousand ten.", "Easter Sunday two thousand ten", dt.date(2010, 4, 4)),
    ("Families met on Christmas Day nineteen eighty-nine.", "Christmas Day nineteen eighty-nine", dt.date(1989, 12, 25)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first"), YEARS_IN_WORDS)
def test_a_year_in_words_is_a_date(sentence, phrase, first):
    found = dates(sentence, PUBLISHED)
    assert [(m.text, m.date) for m in found] == [(phrase, first)]


# Counts in words that a year reader must leave alone.
COUNTS_NOT_YEARS = [
    "The chain opened in two thousand and twenty stores.",
    "Prices rose by two thousand and twenty last month.",
    "The army grew to two thousand.",
    "In two thousand homes, power was cut.",
    "Crowds of nineteen thousand filled the stadium.",
    "She signed fifteen hundred copies in nineteen minutes.",
    "He waited in twenty thirty-minute queues.",
    "Nineteen ninety-nine-year leases were sold.",
]


@pytest.mark.parametrize("sentence", COUNTS_NOT_YEARS)
def test_a_count_in_words_is_no_year(sentence):
    assert not [m.text for m in dates(sentence, PUBLISHED) if m.grain == "year"]


def test_a_year_in_words_after_until_closes_a_range():
    found = dates("Rationing lasted until nineteen fifty-four.", PUBLISHED)
    assert [(m.text, m.date_end) for m in found] == [("nineteen fifty-four", dt.date(1954, 12, 31))]


# Accounts write a negative amount in brackets, or with a minus before the currency sign.
# (sentence, amount as written, value, currency)
NEGATIVE_AMOUNTS = [
    ("The annual revenue is ($99.99).", "($99.99)", -99.99, "USD"),
    ("Operating result: (£4.5m), against £2m a year earlier.", "(£4.5m)", -4.5e6, "GBP"),
    ("Free cash flow was (€120 million) after the write-down.", "(€120 million)", -1.2e8, "EUR"),
    ("Net interest income totalled ( $3,400 ) per account.", "( $3,400 )", -3400, "USD"),
    ("The fund's return was -$99.99 per unit.", "-$99.99", -99.99, "USD"),
    ("Net cash flow was −£4m in the year.", "−£4m", -4e6, "GBP"),
    ("Net income was ($99.99) million in the quarter.", "($99.99) million", -9.999e7, "USD"),
    ("Operating result: (£4.5) billion, against £2bn.", "(£4.5) billion", -4.5e9, "GBP"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), NEGATIVE_AMOUNTS)
def test_an_amount_in_brackets_where_a_value_is_stated_is_negative(sentence, phrase, value, unit):
    found = [m for m in figures(sentence) if m.kind == "money"]
    assert (found[0].text, found[0].value, found[0].unit) == (phrase, pytest.approx(value), unit)


# Brackets after a noun or another amount restate or convert: the amount keeps its sign.
RESTATED_AMOUNTS = [
    ("The fund raised 2 million euros ($2.2 million).", [2e6, 2.2e6]),
    ("Tickets sell for a modest sum ($20) at the door.", [20]),
    ("The fee was (about $20) per person.", [20]),
    ("The council paid £300,000 (US$380,000) for the site.", [3e5, 3.8e5]),
    ("Prices ranged from $5-$10 a head.", [7.5]),
    ("Subsidies (€40m in all) were cut.", [4e7]),
]


@pytest.mark.parametrize(("sentence", "values"), RESTATED_AMOUNTS)
def test_an_amount_restated_in_brackets_keeps_its_sign(sentence, values):
    assert [m.value for m in figures(sentence) if m.kind == "money"] == [pytest.approx(v) for v in values]


# A loss, a deficit or an outflow in brackets is that loss: other reports write it unsigned.
LOSSES_IN_BRACKETS = [
    ("The quarterly loss was ($45.20) per share.", 45.2),
    ("Net losses were (£12m) in the half.", 12e6),
    ("The budget deficit was (€3.1bn), the ministry said.", 3.1e9),
    ("Fund outflows: ($800 million) in March.", 8e8),
]


@pytest.mark.parametrize(("sentence", "value"), LOSSES_IN_BRACKETS)
def test_a_loss_in_brackets_keeps_its_sign(sentence, value):
    assert [m.value for m in figures(sentence) if m.kind == "money"] == [pytest.approx(value)]


def test_a_loss_in_brackets_agrees_with_the_same_loss_written_plainly(tmp_path):
    lead = "Acme Corp reported results on Monday.\n\n"
    (tmp_path / "a.txt").write_text(lead + "The quarterly loss was ($45.20) per share, the company said.\n")
    (tmp_path / "b.txt").write_text(lead + "The quarterly loss was $45.20 per share, the company said.\n")
    report = consistency.check([tmp_path])
    assert not [d for d in report.discrepancies if d.kind == "value-conflict"]


# Hindu feasts fall on a lunar day of a lunar month (or on the sun's entry into a sign), computed:
# the day India keeps them. (sentence, feast as written, day)
HINDU_FEASTS = [
    ("Air quality worsened on Diwali 2023 in Delhi.", "Diwali 2023", dt.date(2023, 11, 12)),
    ("Gold sales peaked on Dhanteras 2019, jewellers said.", "Dhanteras 2019", dt.date(2019, 10, 25)),
    ("Streets were full of colour on Holi 2024.", "Holi 2024", dt.date(2024, 3, 25)),
    ("Pandals went up for Ganesh Chaturthi 2024 in Mumbai.", "Ganesh Chaturthi 2024", dt.date(2024, 9, 7)),
    ("Temples stayed open late on Janmashtami 2023.", "Janmashtami 2023", dt.date(2023, 9, 6)),
    ("Effigies burned on Dussehra 2024 across the north.", "Dussehra 2024", dt.date(2024, 10, 12)),
    ("Devotees fasted on Maha Shivaratri 2024.", "Maha Shivaratri 2024", dt.date(2024, 3, 8)),
    ("Kites filled the sky on Makar Sankranti 2024.", "Makar Sankranti 2024", dt.date(2024, 1, 15)),
    ("Markets shut for Diwali in 2022, traders said.", "Diwali in 2022", dt.date(2022, 10, 24)),
    ("Pilgrims waded into the river for Chhath 2023.", "Chhath 2023", dt.date(2023, 11, 19)),
    ("Sisters tied threads on Raksha Bandhan 2023.", "Raksha Bandhan 2023", dt.date(2023, 8, 30)),
    ("Crowds gathered on Rama Navami 2024 in Ayodhya.", "Rama Navami 2024", dt.date(2024, 4, 17)),
    ("Gurdwaras were lit for Guru Nanak Jayanti 2024.", "Guru Nanak Jayanti 2024", dt.date(2024, 11, 15)),
    ("Gold buying peaked on Akshaya Tritiya 2023.", "Akshaya Tritiya 2023", dt.date(2023, 4, 22)),
    ("Kerala celebrated Vishu 2024 with fireworks.", "Vishu 2024", dt.date(2024, 4, 14)),
    ("Monks marked Vesak 2024 in Colombo.", "Vesak 2024", dt.date(2024, 5, 23)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), ISLAMIC_FEASTS + HINDU_FEASTS)
def test_a_feast_of_a_lunar_calendar_is_the_day_it_was_kept(sentence, phrase, day):
    found = [m for m in dates(sentence, dt.date(2026, 1, 5)) if m.text == phrase]
    assert found and found[0].date == day


def test_navratri_runs_nine_nights_from_its_first_lunar_day():
    found = dates("Garba dances filled the city for Navratri 2024.", dt.date(2026, 1, 5))[0]
    assert (found.date, found.date_end) == (dt.date(2024, 10, 3), dt.date(2024, 10, 11))


# A holiday's year may follow "in": "Christmas in 2019" is that Christmas.
HOLIDAY_IN_YEAR = [
    ("Crowds gathered for Christmas in 2019 at the cathedral.", dt.date(2019, 12, 25)),
    ("Sales at Easter in 2021 were weak.", dt.date(2021, 4, 4)),
    ("The parade was held on Thanksgiving in 2020 without spectators.", dt.date(2020, 11, 26)),
]


@pytest.mark.parametrize(("sentence", "day"), HOLIDAY_IN_YEAR)
def test_a_holiday_in_a_year_is_that_years_holiday(sentence, day):
    assert [m.date for m in dates(sentence, PUBLISHED)] == [day]


# Business copy's fiscal years and quarters written number first. (sentence, text, first day, last day)
FISCAL_FORMS = [
    ("Revenue rose 8% in FY2024, the company said.", "FY2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ("The group expects margins to improve in FY25.", "FY25", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ("Guidance for FY 2026 was cut on Monday.", "FY 2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    # a year split across two: the twelve months around the turn of its years (periods.split_year_span)
    ("Exports grew in FY2023-24, the ministry said.", "FY2023-24", dt.date(2023, 7, 1), dt.date(2024, 6, 30)),
    ("Tax receipts fell in FY22/23.", "FY22/23", dt.date(2022, 7, 1), dt.date(2023, 6, 30)),
    ("Deliveries rose in 4Q24 from a year earlier.", "4Q24", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    ("Margins narrowed in 3Q 2023.", "3Q 2023", dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
    ("Bookings peaked in 1Q'24.", "1Q'24", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
]


NOT_FISCAL = [
    "Shares of FY24 Holdings rose 5% on Monday.",
    "The fund holds 4Q bonds worth $5.",
    "Fiscal hawks met in FY2023-25 talks.",
]


@pytest.mark.parametrize("sentence", NOT_FISCAL)
def test_names_and_codes_are_no_fiscal_periods(sentence):
    assert [m.text for m in dates(sentence, PUBLISHED) if "Monday" not in m.text] == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Boat races were held for Onam 2023 in Kerala.", dt.date(2023, 8, 29)),
        ("Feasts were served on Onam 2024, with flowers at every door.", dt.date(2024, 9, 15)),
        ("Kerala celebrated Thiruvonam 2022 after two quiet years.", dt.date(2022, 9, 8)),
    ],
)
def test_onam_is_the_moons_thiruvonam_in_the_month_of_chingam(sentence, day):
    assert [m.date for m in dates(sentence, dt.date(2026, 1, 5))] == [day]


# A list marker inside a line is no figure: "...; 2) police will patrol".
INLINE_LIST_MARKERS = [
    ("Their demands were: 1) higher pay; 2) shorter hours.", []),
    ("Officers gave two orders; 2) police will patrol the square.", ["two"]),
    ("The plan: (1) close the road; (2) open shelters for 300 families.", ["300"]),
]


@pytest.mark.parametrize(("sentence", "kept"), INLINE_LIST_MARKERS)
def test_a_list_marker_inside_a_line_is_no_figure(sentence, kept):
    assert [m.text for m in figures(sentence)] == kept


def test_a_figure_after_a_semicolon_is_still_a_figure():
    found = figures("Deaths rose to 12; 40 people were injured.")
    assert [m.value for m in found] == [12, 40]


# A glued "m" or "bn" before a counted noun or a unit is a scale, not metres: "1.2m people".
# (sentence, figure text, value, unit)
SCALES_BEFORE_NOUNS = [
    ("Around 1.2m people were affected by the floods.", "1.2m people", 1.2e6, "person"),
    ("About 3m residents fled the coast.", "3m residents", 3e6, "person"),
    ("The quake displaced 2m households.", "2m households", 2e6, "household"),
    ("Exports reached 2.5m tonnes of grain.", "2.5m tonnes", 2.5e6, "tonne"),
    ("The storm left 1.5bn people without warning systems.", "1.5bn people", 1.5e9, "person"),
    ("The wall is 1.2m high.", "1.2m", 1.2, "m"),
    ("Waves of 10m crashed ashore.", "10m", 10, "m"),
    ("A 2m fence surrounds the site.", "2m", 2, "m"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), SCALES_BEFORE_NOUNS)
def test_a_glued_m_before_a_counted_noun_is_a_million(sentence, phrase, value, unit):
    found = figures(sentence)
    assert [(m.text, m.value, m.unit) for m in found] == [(phrase, pytest.approx(value), unit)]


# Indian copy scales a scale: "2.5 lakh crore" is 2.5 x 100,000 x 10,000,000.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The budget sets aside ₹2.5 lakh crore for roads.", 2.5e12),
        ("The state owes Rs 1.5 thousand crore to power firms.", 1.5e10),
        ("Farm loans of 3 lakh crore rupees were waived.", 3e12),
        ("The bill came to a thousand million pounds.", 1e9),
    ],
)
def test_a_scale_of_a_scale_multiplies(sentence, value):
    assert [m.value for m in figures(sentence) if m.kind == "money"] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("A first-class stamp costs 73¢ now.", 0.73, "USD"),
        ("Gas fell 12 ¢ a gallon overnight.", 0.12, "USD"),
        ("Bus fares rose to 50 Brazilian reais a month.", 50, "BRL"),
    ],
)
def test_currency_signs_and_names_after_the_number(sentence, value, unit):
    found = [m for m in figures(sentence) if m.kind == "money"]
    assert [(m.value, m.unit) for m in found] == [(pytest.approx(value), unit)]


# Periods business and news copy count from publication (published Wednesday 12 June 2024).
# (sentence, text, first day, last day)
COUNTED_PERIODS = [
    ("The rebels have held the town for the past fortnight.", "past fortnight", dt.date(2024, 5, 29), dt.date(2024, 6, 12)),
    ("Talks will continue over the next fortnight.", "next fortnight", dt.date(2024, 6, 13), dt.date(2024, 6, 26)),
    ("Shares are up 20% year to date.", "year to date", dt.date(2024, 1, 1), dt.date(2024, 6, 12)),
    ("Card spending month-to-date is flat.", "month-to-date", dt.date(2024, 6, 1), dt.date(2024, 6, 12)),
    ("Cash fell at quarter-end, the bank said.", "quarter-end", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
    ("Hiring slowed at year end as budgets tightened.", "year end", dt.date(2024, 9, 1), dt.date(2024, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), FISCAL_FORMS + COUNTED_PERIODS)
def test_business_periods_and_periods_counted_from_publication(sentence, phrase, first, last):
    found = [m for m in dates(sentence, PUBLISHED) if m.text == phrase]
    assert found and (found[0].date, found[0].date_end) == (first, last)


def test_a_vote_by_year_end_is_bounded_by_the_years_end():
    found = dates("The vote is expected by year-end, officials said.", PUBLISHED)
    assert [(m.text, m.date_end) for m in found] == [("year-end", dt.date(2024, 12, 31))]


@pytest.mark.parametrize(
    "sentence",
    ["The firm paid a year-end bonus.", "The year end of the company is March 31.", "Year-end results are due soon."],
)
def test_a_year_end_that_modifies_a_noun_is_no_date(sentence):
    assert not [m.text for m in dates(sentence, PUBLISHED) if "end" in m.text.lower()]


# Currencies of every region, by name (with the country's adjective or alone), by ISO code and by
# symbol, as world news writes them. (sentence, amount as written, value, currency)
CURRENCIES_OF_THE_WORLD = [
    ("Traders in Nairobi were fined KSh 50,000 each.", "KSh 50,000", 5e4, "KES"),
    ("A flat in Tel Aviv rents for NIS 6,500 a month.", "NIS 6,500", 6500, "ILS"),
    ("Maize flour now costs 40,000 Zambian kwacha a bag.", "40,000 Zambian kwacha", 4e4, "ZMW"),
    ("Fuel rose to 1,200 Malawian kwacha a litre.", "1,200 Malawian kwacha", 1200, "MWK"),
    ("Bread costs 60 lek in Tirana.", "60 lek", 60, "ALL"),
    ("The toll is 3,000 meticais at the border.", "3,000 meticais", 3000, "MZN"),
    ("Lima's metro fare is S/. 2.50.", "S/. 2.50", 2.5, "PEN"),
    ("The fund holds MAD 1.2 billion for rebuilding.", "MAD 1.2 billion", 1.2e9, "MAD"),
    ("The government pledged 120 million Moroccan dirhams.", "120 million Moroccan dirhams", 1.2e8, "MAD"),
    ("A ticket to Kingston costs J$5,000.", "J$5,000", 5000, "JMD"),
    ("The levy is 30 Ghanaian cedis a head.", "30 Ghanaian cedis", 30, "GHS"),
    ("Wages start at 2,000 Ethiopian birr a month.", "2,000 Ethiopian birr", 2000, "ETB"),
    ("The firm raised 4 billion Kazakh tenge.", "4 billion Kazakh tenge", 4e9, "KZT"),
    ("Pensions rose to 900 Bolivian bolivianos.", "900 Bolivian bolivianos", 900, "BOB"),
    ("Entry costs 25 Peruvian soles for tourists.", "25 Peruvian soles", 25, "PEN"),
    ("The loan is worth 300 million Botswana pula.", "300 million Botswana pula", 3e8, "BWP"),
    ("Donors pledged FJ$2 million after the cyclone.", "FJ$2 million", 2e6, "FJD"),
    ("Fares were set at 150 Haitian gourdes.", "150 Haitian gourdes", 150, "HTG"),
    ("Rents of 5,000 Croatian kuna were common.", "5,000 Croatian kuna", 5000, "HRK"),
    ("Bonds worth 10 billion AOA were sold.", "10 billion AOA", 1e10, "AOA"),
    ("A beer costs 7 bucks downtown.", "7 bucks", 7, "USD"),
    ("He sold the bike for 50 quid.", "50 quid", 50, "GBP"),
    ("A coffee in Budapest costs 900 Ft.", "900 Ft", 900, "HUF"),
    ("The hacker demanded 10 bitcoins.", "10 bitcoins", 10, "BTC"),
    ("The wallet held 1.5 BTC.", "1.5 BTC", 1.5, "BTC"),
    ("Teachers earn FCFA 300,000 a month.", "FCFA 300,000", 3e5, None),
]




# Words that spell a currency's code or slang name but are not money here.
NOT_CURRENCIES = [
    "The Bucks won 110-100 on Sunday.",
    "ALL 5 candidates were cleared.",
    "Shares of AMD rose 5 percent.",
    "The fence is 50 ft tall.",
]


@pytest.mark.parametrize("sentence", NOT_CURRENCIES)
def test_a_code_or_slang_word_in_other_use_is_no_money(sentence):
    assert not [m.text for m in figures(sentence) if m.kind == "money"]


# Holidays of many countries fixed by date, by the nth weekday of a month, or by Easter, with their
# year. (sentence, holiday as written, day)
HOLIDAYS_BY_RULE = [
    ("Parades filled Los Angeles on Cinco de Mayo 2019.", "Cinco de Mayo 2019", dt.date(2019, 5, 5)),
    ("Shops in Dublin stayed shut on St Stephen's Day 2022.", "St Stephen's Day 2022", dt.date(2022, 12, 26)),
    ("Protesters marched on Waitangi Day 2024.", "Waitangi Day 2024", dt.date(2024, 2, 6)),
    ("Leaders laid wreaths on Gandhi Jayanti 2019.", "Gandhi Jayanti 2019", dt.date(2019, 10, 2)),
    ("Schools planted trees on Arbor Day 2022.", "Arbor Day 2022", dt.date(2022, 4, 29)),
    ("Families gathered for Grandparents Day 2023.", "Grandparents Day 2023", dt.date(2023, 9, 10)),
    ("Banks in Canada shut for the Civic Holiday 2024.", "Civic Holiday 2024", dt.date(2024, 8, 5)),
    ("The favourite won on Melbourne Cup Day 2023.", "Melbourne Cup Day 2023", dt.date(2023, 11, 7)),
    ("Rallies were held on Indigenous Peoples' Day 2023.", "Indigenous Peoples' Day 2023", dt.date(2023, 10, 9)),
    ("Markets closed for Washington's Birthday 2024.", "Washington's Birthday 2024", dt.date(2024, 2, 19)),
    ("Pancakes were tossed on Pancake Day 2024.", "Pancake Day 2024", dt.date(2024, 2, 13)),
    ("The fast of Great Lent 2024 began in Athens.", "Great Lent 2024", dt.date(2024, 3, 18)),
    ("Cape Town marked the Day of Reconciliation 2023.", "Day of Reconciliation 2023", dt.date(2023, 12, 16)),
    ("Manila honoured Rizal Day 2022 with a parade.", "Rizal Day 2022", dt.date(2022, 12, 30)),
    ("Paramedics visited schools on EMSC Day 2019.", "EMSC Day 2019", dt.date(2019, 5, 22)),
    ("Mumbai's Parsis feasted on Jamshedi Navroz 2022.", "Jamshedi Navroz 2022", dt.date(2022, 8, 16)),
    # a filing deadline on a weekend or a day off moves to the next working day
    ("Returns were due on Tax Day 2022, the IRS said.", "Tax Day 2022", dt.date(2022, 4, 18)),
    ("Filers rushed before the deadline of Tax Day 2023.", "Tax Day 2023", dt.date(2023, 4, 18)),
    ("Tax Day 2024 fell on a Monday.", "Tax Day 2024", dt.date(2024, 4, 15)),
]




# An amount whose cents follow as a bare number that ends the clause: "$20 43", "twelve pounds fifty".
# (sentence, amount as written, value, currency)
CENTS_WITHOUT_THEIR_NAME = [
    ("A pint now costs four pounds fifty.", "four pounds fifty", 4.5, "GBP"),
    ("The fare went up to $2 75.", "$2 75", 2.75, "USD"),
    ("Bread costs 3 euros and twenty, the baker said.", "3 euros and twenty", 3.2, "EUR"),
    ("The shares closed at US$14 and five.", "US$14 and five", 14.05, "USD"),
    ("A meal costs 12 CHF and 40.", "12 CHF and 40", 12.4, "CHF"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), CURRENCIES_OF_THE_WORLD + CENTS_WITHOUT_THEIR_NAME)
def test_a_currency_by_name_code_or_symbol_and_cents_without_their_name(sentence, phrase, value, unit):
    found = [m for m in figures(sentence) if m.kind == "money"]
    assert [(m.text, m.value, m.unit) for m in found] == [(phrase, pytest.approx(value), unit)]


# A number after an amount that goes on to a noun, a range's other end or a one-digit count is no cents.
NOT_CENTS = [
    ("Tickets cost $20 and 30 people came.", [20]),
    ("Shares rose to $20, 43 analysts said.", [20]),
    ("He paid £5 5 times.", [5]),
    ("Seats cost between $20 and 30.", [25]),
    ("The price fell from £12 and 50 to £10.", [12, 10]),
]


@pytest.mark.parametrize(("sentence", "values"), NOT_CENTS)
def test_a_number_after_an_amount_that_is_not_its_cents(sentence, values):
    assert [m.value for m in figures(sentence) if m.kind == "money"] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The account stood at minus $5,000 in May.", -5000),
        ("Net cash was negative £3m at the year's end.", -3e6),
        ("The balance is minus 200 euros.", -200),
    ],
)
def test_minus_in_words_before_an_amount_makes_it_negative(sentence, value):
    assert [m.value for m in figures(sentence) if m.kind == "money"] == [pytest.approx(value)]


# Counted weekdays and halves of a year written number first (published Wednesday 12 June 2024).
# (sentence, text, first day, last day)
COUNTED_WEEKDAYS_AND_HALVES = [
    ("The talks collapsed two Fridays ago.", "two Fridays ago", dt.date(2024, 5, 31), dt.date(2024, 5, 31)),
    ("Voting closes three Sundays from now.", "three Sundays from now", dt.date(2024, 6, 30), dt.date(2024, 6, 30)),
    ("The fire started 4 Mondays ago.", "4 Mondays ago", dt.date(2024, 5, 20), dt.date(2024, 5, 20)),
    ("Margins widened in 1H 2024, the bank said.", "1H 2024", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    ("Orders slowed in 2H23 as rates rose.", "2H23", dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
    ("The market was shut 10 Dec - 12 Dec 2023.", "10 Dec - 12 Dec 2023", dt.date(2023, 12, 10), dt.date(2023, 12, 12)),
    ("Polls were open 3rd March - 5th March 2022.", "3rd March - 5th March 2022", dt.date(2022, 3, 3), dt.date(2022, 3, 5)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), COUNTED_WEEKDAYS_AND_HALVES)
def test_counted_weekdays_halves_and_runs_of_days(sentence, phrase, first, last):
    assert day_span(sentence, phrase, PUBLISHED) == (first, last)


def test_a_lower_case_h_after_a_number_is_hours_not_a_half():
    assert [m.text for m in dates("The race took 2h 15 minutes in 2024.", PUBLISHED)] == ["2024"]


# Indian copy groups digits by lakh and crore: "1,00,000" is a hundred thousand. (sentence, figure, value)
INDIAN_DIGIT_GROUPS = [
    ("Each family got Rs 1,50,000 in relief.", "Rs 1,50,000", 150000),
    ("A fine of ₹10,00,000 was imposed on the builder.", "₹10,00,000", 1e6),
    ("The district counted 1,23,45,678 voters.", "1,23,45,678", 12345678),
    ("Some 2,50,000 pilgrims reached the shrine.", "2,50,000", 250000),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), INDIAN_DIGIT_GROUPS)
def test_digits_grouped_by_lakh_and_crore(sentence, phrase, value):
    assert figure_value(sentence, phrase) == pytest.approx(value)


# A power written with a caret; signs before the exponent cancel in pairs. (sentence, figure, value)
POWERS = [
    ("The model holds 2^10 entries.", "2^10", 1024),
    ("Growth compounds as 1.05^10 over the decade.", "1.05^10", 1.05**10),
    ("The error shrinks to 10^-3.", "10^-3", 1e-3),
    ("The score fell to -2^--3 on the test.", "-2^--3", -8),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), POWERS)
def test_a_power_with_a_caret(sentence, phrase, value):
    assert figure_value(sentence, phrase) == pytest.approx(value)


# The part of the current period written as capitals, and other spellings of named days
# (published Tuesday 12 February 2013). (sentence, text, first day, last day)
PARTS_AND_SPELLINGS = [
    ("Figures are due at the EOM, the ministry said.", "EOM", dt.date(2013, 2, 21), dt.date(2013, 2, 28)),
    ("The budget will be set at the BOM.", "BOM", dt.date(2013, 2, 1), dt.date(2013, 2, 10)),
    ("Hiring will pick up by EOY.", "EOY", dt.date(1, 1, 1), dt.date(2013, 12, 31)),
    ("The talks resume this week-end in Geneva.", "this week-end", dt.date(2013, 2, 16), dt.date(2013, 2, 17)),
    ("Pubs were busy on St Paddy's Day 2012.", "St Paddy's Day 2012", dt.date(2012, 3, 17), dt.date(2012, 3, 17)),
    ("Churches filled on Orthodox Great Friday 2021.", "Orthodox Great Friday 2021", dt.date(2021, 4, 30),
     dt.date(2021, 4, 30)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), PARTS_AND_SPELLINGS)
def test_parts_written_as_capitals_and_spellings_of_named_days(sentence, phrase, first, last):
    assert day_span(sentence, phrase, dt.date(2013, 2, 12)) == (first, last)


@pytest.mark.parametrize("sentence", ["The boy was found on the road.", "A bom and an eom are typos."])
def test_the_letters_of_a_part_in_lower_case_are_no_date(sentence):
    assert dates(sentence, dt.date(2013, 2, 12)) == []


# A holiday is written many ways: an apostrophe before or after the s or none, and the spellings
# of other languages' names. (sentence, holiday as written, day)
HOLIDAY_SPELLINGS = [
    ("Florists were busy on Mothers' Day 2019.", "Mothers' Day 2019", dt.date(2019, 5, 12)),
    ("Sales of ties peaked on Fathers' Day 2021.", "Fathers' Day 2021", dt.date(2021, 6, 20)),
    ("Offices closed for President's Day 2022.", "President's Day 2022", dt.date(2022, 2, 21)),
    ("Parades marked Veteran's Day 2019 downtown.", "Veteran's Day 2019", dt.date(2019, 11, 11)),
    ("Clocks went forward on daylight saving time start 2019.", "daylight saving time start 2019", dt.date(2019, 3, 10)),
    ("Families lit candles on Chanukkah 2020.", "Chanukkah 2020", dt.date(2020, 12, 10)),
    ("Synagogues were full on Rosh Hashana 2021.", "Rosh Hashana 2021", dt.date(2021, 9, 6)),
    ("Booths went up for Sukkos 2022.", "Sukkos 2022", dt.date(2022, 10, 9)),
    ("Lamps were lit across India on Deepawali 2023.", "Deepawali 2023", dt.date(2023, 11, 12)),
    ("Effigies burned on Dasara 2022 in Mysuru.", "Dasara 2022", dt.date(2022, 10, 5)),
    ("Temples stayed open all night on Maha Shivratri 2023.", "Maha Shivratri 2023", dt.date(2023, 2, 18)),
    ("Hanoi emptied for Tet 2024 as families travelled home.", "Tet 2024", dt.date(2024, 2, 10)),
    ("Markets closed for Ramadhan 2022 evenings.", "Ramadhan 2022", dt.date(2022, 4, 2)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), HOLIDAYS_BY_RULE + HOLIDAY_SPELLINGS)
def test_a_holiday_by_its_rule_or_another_spelling(sentence, phrase, day):
    assert (day_span(sentence, phrase, dt.date(2026, 1, 5)) or (None,))[0] == day


# A whole and a fraction in digits joined by "and", and "per-cent" with a hyphen.
@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The journey took 3 and 1/2 hours.", "3 and 1/2 hours", 3.5),
        ("Rates rose 5 and 1/4 percent over the year.", "5 and 1/4 percent", 5.25),
        ("The index gained 2 and 3/4 points.", "2 and 3/4 points", 2.75),
        ("Wages rose 4 per-cent last year.", "4 per-cent", 4),
    ],
)
def test_a_whole_and_a_fraction_and_per_cent_hyphenated(sentence, phrase, value):
    assert figure_value(sentence, phrase) == pytest.approx(value)


# A headline in title case keeps a number after a capitalised verb; a name's number stays a name's.
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Death Toll Is 300, Officials Say", [300]),
        ("Quake Toll Hits 450 As Rescuers Dig", [450]),
        ("Flood Dead Reach 120, Ministry Says", [120]),
        ("Resident Evil 5 was released in the spring.", []),
        ("The sequel Rio 2, released later, did well.", []),
    ],
)
def test_a_title_case_headline_keeps_its_numbers(sentence, values):
    assert [m.value for m in figures(sentence) if m.kind == "number"] == values


# A weekday joined to one with a modifier shares it: "next Tuesday or Wednesday" (published
# Wednesday 6 December 2017). (sentence, the bare weekday, its day)
SHARED_WEEKDAY_MODIFIERS = [
    ("The vote is next Tuesday or Wednesday.", "Wednesday", dt.date(2017, 12, 13)),
    ("It happened last Monday or Tuesday, police said.", "Tuesday", dt.date(2017, 11, 28)),
    ("Fighting raged last Friday, Saturday and Sunday.", "Sunday", dt.date(2017, 12, 3)),
    ("Talks end next week Thursday or Friday.", "Friday", dt.date(2017, 12, 15)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), SHARED_WEEKDAY_MODIFIERS)
def test_a_weekday_joined_to_a_modified_one_shares_its_modifier(sentence, phrase, day):
    assert day_span(sentence, phrase, dt.date(2017, 12, 6)) == (day, day)


def test_a_weekday_in_the_next_clause_keeps_its_own_reading():
    found = dates("Polls open next Monday; Tuesday was quiet.", dt.date(2017, 12, 6))
    assert [(m.text, m.date) for m in found][-1] == ("Tuesday", dt.date(2017, 12, 5))


# Air pressure in weather copy: hectopascals, millibars, kilopascals, psi and inches of mercury.
@pytest.mark.parametrize(
    ("sentence", "phrase", "unit"),
    [
        ("The storm's central pressure fell to 950 millibars.", "950 millibars", "hPa"),
        ("Pressure at the airport read 1013 hPa at noon.", "1013 hPa", "hPa"),
        ("The barometer showed 29.92 inHg.", "29.92 inHg", "inHg"),
        ("Tyres should be kept at 32 psi.", "32 psi", "psi"),
    ],
)
def test_air_pressure_units(sentence, phrase, unit):
    assert [(m.text, m.unit) for m in figures(sentence)] == [(phrase, unit)]


# Phrases that share words with a holiday's name but name none.
@pytest.mark.parametrize(
    "sentence",
    [
        "The diner serves great fast food, reviewers said.",
        "Thousands visited the town's spring festival last week.",
        "Bristol's lantern festival drew crowds.",
        "Police in Corpus Christi, Texas, made an arrest.",
        "Turnout was high on election day in Nigeria.",
    ],
)
def test_a_common_phrase_is_no_holiday(sentence):
    assert not [m.text for m in dates(sentence, dt.date(2026, 1, 5)) if "week" not in m.text]


# A range whose scale, currency or sign is written once: the dash joins two figures in digits,
# whatever is written on either side of it. (sentence, range as written, midpoint)
RANGES_SHARING_A_SCALE = [
    ("Estimates put the crowd at 1.5-2 million.", "1.5-2 million", 1.75e6),
    ("The repairs will cost $5-10 million.", "$5-10 million", 7.5e6),
    ("Growth was 5%-6% in the quarter.", "5%-6%", 5.5),
    ("Officials expect 2.5–3 billion in losses.", "2.5–3 billion", 2.75e9),
    ("Bonuses of £2-3m were paid.", "£2-3m", 2.5e6),
    ("Rates may rise 0.25%-0.5% this year.", "0.25%-0.5%", 0.375),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), RANGES_SHARING_A_SCALE)
def test_a_range_written_with_its_scale_once_is_one_figure(sentence, phrase, value):
    found = [m for m in figures(sentence) if m.text == phrase]
    assert found, [(m.text, m.value) for m in figures(sentence)]
    assert found[0].value == pytest.approx(value)


def test_a_minus_after_a_space_still_signs_a_percent():
    assert [m.value for m in figures("Sales rose 5% and margins moved -6% in the year.")] == [5, -6]


# A run of days across two months: the day after the first month is that month's, and the
# second date may follow a dash glued to the first's year. (sentence, first day, last day)
RUNS_ACROSS_MONTHS = [
    ("The festival runs May 30-June 2.", dt.date(2024, 5, 30), dt.date(2024, 6, 2)),
    ("The summit runs Sept. 29 - Oct. 3.", dt.date(2024, 9, 29), dt.date(2024, 10, 3)),
    ("The show ran Dec. 28, 2023-Jan. 3, 2024.", dt.date(2023, 12, 28), dt.date(2024, 1, 3)),
    ("The strike ran 28 December 2023-3 January 2024.", dt.date(2023, 12, 28), dt.date(2024, 1, 3)),
    ("Voting ran 30 April-2 May.", dt.date(2024, 4, 30), dt.date(2024, 5, 2)),
]


@pytest.mark.parametrize(("sentence", "first", "last"), RUNS_ACROSS_MONTHS)
def test_a_run_of_days_across_two_months_is_one_range(sentence, first, last):
    found = dates(sentence, PUBLISHED)
    assert [(m.date, m.date_end) for m in found] == [(first, last)]


def test_a_day_before_a_month_after_a_dash_is_still_that_months_day():
    assert [m.date for m in dates("The ceasefire began on 30-June.", PUBLISHED)] == [dt.date(2023, 6, 30)]


# A quarter or a half with its year after "of", and a quarter named by the month that ends it.
# (sentence, first day, last day)
QUARTERS_WITH_THEIR_YEAR = [
    ("Sales rose in Q4 of 2022.", dt.date(2022, 10, 1), dt.date(2022, 12, 31)),
    ("Deliveries fell in H2 of 2023.", dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
    ("Profit rose in the March quarter.", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
    ("Exports fell in the September quarter.", dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
    ("Output rose in the December 2022 quarter.", dt.date(2022, 10, 1), dt.date(2022, 12, 31)),
    ("Margins fell in the June quarter of 2021.", dt.date(2021, 4, 1), dt.date(2021, 6, 30)),
]


@pytest.mark.parametrize(("sentence", "first", "last"), QUARTERS_WITH_THEIR_YEAR)
def test_a_quarter_with_its_year_or_its_last_month(sentence, first, last):
    found = dates(sentence, PUBLISHED)
    assert [(m.date, m.date_end) for m in found] == [(first, last)]


def test_a_month_that_ends_no_quarter_names_none():
    assert not [m for m in dates("Sales rose in the May quarter.", PUBLISHED) if m.grain == "quarter"]


# A year in words after the month or the day it dates, and a round thousand after "the year".
# (sentence, date as written, first day, last day)
DATES_WITH_YEARS_IN_WORDS = [
    ("The treaty was signed on March fifth, nineteen ninety.", "March fifth, nineteen ninety",
     dt.date(1990, 3, 5), dt.date(1990, 3, 5)),
    ("The bridge opened on the twenty-fifth of December, two thousand and one.",
     "twenty-fifth of December, two thousand and one", dt.date(2001, 12, 25), dt.date(2001, 12, 25)),
    ("Crowds gathered on 4th July, nineteen seventy-six.", "4th July, nineteen seventy-six",
     dt.date(1976, 7, 4), dt.date(1976, 7, 4)),
    ("The mill closed in June nineteen ninety.", "June nineteen ninety", dt.date(1990, 6, 1), dt.date(1990, 6, 30)),
    ("The strike began in May of nineteen eighty-four.", "May of nineteen eighty-four",
     dt.date(1984, 5, 1), dt.date(1984, 5, 31)),
    ("The clock was wound in the year two thousand.", "two thousand", dt.date(2000, 1, 1), dt.date(2000, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), DATES_WITH_YEARS_IN_WORDS)
def test_a_date_with_its_year_in_words(sentence, phrase, first, last):
    assert day_span(sentence, phrase, PUBLISHED) == (first, last)


# A count in words after a date stays a count.
COUNTS_AFTER_DATES = [
    "On March 3, nineteen people died.",
    "By June, fifteen hundred homes were empty.",
    "In the year two thousand people died.",
]


@pytest.mark.parametrize("sentence", COUNTS_AFTER_DATES)
def test_a_count_in_words_after_a_date_is_no_year(sentence):
    assert not [m for m in dates(sentence, PUBLISHED) if m.grain == "year"]


# Periods and weekdays by their abbreviations: "last wk", "this qtr", "next Thurs".
# (sentence, date as written, first day, last day)
ABBREVIATED_PERIODS = [
    ("Orders fell last wk, the firm said.", "last wk", dt.date(2024, 6, 3), dt.date(2024, 6, 9)),
    ("Prices rose last mth.", "last mth", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
    ("Sales fell this qtr.", "this qtr", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    ("Talks resume next Thurs, aides said.", "next Thurs", dt.date(2024, 6, 20), dt.date(2024, 6, 20)),
    ("The vote was held on Tues, officials said.", "Tues", dt.date(2024, 6, 11), dt.date(2024, 6, 11)),
    ("The index rose 3 wks ago.", "3 wks ago", dt.date(2024, 5, 22), dt.date(2024, 5, 22)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), ABBREVIATED_PERIODS)
def test_periods_and_weekdays_by_their_abbreviations(sentence, phrase, first, last):
    assert day_span(sentence, phrase, PUBLISHED) == (first, last)


# Words that look like an abbreviation, or a plural period, that name no date.
NOT_ABBREVIATED_DATES = [
    "The couple will wed in a small chapel.",
    "The Sun printed the story first.",
    "Temples have stood here over the past centuries.",
    "He was released the next day.",
]


@pytest.mark.parametrize("sentence", NOT_ABBREVIATED_DATES)
def test_look_alikes_of_abbreviated_dates_are_no_dates(sentence):
    assert dates(sentence, PUBLISHED) == []


# A holiday whose name is built with "of" keeps its article after a lead ("on the Ides of March");
# "early" and "late" join their year with a hyphen as "mid" does. (sentence, date as written, first, last)
ARTICLES_AND_HYPHENED_PARTS = [
    ("Senators met on the Ides of March.", "Ides of March", dt.date(2024, 3, 15), dt.date(2024, 3, 15)),
    ("Churches filled on the Feast of the Assumption.", "Feast of the Assumption",
     dt.date(2023, 8, 15), dt.date(2023, 8, 15)),
    ("Output slumped in early-2023.", "early-2023", dt.date(2023, 1, 1), dt.date(2023, 4, 30)),
    ("The plant reopens in late-2025.", "late-2025", dt.date(2025, 9, 1), dt.date(2025, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), ARTICLES_AND_HYPHENED_PARTS)
def test_holidays_named_with_of_and_hyphened_parts_of_a_year(sentence, phrase, first, last):
    assert day_span(sentence, phrase, PUBLISHED) == (first, last)


def test_a_holiday_named_with_of_as_a_subject_is_no_date():
    assert dates("The Feast of the Assumption is a public holiday in France.", PUBLISHED) == []


# Wire copy gives a clock time in a zone, then its weekday: the zone's letters name nothing.
# (sentence, weekday, its day)
WEEKDAYS_AFTER_ZONED_TIMES = [
    ("The quake struck at 0300 GMT Tuesday, the agency said.", "Tuesday", dt.date(2024, 6, 11)),
    ("Polls closed at 8pm EST Sunday.", "Sunday", dt.date(2024, 6, 9)),
    ("The ship sank at 1500 UTC Friday.", "Friday", dt.date(2024, 6, 7)),
    ("Trading halted at 11 a.m. ET Monday.", "Monday", dt.date(2024, 6, 10)),
]


@pytest.mark.parametrize(("sentence", "phrase", "day"), WEEKDAYS_AFTER_ZONED_TIMES)
def test_a_weekday_after_a_time_in_a_zone_is_a_date(sentence, phrase, day):
    assert day_span(sentence, phrase, PUBLISHED) == (day, day)


# Business periods: a run of quarters or months that shares its year, a fiscal quarter, a
# fiscal year with a hyphen, a calendar year. (sentence, period as written, first day, last day)
SHARED_YEARS_OF_PERIODS = [
    ("Profit rose in Q1-Q3 2023.", "Q1-Q3 2023", dt.date(2023, 1, 1), dt.date(2023, 9, 30)),
    ("Profit rose in Q2 and Q3 2023.", "Q2 and Q3 2023", dt.date(2023, 4, 1), dt.date(2023, 9, 30)),
    ("Margins fell in the April-June quarter of 2023.", "April-June quarter of 2023",
     dt.date(2023, 4, 1), dt.date(2023, 6, 30)),
    ("Profit rose in FY-24.", "FY-24", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ("Sales grew in calendar 2023.", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), SHARED_YEARS_OF_PERIODS)
def test_runs_of_periods_that_share_their_year(sentence, phrase, first, last):
    assert day_span(sentence, phrase, PUBLISHED) == (first, last)


def test_a_quarter_after_fiscal_is_a_period():
    found = dates("Profit rose in fiscal Q3.", PUBLISHED)
    assert [m.text for m in found] == ["Q3"]


# Percent by every plural of its name. (sentence, value)
PERCENT_PLURALS = [
    ("Approval rose by 15 percentages in the poll.", 15),
    ("Turnout was 62 per cents, officials said.", 62),
    ("Support reached twenty-five percents.", 25),
]


@pytest.mark.parametrize(("sentence", "value"), PERCENT_PLURALS)
def test_percent_by_a_plural_of_its_name(sentence, value):
    assert [(m.kind, m.value) for m in figures(sentence)] == [("percent", value)]


# A change and the level it reached, each with its own unit, are two figures; a range of
# changes writes its unit once or follows "by". (sentence, values)
CHANGES_TO_LEVELS = [
    ("Shares rose 12p to 345p in London.", [0.12, 3.45]),
    ("The stock fell 45 cents to $12.30.", [0.45, 12.3]),
    ("Yields climbed 5% to 20% over the year.", [5, 20]),
    ("Prices rose by 5 to 10 percent.", [7.5]),
    ("Tickets cost $5 to $10 a head.", [7.5]),
    ("Output rose 10 to 20 tonnes.", [15]),
]


@pytest.mark.parametrize(("sentence", "values"), CHANGES_TO_LEVELS)
def test_a_change_then_its_level_is_no_range(sentence, values):
    assert [m.value for m in figures(sentence)] == [pytest.approx(v) for v in values]


# A year cut to two digits after an apostrophe, behind a cue as a full year is.
# (sentence, year as written, first day, last day)
CLIPPED_YEARS = [
    ("The club was founded in '98 by fans.", "'98", dt.date(1998, 1, 1), dt.date(1998, 12, 31)),
    ("The plant closed in mid-'23.", "mid-'23", dt.date(2023, 5, 1), dt.date(2023, 8, 31)),
    ("Rents have doubled since ’05 in the city.", "’05", dt.date(2005, 1, 1), dt.date(9999, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), CLIPPED_YEARS)
def test_a_clipped_year_after_a_cue(sentence, phrase, first, last):
    assert day_span(sentence, phrase, PUBLISHED) == (first, last)


def test_a_clipped_number_in_quotes_is_no_year():
    assert not dates("He kept repeating 'in '98' to the court.", PUBLISHED)


# A measure written in a larger unit and then a smaller one: one figure, in the smaller unit.
COMPOUND_MEASURES = [
    ("Vela won the race in 2 hours 5 minutes.", "2 hours 5 minutes", 125.0, "minute"),
    ("Vela won the race in two hours and five minutes.", "two hours and five minutes", 125.0, "minute"),
    ("The suspect is 5 feet 11 inches tall.", "5 feet 11 inches", 71.0, "inch"),
    ("The appeal took 3 years, 2 months.", "3 years, 2 months", 38.0, "month"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), COMPOUND_MEASURES)
def test_a_compound_measure_is_one_figure(sentence, phrase, value, unit):
    (m,) = figures(sentence)
    assert (m.text, m.value, m.unit) == (phrase, value, unit)
    assert m.low <= value <= m.high


# Look-alikes: two figures side by side that are no compound.
NOT_COMPOUNDS = [
    "The fire killed 3 people, 5 children among them.",  # counts of two kinds, which do not convert
    "The drive took 20 minutes and 2 hours more on the way back.",  # the smaller unit first
    "The delay was 2 hours, then 90 minutes on the return.",  # 90 minutes is no part of an hour
]


@pytest.mark.parametrize("sentence", NOT_COMPOUNDS)
def test_two_figures_side_by_side_stay_two(sentence):
    assert len(figures(sentence)) == 2
