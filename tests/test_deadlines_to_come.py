"""A day a thing is to be done by, told as still to come ("hopes to reconnect the remaining homes by the end of
Friday", "the repairs will be finished by Friday"), is a deadline: compared with another deadline, never with the
day the thing was done, which may come later. "by the end of Friday" bounds Friday's last day."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def test_by_the_end_of_a_day_is_every_day_up_to_it():
    [friday] = [m for m in consistency.mentions("The crews hope to finish by the end of Friday.", dt.date(2025, 8, 14))
                if m.kind == "date"]
    assert (friday.hedge, friday.date_end) == ("by", dt.date(2025, 8, 15))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2025-08-14", "The Kell network says it hopes to reconnect the remaining homes by the end of Friday."),
         ("2025-08-16", "The last 300 homes on the Kell network were reconnected early this morning.")),
        (("2025-08-14", "The Kell network expects to reconnect the remaining homes by Friday, it said."),
         ("2025-08-18", "The last 300 homes on the Kell network were reconnected on Sunday.")),
        # a bound "before" a day still to come, however the clause puts it
        (("2025-09-06", "The authority closed the Orrin road and said it was not expected to reopen before Sunday "
                        "evening."),
         ("2025-09-19", "The authority reopened the Orrin road on Monday after installing new barriers.")),
    ],
)
def test_a_deadline_to_come_is_no_day_the_thing_was_done(date_rows, first, second):
    assert date_rows(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a day told as still to come with no bound is the day itself, and may be the same occurrence
        (("2025-08-14", "The Kell network will reconnect the remaining homes on Friday, it said."),
         ("2025-08-18", "The Kell network reconnected the remaining homes on Saturday.")),
        # two days the thing was done
        (("2025-08-16", "The Kell network reconnected the last 300 homes on Thursday, it said."),
         ("2025-08-18", "The Kell network reconnected the last 300 homes on Saturday.")),
    ],
)
def test_days_without_a_deadline_still_conflict(date_rows, first, second):
    assert date_rows(first, second)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # two deadlines of one plan that end in different months disagree, though both reach back to now
        (("2026-03-18", "Norvale said the furnaces at its Tarrow works would shut by 30 September."),
         ("2026-03-19", "Norvale says the furnaces at its Tarrow works will shut by the end of October."), True),
        # the same deadline, told at the day or at the month
        (("2026-03-18", "Norvale said the furnaces at its Tarrow works would shut by 30 September."),
         ("2026-03-19", "Norvale says the furnaces at its Tarrow works will shut by the end of September."), False),
        (("2026-03-18", "Norvale said the furnaces at its Tarrow works would shut by September."),
         ("2026-03-19", "Norvale says the furnaces at its Tarrow works will shut by the end of September."), False),
        # the end a thing lasted until, told of the past
        (("2026-05-20", "The Orrin coast road was closed until Tuesday after the landslide, police said."),
         ("2026-05-21", "The Orrin coast road was closed until Wednesday after the landslide, police said."), True),
        (("2026-06-02", "The Orrin coast road was closed until the end of May after the landslide, police said."),
         ("2026-06-03", "The Orrin coast road was closed until 31 May after the landslide, police said."), False),
    ],
)
def test_two_ends_of_one_thing_agree_only_as_told(date_rows, first, second, conflict):
    assert bool(date_rows(first, second)) is conflict
