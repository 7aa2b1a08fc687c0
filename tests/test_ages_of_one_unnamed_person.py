"""Someone brought in unnamed with an age ("a 12-year-old girl") and brought back by "the" with the age in commas
("the girl, aged 14,") is one person: the two ages are compared. Another noun brought back ("the woman, aged 40",
"the girl's father, 44") is someone else."""

from __future__ import annotations

import pytest

INTRODUCED = {
    "girl": "A 12-year-old girl was pulled from the River Tamsin near Ebbford on Saturday after falling from a jetty.",
    "man": "A 68-year-old man was arrested after a van struck a bus shelter on Quay Street in Marlby on Monday.",
    "rider": "A 23-year-old rider was thrown from her horse at the Fennick Cross point-to-point on Sunday.",
}


@pytest.mark.parametrize(
    ("key", "again"),
    [
        ("girl", "The girl, aged 14, was pulled from the River Tamsin near Ebbford on Saturday after falling from a jetty."),
        ("man", "The man, 71, was arrested after a van struck a bus shelter on Quay Street in Marlby on Monday."),
        ("rider", "The rider, aged 26, was thrown from her horse at the Fennick Cross point-to-point on Sunday."),
    ],
)
def test_one_unnamed_persons_two_ages_conflict(error_kinds, key, again):
    assert "value-conflict" in error_kinds(INTRODUCED[key], again)


@pytest.mark.parametrize(
    ("key", "other"),
    [
        ("girl", "The woman, aged 40, was pulled from the River Tamsin near Ebbford on Saturday after falling from a jetty."),
        ("girl", "The girl's father, 44, was pulled from the River Tamsin near Ebbford on Saturday after falling from a jetty."),
        ("man", "The driver of the bus, 52, saw a van strike a bus shelter on Quay Street in Marlby on Monday."),
        ("rider", "The rider, Jess Amory, 26, was thrown from her horse at the Fennick Cross point-to-point on Sunday."),
    ],
)
def test_someone_else_brought_back_is_not_compared(error_kinds, key, other):
    assert "value-conflict" not in error_kinds(INTRODUCED[key], other)
