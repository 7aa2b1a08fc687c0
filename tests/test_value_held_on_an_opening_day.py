"""A day that opens its sentence before a value its subject had then ("Three days ago, the highest temperature ever
measured in Scotland was 38.1C") says when the value held, no day anything happened: it is not set against the day
another report gives for the event that changed it. A day that opens a sentence of an act still dates the act."""

from __future__ import annotations

import consistency


def _date_rows(tmp_path, second: str) -> list[str]:
    (tmp_path / "a.md").write_text(
        "---\ndate: 2026-07-22\n---\nThe Met Office said a provisional 39.2C was measured at Ardmore in the Borders on "
        "Wednesday, a record for Scotland.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-07-23\n---\n{second}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


def test_a_value_held_on_an_opening_day_is_no_event(tmp_path):
    assert not _date_rows(tmp_path, "Three days ago, the highest temperature ever measured in Scotland was 38.1C, "
                                    "set at Ardmore in 2022.")


def test_an_act_on_an_opening_day_is_still_dated(tmp_path):
    rows = _date_rows(tmp_path, "On Tuesday, a provisional 39.2C was measured at Ardmore in the Borders, a record "
                                "for Scotland.")
    assert rows, "the measurement told on Tuesday against Wednesday"
