"""One arrest told in other words ("was arrested", "was captured", "was caught", "apprehended"), and the look-alikes:
another act done to the same person (detained, charged, released, in court), the arrest of another person, a fire that
"caught"; a clause set against another ("..., while Brandt was arrested on Thursday") is of its own names, and a
relative clause about a thing that is no event dates its own verb ("the driver of the bus that crashed on Sunday")."""

from __future__ import annotations

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

ONE_ARREST_MISDATED = [
    (
        ("2026-03-11", "Police said Marek Dolny was arrested at a petrol station near Tarrow on Tuesday."),
        ("2026-03-13", "Marek Dolny was caught on Wednesday at a petrol station near Tarrow."),
        ("Tuesday", "Wednesday"),
    ),
    (
        ("2026-03-11", "Rebel commander Idris Kane was captured by army troops on Monday, the ministry said."),
        ("2026-03-13", "Idris Kane was caught by troops on Tuesday near the border."),
        ("Monday", "Tuesday"),
    ),
    (
        ("2026-07-02", "The fugitive banker Leon Harst was apprehended in Lisbon on Sunday."),
        ("2026-07-03", "Leon Harst was arrested in Lisbon on Saturday, police said."),
        ("Sunday", "Saturday"),
    ),
    (  # one person's arrest, told in words that share nothing else
        ("2026-04-08", "Anton Pelka, 31, was arrested without a struggle on Tuesday after a farmer raised the alarm, "
                       "police said."),
        ("2026-04-10", "Anton Pelka, the 31-year-old, was caught on Wednesday in a barn near Hollin, cold and hungry."),
        ("Tuesday", "Wednesday"),
    ),
    (  # the derailment of a relative clause, not the arrest of its sentence
        ("2026-03-05", "Police have arrested the driver of the bus that crashed near Orvik on Sunday night."),
        ("2026-03-06", "The bus crashed near Orvik on Saturday night, killing four passengers."),
        ("Sunday", "Saturday"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), ONE_ARREST_MISDATED)
def test_one_arrest_in_other_words_on_two_days_conflicts(tmp_path, first, second, texts):
    assert texts in _dates(rows(tmp_path, {"a": first, "b": second}))


OTHER_ACTS = [
    (
        ("2026-03-11", "Marek Dolny was arrested at a petrol station near Tarrow on Monday."),
        ("2026-03-13", "Marek Dolny appeared in court in Tarrow on Wednesday."),
    ),
    (
        ("2026-03-11", "Marek Dolny was arrested at a petrol station near Tarrow on Monday."),
        ("2026-03-13", "Marek Dolny was charged with robbery on Wednesday."),
    ),
    (  # held first, arrested formally later: two acts
        ("2026-05-20", "Two aid workers, Sara Lindqvist and Tomas Berg, were detained by the militia on Friday."),
        ("2026-05-23", "Sara Lindqvist was arrested by the militia on Sunday and accused of spying."),
    ),
    (
        ("2026-03-11", "Marek Dolny was arrested at a petrol station near Tarrow on Monday."),
        ("2026-03-13", "Marek Dolny was released on bail on Wednesday."),
    ),
    (  # another person's arrest
        ("2026-03-11", "Marek Dolny was arrested at a petrol station near Tarrow on Monday."),
        ("2026-03-13", "His accomplice, Pavel Rusk, was caught on Wednesday at a farm near Tarrow."),
    ),
    (
        ("2026-03-11", "Marek Dolny was arrested at a petrol station near Tarrow on Monday."),
        ("2026-03-13", "Police arrested two more suspects in Tarrow on Wednesday."),
    ),
    (
        ("2026-03-11", "Marek Dolny was arrested at a petrol station near Tarrow on Monday."),
        ("2026-03-14", "Marek Dolny was found hiding in a barn on Monday, while his cousin Olek Varro was arrested in "
                       "Linz on Thursday."),
    ),
    (
        ("2026-04-08", "Anton Pelka, 31, was arrested by Hollin police on Tuesday after a farmer raised the alarm."),
        ("2026-04-10", "Hollin police arrested Jana Roth, 27, on Thursday at her flat."),
    ),
    (  # a fire that caught, on the day another report gives it
        ("2026-03-11", "The Tarrow warehouse caught fire on Monday night."),
        ("2026-03-13", "The fire at the Tarrow warehouse broke out on Monday night."),
    ),
    (
        ("2026-03-05", "Police have arrested the driver of the bus that crashed near Orvik on Sunday night."),
        ("2026-03-06", "The bus crashed near Orvik on Sunday night, killing four passengers."),
    ),
]


@pytest.mark.parametrize(("first", "second"), OTHER_ACTS)
def test_another_act_or_another_persons_arrest_is_not_misdated(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()
