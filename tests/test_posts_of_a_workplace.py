"""The manager or director of the story's plant is one person's post, however the report writes it: "Plant director
Ewa Nowak" opening a sentence, "the plant director, Ewa Nowak,", "Police arrested plant manager Jan Bury" (the verb
before is no word of the post). A fund's or a campaign's manager is one of many, and is left alone."""

from __future__ import annotations


def test_the_plant_director_named_two_ways(dated_errors):
    assert dated_errors(
        ("2026-10-08", "Plant director Ewa Nowak said it was too early to say what caused the blast at Kolbin."),
        ("2026-10-09", "The plant director, Ewa Nowak, said all possibilities were being examined at Kolbin."),
        ("2026-10-10", "Plant director Adam Sowa met the families of the Kolbin workers on Friday evening."),
        kind="entity-conflict",
    )


def test_a_plant_manager_after_a_verb(dated_errors):
    assert dated_errors(
        ("2026-03-19", "Police said the plant manager, Rohan Kale, had been arrested late on Wednesday at Tarapur."),
        ("2026-03-21", "Plant manager Rohan Kale was remanded in custody until Monday by a court in Tarapur."),
        ("2026-03-24", "Police have arrested plant manager Vikram Joshi, and the Tarapur site is closed."),
        kind="entity-conflict",
    )


def test_managers_of_funds_are_many(dated_errors):
    assert not dated_errors(
        ("2026-03-19", "Fund manager Rohan Kale said the shares of Tarapur Chemicals were cheap."),
        ("2026-03-21", "Fund manager Vikram Joshi said he had sold his Tarapur Chemicals shares."),
        kind="entity-conflict",
    )


def test_a_post_after_its_owners_possessive_opening_the_sentence(dated_errors):
    assert dated_errors(
        ("2026-01-27", "Rheinau sporting director Jurgen Kallweit said the offer could not be turned down."),
        ("2026-01-30", "Rheinau's sporting director, Dieter Lohmann, told television the club had been ready."),
        kind="entity-conflict",
    )


def test_a_post_after_an_arrest_verb_is_the_holders(dated_errors):
    assert dated_errors(
        ("2026-04-21", "The board of the Highveld Provident Fund suspended its chief executive, Sipho Dube, on Monday."),
        ("2026-04-22", "Highveld Provident Fund chief executive Sipho Dube was suspended on Monday night."),
        ("2026-04-26", "The board of the Highveld Provident Fund had already suspended chief executive Themba Khoza."),
        kind="entity-conflict",
    )
