"""A word that makes a figure another quantity of the same noun: an expectation, a first setting, what is at risk,
a sum of several, a like-for-like measure. Such a figure is compared only with figures qualified the same way."""

from __future__ import annotations

import pytest

import consistency

OTHER = "Unrelated copy about the weather in Kessa on Monday."


def _errors(tmp_path, first: str, second: str = OTHER) -> list[str]:
    for name, text in (("a", first), ("b", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what analysts expected is no result
        ("Marrow Foods posted a pre-tax loss of £26m for the year. Analysts had expected a loss of about £20m.", OTHER),
        ("The Ridley Bank quarterly profit of $1.2bn beat the $1.05bn analysts had expected.", OTHER),
        # a sum of several parties, teams or firms is none of them
        ("The Centre Party now has 14 seats after the recount. The two parties together would have 41 seats.", OTHER),
        ("Harlow Town scored 31 goals this season. The two clubs together scored 58 goals.", OTHER),
        # what is at risk is not what is lost
        ("The Kessling plant will close with the loss of 120 jobs, Dornier said.",
         "About 2,000 jobs across Dornier are at risk, the union said."),
        ("Dornier will cut 450 jobs at its Kessling plant.", "Dornier said 900 jobs were at risk at its Kessling plant."),
        ("Dornier will cut 450 jobs at its Kessling plant.", "The union said 900 jobs at Dornier could be lost."),
        # like-for-like sales strip out new and closed stores: not total sales
        ("Like-for-like sales at Orvel fell 3.2% in the year.", "Sales at Orvel fell 7% in the year."),
        ("Same-store sales at Pellam rose 1.8% in the quarter.", "Pellam's sales rose 6% in the quarter."),
        # what several owners hold between them is none of theirs
        ("The three parties hold 81 seats in the new parliament.", "The National Union won 59 seats in the election."),
        ("Both clubs were fined 40,000 euros after the brawl.", "Harlow Town were fined 25,000 euros after the brawl."),
        # what is needed to pass a line is no count reached
        ("A majority in the Varne parliament requires 76 seats.", "The Greens won 71 seats in the Varne election."),
        # the size of a thing, written before it, is no count of what is won or done
        ("Turnout was high for the 150-seat parliament.", "The Greens won 11 seats in the Varne parliament."),
        ("The 300-bed hospital treated 42 patients after the crash.", "Doctors treated 42 patients after the crash."),
        # a limit is no value reached
        ("Stewards found the car broke the 80km/h pit-lane speed limit. Its top speed was 301km/h.", OTHER),
        ("Ministers set a cap of £20bn on new borrowing.", "The chancellor will borrow £25bn next year."),
        # a setting first made, then changed, is not the setting that stands
        ("Police initially set up a 200-metre cordon around the Belmont Street building.",
         "Residents outside the 400-metre cordon around the Belmont Street building were allowed home."),
    ],
)
def test_a_qualified_figure_is_not_compared_with_the_plain_one(tmp_path, first, second):
    assert _errors(tmp_path, first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Like-for-like sales at Orvel fell 3.2% in the year.", "Orvel's like-for-like sales fell 2.3% in the year."),
        ("About 2,000 jobs at Dornier are at risk, the union said.", "Some 3,000 jobs at Dornier are at risk, the union said."),
        # jobs that could go are what is at risk, in other words
        ("About 2,000 jobs at Dornier are at risk, the union said.",
         "Some 3,000 jobs at Dornier could go, the union said."),
        ("The pit-lane speed limit at Varne is 60km/h.", "The pit-lane speed limit at Varne is 80km/h."),
        ("A party needs 46 seats for a majority in the Varne parliament.",
         "A party needs 64 seats for a majority in the Varne parliament."),
        ("Elections to the 150-seat Varne parliament are held every four years.",
         "Elections to the 105-seat Varne parliament are held every four years."),
        ("The Centre Party and the Greens together would have 41 seats.",
         "The Centre Party and the Greens would have 44 seats between them."),
    ],
)
def test_two_figures_qualified_alike_are_still_compared(tmp_path, first, second):
    assert "value-conflict" in _errors(tmp_path, first, second)


def test_a_risk_that_is_measured_is_no_risk_to_a_count(tmp_path):
    # "cut the risk by 13%": the risk is what the figure measures, and two reports of it are compared
    assert "value-conflict" in _errors(
        tmp_path,
        "Taking the pill daily could cut your risk of a stroke by 21%, according to the Oslo researchers.",
        "The Oslo study found the daily pill was linked to a 12% lower risk of a stroke.",
    )


@pytest.mark.parametrize(
    ("text", "on_the_ground"),
    [
        ("The jet crashed into homes, killing 19 people on the ground.", True),
        ("All 35,200 seats in the new ground are covered.", False),
        ("The 32,500-seat ground hosts its first game in August.", False),
    ],
)
def test_on_the_ground_is_said_in_its_three_words(tmp_path, text, on_the_ground):
    """"Killed on the ground" counts those on the ground; a stadium is a ground too, and its seats are no one's."""
    (tmp_path / "a.txt").write_text(f"H\nPublished: 10 June 2026\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    figure = next(c for c in report.claims if c.mention.is_figure)
    assert ("on the ground" in figure.frame.qualifiers) == on_the_ground
