"""Three readings of a sentence's own words.

- A count of years back ("17 years ago") is said rounded down as often as to the nearest: the earthquake "17 years
  ago" in November 2026 may be the one of April 2009.
- A figure said of one of the things the clause before counts ("120 aftershocks, the strongest of magnitude 4.2",
  "including one of magnitude 4.8") is of their event: an aftershock's magnitude, no rival of the quake's.
- The "am" of a clock time ("at about 2.40am on 7 June") is no verb of another act: the date stays the fire's.
"""

from __future__ import annotations

import consistency


def test_a_count_of_years_back_allows_the_year_either_side(date_rows):
    assert date_rows(
        ("2026-11-12", "The bishop recalled those who died in the city's own earthquake 17 years ago."),
        ("2026-11-12", "The earthquake that struck the city on 6 April 2009 killed 309 people."),
    ) == []


def test_a_count_of_years_far_off_still_conflicts(date_rows):
    assert date_rows(
        ("2026-11-12", "The bishop recalled those who died in the city's own earthquake 12 years ago."),
        ("2026-11-12", "The earthquake that struck the city on 6 April 2009 killed 309 people."),
    )


def test_the_strongest_of_the_aftershocks_is_an_aftershock(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ndate: 2026-11-11\n---\nINGV recorded about 120 aftershocks by the evening, the strongest of "
                    "magnitude 4.2. More than 300 aftershocks were recorded, including one of magnitude 4.8.\n",
                    encoding="utf-8")
    events = {c.mention.text: c.frame.event for c in consistency.claims(str(path)) if c.mention.is_figure}
    assert events["4.2"] == events["4.8"] == "aftershock"


def test_an_aftershocks_magnitude_is_no_rival_of_the_quakes(dated_errors):
    assert dated_errors(
        ("2026-11-11", "The quake had a magnitude of 6.1 and struck at 3.27am. INGV recorded about 120 aftershocks "
                       "by the evening, the strongest of magnitude 4.2."),
        ("2026-11-12", "The institute measured the quake's magnitude at 6.1."),
        kind="value-conflict",
    ) == []


def test_a_clock_time_names_no_other_act(date_rows):
    assert date_rows(
        ("2026-06-08", "Two more bodies were found on Monday in the Belgrave Hotel, where the fire broke out at about "
                       "2.40am on 7 June."),
        ("2026-06-09", "The fire broke out in the Belgrave Hotel on 6 June."),
    )
