"""A name-variant row quotes the odd spelling as the report writes it in full ("Ruslan Temirkanov"), not the surname a
headline gives alone before it, and the usual spelling in full from another report: both sides show the whole
name an editor must check."""

from __future__ import annotations

import consistency


def test_the_odd_spelling_is_quoted_in_full(tmp_path):
    docs = [
        ("2025-05-17", "Quinn stops Vardanyanc in ninth",
         "Dara Quinn stopped Arman Vardanyanc in the ninth round on Saturday to win the title. Vardanyanc had "
         "controlled the early rounds."),
        ("2025-05-18", "Quinn crowned champion", "Dara Quinn stopped Arman Vardanyants in the ninth round."),
        ("2025-05-19", "How Quinn won", "Arman Vardanyants looked every inch a veteran for six rounds."),
        ("2025-05-21", "Rematch clause", "Arman Vardanyants has triggered his rematch clause."),
    ]
    for i, (published, headline, body) in enumerate(docs):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {published}\n---\n# {headline}\n\n{body}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    (row,) = [d for d in report.discrepancies if d.kind == "name-variant"]
    assert [c.mention.text for c in row.claims] == ["Arman Vardanyanc", "Arman Vardanyants"]
