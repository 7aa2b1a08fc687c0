"""Two names of one kind told in alike surroundings ("flown to hospital in X", "the pumping station near Y";
"crews from contractor X", "contractors with Y") fill one role, however common the role's word is to the story
and however else the sentences differ; and a report that writes the other's name only in other surroundings
("Prosecutors in X are investigating") has not named it for this role. The look-alikes: a name said in a
person's description ("said Ann Lowe, chief economist at X"), a name before the noun it describes ("the Keldby
substation"), a range that holds the other's peak, one of a kind ("a resident of X"), a name that opens its
clause ("settled by the Avars, steppe horsemen who...") and two names of two kinds."""

from __future__ import annotations

import pytest

from consistency.rules.surroundings import alike_around, around, modifies_noun, names_a_range
from tests.test_places_of_one_act import _entity_rows
from tests.test_time_frames import rows


def _around(sentence: str, name: str) -> frozenset[str]:
    start = sentence.index(name)
    return around(sentence, start, start + len(name))


@pytest.mark.parametrize(
    ("first", "a", "second", "b"),
    [
        ("were flown to hospital in Tarbes on Monday", "Tarbes", "flown to the university hospital in Pau", "Pau"),
        ("a transformer at the pumping station near Kolding failed", "Kolding",
         "after the pumping station near Vejle lost power", "Vejle"),
        ("where crews from contractor Halvard Drilling Services were bolting", "Halvard Drilling Services",
         "Both men, contractors with Brannock Tunnelling, walked out", "Brannock Tunnelling"),
    ],
)
def test_one_role_told_alike(first, a, second, b):
    assert alike_around(_around(first, a), _around(second, b)) >= 0.5


@pytest.mark.parametrize(
    ("first", "a", "second", "b"),
    [
        ("were flown to hospital in Tarbes on Monday", "Tarbes", "Prosecutors in Pau are investigating", "Pau"),
        ("the minister said in Tarbes on Monday", "Tarbes", "the mayor said in Pau", "Pau"),  # everyday words only
        ("'It shook for a minute,' a resident of Agadir told reporters", "Agadir",
         "said Omar Haddi, a resident of Taroudant", "Taroudant"),  # one of many residents
    ],
)
def test_other_roles_or_everyday_words_are_not_told_alike(first, a, second, b):
    assert alike_around(_around(first, a), _around(second, b)) < 0.5


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The kettle was a Brisa K-20, one of the models covered by the recall.", "Brisa K-20"),  # what it is
        ("Schools stayed shut, said Omar Haddi, a resident of Taroudant.", "Taroudant"),  # one of many
        ("Outside teams will run weekend lists on NHS sites in the spring.", "NHS"),  # before its noun
        ("The Kessel pumping station near Vejle failed.", "Kessel"),
    ],
)
def test_names_said_as_what_a_thing_is_or_before_a_noun_have_no_surroundings(sentence, name):
    start = sentence.index(name)
    assert not around(sentence, start, start + len(name)) or modifies_noun(sentence, start, start + len(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A fire at the pumping station near Vejle cut water to homes.", "Vejle"),  # "A" opens the sentence
        ("The injured were flown to hospital in Tarbes, police said.", "Tarbes"),
        ("Crews from contractor Halvard Drilling were bolting mesh.", "Halvard Drilling"),
    ],
)
def test_names_in_a_role_keep_their_surroundings(sentence, name):
    start = sentence.index(name)
    assert around(sentence, start, start + len(name))
    assert not modifies_noun(sentence, start, start + len(name))


def test_a_name_before_the_noun_it_describes_and_a_range():
    text = "a fire at the Keldby substation near Aarhus, after an avalanche in the Julian Alps on Sunday"
    assert modifies_noun(text, text.index("Keldby"), text.index("Keldby") + 6)
    assert not modifies_noun(text, text.index("Aarhus"), text.index("Aarhus") + 6)
    assert names_a_range(text, text.index("Julian"), text.index("Julian") + len("Julian Alps"))
    assert not names_a_range(text, text.index("Aarhus"), text.index("Aarhus") + 6)


ONE_ROLE_TWO_NAMES = [
    (  # disasters: the other report names the first town only for the prosecutors, with no determiner
        ("2026-02-10", "The two injured walkers were flown to hospital in Tarbes on Monday."),
        ("2026-02-11", "The two injured walkers were flown to hospital in Pau on Monday. Prosecutors in Tarbes are "
                       "investigating."),
        ("Tarbes", "Pau"),
    ),
    (  # industry: a contractor told as "crews from contractor X" and "contractors with Y"
        ("2026-03-04", "The roof fell in the north drive of the Corrack mine, where crews from contractor "
                       "Halvard Drilling Services were bolting mesh, the regulator said."),
        ("2026-03-05", "The two injured men, both contractors with Brannock Tunnelling, walked out of the Corrack "
                       "mine unaided on Wednesday."),
        ("Halvard Drilling Services", "Brannock Tunnelling"),
    ),
    (  # utilities: the other report names the first town for the homes cut off, not for the station
        ("2026-05-19", "A fire at the pumping station near Kolding cut water to 40,000 homes on Tuesday."),
        ("2026-05-20", "A fire at the pumping station near Vejle cut water to 40,000 homes on Tuesday. Schools in "
                       "central Kolding stayed closed."),
        ("Kolding", "Vejle"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), ONE_ROLE_TWO_NAMES)
def test_two_names_told_alike_in_one_role_conflict(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


LOOK_ALIKES = [
    (  # business: the other bank is the employer of a person quoted, not hers
        ("2026-07-24", "Before joining the central bank, Lena Brask spent nine years as chief economist at Holmvik "
                       "Bank."),
        ("2026-07-25", "\"Markets wanted continuity,\" said Ola Strand, chief economist at Tarnby Bank. Lena Brask "
                       "takes office in August."),
    ),
    (  # utilities: names before the noun they describe are no place of the station
        ("2026-05-19", "A fire at the Keldby substation near Aarhus cut power to 40,000 homes."),
        ("2026-05-20", "Engineers from a Norgrid substation near Aarhus had power back by Friday."),
    ),
    (  # mountains: a range holds the peak the other report names
        ("2026-02-10", "Four climbers died after an avalanche in the Julian Alps on Sunday."),
        ("2026-02-11", "Four climbers died after an avalanche on the Kravec ridge on Sunday. Rescuers reached the "
                       "Julian Alps hut at dusk."),
    ),
    (  # disasters: one of many residents, in each report another
        ("2026-09-09", "\"The walls shook for a minute,\" a resident of Agadir told reporters by telephone."),
        ("2026-09-10", "Schools stayed shut on Monday, said Omar Haddi, a resident of Taroudant."),
    ),
    (  # history: a name that opens its clause is the other report's name, in apposition
        ("2026-01-05", "The valley was first settled by the Avars, steppe horsemen whose realm stretched to the "
                       "Danube."),
        ("2026-01-06", "The valley was first settled by steppe horsemen."),
    ),
    (  # sport: the other report names the first town after a verb, which may tell the same fact
        ("2026-07-08", "The injured rider was flown to hospital in Tarbes after the crash."),
        ("2026-07-09", "The injured rider was flown to hospital in Pau after the crash, with a doctor travelling "
                       "from Tarbes."),
    ),
    (  # courts: the other report names the first town for the prosecutors, and the same court
        ("2026-04-02", "The case was heard at the district court in Arras on Friday."),
        ("2026-04-03", "The case was heard at the district court in Arras on Friday. Prosecutors in Lille said they "
                       "would appeal."),
    ),
]


@pytest.mark.parametrize(("first", "second"), LOOK_ALIKES)
def test_look_alikes_raise_no_entity_conflict(tmp_path, first, second):
    assert _entity_rows(tmp_path, first, second) == set()


def test_a_role_most_reports_name_pairs_names_told_alike(tmp_path):
    """Four reports of one fire all speak of the pumping station; one places it near another town."""
    docs = {
        "a": ("2026-05-19", "A fire at the pumping station near Kolding cut water to 40,000 homes on Tuesday."),
        "b": ("2026-05-19", "Engineers said the pumping station near Kolding would be repaired by Friday. Homes in "
                            "Vejle were also cut off."),
        "c": ("2026-05-20", "The pumping station near Kolding was back in service on Thursday, the utility said."),
        "d": ("2026-05-20", "Water returned on Thursday after the fire at the pumping station near Vejle. Most homes "
                            "in Kolding had water by noon."),
    }
    found = {texts for kind, texts in rows(tmp_path, docs) if kind == "entity-conflict"}
    assert any("Vejle" in texts and "Kolding" in texts for texts in found)



@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The fire started in the roof of St Aldric's Church on Tuesday.",
         "The fire started in the roof of the Harwick church on Tuesday, firefighters said."),
        ("Guests were moved to the Brenna Hotel after the flood on Sunday.",
         "Guests were moved to the Dunmore hotel after the flood on Sunday."),
    ],
)
def test_a_town_said_of_a_thing_of_the_named_things_kind_may_be_where_it_is(tmp_path, first, second):
    # "the Harwick church" may be St Aldric's Church itself: the town says where the church is
    assert not _entity_rows(tmp_path, ("2026-05-05", first), ("2026-05-06", second))


def test_two_towns_said_of_one_kind_of_thing_still_conflict(tmp_path):
    assert _entity_rows(
        tmp_path,
        ("2026-05-05", "The injured were flown to the Harwick hospital on Sunday."),
        ("2026-05-06", "The injured were flown to the Dunmore hospital on Sunday."),
    )
