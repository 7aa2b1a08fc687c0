"""Quantities that do not change while a story goes on, told by reports of two days.

A thing's property (a satellite's mass or orbit, a ship's tonnage, a tower's
height, what a jet can carry), a price paid once, a cost told as done, a
planned change told with the level it leads to, a count given as final: given
differently on two days, the two disagree (value-conflict, not an update),
while a count that runs (a toll, the evacuated, sums raised), an estimate, a
figure said to be raised, revised or moved to a new level, and two things' own
figures are no conflict.
"""

from __future__ import annotations

import pytest

import consistency
from consistency.engine import claims


@pytest.fixture
def kinds_on_two_days(tmp_path):
    """The kinds of the rows `check` finds between a report of 10 March 2025 and one of 12 March."""

    def check(first: str, second: str, severity: str | None = "error") -> list[str]:
        for name, day, text in (("a", "2025-03-10", first), ("b", "2025-03-12", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
        found = consistency.check([tmp_path]).discrepancies
        return [d.kind for d in found if severity is None or str(d.severity) == severity]

    return check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a satellite's orbit, as an altitude and as an orbit above the Earth
        (
            "The Orla-3 weather satellite will orbit at an altitude of 720 km, the Kiruna space agency said.",
            "Orla-3 sent its first signals on Wednesday, the Kiruna space agency said. Its orbit is 780 km above the Earth.",
        ),
        # a satellite's mass, written before the satellite
        (
            "A Vanta rocket carrying the 2,300 kg Orla-3 satellite lifted off from Kiruna on Monday.",
            "The 3,200 kg Orla-3 satellite, built by Norrtek, sent its first signals on Wednesday.",
        ),
        # a mass told by its verb
        (
            "The Orla-3 satellite weighs 2,300 kg and was built by Norrtek in Lulea.",
            "Norrtek's Orla-3 satellite, weighing 2,900 kg, sent its first signals on Wednesday.",
        ),
        # a ship's size in tonnes, written before the ship
        (
            "The 48,000-tonne tanker Baltic Star ran aground off Gotland on Monday, the coast guard said.",
            "Salvage crews on Wednesday refloated the 84,000-tonne tanker Baltic Star off Gotland.",
        ),
    ],
)
def test_a_property_told_differently_on_a_later_day_is_a_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same altitude in miles
        (
            "The Orla-3 weather satellite will orbit at an altitude of 720 km, the Kiruna space agency said.",
            "Orla-3 is in orbit some 447 miles above the Earth, the agency said.",
        ),
        # two satellites of one series, each its own mass
        (
            "A Vanta rocket carrying the 2,300 kg Orla-3 satellite lifted off from Kiruna on Monday.",
            "The 1,100 kg Orla-4 satellite, built by Norrtek, is due to launch in 2027.",
        ),
        # an orbit said to be raised
        (
            "The Orla-3 weather satellite will orbit at an altitude of 720 km, the Kiruna space agency said.",
            "Engineers raised the orbit of Orla-3 to 780 km on Wednesday, the agency said.",
        ),
        # a cargo counted in tonnes is no ship's size, and a spill's estimate may grow
        (
            "The tanker Baltic Star ran aground off Gotland on Monday; about 3,000 tonnes of oil leaked, the coast guard said.",
            "About 5,000 tonnes of oil had leaked from the tanker Baltic Star off Gotland by Wednesday, the coast guard said.",
        ),
        # a count of orbits is no altitude
        (
            "Orla-3 completed 15 orbits by Monday evening and flies at an altitude of 720 km, the agency said.",
            "Orla-3 completed 45 orbits by Wednesday evening, the agency said.",
        ),
    ],
)
def test_a_property_given_alike_or_of_another_thing_is_no_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" not in kinds_on_two_days(first, second)


def test_a_property_told_differently_is_no_update(kinds_on_two_days):
    # the satellite's mass did not change from Monday to Wednesday: the row is a conflict, not a timeline
    kinds = kinds_on_two_days(
        "A Vanta rocket carrying the 2,300 kg Orla-3 satellite lifted off from Kiruna on Monday.",
        "The 3,200 kg Orla-3 satellite, built by Norrtek, sent its first signals on Wednesday.",
        severity=None,
    )
    assert "update" not in kinds and "value-conflict" in kinds


def test_a_rising_count_still_updates(kinds_on_two_days):
    kinds = kinds_on_two_days(
        "At least 12 people were killed when the Vela dam burst on Monday, police said.",
        "The death toll from the Vela dam burst rose to 31 on Wednesday, police said.",
        severity=None,
    )
    assert "update" in kinds and "value-conflict" not in kinds


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a fee agreed once, told by the act it paid for; the later report's day dates its own news
        (
            "Kestrel Town signed striker Jonas Pell from Aldmoor on Monday for 41 million euros, the club said.",
            "Kestrel Town unveiled Jonas Pell on Wednesday after signing the striker from Aldmoor for 47 million euros.",
        ),
        # a company bought once, whatever a later report's news
        (
            "Norlys Group bought the grid operator Vestnet on Monday for 2.1 billion euros, the company said.",
            "Norlys Group named a new chairman on Wednesday after buying the grid operator Vestnet for 2.6 billion euros.",
        ),
    ],
)
def test_a_price_paid_once_told_differently_later_is_a_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two prices: the striker's and the earlier one of another player
        (
            "Kestrel Town signed striker Jonas Pell from Aldmoor on Monday for 41 million euros, the club said.",
            "Kestrel Town unveiled Jonas Pell on Wednesday after signing the striker from Aldmoor for 41 million euros. "
            "Aldmoor had bought Pell from Varby for 6 million euros in 2021.",
        ),
        # a count found by searching goes on: Wednesday's is a later count
        (
            "Rescuers found 12 survivors in the rubble of the Tarn market on Monday after searching through the night.",
            "Rescuers found 20 survivors in the rubble of the Tarn market on Wednesday after searching for three days.",
        ),
    ],
)
def test_prices_of_two_deals_and_counts_that_go_on_are_no_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" not in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what a finished work cost, told after it was done
        (
            "The new Harlow footbridge, opened by the mayor on Monday, cost 84 million pounds, the council said.",
            "The Harlow footbridge cost 48 million pounds, the council said on Wednesday.",
        ),
        (
            "The restoration of the Tarsk city museum cost 12 million euros, its director said.",
            "The restoration of the Tarsk city museum, which reopened on Wednesday, cost 21 million euros.",
        ),
    ],
)
def test_a_cost_told_as_done_is_settled(kinds_on_two_days, first, second):
    assert "value-conflict" in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a cost said to have risen since
        (
            "The new Harlow footbridge, opened by the mayor on Monday, cost 84 million pounds, the council said.",
            "The cost of the Harlow footbridge has since risen to 96 million pounds, the council said on Wednesday.",
        ),
        # an estimate reckoned again
        (
            "The repairs to the Tarsk city museum will cost about 30 million euros, its director said.",
            "The director of the Tarsk city museum now puts the cost of the repairs at 45 million euros.",
        ),
        # what was expected and what it cost
        (
            "The Tarsk city stadium was expected to cost 200 million euros when work began, the city said.",
            "The Tarsk city stadium cost 260 million euros, the city said on Wednesday.",
        ),
        # a cost still running
        (
            "The rail strike is costing the Varby economy about 20 million euros a day, economists said.",
            "The rail strike cost the Varby economy 90 million euros, economists said on Wednesday.",
        ),
        (
            "The rail strike has cost the Varby economy 60 million euros, economists said.",
            "The rail strike has cost the Varby economy 90 million euros, economists said on Wednesday.",
        ),
    ],
)
def test_a_cost_risen_reckoned_or_running_is_no_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" not in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a planned rise told with the level it leads to: the same level, so the same rise
        (
            "Spending on schools will rise 9% to 4.2 billion euros next year, the finance ministry said.",
            "The opposition attacked the budget, which raises spending on schools by 7% to 4.2 billion euros.",
        ),
        (
            "The Varby council will increase its housing budget by 14% to 86 million euros, the mayor said.",
            "The Varby council's housing budget will rise 18% to 86 million euros, the mayor said on Wednesday.",
        ),
    ],
)
def test_a_change_to_one_level_told_by_two_amounts_is_a_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two days' moves of a price that reached the same level
        (
            "Shares in Norrtek rose 5% to 41 euros on Monday after its results, traders said.",
            "Shares in Norrtek rose 3% to 41 euros on Wednesday after its results, traders said.",
        ),
        # the plan changed: another level
        (
            "Spending on schools will rise 9% to 4.2 billion euros next year, the finance ministry said.",
            "The finance ministry on Wednesday revised its plan, raising spending on schools by 12% to 4.3 billion euros.",
        ),
    ],
)
def test_changes_on_two_days_or_to_another_level_are_no_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" not in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a tower's height
        (
            "The Solace Tower in Lindby, finished on Monday, is 310 metres tall, its developer said.",
            "The Solace Tower in Lindby, which opened to visitors on Wednesday, is 301 metres tall.",
        ),
        # what a jet can carry
        (
            "The Orvane Air jet, which can carry 180 passengers, crashed near Lindby on Monday.",
            "The Orvane Air jet, which can seat 189 passengers, crashed near Lindby on Monday, officials said on Wednesday.",
        ),
        # a jet's age at the crash
        (
            "The Orvane Air jet that crashed near Lindby on Monday was 11 years old, the airline said.",
            "The 14-year-old Orvane Air jet crashed near Lindby on Monday, the airline said on Wednesday.",
        ),
        # a contract's length
        (
            "Midfielder Ari Tamm signed a four-year contract with Kestrel Town on Monday, the club said.",
            "Ari Tamm, who joined Kestrel Town on Monday, signed a three-year contract, the club said.",
        ),
        # a party's votes once the count is final
        (
            "Final results gave the Green Alliance 1,204,311 votes in the Varby regional election, officials said.",
            "The Green Alliance won 1,240,311 votes in the Varby regional election, final results showed on Wednesday.",
        ),
    ],
)
def test_a_fixed_quantity_of_another_genre_told_differently_later_is_a_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what a jet can carry is not who was on board
        (
            "The Orvane Air jet, which can carry 180 passengers, crashed near Lindby on Monday.",
            "The Orvane Air jet had 142 passengers on board when it crashed near Lindby on Monday, officials said on Wednesday.",
        ),
        # a count of votes still going on, then the final count
        (
            "With 80% of ballots counted, the Green Alliance had 900,000 votes in the Varby regional election.",
            "Final results gave the Green Alliance 1,204,311 votes in the Varby regional election on Wednesday.",
        ),
        # counts that run while the story goes on
        (
            "About 3,000 people were evacuated from Lindby as the river rose on Monday, officials said.",
            "About 8,000 people have been evacuated from Lindby as the river kept rising, officials said on Wednesday.",
        ),
        (
            "The appeal for the Lindby flood victims has raised 2 million euros, organisers said.",
            "The appeal for the Lindby flood victims has raised 3.5 million euros, organisers said on Wednesday.",
        ),
        # an estimate said to be revised
        (
            "Damage from the Lindby flood was estimated at 40 million euros, officials said.",
            "Officials revised their estimate of damage from the Lindby flood to 65 million euros on Wednesday.",
        ),
        # a planned cost and the actual one
        (
            "The Lindby bypass was planned to cost 90 million euros, the ministry said.",
            "The Lindby bypass cost 120 million euros, the ministry said on Wednesday.",
        ),
    ],
)
def test_capacities_running_counts_and_estimates_are_no_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" not in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a flight's altitude moved to a new level
        (
            "The Orvane Air jet was cruising at an altitude of 11,000 metres when it lost contact, the airline said.",
            "The Orvane Air jet dropped to an altitude of 3,000 metres before it crashed near Lindby, investigators said on Wednesday.",
        ),
        (
            "The Orla-3 satellite orbits at an altitude of 720 km, the agency said.",
            "Engineers lifted Orla-3 to a higher orbit of 780 km on Wednesday, the agency said.",
        ),
        # two hauls weighed: the drugs, no thing's own mass
        (
            "Police in Lindby seized a 40 kg shipment of cocaine at the port, officials said.",
            "Police in Lindby seized a 60 kg shipment of heroin at the port, officials said on Wednesday.",
        ),
        # two missions' costs
        (
            "The Vela-1 mission cost 310 million euros, the agency said.",
            "The Vela-2 mission cost 280 million euros, the agency said on Wednesday.",
        ),
        # two months' changes that reached the same level
        (
            "Varby's unemployment rate fell 0.2 points to 5.1% in January, the statistics office said.",
            "Varby's unemployment rate fell 0.3 points to 5.1% in February, the statistics office said on Wednesday.",
        ),
    ],
)
def test_a_fixed_measure_moved_or_of_two_things_is_no_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" not in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("text", "figure", "year_dates_it"),
    [
        # the year after a figure set against another dates that other one
        ("The bridge cost 84 million pounds, against an initial estimate of 60 million pounds in 2019.", "84 million pounds", False),
        ("The bridge cost 84 million pounds, against an initial estimate of 60 million pounds in 2019.", "60 million pounds", True),
        ("Revenue was 4.1 billion euros, compared with a forecast of 3.9 billion euros in 2024.", "4.1 billion euros", False),
    ],
)
def test_a_year_after_a_figure_set_against_another_dates_the_other(tmp_path, text, figure, year_dates_it):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-10\n---\n{text}\n", encoding="utf-8")
    (found,) = [c for c in claims([tmp_path]) if c.mention.text == figure]
    assert (found.time is not None and found.time[0].year in (2019, 2024)) is year_dates_it


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a verb of change whose object the figure measures moves a thing or a person, no figure: the thing's
        # property stays one value
        (
            "A crane raised the 40-tonne turbine housing onto the tower at Carrow Point on Monday.",
            "The 44-tonne turbine housing was lifted onto the tower at Carrow Point on Monday.",
            True,
        ),
        (
            "Rescuers climbed the 60-metre rock face at Hallin Gorge to reach the hikers.",
            "The rescuers' climb up the 80-metre rock face at Hallin Gorge took two hours.",
            True,
        ),
        # a figure after "to" is the level a verb of change reached: the quantity moved
        (
            "The Tarn rose to a level of 4.1 metres at Brimley bridge on Monday.",
            "The Tarn at Brimley bridge stood at 5.3 metres on Wednesday, the agency said.",
            False,
        ),
    ],
)
def test_a_thing_moved_keeps_its_own_measure(kinds_on_two_days, first, second, flagged):
    assert ("value-conflict" in kinds_on_two_days(first, second)) is flagged


def _value_conflicts(tmp_path, *reports: str) -> list[set[str]]:
    """The value-conflict rows `check` finds among reports written a day apart from 10 March 2025, as sets of texts."""
    for i, text in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2025-03-{10 + i}\n---\n{text}\n", encoding="utf-8")
    found = consistency.check([tmp_path]).discrepancies
    return [{c.mention.text for c in d.claims} for d in found if d.kind == "value-conflict"]


@pytest.mark.parametrize(
    ("reports", "texts"),
    [
        (  # the thing named in both sentences, its size in units of one kind and with its dimension
            ("The Koru probe will map the 124-km asteroid Varda from orbit.",
             "The probe has orbited the 142-kilometre-wide (88-mile-wide) asteroid Varda since June."),
            {"124-km", "142-kilometre"},
        ),
        (  # the size told after the thing with its dimension, the thing named in both
            ("Two inmates went over the perimeter wall of Brixley jail, which stands 6 metres high.",
             "Two inmates went over the 4-metre perimeter wall of Brixley jail."),
            {"6 metres", "4-metre"},
        ),
        (  # a length told with the verb a thing runs its length with
            ("The Varn tunnel runs 14.6 kilometres under the bay.",
             "Trains ran along the whole 16.4-kilometre Varn tunnel again by 9 am."),
            {"14.6 kilometres", "16.4-kilometre"},
        ),
        (  # one report's size of the thing against the size the others agree on
            ("Salt was found on the 6,400-metre peak by climbers in 2019, the survey said.",
             "The survey team reached the 6,400-metre peak in April.",
             "Climbers had found salt on the 4,600-metre peak years earlier."),
            {"6,400-metre", "4,600-metre"},
        ),
    ],
)
def test_one_things_size_told_before_it_differently_is_a_conflict(tmp_path, reports, texts):
    assert texts in _value_conflicts(tmp_path, *reports)


@pytest.mark.parametrize(
    "reports",
    [
        # two sizes, each given by several reports: two things of one noun
        ("The 10km loop through Ardmore forest reopened on Monday.", "Walkers returned to the 10km loop on Monday.",
         "The 25km loop stays shut until May, rangers said.", "Rangers say the 25km loop stays shut."),
        # what a river rose by is no size of a thing
        ("The river rose 2 metres overnight at Brell.", "The river rose 3 metres overnight at Brell, the agency said.",
         "Brell's river rose 2 metres, the mayor said."),
        # one report gives the thing two sizes: two craters
        ("The probe found salts in the 9km crater and in the 14km crater near the pole.",
         "The 14km crater near the pole holds the most salt, the team said."),
    ],
)
def test_two_things_of_one_noun_are_no_conflict_of_size(tmp_path, reports):
    assert _value_conflicts(tmp_path, *reports) == []


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The probe orbits the 142-kilometre-wide (88-mile-wide) asteroid Varda.", "asteroid"),
        ("Koru will map the 124-km asteroid Varda since its arrival.", "asteroid"),
        ("Inmates went over the perimeter wall of Brixley jail, which stands 6 metres high.", "wall"),
        ("The climbers scaled the dam wall, 6 metres high, before dawn.", "wall"),
        ("The Varn tunnel runs 14.6 kilometres under the bay.", "tunnel"),
        ("Trains ran along the whole 16.4-kilometre route.", "route"),
        ("The river rose 2 metres overnight.", None),
        ("The crew walked the 9 km to the camp.", None),
        ("Police seized a 40 kg shipment of cocaine.", None),
    ],
)
def test_the_thing_a_size_is_of(text, thing):
    import datetime as dt

    from consistency.align.frames import thing_sized
    from consistency.model import Sentence
    from consistency.parse import mentions

    figure = next(m for m in mentions(text, dt.date(2025, 3, 10)) if m.is_figure)
    assert thing_sized(Sentence(0, len(text), text), figure) == thing
