"""A place one report gives a slot, the other report a different place in that slot, though it names the first place
elsewhere for another thing ("police in Grenoble", "a depot in Lyon"); and a sentence whose pronoun subject comes
after a clause of time ("Before joining the bank she spent nine years as chief economist at X"). The look-alikes:
the other report writing the place in no slot ("Grenoble police said") or in the same slot, a place within the
other, the place said as where something was done ("its first shop was opened in Lyon"), a person named elsewhere
in another role, and a pronoun after a clause that stands for someone else."""

from __future__ import annotations

import pytest

from consistency.rules.stand_ins import PRONOUN, stand_in, subject_start
from tests.test_places_of_one_act import _entity_rows

NAMED_ELSEWHERE_FOR_ANOTHER_THING = [
    (  # disasters: the hospital city, the other city named as where the police who closed the route are
        ("2026-03-02", "The two injured climbers were flown to hospital in Grenoble on Sunday."),
        ("2026-03-03", "The two injured climbers were flown to hospital in Chambery on Sunday. "
                       "The route had been closed by the mountain police in Grenoble a week earlier."),
        ("Grenoble", "Chambery"),
    ),
    (  # business: where a firm is based, the other town named for a rival's depot
        ("2026-05-11", "Kestrel Foods is based in Lyon, the company said."),
        ("2026-05-12", "Kestrel Foods is based in Dijon, the company said. Its biggest rival opened a depot in Lyon "
                       "last year."),
        ("Lyon", "Dijon"),
    ),
    (  # sport: where a final is held, the other city named for a stadium that failed
        ("2026-04-01", "The final will be held in Porto next month."),
        ("2026-04-02", "The final will be held in Braga next month. A stadium in Porto failed an inspection in March."),
        ("Porto", "Braga"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), NAMED_ELSEWHERE_FOR_ANOTHER_THING)
def test_a_place_named_only_for_another_thing_is_not_agreement(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


NAMED_FOR_THIS_OR_ANYTHING = [
    (  # the other report writes the place in no slot: it may be saying it for anything
        ("2026-03-02", "The two injured climbers were flown to hospital in Grenoble on Sunday."),
        ("2026-03-03", "The two injured climbers were flown to hospital in Chambery on Sunday. Grenoble police said "
                       "the route was closed."),
    ),
    (  # the other report gives both places in the slot itself
        ("2026-03-02", "The two injured climbers were flown to hospital in Grenoble on Sunday."),
        ("2026-03-03", "The two injured climbers were flown to hospitals in Chambery and Grenoble on Sunday."),
    ),
    (  # a city within the country the other gives
        ("2026-05-11", "Kestrel Foods is based in Milan, the company said."),
        ("2026-05-12", "Kestrel Foods is based in Italy, the company said. Its biggest rival opened a depot in Milan "
                       "last year."),
    ),
    (  # business: the other town named as where something was done, which may tell the same fact
        ("2026-05-11", "Kestrel Foods is based in Lyon, the company said."),
        ("2026-05-12", "Kestrel Foods is based in Dijon, the company said; its first shop was opened in Lyon."),
    ),
    (  # culture: a person the other report names in another role is left as it was
        ("2026-06-01", "The film was directed by Tom Reyes."),
        ("2026-06-02", "The film was directed by Ana Ruiz. The producer, Tom Reyes, said he liked it."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NAMED_FOR_THIS_OR_ANYTHING)
def test_a_place_named_for_this_or_in_no_slot_agrees(tmp_path, first, second):
    assert _entity_rows(tmp_path, first, second) == set()


PRONOUN_AFTER_A_CLAUSE = [
    (  # business: "Before joining the bank she" against "She"
        ("2026-07-24", "The board named Lena Brask as governor on Monday. Before joining the central bank she spent "
                       "nine years as chief economist at Holmvik Bank."),
        ("2026-07-25", "The board named Lena Brask as governor on Monday. She spent nine years as chief economist at "
                       "Tarnby Bank."),
        ("Holmvik Bank", "Tarnby Bank"),
    ),
    (  # sport: "After retiring as a player, he" against "He"
        ("2026-08-01", "Westvale named Marco Lenz as head coach. After retiring as a player, he spent six years as "
                       "assistant coach at Tarvo United."),
        ("2026-08-02", "Westvale named Marco Lenz as head coach. He spent six years as assistant coach at Holm City."),
        ("Tarvo United", "Holm City"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), PRONOUN_AFTER_A_CLAUSE)
def test_a_pronoun_after_a_clause_of_time_is_the_subject(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


def test_a_pronoun_after_a_clause_stands_for_its_own_document(tmp_path):
    # "he" is Ian Cole, not Tom Hart
    first = ("2026-03-02", "Ian Cole won the sprint on Sunday. Before turning professional, he studied at Tarvo "
                           "University.")
    second = ("2026-03-03", "Tom Hart studied at Holm University.")
    assert _entity_rows(tmp_path, first, second) == set()


@pytest.mark.parametrize(
    ("sentence", "kind", "start"),
    [
        ("Before joining the bank she spent nine years there.", PRONOUN, "she spent"),
        ("After the vote, they walked out of the chamber.", PRONOUN, "they walked"),
        ("When they arrived, Tom Hale said the doors were locked.", None, "When they"),  # of Tom Hale
        ("Since 2019 Tom Hale has run the shop.", None, "Since 2019"),
    ],
)
def test_the_subject_after_a_clause_of_time(sentence, kind, start):
    assert stand_in(sentence) == kind
    assert sentence[subject_start(sentence) :].startswith(start)
