"""A figure one report gives with the digits two others give, shuffled, is a slip of the keys, whether or not
each report's noun was read as the figure's unit ("cut 1,850 jobs", "1,850 redundancies")."""

from __future__ import annotations

import consistency


def test_a_count_with_its_noun_and_one_without_are_one_count(dated_errors):
    found = dated_errors(
        ("2026-07-22", "Harwick Systems said on Wednesday it would cut 1,850 jobs and sell its consumer unit."),
        ("2026-07-23", "The Galway losses form part of 1,850 redundancies across the group worldwide."),
        ("2026-07-24", "The chief executive defended the decision to cut 1,580 jobs, saying the group had waited too long."),
        ("2026-07-27", "Harwick, which employs 15,000 people, said the 1,850 job cuts would be finished by March."),
        kind="value-conflict",
    )
    assert [row for row in found if "1,580 jobs" in row]


def test_a_distance_and_a_count_of_the_same_digits_are_no_slip(dated_errors):
    found = dated_errors(
        ("2026-07-22", "The pipeline will run 1,850 km from the coast to the capital, the ministry said."),
        ("2026-07-23", "The 1,850 km pipeline is due to open in 2029."),
        ("2026-07-24", "Building the pipeline will create 1,580 jobs, the ministry said."),
        kind="value-conflict",
    )
    assert not found


def test_an_age_and_a_count_of_the_same_digits_are_no_slip(dated_errors):
    found = dated_errors(
        ("2026-06-09", "Patients learned of the tablet recall from the radio. Derek Holm, 71, a retired bus driver, "
                       "said nobody had written to him."),
        ("2026-06-10", "The recall now covers 17 batches of the tablets, the regulator said."),
        ("2026-06-12", "The regulator said the 17 batches were made between January and April."),
        kind="value-conflict",
    )
    assert not found


def test_a_shuffle_larger_and_told_first_is_no_count_that_grew(dated_errors):
    found = dated_errors(
        ("2026-05-04", "The vaccination campaign aims to reach 54,000 people in the valley, health officials said."),
        ("2026-05-05", "Health officials said the vaccination campaign aims to reach 45,000 people."),
        ("2026-05-07", "The vaccination campaign, which aims to reach 45,000 people, opened its last clinic on Thursday."),
        kind="value-conflict",
    )
    assert [row for row in found if "54,000 people" in row]


def test_a_shuffle_smaller_and_told_first_may_be_a_count_that_grew(dated_errors):
    found = dated_errors(
        ("2026-05-04", "About 1,200 homes were evacuated as the river rose, officials said."),
        ("2026-05-05", "Officials said 2,100 homes had been evacuated as the river rose."),
        ("2026-05-07", "The 2,100 homes evacuated as the river rose may be reoccupied from Friday."),
        kind="value-conflict",
    )
    assert not [row for row in found if "1,200 homes" in row]


def test_a_shuffle_is_set_against_this_years_figure_before_last_years(tmp_path):
    reports = [
        ("2026-10-14", "Last year Storm Rowan left 140,000 homes without power for a week."),
        ("2026-10-14", "About 140,000 homes were without power on Wednesday, the grid operator said."),
        ("2026-10-15", "The grid operator said 140,000 homes had been without power at the height of the storm."),
        ("2026-10-20", "At its peak the storm left 104,000 homes without power."),
    ]
    for i, (day, text) in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    rows = [d for d in consistency.check([str(tmp_path)]).discrepancies
            if d.kind == "value-conflict" and any(c.mention.text == "104,000 homes" for c in d.claims)]
    assert rows
    assert all("Last year" not in c.sentence.text for d in rows for c in d.claims)


def test_a_two_digit_shuffle_told_after_and_smaller_is_a_slip(dated_errors):
    found = dated_errors(
        ("2026-11-16", "Firefighters rescued 74 people by boat from flooded homes in Marrow overnight."),
        ("2026-11-17", "Crews in boats rescued 74 people from homes along the river, the fire service said."),
        ("2026-11-20", "Firefighters rescued 47 people by boat as the river burst its banks."),
        kind="value-conflict",
    )
    assert [row for row in found if "47 people" in row]


def test_a_two_digit_shuffle_told_after_and_larger_may_be_a_count_that_grew(dated_errors):
    found = dated_errors(
        ("2026-11-16", "Fourteen people were injured when the stand collapsed, paramedics said."),
        ("2026-11-17", "Paramedics said 41 people had been injured in the collapse."),
        ("2026-11-18", "The collapse injured 41 people, three of them seriously."),
        kind="value-conflict",
    )
    assert not found
