"""What a court or jury awarded, told as 'ordered to pay $X in damages' or as 'was awarded $Y': one sum."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A jury ordered Velcor Chemicals to pay $12 million in damages to Ana Ruiz on Monday.",
         "Ana Ruiz was awarded $21 million by the jury in her case against Velcor Chemicals."),
        ("Velcor Chemicals was ordered to pay $12 million in damages to the Ruiz family, the court said.",
         "A jury awarded the Ruiz family $21 million in the case against Velcor Chemicals."),
        ("The judge ordered the Daily Courier to pay £90,000 in libel damages to Anna Berg.",
         "Anna Berg was awarded £60,000 in damages against the Daily Courier."),
        ("Dunmore Council was ordered to pay £40,000 in damages to tenant Ivo Sand after the ruling.",
         "The court awarded Ivo Sand £14,000 in his claim against Dunmore Council."),
    ],
)
def test_a_sum_ordered_in_damages_and_a_sum_awarded_are_one_award(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what was sought is not what was awarded
        ("A jury ordered Velcor to pay $12 million in damages to Ana Ruiz.",
         "Ana Ruiz had sought $40 million in damages from Velcor."),
        # one award told twice alike
        ("A jury ordered Velcor Chemicals to pay $12 million in damages to Ana Ruiz on Monday.",
         "Ana Ruiz was awarded $12 million by the jury in her case against Velcor Chemicals."),
        # a storm's damage is no award
        ("The flood caused damage estimated at $2 billion in Varn, the ministry said.",
         "A court awarded Varn's farmers $40 million in damages from the ministry."),
    ],
)
def test_a_sum_sought_or_a_loss_is_not_the_award(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
