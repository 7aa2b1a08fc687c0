"""A person given the same capitalised title and first name in two reports, the surname one slip apart.

"Judge Marta Kessling" in one report and "Judge Marta Kesling" in the other,
each once, is one judge misspelt in one of them (name-variant, which is not
told); so with "Senator" or "Coach". Two titles, two first
names, or surnames too short to tell a slip from another name ("Holm" /
"Helm") are two people.
"""

from __future__ import annotations

import pytest

import consistency


@pytest.fixture
def kinds(tmp_path):
    def check(first: str, second: str) -> list[str]:
        for name, text in (("a", first), ("b", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-10-02\n---\n{text}\n", encoding="utf-8")
        return [d.kind for d in consistency.check([tmp_path]).discrepancies]

    return check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # courts
        (
            "Judge Simon Achterberg said the sentence had been too lenient.",
            "Handing down the ruling, Judge Simon Achterburg said the sentence was unduly lenient.",
        ),
        # politics
        (
            "Senator Harriet Cobbold said the bill would pass before the recess.",
            "The bill will pass before the recess, Senator Harriet Cobbald told reporters.",
        ),
        # sport
        (
            "Coach Anton Veerling said the squad was ready for the final.",
            "The squad is ready for the final, said Coach Anton Verling.",
        ),
    ],
)
def test_one_titled_person_spelt_two_ways_is_a_name_variant(kinds, first, second):
    assert "name-variant" in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two titles: two people
        (
            "Judge Simon Achterberg said the sentence had been too lenient.",
            "Professor Simon Achterburg said the sentence was unduly lenient.",
        ),
        # two first names
        (
            "Judge Simon Achterberg said the sentence had been too lenient.",
            "Judge Sarah Achterburg said the sentence was unduly lenient.",
        ),
        # surnames too short to tell a slip from another name
        ("Senator Anna Holm said the vote would go ahead.", "Senator Anna Helm said the vote would go ahead."),
    ],
)
def test_other_titles_names_or_short_surnames_are_two_people(kinds, first, second):
    assert "name-variant" not in kinds(first, second)
