"""A day told as called off is no day of the event as it now stands: a date in a noun phrase led by a participle of
calling off ("the abandoned Saturday race"), or a date the clause opens with and then says, in the passive, was
called off ("The 12 May hearing was postponed", "On 12 May the vote was put back"). A date the clause gives by
another verb ("The hearing held on 2 June had been postponed") is still that verb's day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # sport: a race abandoned on the Saturday, run again on the Sunday (13 April 2025 is a Sunday)
        (("2025-04-14", "Ruth Maina won the rerun of the abandoned Saturday race in Harlow on Sunday."),
         ("2025-04-15", "Ruth Maina won the Harlow marathon on 13 April.")),
        # courts: the date opens the clause, which then says the hearing was put off
        (("2025-06-03", "The 12 May hearing of Daniel Orme was postponed, and he was finally jailed on Monday."),
         ("2025-06-04", "Daniel Orme's hearing was held on 2 June at Carlisle Crown Court, where he was jailed.")),
        # the same, the date led by a participle of a plan and the verb two words long
        (("2025-06-03", "The scheduled 12 May hearing of Daniel Orme was put back, and he was jailed on Monday."),
         ("2025-06-04", "Daniel Orme's hearing was held on 2 June at Carlisle Crown Court, where he was jailed.")),
        # the day fronted by a preposition
        (("2025-06-03", "On 12 May the hearing of Daniel Orme was postponed, and he was jailed on Monday in Carlisle."),
         ("2025-06-04", "Daniel Orme's hearing was held on 2 June at Carlisle Crown Court, where he was jailed.")),
    ],
)
def test_a_day_told_as_called_off_is_no_day_of_the_event(date_rows, first, second):
    assert date_rows(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the day of "held", though the clause goes on to say the hearing had been put off before
        (("2025-06-03", "The hearing held on 2 June had been postponed from 12 May, Carlisle Crown Court said."),
         ("2025-06-04", "Daniel Orme's hearing was held on 9 June at Carlisle Crown Court.")),
        # the race's own day, with no word of calling off
        (("2025-04-14", "Ruth Maina won the race in Harlow on Saturday, the organisers said."),
         ("2025-04-15", "Ruth Maina won the Harlow marathon on 13 April.")),
        # a verb between the date and the called-off verb makes the date that verb's
        (("2025-06-03", "The talks that began on 12 May were suspended, the union said."),
         ("2025-06-04", "The union said talks began on 19 May.")),
    ],
)
def test_a_day_of_the_event_itself_still_conflicts(date_rows, first, second):
    assert date_rows(first, second)
