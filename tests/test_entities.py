"""Names, organisations, places and offices read from news text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import consistency
from consistency import mentions
from consistency.parse.names import entities
from consistency.parse.names.layout import LowercaseWords

PUBLISHED = dt.date(2025, 2, 25)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _found(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(m.text, m.role, m.canonical, m.office) for m in entities.find(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a recent interview, Russian President Vladimir Putin said Russia was ready.",
            [
                ("Russian President Vladimir Putin", "office", "Vladimir Putin", "Russian president"),
                ("Vladimir Putin", "person", "Vladimir Putin", None),
                ("Russia", "place", "Russia", None),
            ],
        ),
        (
            "French President Emmanuel Macron spoke to U.S. President Donald Trump.",
            [
                ("French President Emmanuel Macron", "office", "Emmanuel Macron", "French president"),
                ("Emmanuel Macron", "person", "Emmanuel Macron", None),
                ("U.S. President Donald Trump", "office", "Donald Trump", "US president"),
                ("U.S.", "place", "United States", None),
            ],
        ),
        (
            "The meeting was attended by U.S. Secretary of State Marco Rubio and Russian Foreign Affairs Minister Sergei Lavrov.",
            [
                ("U.S. Secretary of State Marco Rubio", "office", "Marco Rubio", "US secretary of state"),
                ("Marco Rubio", "person", "Marco Rubio", None),
                ("Russian Foreign Affairs Minister Sergei Lavrov", "office", "Sergei Lavrov", "Russian foreign minister"),
                ("Sergei Lavrov", "person", "Sergei Lavrov", None),
            ],
        ),
        (
            "He rejected a deal proposed by Treasury Secretary Scott Bessent last week.",
            [("Treasury Secretary Scott Bessent", "office", "Scott Bessent", "US secretary of the treasury")],
        ),
        (
            "On Tuesday, Kremlin spokesman Dmitry Peskov told journalists the offer stood.",
            [
                ("Kremlin spokesman Dmitry Peskov", "office", "Dmitry Peskov", "Kremlin spokesman"),
                ("Dmitry Peskov", "person", "Dmitry Peskov", None),
                ("Kremlin", "organisation", "Kremlin", None),
            ],
        ),
        (
            "While the Trump administration has not committed to the proposal, it has not ruled it out.",
            [("Trump administration", "office", "Donald Trump", "US president")],
        ),
        (
            "The Biden administration and key stakeholders have met the proposal with skepticism.",
            [("Biden administration", "office", "Joe Biden", "US president")],
        ),
        ("As President Trump remarked, the deal is close.", [("President Trump", "office", "Donald Trump", "US president")]),
        ("Later, President Macron proposed a nuclear shield.", [("President Macron", "office", "Emmanuel Macron", "French president")]),
        (
            "European Commission President Ursula von der Leyen arrived in Kyiv.",
            [
                ("Ursula von der Leyen", "person", "Ursula von der Leyen", None),
                ("European Commission", "organisation", "European Commission", None),
                ("Kyiv", "place", "Kyiv", None),
            ],
        ),
        (
            "The minister met Antonio Costa, the president of the European Council, in Brussels.",
            [("Antonio Costa", "person", "António Costa", None), ("Brussels", "place", "Brussels", None)],
        ),
        (
            "Accessing the minerals requires de-mining, as highlighted by James Cowan, CEO of the HALO Trust, a charity.",
            [("James Cowan", "person", "James Cowan", None), ("HALO Trust", "organisation", "HALO Trust", None)],
        ),
        (
            "Ukraine’s Deputy Prime Minister Olga Stefanishyna said talks were constructive.",
            [("Olga Stefanishyna", "person", "Olga Stefanishyna", None), ("Ukraine", "place", "Ukraine", None)],
        ),
        (
            "It was a move European Commissioner for Industrial Strategy Stéphane Séjourné described as a win.",
            [("Stéphane Séjourné", "person", "Stéphane Séjourné", None)],
        ),
        (
            "Vladimir Putin, the Russian President, has expressed willingness to talk.",
            [("Vladimir Putin, the Russian President", "office", "Vladimir Putin", "Russian president")],
        ),
        (
            "Talks with German Chancellor Olaf Scholz went well.",
            [("German Chancellor Olaf Scholz", "office", "Olaf Scholz", "German chancellor")],
        ),
        (
            "Canada’s Prime Minister Justin Trudeau and Spanish Prime Minister Pedro Sanchez visited.",
            [
                ("Canada’s Prime Minister Justin Trudeau", "office", "Justin Trudeau", "Canadian prime minister"),
                ("Pedro Sanchez", "person", "Pedro Sanchez", None),
            ],
        ),
        (
            "Dr. Jane O'Brien of the University of Oxford said the data were sound.",
            [("Jane O'Brien", "person", "Jane O'Brien", None), ("University of Oxford", "organisation", "University of Oxford", None)],
        ),
        (
            "Jean-Pierre Dubois, an analyst, said Krasnoyarsk hosts the smelters.",
            [("Jean-Pierre Dubois", "person", "Jean-Pierre Dubois", None), ("Krasnoyarsk", "place", "Krasnoyarsk", None)],
        ),
        (
            "Putin dismissed concerns over a potential US-Ukraine deal.",
            [("US", "place", "United States", None), ("Ukraine", "place", "Ukraine", None), ("Putin", "person", "Vladimir Putin", None)],
        ),
        ("A statement from the White House followed.", [("White House", "organisation", "White House", None)]),
        ("The EU and NATO responded.", [("EU", "organisation", "European Union", None), ("NATO", "organisation", "North Atlantic Treaty Organization", None)]),
        ("Aid also came from the Kremlin and Moscow's allies in Kiev.", [("Kiev", "place", "Kyiv", None), ("Moscow", "place", "Moscow", None)]),
        ("Sales to Lockheed Martin, Tesla and Apple grew.", [("Lockheed Martin", "organisation", "Lockheed Martin", None), ("Tesla", "organisation", "Tesla", None)]),
        ("Protesters gathered at Independence Square on Monday.", [("Independence Square", "place", "Independence Square", None)]),
        (
            "Russia’s president, Vladimir Putin, said no.",
            [("Russia’s president, Vladimir Putin", "office", "Vladimir Putin", "Russian president")],
        ),
        ("Trump’s administration rejected it.", [("Trump’s administration", "office", "Donald Trump", "US president")]),
        ("The Obama administration signed it.", [("Obama administration", "office", "Barack Obama", "US president")]),
        ("Vice President JD Vance spoke.", [("Vice President JD Vance", "office", "JD Vance", "US vice president")]),
        (
            "U.S. Senate Majority Leader John Thune said the vote would come.",
            [("John Thune", "person", "John Thune", None), ("U.S. Senate", "organisation", "US Senate", None)],
        ),
        ("President-elect Trump named his cabinet.", [("Trump", "person", "Donald Trump", None)]),
        (
            "The bill passed the Senate on Monday, the Pentagon said.",
            [("Senate", "organisation", "US Senate", None), ("Pentagon", "organisation", "Pentagon", None)],
        ),
        ("Then the US said so.", [("US", "place", "United States", None)]),
        ("Mr Johnston said so.", [("Johnston", "person", "Johnston", None)]),
        (
            "James Cowan, CEO of the HALO Trust and Amnesty International, spoke.",
            [("HALO Trust", "organisation", "HALO Trust", None), ("Amnesty International", None, "Amnesty International", None)],
        ),
        ("In May, Theresa May spoke.", [("Theresa May", "person", "Theresa May", None)]),
        # a calendar word that is a given name opens the name it stands before, and is a month beside a number
        ("The new interior minister is Jan Horak, officials said.", [("Jan Horak", "person", "Jan Horak", None)]),
        ("Jan Pekar, 52, resigned on Jan 5.", [("Jan Pekar", "person", "Jan Pekar", None)]),
        ("Defence Minister Jan Horak visited Brno.", [("Jan Horak", "person", "Jan Horak", None)]),
        ("Shares in BP and the FTSE rose.", [("BP", "organisation", "BP", None), ("FTSE", "organisation", "FTSE", None)]),
    ],
)
def test_phrases(text: str, expected: list[tuple]) -> None:
    found = _found(text)
    for item in expected:
        assert item in found, (item, sorted(found, key=str))


def test_spelling_variants_share_one_canonical() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskyy met the envoy. Zelenskiy said the deal was close.\n"
        "Later, Zelensky added that security guarantees mattered. Zelenzky has disputed that figure.\n"
        "Critics said Zelenskii had little choice."
    )
    people = [m for m in entities.find(text, PUBLISHED) if m.role == "person"]
    assert [m.text for m in people] == ["Volodymyr Zelenskyy", "Zelenskiy", "Zelensky", "Zelenzky", "Zelenskii"]
    assert {m.canonical for m in people} == {"Volodymyr Zelensky"}


@pytest.mark.parametrize(
    ("text", "surname", "canonical"),
    [
        ("Farmer Anna Kowalczyk lost her crop. Kowalczyk said the rain came late.", "Kowalczyk", "Anna Kowalczyk"),
        ("Olga Stefanishyna spoke first. Stefanishina then left the room.", "Stefanishina", "Olga Stefanishyna"),
        ("Rubio said the talks would go on.", "Rubio", "Marco Rubio"),
        ("Harry Truman and Donald Trump were compared. Truman was calmer.", "Truman", "Harry Truman"),
        ("Trump said so. Truman never did, historian Harry Truman Jones wrote.", "Trump", "Donald Trump"),
    ],
)
def test_surnames_resolve(text: str, surname: str, canonical: str) -> None:
    found = [m for m in entities.find(text, PUBLISHED) if m.text == surname]
    assert found and all(m.canonical == canonical for m in found)


def test_no_over_merge_of_close_names() -> None:
    text = "Harry Truman was president. Donald Trump is president. Truman and Trump differ."
    canon = {m.text: m.canonical for m in entities.find(text, PUBLISHED) if m.role == "person"}
    assert canon["Truman"] == "Harry Truman"
    assert canon["Trump"] == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        "The report was published. However, the numbers vary.",
        "In May we met again. This is fine. We agreed. Let Us pray.",
        "Monday was quiet. On Tuesday it rained in February.",
        "#Russia #Putin #RareEarthMinerals",
        "See 56234320-f366-11ef-896e-d7e7fb17.jpg and design a site with WordPress.com today.",
        "Highlighting the significance of these minerals, he reiterated the point.",
        "Security Concerns: Dependence on foreign minerals could create vulnerabilities.",
        "RARE EARTH MINERALS AND THE ECONOMY",
        "Russian officials and European diplomats met Americans.",
        "Rare-earth elements (REEs) are a group of 17 metals.",
        "Question: What are rare earth minerals?",
        "It is run by the Deputy Prime Minister for European and Euro-Atlantic Integration.",
    ],
)
def test_non_entities(text: str) -> None:
    assert entities.find(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ordinary words ending in a body's noun within a sentence name the body
        ("The National Union won 59 seats in Sunday's election.", "National Union"),
        ("Turnout favoured the Scottish National Party in the north.", "Scottish National Party"),
        ("Members of the General Union walked out on Friday.", "General Union"),
    ],
)
def test_ordinary_words_ending_in_a_body_noun_name_it(text: str, name: str) -> None:
    assert (name, "organisation") in {(m.text, m.role) for m in entities.find(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word that opens its sentence is a place when the sentence says something was done there
        ("Tarnby is the town where the treaty was signed.", "Tarnby"),
        ("Velmora was the venue for the 2019 final.", "Velmora"),
        ("Kessington is where the summit took place.", "Kessington"),
    ],
)
def test_a_word_said_to_be_where_a_thing_was_done_names_a_place(text: str, name: str) -> None:
    assert (name, "place") in {(m.text, m.role) for m in entities.find(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "However the vote went, the town was where the treaty was signed.",
        "Tarnby is the town that signed the treaty.",  # the sentence says no place of a thing done
        "Production is where the money is made, and production is slow.",  # a word the text writes in lower case
    ],
)
def test_a_word_that_opens_a_sentence_stays_no_name_otherwise(text: str) -> None:
    assert not [m for m in entities.find(text, PUBLISHED) if m.start == 0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an ampersand between names no list knows joins one firm's name
        ("Shares in Harrow & Lyle fell 4% after the profit warning.", ["Harrow & Lyle"]),
        ("Pendle & Quist advised Marrow Foods, while Castell Partners advised the bidder.",
         ["Pendle & Quist", "Marrow Foods", "Castell Partners"]),
        ("The audit was done by Voss & Drake LLP in Leeds.", ["Voss & Drake LLP", "Leeds"]),
        # names known on their own, or a given name after it, are two, as with "and"
        ("Trump & Biden clash over tariffs in Ohio.", ["Trump", "Biden", "Ohio"]),
        ("Maria & Tom Keller sold the farm.", ["Maria", "Tom Keller"]),
    ],
)
def test_an_ampersand_joins_a_firms_name_not_two_names(text: str, names: list[str]) -> None:
    assert [m.text for m in mentions(text) if m.kind == "entity" and m.role != "office"] == names


@pytest.mark.parametrize("text", ["Storm Ingrid hit the coast on Monday.", "It was weaker than Hurricane Giulia.",
                                  "Typhoon Haruka made landfall near the port."])
def test_a_storm_given_a_persons_name_is_no_person(text: str) -> None:
    (storm,) = [m for m in mentions(text) if m.kind == "entity"]
    assert storm.text.split()[0] in ("Storm", "Hurricane", "Typhoon") and storm.role != "person"


def test_an_adviser_named_with_an_ampersand_is_compared_whole(error_texts) -> None:
    first = "Marrow Foods, which is being advised by Pendle & Quist, rejected the approach."
    second = "Marrow Foods, which is being advised by Castell Partners, rejected the approach."
    assert any({"Pendle & Quist", "Castell Partners"} <= set(texts) for texts in error_texts(first, second))


def test_headings_keep_only_known_names() -> None:
    text = (
        "Putin’s Stance on Rare Earth Minerals\n"
        "In his recent statements, President Vladimir Putin made it clear that Russia is ready.\n"
    )
    heading = [m for m in entities.find(text, PUBLISHED) if m.start < text.index("\n")]
    assert [(m.text, m.canonical) for m in heading] == [("Putin", "Vladimir Putin")]


def test_spans_are_exact() -> None:
    text = "Ukraine’s President Volodymyr Zelenskiy met Kremlin critics; the Trump administration waited."
    for m in entities.find(text, PUBLISHED):
        assert text[m.start : m.end] == m.text
        assert m.kind == "entity"


SEED_PEOPLE = {
    "000": {"Vladimir Putin", "Emmanuel Macron", "Donald Trump"},
    "001": {"Vladimir Putin", "Donald Trump", "Volodymyr Zelensky"},
    "002": {
        "Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "Ursula von der Leyen", "António Costa",
        "Justin Trudeau", "Pedro Sanchez", "Edgars Rinkevics", "Gitanas Nauseda", "Kristen Michal",
        "Mette Frederiksen", "Kristrun Frostadottir", "Jonas Gahr Stoere", "Alexander Stubb", "Ulf Kristersson",
        "Dmitry Peskov", "Olga Stefanishyna", "Stéphane Séjourné",
    },
    "003": {"Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "Marco Rubio", "Sergei Lavrov", "Scott Bessent", "James Cowan"},
    "004": {"Vladimir Putin"},
}

SEED_OFFICES = {
    "001": {("Trump administration", "Donald Trump", "US president")},
    "002": {("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman")},
    "003": {("Trump administration", "Donald Trump", "US president")},
    "004": {("Biden administration", "Joe Biden", "US president")},
}


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(SEED_PEOPLE))
def test_seed_people(prefix: str) -> None:
    found = entities.find(_seed(prefix), PUBLISHED)
    people = {m.canonical for m in found if m.role == "person"}
    assert SEED_PEOPLE[prefix] <= people
    offices = {(m.text, m.canonical, m.office) for m in found if m.role == "office"}
    assert SEED_OFFICES.get(prefix, set()) <= offices


def test_seed_zelensky_spellings_are_one_person() -> None:
    found = entities.find(_seed("002"), PUBLISHED)
    spellings = {m.text: m.canonical for m in found if m.role == "person" and "Zelen" in m.text}
    assert spellings == {"Volodymyr Zelenskiy": "Volodymyr Zelensky", "Zelenzky": "Volodymyr Zelensky"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    for m in entities.find(text, PUBLISHED):
        assert text[m.start : m.end] == m.text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Putin", "President", "the", "of", "U.S.", "Zelenzky", "’s", " ", "\n", ",", ".", "Ms.", "administration", "Kremlin", "spokesman", "“", "#", "-"]), max_size=40))
def test_name_like_soup_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    for m in entities.find(text, None):
        assert text[m.start : m.end] == m.text
        assert m.role in (None, "person", "organisation", "place", "office")


# -- the text's lowercase words -------------------------------------------------

_LOWER_WORDS = re.compile(r"\b[a-z]+")


@given(st.text(alphabet="abcd éA_1-'.\n", max_size=40), st.sampled_from(["a", "ab", "abc", "cd", "da", "é", "A", "ab-c"]))
def test_lowercase_words_are_the_whole_lowercase_runs_of_the_text(text, word):
    assert (word in LowercaseWords(text)) == (word in set(_LOWER_WORDS.findall(text)))


def test_lowercase_words_on_a_sentence():
    words = LowercaseWords("Officials said the metadata's database was old. Data, they said.")
    assert "officials" not in words and "data" not in words  # only capitalised, or inside other words
    assert "said" in words and "s" in words and "old" in words


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("Marta Kovac is a Croatian sculptor who works in bronze.", "Croatia"),
        ("The ferry was a former Norwegian vessel.", "Norway"),
        ("Le Corre was a French-Italian painter.", "France+Italy"),
        ("Marta Kovac, a Croatian sculptor, works in bronze.", "Croatia"),
        ("The prize went to the Croatian sculptor Marta Kovac on Friday.", "Croatia"),
        ("The band's Swedish label Polar Music sold the rights.", "Sweden"),
        ("Maria Lind is a Swedish-born American actress.", "United States"),
        ("Japan's biggest lender bought the Dutch insurer Aegon.", "Netherlands"),
    ],
)
def test_mentions_returns_the_nationality_a_description_gives(text, canonical):
    found = [m for m in mentions(text) if m.role == "nationality"]
    assert [(m.canonical, text[m.start : m.end], m.hedge) for m in found] == [(canonical, found[0].text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Croatian delegation left early.",  # a demonym that describes no name
        "Royal Dutch Shell said profits rose.",  # a word of a name
        "The ruling by the Dutch court in The Hague was final.",  # "in" is no noun of the description
        "Polish-born Marie Curie worked in Paris.",  # where she was born
        "The Iranian national team coach resigned on Monday.",
        "He is a Ukraine war correspondent.",  # a country's own name is no nationality
    ],
)
def test_a_demonym_that_describes_no_one_is_no_nationality(text):
    assert not [m for m in mentions(text) if m.role == "nationality"]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("He is not a Croatian citizen.", "not"),  # a nationality denied
        ("The film is solely Croatian.", "only"),  # the only one
        ("The film is a purely Croatian production.", "only"),
    ],
)
def test_a_description_says_how_it_holds(text, hedge):
    found = [m for m in mentions(text) if m.role == "nationality"]
    assert [(m.text, m.canonical, m.hedge) for m in found] == [("Croatian", "Croatia", hedge)]


@pytest.mark.parametrize(
    ("text", "listed", "canonical"),
    [
        ("Marta Kovac is of Croatian and Italian descent.", "Croatian and Italian", "Croatia+Italy"),
        ("He was of English, as well as German and Swiss-French, ancestry.", "English, as well as German and Swiss-French",
         "England+France+Germany+Switzerland"),
        ("She is of Native American descent.", "Native American", "United States"),
    ],
)
def test_a_descent_lists_the_countries_of_forebears(text, listed, canonical):
    found = [m for m in mentions(text) if m.role == "nationality"]
    assert [(m.text, m.canonical, m.hedge) for m in found] == [(listed, canonical, "descent")]


@pytest.mark.parametrize("text", ["He is of humble descent.", "She is of Royal descent, the palace said."])
def test_a_descent_of_no_country_is_none(text):
    assert not [m for m in mentions(text) if m.role == "nationality"]


def _nationality_rows(tmp_path, first: str, second: str) -> list[str]:
    """The nationality rows `check` gives for two reports of one day."""
    paths = []
    for doc_id, text in (("a", first), ("b", second)):
        path = tmp_path / f"{doc_id}.md"
        path.write_text(f"---\ndate: 2025-09-08\n---\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    return [d.summary for d in consistency.check(paths).discrepancies if d.kind == "entity-conflict"]


# A continent's adjective describes the countries within it: a French operator is a European one.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("European telecom operator Lunara said hackers stole customer data.",
         "French telecom company Lunara said hackers stole customer data."),
        ("Kessler, the European carmaker, recalled 80,000 vehicles on Monday.",
         "Kessler, the German carmaker, recalled 80,000 vehicles on Monday."),
        ("Asian lender Harbin Mutual reported a loss.", "Japanese lender Harbin Mutual reported a loss."),
        ("The African airline Savanna Air cancelled flights.", "The Kenyan airline Savanna Air cancelled flights."),
    ],
)
def test_a_continent_and_a_country_within_it_agree(tmp_path, first, second):
    assert _nationality_rows(tmp_path, first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("European telecom operator Lunara said hackers stole customer data.",
         "American telecom company Lunara said hackers stole customer data."),
        ("Asian lender Harbin Mutual reported a loss.", "Brazilian lender Harbin Mutual reported a loss."),
    ],
)
def test_a_continent_and_a_country_outside_it_disagree(tmp_path, first, second):
    assert len(_nationality_rows(tmp_path, first, second)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("El Paso has sent 40 firefighters.", "El Paso"),
        ("Officials in Al Haouz province said roads were cut.", "Al Haouz"),
        ("The race at Le Mans was stopped.", "Le Mans"),
        ("Rescuers reached De Aar on Friday.", "De Aar"),
    ],
)
def test_a_name_that_opens_with_its_particle_is_read_whole(text, name):
    assert name in {m.text for m in entities.find(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        ("Charles de Gaulle led France. De Gaulle resigned in 1969.", "De Gaulle", "Charles de Gaulle"),
        ("Ali bin Hassan spoke on Monday. Bin Hassan said no.", "Bin Hassan", "Ali bin Hassan"),
    ],
)
def test_a_surname_written_with_its_particle_first_is_the_full_names(text, written, canonical):
    assert (written, canonical) in {(m.text, m.canonical) for m in entities.find(text, PUBLISHED)}
