"""A figure a report gives of another firm it names ("Brantwell reported an operating profit of £85m") is that
firm's, not the report's own firm's figure it gave earlier without naming it ("operating profit was £132m" in a
report about Castlewick); and a clause a joiner sets against the figure's own ("... while Castlewick lost 40,000")
names no subject of the figure, with a comma before the joiner or, when a name opens the clause, without one."""

from __future__ import annotations

import consistency
from consistency.engine import claims

REPORT = (
    "---\ndate: 2025-08-04\n---\n# Castlewick's slow quarter\n\n"
    "Castlewick Energy reported its half-year figures on Thursday. Sales slipped 2% to £1.9bn and operating profit "
    "was £132m, short of forecasts.\n\n"
    "Its rival Brantwell, which reported a week earlier, made an operating profit of £85m and won 25,000 "
    "customers in the half while Castlewick lost 40,000.\n"
)


def test_a_rivals_profit_is_no_second_profit_of_the_firm(tmp_path):
    (tmp_path / "a.md").write_text(REPORT, encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    assert [d.summary for d in report.discrepancies if d.kind == "internal-conflict"] == []


def test_each_clause_of_while_has_its_own_subject(tmp_path):
    (tmp_path / "a.md").write_text(REPORT, encoding="utf-8")
    subjects = {c.mention.text: c.subject for c in claims(tmp_path) if c.mention.text in ("£85m", "40,000")}
    assert "Castlewick" not in subjects["£85m"]
    assert subjects["40,000"] == ("Castlewick Energy",)  # the firm named in full before
