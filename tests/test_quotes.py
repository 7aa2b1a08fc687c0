"""Quoted speech and its speaker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.parse import quotes

PUBLISHED = dt.date(2025, 2, 25)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.speaker) for m in quotes.find(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In reference to the landscape, Putin mentioned, “These are quite capital-intensive investments.” "
            "This invitation comes despite strained relations.",
            [("These are quite capital-intensive investments.", "Vladimir Putin")],
        ),
        (
            "Putin indicated a readiness to negotiate.\n"
            "“As for the new territories – the same applies: we are ready to attract foreign partners,”\n"
            "Putin stated, referring to the regions of Ukraine.",
            [("As for the new territories – the same applies: we are ready to attract foreign partners", "Vladimir Putin")],
        ),
        (
            "Putin dismissed concerns over a potential deal.\n\n"
            "“As for the new territories, it’s the same. We are ready to welcome foreign partners,” he stated.",
            [("As for the new territories, it’s the same. We are ready to welcome foreign partners", "Vladimir Putin")],
        ),
        (
            "On Tuesday, Kremlin spokesman Dmitry Peskov told journalists that the proposal offered “quite broad prospects,” "
            "noting that the US needed rare earth minerals.",
            [("quite broad prospects", "Dmitry Peskov")],
        ),
        (
            "In a televised interview, Russian President Vladimir Putin responded to Trump’s efforts, "
            "stating that Russia was open to working with “foreign partners,” including companies.",
            [("foreign partners", "Vladimir Putin")],
        ),
        (
            "Trump hinted at a meeting. As President Trump remarked, “In fact, he may come in this week.”",
            [("In fact, he may come in this week.", "Donald Trump")],
        ),
        (
            '"We will not give up our land," said Ukrainian President Volodymyr Zelensky.',
            [("We will not give up our land", "Volodymyr Zelensky")],
        ),
        (
            "“The talks were useful and very frank,” according to Sergei Lavrov.",
            [("The talks were useful and very frank", "Sergei Lavrov")],
        ),
        (
            'President Donald Trump has expressed enthusiasm, describing it as a pathway to "world peace and lasting peace."',
            [("world peace and lasting peace.", "Donald Trump")],
        ),
        (
            'Macron stated that a truce is "feasible," but he cautioned that any deal must hold.',
            [("feasible", "Emmanuel Macron")],
        ),
        ("Putin expressed willingness to “offer” resources in the “new territories” of Ukraine.", []),
        (
            'A source described the plan as "a road to nowhere for everyone involved".',
            [("a road to nowhere for everyone involved", None)],
        ),
        (
            "The minister called it ‘a very bad deal for Ukraine’ on Monday.",
            [("a very bad deal for Ukraine", None)],
        ),
        (
            "“The first part of the speech runs on\n“and the second part ends it,” Trump said.",
            [("The first part of the speech runs on", "Donald Trump"), ("and the second part ends it", "Donald Trump")],
        ),
        ("Russia’s offer and Putin’s plan were discussed at the Kremlin’s request.", []),
        ('The phone has a 5" screen and a 7" model is due.', []),
        (
            "Zelensky spoke first. Then Olga Stefanishyna said negotiations had been “very constructive,” "
            "with details nearly finalised.",
            [("very constructive", "Olga Stefanishyna")],
        ),
        (
            "The agency's chief executive, Philip Duffy, spoke first. "
            '"We are doing everything we can," said Mr Duffy. "But climate change means this will happen more often."',
            [
                ("We are doing everything we can", "Philip Duffy"),
                ("But climate change means this will happen more often.", "Philip Duffy"),
            ],
        ),
        (
            'Dr Sarah Jones, an economist at the University of Manchester, said: "Growth is fragile."',
            [("Growth is fragile.", "Sarah Jones")],
        ),
        (
            'Coach Ruben Amorim said: "The players showed character today."',
            [("The players showed character today.", "Ruben Amorim")],
        ),
        (
            '"The first quote is attributed here," Trump said.\n"A new paragraph is a new quote without a speaker."',
            [("The first quote is attributed here", "Donald Trump"), ("A new paragraph is a new quote without a speaker.", None)],
        ),
    ],
)
def test_quotes_and_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(text) == expected


def test_inner_span_is_exact() -> None:
    text = 'He said: “It is done.” Then “one more thing for the record,” she added, and "a third quote here too".'
    found = quotes.find(text, None)
    assert found
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.kind == "quote"
        assert not m.text.startswith(("“", '"')) and not m.text.endswith(("”", '"'))


SEED_QUOTES = {
    "001": [
        ("These are quite capital-intensive investments", "Vladimir Putin"),
        ("As for the new territories – the same applies", "Vladimir Putin"),
        ("In fact, he may come in this week", "Donald Trump"),
    ],
    "002": [
        ("As for the new territories, it’s the same", "Vladimir Putin"),
        ("quite broad prospects", "Dmitry Peskov"),
    ],
    "003": [("significantly more resources", "Vladimir Putin"), ("world peace and lasting peace", "Donald Trump")],
}


@pytest.mark.parametrize("prefix", sorted(SEED_QUOTES))
def test_seed_quotes(prefix: str) -> None:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    found = quotes.find(text, PUBLISHED)
    for opening, speaker in SEED_QUOTES[prefix]:
        matches = [m for m in found if m.text.startswith(opening)]
        assert matches, opening
        assert all(m.speaker == speaker for m in matches), (opening, [m.speaker for m in matches])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    for m in quotes.find(text, None):
        assert text[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "'", "‘", "’", "Putin", "said", "he", "\n", "\n\n", ",", ".", "word", "according to", " "]), max_size=50))
def test_quote_soup_never_raises(parts: list[str]) -> None:
    text = " ".join(parts)
    for m in quotes.find(text, PUBLISHED):
        assert text[m.start : m.end] == m.text
