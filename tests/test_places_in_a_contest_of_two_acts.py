"""A place in a contest's order ("in the ninth round", "in the third") tells when an act happened, and a report of
a fight or a race tells several: two such places are the place of one act only when their clauses tell it in some
word beside the part's noun and the names ("stopped him in the ninth round", "the ninth-round stoppage")."""

from __future__ import annotations

import consistency


def _errors(tmp_path, *docs: tuple[str, str, str]) -> list[tuple[str, str]]:
    for i, (published, headline, body) in enumerate(docs):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {published}\n---\n# {headline}\n\n{body}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [(d.kind, d.summary) for d in report.discrepancies if str(d.severity) == "error"]


def test_the_round_of_a_cut_is_not_the_round_of_the_stoppage(tmp_path):
    first = ("2025-04-12", "Quinn wins title in Carrow",
             "Dara Quinn stopped Marco Villen in the ninth round on Saturday to win the lightweight title.")
    later = ("2025-04-12", "Carrow fight: how it was won",
             "The cut Villen opened over Quinn's left eye in the third round bled for the rest of the night.")
    assert _errors(tmp_path, first, later) == []


def test_one_report_tells_the_rounds_of_two_acts(tmp_path):
    only = ("2025-04-12", "Quinn stops Villen in ninth",
            "Dara Quinn stopped Marco Villen in the ninth round on Saturday. Villen had opened a cut over Quinn's "
            "eye in the third.")
    assert _errors(tmp_path, only) == []


def test_two_rounds_of_one_stoppage_disagree(tmp_path):
    first = ("2025-04-12", "Quinn crowned champion after ninth-round stoppage",
             "Dara Quinn is the new lightweight champion.")
    later = ("2025-04-12", "Carrow fight review",
             "Dara Quinn's eighth-round stoppage of Marco Villen drew a record television audience.")
    assert ("value-conflict", "r0 says ninth, r1 says eighth") in _errors(tmp_path, first, later)


def test_a_place_on_a_list_is_no_part_of_a_contest(tmp_path):
    first = ("2025-04-12", "Tova Lind's new single",
             "Her debut EP was released in June 2019 with its second single, \"Harbour Lights\", peaking at number "
             "three on the Top 100.")
    later = ("2025-04-12", "Harbour Lights", "Tova Lind's \"Harbour Lights\" reached number three on the Top 100.")
    assert _errors(tmp_path, first, later) == []
