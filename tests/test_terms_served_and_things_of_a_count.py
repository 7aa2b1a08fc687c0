"""Two figures told of a person or a thing, whatever day the report tells them.

- A term in prison told as being served ("Tollner is serving 14 years for robbery") is a sentence, as "was jailed
  for 14 years" is; a count of what a firm serves ("serves 300 customers") is none.
- A thing said by the count it is made of, then when it was made ("a block of 72 flats built in 1968"): the year
  is the building's, not the count's, which stands on the day of the report. A count of what an act did ("the storm
  destroyed 4,000 homes built in 2019") keeps its year.
"""

from __future__ import annotations

import consistency


def _figures(tmp_path, text: str, day: str = "2026-06-09") -> dict[str, tuple]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: (c.frame.measure, c.time) for c in consistency.claims(str(path)) if c.mention.is_figure}


def test_a_term_being_served_is_a_sentence(tmp_path):
    figures = _figures(tmp_path, "Tollner is serving 14 years for a string of armed robberies. The firm serves 300 customers.")
    assert figures["14 years"][0] == "sentence"
    assert figures["300"][0] != "sentence"


def test_two_terms_being_served_conflict(dated_errors):
    assert dated_errors(
        ("2026-02-15", "Rhys Tollner is serving 14 years for a series of armed robberies."),
        ("2026-02-17", "Tollner, 36, is serving 17 years for a string of armed hold-ups."),
        kind="value-conflict",
    )


def test_the_year_a_thing_of_a_count_was_built_is_not_the_counts(tmp_path):
    figures = _figures(tmp_path, "The blast hit Harwood Court, a block of 72 flats built in 1968, on Tuesday.")
    assert figures["72"][1] is None or figures["72"][1][0].year == 2026


def test_a_count_of_what_an_act_did_keeps_its_year(tmp_path):
    figures = _figures(tmp_path, "The storm destroyed 4,000 homes built in 2019.")
    assert str(figures["4,000 homes"][1][0]) == "2019-01-01"


def test_two_counts_of_one_blocks_flats_conflict(dated_errors):
    assert dated_errors(
        ("2026-06-09", "The blast at Harwood Court, a block of 72 flats built in 1968, happened on Tuesday."),
        ("2026-06-10", "The blast ripped through Harwood Court, a nine-storey block containing 84 flats, on Tuesday."),
        kind="value-conflict",
    )
