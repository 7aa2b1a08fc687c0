"""The adviser of one side of a deal or case, given differently: "advised by X" against "Y advised [the client]".
And the look-alikes: the adviser of the other side ("Z advised the bidder, Halberg Holdings"), one report naming both
advisers, and two clients each with its own adviser."""

from __future__ import annotations

import pytest

from tests.test_places_of_one_act import _entity_rows
from tests.test_time_frames import rows

ONE_CLIENT_TWO_ADVISERS = [
    (  # sport: the lawyers of a football association, passive against active
        ("2026-04-02", "The Tarvo FA is advised by the lawyers Kemp Lyle on the appeal."),
        ("2026-04-03", "Orr Webb advised the Tarvo FA on the appeal, the association said."),
        ("Kemp Lyle", "Orr Webb"),
    ),
    (  # business: "which is being advised by" against the active verb with two clients in the sentence
        ("2026-03-02", "Nordmark Foods, which is advised by Evercore Partners, has rejected the approach."),
        ("2026-03-03", "Harrow & Co advised Nordmark Foods, while Moelis Group advised Halberg Holdings."),
        ("Evercore Partners", "Harrow & Co"),
    ),
    (  # transport: a sale's adviser
        ("2026-06-10", "Belmont Rail was advised by Quill Advisory on the sale of its depots."),
        ("2026-06-11", "Stanton Hale advised Belmont Rail on the sale of its depots."),
        ("Quill Advisory", "Stanton Hale"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), ONE_CLIENT_TWO_ADVISERS)
def test_one_client_with_two_advisers_conflicts(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


OTHER_SIDES = [
    (  # the adviser of the other side, named in the same sentence as the client's own
        ("2026-03-02", "Nordmark Foods, which is advised by Evercore Partners, has rejected the approach."),
        ("2026-03-03", "Evercore Partners advised Nordmark Foods, while Moelis Group advised Halberg Holdings."),
    ),
    (  # two clients, each with its adviser, both passive
        ("2026-03-02", "Nordmark Foods is advised by Evercore Partners on the bid."),
        ("2026-03-03", "Halberg Holdings is advised by Moelis Group on the bid."),
    ),
    (  # one report names both advisers
        ("2026-03-02", "Nordmark Foods is advised by Evercore Partners on the bid."),
        ("2026-03-03", "Nordmark Foods is advised by Harrow Partners and Evercore Partners on the bid."),
    ),
    (  # courts: counsel of the other party
        ("2026-05-02", "Lena Morrow is represented by Iona Kett, her solicitor said."),
        ("2026-05-03", "Paul Sand represented Tarvo Council at the hearing, while Morrow was not in court."),
    ),
]


@pytest.mark.parametrize(("first", "second"), OTHER_SIDES)
def test_advisers_of_other_sides_do_not_conflict(tmp_path, first, second):
    assert not _entity_rows(tmp_path, first, second)


def test_the_other_sides_adviser_is_no_rival_of_the_clients(tmp_path):
    """The client's adviser named by two reports and another by a third: the adviser of the other side, named
    beside the client's in one sentence, is no rival of the third's."""
    found = {texts for kind, texts in rows(tmp_path, {
        "a": ("2026-03-02", "Calder is advised by Evercore Partners."),
        "b": ("2026-03-03", "Calder, which is being advised by Quill Advisory, said trading was steady."),
        "c": ("2026-03-04", "Evercore Partners advised Calder, while Moelis Group advised Halberg Holdings."),
    }) if kind == "entity-conflict"}
    assert any("Quill Advisory" in texts and "Evercore Partners" in texts for texts in found)
    assert not any("Moelis Group" in texts for texts in found)
