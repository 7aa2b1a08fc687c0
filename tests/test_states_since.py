"""A state held "since" a time against the act that began it: "in office since May 2022" and "took office in
September 2022" date one beginning, and disagree.

"Since May 2022" alone stands for every day from May 2022 on; told of a
state, its words also say when the state began. A dated act that began a
state (data/state_onsets.csv: arrived, closed, took office, was jailed) of
the same named subject, told in the same words ("on Mars", "office",
"strike"), gives that beginning; another act of the subject, a later act
within the state, a change or a record "since", and an act still to come
are no beginning of it.
"""

from __future__ import annotations

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

BEGUN_ELSEWHEN = [
    (
        ("2026-02-10", "The Halvard Mill, closed since March 2023, is up for sale."),
        ("2026-02-11", "The Halvard Mill closed in June 2023 after its last order was cancelled."),
        ("March 2023", "June 2023"),
    ),
    (
        ("2026-02-10", "Mayor Ines Duarte, in office since May 2022, faces a recall vote."),
        ("2026-02-11", "Ines Duarte took office in September 2022 after a narrow win."),
        ("May 2022", "September 2022"),
    ),
    (
        ("2026-02-10", "The Corvid-3 rover, which has been on Mars since February 2024, drilled its tenth sample."),
        ("2026-02-11", "The Corvid-3 rover arrived on Mars in April 2024."),
        ("February 2024", "April 2024"),
    ),
    (
        ("2026-02-10", "Tomas Ferrer, held at Valdo prison since 2019, has lost his appeal."),
        ("2026-02-11", "Tomas Ferrer was jailed at Valdo prison in 2021 for fraud."),
        ("2019", "2021"),
    ),
    (
        ("2026-02-10", "Dock workers at Port Ellery have been on strike since Monday, halting exports."),
        ("2026-02-12", "Dock workers at Port Ellery began their strike on Wednesday, halting exports."),
        ("Monday", "Wednesday"),
    ),
    (  # a thing neither report names
        ("2026-06-06", "The gallery has been closed since January 2016."),
        ("2026-06-05", "Surveys after the gallery closed in January 2017 found damp in the east wing."),
        ("January 2016", "January 2017"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), BEGUN_ELSEWHEN)
def test_a_state_since_one_time_and_its_beginning_at_another_conflict(tmp_path, first, second, texts):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == {texts}


NO_OTHER_BEGINNING = [
    # the same beginning
    (
        ("2026-02-10", "The Halvard Mill, closed since March 2023, is up for sale."),
        ("2026-02-11", "The Halvard Mill closed in March 2023 after its last order was cancelled."),
    ),
    # a later act within the state, or the beginning of another state
    (
        ("2026-02-10", "The Halvard Mill, closed since March 2023, is up for sale."),
        ("2026-02-11", "The Halvard Mill was sold in June 2024 to a developer."),
    ),
    (
        ("2026-02-10", "The Corvid-3 rover, which has been on Mars since February 2024, drilled its tenth sample."),
        ("2026-02-11", "The Corvid-3 rover drilled its first sample on Mars in April 2024."),
    ),
    (
        ("2026-02-10", "The Corvid-3 rover has been on Mars since February 2024."),
        ("2026-02-11", "The Corvid-3 rover entered safe mode in April 2025."),
    ),
    (
        ("2026-02-10", "The Halvard Mill has been closed since March 2023."),
        ("2026-02-11", "The Halvard Mill opened in 1921 on the banks of the Orre."),
    ),
    (
        ("2026-02-10", "Mayor Ines Duarte, in office since May 2022, faces a recall vote."),
        ("2026-02-11", "Ines Duarte joined the city council in 2015."),
    ),
    # a change or a record counted since a time
    (
        ("2026-02-10", "Shares of Orlan Bank have fallen 30% since March 2025."),
        ("2026-02-11", "Shares of Orlan Bank fell sharply in June 2025 after the bank cut its outlook."),
    ),
    (
        ("2026-02-10", "Exports from Port Ellery were the highest since 2019."),
        ("2026-02-11", "Port Ellery opened a new terminal in 2021."),
    ),
    (
        ("2026-06-06", "The school has been closed since Monday."),
        ("2026-06-05", "The hospital closed on Tuesday after the flood."),
    ),
    # an act still to come
    (
        ("2026-02-10", "The Halvard Mill has been closed since March 2023."),
        ("2026-02-11", "The Halvard Mill will reopen in June 2026."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NO_OTHER_BEGINNING)
def test_a_state_since_a_time_agrees_with_what_did_not_begin_it(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()
