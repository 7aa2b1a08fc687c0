"""Breaking out of a prison is an escape (data/act_verbs.csv: "break out of"; "a fire broke out" stays an onset):
the day two men broke out is not the day one of them was caught, and two days given for the breakout disagree."""

from __future__ import annotations


def test_the_breakout_is_not_the_arrest(error_kinds):
    first = "Darren Cole and Kyle Ash broke out of HMP Thornleigh at about 3am on Sunday, climbing a fence."
    second = "One of the two men who broke out of HMP Thornleigh was arrested on Tuesday at a caravan park."
    assert "date-conflict" not in error_kinds(first, second)


def test_two_days_of_one_breakout_disagree(error_kinds):
    first = "Darren Cole and Kyle Ash broke out of HMP Thornleigh at about 3am on Sunday, climbing a fence."
    second = "Darren Cole and Kyle Ash escaped from HMP Thornleigh on Saturday."
    assert "date-conflict" in error_kinds(first, second)
