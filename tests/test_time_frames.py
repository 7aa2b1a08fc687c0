"""Frames in time: the report's date, a statement's date and an event's date are kept apart."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.documents import load
from consistency.readers.datelines import dateline


def _write(tmp_path, docs: dict[str, tuple[str | None, str]]):
    for name, (day, text) in docs.items():
        head = f"---\ndate: {day}\n---\n\n" if day else ""
        (tmp_path / f"{name}.md").write_text(head + text + "\n", encoding="utf-8")


def rows(tmp_path, docs: dict[str, tuple[str | None, str]], level: str | None = None) -> set[tuple[str, tuple[str, ...]]]:
    """(kind, the claims' texts in document order) of each discrepancy of a check of `docs`."""
    _write(tmp_path, docs)
    report = consistency.check([tmp_path])
    return {
        (d.kind, tuple(c.mention.text for c in sorted(d.claims, key=lambda c: (c.doc, c.start))))
        for d in report.discrepancies
        if level is None or d.severity.value == level
    }


# ---- datelines -----------------------------------------------------------------------------------

DATELINES = [
    ("LISBON, March 4 (Reuters) - Portugal's parliament voted in 2025 to", "LISBON", dt.date(2025, 3, 4)),
    ("WASHINGTON (AP) — The Senate passed the bill.", "WASHINGTON", None),
    ("Tromsø, Nov 2 (NTB) -- Storm Dagny closed the harbour, 2026 figures show.", "Tromsø", dt.date(2026, 11, 2)),
    ("NEW DELHI: The monsoon reached Kerala on Friday.", "NEW DELHI", None),
    ("(Syndicated - Valley Wire (VW)) QUITO, 4 June (VW) -- Ecuador's central bank said 2024.", "QUITO",
     dt.date(2024, 6, 4)),
    ("Headline of the piece\n\nCAIRO, Egypt - Officials said the dam was finished.", "CAIRO", None),
]


@pytest.mark.parametrize(("text", "place", "date"), DATELINES)
def test_a_dateline_gives_the_report_its_place_and_date(text, place, date):
    found = dateline(text)
    assert found is not None
    assert (found.place, found.date) == (place, date)


NOT_DATELINES = [
    "I'll be out January 12, 2026 - 01/22/2026",  # a sentence, not a place and a date
    "Lisbon - the capital - voted on Monday.",  # a place in ordinary case needs a date or an agency
    "BREAKING: The bridge has reopened.",  # a newsroom label, not a place
    "John Smith, 45, said he had seen the flood coming.",
    "The vote was 54-46 - a narrow win.",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_an_opening_that_is_not_a_dateline(text):
    assert dateline(text) is None


def test_the_dateline_date_is_the_documents_and_not_a_date_of_its_text(tmp_path):
    (tmp_path / "wire.txt").write_text(
        "Harbour closed\n\nBERGEN, Jan 9 (NTB) - Storm Ulla closed the harbour in 2027 after winds of 140 km/h.\n",
        encoding="utf-8",
    )
    [doc], _ = load([tmp_path / "wire.txt"])
    assert (doc.place, doc.published) == ("BERGEN", dt.date(2027, 1, 9))
    dates = [m.text for m in consistency.mentions(doc.text, published=doc.published) if m.kind == "date"]
    assert dates == ["2027"]


def test_a_published_line_is_not_a_date_of_the_text():
    text = "Storm closes harbour\n\nPublished 9 Jan 2027 08:10\n\nThe storm closed the harbour on Friday."
    dates = [m.text for m in consistency.mentions(text, published=dt.date(2027, 1, 9)) if m.kind == "date"]
    assert dates == ["Friday"]


def test_a_datelines_date_never_conflicts_with_an_event_date(tmp_path):
    found = rows(tmp_path, {
        "a": (None, "OSLO, Jan 9 (NTB) - Storm Ulla, which hit the coast on 7 January 2027, closed 14 ferry routes."),
        "b": ("2027-01-12", "OSLO - Storm Ulla hit the coast on 7 January 2027 and closed 14 ferry routes."),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


# ---- statement dates and event dates -------------------------------------------------------------

def test_a_statement_date_is_never_compared_with_an_event_date(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-07", "The storm that hit Dunmore late on Friday destroyed 40 homes."),
        "b": ("2026-03-08", "The Dunmore council announced on Saturday evening that the storm destroyed 40 homes."),
        "c": ("2026-03-08", "The storm destroyed 40 homes, the Dunmore council reported on Saturday night."),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


def test_the_same_speakers_same_remarks_dated_differently_conflict(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-11", "Harbour master Ines Falk said on Monday that the Dunmore pier would reopen in May."),
        "b": ("2026-03-11", "Harbour master Ines Falk said on Tuesday that the Dunmore pier would reopen in May."),
    })
    assert ("date-conflict", ("Monday", "Tuesday")) in found


def test_two_speakers_statements_on_different_days_are_not_a_conflict(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-11", "Harbour master Ines Falk said on Monday that the Dunmore pier would reopen in May."),
        "b": ("2026-03-11", "Mayor Tomas Brandt said on Tuesday that the Dunmore pier would reopen in May."),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


def test_an_aftershock_is_not_the_quake(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-03", "A strong earthquake shook the Varnas valley late on Friday, seismologists said."),
        "b": ("2026-05-04", "A magnitude 4.1 aftershock shook the Varnas valley on Sunday as rescuers dug."),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


def test_a_date_of_something_else_in_the_story_is_not_the_events(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-03", "The earthquake struck the Varnas valley on Friday evening, according to the observatory."),
        "b": ("2026-05-05", "A relief convoy left the Varnas valley depot on Sunday evening, a reporter said."),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


def test_one_event_dated_differently_still_conflicts(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-04", "The earthquake struck the Varnas valley on Friday evening, killing 12 people."),
        "b": ("2026-05-04", "The earthquake struck the Varnas valley on Saturday evening, killing 12 people."),
    })
    assert ("date-conflict", ("Friday", "Saturday")) in found


# ---- the time of a figure, and rising series -----------------------------------------------------

FLOODS = {
    "a": ("2026-03-04", "Floods in the northern province killed at least 40 people on Monday."),
    "b": ("2026-03-06", "The death toll from the floods in the northern province rose to 63 on Wednesday."),
    "c": ("2026-03-06", "The floods in the northern province have killed 41 people, officials said on Wednesday."),
    "d": ("2026-03-07", "The floods in the northern province have killed 63 people.\n\n"
                        "Rescue teams are still searching the hill villages for the missing.\n\n"
                        "The death toll from the floods in the northern province stands at 71."),
}


def _report(tmp_path, docs):
    _write(tmp_path, docs)
    return consistency.check([tmp_path])


def test_a_rising_toll_over_four_reports(tmp_path):
    report = _report(tmp_path, FLOODS)
    kinds = {(d.kind, frozenset(c.doc for c in d.claims)) for d in report.discrepancies}
    assert not any(kind == "value-conflict" and {"a", "b"} <= docs for kind, docs in kinds)
    assert any(kind in ("update", "superseded") and {"b", "c"} <= docs for kind, docs in kinds)
    assert ("internal-conflict", frozenset({"d"})) in kinds


def test_one_reports_rise_makes_the_quantity_a_series_for_every_report(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-06", "The death toll from the Harlow mine collapse rose to 63, officials said."),
        "b": ("2026-03-06", "The Harlow mine collapse has killed 41 miners, officials said."),
    })
    assert not {r for r in found if r[0] == "value-conflict"}
    assert {r for r in found if r[0] == "update"}


def test_a_count_no_report_calls_changing_conflicts_on_the_same_day(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-06", "Norway sent 86 rescuers and six sniffer dogs to the Harlow mine, its embassy said."),
        "b": ("2026-03-06", "Norway sent 56 rescuers and six sniffer dogs to the Harlow mine, its embassy said."),
    })
    assert ("value-conflict", ("86", "56")) in found


def test_the_date_of_the_event_does_not_time_a_later_toll(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-07", "The Harlow mine collapse on Friday killed 41 miners, officials said."),
        "b": ("2026-03-21", "The Harlow mine collapse of March 6 killed 63 miners, officials said."),
    })
    assert not {r for r in found if r[0] == "value-conflict"}


# One announcement restated days later: its figures travel together. Each report's injured count
# sits beside the same exact toll, so they are counts of one update and should agree.
SAME_UPDATE = {
    "a": ("2026-04-02", "The interior ministry said 1,374 people had died in the Tarso floods and 2,208 were injured."),
    "b": ("2026-04-12", "The toll in the Tarso floods has risen since the ministry announced 1,374 deaths and "
                        "2,861 injuries."),
}


def test_two_reports_of_one_update_are_compared_across_report_dates(tmp_path):
    found = rows(tmp_path, SAME_UPDATE)
    assert ("value-conflict", ("2,208", "2,861")) in found
    assert not any("1,374" in texts for kind, texts in found if kind == "value-conflict")


@pytest.mark.parametrize(("toll_a", "toll_b", "injured_b"), [
    ("1,374", "1,902", "2,861"),  # two updates: the toll rose, so did the injured
    ("1,000", "1,000", "2,861"),  # a round toll may be any day's: it does not mark one update
    ("more than 1,374", "1,374", "2,861"),  # a hedged figure marks nothing
    ("1,374", "1,374", "2,208"),  # one update told alike
])
def test_figures_beside_different_or_round_tolls_stay_a_series(tmp_path, toll_a, toll_b, injured_b):
    found = rows(tmp_path, {
        "a": ("2026-04-02", f"The interior ministry said {toll_a} people had died in the Tarso floods and "
                            "2,208 were injured. The toll rose again on Thursday."),
        "b": ("2026-04-12", f"The ministry has announced {toll_b} deaths and {injured_b} injuries in the Tarso floods."),
    })
    assert not {r for r in found if r[0] == "value-conflict"}


def test_a_historical_figure_is_compared_across_report_dates(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-07", "A mine collapse at Harlow in 1998 killed 112 miners, the museum says."),
        "b": ("2026-03-21", "A mine collapse at Harlow in 1998 killed 86 miners, the museum says."),
    })
    assert ("value-conflict", ("112", "86")) in found


def test_the_measure_of_a_risen_figure_is_its_subjects(tmp_path):
    from consistency.engine import analyse
    from consistency.model import Document

    text = "The death toll from the storm that measured 950 millibars has gone up to 212."
    claims, _ = analyse(Document(id="x", path="x", text=text, published=dt.date(2026, 3, 7)))
    toll = next(c for c in claims if c.mention.text == "212")
    assert (toll.frame.measure, toll.rising) == ("death", True)


# ---- what is and is not a statement's date, a header's date, an event's date --------------------

STATEMENT_DATES = [
    ("The harbour master said on Monday that the pier would reopen.", "Monday", True),
    ("The council told reporters on Tuesday that the pier would reopen.", "Tuesday", True),
    ("The ministry announced late on Saturday that 40 had died.", "Saturday", True),
    ("On Thursday, officials had put the toll at 240.", "Thursday", True),
    ("The winner was announced on May 20, 2009, after a public vote.", "May 20, 2009", False),  # passive: an event
    ("The new timetable was revealed on March 12, 2009.", "March 12, 2009", False),
    ("There were 749 confirmed deaths as of April 26, 2020.", "April 26, 2020", False),  # "confirmed" describes
    ("As of 24 April 2020, there are 468 confirmed cases.", "24 April 2020", False),
]


@pytest.mark.parametrize(("text", "date", "statement"), STATEMENT_DATES)
def test_a_statement_date_is_told_from_an_event_date(text, date, statement):
    from consistency.engine import analyse
    from consistency.model import Document

    claims, _ = analyse(Document(id="x", path="x", text=text, published=dt.date(2026, 3, 7)))
    found = next(c for c in claims if c.mention.kind == "date" and c.mention.text == date)
    assert found.frame.statement is statement


def test_a_deadline_in_the_first_sentence_is_not_a_header_date():
    text = "By March 26th, the state had recorded fewer than 750 cases."
    assert [m.text for m in consistency.mentions(text, published=dt.date(2020, 4, 1)) if m.kind == "date"] == [
        "March 26th"
    ]


def test_a_captions_date_is_the_pictures_not_the_events(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-04", "A powerful earthquake struck the Varnas valley late on Friday, killing 12 people."),
        "b": ("2026-05-06", "(Photo: Rescuers search the rubble after a powerful earthquake struck the Varnas valley, "
                            "May 5, 2026. /Valley Wire)"),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


# ---- undated reports -----------------------------------------------------------------------------

def test_an_undated_reports_changing_count_is_not_compared(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-06", "The death toll from the Harlow mine collapse rose to 63, officials said."),
        "b": (None, "The Harlow mine collapse has killed 41 miners, officials said."),
    })
    assert not {r for r in found if r[0] == "value-conflict"}


def test_an_undated_reports_timeless_fact_is_compared(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-06", "The Harlow mine shaft is 640 metres deep, the operator said."),
        "b": (None, "The Harlow mine shaft is 410 metres deep, the operator said."),
    })
    assert ("value-conflict", ("640 metres", "410 metres")) in found


# ---- facts that do not change, sources inside one report, history ---------------------------------

def test_an_events_magnitude_compares_across_report_dates(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-02", "A magnitude 6.1 earthquake struck the Varnas valley late on Friday."),
        "b": ("2026-05-05", "The magnitude 6.6 earthquake that struck the Varnas valley damaged 300 homes."),
    })
    assert ("value-conflict", ("6.1", "6.6")) in found


def test_a_richter_value_is_not_a_moment_magnitude(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-02", "A magnitude 6.1 earthquake struck the Varnas valley, the survey said."),
        "b": ("2026-05-02", "The earthquake in the Varnas valley measured 6.4 on the Richter scale."),
    })
    assert not {r for r in found if r[0] == "value-conflict"}


def test_two_named_sources_in_one_report_are_not_an_internal_conflict(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-02", "A 6.1-magnitude earthquake shook the Varnas valley on Friday.\n\n"
                            "The Nordic Seismic Survey (NSS) put the quake's magnitude at 6.1.\n\n"
                            "Varnas's geophysical institute, meanwhile, said the quake had a magnitude of 6.5."),
    })
    assert not {r for r in found if r[0] == "internal-conflict"}


def test_a_report_that_tells_the_rise_is_not_an_internal_conflict(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-20", "The death toll from the Varnas valley earthquake has risen to 412.\n\n"
                            "Officials had previously put the death toll from the Varnas valley earthquake at 398."),
    })
    assert not {r for r in found if r[0] == "internal-conflict"}


def test_a_past_event_is_not_this_storys_event(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-02", "After the Lurin earthquake in 1994, the valley built a network of shelters."),
        "b": ("2026-05-02", "The shelters filled after Friday night's earthquake in the valley."),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


def test_a_picture_credit_marks_a_caption(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-02", "Rescuers searched the rubble of the Varnas valley villages on Saturday."),
        "b": ("2026-05-04", "VW/ANNA BERG - Rescuers search the rubble of a Varnas valley village on 3 May 2026."),
    })
    assert not {r for r in found if r[0] == "date-conflict"}


def test_a_fixed_measure_dated_by_its_event_compares_with_a_later_report(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-02", "The earthquake struck the Varnas valley at a depth of 12 km on Friday 1st May."),
        "b": ("2026-05-05", "The earthquake in the Varnas valley had a depth of 31 km, the survey said."),
    })
    assert ("value-conflict", ("12 km", "31 km")) in found


def test_a_past_events_magnitude_is_not_this_events(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-02", "The Varnas valley earthquake measured 6.1 on the Richter scale.\n\n"
                            "The last quake of that size in the region measured 5.2 on the Richter scale in 1961."),
    })
    assert not {r for r in found if r[0] == "internal-conflict"}


def test_the_value_most_reports_give_is_on_the_source_they_name(tmp_path):
    docs = {
        "a": ("2026-05-02", "The Nordic Seismic Survey put the magnitude of the Varnas valley earthquake at 6.1."),
        "b": ("2026-05-02", "A magnitude 6.1 earthquake shook the Varnas valley on Friday night."),
        "c": ("2026-05-02", "The magnitude 6.1 earthquake in the Varnas valley destroyed 300 homes."),
        "d": ("2026-05-02", "Varnas's geophysical institute said the Varnas valley earthquake had a magnitude of 6.6."),
        "e": ("2026-05-03", "The magnitude 6.6 earthquake in the Varnas valley destroyed 300 homes."),
    }
    _write(tmp_path, docs)
    report = consistency.check([tmp_path])
    pairs = {(d.kind, frozenset(c.doc for c in d.claims)) for d in report.discrepancies}
    # the institute's own 6.6 against the 6.1 most reports give, which is the survey's: two sources, no conflict
    assert not any(kind == "value-conflict" and "d" in docs_ for kind, docs_ in pairs)
    # an unattributed 6.6 against the 6.1 most reports give is still worth a look
    assert any(kind == "value-conflict" and "e" in docs_ for kind, docs_ in pairs)


def test_an_undated_report_takes_only_its_storys_year():
    text = "The pier reopened on Friday 12 June. It closed again on Tuesday. Last week was quiet."
    found = {m.text: m.date for m in consistency.mentions(text, story_date=dt.date(2026, 6, 20)) if m.kind == "date"}
    assert found["Friday 12 June"] == dt.date(2026, 6, 12)  # the year is the story's, the day the text's
    assert found["Tuesday"] is None and found["Last week"] is None  # these need the report's own day


ERRORS = {"value-conflict", "internal-conflict", "date-conflict"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a count reached by a day, in a report of the next day, against that day's own count
        ("Police said 112 people had been arrested in Selvo by Thursday evening.",
         "Police arrested 121 people in Selvo by Thursday evening, most of them for vandalism."),
        ("The fire in the Orla hills had destroyed 160 homes by Thursday, officials said.",
         "By Thursday the fire in the Orla hills had destroyed 610 homes, officials said."),
        ("Cholera had infected 1,870 people in Tanu province by Thursday, the health ministry said.",
         "By Thursday, cholera had infected 1,780 people in Tanu province, the health ministry said."),
    ],
)
def test_a_count_reached_by_a_day_is_that_days_count(tmp_path, first, second):
    # the first report is of Thursday 6 March, the second of Friday 7 March: both give Thursday's count
    found = rows(tmp_path, {"a": ("2025-03-06", first), "b": ("2025-03-07", second)})
    assert {kind for kind, _ in found if kind in ERRORS} == {"value-conflict"}


def test_a_count_reached_by_an_earlier_day_is_no_update_of_a_later_one(tmp_path):
    found = rows(tmp_path, {
        "a": ("2025-03-06", "Police said 112 people had been arrested in Selvo by Thursday evening."),
        "b": ("2025-03-08", "Police said 140 people had been arrested in Selvo by Saturday morning."),
    })
    assert not {kind for kind, _ in found if kind in ERRORS}


@pytest.mark.parametrize("clause", ["which started on Monday", "which broke out on Monday"])
def test_a_relative_clause_dates_its_noun_not_the_count_after_it(tmp_path, clause):
    """"The blaze, which started on Monday, had destroyed 300 homes by Wednesday": the day is the blaze's; the
    count is Wednesday's, so a later, larger count is the blaze's growth and an earlier equal one no restatement."""
    found = rows(tmp_path, {
        "a": ("2026-07-15", f"The blaze near Corvo, {clause}, had destroyed 300 homes by Wednesday, firefighters said."),
        "b": ("2026-07-14", "By Tuesday the blaze near Corvo had destroyed 120 homes, firefighters said."),
        "c": ("2026-07-16", "The blaze near Corvo had destroyed 300 homes by Wednesday, firefighters said on Thursday."),
    })
    assert not {r for r in found if r[0] == "value-conflict"}
    homes = next(c for c in consistency.claims(tmp_path / "a.md") if c.mention.text.startswith("300"))
    assert homes.time == (dt.date(2026, 7, 15), dt.date(2026, 7, 15))


def test_a_rising_count_is_a_series_whether_or_not_its_noun_is_written(tmp_path):
    """"another 310 injured" and "845 were injured" are one count on one day; one report's "risen to" makes
    it a series, whichever way a report writes the figure."""
    found = rows(tmp_path, {
        "a": ("2026-03-06", "The ministry said 120 people had been killed in the Tarso landslide and another 310 injured."),
        "b": ("2026-03-06", "The number of injured in the Tarso landslide has risen to 845, the ministry said."),
        "c": ("2026-03-06", "The ministry said 150 people had died in the Tarso landslide and 845 were injured."),
    })
    assert not {r for r in found if r[0] == "value-conflict" and "310 injured" in r[1]}
