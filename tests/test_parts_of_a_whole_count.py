"""A count of a noun with nothing said of it, and a count of that noun narrowed to some of them.

"Harlow County had 14,020 applicants" counts all the applicants; "4,210
applicants passing the entrance test", "980 applicants whose papers were held
back", "1,850 applicants with disabilities" and "61,300 applicants scored 60
points" each count a part of them, however alike the words. A participle, a
relative clause of "whose" or "that", a phrase of its kind ("with", "in intensive care") or a verb
of result after the noun narrows it. The same part given two values is still
a conflict, and so are two wholes; a count told with its measure ("112 dead",
"a death toll of 121") still meets the other's, and so does a whole whose own
clause says what the part's narrowing says ("the strike involved 4,000
workers", "4,800 workers taking part in the strike").
"""

from __future__ import annotations

import pytest

from consistency import mentions
from consistency.claim_building import counted_group
from consistency.text import sentences


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        ("Harlow County had 14,020 applicants this year.",
         "The ministry said 4,210 applicants passing the entrance test would get places."),
        ("Harlow County had 14,020 applicants this year.", "Some 61,300 applicants scored 60 points or more."),
        ("Harlow County had 14,020 applicants this year.", "Among the 1,850 applicants with disabilities, 40 passed."),
        ("Harlow County had 14,020 applicants this year.",
         "The board released the marks of 980 applicants whose papers had been held back."),
        ("The Brenner district has 41,200 registered voters, officials said.",
         "Some 23,100 voters who backed Ilse Moss turned out on Sunday."),
        ("St Brennan's hospital is treating 210 patients.", "There are 45 patients in intensive care, the hospital said."),
        ("Norvik employs 5,200 staff across its plants.", "About 1,900 staff working from home will return in May."),
        ("The Tallis club has 8,300 members.", "Some 2,700 members voted against the merger, the club said."),
        ("The court heard 340 lawsuits this term.", "It heard 120 lawsuits involving minors this term."),
        # a part of a group told before, named again after the figure
        ("Venn defrauded 52 investors over six years, the court heard.",
         "Venn admitted stealing from 25 of the investors, the court heard."),
    ],
)
def test_a_part_is_not_its_whole(error_kinds, whole, part):
    assert error_kinds(whole, part) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Some 23,100 voters who backed Ilse Moss turned out on Sunday.",
         "Officials said 32,100 voters who backed Ilse Moss turned out on Sunday."),
        ("There are 45 patients in intensive care, the hospital said.",
         "The hospital said 54 patients in intensive care were stable."),
        ("About 1,900 staff working from home will return in May.",
         "Norvik said 2,900 staff working from home would return in May."),
        ("The ministry said 4,210 applicants passing the entrance test would get places.",
         "In all, 3,840 applicants passing the entrance test will get places, the ministry said."),
        ("Venn admitted stealing from 25 of the investors, the court heard.",
         "Venn admitted stealing from 52 of the investors, the court heard."),
        # "of its members" names the whole membership, not a group counted before: the count is of those out
        ("The union said 9,000 of its members walked out on Monday.", "The union said 11,000 members walked out on Monday."),
    ],
)
def test_one_part_given_two_values_conflicts(error_kinds, first, second):
    assert error_kinds(first, second) == ["value-conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Norvik employs 5,200 staff across its plants.", "Norvik has 5,800 staff, the company said."),
        ("The earthquake left 112 dead in the province.", "Officials gave a death toll of 121 in the quake."),
        ("The quake killed 112 people in the province.", "Rescuers buried the 121 people who died in the quake."),
        ("Harlow County had 14,020 applicants in the county this year.", "Harlow County had 14,200 applicants this year."),
        # the whole's own clause says what the part's narrowing says: one group
        ("The strike involved 4,000 workers.", "Some 4,800 workers taking part in the strike marched."),
        ("The walkout was joined by 4,000 nurses.", "The union said 4,800 nurses taking part in the walkout had lost pay."),
        # "who" after a count names the story's own group far more often than a part of it
        ("The plant employs 640 workers, the company said.", "Some 460 workers who clock in at the Orm site will lose pay."),
        ("The strike at the port has halted 40 ships, and 1,850 dockworkers have stayed away since Monday.",
         "The union said 1,580 dockworkers who belong to it joined the stoppage."),
    ],
)
def test_two_wholes_and_a_measure_still_meet(error_kinds, first, second):
    assert error_kinds(first, second) == ["value-conflict"]


def _group(text: str, figure: str):
    sentence = sentences(text)[0]
    return counted_group(sentence, next(m for m in mentions(text) if m.text == figure))


@pytest.mark.parametrize(
    ("text", "figure", "noun", "narrowed"),
    [
        ("Harlow County had 14,020 applicants this year.", "14,020", "applicant", False),
        ("The district has 41,200 registered voters.", "41,200", "voter", False),
        ("It had 300 staff working from home.", "300", "staff", True),
        # "who": a relative clause after a count most often describes the story's own group, not a part of it
        ("Some 40 people who were rescued were flown out.", "40 people", "peopl", False),
        ("There were 45 patients in intensive care.", "45", "patient", True),
        ("The ward had 45 patients in the old wing.", "45", "patient", False),  # an article: where, not which
        ("The board listed 300 pupils, with more to come.", "300", "pupil", False),  # a comma: said of all of them
    ],
)
def test_the_counted_noun_and_its_narrowing(text, figure, noun, narrowed):
    group = _group(text, figure)
    assert group is not None and (group.noun, group.narrowed) == (noun, narrowed)


def test_the_narrowing_words_are_the_parts_own():
    group = _group("The ministry said 4,210 applicants passing the entrance test, up from 3,900, would get places.", "4,210")
    assert group is not None and group.narrowing == ("pass", "entranc", "test")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 1,240 pupils sat the exam.", "1,240"),  # what the counted did
        ("Among the 900 entrants, 40 passed.", "40"),
        ("Police said 4,000 people marched through Varna.", "4,000 people"),
    ],
)
def test_no_group_read_where_a_verb_tells_what_the_counted_did(text, figure):
    assert _group(text, figure) is None
