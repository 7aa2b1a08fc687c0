"""Counts of an act done once, told by reports of two days.

An act's count is its own whatever day each report tells it: "took £900,000
from 52 investors" and "jailed after admitting defrauding 25 investors" count
one fraud's victims, so two values disagree (value-conflict, not an update),
however the act is told: a past verb, a gerund after a preposition or a verb of
admitting ("for smuggling", "after admitting stealing"), a source after "from".
A count that runs (a later, higher count; a count revised down; a day's work
told as it goes), a level a change started from, and a part of the group ("14
of the clients") stay apart.
"""

from __future__ import annotations

import pytest

import consistency


@pytest.fixture
def kinds_on_two_days(tmp_path):
    """The kinds of the rows `check` finds between a report of 10 March 2025 and one of 12 March."""

    def check(first: str, second: str) -> list[str]:
        for name, day, text in (("a", "2025-03-10", first), ("b", "2025-03-12", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
        return [d.kind for d in consistency.check([tmp_path]).discrepancies]

    return check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # courts: a gerund after a verb of admitting, against a past verb with "from" naming whom it was taken from
        (
            "The court heard Dale took £900,000 from 52 investors over six years.",
            "Dale, 61, was jailed for seven years on Tuesday after admitting defrauding 25 investors.",
        ),
        # crime: a gerund after "for"
        (
            "Customs officers said the three men smuggled 640 kg of cocaine through the port of Ravel.",
            "The three men were jailed on Tuesday for smuggling 460 kg of cocaine through Ravel.",
        ),
        # sport: a gerund after "after", against a relative clause's past verb
        (
            "Coach Mara Lind doped 21 athletes over a decade, the tribunal found.",
            "Lind was banned for life on Wednesday after admitting doping 12 athletes.",
        ),
        # business: money taken from a count of customers
        (
            "Investigators said the scheme took deposits from 8,300 savers in Velden before it collapsed.",
            "Prosecutors said on Wednesday the Velden scheme was charged with defrauding 3,800 savers.",
        ),
        # politics: a part told with the total it is a part of is still the act's count
        (
            "The Green party won 38 of the 150 seats in the Velden parliament.",
            "The Greens, who won 28 of the 150 seats, said on Wednesday they would join the coalition.",
        ),
    ],
)
def test_an_acts_count_told_differently_on_a_later_day_is_a_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" in kinds_on_two_days(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a count officials revise down
        (
            "Officials said the floods had destroyed 410 homes in the Orsa valley.",
            "Officials on Wednesday revised the number of homes destroyed in the Orsa valley down to 140.",
        ),
        # a day's work told as it goes, a gerund with no preposition before it
        (
            "Volunteers spent Monday filling 4,000 sandbags along the Orsa.",
            "Volunteers spent Wednesday filling 2,400 sandbags along the Orsa.",
        ),
        # a later, higher count of an act that goes on
        (
            "Coastguard crews were praised after rescuing 41 people from the floodwater in Orsa.",
            "Coastguard crews were exhausted after rescuing 140 people from the floodwater in Orsa.",
        ),
        # a level a change started from
        (
            "Brenna Air cut its fleet from 52 to 40 jets last year.",
            "Brenna Air, which cut its fleet from 25 jets, said on Wednesday it would order more.",
        ),
        # a part of the group the act befell, and the whole
        (
            "Dale defrauded 41 clients over a decade, the court heard.",
            "Dale was jailed on Tuesday after admitting stealing from 14 of the clients.",
        ),
        # last year's fine and this year's
        (
            "Last year Kestrel Bank was fined for mis-selling 900 policies.",
            "Kestrel Bank was fined on Wednesday for mis-selling 1,400 policies.",
        ),
        # a place on a ranking is no count of an act, whatever verb it follows
        (
            "Anna Lind, rated 2410 and ranked 27th in the world, plays Petra Holm in Sunday's final in Velden.",
            "Anna Lind is the Velden Open champion after beating world number four Petra Holm 6-3 6-4 on Sunday evening.",
        ),
        # a running total and a later one
        (
            "The charity has delivered food parcels to 4,100 families since the floods.",
            "The charity was thanked on Wednesday for delivering food parcels to 1,400 families.",
        ),
    ],
)
def test_a_count_that_runs_or_another_count_is_no_conflict(kinds_on_two_days, first, second):
    assert "value-conflict" not in kinds_on_two_days(first, second)
