"""A share written in words against a percent: "about a third of voters" and "45% of voters".

A fraction of a group ("half of the council", "two-thirds of the seats") or
a share written as "one in five" is the percent it stands for, with the
looseness its words allow ("about a third" is 30–37%), and is compared with
percents of the same group. So is a fraction told as the amount of a change
("prices rose by half", "cut the risk by nearly a third"): a relative change.
"""

from __future__ import annotations

import pytest

from consistency.claim_building import share_as_percent
from consistency.model import Sentence
from consistency.parse.figures import numbers


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("About a third of voters backed the plan.", 30.0, 36.7),
        ("Half of the council voted against.", 47.5, 52.5),
        ("One in five adults smokes.", 19.0, 21.0),
        ("Nearly two-thirds of the seats went to the Greens.", 60.0, 66.7),
    ],
)
def test_a_share_in_words_reads_as_a_percent(text, low, high):
    sentence = Sentence(text=text, start=0, end=len(text))
    (share,) = [share_as_percent(sentence, m) for m in numbers.find(text)]
    assert (share.kind, share.unit) == ("percent", "%")
    assert (round(share.low, 1), round(share.high, 1)) == (low, high)


@pytest.mark.parametrize(
    "text", ["The index fell to 0.7 on Monday.", "The rate was cut by 0.25 points.", "The index rose to 0.7 by May."]
)
def test_a_fraction_of_no_group_stays_a_number(text):
    sentence = Sentence(text=text, start=0, end=len(text))
    assert all(share_as_percent(sentence, m) == m for m in numbers.find(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Prices rose by half in a year.", 47.5, 52.5),
        ("The drug cut the risk of stroke by nearly a third.", 30.0, 33.3),
        ("Kessel police said burglaries fell by a fifth.", 19.0, 21.0),
        # a function word after the fraction: still the amount of the change
        ("The jab cut hospital stays by a third in a trial.", 31.7, 35.0),
        ("Orders at Valtra fell by a quarter last year.", 23.8, 26.2),
    ],
)
def test_a_fraction_told_as_a_change_reads_as_a_percent(text, low, high):
    sentence = Sentence(text=text, start=0, end=len(text))
    (share,) = [share_as_percent(sentence, m) for m in numbers.find(text)]
    assert (share.kind, share.unit) == ("percent", "%")
    assert (round(share.low, 1), round(share.high, 1)) == (low, high)


# (share in words, a percent outside it, a percent within it)
SHARES = [
    ("About a third of voters in Kael backed the plan, the poll found.",
     "45% of voters in Kael backed the plan, the poll found.", "33% of voters in Kael backed the plan, the poll found."),
    ("Half of the Kael council's members voted against the budget.",
     "30% of the Kael council's members voted against the budget.",
     "50% of the Kael council's members voted against the budget."),
    ("One in five adults in Ruritania smokes, the health ministry said.",
     "35% of adults in Ruritania smoke, the health ministry said.",
     "20% of adults in Ruritania smoke, the health ministry said."),
    ("Nearly two-thirds of the Kael council voted for the budget.",
     "40% of the Kael council voted for the budget.", "64% of the Kael council voted for the budget."),
    ("About a quarter of Brant Motors' staff work at its Kael plant.",
     "Brant Motors' Kael plant employs 60% of its staff.", "Brant Motors' Kael plant employs 26% of its staff."),
]


@pytest.mark.parametrize(("share", "outside", "within"), SHARES)
def test_a_share_in_words_conflicts_with_another_percent(error_kinds, share, outside, within):
    assert "value-conflict" in error_kinds(share, outside)


@pytest.mark.parametrize(("share", "outside", "within"), SHARES)
def test_a_share_in_words_agrees_with_its_percent(error_kinds, share, outside, within):
    assert error_kinds(share, within) == []


@pytest.mark.parametrize(
    ("share", "other"),
    [
        ("Half of the Kael bridge collapsed in the storm.", "The storm damaged 30% of the homes in Kael."),
        ("Turnout in the Kael referendum was 64%, and half of voters backed independence.",
         "Turnout in the Kael referendum was 64%, and 52% of voters backed independence."),
    ],
)
def test_a_share_of_another_group_stays_apart(error_kinds, share, other):
    assert error_kinds(share, other) == []


@pytest.mark.parametrize("text", ["The contract was won by a third party.", "He was beaten by a second seed in May."])
def test_an_ordinal_with_its_noun_after_by_is_no_fraction(text):
    assert [m for m in numbers.find(text) if m.value is not None and m.value < 1] == []


def test_a_change_by_a_fraction_in_a_trial_conflicts_with_another_percent(error_kinds):
    first = "A daily pill cut hospital stays for asthma by a third in a trial of 900 patients, researchers said."
    second = "A daily pill reduced hospital stays for asthma by 12% in a trial of 900 patients, researchers said."
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hospital admissions in Kael have fallen by a third since the scheme began.",
         "Hospital admissions in Kael have fallen by 12% since the scheme began."),
        ("Ticket sales at the Orsk arena have risen by a quarter since March.",
         "Ticket sales at the Orsk arena have risen by 40% since March."),
        ("Output at the Varn smelter fell by a half last year.", "Output at the Varn smelter fell by 20% last year."),
    ],
)
def test_a_change_by_a_fraction_before_a_time_conflicts_with_another_percent(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    "text",
    ["The deal was approved by a third party since the board abstained.", "Erskine won by a third consecutive victory."],
)
def test_an_ordinal_with_its_noun_after_by_before_a_time_is_no_fraction(text):
    assert [m for m in numbers.find(text) if m.value is not None and m.value < 1] == []
