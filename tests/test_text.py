"""Sentence and paragraph segmentation: expected splits, offsets, hostile input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.model import Sentence
from consistency.text import paragraphs, sentence_at, sentences

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

SPLITS = [
    # titles, honorifics and place abbreviations
    (
        "Dr. Smith met Mr. Jones and Mrs. Brown at St. Paul's. They talked.",
        ["Dr. Smith met Mr. Jones and Mrs. Brown at St. Paul's.", "They talked."],
    ),
    (
        "Sen. Warren, Rep. Ocasio-Cortez and Gov. Newsom spoke. Gen. Milley did not.",
        ["Sen. Warren, Rep. Ocasio-Cortez and Gov. Newsom spoke.", "Gen. Milley did not."],
    ),
    # months and numbers
    (
        "The offer was made on Feb. 24 in Moscow. Officials confirmed it on Sept. 3.",
        ["The offer was made on Feb. 24 in Moscow.", "Officials confirmed it on Sept. 3."],
    ),
    ("Resolution No. 5 passed. No. The other one failed.", ["Resolution No. 5 passed.", "No.", "The other one failed."]),
    (
        "Prices rose 3.5% to $2.5bn in 2024. Analysts expect 4.1% next year.",
        ["Prices rose 3.5% to $2.5bn in 2024.", "Analysts expect 4.1% next year."],
    ),
    ("The toll reached 261 in 2017. 2018 was worse.", ["The toll reached 261 in 2017.", "2018 was worse."]),
    # initials and acronyms
    ("J. R. R. Tolkien wrote it. Donald J. Trump read it.", ["J. R. R. Tolkien wrote it.", "Donald J. Trump read it."]),
    (
        "The U.S. Senate voted on Tuesday. The U.K. economy shrank by 0.1%.",
        ["The U.S. Senate voted on Tuesday.", "The U.K. economy shrank by 0.1%."],
    ),
    (
        "Putin said the U.S. and Russia could work together, e.g. on aluminium, i.e. in Siberia.",
        ["Putin said the U.S. and Russia could work together, e.g. on aluminium, i.e. in Siberia."],
    ),
    (
        "Putin is ready to negotiate on energy with the U.S. This comes amid sanctions.",
        ["Putin is ready to negotiate on energy with the U.S.", "This comes amid sanctions."],
    ),
    (
        "Officials from the U.S. Treasury and the E.U. Commission met.",
        ["Officials from the U.S. Treasury and the E.U. Commission met."],
    ),
    ("He moved to Washington, D.C. The city was cold.", ["He moved to Washington, D.C.", "The city was cold."]),
    # companies
    (
        "United Co. Rusal Ltd. said output rose. Apple Inc. Chief Executive Tim Cook declined to comment.",
        ["United Co. Rusal Ltd. said output rose.", "Apple Inc. Chief Executive Tim Cook declined to comment."],
    ),
    ("The buyer was Acme Corp. The deal closed on Friday.", ["The buyer was Acme Corp.", "The deal closed on Friday."]),
    ("Trade with Russia vs. China fell. It recovered.", ["Trade with Russia vs. China fell.", "It recovered."]),
    (
        "The meeting began at 10 a.m. Monday and ended at 5 p.m. The leaders then left.",
        ["The meeting began at 10 a.m. Monday and ended at 5 p.m.", "The leaders then left."],
    ),
    # ellipses
    (
        "“There is much to think about here… joint work on rare metals,” he said.",
        ["“There is much to think about here… joint work on rare metals,” he said."],
    ),
    ("He said ... nothing at all. Then he left.", ["He said ... nothing at all.", "Then he left."]),
    # quotes, questions, exclamations
    (
        'Putin said: "We are ready to attract foreign partners." The Kremlin agreed.',
        ['Putin said: "We are ready to attract foreign partners."', "The Kremlin agreed."],
    ),
    (
        "“We are ready,” he said. “It is a good offer.” Trump welcomed it.",
        ["“We are ready,” he said.", "“It is a good offer.”", "Trump welcomed it."],
    ),
    ('"Why now?" he asked. Nobody answered!', ['"Why now?" he asked.', "Nobody answered!"]),
    ("Is this a genuine offer? Analysts doubt it.", ["Is this a genuine offer?", "Analysts doubt it."]),
    # headings, lists and tables
    (
        "Background and Proposal\nIn a significant maneuver, Russia proposed a deal. It was floated last week.",
        ["Background and Proposal", "In a significant maneuver, Russia proposed a deal.", "It was floated last week."],
    ),
    (
        "**Russia's Mineral Offer**\n\nOn February 24, 2025, Putin spoke.",
        ["**Russia's Mineral Offer**", "On February 24, 2025, Putin spoke."],
    ),
    ("## Key points\n\nThe talks resume.", ["## Key points", "The talks resume."]),
    (
        "Article Subheadings |\n---|\n1) Putin’s Stance on Rare Earth Minerals |\n2) Historical Context |",
        ["Article Subheadings |", "1) Putin’s Stance on Rare Earth Minerals |", "2) Historical Context |"],
    ),
    (
        "No. | Key Points |\n---|---|\n1 | Vladimir Putin indicates willingness to cooperate with the U.S. on mining. |\n"
        "2 | Rare earths are vital. Demand rises. |",
        [
            "No. | Key Points |",
            "1 | Vladimir Putin indicates willingness to cooperate with the U.S. on mining. |",
            "2 | Rare earths are vital. Demand rises. |",
        ],
    ),
    (
        "Key considerations include:\n- Security Concerns: dependence could create risks.\n"
        "- Sanctions Policy: exemptions needed. Critics object.",
        [
            "Key considerations include:",
            "- Security Concerns: dependence could create risks.",
            "- Sanctions Policy: exemptions needed.",
            "Critics object.",
        ],
    ),
    (
        "Question: What are rare earth minerals?\nRare earth minerals are a group of 17 elements.",
        ["Question: What are rare earth minerals?", "Rare earth minerals are a group of 17 elements."],
    ),
    # line breaks that do not end a paragraph
    (
        "“As for the new territories – we are ready to attract foreign partners,”\nPutin stated on Monday.",
        ["“As for the new territories – we are ready to attract foreign partners,”\nPutin stated on Monday."],
    ),
    ("The talks involved the U.S.\nadministration and Kyiv.", ["The talks involved the U.S.\nadministration and Kyiv."]),
    (
        "Russian President Vladimir Putin said on Monday that Russia was ready to\n"
        "offer the United States access to rare earth minerals, including in\n"
        "occupied parts of Ukraine. Kremlin spokesman Dmitry Peskov said on\n"
        "Tuesday that talks were at an early stage.\n\nMore follows.",
        [
            "Russian President Vladimir Putin said on Monday that Russia was ready to\n"
            "offer the United States access to rare earth minerals, including in\n"
            "occupied parts of Ukraine.",
            "Kremlin spokesman Dmitry Peskov said on\nTuesday that talks were at an early stage.",
            "More follows.",
        ],
    ),
    (
        "Kremlin spokesman Dmitry Peskov told journalists on Tuesday that the\n"
        "United States needed rare earth metals. Russia has them in abundance.\n"
        "Zelenskyy’s Position and the Broader Context\n"
        "Ukrainian President Volodymyr Zelenskyy has been cautious about foreign\n"
        "involvement in his country’s natural resources, officials said on Monday.\n"
        "Key considerations influencing the U.S. response to the offer include:\n"
        "Security Concerns: dependence on Russian minerals could create risks.",
        [
            "Kremlin spokesman Dmitry Peskov told journalists on Tuesday that the\n"
            "United States needed rare earth metals.",
            "Russia has them in abundance.",
            "Zelenskyy’s Position and the Broader Context",
            "Ukrainian President Volodymyr Zelenskyy has been cautious about foreign\n"
            "involvement in his country’s natural resources, officials said on Monday.",
            "Key considerations influencing the U.S. response to the offer include:",
            "Security Concerns: dependence on Russian minerals could create risks.",
        ],
    ),
    # no letters or digits: not a sentence
    ("---\n\n***\n", []),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected


@pytest.mark.parametrize(("text", "_expected"), SPLITS)
def test_offsets_round_trip(text: str, _expected: list[str]) -> None:
    for s in sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


PARAGRAPHS = [
    ("One. Two.\n\nThree.", ["One. Two.", "Three."]),
    ("Heading\nBody text here. More body.\n", ["Heading", "Body text here. More body."]),
    ("  Indented paragraph.  \n\n\n", ["Indented paragraph."]),
    ("- a\n- b", ["- a", "- b"]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in paragraphs(text)] == expected


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    text = "Putin spoke on Monday. Trump replied on Tuesday.\n\nZelenskyy objected."
    found = sentences(text)
    assert sentence_at(found, text.index("Monday")) == found[0]
    assert sentence_at(found, text.index("Trump")) == found[1]
    assert sentence_at(found, text.index("objected")) == found[2]
    assert sentence_at(found, text.index("\n\n")) is None  # between sentences
    assert sentence_at(found, len(text) + 10) is None
    assert sentence_at([], 0) is None


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seeds_are_not_broken_after_abbreviations(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = sentences(text)
    assert found
    for s in found:
        assert text[s.start : s.end] == s.text
        following = text[s.end : s.end + 12].lstrip()
        # A sentence ending in an abbreviation or initial must be followed by a new sentence's first word.
        if re.search(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Dr|St|Gen|Sen|Rep|Gov|No|Inc|Corp|Ltd|Co)\.)$", s.text):
            assert re.match(r"(?:The|This|It|He|She|They|A|In)\b", following), (s.text[-60:], following)


def test_seed_sentences_keep_us_inside() -> None:
    text = next(p for p in SEEDS if p.name.startswith("001")).read_text(encoding="utf-8")
    texts = [s.text for s in sentences(text)]
    assert (
        "The relationship between the U.S. and Russia has fluctuated throughout the years, particularly "
        "marked by diplomatic tensions over military engagements and territorial disputes."
    ) in texts
    assert "Putin’s Stance on Rare Earth Minerals" in texts  # a heading on its own line
    assert "1) Putin’s Stance on Rare Earth Minerals |" in texts  # a list item


def _check_sentences(text: str, found: list[Sentence]) -> None:
    previous_end = 0
    for s in found:
        assert 0 <= previous_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        previous_end = s.end


@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    _check_sentences(text, sentences(text))
    spans = paragraphs(text)
    assert spans == sorted(spans)
    assert all(s < e for s, e in spans)


NEWSY = st.lists(
    st.sampled_from(
        ["U.S.", "Dr.", "Feb.", "24", "No.", "J.", "said", "The", "it", "...", "…", "?", "!", '"', "”", "|", "\n", "\n\n",
         "1)", "- ", "#", " ", ".", "3.5", "e.g.", "Inc.", ",", "\r\n", "\t", "\u2028"]
    ),
    max_size=60,
).map(" ".join)


@given(NEWSY)
def test_newsy_text_never_raises(text: str) -> None:
    _check_sentences(text, sentences(text))
