"""A sentence that names no one, after a sentence that is about no name, is the story's: its figures are compared
with any report's, not kept apart by the names of the headline ("Harlow Lane bridge collapse cuts Kelby in two"
against a report that names the road the bridge carries). A bridge "carries" its traffic as it "carried" it: one
frame in either tense (data/frame_words.csv)."""

from __future__ import annotations

import consistency


def _error_kinds(tmp_path, *reports: tuple[str, str]) -> list[str]:
    for i, (headline, body) in enumerate(reports):
        (tmp_path / f"{i}.txt").write_text(f"{headline}\nPublished: 6 September 2025\n\n{body}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([str(tmp_path)]).discrepancies if str(d.severity) == "error"]


def test_a_figure_after_a_sentence_about_no_name_is_the_storys(tmp_path):
    first = ("Harlow Lane bridge collapse cuts Kelby in two",
             "The collapse has cut the town in two. The bridge carried around 14,500 vehicles a day before it fell.")
    second = ("Two dead as bridge falls into river",
              "The bridge, built in 1964, is one of the main crossings on the B2140 and carries about 11,500 vehicles "
              "a day, the county council said.")
    assert "value-conflict" in _error_kinds(tmp_path, first, second)


def test_the_sentence_befores_subject_still_keeps_two_firms_apart(tmp_path):
    first = ("Results day for grocers", "Acme Foods reported results on Tuesday. Revenue rose to $2.1bn.")
    second = ("Results day for grocers", "Birch Foods reported results on Tuesday. Revenue rose to $3.4bn.")
    assert "value-conflict" not in _error_kinds(tmp_path, first, second)
