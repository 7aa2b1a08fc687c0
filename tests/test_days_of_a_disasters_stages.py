"""The days of a disaster's stages are each their own: the day miners were trapped, the day some were rescued, the
day bodies were recovered (data/one_act_verbs.csv). The act a date is the day of is told by its clause's verb,
not by a past form that describes a noun ("one of the eight trapped miners", "the collapsed tunnel"), and is
read back over phrases set off by commas ("found the body in the tunnel, some 400 metres underground, at around
11 a.m. on Tuesday")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Eight miners were trapped at the Orla mine on Monday.",
         "Rescuers recovered the body of one of the eight trapped miners at the Orla mine on Wednesday."),
        ("Eight miners were trapped at the Orla mine on Monday.",
         "Five miners trapped at the Orla mine were rescued on Thursday."),
        ("The roof of a tunnel at the Orla mine collapsed on Sunday.",
         "Rescue teams found the foreman's body in the collapsed tunnel at the Orla mine, some 400 metres "
         "underground, at around 11 a.m. on Tuesday."),
    ],
)
def test_two_stages_are_two_days(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Eight miners were trapped at the Orla mine on Monday.",
         "Eight miners were trapped at the Orla mine on Sunday."),
        ("The bodies of two miners were recovered at the Orla mine on Friday.",
         "The bodies of two miners were recovered at the Orla mine on Saturday."),
        ("Five miners trapped at the Orla mine were rescued on Thursday.",
         "Five miners were rescued from the Orla mine, some 400 metres underground, on Wednesday."),
    ],
)
def test_one_stage_on_two_days_is_a_conflict(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)
