"""A count of those left of a group ("the last three hostages were freed", "nine villages remain cut off") is
the rest, not the group: it is compared only with another count of the rest."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gunmen seized 14 hostages at the bank in Lyon on Monday.",
         "The last three hostages held at the bank in Lyon were freed on Wednesday."),
        ("The floods cut off 40 villages in the valley, officials said.",
         "Nine villages remain cut off in the valley, officials said."),
        ("A landslide buried 11 houses on the hillside above Sorrento.",
         "The remaining four houses on the hillside above Sorrento were searched by dogs."),
        ("About 600 dock workers walked out at the port of Antwerp on Monday.",
         "About 150 dock workers remain on strike at the port of Antwerp."),
        ("A storm stranded six climbers on the north face of the Eiger on Sunday.",
         "Last two climbers rescued from the north face of the Eiger"),
        # the rest said as the others of an owner's group
        ("The freighter Orla Star, which has 23 crew in all, is heading for Brest.",
         "One sailor was hurt; the Orla Star's other 22 crew members were unhurt, the coastguard said."),
        # the others besides some told of, "other" right after the count
        ("Five skiers were injured in the avalanche at Lauterach on Tuesday.",
         "A guide was flown to hospital. Three other injured skiers were treated at the clinic in Lauterach."),
        ("Twelve miners were trapped by the rockfall at the Orvik mine on Monday.",
         "Two miners were pulled out alive, and 10 other miners were trapped by the rockfall at the Orvik mine."),
    ],
)
def test_the_rest_is_not_the_group(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The last three hostages held at the bank in Lyon were freed on Wednesday.",
         "The last five hostages held at the bank in Lyon were freed on Wednesday."),
        ("Nine villages in the valley remain cut off, officials said.",
         "Nineteen villages in the valley remain cut off, officials said."),
        ("Gunmen seized 14 hostages at the bank in Lyon on Monday.",
         "Gunmen seized 41 hostages at the bank in Lyon on Monday."),
        ("Last two climbers rescued from the north face of the Eiger",
         "Last four climbers rescued from the north face of the Eiger"),
        ("Fourteen people died in the fire in Porto and others remain missing, police said.",
         "Forty-one people died in the fire in Porto, police said."),
        ("A guide was flown to hospital. Three other injured skiers were treated at the clinic in Lauterach.",
         "A guide was flown to hospital. Six other injured skiers were treated at the clinic in Lauterach."),
    ],
)
def test_two_counts_of_the_rest_still_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_the_rest_in_the_same_report_is_not_the_group(error_kinds):
    text = ("One sailor was hurt on the freighter Orla Star. The ship's other 22 crew members were unhurt, the "
            "coastguard said. The vessel, which has 23 crew in all, was heading for Brest.")
    assert "internal-conflict" not in error_kinds(text, "Unrelated copy about the weather in Kessa on Monday.")
