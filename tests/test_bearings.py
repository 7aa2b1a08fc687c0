"""Bearings: a distance and a compass direction from a place."""

from __future__ import annotations

import pickle

import pytest

import consistency
from consistency.parse import bearings

MILE = 1.609344


def only_bearing(text: str):
    found = [m for m in consistency.mentions(text) if m.kind == "bearing"]
    assert len(found) == 1, [(m.text, m.place) for m in found]
    return found[0]


# (sentence, bearing text, distance in km, low, high, degrees, place)
BEARINGS = [
    ("The epicentre lay 72 km (45 miles) southwest of Marrakesh, the survey said.",
     "72 km (45 miles) southwest of Marrakesh", 72, 71.5, 45.5 * 1.609344, 225, "Marrakesh"),
    ("The camp is about 75 kilometres south-east of the city.",
     "75 kilometres south-east of the city", 75, 67.5, 82.5, 135, "the city"),
    ("Shelling was reported north of the capital.", "north of the capital", None, None, None, 0, "the capital"),
    ("The plant sits some 40 miles northeast of Lyon.",
     "40 miles northeast of Lyon", 40 * MILE, 36 * MILE, 44 * MILE, 45, "Lyon"),
    # a distance with its conversion spans both readings: 72 km and 45 miles (72.4 to 73.2 km)
    ("The village is 45 miles (72 km) southwest of Marrakesh.",
     "45 miles (72 km) southwest of Marrakesh", 72, 71.5, 45.5 * 1.609344, 225, "Marrakesh"),
    ("A second quake hit 30 km NNE of Taza.", "30 km NNE of Taza", 30, 29.5, 30.5, 22.5, "Taza"),
    ("The ship sank 12 miles due west of Rio de Janeiro.",
     "12 miles due west of Rio de Janeiro", 12 * MILE, 11.5 * MILE, 12.5 * MILE, 270, "Rio de Janeiro"),
    ("Troops dug in 500 metres to the north of the border.",
     "500 metres to the north of the border", 0.5, 0.4995, 0.5005, 0, "the border"),
    ("The dam is 20 km west-southwest of the city of Adana.",
     "20 km west-southwest of the city of Adana", 20, 19.5, 20.5, 247.5, "Adana"),
    ("Smoke rose south east of the Moroccan capital.",
     "south east of the Moroccan capital", None, None, None, 135, "the Moroccan capital"),
    ("The lake lies north-northwest of Geneva.", "north-northwest of Geneva", None, None, None, 337.5, "Geneva"),
    ("The fire spread 8 km east of Athens on Friday.", "8 km east of Athens", 8, 7.5, 8.5, 90, "Athens"),
    # lower-case words that describe the place before its name
    ("The quake struck 45 miles southwest of tourist hotspot Marrakesh.",
     "45 miles southwest of tourist hotspot Marrakesh", 45 * MILE, 44.5 * MILE, 45.5 * MILE, 225, "Marrakesh"),
    ("Shelling hit 20 km south of rebel-held Idlib.", "20 km south of rebel-held Idlib", 20, 19.5, 20.5, 180, "Idlib"),
]


@pytest.mark.parametrize(("text", "expression", "km", "low", "high", "degrees", "place"), BEARINGS)
def test_bearings(text, expression, km, low, high, degrees, place):
    found = only_bearing(text)
    assert (found.text, found.bearing, found.place) == (expression, degrees, place)
    assert text[found.start : found.end] == found.text
    if km is None:
        assert (found.value, found.low, found.high, found.unit) == (None, None, None, None)
    else:
        assert found.unit == "km"
        assert (found.value, found.low, found.high) == pytest.approx((km, low, high))


@pytest.mark.parametrize("written", ["southeast", "south-east", "south east", "South-East", "SE"])
def test_compass_points_written_alike(written):
    assert only_bearing(f"The town is 10 km {written} of Fez.").bearing == 135


def test_the_distance_is_not_also_a_quantity():
    text = "The epicentre lay 72 km (45 miles) southwest of Marrakesh."
    assert [m.kind for m in consistency.mentions(text) if m.kind != "entity"] == ["bearing"]


def test_a_distance_without_a_direction_stays_a_quantity():
    assert [(m.kind, m.text) for m in consistency.mentions("The road runs 72 km.")] == [("quantity", "72 km")]


def test_the_place_name_stays_an_entity():
    text = "The epicentre lay 72 km southwest of Marrakesh."
    assert ("entity", "Marrakesh") in [(m.kind, m.text) for m in consistency.mentions(text)]


NOT_BEARINGS = [
    "Unrest spread in the north of the country.",
    "The deal is worth north of $100 million.",
    "Prices rose south of 5% a year.",
    "The Gulf of Mexico warmed.",
    "The West has imposed sanctions.",
    "North Korea fired a missile.",
    "The lake lies north of where Geneva ends.",  # a clause, not a place
]


@pytest.mark.parametrize("text", NOT_BEARINGS)
def test_not_bearings(text):
    assert [m.text for m in consistency.mentions(text) if m.kind == "bearing"] == []


def test_find_reads_the_figures_itself_when_not_given_them():
    text = "The camp is about 75 kilometres south-east of the city."
    assert bearings.find(text) == [m for m in consistency.mentions(text) if m.kind == "bearing"]


def test_bearing_mentions_pickle():
    found = only_bearing("The epicentre lay 72 km southwest of Marrakesh.")
    assert pickle.loads(pickle.dumps(found)) == found
