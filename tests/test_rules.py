"""Each rule with documents that must raise it and documents that must not.

A case is a small story: a few documents (id → (publication date, text)),
optionally reference facts. Every registered rule needs at least one
must-flag and one must-pass case (the meta-test at the end fails otherwise).
"""

from __future__ import annotations

import pytest

import consistency
from consistency.rules import RULES

FACTS_HEADER = "subject,attribute,value,unit,low,high,as_of,source,note\n"
REFINING_FACT = FACTS_HEADER + "China,share of rare-earth refining,92,%,,,2023,IEA Global Critical Minerals Outlook 2024,\n"

# kind, expected (True = must flag), documents {id: (published, text)}, facts CSV or None
CASES = [
    ("value-conflict", True, {
        "a": ("2025-03-03", "Acme Corp agreed to buy Widget Holdings in a deal worth $2.1 billion, the company said."),
        "b": ("2025-03-03", "Acme Corp agreed to buy Widget Holdings in a deal worth $3 billion, analysts said."),
    }, None),
    ("value-conflict", False, {  # rounding: 2.1bn is [2.05, 2.15), 2.14bn inside it
        "a": ("2025-03-03", "Acme Corp agreed to buy Widget Holdings in a deal worth $2.1 billion, the company said."),
        "b": ("2025-03-03", "Acme Corp agreed to buy Widget Holdings in a deal worth $2.14 billion, analysts said."),
    }, None),
    ("value-conflict", False, {  # hedge: nearly 60% is [54, 60]
        "a": ("2025-03-03", "China controls nearly 60% of global rare-earth mine production, the report said."),
        "b": ("2025-03-03", "China controls 58% of global rare-earth mine production, according to the survey."),
    }, None),
    ("value-conflict", False, {  # one figure in two currencies is not two figures
        "a": ("2025-03-03", "Trump said the US aid to Ukraine amounted to about $500bn (£396bn)."),
        "b": ("2025-03-03", "Trump said the US aid to Ukraine amounted to $500bn."),
    }, None),
    ("unit-conflict", True, {
        "a": ("2025-03-03", "Putin proposed a smelter project in Krasnoyarsk, valuing it at $15 billion."),
        "b": ("2025-03-03", "Aluminium from the Krasnoyarsk smelter made up 15% of US imports."),
    }, None),
    ("unit-conflict", True, {  # a changed currency
        "a": ("2025-03-03", "The Krasnoyarsk smelter project is valued at $40 million, the company said."),
        "b": ("2025-03-03", "The Krasnoyarsk smelter project is valued at €40 million, officials said."),
    }, None),
    ("unit-conflict", False, {
        "a": ("2025-03-03", "Rare earths are a group of 17 metals used in magnets."),
        "b": ("2025-03-03", "Rare earths are a group of 17 elements used in magnets."),
    }, None),
    ("single-source", True, {
        "a": ("2025-03-03", "Putin offered a joint aluminium venture in Krasnoyarsk, Siberia, worth $15 billion."),
        "b": ("2025-03-03", "Putin also proposed joint aluminium production in Krasnoyarsk, Siberia."),
    }, None),
    ("single-source", False, {
        "a": ("2025-03-03", "Putin offered a joint aluminium venture in Krasnoyarsk, Siberia, worth $15 billion."),
        "b": ("2025-03-03", "Putin valued the joint aluminium venture in Krasnoyarsk, Siberia, at $15 billion."),
    }, None),
    ("reference-conflict", True, {
        "a": ("2025-03-03", "China controls 85% of rare-earth refining capacity."),
    }, REFINING_FACT),
    ("reference-conflict", False, {
        "a": ("2025-03-03", "China controls about 90% of rare-earth refining capacity."),
    }, REFINING_FACT),
    ("entity-conflict", True, {
        "a": ("2025-02-25", "The Biden administration met Putin's proposal with skepticism."),
        "b": ("2025-02-25", "The Trump administration welcomed Putin's proposal on rare earths."),
    }, None),
    ("entity-conflict", False, {
        "a": ("2025-02-25", "The Trump administration met Putin's proposal with skepticism."),
        "b": ("2025-02-25", "The Trump administration welcomed Putin's proposal on rare earths."),
    }, None),
    ("entity-conflict", True, {  # the same slot of one fact, different places
        "a": ("2025-02-25", "Max Verstappen was born in Hasselt, Belgium, in 1997."),
        "b": ("2025-02-25", "Max Verstappen was born in Reuver, a village in the Netherlands."),
    }, None),
    ("entity-conflict", False, {  # the other source names it too
        "a": ("2025-02-25", "Max Verstappen was born in Hasselt, Belgium, in 1997."),
        "b": ("2025-02-25", "Max Verstappen was born in Hasselt and grew up in Maaseik."),
    }, None),
    ("entity-conflict", True, {  # nationalities that share no country
        "a": ("2025-02-25", "Tim Roth is an English actor and director."),
        "b": ("2025-02-25", "Tim Roth is an American actor."),
    }, None),
    ("entity-conflict", False, {  # English is British
        "a": ("2025-02-25", "Tim Roth is an English actor and director."),
        "b": ("2025-02-25", "Tim Roth is a British actor."),
    }, None),
    ("entity-conflict", False, {  # a negated slot says nothing about who fills it
        "a": ("2025-02-25", "Magic Johnson played for the Lakers for 13 seasons."),
        "b": ("2025-02-25", "Magic Johnson did not play for the Celtics."),
    }, None),
    ("anachronism", True, {
        "a": ("2025-02-25", "The Biden administration met Putin's proposal with skepticism."),
    }, None),
    ("anachronism", False, {
        "a": ("2023-05-02", "The Biden administration met Putin's proposal with skepticism."),
    }, None),
    ("anachronism", False, {  # the past on purpose
        "a": ("2025-02-25", "The former Biden administration had imposed sanctions on Russian aluminium."),
    }, None),
    ("date-conflict", True, {
        "a": ("2025-03-20", "Putin and Trump met in Riyadh on March 12, 2025 to discuss a ceasefire."),
        "b": ("2025-03-20", "Putin and Trump met in Riyadh on March 14, 2025 to discuss a ceasefire."),
    }, None),
    ("date-conflict", False, {  # 24 February 2025 was a Monday
        "a": ("2025-02-25", "Putin announced the offer in a television interview on February 24, 2025."),
        "b": ("2025-02-25", "Putin announced the offer in a television interview on Monday."),
    }, None),
    ("quote-variant", True, {
        "a": ("2025-02-25", "“As for the new territories, we are ready to attract foreign partners there,” Putin said."),
        "b": ("2025-02-25", "“As for the new territories, we are ready to welcome foreign partners there,” Putin said."),
    }, None),
    ("quote-variant", False, {  # a truncation is not a variant
        "a": ("2025-02-25", "Putin said Russia has “significantly more resources of this kind than Ukraine.”"),
        "b": ("2025-02-25", "Putin said Russia has “significantly more resources of this kind” than its neighbour."),
    }, None),
    ("name-variant", True, {
        "a": ("2025-02-25", "Volodymyr Zelenskiy met Macron in Kyiv. Zelenskiy said talks went well. "
                            "Zelenskiy thanked him. Zelenzky later disputed the figure."),
    }, None),
    ("name-variant", False, {  # known transliterations used by different outlets
        "a": ("2025-02-25", "Volodymyr Zelenskyy met Macron in Kyiv. Zelenskyy said talks went well."),
        "b": ("2025-02-25", "Volodymyr Zelenskiy met Macron in Kyiv. Zelenskiy said talks went well."),
    }, None),
    ("internal-conflict", True, {
        "a": ("2025-06-12", "260 dead in the Lake Varna air disaster, officials said.\n\n"
                            "Rescuers said 265 people were killed in the Lake Varna air disaster."),
    }, None),
    ("internal-conflict", True, {  # parts that do not add up to the stated total
        "a": ("2025-06-15", "The crash killed 241 passengers and crew plus 19 on the ground.\n\n"
                            "The crash killed 261 people in all, the ministry said."),
    }, None),
    ("internal-conflict", False, {  # parts that add up
        "a": ("2025-06-15", "The crash killed 241 passengers and crew plus 19 on the ground.\n\n"
                            "The crash killed 260 people in all, the ministry said."),
    }, None),
    ("value-conflict", False, {  # parts that add up to the other source's total
        "a": ("2025-06-13", "The aircraft carried 12 crew and 230 passengers, the airline said."),
        "b": ("2025-06-13", "On board were 10 cabin crew and 2 pilots, the airline said. "
                            "The aircraft carried 217 adults, 11 children and two infants."),
    }, None),
    ("value-conflict", False, {  # a later figure is an update, not a conflict
        "a": ("2025-06-12", "The death toll from the Lake Varna crash rose to 260, officials said."),
        "b": ("2025-06-13", "The death toll from the Lake Varna crash was revised to 265, officials said."),
    }, None),
    ("value-conflict", False, {  # hedged bounds: at least 270 is consistent with 279
        "a": ("2025-06-16", "The Lake Varna crash killed at least 270 people, the ministry said."),
        "b": ("2025-06-16", "The Lake Varna crash killed 279 people, the health ministry said."),
    }, None),
    ("value-conflict", True, {  # counts are whole numbers: 260 and 261 differ
        "a": ("2025-06-16", "The Lake Varna crash killed 260 people, the ministry said."),
        "b": ("2025-06-16", "The Lake Varna crash killed 261 people, the health ministry said."),
    }, None),
    ("update", True, {
        "a": ("2025-06-12", "The death toll from the Lake Varna crash rose to 260, officials said."),
        "b": ("2025-06-13", "The death toll from the Lake Varna crash was revised to 265, officials said."),
    }, None),
    ("update", False, {  # the same figure on two days is no change
        "a": ("2025-06-12", "The death toll from the Lake Varna crash rose to 260, officials said."),
        "b": ("2025-06-13", "The death toll from the Lake Varna crash stands at 260, officials said."),
    }, None),
    ("superseded", True, {
        "a": ("2025-06-12", "The death toll from the Lake Varna crash rose to 260, officials said."),
        "b": ("2025-06-13", "The death toll from the Lake Varna crash was revised to 265, officials said."),
        "c": ("2025-06-14", "The death toll from the Lake Varna crash stands at 260, officials said."),
    }, None),
    ("superseded", False, {  # the later report carries the later figure
        "a": ("2025-06-12", "The death toll from the Lake Varna crash rose to 260, officials said."),
        "b": ("2025-06-13", "The death toll from the Lake Varna crash was revised to 265, officials said."),
        "c": ("2025-06-14", "The death toll from the Lake Varna crash stands at 265, officials said."),
    }, None),
    ("date-conflict", True, {  # "on Wednesday" in a report dated Thursday 12 June is 11 June
        "a": ("2025-06-12", "A Northwind Air jet crashed near Lake Varna on Wednesday, killing 200 people."),
        "b": ("2025-06-14", "The Northwind Air jet crashed near Lake Varna on Thursday, witnesses told the paper."),
    }, None),
    ("date-conflict", False, {  # the dates of two statements are not one event's dates
        "a": ("2025-06-12", "Officials said on Thursday that 265 people were killed in the Lake Varna crash."),
        "b": ("2025-06-16", "The Lake Varna crash killed at least 270 people, the ministry said on Monday."),
    }, None),
]


def _run(tmp_path, docs, facts):
    paths = []
    for doc_id, (published, text) in docs.items():
        path = tmp_path / f"{doc_id}.md"
        path.write_text(f"---\ndate: {published}\n---\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    facts_path = None
    if facts:
        facts_path = tmp_path / "reference.csv"
        facts_path.write_text(facts, encoding="utf-8")
    return consistency.check(paths, facts=facts_path)


@pytest.mark.parametrize(
    ("kind", "flag", "docs", "facts"),
    CASES,
    ids=[f"{c[0]}-{'flag' if c[1] else 'pass'}-{i}" for i, c in enumerate(CASES)],
)
def test_rule_case(tmp_path, kind, flag, docs, facts):
    report = _run(tmp_path, docs, facts)
    assert not report.problems
    found = [d for d in report.discrepancies if d.kind == kind]
    if flag:
        assert found, f"{kind} not raised; got {[(d.kind, d.summary) for d in report.discrepancies]}"
        for d in found:
            assert d.severity == RULES[kind].severity
            assert d.summary and d.claims
    else:
        assert not found, f"{kind} raised: {[d.summary for d in found]}"


def test_every_rule_has_examples():
    flagged = {kind for kind, flag, _, _ in CASES if flag}
    passed = {kind for kind, flag, _, _ in CASES if not flag}
    for kind, r in RULES.items():
        assert kind in flagged, f"rule {kind} has no must-flag example"
        assert kind in passed, f"rule {kind} has no must-pass example"
        assert r.doc, f"rule {kind} has no docstring"
        assert r.example, f"rule {kind} has no example"


def test_tolerance_widens_figures_before_they_conflict(tmp_path):
    docs = {
        "a": ("2025-03-03", "China controls 85% of global rare-earth refining, the report said."),
        "b": ("2025-03-03", "China controls 87% of global rare-earth refining, the survey said."),
    }
    paths = []
    for doc_id, (published, text) in docs.items():
        path = tmp_path / f"{doc_id}.md"
        path.write_text(f"---\ndate: {published}\n---\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    strict = consistency.check(paths)
    assert [d.kind for d in strict.discrepancies] == ["value-conflict"]
    assert not consistency.check(paths, tolerance=0.03).discrepancies
