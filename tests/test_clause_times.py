"""A figure in a clause of its own, after a semicolon, takes that clause's date first ("In 2019 the chain had 112
stores; today it has 86"), and the sentence's date when its clause gives none ("In 2019 sales rose 5%; profit
fell 3%")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import consistency


def _times(tmp_path: Path, text: str) -> dict[str, tuple[dt.date, dt.date] | None]:
    (tmp_path / "a.txt").write_text(f"Published: 10 June 2026\n\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.time for c in consistency.claims([str(tmp_path)]) if c.mention.is_figure}


def test_a_clause_after_a_semicolon_takes_its_own_date(tmp_path):
    times = _times(tmp_path, "In 2019 the chain had 112 stores; today it has 86, of which it plans to close 30.")
    assert times["112"][1].year == 2019
    assert times["86"] == (dt.date(2026, 6, 10), dt.date(2026, 6, 10))
    assert times["30"] == (dt.date(2026, 6, 10), dt.date(2026, 6, 10))


def test_a_running_total_by_each_day_takes_each_day(tmp_path):
    times = _times(
        tmp_path,
        "By Monday customers had taken out 900 million crowns; by Tuesday night 2.3 billion crowns, about 16% of deposits.",
    )
    assert times["900 million crowns"][1] == dt.date(2026, 6, 8)
    assert times["2.3 billion crowns"][1] == dt.date(2026, 6, 9)


def test_a_clause_with_no_date_keeps_the_sentence_date(tmp_path):
    times = _times(tmp_path, "In 2019 sales rose 5% to 4.1 billion crowns; profit fell 3% to 310 million crowns.")
    assert times["310 million crowns"][1].year == 2019


def test_a_later_clauses_date_does_not_reach_back(tmp_path):
    times = _times(
        tmp_path,
        "The union, which said 14,000 members had walked out, wants 12% over two years; the company's offer stands at "
        "9% over three years, with 4% this year.",
    )
    assert times["14,000"] is None
