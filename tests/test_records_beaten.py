"""A figure a new mark is said to better or eclipse ("bettering the 2:12:40 that Sara Lund set in 2021") is the
record before it, as "the previous record of 2:12:04" is: the two are compared, and a record said of another holder
is not that one."""

from __future__ import annotations

import pytest

import consistency


def _rows(tmp_path, first: str, second: str) -> list[str]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-10-05\n---\nMaya Oduya won the Harbury Marathon on Sunday. {first}\n",
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-10-06\n---\nOduya won in Harbury on Sunday. {second}\n",
                                   encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "value-conflict"]


@pytest.mark.parametrize("beaten", [
    "She crossed the line in 2:19:55, bettering the 2:20:31 that Sara Lund had set in 2021.",
    "Oduya eclipsed the 2:20:31 that Sara Lund had set in 2021 by 36 seconds.",
])
def test_the_mark_a_record_bettered_is_the_previous_record(tmp_path, beaten):
    rows = _rows(tmp_path, beaten, "The previous record of 2:20:13 was set by Sara Lund in 2021.")
    assert any("2:20:31" in r and "2:20:13" in r for r in rows), rows


def test_another_holders_record_is_not_compared(tmp_path):
    rows = _rows(tmp_path, "She crossed the line in 2:19:55, bettering the 2:20:31 that Sara Lund had set in 2021.",
                 "The men's previous record of 2:06:13 was set by Tadeo Ruiz in 2019.")
    assert not [r for r in rows if "2:20:31" in r], rows
