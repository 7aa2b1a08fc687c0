"""Two names a report counts one measure for, each on its own, are two owners of that measure: every report of
the story may name both, and still their figures are never one quantity's values (no conflict, no update)."""

from __future__ import annotations

import consistency


def _check(tmp_path, *texts: str) -> list[consistency.Discrepancy]:
    for i, text in enumerate(texts):
        (tmp_path / f"{chr(97 + i)}.md").write_text(f"---\ndate: 2025-03-{12 + 3 * i}\n---\n{text}\n", encoding="utf-8")
    return consistency.check([tmp_path]).discrepancies


def _rows(tmp_path, *texts: str) -> list[tuple[str, str]]:
    return [(str(d.severity), d.kind) for d in _check(tmp_path, *texts)]


def test_two_parties_seats_are_no_series(tmp_path):
    found = _check(
        tmp_path,
        "Early results give the Unity Party 28 seats. Prime Minister Ana Kroll's Civic Front came second with 22 seats.",
        "Final results showed the Unity Party with 27 seats. Ana Kroll's Civic Front held on to 22 seats.",
        "The Unity Party, which Mr Orlov leads, won 27 seats. Ana Kroll, whose Civic Front won 22 seats, will go into "
        "opposition.",
    )
    # the first party's count fell from 28 to 27 as the count ended: that is its one update
    assert [sorted({c.mention.text for c in d.claims}) for d in found] == [["27 seats", "28 seats"]], found


def test_two_clubs_goals_and_two_firms_staff_are_no_series(tmp_path):
    assert _rows(
        tmp_path,
        "Harlow Town have scored 41 goals this season. Their rivals Denby Rovers have scored 33 goals.",
        "Denby Rovers have scored 33 goals this season, and Harlow Town 41 goals.",
        "Orvel Foods employs 4,200 staff. Its rival Pellam Group employs 3,100 staff.",
    ) == []


def test_one_owners_count_told_two_ways_is_still_compared(tmp_path):
    rows = _rows(
        tmp_path,
        "The Unity Party won 27 seats. The Civic Front won 22 seats.",
        "The Unity Party won 29 seats. The Civic Front won 22 seats.",
    )
    assert ("error", "value-conflict") in rows or ("info", "update") in rows, rows
