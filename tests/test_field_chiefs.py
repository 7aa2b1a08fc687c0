"""An everyday word that opens a sentence before a post ("Finance chief Priya Rao said", "Security chief Tom Hale")
names the post's field, not a firm: the finance chief is no chief executive of a firm called Finance, and never set
against the company's chief executive. A firm named so elsewhere in the story is still the post's organisation."""

from __future__ import annotations

import consistency


def _entity_rows(tmp_path, *reports: tuple[str, str]) -> list[str]:
    for i, (day, text) in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "entity-conflict"]


def test_a_field_chief_is_not_the_chief_executive(tmp_path):
    assert _entity_rows(
        tmp_path,
        ("2026-04-28", "Quarrow Software said on Tuesday it would cut 1,850 jobs.\n\n\"These are hard decisions,\" "
                       "Chief Executive Dana Whitlock said in a memo to staff."),
        ("2026-04-29", "Quarrow said staff would be told by 12 May.\n\nFinance chief Priya Rao said the company needed "
                       "to reset its cost base after a year of heavy investment."),
        ("2026-04-30", "Chief executive Dana Whitlock defended the decision to cut jobs at Quarrow."),
    ) == []


def test_a_firm_named_elsewhere_still_owns_the_post(tmp_path):
    rows = _entity_rows(
        tmp_path,
        ("2026-04-28", "Brill Foods chief executive Dana Whitlock said the cuts were hard. Brill Foods employs 9,000."),
        ("2026-04-29", "Brill chief executive Tom Hale said the plan was final. Brill Foods shares fell."),
    )
    assert len(rows) == 1
