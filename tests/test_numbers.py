"""The figures parser: money, percentages, counts and measures, with their intervals."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.model import FIGURE_KINDS, Mention
from consistency.parse.figures import numbers

HERE = Path(__file__).parent
SEEDS = HERE.parent / "seeds"
PHRASES = HERE / "data" / "figures"
INF = math.inf


def figures(text: str) -> list[Mention]:
    return [m for m in numbers.find(text) if m.kind in FIGURE_KINDS]


def the_figure(text: str, phrase: str) -> Mention:
    """The one figure whose text is `phrase`."""
    found = [m for m in figures(text) if m.text == phrase]
    assert len(found) == 1, f"{phrase!r} in {text!r}: {[m.text for m in figures(text)]}"
    return found[0]


# (sentence, figure text, kind, value, low, high, unit, hedge)
# fmt: off
FIGURES = [
    # money
    ("The project is worth $15bn.", "$15bn", "money", 15e9, 14.5e9, 15.5e9, "USD", None),
    ("estimating the value at $15 billion.", "$15 billion", "money", 15e9, 14.5e9, 15.5e9, "USD", None),
    ("It raised US$2.5m last year.", "US$2.5m", "money", 2.5e6, 2.45e6, 2.55e6, "USD", None),
    # a currency name several currencies share is its own unit: crowns compare with crowns only
    ("a budget of 212 billion crowns", "212 billion crowns", "money", 212e9, 211.5e9, 212.5e9, "crown", None),
    ("the 212 billion crown plan", "212 billion crown", "money", 212e9, 211.5e9, 212.5e9, "crown", None),
    ("aid amounted to £396bn in total", "£396bn", "money", 396e9, 395.5e9, 396.5e9, "GBP", None),
    ("a fund of €1.2tn was agreed", "€1.2tn", "money", 1.2e12, 1.15e12, 1.25e12, "EUR", None),
    ("a fund of €1.2 trillion was agreed", "€1.2 trillion", "money", 1.2e12, 1.15e12, 1.25e12, "EUR", None),
    ("it cost 15 billion dollars", "15 billion dollars", "money", 15e9, 14.5e9, 15.5e9, "USD", None),
    ("a budget of Rs 40 crore", "Rs 40 crore", "money", 4e8, 3.95e8, 4.05e8, "INR", None),
    ("a budget of 40 crore rupees", "40 crore rupees", "money", 4e8, 3.95e8, 4.05e8, "INR", None),
    ("Revenue was USD34.6 million.", "USD34.6 million", "money", 34.6e6, 34.55e6, 34.65e6, "USD", None),
    ("sold $ 75 million of bonds", "$ 75 million", "money", 75e6, 74.5e6, 75.5e6, "USD", None),
    ("for 420 million finnish markka .", "420 million finnish markka", "money", 420e6, 419.5e6, 420.5e6, "FIM", None),
    ("about c $ 1.34 a share", "c $ 1.34", "money", 1.34, 1.206, 1.474, "CAD", "about"),
    ("a A$4bn deal", "A$4bn", "money", 4e9, 3.5e9, 4.5e9, "AUD", None),
    ("HK$2bn of debt", "HK$2bn", "money", 2e9, 1.5e9, 2.5e9, "HKD", None),
    ("received five million yen", "five million yen", "money", 5e6, 4.5e6, 5.5e6, "JPY", None),
    ("priced at 10 yuan", "10 yuan", "money", 10, 9.5, 10.5, "CNY", None),
    ("a 100-rouble note", "100-rouble", "money", 100, 99.5, 100.5, "RUB", None),
    ("a fine of 1,000 hryvnias", "1,000 hryvnias", "money", 1000, 950, 1050, "UAH", None),
    ("paid 20 Swiss francs", "20 Swiss francs", "money", 20, 19.5, 20.5, "CHF", None),
    ("paid 30 francs", "30 francs", "money", 30, 29.5, 30.5, "franc", None),  # a name several share: its own unit
    ("it only cost 3 dollars 50 cents", "3 dollars 50 cents", "money", 3.5, 3.495, 3.505, "USD", None),
    ("a loss of 45 cents a share", "45 cents", "money", 0.45, 0.445, 0.455, "USD", None),
    ("petrol rose 5p a litre", "5p", "money", 0.05, 0.045, 0.055, "GBP", None),
    ("The annual revenue is -15€.", "-15€", "money", -15, -15.5, -14.5, "EUR", None),
    ("amounted to about $500bn (£396bn)", "$500bn", "money", 500e9, 450e9, 550e9, "USD", "about"),
    ("amounted to about $500bn (£396bn)", "£396bn", "money", 396e9, 356.4e9, 435.6e9, "GBP", "about"),
    # percentages
    ("refines 85% of the supply", "85%", "percent", 85, 84.5, 85.5, "%", None),
    ("refines 85 per cent of the supply", "85 per cent", "percent", 85, 84.5, 85.5, "%", None),
    ("refines 85 percent of the supply", "85 percent", "percent", 85, 84.5, 85.5, "%", None),
    ("refines 85 pct of the supply", "85 pct", "percent", 85, 84.5, 85.5, "%", None),
    ("sales rose 6 . 2 % to", "6 . 2 %", "percent", 6.2, 6.15, 6.25, "%", None),
    ("holds around 5% of the world's", "5%", "percent", 5, 4.5, 5.5, "%", "around"),
    ("controlling nearly 60% of global production", "60%", "percent", 60, 54, 60, "%", "nearly"),
    ("representing approximately 15% of the market", "15%", "percent", 15, 13.5, 16.5, "%", "approximately"),
    ("support fell 3 percentage points", "3 percentage points", "percent", 3, 2.5, 3.5, "pp", None),
    ("Labour rose 3 points to 45%.", "3 points", "percent", 3, 2.5, 3.5, "pp", None),
    ("rates were cut by 25 basis points", "25 basis points", "percent", 25, 24.5, 25.5, "bp", None),
    # "by X votes to Y": the votes for and against, never a range
    ("the bill passed by 104 votes to 96", "104 votes", "quantity", 104, 103.5, 104.5, "vote", None),
    ("the bill passed by 104 votes to 96", "96", "quantity", 96, 95.5, 96.5, "vote", None),
    ("the motion fell by 250 votes to 300", "300", "quantity", 300, 299.5, 300.5, "vote", None),
    ("each seat needs 40 to 60 votes", "40 to 60 votes", "quantity", 50, 39.5, 60.5, "vote", "range"),
    # "by X% to Y": a change, then the level it reached, never a range (a percent's range is "10 to 20%")
    ("raises its spending by 15% to 18.4 billion", "15%", "percent", 15, 14.5, 15.5, "%", None),
    ("raises its spending by 15% to 18.4 billion", "18.4 billion", "number", 18.4e9, 18.35e9, 18.45e9, None, None),
    ("lifted the payroll by 8% to 2,300", "8%", "percent", 8, 7.5, 8.5, "%", None),
    # a fraction takes its unit through "a" or "of a"
    ("rates rose by half a point to 4.5%", "half a point", "percent", 0.5, 0.475, 0.525, "pp", None),
    ("cut by a quarter of a percentage point", "a quarter of a percentage point", "percent", 0.25, 0.2375, 0.2625, "pp", None),
    ("the queue stretched half a mile", "half a mile", "quantity", 0.5, 0.475, 0.525, "mile", None),
    ("between 10-20% of voters", "10-20%", "percent", 15, 9.5, 20.5, "%", "range"),
    ("support was 10 to 15 per cent", "10 to 15 per cent", "percent", 12.5, 9.5, 15.5, "%", "range"),
    # counts, measures, fractions
    ("The toll reached 261 people.", "261 people", "quantity", 261, 260.5, 261.5, "person", None),
    ("Output reached 816 000 t of ore.", "816 000 t", "quantity", 816000, 815500, 816500, "tonne", None),
    ("up to 156,000 square kilometers of land", "156,000 square kilometers", "quantity", 156000, 0, 156000, "km2", "up to"),
    ("it reached 40C (104F) in London", "40C", "quantity", 40, 39.5, 40.5, "degC", None),
    ("it reached 40C (104F) in London", "104F", "quantity", 104, 103.5, 104.5, "degF", None),
    ("a 301,338 km2 country", "301,338 km2", "quantity", 301338, 301337.5, 301338.5, "km2", None),
    ("it pumps some 3.5 million barrels a day", "3.5 million barrels a day", "quantity", 3.5e6, 3.15e6, 3.85e6, "barrel/day", "some"),
    ("at least 12 dead", "12 dead", "quantity", 12, 12, INF, "death", "at least"),
    ("fewer than 10 troops", "10 troops", "quantity", 10, 0, 10, "soldier", "fewer than"),
    ("Twenty-six people die in accident", "Twenty-six people", "quantity", 26, 25.5, 26.5, "person", None),
    ("a group of 17 elements", "17", "number", 17, 16.5, 17.5, None, None),
    ("there are 1,234,567 of them", "1,234,567", "number", 1234567, 1234566.5, 1234567.5, None, None),
    ("tests reached 156,000 by May", "156,000", "number", 156000, 155500, 156500, None, None),
    ("it has 2.3 million members", "2.3 million", "number", 2.3e6, 2.25e6, 2.35e6, None, None),
    ("more than 200 were injured", "200", "number", 200, 200, INF, None, "more than"),
    ("Saprissa won 33 titles", "33", "number", 33, 32.5, 33.5, None, None),
    ("a dozen were arrested", "a dozen", "number", 12, 11.5, 12.5, None, None),
    ("twenty-five were arrested", "twenty-five", "number", 25, 24.5, 25.5, None, None),
    ("one hundred and five were arrested", "one hundred and five", "number", 105, 104.5, 105.5, None, None),
    ("two million were displaced", "two million", "number", 2e6, 1.5e6, 2.5e6, None, None),
    ("Amazon banned over a million products", "a million", "number", 1e6, 1e6, INF, None, "over"),
    # a negated bound is the other side's bound: "not more than 40" is at most 40
    ("not more than 40 were arrested", "40", "number", 40, 0, 40, None, "not more than"),
    ("not less than 40 were arrested", "40", "number", 40, 40, INF, None, "not less than"),
    ("not fewer than 40 were arrested", "40", "number", 40, 40, INF, None, "not fewer than"),
    ("40 or fewer were arrested", "40", "number", 40, 0, 40, None, "or fewer"),
    ("a deal worth north of $40 million", "$40 million", "money", 40e6, 40e6, INF, "USD", "north of"),
    ("with sales topping $40 million", "$40 million", "money", 40e6, 40e6, INF, "USD", "topping"),
    ("the toll has exceeded 2,000", "2,000", "number", 2000, 2000, INF, None, "exceeded"),
    ("exports surpassed 40,000 tonnes", "40,000 tonnes", "quantity", 40000, 40000, INF, "tonne", "surpassed"),
    ("the bill passed 52 to 48 votes", "52", "number", 52, 51.5, 52.5, None, None),  # a tally, not a mark passed
    ("4 thousand 3 hundred and 21 is a number", "4 thousand 3 hundred and 21", "number", 4321, 4320.5, 4321.5, None, None),
    ("a fifth of voters", "a fifth", "number", 0.2, 0.19, 0.21, None, None),
    # a rating out of ten with decimals, to its last decimal; a date keeps one separator
    ("an average rating of 2.7/10", "2.7/10", "number", 0.27, 0.265, 0.275, None, None),
    ("it averaged 6.38/10 from critics", "6.38/10", "number", 0.638, 0.6375, 0.6385, None, None),
    ("an average rating above 2.9/10", "2.9/10", "number", 0.29, 0.29, INF, None, "above"),
    ("two thirds of the cake", "two thirds", "number", 2 / 3, 2 / 3 * 0.95, 2 / 3 * 1.05, None, None),
    ("half of the population", "half", "number", 0.5, 0.475, 0.525, None, None),
    ("one in five adults", "one in five", "number", 0.2, 0.19, 0.21, None, None),
    ("won half of the 300 seats", "half of the 300 seats", "quantity", 150, 142.5, 157.5, "seat", None),
    ("a third of its 1,200 staff", "a third of its 1,200", "number", 400, 380, 420, None, None),
    ("will serve half of his seven-year sentence", "seven-year", "quantity", 7, 6.5, 7.5, "year", None),
    ("half the $300 million budget", "half the $300 million", "money", 150e6, 142.5e6, 157.5e6, "USD", None),
    ("about half of the 40 games", "half of the 40", "number", 20, 18, 22, None, "about"),
    ("four-and-a-half stars", "four-and-a-half", "number", 4.5, 4.275, 4.725, None, None),
    ("between 10 and 20 were hurt", "10 and 20", "number", 15, 9.5, 20.5, None, "range"),
    ("10 to 20 million were hurt", "10 to 20 million", "number", 15e6, 9.5e6, 20.5e6, None, "range"),
    ("a team of forty-five (45)", "forty-five (45)", "number", 45, 44.5, 45.5, None, None),
    ("temperatures of minus 5", "minus 5", "number", -5, -5.5, -4.5, None, None),
]
# fmt: on


@pytest.mark.parametrize("sentence, phrase, kind, value, low, high, unit, hedge", FIGURES)
def test_figure(sentence, phrase, kind, value, low, high, unit, hedge):
    m = the_figure(sentence, phrase)
    assert (m.kind, m.unit, m.hedge) == (kind, unit, hedge)
    assert m.value == pytest.approx(value)
    assert m.low == pytest.approx(low)
    assert m.high == pytest.approx(high)
    assert sentence[m.start : m.end] == m.text


# Text that holds no figure at all.
NOT_FIGURES = [
    "1) Putin’s Stance on Rare Earth Minerals",
    "No. | Key Points |\n---|---|\n1 | Vladimir Putin indicates willingness |\n2 | Rare earth minerals |",
    "The first vote was held in 2017.",
    "2025",
    "On February 24, 2025, he spoke.",
    "Posted on 2025-02-25 07:35 by admin",
    "He arrived on 24 Feb and left on Feb. 26.",
    "56234320-f366-11ef-896e-d7e7fb17.jpg",
    "See https://example.com/2025/02/25/story-123.html for more.",
    "Upgrade to version 2.0.1 now.",
    "Call +44 20 7946 0958 or 555-1234.",
    "This comes at a time when a backdrop of talks may help; we will see.",
    "One of the officials said no one knows which one.",
    "The song was a #1 hit.",
    "It was the third time in the 21st century.",
    "A Covid-19 case, flight MH17 and a Boeing 737.",
    "Article 5 of the treaty applies.",
    "The leader crashed on lap 41; the champion resigned on move 29.",
    "She holed out from the bunker at hole 7, and by day 3 led the field.",
    "Music of the 1990s and the '80s.",
    "He is seeking a third term.",
    "They scored in the second half before half-time.",
    "The meeting starts at 7pm or 10 a.m.",
    "A 16:9 screen.",
    "The vote on 12/05/20 and the count on 3.7.2021 were close.",
    "Resident Evil 5 was a success.",
    "Spending in fiscal 2012-13 was reviewed.",
    "He was looking for a next of kin.",
    "At one point, the sides met.",
    "The first two quarters saw growth.",
    "No one came; Formula One and Air Force One; a one-off payment.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(text):
    assert [m.text for m in figures(text)] == []


# (text, the figures it holds): figures beside non-figures in one sentence
MIXED = [
    ("Spending in fiscal 2012-13 rose 4%.", ["4%"]),
    ("The 5G network cost $2bn.", ["$2bn"]),
    ("In 2017, 15% of imports came from Russia.", ["15%"]),
    ("He has lost his pen 7 times since Monday.", ["7"]),
    ("rose from 10% to 20% in 2024", ["10%", "20%"]),
    ("we will be working on releasing version two", ["two"]),
    ("a twenty-pound bag of rice for $10", ["twenty-pound", "$10"]),
    ("50 dollar rmb", ["50 dollar"]),
    ("scores: 120 340, 560", ["120", "340", "560"]),
    ("it weighs 1 234 567 and 816 000 t", ["1 234 567", "816 000 t"]),
    # a noun of a sequence is a place in it only after a preposition: "on move 29", not "will move 400 jobs"
    ("drew after 63 moves, having missed a win on move 38", ["63"]),
    ("The firm will move 400 jobs to Leeds.", ["400 jobs"]),
    ("Only 9 laps remained when he pitted on lap 51.", ["9"]),
]


@pytest.mark.parametrize("text, expected", MIXED)
def test_mixed(text, expected):
    assert [m.text for m in figures(text)] == expected


def test_scores_are_no_figures():
    assert [m.value for m in figures("they lost 33-16 to the Vikings")] == []


@pytest.mark.parametrize(
    "name, expected",
    [
        ("000", [("$15 billion", "money")]),
        ("001", [("15%", "percent"), ("17", "number")]),
        (
            "002",
            [
                ("three years", "quantity"),
                ("5%", "percent"),
                ("three years", "quantity"),
                ("$500bn", "money"),
                ("£396bn", "money"),
            ],
        ),
        ("003", [("156,000 square kilometers", "quantity")]),
        ("004", [("17", "number"), ("60%", "percent"), ("85%", "percent")]),
    ],
)
def test_seed_figures(name, expected):
    (path,) = SEEDS.glob(f"{name}_*.txt")
    text = path.read_text(encoding="utf-8")
    assert [(m.text, m.kind) for m in figures(text)] == expected


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_any_text_gives_well_formed_mentions(text):
    for m in numbers.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.kind in FIGURE_KINDS
        assert m.low is not None and m.high is not None and m.low <= m.high


_FRAGMENTS = st.sampled_from(
    "one|two|twenty|-|hundred|and|a|half|third|thirds|million|point|minus|of|1|12|1,000|0.5|$|£|%|per cent|bn|m|k"
    "|about|nearly|up to|between|to|people|km|(|)|/|5/10|2025|07:35|#|dozen|crore|e|st| |  |\n|.|,|US$|yen|cents"
    "|out of|over".split("|")
)


@given(st.lists(_FRAGMENTS, max_size=30).map(" ".join))
@settings(max_examples=500, deadline=None)
def test_numeral_soup_never_raises(text):
    for m in numbers.find(text):
        assert text[m.start : m.end] == m.text
        assert m.value is None or not math.isnan(m.value)


def test_long_runs_are_split_not_slow():
    text = " ".join(["one"] * 2000)
    assert numbers.find(text) == []
    assert len(figures(" ".join(["two"] * 2000))) >= 2000 // 24


# ---- phrase tables: figures in news sentences, one file per family ----

FAMILY_KINDS = {
    "money": {"money"},
    "percent": {"percent"},
    "number": {"number", "quantity", "money", "percent"},
}


def _phrase_cases():
    for path in sorted(PHRASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
                yield pytest.param(path.stem, case, id=case["id"], marks=marks)


def _matches(family: str, text: str, want: dict, found: list[Mention]) -> bool:
    """A mention of the family over the expected span with the expected value (and currency or unit)."""
    at = text.index(want["span"])
    for m in found:
        if m.kind not in FAMILY_KINDS[family] or m.value is None:
            continue
        if not (m.start < at + len(want["span"]) and at < m.end):
            continue
        if abs(m.value - want["value"]) > 1e-6 * max(1.0, abs(m.value), abs(want["value"])):
            continue
        if family == "money" and m.unit != want["unit"]:
            continue
        if family == "percent" and m.unit != want["unit"]:
            continue
        return True
    return False


@pytest.mark.parametrize("family, case", list(_phrase_cases()))
def test_phrase(family, case):
    found = numbers.find(case["text"])
    expected = case.get("expected") or []
    if expected:
        assert all(_matches(family, case["text"], want, found) for want in expected), found
    else:
        unwanted = {"number"} if family == "number" else FAMILY_KINDS[family]
        assert not [m for m in found if m.kind in unwanted]


# Addresses, file names, ids, versions, times and dates hold digits that are not figures; the figure beside them is.
BESIDE_JUNK = [
    ("Write to desk2024@example.org; 15% replied.", ["15%"]),
    ("The photo IMG_2041.jpg shows 12 boats.", ["12"]),
    ("See www.example.org/a/2024/77 where 300 names are listed.", ["300"]),
    ("Build 3.14.2 shipped to 40,000 users.", ["40,000"]),
    ("Host 10.0.4.17 sent 250 requests.", ["250"]),
    ("Record 3f2a9c1e-77b1-4c2d-9e10 logged fees of $5.", ["$5"]),
    ("At 10:45 pm, 6 people were hurt.", ["6 people"]),
    ("Posted 2024-03-13, the notice lists 18 sites.", ["18"]),
    ("Report filed 13/03/2024 names 9 suspects.", ["9"]),
]


@pytest.mark.parametrize("text, expected", BESIDE_JUNK)
def test_figures_beside_addresses_ids_and_times(text, expected):
    assert [m.text for m in figures(text)] == expected
