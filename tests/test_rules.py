"""Rule behaviour beyond the cases: settings that change what the rules compare.

Each rule's own must-flag and must-pass cases live in
consistency/rules/cases/<kind>.toml and run in tests/test_rule_cases.py.
"""

from __future__ import annotations

import consistency


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
