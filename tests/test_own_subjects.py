"""Whose count a sentence gives: the sentence before lends its names only to a sentence that names no subject
of its own; a count that is its clause's subject ("All 186 passengers were unhurt") is no one's named before."""

from __future__ import annotations

import pytest

from consistency.align.subjects import counts_its_own_subject
from consistency.model import Sentence
from consistency.parse import mentions


def _counts_own(text: str) -> bool:
    return counts_its_own_subject(Sentence(0, len(text), text), [m for m in mentions(text) if m.is_figure])


@pytest.mark.parametrize(
    "text",
    [
        "All 186 passengers were unhurt.",
        "A record 4,200 runners started the race, organisers said.",
        "Some 1.2 million voters cast ballots in the runoff.",
        "In the second round, more than 900,000 voters stayed at home.",
        "Union officials said 2,300 workers walked out on Tuesday.",
        "An estimated 15,000 fans lined the route.",
    ],
)
def test_a_count_that_opens_its_clause_is_its_own_subject(text):
    assert _counts_own(text)


@pytest.mark.parametrize(
    "text",
    [
        "Its 2,300 workers walked out on Tuesday.",  # whose: the pronoun's
        "About 2,300 of its workers walked out on Tuesday.",
        "The company said 2,300 workers would lose their jobs.",  # the kind noun speaks for the one named before
        "It said 2,300 workers would lose their jobs.",
        "The three parties hold 81 seats.",  # a definite count: those told of before
        "In the capital, 61% of voters backed her.",  # a share, and a pronoun for the one named before
        "Two days later, the firm cut 300 jobs.",  # a span of time opens the sentence
        "The 31-year-old signed a three-year deal.",  # an age stands for a person
        "A 5.9 magnitude quake struck at dawn.",  # a measure, not a count
    ],
)
def test_a_count_of_someone_named_before_is_not_its_own_subject(text):
    assert not _counts_own(text)


# the sentence before each count names someone else in each report: the count is still the same one
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # passengers after a sentence on the pilot, and after one on the airline's spokesman
        ("Nordair flight 412 made an emergency landing in Oslo on Monday. Captain Maria Lind brought the jet down "
         "safely. All 186 passengers were unhurt.",
         "Nordair flight 412 made an emergency landing in Oslo on Monday. Airline spokesman Per Aas praised the "
         "crew. All 168 passengers were unhurt."),
        # voters after a sentence on one candidate and after one on the other
        ("Ragna Alder won the Velland presidential runoff on Sunday. Her rival Tor Brisk conceded on Sunday night. "
         "Some 1.2 million voters cast ballots in the runoff.",
         "Ragna Alder won the Velland presidential runoff on Sunday. She thanked her supporters in Kessa. "
         "Some 1.5 million voters cast ballots in the runoff."),
        # a factory's workers after a sentence on its manager and after one on its owner
        ("The Tarn steelworks halted production on Monday. Its manager, Jan Varga, blamed the union. "
         "A total of 2,400 workers walked out at the plant.",
         "The Tarn steelworks halted production on Monday. Owner Lise Holm declined to comment. "
         "A total of 1,900 workers walked out at the plant."),
    ],
)
def test_a_count_that_is_its_own_subject_is_compared_whoever_the_sentence_before_names(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Steel output in Velland fell sharply in March. Acme Corp will close its Tarn plant. "
         "Its 2,400 workers were told on Monday.",
         "Steel output in Velland fell sharply in March. Birch Ltd will close its Varna plant. "
         "Its 1,900 workers were told on Monday."),
        ("Steel output in Velland fell sharply in March. Acme Corp will close its Tarn plant. "
         "About 2,400 of its workers were told on Monday.",
         "Steel output in Velland fell sharply in March. Birch Ltd will close its Varna plant. "
         "About 1,900 of its workers were told on Monday."),
        ("Steel output in Velland fell sharply in March. Acme Corp will close its Tarn plant. "
         "The company said 2,400 workers would lose their jobs.",
         "Steel output in Velland fell sharply in March. Birch Ltd will close its Varna plant. "
         "The company said 1,900 workers would lose their jobs."),
    ],
)
def test_a_count_that_speaks_of_the_one_named_before_is_that_ones(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def _internal(text: str, error_kinds) -> bool:
    return "internal-conflict" in error_kinds(text, "Unrelated copy about the weather in Kessa on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        # two winners of two races, each named; a country both share is no one owner
        "Kenya's Tom Rotich won the Varna marathon in 2:06:10. In the women's race, Kenya's Ana Kirui won in 2:21:43.",
        "Ethan Moss won the men's final in 3:41.2. In the women's final, Lea Brandt won in 4:02.9.",
        # two candidates' shares
        "Ms Alder received 52% of the vote in the runoff. Mr Brisk received 45% of the vote.",
        # two counts of people in one disaster, told apart by what they count
        "Nine people died when the Brask dam broke. Four people remain missing. About 3,400 people remain in shelters.",
    ],
)
def test_two_owners_or_two_measures_in_one_report_are_no_internal_conflict(error_kinds, text):
    assert not _internal(text, error_kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Rotich won the Varna marathon in 2:06:10 on Sunday. Rotich, who trains in Eldoret, won the Varna marathon "
        "in 2:08:10.",
        "Acme Corp will cut 300 jobs at its Tarn plant, the company said. Acme Corp will cut 350 jobs at the Tarn "
        "plant by June.",
        "The Brask dam collapse killed 260 people. Rescuers said 265 people were killed in the Brask dam collapse.",
    ],
)
def test_one_owners_measure_given_twice_in_one_report_is_an_internal_conflict(error_kinds, text):
    assert _internal(text, error_kinds)
