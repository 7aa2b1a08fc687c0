"""The data classes: frozen, slotted, and quick to make and to pickle."""

import dataclasses
import datetime as dt
import inspect
import pickle

import pytest

from consistency.model import Claim, Mention, Sentence

MENTION = Mention(kind="money", text="$15bn", start=3, end=8, value=15e9, low=14.5e9, high=15.5e9, unit="USD")
CLAIM = Claim(
    doc="bbc",
    mention=MENTION,
    sentence=Sentence(0, 40, "It offered $15bn in rare earths."),
    subject=("Vladimir Putin",),
    attribute=("offer",),
    time=(dt.date(2025, 2, 24), dt.date(2025, 2, 24)),
)


@pytest.mark.parametrize("cls", [Mention, Claim, Sentence])
def test_the_constructor_takes_the_fields_in_order(cls):
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


def test_defaults_and_keywords():
    m = Mention("date", "Monday", 0, 6, grain="day")
    assert (m.value, m.grain, m.canonical) == (None, "day", None)
    with pytest.raises(TypeError):
        Mention("date", "Monday")  # start and end are required


@pytest.mark.parametrize(("obj", "name"), [(MENTION, "start"), (CLAIM, "doc")])
def test_objects_stay_frozen(obj, name):
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, name, None)


@pytest.mark.parametrize("obj", [MENTION, CLAIM])
def test_pickle_round_trip_keeps_every_field(obj):
    back = pickle.loads(pickle.dumps(obj))
    assert back == obj and hash(back) == hash(obj)
    assert dataclasses.astuple(back) == dataclasses.astuple(obj)


def test_equal_values_make_equal_objects():
    assert Mention("number", "3", 0, 1, value=3.0) == Mention("number", "3", 0, 1, value=3.0)
    assert Mention("number", "3", 0, 1, value=3.0) != Mention("number", "3", 0, 1, value=4.0)
    assert dataclasses.replace(MENTION, text="$16bn").text == "$16bn"
