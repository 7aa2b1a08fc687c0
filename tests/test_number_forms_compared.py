"""Figures in the forms news writes them, against the same figure written otherwise.

A length of time that qualifies a noun ("a three-year contract", "a 9-second
margin", "a 12-month ban") is the noun's figure, whichever word the other
report uses for it ("deal", "suspension"); a count beside a ranked pool
("48 losses against Top 20 players") is the player's own. Each case gives a
figure, a report that contradicts it and one that agrees with it.
"""

from __future__ import annotations

import pytest

import consistency


def _undated_errors(tmp_path, first: str, second: str) -> set[str]:
    for name, text in (("a", first), ("b", second)):
        (tmp_path / f"{name}.txt").write_text(f"{text}\n", encoding="utf-8")
    return {d.kind for d in consistency.check([tmp_path]).discrepancies if d.severity.name == "error"}


# (a figure, a report that contradicts it, a report that agrees with it)
DURATIONS = [
    ("Midfielder Tomas Brek signed a three-year contract with Harlow City.",
     "Tomas Brek joined Harlow City on a five-year deal.", "Tomas Brek joined Harlow City on a three-year deal."),
    ("Striker Ana Ruiz was handed a three-match ban for the tackle.",
     "Ana Ruiz received a five-match suspension for the tackle.",
     "Ana Ruiz received a three-match suspension for the tackle."),
    ("The Orsa council gave the firm a 10-year lease on the old harbour.",
     "The firm holds a 25-year lease on the old Orsa harbour.", "The firm holds a ten-year lease on the old Orsa harbour."),
    ("Lena Vell won the Kael stage by a 9-second margin.",
     "Lena Vell won the Kael stage by a margin of 14 seconds.", "Lena Vell won the Kael stage by a margin of 9 seconds."),
    ("The Kael mayor was handed a 12-month ban from office.",
     "The Kael mayor was banned from office for 18 months.", "The Kael mayor was banned from office for a year."),
]

RECORDS = [
    ("Kara Lind beat Ines Calder in Rome. It gives her a record of 36 wins and 48 losses against Top 20 players.",
     "Kara Lind has 49 losses against Top 20 players.", "Kara Lind has 48 losses against Top 20 players."),
    ("The win leaves Harlow City with 14 wins and 9 defeats against Top 10 sides this season.",
     "Harlow City have 12 defeats against Top 10 sides this season.",
     "Harlow City have 9 defeats against Top 10 sides this season."),
]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a 9-second difference", "second"),
        ("a 10-second penalty", "second"),
        ("a three-year contract", "year"),
        ("a 12-month ban", "month"),
    ],
)
def test_a_length_of_time_before_a_noun_is_a_quantity(text, unit):
    (figure,) = [m for m in consistency.mentions(text) if m.kind in ("number", "quantity")]
    assert (figure.kind, figure.unit) == ("quantity", unit)


@pytest.mark.parametrize("text", ["She finished second in the Kael stage.", "The 2 second-half goals came late."])
def test_second_alone_is_no_unit(text):
    assert not [m for m in consistency.mentions(text) if m.unit == "second"]


def test_top_before_a_number_is_no_name():
    names = [m.text for m in consistency.mentions("She has 48 losses against Top 20 players.") if m.kind == "entity"]
    assert "Top" not in names


# A count given as a rise ("reached", "has risen to") against bounds on the same counts. With no date
# anywhere nothing orders the two reports into updates, so they speak for one moment; dated on two days,
# the later bound is an update of the series.
SERIES = [
    ("Confirmed cases in Kael reached 1,617, recoveries reached 153 and deaths reached 113.",
     "There have been more than 1,650 cases in Kael, more than 160 recoveries and more than 115 deaths.",
     "There have been more than 1,600 cases in Kael, more than 150 recoveries and more than 110 deaths."),
    ("The death toll from the Orsa floods has risen to 63.",
     "The Orsa floods have killed more than 80 people.", "The Orsa floods have killed at least 60 people."),
    ("The number of people evacuated from Vell has climbed to 4,200, officials said.",
     "Officials said fewer than 3,000 people had been evacuated from Vell.",
     "Officials said fewer than 5,000 people had been evacuated from Vell."),
]


@pytest.mark.parametrize(("rise", "outside", "within"), SERIES)
def test_a_rising_count_in_two_undated_reports_is_of_one_moment(tmp_path, rise, outside, within):
    assert "value-conflict" in _undated_errors(tmp_path, rise, outside)
    assert _undated_errors(tmp_path, rise, within) == set()


@pytest.mark.parametrize(("rise", "later"), [(rise, outside) for rise, outside, _ in SERIES])
def test_a_rising_count_reported_on_another_day_is_an_update(tmp_path, rise, later):
    (tmp_path / "a.md").write_text(f"---\ndate: 2024-05-02\n---\n\n{rise}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2024-05-04\n---\n\n{later}\n", encoding="utf-8")
    kinds = {d.kind for d in consistency.check([tmp_path]).discrepancies}
    assert "value-conflict" not in kinds


# A range written with both its ends says when a thing began and when it ended: another range of the
# same thing whose start or end differs contradicts it, though the two overlap. A day or a year within
# the range is no range, and agrees with it.
SPANS = [
    ("The Orsa bridge was built between March 2019 and June 2021.",
     "The Orsa bridge was built between January 2019 and June 2021.",
     "The Orsa bridge was built from March 2019 to June 2021."),
    ("The band recorded the Harlow album between November 1970 and January 1971.",
     "The band recorded the Harlow album between December 1970 and March 1971.",
     "The band recorded the Harlow album from November 1970 to January 1971."),
    ("The Kael trial ran from March 3 to April 2, 2024.",
     "The Kael trial ran from March 3 to April 12, 2024.", "The Kael trial ran between March 3 and April 2, 2024."),
    ("Lena Vell was mayor of Orsa from 1998 to 2004.",
     "Lena Vell was mayor of Orsa between 1998 and 2006.", "Lena Vell was mayor of Orsa in 2001."),
    ("The Vell strike lasted from 12 May to 3 June 2023.",
     "The Vell strike lasted from 2 May to 3 June 2023.", "The Vell strike lasted from May 12 to June 3, 2023."),
]


# The day a thing began or ended against its range: the start is compared with the range's first end, the end
# with its last, though the day lies within the range ("began in May 2019" against "from March 2019").
SPAN_ENDS = [
    ("Construction of the Kael bridge ran from March 2019 to June 2022.",
     "Construction of the Kael bridge began in May 2019.", "Construction of the Kael bridge began in March 2019."),
    ("The Orsa trial lasted from 3 May to 20 June 2023.",
     "The Orsa trial ended on 10 June 2023.", "The Orsa trial ended on 20 June 2023."),
    ("The Vell exhibition ran from 12 May to 3 June 2023.",
     "The Vell exhibition started on 20 May 2023.", "The Vell exhibition started on 12 May 2023."),
]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("between December 1970 and March 1971", "1970-12/1971-03"),
        ("from 12 May to 3 June 2023", "2023-05-12/2023-06-03"),
        ("from 1998 to 2004", "1998/2004"),
        ("in March 1971", None),
        ("in the second half of 2023", None),
    ],
)
def test_a_range_written_with_both_ends_keeps_them(text, canonical):
    (date,) = [m for m in consistency.mentions(text) if m.kind == "date"]
    assert date.canonical == canonical


# A place among the first few: "in the top 10" is a place from 1 to 10, "outside the top 10" (or "missed a
# spot in", "never made", "not in" the top 10) one below it; an ordinal place is checked against either.
PLACES = [
    ("The Harlow film was the third most successful release of 2023.",
     "The Harlow film missed a spot in the top 20 releases of 2023.",
     "The Harlow film was among the top 5 releases of 2023."),
    ("Lena Vell finished 14th in the Kael marathon.",
     "Lena Vell finished in the top 10 in the Kael marathon.",
     "Lena Vell finished outside the top 10 in the Kael marathon."),
    ("The Orsa single peaked at number three in Britain.",
     "The Orsa single never made the top 10 in Britain.", "The Orsa single reached the top five in Britain."),
    ("Vell Bank is the 12th largest lender in Ruritania.",
     "Vell Bank is not in the top 20 lenders in Ruritania.", "Vell Bank is outside the top 10 lenders in Ruritania."),
    # a place bounded by another on the same scale: "smaller than the 15th largest" is below 15th,
    # "richer than the 25th wealthiest" above 25th
    ("Vell Bank is the 12th largest lender in Ruritania.",
     "Vell Bank is smaller than the 15th largest lender in Ruritania.",
     "Vell Bank is smaller than the 10th largest lender in Ruritania."),
    ("Arlo Venn is the 30th richest person in Ruritania.",
     "Arlo Venn is richer than the 25th wealthiest person in Ruritania.",
     "Arlo Venn is richer than the 40th wealthiest person in Ruritania."),
    ("The Harlow film was the fourth most successful release of 2023.",
     "The Harlow film was less successful than the sixth most successful release of 2023.",
     "The Harlow film was more successful than the sixth most successful release of 2023."),
]


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("The song reached the top 10 in Britain.", (0.0, 10.0)),
        ("The film is among the top five of the year.", (0.0, 5.0)),
        ("The film missed a spot in the top 20 of the year.", (20.0, float("inf"))),
        ("The song dropped out of the top 40 last week.", (40.0, float("inf"))),
    ],
)
def test_the_top_few_is_a_bounded_place(text, interval):
    (place,) = [m for m in consistency.mentions(text) if m.unit == "rank"]
    assert (place.low, place.high) == interval


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("Walton is poorer than the 17th wealthiest person.", (17.0, float("inf"))),
        ("Walton is richer than the 17th wealthiest person.", (0.0, 17.0)),
        ("He is older than the 3rd youngest player.", (3.0, float("inf"))),
        ("The film did better than the fifth biggest film.", (4.5, 5.5)),  # two scales: no bound
    ],
)
def test_a_place_bounded_on_its_scale(text, interval):
    (place,) = [m for m in consistency.mentions(text) if m.unit == "rank"]
    assert (place.low, place.high) == interval


def test_each_place_of_a_sentence_is_read_on_its_own():
    text = "Vell Bank is smaller than the 15th largest lender and the third oldest in Ruritania."
    places = [(m.text, m.low, m.high) for m in consistency.mentions(text) if m.unit == "rank"]
    assert places == [("15th", 15.0, float("inf")), ("third", 2.5, 3.5)]


@pytest.mark.parametrize("text", [
    "She has 48 losses against Top 20 players.",  # a label
    "The tax falls on the top 1% of earners.",  # a share
    "The list ranks the top 10,000 firms.",  # a count
])
def test_a_top_few_that_is_no_place(text):
    assert not [m for m in consistency.mentions(text) if m.unit == "rank"]


# A year in parentheses after a name is that name's year ("Kael Nights (1998)"), not the year of the
# other names in its sentence.
TITLED_YEARS = [
    ("Ines Calder starred in Harbour Lights (2011) and The Orsa Affair (2015).",
     "Ines Calder starred in The Orsa Affair (2017).", "Ines Calder starred in The Orsa Affair (2015)."),
    ("The director's debut, Kael Nights (1998), won in Cannes.",
     "The director's debut Kael Nights (2001) won in Cannes.", "The director's debut Kael Nights (1998) won in Cannes."),
    ("The novelist Arlo Venn wrote Salt Roads (2004) and Glass Harbour (2009).",
     "Arlo Venn's novel Glass Harbour (2012) sold well.", "Arlo Venn's novel Salt Roads (2004) sold well."),
]


@pytest.mark.parametrize(("text", "years"), [
    ("She starred in Titanic (1997) and Scream 4 (2011).", ["1997", "2011"]),
    ("The film (2015) was a hit.", []),
])
def test_a_year_in_parentheses_after_a_name(text, years):
    assert [m.text for m in consistency.mentions(text) if m.kind == "date"] == years


# A year that is its clause's subject ("2023 was the hottest year on record") is a date of what the
# clause says, even after a verb of speech: it is what was said, not when.
SUBJECT_YEARS = [
    ("The weather office said 2023 was the hottest year on record in Ruritania.",
     "In Ruritania, 2021 was the hottest year on record, the weather office said.",
     "In Ruritania, 2023 was the hottest year on record, the weather office said."),
    ("For the Kael festival, 2019 was the busiest year, organisers said.",
     "Organisers said that 2021 was the busiest year for the Kael festival.",
     "Organisers said that 2019 was the busiest year for the Kael festival."),
]


@pytest.mark.parametrize(("text", "years"), [
    ("2023 was the hottest year on record.", ["2023"]),
    ('According to the magazine, 1994 "was the year of the shooter".', ["1994"]),
    ("Flight 1994 was delayed by two hours.", []),
])
def test_a_year_that_opens_its_clause(text, years):
    assert [m.text for m in consistency.mentions(text) if m.kind == "date"] == years


@pytest.mark.parametrize(("text", "years"), [
    ("Older locals compare this week to 1988, when seven people died in avalanches.", ["1988"]),
    ("Residents remember 2011, when the river last burst its banks.", ["2011"]),
    ("He scored 1988 when he was 20.", []),
])
def test_a_year_a_clause_of_when_tells_of(text, years):
    assert [m.text for m in consistency.mentions(text) if m.kind == "date" and m.text.isdigit()] == years


@pytest.mark.parametrize(
    ("kind", "claim", "outside", "within"),
    [("value-conflict", *case) for case in DURATIONS + RECORDS + PLACES]
    + [("date-conflict", *case) for case in SPANS + SPAN_ENDS + TITLED_YEARS + SUBJECT_YEARS],
)
def test_a_claim_against_one_report_outside_it_and_one_within(error_kinds, kind, claim, outside, within):
    assert kind in error_kinds(claim, outside)
    assert error_kinds(claim, within) == []
