"""One relative change told in other words, across reports of different days, and what keeps two changes apart.

A study's finding told as a change ("walking cut the risk by 26%", "a 26%
lower risk", "were 22% less likely to die") is the same on every day it is
reported; a group's change ("31% lower in women") is not the whole's, nor
another group's, and two groups' changes never add up to a whole; a change
told with no level beside it is no count of a rising series, so "rose 7%" and
"fell 7%" of one risk conflict, and the row says which way each report goes.
"""

from __future__ import annotations

import pytest

import consistency
from consistency.claim_building import parts_totals
from consistency.model import Sentence


def _errors(tmp_path, *reports: tuple[str, str]) -> list:
    for i, (day, text) in enumerate(reports):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [d for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]


# (a first report's finding, a later report's, with {v} the amount)
FINDINGS = [
    (
        "Adults who walked 7,000 steps a day cut their risk of a heart attack by {v}%, a study by Halden "
        "University found.",
        "A Halden University study found that walking 7,000 steps a day brought a {v}% lower risk of a heart attack.",
    ),
    (
        "Children given the Velo nasal vaccine were {v}% less likely to be admitted to hospital with flu, "
        "a trial in Kessel found.",
        "The Kessel trial of the Velo nasal vaccine found a {v}% reduction in hospital admissions for flu among "
        "children.",
    ),
    (
        "Researchers at Orm University said a four-day week cut sick days by {v}% at the 61 firms in their study.",
        "The Orm University study of a four-day week at 61 firms found a {v}% drop in sick days.",
    ),
]


@pytest.mark.parametrize(("first", "later"), FINDINGS)
def test_a_studys_finding_told_on_two_days_with_two_amounts_conflicts(tmp_path, first, later):
    rows = _errors(tmp_path, ("2026-03-03", first.format(v=26)), ("2026-03-06", later.format(v=62)))
    assert [d.kind for d in rows] == ["value-conflict"]


@pytest.mark.parametrize(("first", "later"), FINDINGS)
def test_a_studys_finding_told_on_two_days_alike_agrees(tmp_path, first, later):
    assert _errors(tmp_path, ("2026-03-03", first.format(v=26)), ("2026-03-06", later.format(v=26))) == []


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # a price's change is each day's own
        ("Shares in Tarvo Foods fell 6%.", "Shares in Tarvo Foods fell 4%."),
        # a change of another time, told as such
        ("A 2019 study by Halden University found walkers cut their risk of a heart attack by 12%.",
         "A new Halden University study found that walkers cut their risk of a heart attack by 26%."),
    ],
)
def test_changes_of_other_days_agree(tmp_path, first, later):
    assert _errors(tmp_path, ("2026-03-03", first), ("2026-03-06", later)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The risk of stroke was 31% lower in women and 18% lower in men, the Halden study found.",
         "The Halden study found walkers had a 26% lower risk of stroke."),
        ("In the Kessel trial, admissions fell 40% among children and 12% among adults.",
         "Admissions fell 12% in the Kessel trial."),
        ("The risk of dementia was 31% lower in women, the Orm study found.",
         "The Orm study found the risk of dementia was 18% lower in men."),
    ],
)
def test_two_groups_changes_are_two_quantities(tmp_path, first, second):
    assert _errors(tmp_path, ("2026-03-03", first), ("2026-03-03", second)) == []


def test_two_groups_changes_are_no_parts_of_a_whole():
    text = "The risk was 31% lower in women and 18% lower in men."
    sentence = Sentence(text=text, start=0, end=len(text))
    figures = [m for m in consistency.mentions(text) if m.kind == "percent"]
    assert parts_totals(sentence, figures) == {}


@pytest.mark.parametrize(
    ("up", "down"),
    [
        ("The Halden study found the risk of stroke rose 7%.", "The Halden study found a 7% drop in stroke risk."),
        ("Tarvo Foods said its pre-tax profit rose 4% last year.", "Tarvo Foods said its pre-tax profit fell 4% last year."),
    ],
)
def test_a_rise_and_a_fall_of_one_amount_conflict_and_the_row_says_which_way(tmp_path, up, down):
    (row,) = _errors(tmp_path, ("2026-03-03", up), ("2026-03-03", down))
    assert row.kind == "value-conflict"
    assert "up 7%" in row.summary or "up 4%" in row.summary
    assert "down 7%" in row.summary or "down 4%" in row.summary


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a target and what was done so far
        ("Kessel aims to cut its carbon emissions by 40% by 2030.", "Kessel has cut its carbon emissions by 24% since 2019."),
        ("The Velo club wants a 15% cut in its wage bill.", "The Velo club cut its wage bill by 9% last season."),
        ("Police in Orm pledged to reduce burglaries by 20%.", "Burglaries in Orm fell 11%, police said."),
        # over a year and over a quarter
        ("Tarvo Foods' online sales rose 8% from a year earlier in the fourth quarter.",
         "Tarvo Foods' online sales rose 2% from the third quarter."),
        # the risk of one condition and of another
        ("The Halden study found walkers had a 26% lower risk of a heart attack.",
         "The Halden study found walkers had a 7% lower risk of stroke."),
    ],
)
def test_changes_of_other_quantities_agree(tmp_path, first, second):
    assert _errors(tmp_path, ("2026-03-03", first), ("2026-03-03", second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tarvo Foods cut its dividend by 50%.", "Tarvo Foods cut its dividend by a third."),
        ("The Orm study found the drug reduced the risk of stroke by 50%.",
         "The Orm study found the drug reduced the risk of stroke by nearly a third."),
        ("Kessel police said burglaries fell by a fifth.", "Kessel police said burglaries fell 45%."),
    ],
)
def test_a_fraction_of_change_compares_with_a_percentage(tmp_path, first, second):
    assert [d.kind for d in _errors(tmp_path, ("2026-03-03", first), ("2026-03-03", second))] == ["value-conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tarvo Foods cut its dividend by 50%.", "Tarvo Foods cut its dividend by half."),
        ("The Orm study found the drug reduced the risk of stroke by 31%.",
         "The Orm study found the drug reduced the risk of stroke by nearly a third."),
        ("Kessel police said burglaries fell by a fifth.", "Kessel police said burglaries fell 20%."),
        # a share of a whole is no change
        ("A third of Kessel's voters backed the plan.", "Support for the plan in Kessel fell 12%."),
    ],
)
def test_a_fraction_of_change_agrees_with_its_percentage(tmp_path, first, second):
    assert _errors(tmp_path, ("2026-03-03", first), ("2026-03-03", second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The clinic's waiting list grew again in May, up 8.6% on the 28,770 patients recorded a year earlier.",
         "The clinic's waiting list reached 31,250 patients in May, the health board said."),
        ("Ferry traffic rose in June, up 4% from the 212,000 passengers carried a year before.",
         "The ferry line carried 220,500 passengers in June, the operator said."),
        ("Thefts fell in the first quarter, down 11% compared with the 3,420 reported a year earlier.",
         "Police recorded 3,040 thefts in the first quarter."),
    ],
)
def test_the_base_a_change_is_reckoned_on_is_no_value_now(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        (  # business: the level a result reached after its change, the change alike in both
            "Dravik Holdings said its revenue rose 12% last year to $4.1bn.",
            "Dravik Holdings' revenue rose 12% to $1.4bn last year.",
            ("$4.1bn", "$1.4bn"),
        ),
        (  # the change and its level in either order, no owner named
            "Revenue rose 12% last year to $4.1bn, the company said.",
            "Revenue rose 12% to $1.4bn last year, the report showed.",
            ("$4.1bn", "$1.4bn"),
        ),
        (  # a fall, in crowns
            "Sales fell 18% last year to 7.4 billion crowns, the retailer said.",
            "Sales fell 18% to 4.7 billion crowns last year, the filing showed.",
            ("7.4 billion crowns", "4.7 billion crowns"),
        ),
    ],
)
def test_the_level_a_change_reached_is_compared_by_what_changed(error_texts, first, second, texts):
    assert any(set(row) == set(texts) for row in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two results of one company: the level of revenue is no level of profit
        ("Dravik Holdings' revenue rose 12% to $4.1bn last year.", "Dravik Holdings' profit fell 3% to $1.4bn last year."),
        # two companies' levels
        ("Dravik Holdings' revenue rose 12% to $4.1bn last year.", "Borla Group's revenue rose 12% to $3.2bn last year."),
        # a quarter's level is not the year's
        ("Dravik Holdings' third-quarter revenue rose 12% to $1.1bn.", "Dravik Holdings' full-year revenue rose 8% to $4.2bn."),
    ],
)
def test_levels_of_other_quantities_agree(error_texts, first, second):
    assert error_texts(first, second) == []
