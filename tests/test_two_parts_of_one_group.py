"""Two parts of one counted noun, each narrowed by words the other does not say, are two quantities: "candidates
attained an A" and "candidates attained C+ and above"; so is a part counted among a group ("Among the 640
passengers, 23 were injured") against the whole's count."""

from __future__ import annotations

import pytest

from consistency import claims


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # education: two grades
        ("Some 1,508 candidates attained the top grade of A, the council said.",
         "Some 246,391 candidates attained C+ and above, the council said."),
        ("The board said 9,400 pupils scored an A* in maths.", "The board said 31,200 pupils scored a B or better in maths."),
        # admissions: two parts of the applicants
        ("A total of 980 applicants with disabilities applied to Varn college.",
         "A total of 4,210 applicants passing the entrance test applied to Varn college."),
        # finance: issuers under two ratings
        ("Fitch said 14 issuers rated AA- were put on watch.", "Fitch said 52 issuers rated BBB+ were put on watch."),
        # a part counted among a group, and the whole's count
        ("Among the 640 passengers, 23 were injured in the Varn derailment.",
         "A total of 58 people were injured in the Varn derailment."),
        ("Some 1,508 candidates attained the top grade of A, the council said.",
         "Among the 2,896 candidates with special needs, 11 scored a top grade of A."),
    ],
)
def test_two_parts_of_one_group_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one part told with more words is the same part
        ("There are 45 patients in intensive care, Orsk General said.",
         "There are 54 patients in intensive care at Orsk General, the hospital said."),
        ("Among the 640 passengers, 23 were injured in the Varn derailment.",
         "Among the 640 passengers, 32 were injured in the Varn derailment."),
        ("Among the 2,896 candidates with special needs, 11 scored a top grade of A.",
         "Among the 2,896 candidates with special needs, 17 scored a top grade of A."),
    ],
)
def test_one_part_told_differently_is_still_a_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_a_figure_after_among_and_its_group_is_no_list(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ndate: 2025-03-12\n---\nAmong the 640 passengers, 23 were injured in the derailment.\n")
    assert all(c.parts_total is None for c in claims(str(path)) if c.mention.is_figure)
