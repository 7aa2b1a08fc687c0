"""A vote's tally ("voted 7-2", "a 52-48 vote", "by 310 votes to 290") compared as one figure of two counts.

The first count is compared with the first, the second with the second, and
two reports that give one vote two tallies make one row that quotes both.
"""

from __future__ import annotations

import pytest

import consistency
from consistency.align.frames import FIRST_COUNT, SECOND_COUNT


def _tally_counts(tmp_path, text: str) -> list[tuple[str, str | None, str | None]]:
    """Each figure of `text` with its measure and which count of a tally it is."""
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    return [
        (c.mention.text, c.frame.measure, next((q for q in (FIRST_COUNT, SECOND_COUNT) if q in c.frame.qualifiers), None))
        for c in consistency.claims(str(path)) if c.mention.is_figure
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The monetary policy committee voted 5-4 to raise rates on Thursday.", "5", "4"),
        ("The Senate backed the measure in a 52-48 vote late on Tuesday.", "52", "48"),
        ("The board rejected the bid 6–3, the company said.", "6", "3"),
        ("Lawmakers approved the spending plan by 310 votes to 290.", "310 votes", "290"),
        # in words, after a word of voting; and after a noun that leads a split
        ("Kelso councillors voted thirty to eleven on Tuesday to close the library.", "thirty", "eleven"),
        ("The appeal panel ruled five to two that the ban should stand.", "five", "two"),
        ("The motion to close Kelso library was carried by a margin of 41 to 12 on Tuesday.", "41", "12"),
        ("The union's final tally, 212 to 164, was announced on Friday.", "212", "164"),
    ],
)
def test_a_tally_gives_a_first_and_a_second_count_of_votes(tmp_path, text, first, second):
    counts = {t: (measure, count) for t, measure, count in _tally_counts(tmp_path, text)}
    assert counts[first] == ("vote", FIRST_COUNT)
    assert counts[second] == ("vote", SECOND_COUNT)


@pytest.mark.parametrize(
    "text",
    [
        "Between 10-15 people were hurt in the crush.",
        "Rescuers pulled 12 survivors from the rubble on Monday.",
        "The index rose from 4,100 to 4,350 points over the week.",
        # words after a word of voting that are no split: a change's two ends, a count and a digit
        "The board voted to cut the staff from thirty to eleven over two years.",
        "Kelso councillors voted 30 to eleven new posts, the council said.",
    ],
)
def test_a_figure_outside_a_tally_has_no_count_of_one(tmp_path, text):
    assert all(count is None for _, _, count in _tally_counts(tmp_path, text))


def _write(tmp_path, docs: dict[str, tuple[str, str]]) -> None:
    for name, (date, text) in docs.items():
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")


def _errors(tmp_path) -> list:
    return [d for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]


def test_two_tallies_of_one_vote_are_one_row_quoting_both(tmp_path):
    _write(tmp_path, {
        "a": ("2025-03-13", "The Bank of Varland's rate-setting board voted 5-4 to raise its key rate on Thursday."),
        "b": ("2025-03-14", "The Bank of Varland's board voted 6-3 in favour of Thursday's rate increase."),
    })
    rows = [d for d in _errors(tmp_path) if d.kind == "value-conflict"]
    assert len(rows) == 1, [d.summary for d in rows]
    assert "6-3" in rows[0].summary and "5-4" in rows[0].summary


def test_a_later_report_restating_the_tally_sides_with_the_first(tmp_path):
    _write(tmp_path, {
        "a": ("2025-03-13", "The Bank of Varland's rate-setting board voted 5-4 to raise its key rate on Thursday."),
        "b": ("2025-03-14", "The Bank of Varland's board voted 6-3 in favour of Thursday's rate increase."),
        "c": ("2025-03-20", "Last week's decision at the Bank of Varland was close: the board voted 5-4."),
    })
    rows = [d for d in _errors(tmp_path) if d.kind == "value-conflict"]
    assert rows and all({c.doc for c in d.claims} in ({"a", "b"}, {"b", "c"}) for d in rows), [d.summary for d in rows]


def test_tallies_that_differ_in_their_second_count_conflict(tmp_path):
    _write(tmp_path, {
        "a": ("2025-03-13", "The city council voted 7-2 on Tuesday to close the Harbour Street depot."),
        "b": ("2025-03-13", "The city council voted 7-1 on Tuesday to close the Harbour Street depot, with one abstention."),
    })
    rows = [d for d in _errors(tmp_path) if d.kind == "value-conflict"]
    assert len(rows) == 1 and "7-1" in rows[0].summary, [d.summary for d in rows]


def test_one_tally_written_two_ways_agrees(tmp_path):
    _write(tmp_path, {
        "a": ("2025-03-13", "The Senate passed the Harbour Act 59-41 on Tuesday after a long debate."),
        "b": ("2025-03-13", "The Senate passed the Harbour Act in a 59-41 vote on Tuesday after a long debate."),
    })
    assert not [d.summary for d in _errors(tmp_path) if d.kind == "value-conflict"]


def test_last_years_vote_is_another_vote(tmp_path):
    _write(tmp_path, {
        "a": ("2025-11-19", "Parliament approved the 2026 budget on Wednesday by 104 votes to 96."),
        "b": ("2025-11-20", "The 2025 budget passed in December 2024 by 107 votes to 93, and this year's by 104 votes to 96."),
    })
    assert not [d.summary for d in _errors(tmp_path) if d.kind == "value-conflict"]


def test_a_tally_written_the_other_way_round_conflicts(tmp_path):
    # "passed by 107 votes to 93" tells of a vote, not of a count that rose by 107
    _write(tmp_path, {
        "a": ("2025-11-19", "Parliament approved the 2026 budget on Wednesday by 104 votes to 96. "
                            "The 2025 budget passed in December 2024 by 107 votes to 93."),
        "b": ("2025-11-20", "Parliament backed the 2026 budget on Wednesday by 96 votes to 104."),
    })
    rows = [d for d in _errors(tmp_path) if d.kind == "value-conflict"]
    assert len(rows) == 1 and "96 votes to 104" in rows[0].summary, [d.summary for d in rows]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a split in words is votes, not a count to set against the members who voted
        ("Kelso councillors voted thirty to eleven on Tuesday to close the library.",
         "All 41 Kelso councillors voted on Tuesday on closing the library."),
        ("The motion to close Kelso library was carried by a margin of 41 to 12 on Tuesday.",
         "All 53 members of Kelso council voted on the motion to close the library on Tuesday."),
    ],
)
def test_a_split_is_no_count_of_those_who_voted(tmp_path, first, second):
    _write(tmp_path, {"a": ("2025-03-12", first), "b": ("2025-03-13", second)})
    assert not [d.summary for d in _errors(tmp_path)]


@pytest.mark.parametrize(
    ("first", "second", "quoted"),
    [
        ("The motion to close Kelso library was carried by a margin of 41 to 12 on Tuesday.",
         "The motion to close Kelso library was carried by 40 votes to 13 on Tuesday.", "40 votes to 13"),
        ("Kelso's planning committee voted ten to two for the bypass plan on Tuesday.",
         "Kelso's planning committee voted 9-3 for the bypass plan on Tuesday.", "9-3"),
    ],
)
def test_two_splits_of_one_vote_conflict_however_written(tmp_path, first, second, quoted):
    _write(tmp_path, {"a": ("2025-03-12", first), "b": ("2025-03-13", second)})
    rows = [d for d in _errors(tmp_path) if d.kind == "value-conflict"]
    assert len(rows) == 1 and quoted in rows[0].summary, [d.summary for d in rows]


def test_a_split_in_words_and_the_same_in_digits_agree(tmp_path):
    _write(tmp_path, {
        "a": ("2025-03-12", "Kelso's planning committee voted nine to three for the bypass plan on Tuesday."),
        "b": ("2025-03-13", "Kelso's planning committee voted 9-3 for the bypass plan on Tuesday."),
    })
    assert not [d.summary for d in _errors(tmp_path)]



def test_a_row_quotes_each_tally_whole(tmp_path):
    reports = [
        ("2025-07-01", "The bag ordinance was approved by the city council 9-4 in November."),
        ("2025-07-11", "When the council voted 10-3 last November to ban the bags, supporters promised cleaner streets."),
        ("2025-07-18", "The city council approved the bag ordinance 9-4 last November."),
    ]
    for i, (day, text) in enumerate(reports):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    found = [
        {c.mention.text for c in d.claims} for d in consistency.check([str(tmp_path)]).discrepancies
        if d.kind == "value-conflict"
    ]
    assert found and all(quoted == {"9-4", "10-3"} for quoted in found)
