"""Those taken to hospital, told by a phrase after their count ("nine people were taken to hospital",
data/measure_phrases.csv), are the hospitalised: one count of what befell them, compared across reports.
A figure that the reports before and after it contradict with one value is the odd one, not a rise and a fall."""

from __future__ import annotations

import pytest

import consistency
from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Nine people were taken to hospital after the tram hit a bus shelter.", "Nine people", "hospitalised"),
        ("Twenty-two people were admitted to hospital with breathing problems.", "Twenty-two people", "hospitalised"),
        ("Four residents were kept in hospital overnight.", "Four residents", "hospitalised"),
        ("Six people were taken to Stenmouth General Hospital with cuts.", "Six people", "hospitalised"),
        ("Two people were admitted to St Mary's Infirmary overnight.", "Two people", "hospitalised"),
        ("Nine people were waiting at the bus shelter when the tram left the rails.", "Nine people", None),
    ],
)
def test_a_count_taken_to_hospital_is_of_the_hospitalised(text, figure, measure):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure


DERAILED = "A tram left the rails on Quarry Hill in Stenmouth on Monday evening and struck a bus shelter."
REPORTS = [
    ("2025-09-02", "Tram derails in Stenmouth", f"{DERAILED} Nine people were taken to hospital, the ambulance service "
     "said. The operator, Stenmouth Metro, suspended services on the line."),
    ("2025-09-04", "Quarry Hill tram line reopens", "Services on the Quarry Hill line resumed on Wednesday, two days "
     "after a tram derailed and hit a bus shelter. Everyone taken to hospital has now gone home, the hospital trust said."),
    ("2025-09-05", "Tram driver questioned", "Police have spoken to the driver of the tram that derailed in Stenmouth "
     "on Monday. Thirteen people were taken to hospital after the crash."),
    ("2025-09-08", "Inspectors study tram wheels", "Rail inspectors are examining the wheels of the Stenmouth tram that "
     "came off the track last Monday. The hospital treated the injured for cuts and bruises."),
    ("2025-09-12", "Week in review", "Stenmouth: a tram derailed at Quarry Hill on 1 September. Nine people were taken "
     "to hospital that night, most with cuts and bruises."),
]


def _rows(tmp_path, reports):
    for i, (day, headline, body) in enumerate(reports):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {day}\n---\n# {headline}\n\n{body}\n", encoding="utf-8")
    return [(d.kind, str(d.severity), d.summary) for d in consistency.check([str(tmp_path)]).discrepancies]


def test_an_odd_count_of_the_hospitalised_between_two_others_conflicts(tmp_path):
    found = _rows(tmp_path, REPORTS)
    conflicts = [summary for kind, _, summary in found if kind == "value-conflict"]
    assert conflicts and all("Thirteen" in summary for summary in conflicts)
    assert not [row for row in found if row[0] == "superseded"]  # the last report is right, not out of date


def test_a_count_of_the_hospitalised_that_rises_is_an_update(tmp_path):
    found = _rows(tmp_path, REPORTS[:3])
    assert not [row for row in found if row[1] == "error"]
