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


# Model and product names hold numbers that are no figures: a number glued to
# letters ("A320neo", "G7", "F-16"), one right after a capitalised name ("iPhone
# 15", "Windows 11"), one that opens a name ("737 MAX 8") and the rest of a
# hyphened code ("787-8", "A320-200"). Labels ("Section 5") are no figures either.
# (sentence, the figures read)
# fmt: off
NAMES_WITH_NUMBERS = [
    ("The Boeing 787-8 was delayed at the gate.", []),
    ("Regulators grounded the 737 MAX 8 after the crash.", []),
    ("An Airbus A320neo landed safely in Lyon.", []),
    ("An Airbus A320-200 made an emergency landing.", []),
    ("Two F-16 jets escorted the airliner.", ["Two"]),
    ("Covid-19 closed the schools for months.", []),
    ("The G7 summit opened in Italy.", []),
    ("Demand for the PS5 outstripped supply.", []),
    ("The iPhone 15 went on sale in September.", []),
    ("A lorry overturned on the M4 motorway.", []),
    ("Users of Windows 11 reported the fault.", []),
    ("The Galaxy S24 sold out in a day.", []),
    ("Under Section 5 of the act, ministers must report.", []),
    # ordinary figures after capitalised words still read
    ("Apple sold 15 million phones last year.", ["15 million"]),
    ("In March 2024, 300 people were evacuated.", ["300 people"]),
    ("Boeing delivered 44 jets in May.", ["44"]),
    ("The Boeing 787-8 carried 242 passengers.", ["242 passengers"]),
    ("Storm Kills 12 In Texas", ["12"]),
    ("The carmaker recalled 300 Model 3 cars.", ["300"]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), NAMES_WITH_NUMBERS)
def test_numbers_in_model_and_product_names_are_no_figures(sentence, expected):
    assert [m.text for m in figures(sentence)] == expected


# Two whole numbers joined by a dash: a match score is no figure, a vote split
# gives its two counts, and a range stays a range.
# (sentence, [(text, value, low, high)])
# fmt: off
TALLIES = [
    ("Rovers won 3-1 at home on Saturday.", []),
    ("It was a 2-0 victory for the visitors.", []),
    ("The sides drew 1-1 in the rain.", []),
    ("City suffered a 1-3 defeat in the derby.", []),
    ("The hosts lost 21–24 after extra time.", []),
    ("The Senate backed the bill in a 59-41 vote.", [("59", 59, 58.5, 59.5), ("41", 41, 40.5, 41.5)]),
    ("The measure passed 218-214 in the House.", [("218", 218, 217.5, 218.5), ("214", 214, 213.5, 214.5)]),
    ("The court's 5-4 ruling upheld the ban.", [("5", 5, 4.5, 5.5), ("4", 4, 3.5, 4.5)]),
    ("The motion fell in a 41-59 vote.", [("41", 41, 40.5, 41.5), ("59", 59, 58.5, 59.5)]),
    ("The visitors lost 1-3 at home.", []),
    ("Between 10-15 people were hurt.", [("10-15 people", 12.5, 9.5, 15.5)]),
    ("Labour could win 10-15 councils.", [("10-15", 12.5, 9.5, 15.5)]),
    ("Children aged 5-11 will get the vaccine.", [("5-11", 8, 4.5, 11.5)]),
    ("The tax rose 10-20% in most towns.", [("10-20%", 15, 9.5, 20.5)]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), TALLIES)
def test_a_score_is_no_figure_and_a_vote_split_is_two_counts(sentence, expected):
    found = [(m.text, m.value, m.low, m.high) for m in figures(sentence)]
    assert found == [(t, approx(v), approx(lo), approx(hi)) for t, v, lo, hi in expected]


# A vote split gives the votes for first and the votes against second, each a count of votes.
# fmt: off
VOTE_SIDES = [
    ("The Senate approved the bill by 61 votes to 54.", [("61 votes", "for"), ("54", "against")]),
    ("The House passed the farm bill 218-214 on Thursday.", [("218", "for"), ("214", "against")]),
    ("The motion was rejected by 96 votes to 104.", [("96 votes", "for"), ("104", "against")]),
    ("The measure failed in a 41-59 vote.", [("41", "for"), ("59", "against")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), VOTE_SIDES)
def test_a_vote_split_counts_votes_for_and_against(sentence, expected):
    found = figures(sentence)
    assert [(m.text, m.role) for m in found] == expected
    assert {m.unit for m in found} == {"vote"}


# A share over a whole reads the same in words and in digits.
@pytest.mark.parametrize(
    "sentence",
    [
        "A survey found 59 out of 100 doctors agreed.",
        "A survey found 59/100 doctors agreed.",
        "A survey found 59 in 100 doctors agreed.",
    ],
)
def test_a_share_reads_alike_in_words_and_digits(sentence):
    (m,) = figures(sentence)
    assert (m.kind, m.value) == ("number", approx(0.59))
    assert (m.low, m.high) == (approx(0.59 * 0.95), approx(0.59 * 1.05))


# Reports that agree, though a number in a name, a score or a vote split once
# read as figures that conflict ("8" against "9", "41" against "59").
# fmt: off
NO_FIGURE_TO_CONFLICT = [
    ("The Boeing 787-8 that crashed near Kellow was carrying 242 people, officials said.",
     "The Boeing 787-9 that crashed near Kellow was carrying 242 people, officials said."),
    ("Rovers beat Ashton United 3-1 at Kellow Park on Saturday, their third win in a row.",
     "Ashton United lost 1-3 to Rovers at Kellow Park on Saturday, their third defeat in a row."),
    ("The Senate passed the Harbour Act 59-41 on Tuesday after a long debate.",
     "The Senate passed the Harbour Act in a 59-41 vote on Tuesday after a long debate."),
]
# fmt: on


@pytest.mark.parametrize(("a", "b"), NO_FIGURE_TO_CONFLICT)
def test_names_scores_and_votes_raise_no_false_conflict(tmp_path, a, b):
    assert _check(tmp_path, {"a": a, "b": b}) == []


def test_one_match_given_two_scores_is_one_score_conflict(tmp_path):
    found = _check(tmp_path, {
        "a": "Rovers beat Ashton United 3-1 at Kellow Park on Saturday, their third win in a row.",
        "b": "Rovers beat Ashton United 3-2 at Kellow Park on Saturday, their third win in a row.",
    })
    assert [kind for kind, _ in found] == ["value-conflict"]


# A figure converted in brackets is one figure: its interval holds both readings,
# in the metric one's unit, so it agrees with another report's metric figure.
# (sentence, text, value, unit, low, high)
# fmt: off
CONVERSIONS = [
    ("The epicentre was 72 kilometres (45 miles) from the city.", "72 kilometres (45 miles)", 72, "km", 71.5, 45.5 * 1.609344),
    ("The epicentre was 44 miles (71 kilometres) from the city.", "44 miles (71 kilometres)", 71, "km", 43.5 * 1.609344, 44.5 * 1.609344),
    ("The fire burned 400 hectares (988 acres) of forest.", "400 hectares (988 acres)", 400, "ha", 399.5, 400.5),
    ("Gusts reached 120 mph (193 km/h) on the coast.", "120 mph (193 km/h)", 193, "km/h", 119.5 * 1.609344, 120.5 * 1.609344),
    ("The crate weighs 20kg (44lb).", "20kg (44lb)", 20, "kg", 19.5, 20.5),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit", "low", "high"), CONVERSIONS)
def test_a_conversion_in_brackets_is_one_figure(sentence, phrase, value, unit, low, high):
    (m,) = figures(sentence)
    assert (m.text, m.kind, m.unit) == (phrase, "quantity", unit)
    assert (m.value, m.low, m.high) == (approx(value), approx(low), approx(high))


def test_a_converted_figure_overlaps_the_metric_figure_of_another_report():
    (converted,) = figures("The quake struck 44 miles (71 kilometres) southwest of the city.")
    (metric,) = figures("The quake struck 72 km southwest of the city.")
    assert converted.overlaps(metric)
    (further,) = figures("The quake struck 74 km southwest of the city.")
    assert not converted.overlaps(further)


def test_a_conversion_into_another_currency_stays_a_figure_with_the_first_ones_hedge():
    found = figures("Aid amounted to about $500bn (£396bn), he said.")
    assert [(m.text, m.unit, m.hedge) for m in found] == [("$500bn", "USD", "about"), ("£396bn", "GBP", "about")]


# fmt: off
CONVERTED_AGREES = [
    ("The Varna quake was felt 44 miles (71 kilometres) away in Kellow, at a depth of 10 km, the survey said.",
     "The Varna quake was felt 72 km away in Kellow, at a depth of 10 km, the survey said.",
     "The Varna quake was felt 90 km away in Kellow, at a depth of 10 km, the survey said."),
]
# fmt: on


@pytest.mark.parametrize(("form", "same", "different"), CONVERTED_AGREES)
def test_a_converted_figure_agrees_in_check(tmp_path, form, same, different):
    assert _check(tmp_path / "same", {"a": form, "b": same}) == []
    conflicts = _check(tmp_path / "different", {"a": form, "b": different})
    assert [kind for kind, _ in conflicts] == ["value-conflict"]
