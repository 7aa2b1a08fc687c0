"""One change told as a rise and as a fall: "the economy grew by 2.1%" and "shrank by 2.1%".

An amount of change read after a verb or adverb of change ("fell 12%",
"grew by 2.1%", "up about 8%", "lost 12 seats") carries its direction
(data/change_directions.csv); the same amount up in one report and down in
the other is a value-conflict. A level reached ("fell to 3%") has no
direction: "fell to 3%" and "rose to 3%" agree on the level.

A percentage tells its change in other words too: a noun after it ("a 13%
drop in sales") or before it with "of" ("an increase of 4%"), a comparative
after it ("a 26% lower risk", "31% less likely"), a verb with what it
changes before "by" ("cut emissions by 24%").
"""

from __future__ import annotations

import pytest

from consistency.claim_building import change_direction
from consistency.model import Sentence
from consistency.parse.figures import numbers


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Shares fell 12% on Monday.", "down"),
        ("The economy grew by 2.1% last year.", "up"),
        ("Profit was up about 8% in the quarter.", "up"),
        ("The Greens lost 12 seats.", "down"),
        ("Inflation fell to 3% in May 2024.", None),
        ("Inflation was 3% in May 2024.", None),
        ("Orvik reported a 13% drop in sales.", "down"),
        ("Burglaries showed a fall of nearly 13 per cent.", "down"),
        ("Pre-tax profit showed an increase of 4%.", "up"),
        ("The scheme brought an 8% rise in bus journeys.", "up"),
        ("Smokers had a 26% higher risk of stroke.", "up"),
        ("Vaccinated children were 31% less likely to be admitted to hospital.", "down"),
        ("The chain reported 13% lower sales.", "down"),
        ("The drug reduced the risk of a second heart attack by 26%.", "down"),
        ("The club cut its wage bill by 18% last season.", "down"),
        ("The council raised parking charges by 5%.", "up"),
        ("Support for the plan stood at 31% in May.", None),
        ("The bill was passed by 60% of members.", None),
        ("The party won 31% of the vote, more than expected.", None),
        # a word between the verb and its amount
        ("Online sales rose just 3% last year.", "up"),
        ("The shares fell only 2% on Friday.", "down"),
        ("House prices grew a further 1.5% in March.", "up"),
    ],
)
def test_an_amount_of_change_carries_its_direction(text, direction):
    sentence = Sentence(text=text, start=0, end=len(text))
    (figure,) = numbers.find(text)
    assert change_direction(sentence, figure) == direction


@pytest.mark.parametrize(
    ("up", "down"),
    [
        ("Shares in Brant Motors rose 12% on Monday.", "Shares in Brant Motors fell 12% on Monday."),
        ("Ruritania's economy grew by 2.1% last year, the statistics office said.",
         "Ruritania's economy shrank by 2.1% last year, the statistics office said."),
        ("Vela's profit was up about 8% in the first quarter.", "Vela's profit was down 8% in the first quarter."),
        ("The Greens gained 12 seats in the Kael council election.",
         "The Greens lost 12 seats in the Kael council election."),
        ("Tarvo Foods reported a 9% rise in first-quarter sales.", "Tarvo Foods reported a 9% fall in first-quarter sales."),
        ("Tarvo Foods' first-quarter sales were up 9%.", "Tarvo Foods' first-quarter sales fell 9%."),
        ("Car thefts in Kessel rose 14% in 2024, police said.", "Car thefts in Kessel showed a drop of 14% in 2024, police said."),
    ],
)
def test_one_change_up_and_down_conflicts(error_kinds, up, down):
    assert "value-conflict" in error_kinds(up, down)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Shares in Brant Motors fell 12% on Monday.", "Shares in Brant Motors dropped 12% on Monday."),
        ("Inflation in Ruritania fell to 3% in May 2024.", "Inflation in Ruritania rose to 3% in May 2024."),
        ("Ruritania's exports rose 3% in May 2024 while imports fell 3%.", "Ruritania's exports rose 3% in May 2024."),
        ("Brant Motors' sales rose 5% in the first quarter.", "Brant Motors' profit fell 5% in the first quarter."),
        ("Unemployment in Ruritania was unchanged at 6% in May 2024.", "Unemployment in Ruritania rose 6% in May 2024."),
    ],
)
def test_changes_of_one_direction_or_of_other_measures_agree(error_kinds, first, second):
    assert error_kinds(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tarvo Foods' first-quarter sales fell 13%.", "Tarvo Foods reported a 31% drop in first-quarter sales."),
        ("Tarvo Foods' first-quarter sales were down 13%.", "Tarvo Foods reported a 31% fall in first-quarter sales."),
        ("Car thefts in Kessel fell 13% in 2024, police said.", "Police said Kessel saw a 31% fall in car thefts in 2024."),
    ],
)
def test_one_change_told_as_a_verb_and_as_a_noun_with_two_amounts_conflicts(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tarvo Foods' first-quarter sales fell 13%.", "Tarvo Foods reported a 13% drop in first-quarter sales."),
        ("Tarvo Foods' first-quarter sales fell 13%.", "Tarvo Foods reported 13% lower sales in the first quarter."),
        ("Tarvo Foods' first-quarter profit was up 4%.", "Tarvo Foods reported an increase of 4% in first-quarter profit."),
        ("Car thefts in Kessel fell 13% in 2024, police said.", "Police said Kessel saw a 13% fall in car thefts in 2024."),
        # a change and the level it reached, a change and another measure's change
        ("Tarvo Foods' first-quarter sales fell 13% to 2.1 billion euros.",
         "Tarvo Foods reported first-quarter sales of 2.1 billion euros."),
        ("Tarvo Foods reported a 13% drop in first-quarter sales.", "Tarvo Foods reported a 4% rise in first-quarter profit."),
        # percentage points and percent, a rate and a change in the number
        ("Tarvo Foods' operating margin rose 2 percentage points to 5.1% in the first quarter.",
         "Tarvo Foods' operating margin was 5.1% in the first quarter."),
        ("Unemployment in Kessel was 5% in March 2024.", "The number of jobless in Kessel fell 7% in March 2024."),
    ],
)
def test_one_change_told_in_other_words_or_other_quantities_agree(error_kinds, first, second):
    assert error_kinds(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a fraction in words that says what part something is, against how much it grew
        ("Orvel said its online arm, which accounts for about a fifth of sales, grew 3% in the year.",
         "Online sales at Orvel rose 3% last year."),
        ("Online sales make up about a fifth of Orvel's revenue.", "Online sales rose 20% at Orvel last year."),
        ("Exports, roughly a third of Kell Steel's output, fell 12% in the quarter.",
         "Kell Steel's exports fell 12% in the quarter."),
    ],
)
def test_a_fraction_that_says_a_share_is_no_change(error_kinds, first, second):
    assert error_kinds(first, second) == []


def test_a_change_by_a_fraction_and_by_a_percentage_are_compared(error_kinds):
    assert "value-conflict" in error_kinds("Orvel's online sales fell by a third last year.",
                                           "Orvel's online sales fell by 45% last year.")


def test_a_narrower_sales_figure_is_not_the_whole(error_kinds):
    # online sales are part of sales: their changes are two quantities, even in opposite directions
    assert error_kinds("Online sales at Orvel rose just 3% last year. Sales at Orvel fell 9% last year.",
                       "Unrelated copy about the weather in Kessa on Monday.") == []


def test_a_days_move_and_a_move_over_the_past_year_are_two_moves(dated_errors):
    assert not dated_errors(
        ("2026-05-19", "Kestrel's shares rose 6.4% in Dublin on Tuesday after the airline raised its forecast."),
        ("2026-05-20", "Kestrel's shares are down 14% over the past year, reflecting worries about fuel prices."),
        kind="value-conflict",
    )
