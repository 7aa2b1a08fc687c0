"""A clause that calls a thing off dates the calling off; the day it is put off to dates the new occurrence:
"The match, called off on Friday, will be replayed on 14 March" gives one day to each act. A report that calls it
off on another day disagrees on the calling off, one that replays it on another day on the replay (in other words
too: "the rearranged match", "postponed until 9 May"), and neither is set against the other's act."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

ASIDE = ("2026-03-09", "The match between Dunmore Rovers and Kelby Town, called off on Friday, will be replayed on 14 March.")
SHOW = ("2026-04-13", "The Velvet Pines concert at Harlow Arena, postponed on Saturday, will now be held on 2 May.")


def _date_rows(tmp_path: Path, *docs: tuple[str, str]) -> set[tuple[str, ...]]:
    return _dates(rows(tmp_path, {str(i): doc for i, doc in enumerate(docs)}))


@pytest.mark.parametrize(
    ("docs", "found"),
    [
        # the calling off on another day
        ((ASIDE, ("2026-03-10", "The Dunmore Rovers game against Kelby Town was called off on Thursday because of "
                                "a waterlogged pitch.")), {("Friday", "Thursday")}),
        # the replay on another day, in other words
        ((ASIDE, ("2026-03-10", "Dunmore Rovers will play Kelby Town in the rearranged match on 21 March.")),
         {("14 March", "21 March")}),
        ((ASIDE, ("2026-03-10", "The Dunmore Rovers game against Kelby Town will be replayed on 21 March, the league "
                                "said.")), {("14 March", "21 March")}),
        # a concert's new day, told as the day it was put off until
        ((SHOW, ("2026-04-14", "The Velvet Pines concert at Harlow Arena has been postponed until 9 May.")),
         {("2 May", "9 May")}),
    ],
)
def test_each_act_is_compared_with_its_own_day(tmp_path, docs, found):
    assert _date_rows(tmp_path, *docs) == found


@pytest.mark.parametrize(
    "docs",
    [
        # the calling off and the replay told in two reports, each on its own day
        (ASIDE, ("2026-03-10", "The Dunmore Rovers game against Kelby Town will be replayed on 14 March, the league "
                               "said.")),
        (ASIDE, ("2026-03-10", "The Dunmore Rovers game against Kelby Town was called off on Friday and will be "
                               "replayed on 14 March.")),
        (ASIDE, ("2026-03-10", "Dunmore Rovers will play Kelby Town in the rearranged match on 14 March.")),
        # the day it had been due to be played
        (ASIDE, ("2026-03-10", "Dunmore Rovers were due to host Kelby Town on Saturday before the match was called "
                               "off.")),
        (SHOW, ("2026-04-14", "The Velvet Pines concert at Harlow Arena has been postponed until 2 May.")),
    ],
)
def test_one_day_for_each_act_is_not_flagged(tmp_path, docs):
    assert _date_rows(tmp_path, *docs) == set()
