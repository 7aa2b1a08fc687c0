"""Forms of storm, sports, trial and protest reports (two reports of Wednesday 12 March 2025).

A count spelled out or of those in a state ("homes without power") dated by
the day it held; a season counted from publication ("last season"); a
match's sides told from where it was played.
"""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.engine import claims
from consistency.parse.dates import find

PUBLISHED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a spelled-out toll reached on a day against the day the storm struck
        (
            "Storm Hester made landfall near Port Carrow on Tuesday with winds of 110 mph, officials said.",
            "The death toll from Storm Hester rose to five on Wednesday, officials said.",
        ),
        (
            "The Drava valley flood struck on Monday, the fire service said.",
            "The toll from the Drava valley flood climbed to twenty-three on Wednesday, the fire service said.",
        ),
        (
            "Cyclone Mirra hit the Tolland coast on Monday night.",
            "The number of people killed by Cyclone Mirra on the Tolland coast rose to nine on Tuesday.",
        ),
    ],
)
def test_a_spelled_count_dated_by_its_day_dates_no_event(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two counts of homes in a state, each dated by the day it held
        (
            "About 140,000 homes were without power on Tuesday, Coastal Grid said.",
            "Coastal Grid said 61,000 homes were still without power on Wednesday, down from a peak of 140,000.",
        ),
        (
            "Divers searched the Amara wreck as 38 people were still missing on Monday, the coast guard said.",
            "The coast guard said 24 people were still missing on Tuesday after divers searched the Amara wreck.",
        ),
        (
            "After the Kessel plant fire, 27 workers were in hospital on Monday, the company said.",
            "After the Kessel plant fire, 12 workers were in hospital on Wednesday, the company said.",
        ),
    ],
)
def test_a_count_of_those_in_a_state_is_dated_by_the_day_it_held(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


def test_a_deed_done_to_a_count_still_dates_its_event(error_kinds):
    first = "Storm Hester made landfall near Port Carrow on Tuesday, killing two people, officials said."
    second = "Storm Hester made landfall near Port Carrow on Monday, killing two people, officials said."
    assert "date-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Last season City lost the final 2-0 to Castellan.", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("City scored 94 league goals last season.", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("Next season the club will play in Europe.", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("He was relegated with Porto two seasons ago.", dt.date(2023, 3, 12), dt.date(2023, 3, 12)),
    ],
)
def test_a_season_is_counted_from_publication(text, first, last):
    (found,) = find(text, PUBLISHED)
    assert (found.date, found.date_end) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "The last season of the show was filmed in Belfast.",  # its final season
        "He was injured at the end of the season.",  # a season's end may fall in either of its years
        "Tickets for the holiday season went on sale.",
    ],
)
def test_a_season_not_counted_from_publication_is_no_date(text):
    assert find(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Harbour City beat Norrland United 3-1 in the Continental Cup final on Saturday.",
            "Harbour City won the Continental Cup on Saturday. Last season City lost the final 2-0 to Castellan.",
        ),
        (
            "Kell Rovers beat Drummond 2-1 in the league on Sunday.",
            "Kell Rovers topped the league on Sunday. Last season Kell Rovers lost 4-0 to Drummond.",
        ),
    ],
)
def test_last_seasons_score_is_another_match(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # where the match was played is no side of it
        (
            "Harbour City beat Norrland United 3-1 in the Continental Cup final on Saturday.",
            "Harbour City won 3-2 in Lisbon on Saturday to win the Continental Cup. Norrland, coached by Anders Holm,"
            " had never won a final.",
        ),
        (
            "Kell Rovers beat Drummond 2-1 on Sunday.",
            "Kell Rovers won 2-0 in Glasgow on Sunday against a tired Drummond side.",
        ),
        # a side's possessive after "in" is still a side
        (
            "Kell Rovers beat Drummond 2-1 on Sunday.",
            "Ruiz scored twice in Kell Rovers' 3-1 win over Drummond on Sunday.",
        ),
    ],
)
def test_a_score_played_somewhere_is_still_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a part and its whole: "seven of nine counts"
        (
            "Former fund manager Simon Achebe was found guilty on seven of nine counts of fraud on Monday.",
            "Simon Achebe was convicted on seven counts of fraud on Monday.",
        ),
        (
            "Six of the 11 ministers in the Vell cabinet resigned on Monday, the prime minister's office said.",
            "Six ministers in the Vell cabinet resigned on Monday, the prime minister's office said.",
        ),
        (
            "Sixteen of the 40 passengers on the Kessel bus were hurt on Monday, police said.",
            "Sixteen passengers on the Kessel bus were hurt on Monday, police said.",
        ),
        # a tally's counts are counts of nothing else
        (
            "The jury reached a 10-2 majority verdict on Monday, convicting Achebe of fraud.",
            "Achebe was convicted of fraud on six counts on Monday by the jury.",
        ),
        (
            "The Vell supreme court ruled 5-4 on Monday that the Kessel law was void.",
            "Four judges of the Vell supreme court wrote that the Kessel law was void on Monday.",
        ),
        # counts a jury cleared him of are not those it convicted him on
        (
            "The jury cleared Achebe of two counts of false accounting on Monday.",
            "The jury convicted Achebe on seven counts on Monday.",
        ),
    ],
)
def test_a_count_of_a_part_a_whole_or_a_tally_is_no_count_alone(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_a_tally_is_no_other_count_in_its_report(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-03-12\n---\nAchebe was found guilty on Monday on seven of nine counts of fraud.\n\n"
        "The jury reached a 10-2 majority verdict on the fraud counts and cleared him of two counts of false accounting.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text("---\ndate: 2025-03-12\n---\nAchebe will be sentenced in April.\n", encoding="utf-8")
    assert not [d for d in consistency.check([tmp_path]).discrepancies if d.kind == "internal-conflict"]


def test_two_parts_of_one_whole_still_disagree(error_kinds):
    first = "Former fund manager Simon Achebe was found guilty on seven of nine counts of fraud on Monday."
    second = "Former fund manager Simon Achebe was found guilty on six of nine counts of fraud on Monday."
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a storm's winds at landfall are its own, in either unit
        (
            "Storm Hester made landfall near Port Carrow on Tuesday with sustained winds of 110 mph, officials said.",
            "Storm Hester came ashore near Port Carrow on Tuesday with sustained winds of 130 mph, officials said.",
            True,
        ),
        (
            "Storm Hester made landfall near Port Carrow on Tuesday with sustained winds of 110 mph, officials said.",
            "Storm Hester struck Port Carrow on Tuesday with winds of 110 km/h, officials said.",
            True,
        ),
        (
            "Storm Hester made landfall near Port Carrow on Tuesday with sustained winds of 110 mph, officials said.",
            "Storm Hester came ashore near Port Carrow on Tuesday, bringing winds of 177 km/h.",
            False,
        ),
        (
            "Typhoon Mirra hit the Tolland coast on Monday with gusts of 200 km/h, the weather agency said.",
            "Typhoon Mirra hit the Tolland coast on Monday with gusts of 125 mph, the weather agency said.",
            False,
        ),
        # rain in inches and in millimetres
        (
            "The weather service recorded 180 mm of rain at Port Carrow in 36 hours.",
            "The weather service recorded 7.1 inches of rain at Port Carrow in 36 hours.",
            False,
        ),
    ],
)
def test_winds_and_rain_compare_across_units(error_kinds, first, second, conflict):
    assert ("value-conflict" in error_kinds(first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an organisation named with "of" in it, the post before or after the name
        (
            "Federation of Labour leader Ana Petrovic called a general strike.",
            '"The government is not listening," said Ana Markovic, leader of the Federation of Labour.',
        ),
        (
            "Union of Dock Workers leader Piet Maas said the strike would go on.",
            "Piet Vos, the leader of the Union of Dock Workers, said the strike would go on.",
        ),
        (
            "Bank of Velmora governor Iris Kade said rates would stay on hold.",
            "Rates will stay on hold, said Iris Vane, the governor of the Bank of Velmora.",
        ),
        # a plan's date in the sentence does not make the holder another time's
        (
            "Federation of Labour leader Ana Petrovic said the strike on March 20 would go ahead.",
            '"The government is not listening," said Ana Markovic, leader of the Federation of Labour.',
        ),
        # a forecaster described by the words before the post
        (
            "Chief forecaster Joan Keane of the national weather service said the rain would ease.",
            "Chief forecaster Ruth Dalby of the national weather service said the storm was the strongest since 1987.",
        ),
    ],
)
def test_two_people_in_one_post_are_found(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)



@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two places in a series listed before the noun they share are neither the one place alone
        (
            "Mateo Ruiz scored twice for Harbour City, in the 12th and 58th minutes, on Saturday.",
            "Mateo Ruiz scored for Harbour City in the 21st minute on Saturday.",
        ),
        (
            "The Kessel tower fire spread between the 3rd and 5th floors on Monday, firefighters said.",
            "The Kessel tower fire started on the 9th floor on Monday, firefighters said.",
        ),
    ],
)
def test_listed_places_in_a_series_are_no_one_place(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_one_place_in_a_series_still_disagrees(error_kinds):
    first = "Mateo Ruiz scored for Harbour City in the 12th minute on Saturday."
    second = "Mateo Ruiz scored for Harbour City in the 21st minute on Saturday."
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a body after a figure that goes on to give its own figure is not the first one's source
        ("Police put the crowd at 45,000, while organisers said 200,000 people took part.", "45,000", "police"),
        ("Police put the crowd at 45,000, while organisers said 200,000 people took part.", "200,000 people", "organisers"),
        ("Union leaders met after a march that organisers said drew 250,000 people and police put at 45,000.",
         "250,000 people", "organisers"),
        ("Union leaders met after a march that organisers said drew 250,000 people and police put at 45,000.",
         "45,000", "police"),
        # a body after its figure that gives no other figure is its source
        ("More than 200,000 people took part, organisers said.", "200,000 people", "organisers"),
        ("About 45,000 people marched, police said, while organisers gave no figure.", "45,000 people", "police"),
    ],
)
def test_each_body_is_the_source_of_its_own_figure(tmp_path, text, figure, source):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-12\n---\n\n{text}\n", encoding="utf-8")
    frames = {c.mention.text: c.frame for c in claims(tmp_path) if c.mention.is_figure}
    assert frames[figure].attribution == source


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a figure in a "when" clause after "since 2011" is of 2011
        (
            "Flash floods swept through the Brenna valley on Monday, killing three people.\n\nThe river Sella rose"
            " 4.2 metres above its normal level at Torre, the highest since 2011, when floods killed 18 people.",
            "Flash floods killed three people in the Brenna valley on Monday, the civil protection agency said.",
        ),
        (
            "The Velmora regulator fined Lunetel 32 million euros on Monday, the largest fine since 2022, when a rival"
            " was fined 20 million euros.",
            "The Velmora regulator fined Lunetel 32 million euros on Monday over the data breach.",
        ),
        # a "when" clause after a year with no bound before it is of that year
        (
            "By lunchtime three people were dead under the snow of the Rinnkar run.\n\nOlder locals compare this week"
            " to 1988, when seven people died in avalanches in the valley over two days.",
            "The avalanche on the Rinnkar run killed three skiers on Tuesday, police said.",
        ),
        # a "which" clause after the event a year names is of that year
        (
            "Firefighters had the Harrow Gap fire 40% contained on Friday, the state fire service said. The fire has"
            " burned 31,000 acres.\n\nThe fire is the largest in the county since the 2016 Tessel fire, which burned"
            " 98,000 acres.",
            "The Harrow Gap fire has burned 31,000 acres, the state fire service said on Tuesday.",
        ),
    ],
)
def test_a_when_clause_after_a_year_is_of_that_year(error_kinds, first, second):
    assert not {"value-conflict", "internal-conflict"} & set(error_kinds(first, second))


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a fine as imposed, reported on two days
        (
            "Simon Achebe was jailed on Monday for eight years and fined £250,000.",
            "Simon Achebe, who was jailed on Monday, was also fined £520,000.",
            True,
        ),
        (
            "The Velmora regulator fined Lunetel 32 million euros on Monday.",
            "Lunetel said it would appeal the 32 million euro fine imposed by the Velmora regulator on Monday.",
            False,
        ),
        # two companies' fines
        (
            "The Velmora regulator fined Lunetel 32 million euros on Monday.",
            "In 2022 the Velmora regulator fined Ostby Telecom 20 million euros.",
            False,
        ),
    ],
)
def test_a_fine_is_compared_as_imposed(error_kinds, first, second, conflict):
    assert ("value-conflict" in error_kinds(first, second)) is conflict


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Consumer prices in Velmora rose 3.4% in March from a year earlier.", "3.4%"),
        ("Sales of new cars fell 12% in May, the industry body said.", "12%"),
    ],
)
def test_a_month_is_no_event_of_its_other_sense(tmp_path, text, figure):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-04-15\n---\n\n{text}\n", encoding="utf-8")
    frames = {c.mention.text: c.frame for c in claims(tmp_path) if c.mention.is_figure}
    assert frames[figure].event is None


def test_a_march_is_still_an_event(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-04-15\n---\n\nAbout 45,000 people joined the march in Velmora, police said.\n", encoding="utf-8"
    )
    frames = {c.mention.text: c.frame for c in claims(tmp_path) if c.mention.is_figure}
    assert frames["45,000 people"].event == "protest"


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # the day an event began and the day it ended are two days of it
        ("The Kessel fire broke out on Monday, officials said.",
         "Firefighters contained the Kessel fire on Wednesday, officials said.", False),
        ("Storm Hester hit the Carrow coast on Monday, the weather service said.",
         "Storm Hester weakened over the Carrow coast on Wednesday, the weather service said.", False),
        ("The siege of the Ostby embassy began on Monday, police said.",
         "The siege of the Ostby embassy ended on Wednesday, police said.", False),
        # two days given for one beginning, or for one end, still disagree
        ("The Kessel fire broke out on Monday, officials said.",
         "The Kessel fire broke out on Tuesday, officials said.", True),
        ("Firefighters contained the Kessel fire on Tuesday, officials said.",
         "Firefighters contained the Kessel fire on Wednesday, officials said.", True),
    ],
)
def test_an_events_start_and_end_are_dated_apart(error_kinds, first, second, conflict):
    assert ("date-conflict" in error_kinds(first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a group's figure is not the whole's
        ("Consumer prices in Velmora rose 3.4% in February from a year earlier, the statistics office said.",
         "Velmora's annual inflation accelerated in February, driven by a 6.2% rise in food prices.", False),
        ("Velmora's unemployment rate rose to 7.4% in February, the statistics office said.",
         "Youth unemployment in Velmora rose to 18.2% in February, the statistics office said.", False),
        ("Velmora's inflation rate rose to 3.4% in February, the statistics office said.",
         "Core inflation in Velmora held at 2.9% in February, the statistics office said.", False),
        # one group's figure given twice
        ("Food prices in Velmora rose 6.2% in February, the statistics office said.",
         "Food prices in Velmora rose 5.8% in February, the statistics office said.", True),
        # a body named by "services" is who did it, no group of what is counted
        ("Emergency services rescued 47 people from the flooded streets of Orvik, the council said.",
         "Firefighters rescued 74 people from the flooded streets of Orvik, the council said.", True),
        ("Ambulance services took 12 people to hospital in Tarrow, officials said.",
         "Paramedics took 21 people to hospital in Tarrow, officials said.", True),
    ],
)
def test_a_groups_figure_is_not_the_wholes(error_kinds, first, second, conflict):
    assert ("value-conflict" in error_kinds(first, second)) is conflict


def _error_kinds(folder, reports: list[tuple[str, str]]) -> list[str]:
    """The kinds of the error rows `check` finds between reports given as (ISO date, text)."""
    for i, (day, text) in enumerate(reports):
        (folder / f"r{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([folder]).discrepancies if str(d.severity) == "error"]


@pytest.mark.parametrize(
    ("reports", "conflict"),
    [
        # the figure a change started from is what the quantity was, said so: no conflict with the new value
        ([("2025-03-04", "Halvard Motors is recalling 412,000 vehicles over faulty airbag sensors."),
          ("2025-03-12", "Halvard widens airbag recall to 467,000 vehicles\n\nHalvard Motors said on Wednesday it "
           "was expanding its recall over faulty airbag sensors to 467,000 vehicles in Canada from 412,000.")], False),
        ([("2025-03-04", "The Tolland ferry operator Nordline carried 2.1 million passengers, the company said."),
          ("2025-03-12", "Nordline's passenger count widens to 2.4 million\n\nThe Tolland ferry operator Nordline "
           "said on Wednesday it carried 2.4 million passengers, up from 2.1 million.")], False),
        # two values the quantity changed to still disagree
        ([("2025-03-12", "Halvard Motors said on Wednesday it was expanding its airbag recall to 467,000 vehicles "
           "from 412,000."),
          ("2025-03-12", "Halvard Motors said on Wednesday it was expanding its airbag recall to 476,000 vehicles "
           "from 412,000.")], True),
    ],
)
def test_a_changes_starting_figure_is_the_earlier_value(tmp_path, reports, conflict):
    kinds = _error_kinds(tmp_path, reports)
    assert "internal-conflict" not in kinds
    assert ("value-conflict" in kinds) is conflict


@pytest.mark.parametrize(
    ("reports", "conflict"),
    [
        # a month's jobless rate said on the release day, or not timed, is the month's
        ([("2025-03-07", "Employers added 151,000 jobs in February, the Labor Department said on Friday. The "
           "unemployment rate rose to 4.1 percent."),
          ("2025-03-08", "Payrolls grew by 151,000 in February, and the unemployment rate rose to 4.0 per cent.")],
         True),
        ([("2025-03-07", "Employers added 151,000 jobs in February, and the unemployment rate edged up to 4.1% "
           "from 4.0%, the Labor Department said on Friday."),
          ("2025-03-08", "Payrolls grew by 151,000 in February, and the unemployment rate rose to 4.2 per cent.")],
         True),
        # next month's release is another month's rate
        ([("2025-03-07", "Employers added 151,000 jobs in February, the Labor Department said on Friday. The "
           "unemployment rate rose to 4.1 percent."),
          ("2025-04-04", "Employers added 228,000 jobs in March, the Labor Department said on Friday. The "
           "unemployment rate rose to 4.2 percent.")], False),
        # a group's rate is the group's
        ([("2025-03-07", "Employers added 151,000 jobs in February, and the unemployment rate rose to 4.1 percent."),
          ("2025-03-08", "In February the unemployment rate among young workers rose to 9.2 per cent.")], False),
    ],
)
def test_a_published_monthly_rate_is_of_its_release_month(tmp_path, reports, conflict):
    assert ("value-conflict" in _error_kinds(tmp_path, reports)) is conflict


@pytest.mark.parametrize(
    "text",
    [
        "Ravenholt signed the striker, the club said on Monday. The 24-year-old has agreed a five-year contract.",
        "Ravenholt signed the striker, the club said on Monday.\n\nThe 24-year-old has agreed a five-year contract.",
    ],
)
def test_a_weekday_that_ends_a_sentence_takes_no_day_from_the_next(text):
    assert [(m.text, m.date) for m in find(text, PUBLISHED)] == [("Monday", dt.date(2025, 3, 10))]


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a change over a year, however the year is said, is one period's figure, not a level of a series
        ("Wages in Velmora grew 3.6 percent in the year to February, the statistics office said.",
         "Wages in Velmora increased 3.9% in the 12 months to February, the statistics office said.", True),
        ("Revenue grew 3.6 percent from a year ago, Acme said.", "Acme said revenue increased 3.9% from a year earlier.",
         True),
        ("Salaries in Velmora rose 3.9 percent from a year ago, the statistics office said.",
         "Wages in Velmora increased 3.9% over the past 12 months, the statistics office said.", False),
        # a month's rise is not the year's
        ("Wages in Velmora rose 0.3% in February, the statistics office said.",
         "Wages in Velmora increased 3.9% in the 12 months to February, the statistics office said.", False),
    ],
)
def test_a_change_over_a_year_is_one_figure_of_its_period(error_kinds, first, second, conflict):
    assert ("value-conflict" in error_kinds(first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a contract as signed, whatever day its sentence names
        ("Varga has signed a four-year deal after passing a medical on Sunday.",
         "Varga has agreed a five-year contract, the club said in a statement.", True),
        ("Varga signed a five-year contract after passing a medical on Sunday.",
         "Varga has agreed a five-year contract, the club said on Tuesday.", False),
    ],
)
def test_a_contract_as_signed_is_not_dated_by_its_sentence(error_kinds, first, second, conflict):
    assert ("value-conflict" in error_kinds(first, second)) is conflict


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A third of voters in Dunmore back councillor Petra Lind, a survey found.",
         "Among voters under 30, only one in five back Petra Lind."),
        ("Some 40% of adults in Kerry say they exercise weekly.", "Among adults over 65, 22% say they exercise weekly."),
        ("Unemployment in Harlow fell to 5.1% in March.", "Among young people, unemployment in Harlow fell to 11.4% in March."),
        ("The clinic treated 640 patients last month.", "Among the clinic's patients aged over 80, 95 were treated last month."),
    ],
)
def test_a_group_among_which_the_sentence_opens_is_a_part_not_the_whole(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_the_same_group_opening_two_sentences_is_still_compared(error_kinds):
    first = "Among voters under 30, 33% back Petra Lind, the survey found."
    second = "Among voters under 30, 20% back Petra Lind, the survey found."
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Health minister Anna Lindqvist, 58, said she would not comment. Erik Lindqvist, 34, will appear in court.",
         "Erik Lindqvist will appear in court on Friday, police said."),
        ("Coach Marta Solberg, 51, named the squad. Her daughter Ida Solberg, 19, is in it.",
         "Ida Solberg was named in the squad on Tuesday."),
    ],
)
def test_two_people_who_share_a_surname_have_two_ages(error_kinds, first, second):
    assert error_kinds(first, second) == []


def test_one_person_named_in_full_and_by_surname_has_one_age(error_kinds):
    first = "Erik Lindqvist, 34, will appear in court on Friday, police said."
    second = "Police said Erik Lindqvist, 43, would appear in court on Friday."
    assert "value-conflict" in error_kinds(first, second)
