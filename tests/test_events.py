"""The event a bearing or a time of day is given for (align.event_of), on sentences written for these tests."""

from __future__ import annotations

import pytest

import consistency
from consistency.align import event_of
from consistency.model import Sentence

CASES = [
    # (sentence, the mention's text, the event it is given for)
    ("The quake hit 40 miles (64 km) south-west of Valdora late on Tuesday.", "south-west of Valdora", "quake"),
    ("The epicentre was at a depth of 10 km and lay about 64 km north of Valdora.", "north of Valdora", "quake"),
    ("The earthquake, measuring 6.1 on the Richter scale, struck at 3.40am local time.", "3.40am", "quake"),
    ("The tremor, which was felt across the region, struck at 3:40 am.", "3:40 am", "quake"),
    ("Its epicentre was in the hamlet of Orsa, some 30 km east of Valdora.", "east of Valdora", "quake"),
    ("Rescuers searched the rubble after Tuesday night's devastating earthquake.", "Tuesday night", "quake"),
    ("The blast ripped through the depot shortly after midnight, police said.", "midnight", "explosion"),
    ("The toll rose to 80, the governor announced on Wednesday evening.", "Wednesday evening", None),
    ("After the quake, rescuers reached the village of Orsa, 30 km east of Valdora.", "east of Valdora", None),
    ("A resident of Tarsen, 90 km west of Valdora, said the quake woke her.", "west of Valdora", None),
    ("The quake destroyed the village of Orsa, 30 km east of Valdora.", "east of Valdora", None),
    ("The ferry left the port at 6 am on Monday.", "6 am", None),
]


@pytest.mark.parametrize(("text", "mention", "event"), CASES)
def test_event_of(text, mention, event):
    found = [m for m in consistency.mentions(text) if m.kind in ("bearing", "time") and mention in m.text]
    assert found, f"no bearing or time of day read in {text!r}"
    assert event_of(Sentence(0, len(text), text), found[0]) == event
