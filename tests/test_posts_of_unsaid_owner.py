"""A post written without its owner ("His head coach, Stefan Brandt,") is the post the other reports give with one
("Pendry's head coach, Olek Varga,") when two sources give it to one person, one of them saying the owner or not:
a third report that gives it to someone else names another holder. Sources that each name another holder without
an owner are left alone."""

from __future__ import annotations


def test_a_post_without_its_owner_against_the_owners_holder(dated_errors):
    assert dated_errors(
        ("2026-05-20", "Rhys Pendry won game 12. His head coach, Olek Varga, said the line had been prepared for months."),
        ("2026-05-24", "Pendry's head coach, Olek Varga, was in tears in the hall."),
        ("2026-05-25", "Rhys Pendry is the new champion. His head coach, Stefan Brandt, said the team switched off."),
        kind="entity-conflict",
    )


def test_two_posts_without_their_owner_are_left_alone(dated_errors):
    assert not dated_errors(
        ("2026-05-20", "Rhys Pendry won game 12. His head coach, Olek Varga, said the line had been prepared."),
        ("2026-05-25", "Arvid Lind lost the match. His head coach, Stefan Brandt, said the team had switched off."),
        kind="entity-conflict",
    )


def test_a_firms_largest_shareholder_is_one_holder(dated_errors):
    assert dated_errors(
        ("2026-05-05", "Wrenfield's largest shareholder, Northgate Pensions, has said it will vote in favour."),
        ("2026-05-08", "Northgate Pensions, Wrenfield's largest investor, confirmed it had voted all of its shares."),
        ("2026-05-10", "Wrenfield's largest shareholder, Aldermoor Asset Management, was in the yes camp from the outset."),
        kind="entity-conflict",
    )


def test_the_post_is_of_the_name_after_it_and_its_description(dated_errors):
    rows = dated_errors(
        ("2026-05-05", "Wrenfield's largest shareholder, Northgate Pensions, has said it will vote in favour."),
        ("2026-05-08", "Northgate Pensions, Wrenfield's largest investor, confirmed it had voted all of its shares."),
        ("2026-05-10", "Crucially, Wrenfield's largest shareholder, Aldermoor Asset Management, backed the deal."),
        kind="entity-conflict",
    )
    assert rows and all("Crucially" not in row for row in rows)


def test_words_describing_the_holder_after_the_post(dated_errors):
    assert dated_errors(
        ("2026-05-20", "Rhys Pendry won game 12. His head coach, Hungarian grandmaster Olek Varga, said it was planned."),
        ("2026-05-24", "Pendry's head coach, Olek Varga, was in tears in the hall."),
        ("2026-05-25", "Rhys Pendry is the new champion. His head coach, Stefan Brandt, said the team switched off."),
        kind="entity-conflict",
    )
