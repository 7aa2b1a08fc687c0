"""One event told in other words by two reports: active or passive voice, the agent named in one and the place in
the other, its noun ("the launch") or its verb ("launched"); and the look-alikes that are other events of the
story (a launch called off, another thing launched by the same maker, an act of another kind)."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _dated(tmp_path, first, second) -> bool:
    return any(kind == "date-conflict" for kind, _ in rows(tmp_path, {"a": first, "b": second}))


ONE_EVENT_MISDATED = [
    (
        ("2026-06-09", "Norvessa launched its first weather satellite on Tuesday, the space agency said."),
        ("2026-06-11", "The satellite was launched on Monday from the Port Aven spaceport."),
    ),
    (
        ("2026-04-15", "Harland Shipyards launched the research vessel Tern on Tuesday in Glasgow."),
        ("2026-04-17", "The Tern was launched on Wednesday at the Harland yard."),
    ),
    (
        ("2026-03-05", "Pellar launched its new electric van on Wednesday at the Geneva motor show."),
        ("2026-03-09", "The launch of Pellar's new electric van on Thursday drew crowds at the Geneva motor show."),
    ),
    (
        ("2025-10-10", "The three-day strike by dock workers at the port of Halvik ended on Thursday, October 9."),
        ("2025-10-11", "The strike by dock workers at the port of Halvik was called off on Tuesday, October 7."),
    ),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT_MISDATED)
def test_one_event_told_in_other_words_is_dated_once(tmp_path, first, second):
    assert _dated(tmp_path, first, second)


OTHER_EVENTS = [
    (  # the day a launch was called off is no day of the launch
        ("2026-06-09", "Norvessa launched its first weather satellite on Tuesday, the space agency said."),
        ("2026-06-11", "The launch had been called off on June 3 because of high winds."),
    ),
    (
        ("2026-02-20", "The Arden music festival opened on Friday with a concert by the city orchestra."),
        ("2026-02-22", "The opening concert of the Arden music festival had been postponed on February 13."),
    ),
    (  # a plan and an earlier launch are other launches
        ("2026-06-09", "Norvessa launched its first weather satellite on Tuesday, the space agency said."),
        ("2026-06-11", "Norvessa will launch a second weather satellite in 2028."),
    ),
    (  # one maker launches many things
        ("2026-04-15", "Harland Shipyards launched the research vessel Tern on Tuesday in Glasgow."),
        ("2026-04-17", "Harland Shipyards launched the ferry Kestrel on Thursday in Glasgow."),
    ),
    (
        ("2026-03-05", "The army launched an offensive on Monday near Kharv."),
        ("2026-03-09", "The rebels launched a counterattack on Thursday near Kharv."),
    ),
    (
        ("2026-03-05", "Police launched an investigation on Monday into the fire at the Orsk warehouse."),
        ("2026-03-09", "The fire at the Orsk warehouse broke out on Sunday night."),
    ),
]


@pytest.mark.parametrize(("first", "second"), OTHER_EVENTS)
def test_other_events_of_one_story_keep_their_own_days(tmp_path, first, second):
    assert not _dated(tmp_path, first, second)
