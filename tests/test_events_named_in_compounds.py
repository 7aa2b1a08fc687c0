"""An event's noun right before a noun it makes a compound with (data/event_compounds.csv: "a fire risk
assessment", "the avalanche warning service", "a strike ballot") names another thing: its date is that thing's,
never the event's."""

from __future__ import annotations

import consistency


def test_a_fire_risk_assessment_is_no_day_of_the_fire(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-03-14\n---\n"
        "Tom Reyes, chief executive of Halden Leisure, said in a statement on Thursday that the company would "
        "\"leave no stone unturned\" after the fire on 8 March, which killed two guests.\n\n"
        "Mr Reyes said the hotel's alarms had been tested in January and that a fire risk assessment carried out "
        "by an outside contractor in October had found \"no significant issues\".\n",
        encoding="utf-8",
    )
    report = consistency.check([str(tmp_path)])
    assert [d.kind for d in report.discrepancies if str(d.severity) == "error"] == []


def test_a_warning_service_acting_on_a_day_does_not_date_the_avalanche(dated_errors):
    first = ("2025-02-08", "An avalanche swept across a ski route at the Kessberg resort on Saturday, police said.")
    later = (
        "2025-02-10",
        "The avalanche at Kessberg struck on Saturday. The regional avalanche warning service had raised the danger "
        "to level four on Friday.",
    )
    assert dated_errors(first, later, kind="date-conflict") == []


def test_a_fire_ministers_visit_is_no_day_of_the_fire(dated_errors):
    report = (
        "2026-06-08",
        "Two more bodies were found on Monday morning on the top floor of the Harbour Hotel in Tollby, where the "
        "fire broke out at about 2.40am on 7 June.\n\nThe Home Office said the fire minister would visit Tollby "
        "later in the week.",
    )
    assert dated_errors(report) == []
