"""A date that says when a figure held is not the date of an event (two reports of Wednesday 12 March 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.frames import dates_a_figure, periods_a_figure_after
from consistency.model import Sentence
from consistency.parse import mentions

PUBLISHED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the period a company's figure covers
        (
            "Halvard Shipping reported revenue of 3.4 billion crowns in 2024, up from 3.1 billion crowns in 2023.",
            "Halvard Shipping, whose revenue rose to 3.4 billion crowns last year, is based in Bergen.",
        ),
        # a target year of one figure against the expected date of another event
        (
            "The merger of Halvard Shipping and Ostby Lines is expected to close in the second quarter.",
            "Halvard Shipping expects the merger with Ostby Lines to save $80 million a year by 2028.",
        ),
        # a premium to one day's close against the day a bid was announced
        (
            "Halvard Shipping offers a premium of 31 per cent to Ostby Lines' close on Friday.",
            "The Halvard Shipping offer is a premium of 31% to the last Ostby Lines close before it was announced on Monday.",
        ),
        # the day a toll reached a figure against the day of the flood
        (
            "The toll from Sunday's flood in the Drava valley rose to 17 on Monday, the fire service said.",
            "The toll from the flood in the Drava valley rose to 23 on Tuesday, the fire service said.",
        ),
    ],
)
def test_a_figures_own_date_dates_no_event(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Former minister Karl Vesely was convicted of fraud at the Brno regional court on Monday.",
            "Karl Vesely, 61, was convicted of fraud at the Brno regional court on March 3.",
        ),
        (
            "The Drava valley flood struck on Sunday, killing 17 people.",
            "The Drava valley flood struck on Saturday night, the fire service said.",
        ),
    ],
)
def test_an_event_dated_differently_is_still_found(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a count over a year
        ("The port of Karvik handled 6.3 million containers in 2023.",
         "The port of Karvik handled 6.3 million containers in 2021."),
        # a sum with its word of scale written onto its digits
        ("The port of Karvik earned $1.3bn in 2023.", "The port of Karvik earned $1.3bn in 2021."),
        ("The Lindholm museum drew a record 2.2 million visitors in 2024, its director said.",
         "The Lindholm museum drew a record 2.2 million visitors in 2019, its director said."),
        # a deed whose object the figure is
        ("The city council signed a $3.1 billion tram contract in 2024.",
         "The city council signed a $3.1 billion tram contract in 2022."),
        # a level on a day, and a figure said as a change from an earlier year
        ("The Orla reservoir was at 27% of capacity on March 2, the water board said.",
         "The Orla reservoir was at 27% of capacity on February 20, the water board said."),
        ("Measles vaccination among infants rose to 91% from 64% in 2018.",
         "Measles vaccination among infants rose to 91% from 64% in 2014."),
    ],
)
def test_a_figure_given_with_two_dates_is_found(error_kinds, first, second):
    # the same figure with the same words: one of the two dates is wrong, however far apart they lie
    assert "date-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two figures of two years
        ("The port of Karvik handled 6.3 million containers in 2023.",
         "The port of Karvik handled 5.8 million containers in 2022."),
        # the other report gives the year the first one names as well
        ("The port of Karvik handled 6.3 million containers in 2023, up from 5.8 million in 2022.",
         "The port of Karvik handled 5.8 million containers in 2022."),
        # a year's figure against the year before, each sum with its word of scale written onto it
        ("Halvard Shipping reported revenue of £412m last year.",
         "Halvard Shipping's revenue rose to £412m last year from £371m in 2023."),
        # the same figure of another measure
        ("Karvik's unemployment rate was 4% in 2023.", "Karvik's inflation rate was 4% in 2021."),
    ],
)
def test_other_figures_own_dates_are_not_compared(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Sales reached 4.1 million units in 2024.", "2024", True),
        ("The toll rose to 44 on Saturday.", "Saturday", True),
        ("Halvard Shipping's revenue was $2.4bn in 2024.", "2024", True),  # a word of scale written onto it
        ("Orders fell to 40k last month.", "last month", True),
        ("It expects savings of $150 million a year by 2027.", "2027", True),
        ("The bid is a premium of 27% to Friday's close.", "Friday's", True),
        ("The blaze had burned 16,500 hectares by Thursday.", "Thursday", True),  # how far it had come by then
        ("The fire was 10% contained by Wednesday evening.", "Wednesday", True),
        ("Rescuers had pulled 41 survivors from the rubble by Sunday.", "Sunday", True),
        ("A magnitude 5.9 quake on Friday shook the coast.", "Friday", False),  # the event word takes the date
        ("Okafor, 58, was convicted on Wednesday.", "Wednesday", False),  # an age in commas is no figure of the date
        ("The party was founded in 1998 and won in 2021.", "2021", False),  # a year is no figure
        ("Series 4 was filmed in March 2024.", "March 2024", False),  # a verb between: the clause's date
        ("Mali reported 30 more Covid-19 cases on March 12, 2025.", "March 12, 2025", False),  # a name's number
    ],
)
def test_dates_a_figure(text, date, expected):
    (m,) = [m for m in mentions(text, PUBLISHED) if m.kind == "date" and m.text == date]
    assert dates_a_figure(Sentence(0, len(text), text), m) is expected


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # one named thing's event in other words: sank / capsized / the sinking
        ("The ferry Solana sank off Kos on Monday, the coast guard said.",
         "The Solana capsized off Kos on Tuesday with 80 people on board.", True),
        ("The ferry Solana sank off Kos on Monday.", "Monday's sinking of the Solana left 12 dead.", False),
        # an election, a takeover: events of their own
        ("Voters in Belmark went to the polls in Sunday's election.", "The election in Belmark was held on Saturday, officials said.", True),
        ("Ostby Lines completed its acquisition of Halvard Shipping on Monday.",
         "Ostby Lines closed its takeover of Halvard Shipping on Friday.", True),
        # another thing's event of the same kind is not this one's
        ("In 2019 the Liberal Party had won only 41 seats.", "The Liberal Party won Sunday's election with 62 seats.", False),
        ("The Liberal Party won the 2019 election.", "The Liberal Party won the election on Sunday.", False),
        ("The ferry Solana sank off Kos on Monday.", "The ferry Marisol sank off Rhodes on Tuesday.", False),
    ],
)
def test_one_named_event_in_other_words(error_kinds, first, second, flagged):
    assert ("date-conflict" in error_kinds(first, second)) is flagged


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Halvard Shipping reported third-quarter revenue of 3.4 billion crowns on Thursday.", "third-quarter", True),
        ("Its 2024 sales rose to 3.1 billion euros.", "2024", True),
        ("The bank said its first-quarter net profit was $80 million.", "first-quarter", True),
        ("The fourth-quarter results are due in January.", "fourth-quarter", False),  # no figure
        ("In 2024 the port grew by 4%.", "2024", False),  # no measure after the year
        ("On Thursday revenue rose to $2bn.", "Thursday", False),  # a day is when it was said, not a period
    ],
)
def test_periods_a_figure_after(text, date, expected):
    (m,) = [m for m in mentions(text, PUBLISHED) if m.kind == "date" and m.text == date]
    assert periods_a_figure_after(Sentence(0, len(text), text), m) is expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Halvard Shipping reported third-quarter revenue of 3.4 billion crowns on Tuesday.",
         "Halvard Shipping said on Monday it would cut 300 jobs after reporting third-quarter revenue."),
        ("Ostby Lines posted first-half net profit of $210 million on Tuesday, the company said.",
         "Ostby Lines said on Monday that first-half net profit had risen to $210 million."),
        ("Karvik Power reported 2024 revenue of 1.2 billion euros on Tuesday.",
         "Karvik Power said on Monday 2024 revenue reached 1.2 billion euros."),
    ],
)
def test_the_period_a_reported_figure_covers_is_no_date_of_the_report(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        # a figure's own year after a participle or "from": the year it was set, not the sentence's day
        ("Ostravel's 46.2C on Saturday broke the record of 45.4C set in 2019.", "45.4C", 2019),
        ("The 46.2C reading on Saturday beat the previous high of 44.5C from 2019.", "44.5C", 2019),
        ("The new mark of 9.58 seconds on Sunday beat the 9.63 seconds recorded in 2012.", "9.63 seconds", 2012),
    ],
)
def test_a_figures_own_year_after_it(tmp_path, text, figure, year):
    from consistency.engine import claims

    (tmp_path / "a.md").write_text(f"---\ndate: 2025-07-09\n---\n\n{text}\n", encoding="utf-8")
    (found,) = [c for c in claims(tmp_path) if c.mention.text == figure]
    assert (found.time[0].year if found.time and found.time[0] == dt.date(found.time[0].year, 1, 1) else None) == year
