"""A sentence most reports of a story give again: its words are the story's topic, yet its copies are compared
(by the whole sentence, or by a word rare in English).

Five reports of one story, dated alike. Each gives the story's key sentence
(so every word of it is common to the story), one with a figure or a date
changed; the other sentences differ from report to report.
"""

from __future__ import annotations

import pytest

import consistency

ASIDES = (
    "Residents were told to stay indoors.",
    "The regional governor visited the area later.",
    "Local schools will stay closed until further notice.",
    "A helpline has been opened for relatives.",
    "Insurers are expected to publish estimates next week.",
)


def error_rows(tmp_path, shared: str, changed: str) -> set[tuple[str, tuple[str, ...]]]:
    """The error rows of a check of five reports: the first four give `shared`, the last `changed`."""
    for i, aside in enumerate(ASIDES):
        sentence = changed if i == len(ASIDES) - 1 else shared
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: 2024-06-12\n---\n\n{sentence} {aside}\n", encoding="utf-8")
    report = consistency.check([tmp_path])
    return {
        (d.kind, tuple(sorted(c.mention.text for c in d.claims)))
        for d in report.discrepancies
        if str(d.severity) == "error"
    }


@pytest.mark.parametrize(
    ("shared", "changed", "row"),
    [
        ("The settlement was approved by a federal judge on June 6, 2024.",
         "The settlement was approved by a federal judge on May 9, 2024.",
         ("date-conflict", ("June 6, 2024", "May 9, 2024"))),
        ("The new terminal was formally opened by the transport minister on 3 June 2024.",
         "The new terminal was formally opened by the transport minister on 30 May 2024.",
         ("date-conflict", ("3 June 2024", "30 May 2024"))),
        # a short sentence: a word rare in English pairs it ("recount", "aftershock")
        ("A recount was ordered for 22 December 2024.", "A recount was ordered for 26 December 2024.",
         ("date-conflict", ("22 December 2024", "26 December 2024"))),
        ("Sixty firefighters and 14 engines were sent to the scene.",
         "Sixty firefighters and 9 engines were sent to the scene.",
         ("value-conflict", ("14", "9"))),
        ("Some 1,200 homes were evacuated and 14 people were taken to hospital.",
         "Some 1,200 homes were evacuated and 25 people were taken to hospital.",
         ("value-conflict", ("14 people", "25 people"))),
        ("At full output the plant can supply 640,000 homes, its operator said.",
         "At full output the plant can supply 934,400 homes, its operator said.",
         ("value-conflict", ("640,000 homes", "934,400 homes"))),
    ],
)
def test_a_changed_copy_of_the_story_sentence_is_found(tmp_path, shared, changed, row):
    assert row in error_rows(tmp_path, shared, changed)


@pytest.mark.parametrize(
    ("shared", "changed"),
    [
        # the same figure, rounded and hedged
        ("Sixty firefighters and 14 engines were sent to the scene.",
         "Sixty firefighters and about 15 engines were sent to the scene."),
        # a count that rose, each figure with its own day
        ("The number of people taken to hospital rose to 17 on Tuesday, June 11.",
         "The number of people taken to hospital rose to 23 on Wednesday, June 12."),
    ],
)
def test_a_copy_that_agrees_or_moves_on_is_not_flagged(tmp_path, shared, changed):
    assert not error_rows(tmp_path, shared, changed)
