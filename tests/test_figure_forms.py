"""Forms of figures that news copy writes in more than one way, read by form.

Each table holds sentences of one form and what the figures parser must make
of them; the end-to-end tables check that two reports writing the same
figure in two forms agree, and that a different figure still conflicts.
"""

from __future__ import annotations

import pytest

import consistency
from consistency.model import FIGURE_KINDS, Mention
from consistency.parse.figures import numbers


def figures(text: str) -> list[Mention]:
    return [m for m in numbers.find(text) if m.kind in FIGURE_KINDS]


def approx(x: float) -> pytest.approx:
    return pytest.approx(x, rel=1e-9)


# A fraction of a scale word is one figure: the fraction scales with the word,
# and the interval is the fraction's (±5%), which holds the decimal form's
# rounding ("1.5 million" is [1.45e6, 1.55e6)).
# (sentence, figure text, kind, value, unit)
# fmt: off
FRACTIONS_OF_SCALE = [
    ("One and a half million people fled the floods.", "One and a half million people", "quantity", 1.5e6, "person"),
    ("The storm left two and a half million homes without power.", "two and a half million homes", "quantity", 2.5e6, "home"),
    ("The bank lost one and a half billion dollars.", "one and a half billion dollars", "money", 1.5e9, "USD"),
    ("Brussels set aside two and a half billion euros for the repairs.", "two and a half billion euros", "money", 2.5e9, "EUR"),
    ("Half a million people marched through the capital.", "Half a million people", "quantity", 5e5, "person"),
    ("The council spent half a billion pounds on the scheme.", "half a billion pounds", "money", 5e8, "GBP"),
    ("A quarter of a million children missed school.", "A quarter of a million children", "quantity", 2.5e5, "child"),
    ("Three quarters of a billion dollars went unspent.", "Three quarters of a billion dollars", "money", 7.5e8, "USD"),
    ("Officials counted 1½ million ballots by midnight.", "1½ million", "number", 1.5e6, None),
    ("The region lost ½ million jobs.", "½ million jobs", "quantity", 5e5, "job"),
    ("A million and a half tourists visited last year.", "A million and a half", "number", 1.5e6, None),
    ("One-and-a-half million households applied.", "One-and-a-half million households", "quantity", 1.5e6, "household"),
    ("Rebuilding will cost four and a half billion dollars.", "four and a half billion dollars", "money", 4.5e9, "USD"),
    ("About half a dozen boats capsized.", "half a dozen", "number", 6, None),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value", "unit"), FRACTIONS_OF_SCALE)
def test_a_fraction_of_a_scale_is_one_figure(sentence, phrase, kind, value, unit):
    found = figures(sentence)
    assert [m.text for m in found] == [phrase]
    m = found[0]
    assert (m.kind, m.unit) == (kind, unit)
    assert m.value == approx(value)
    assert (m.low, m.high) == (approx(value * 0.95), approx(value * 1.05)) or m.hedge


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("one and a half million people", "1.5 million people"),
        ("two and a half billion dollars", "$2.5 billion"),
        ("half a million people", "500,000 people"),
        ("a quarter of a million people", "250,000 people"),
        ("three quarters of a billion dollars", "$750 million"),
        ("1½ million people", "1.5 million people"),
        ("a million and a half people", "1,500,000 people"),
    ],
)
def test_a_fraction_of_a_scale_overlaps_its_decimal_form(words, digits):
    (a,) = figures(f"Officials said {words} were affected.")
    (b,) = figures(f"Officials said {digits} were affected.")
    assert a.overlaps(b), (a.low, a.high, b.low, b.high)


def _check(tmp_path, texts: dict[str, str]) -> list[tuple[str, str]]:
    """The (kind, summary) of every discrepancy `check` finds among the reports `texts` (id → text)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc_id, text in texts.items():
        path = tmp_path / f"{doc_id}.md"
        path.write_text(f"---\ndate: 2025-03-03\n---\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    return [(d.kind, d.summary) for d in consistency.check(paths).discrepancies]


# One sentence in three reports: the figure in one form, the same figure in another
# form (no discrepancy), and a different figure (a value-conflict).
# (template, form, same figure, different figure)
# fmt: off
SAME_FIGURE_TWO_FORMS = [
    ("Floods in the Kessel valley displaced {}, the United Nations said on Monday.",
     "one and a half million people", "1.5 million people", "2.5 million people"),
    ("The Harlow bridge repairs will cost {}, the transport ministry said.",
     "two and a half billion dollars", "$2.5 billion", "$3.5 billion"),
    ("Organisers said {} joined the Harbour Square protest on Saturday.",
     "half a million people", "500,000 people", "800,000 people"),
]
# fmt: on


@pytest.mark.parametrize(("template", "form", "same", "different"), SAME_FIGURE_TWO_FORMS)
def test_two_forms_of_one_figure_agree_in_check(tmp_path, template, form, same, different):
    assert _check(tmp_path / "same", {"a": template.format(form), "b": template.format(same)}) == []
    conflicts = _check(tmp_path / "different", {"a": template.format(form), "b": template.format(different)})
    assert [kind for kind, _ in conflicts] == ["value-conflict"]
