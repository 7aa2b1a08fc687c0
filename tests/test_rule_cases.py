"""Every rule's cases (consistency/rules/cases/<kind>.toml) run through `consistency.check`.

A case says whether its rule must flag its documents or must leave them
alone; the meta-tests fail when a registered rule (or a part of one) has no
working must-flag and must-pass case, when a case names a rule or part that
does not exist, and when a rule's `example` is not the documents of one of
its flagged cases.
"""

from __future__ import annotations

import re

import pytest

import consistency
from consistency.documents import load
from consistency.engine import context
from consistency.knowledge.facts import load_facts
from consistency.rules import RULES
from consistency.rules.cases import Case, load_cases, write_case

CASES = load_cases()
PARTS = [(kind, p) for kind, r in RULES.items() for p in r.parts]
# Rules whose every algorithm is a named part: each of their cases names the part it exercises.
_ALL_IN_PARTS = {"entity-conflict"}


def _param(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


def _part_findings(case: Case, paths, facts) -> set[str]:
    """The ids of what the case's part alone finds in the documents: proof that this part flagged them."""
    documents, _ = load([str(p) for p in paths])
    fact_doc, references = load_facts(facts) if facts else (None, [])
    ctx = context(documents, references, fact_doc)
    part = next(p for p in RULES[case.kind].parts if p.name == case.part)
    return {d.id for d in part.check(ctx)}


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: Case, tmp_path):
    paths, facts = write_case(case, tmp_path)
    report = consistency.check(paths, facts=facts)
    assert not report.problems
    found = [d for d in report.discrepancies if d.kind == case.kind]
    if not case.flag:
        assert not found, f"{case.kind} raised: {[d.summary for d in found]}"
        return
    assert found, f"{case.kind} not raised; got {[(d.kind, d.summary) for d in report.discrepancies]}"
    for d in found:
        assert d.severity == RULES[case.kind].severity
        assert d.summary and d.claims
    if case.part:
        assert {d.id for d in found} & _part_findings(case, paths, facts), f"part {case.part} did not flag it"


def _working(kind: str, part: str | None = None) -> tuple[set[bool], list[Case]]:
    cases = [c for c in CASES if c.kind == kind and (part is None or c.part == part)]
    return {c.flag for c in cases if not c.xfail}, cases


@pytest.mark.parametrize("kind", list(RULES))
def test_every_rule_has_cases_and_docs(kind):
    rule = RULES[kind]
    expects, _ = _working(kind)
    assert True in expects, f"rule {kind} has no must-flag case in rules/cases/{kind}.toml"
    assert False in expects, f"rule {kind} has no must-pass case in rules/cases/{kind}.toml"
    assert rule.doc, f"rule {kind} has no docstring"
    assert rule.example, f"rule {kind} has no example"


@pytest.mark.parametrize(("kind", "part"), PARTS, ids=[f"{k}:{p.name}" for k, p in PARTS])
def test_every_part_has_cases_and_docs(kind, part):
    expects, _ = _working(kind, part.name)
    assert True in expects, f"part {part.name} of {kind} has no must-flag case"
    assert False in expects, f"part {part.name} of {kind} has no must-pass case"
    assert part.doc and part.example, f"part {part.name} of {kind} needs a docstring and an example"


def test_cases_name_registered_rules_and_parts():
    for case in CASES:
        assert case.kind in RULES, f"{case.id}: no rule {case.kind} (file rules/cases/{case.kind}.toml)"
        parts = {p.name for p in RULES[case.kind].parts}
        if case.part is not None:  # a case that names no part exercises the rule's own algorithm
            assert case.part in parts, f"{case.id}: rule {case.kind} has no part {case.part}; it has {sorted(parts)}"
        else:
            assert case.kind not in _ALL_IN_PARTS, f"{case.id}: rule {case.kind} runs only its parts; say which one"
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "case names repeat within a file"


_QUOTED = re.compile(r'"([^"]+)"(?:\s*\(([^)]*)\))?')


def _example_runs(example: str, case: Case) -> bool:
    """Whether every quoted passage of the example is in the case's documents (in the one it labels a, b, ...)."""
    texts = {d.id: d.text.lower() for d in case.documents}
    quoted = _QUOTED.findall(example)
    for passage, label in quoted:
        named = [t.strip() for t in label.split(",") if t.strip() in texts]
        where = [texts[named[0]]] if named else list(texts.values())
        if not any(passage.lower() in t for t in where):
            return False
    return bool(quoted)


def _check_example(example: str, cases: list[Case], what: str):
    examples = [c for c in cases if c.example]
    assert examples, f"{what}: no case is marked example = true"
    assert all(c.flag and not c.xfail for c in examples), f"{what}: the example case must be a working must-flag case"
    assert any(_example_runs(example, c) for c in examples), (
        f"{what}: no example case holds the passages of its example {example!r}"
    )


@pytest.mark.parametrize("kind", list(RULES))
def test_rule_example_is_a_flagged_case(kind):
    """The example `consistency rules` prints is the documents of a case that runs and flags."""
    _check_example(RULES[kind].example, _working(kind)[1], f"rule {kind}")


@pytest.mark.parametrize(("kind", "part"), PARTS, ids=[f"{k}:{p.name}" for k, p in PARTS])
def test_part_example_is_a_flagged_case(kind, part):
    _check_example(part.example, _working(kind, part.name)[1], f"part {part.name} of {kind}")
