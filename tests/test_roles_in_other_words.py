"""One role of a story's thing named with other words: where a ship or a flight was going ("bound for X",
"sailing to Y", "heading for Z") or set out from ("flying from X", "took off from Y"), where an incident began
("broke out near X", "began near the village of Y"), and who is held to have done an act ("claimed by X", "blamed
on Y", "carried out by Z"). Two reports that fill the role with two names disagree; a report that names the other's
name in another role, or the role of another thing, does not."""

from __future__ import annotations

import pytest

SHIP = "The tanker Sela Marin, bound for Rotterdam, ran aground off Texel on Sunday."
ATTACK = "The attack on the Orsk power station was claimed by the group Nightfang."


@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        # where it was going
        (SHIP, "The Sela Marin was sailing to Antwerp when it ran aground off Texel on Sunday.",
         {"Rotterdam", "Antwerp"}),
        ("Flight NL402, heading for Rome, made an emergency landing in Geneva on Sunday.",
         "Flight NL402, which was bound for Milan, made an emergency landing in Geneva on Sunday.", {"Rome", "Milan"}),
        ("The boat, carrying about 80 migrants bound for Italy, capsized off Zuwara on Sunday.",
         "The boat, which was heading for Malta, capsized off Zuwara on Sunday with about 80 migrants on board.",
         {"Italy", "Malta"}),
        # where it set out from
        ("Flight KA12, flying from Leipzig to Chicago, made an emergency landing at Corrin on Thursday.",
         "Flight KA12, which took off from Cologne on Thursday morning, landed safely at Corrin.",
         {"Leipzig", "Cologne"}),
        ("The yacht Morwenna, sailing from Falmouth, was dismasted off the Azores on Sunday.",
         "The Morwenna, which set out from Plymouth ten days ago, was dismasted off the Azores on Sunday.",
         {"Falmouth", "Plymouth"}),
        # who did it
        (ATTACK, "Officials said the attack on the Orsk power station was blamed on Black Lotus.",
         {"Nightfang", "Black Lotus"}),
        ("The attack on the Orsk power station was carried out by Nightfang, officials said.",
         "The attack on the Orsk power station was blamed on Black Lotus.", {"Nightfang", "Black Lotus"}),
    ],
)
def test_one_role_told_in_other_words_with_two_names_is_flagged(error_texts, first, second, names):
    assert any(set(texts) == names for texts in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two ships, each with its own port
        (SHIP, "A second ship, the Orla Star, bound for Antwerp, was hit by the same storm off Texel."),
        # the other name in another role: where the crew went, where the owner is
        (SHIP, "The crew of the Sela Marin were flown to Antwerp on Monday."),
        (SHIP, "The Sela Marin's owner, based in Antwerp, said the hull was intact."),
        (SHIP, "After it was refloated, the Sela Marin was towed to Antwerp on Tuesday."),
        # the other group named as a rival, and an act of another thing blamed on it
        (ATTACK, "Nightfang, a rival of Black Lotus, said it had carried out the attack on the Orsk power station."),
        (ATTACK, "A fire at the Orsk fuel depot last month was blamed on Black Lotus."),
        (ATTACK, "The attack on the Orsk power station was blamed on Nightfang, a splinter of Black Lotus."),
    ],
)
def test_other_roles_and_other_things_are_not_flagged(error_texts, first, second):
    assert error_texts(first, second) == []


# ---- a company's role for a thing, in a clause about the company, in the possessive or by the contract it won ----

@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        ("Calder Marine, which operates the ferry Kessa Dawn, said all 212 passengers were safe.",
         "The Kessa Dawn is operated by Tarvo Ferries, the coastguard said.", {"Calder Marine", "Tarvo Ferries"}),
        ("The Kessa Dawn's owner, Pelagos Shipping, said the hull was intact.",
         "Halden Lines, which has owned the Kessa Dawn since 2019, said the hull was intact.",
         {"Pelagos Shipping", "Halden Lines"}),
        ("Brightwater, which employs 3,100 people, is owned by the private equity firm Harrow Capital.",
         "Brightwater's owner, Kestrel Partners, said it would back the appeal.", {"Harrow Capital", "Kestrel Partners"}),
        ("The contract to build the Ashby footbridge went to Halvard Build, the council said.",
         "The Ashby footbridge, built by Corra Construction, opened to walkers on Tuesday.",
         {"Halvard Build", "Corra Construction"}),
        ("The contract for the Ashby footbridge was awarded to Halvard Build in 2024.",
         "The Ashby footbridge, built by Corra Construction, opened to walkers on Tuesday.",
         {"Halvard Build", "Corra Construction"}),
    ],
)
def test_a_companys_role_told_in_other_words_with_two_names_is_flagged(error_texts, first, second, names):
    assert any(set(texts) == names for texts in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two ferries, two operators
        ("Calder Marine, which operates the ferry Kessa Dawn, said all 212 passengers were safe.",
         "Tarvo Ferries, which operates the Orla Star, said it had sent the ship to help."),
        # an owner and an operator of one ferry; the owner of the operator
        ("Calder Marine, which owns the Kessa Dawn, said all 212 passengers were safe.",
         "The Kessa Dawn is operated by Tarvo Ferries, the coastguard said."),
        ("Calder Marine, which operates the ferry Kessa Dawn, said all 212 passengers were safe.",
         "Calder Marine's owner, Pelagos Shipping, said it would pay for repairs."),
        # a contract for other work than the building
        ("The contract to paint the Ashby footbridge went to Halvard Build, the council said.",
         "The Ashby footbridge, built by Corra Construction, opened to walkers on Tuesday."),
        # an owner told as it stands now
        ("Halden Lines, which has owned the Kessa Dawn since 2019, said the hull was intact.",
         "The Kessa Dawn is now owned by Tarvo Ferries, which completed its purchase on Friday."),
    ],
)
def test_other_things_roles_and_owners_now_are_not_flagged(error_texts, first, second):
    assert error_texts(first, second) == []


# the one a thing was given to, with the time it was given told between its verb and "to"
PORT_CHIEF_QUITS = (
    "Kelmouth port chief quits over dredging deal\n\nThe chief executive of Kelmouth Port, Alan Reddy, resigned on "
    "Friday after a council inquiry into a dredging contract.\n\nThe £40m contract to deepen the harbour channel was "
    "awarded to Harrow Dredging, even though its bid was the most expensive, the inquiry heard."
)
INQUIRY_WIDENS = (
    "Inquiry into Kelmouth port widens\n\nCouncillors said the inquiry into the channel scheme would report in "
    "July.\n\nReddy, who led the port for six years, has denied wrongdoing."
)


@pytest.mark.parametrize("given", ["awarded in March 2025 to", "awarded late last year to", "handed last month to"])
def test_a_thing_given_with_its_time_between_verb_and_to_names_who_got_it(dated_errors, given):
    second = (
        "Kelmouth port boss resigns\n\nAlan Reddy stepped down as chief executive of Kelmouth Port on Friday.\n\n"
        f"His troubles began with a contract: a £40m scheme to deepen the harbour channel, {given} Bryn Marine."
    )
    rows = dated_errors(("2025-06-14", PORT_CHIEF_QUITS), ("2025-06-15", second), ("2025-06-16", INQUIRY_WIDENS))
    assert ("Harrow Dredging", "Bryn Marine") in rows


# where an incident began, in any of its words ("broke out near X", "began near the village of Y")
MOOR_INQUIRY = (
    "2026-08-06",
    "Harrow Moor fire: inquiry opens\n\nInvestigators are examining how the fire spread across Harrow Moor so quickly.",
)


def test_where_a_fire_began_told_in_other_words_with_two_places_is_flagged(dated_errors):
    rows = dated_errors(
        ("2026-08-04", "Fire forces villagers out on Harrow Moor\n\nThe fire broke out on Monday afternoon near Kelby, "
                       "on the southern edge of Harrow Moor, and spread quickly through heather."),
        ("2026-08-05", "Harrow Moor fire contained\n\nThe fire, which began near the village of Brask on Monday, has "
                       "burned 900 hectares of Harrow Moor."),
        MOOR_INQUIRY,
        kind="entity-conflict",
    )
    assert ("Kelby", "Brask") in rows


def test_where_a_second_fire_began_is_not_where_the_first_did(dated_errors):
    assert not dated_errors(
        ("2026-08-04", "Harrow Moor fire\n\nThe fire broke out near Kelby on Monday afternoon."),
        ("2026-08-05", "Harrow Moor fire spreads\n\nA second fire broke out near Brask on Tuesday evening, firefighters "
                       "said."),
        MOOR_INQUIRY,
        kind="entity-conflict",
    )


# words in lower case describing a name after "by" leave it in the slot of the words before "by"
GRANTS_REPAID = ("2026-10-21", "Hallow University\n\nThe university said it would repay the grants in full.")
AUDIT_BY = (
    "2026-10-19",
    "Grant money diverted, audit finds\n\nAn audit by Brindley Shaw has found that £2.3m of grant money at Hallow "
    "University was paid to a company owned by one of its professors.",
)


def test_a_name_described_after_by_fills_the_slot_before_by(dated_errors):
    second = (
        "2026-10-20",
        "Professor suspended\n\nAn audit by accountants Harcourt Lane, seen by the Post, found 214 invoices paid from "
        "the professor's grants at Hallow University.",
    )
    assert ("Brindley Shaw", "Harcourt Lane") in dated_errors(AUDIT_BY, second, GRANTS_REPAID, kind="entity-conflict")


def test_a_name_described_after_by_in_another_slot_is_not_flagged(dated_errors):
    second = (
        "2026-10-20",
        "Professor suspended\n\nA review by lawyers Harcourt Lane, seen by the Post, found 214 invoices paid from the "
        "professor's grants at Hallow University.",
    )
    assert not dated_errors(AUDIT_BY, second, GRANTS_REPAID, kind="entity-conflict")
