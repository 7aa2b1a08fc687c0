"""One event told in other words by two reports: active or passive voice, the agent named in one and the place in
the other, its noun ("the launch") or its verb ("launched"), a structure's collapse by the verb said of it ("the
dam broke", "the bridge gave way"); and the look-alikes that are other events of the
story (a launch called off, another thing launched by the same maker, an act of another kind)."""

from __future__ import annotations

import pytest

import consistency
from tests.test_time_frames import rows


def _dated(tmp_path, first, second) -> bool:
    return any(kind == "date-conflict" for kind, _ in rows(tmp_path, {"a": first, "b": second}))


ONE_EVENT_MISDATED = [
    (  # a strike told by its other noun
        ("2026-09-16", "The stoppage began on 14 September after a year of failed talks over pay at Brenholt."),
        ("2026-09-19", "The strike, which began on 15 September, was the longest at Brenholt since 2021."),
    ),
    (
        ("2026-06-09", "Norvessa launched its first weather satellite on Tuesday, the space agency said."),
        ("2026-06-11", "The satellite was launched on Monday from the Port Aven spaceport."),
    ),
    (
        ("2026-04-15", "Harland Shipyards launched the research vessel Tern on Tuesday in Glasgow."),
        ("2026-04-17", "The Tern was launched on Wednesday at the Harland yard."),
    ),
    (
        ("2026-03-05", "Pellar launched its new electric van on Wednesday at the Geneva motor show."),
        ("2026-03-09", "The launch of Pellar's new electric van on Thursday drew crowds at the Geneva motor show."),
    ),
    (  # a structure that gave way, told by the verb said of it
        ("2026-05-18", "The Brask dam collapsed before dawn on Monday, police said."),
        ("2026-05-22", "The dam broke at about 4:30 a.m. on Sunday, residents said."),
    ),
    (
        ("2026-03-10", "The Vell bridge collapsed on Monday evening during rush hour."),
        ("2026-03-12", "The bridge gave way on Sunday evening, witnesses said."),
    ),
    (
        ("2026-07-02", "A levee on the Sava river burst on Tuesday, flooding three villages."),
        ("2026-07-04", "The levee breached on Wednesday morning and flooded three villages."),
    ),
    (
        ("2026-09-07", "The roof of the Tarn sports hall caved in on Monday under heavy snow."),
        ("2026-09-09", "The Tarn sports hall roof collapsed on Saturday under heavy snow."),
    ),
    (  # the event in a phrase before its own day, or a clause about it
        ("2026-09-07", "The train derailed near Orsk on Monday, killing nine."),
        ("2026-09-12", "Nine people were killed in the Orsk derailment on Sunday."),
    ),
    (
        ("2026-02-07", "A 6.8-magnitude quake struck the Kessa valley on Friday."),
        ("2026-02-10", "Hundreds died in the Kessa valley quake, which struck on Thursday."),
    ),
    (
        ("2025-10-10", "The three-day strike by dock workers at the port of Halvik ended on Thursday, October 9."),
        ("2025-10-11", "The strike by dock workers at the port of Halvik was called off on Tuesday, October 7."),
    ),
]



OTHER_EVENTS = [
    (  # the day a launch was called off is no day of the launch
        ("2026-06-09", "Norvessa launched its first weather satellite on Tuesday, the space agency said."),
        ("2026-06-11", "The launch had been called off on June 3 because of high winds."),
    ),
    (
        ("2026-02-20", "The Arden music festival opened on Friday with a concert by the city orchestra."),
        ("2026-02-22", "The opening concert of the Arden music festival had been postponed on February 13."),
    ),
    (  # a plan and an earlier launch are other launches
        ("2026-06-09", "Norvessa launched its first weather satellite on Tuesday, the space agency said."),
        ("2026-06-11", "Norvessa will launch a second weather satellite in 2028."),
    ),
    (  # one maker launches many things
        ("2026-04-15", "Harland Shipyards launched the research vessel Tern on Tuesday in Glasgow."),
        ("2026-04-17", "Harland Shipyards launched the ferry Kestrel on Thursday in Glasgow."),
    ),
    (
        ("2026-03-05", "The army launched an offensive on Monday near Kharv."),
        ("2026-03-09", "The rebels launched a counterattack on Thursday near Kharv."),
    ),
    (  # what happened at a structure on another day, or a verb of failure said of no structure
        ("2026-05-18", "The Brask dam collapsed before dawn on Monday, police said."),
        ("2026-05-22", "Residents gathered at the dam on Friday for a vigil for the victims."),
    ),
    (
        ("2026-05-18", "The Brask dam collapsed before dawn on Monday, police said."),
        ("2026-05-22", "Engineers warned on Thursday that a second dam upstream could fail."),
    ),
    (
        ("2026-08-02", "Sprinter Ada Molnar broke the world record on Saturday in Oslo."),
        ("2026-08-04", "The stand at the Oslo stadium collapsed on Sunday, injuring 12 fans."),
    ),
    (
        ("2026-07-02", "A water main burst on Tuesday under Harbour Street, the city said."),
        ("2026-07-04", "The Harbour Street pipeline ruptured on Thursday."),
    ),
    (
        ("2026-02-07", "A 6.8-magnitude quake struck the Kessa valley on Friday."),
        ("2026-02-10", "Rescuers reached quake-hit villages in the Kessa valley on Monday."),
    ),
    (
        ("2026-02-07", "The Aurora ferry sank off Vell island on Friday."),
        ("2026-02-10", "Divers reached the wreck of the Aurora off Vell island on Monday."),
    ),
    (  # an event named in a phrase about another noun, whose verb the date dates
        ("2026-09-07", "The train derailed near Orsk on Monday, killing nine."),
        ("2026-09-12", "A vigil for the nine killed in the Orsk derailment was held on Friday."),
    ),
    (
        ("2026-02-07", "A 6.8-magnitude quake struck the Kessa valley on Friday."),
        ("2026-02-10", "Rescuers searching the rubble of the Kessa quake found two survivors on Monday."),
    ),
    (
        ("2026-03-05", "Police launched an investigation on Monday into the fire at the Orsk warehouse."),
        ("2026-03-09", "The fire at the Orsk warehouse broke out on Sunday night."),
    ),
]



# ---- a date in a clause inside a sentence about another act keeps its own clause's words ----------------------

RELATIVE_CLAUSES = [
    ("Finance Minister Tomas Varga on Friday defended the budget he presented on Tuesday.", "Tuesday",
     "present", "defend"),
    ("Morant's lawyers on Friday appealed against the verdict the judge delivered on Monday.", "Monday",
     "deliver", "appeal"),
    ("Dock workers on Thursday rejected the offer the port authority tabled on Monday.", "Monday", "tabl", "reject"),
    ("The regulator on Wednesday cleared the merger the two airlines signed on Monday.", "Monday", "sign", "clear"),
]


@pytest.mark.parametrize(("text", "day", "own", "other"), RELATIVE_CLAUSES)
def test_a_date_in_a_clause_keeps_no_word_of_the_act_another_date_dates(tmp_path, text, day, own, other):
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-10-16\n---\n\n{text}\n", encoding="utf-8")
    found = [c for c in consistency.claims(tmp_path) if c.mention.kind == "date" and c.mention.text == day]
    assert len(found) == 1
    assert own in found[0].attribute
    assert other not in found[0].attribute


# ---- a report's day written as its possessive is the day a statement of the same figure dates ------------------

REPORT_DAYS = [
    (
        ("2025-12-05", "The economy added 187,000 jobs last month, the Labor Department said on Friday."),
        ("2025-12-09", "Fed policymakers are studying Thursday's jobs report, which showed employers added 187,000 "
                       "jobs in November."),
    ),
    (
        ("2026-03-11", "Consumer prices rose 3.4% in February, the statistics office said on Wednesday, as 41,250 "
                       "households were surveyed."),
        ("2026-03-14", "Monday's inflation figures, based on a survey of 41,250 households, showed prices up 3.4%."),
    ),
]



OTHER_REPORT_DAYS = [
    (  # the report's own day, agreeing
        ("2025-12-05", "The economy added 187,000 jobs in November, the Labor Department said on Friday."),
        ("2025-12-09", "Friday's jobs report showed 187,000 jobs added in November."),
    ),
    (  # a later remark on the report, its day given as well
        ("2025-12-05", "The economy added 187,000 jobs last month, the Labor Department said on Friday."),
        ("2025-12-09", "Friday's jobs report, which showed 187,000 jobs added in November, surprised analysts, "
                       "Marlow Bank said on Monday."),
    ),
    (  # a month's report is the period it covers
        ("2025-12-05", "The economy added 187,000 jobs in November, the Labor Department said on Friday."),
        ("2025-12-09", "October's jobs report showed 187,000 jobs added, the same as November."),
    ),
    (  # the day of the event whose results they are
        ("2026-06-08", "The Social Democrats won 112 seats, the election commission said on Monday."),
        ("2026-06-10", "Sunday's election results gave the Social Democrats 112 seats."),
    ),
]



# ---- an act announced by its noun is dated as the statement that tells of it by its verb -------------------------

ANNOUNCED_ACTS = [
    (
        ("2025-07-07", "Ravenholt have signed striker Tomas Varga from Estrela, the club said on Monday."),
        ("2025-07-10", "When Ravenholt confirmed the signing of Tomas Varga on Friday, it ended a long chase."),
    ),
    (
        ("2026-02-03", "Halden Energy has acquired the wind farm operator Norvik Power, the company said on Tuesday."),
        ("2026-02-06", "Halden Energy announced the acquisition of Norvik Power on Monday."),
    ),
    (
        ("2026-05-12", "Orsa Air has appointed Mira Lund as chief executive, the airline said on Tuesday."),
        ("2026-05-15", "Orsa Air announced the appointment of Mira Lund on Thursday."),
    ),
]



OTHER_ANNOUNCEMENTS = [
    (  # another player's signing
        ("2025-07-07", "Ravenholt have signed striker Tomas Varga from Estrela, the club said on Monday."),
        ("2025-07-10", "Ravenholt confirmed the signing of midfielder Ander Ibarra on Friday."),
    ),
    (  # another act of the same names
        ("2026-05-12", "Orsa Air has appointed Mira Lund as chief executive, the airline said on Tuesday."),
        ("2026-05-15", "Orsa Air announced the resignation of Mira Lund on Thursday."),
    ),
    (
        ("2026-02-03", "Halden Energy has acquired Norvik Power, the company said on Tuesday."),
        ("2026-02-06", "Halden Energy announced the closure of its Norvik Power plant on Friday."),
    ),
    (  # a statement that gives the act a day of its own
        ("2025-09-01", "Ravenholt signed Tomas Varga in July, the club said on Monday as it published its accounts."),
        ("2025-07-10", "When Ravenholt confirmed the signing of Tomas Varga on Friday, it ended a long chase."),
    ),
]



# ---- an event's noun with its day after it; another occurrence of its kind -------------------------------------

EVENT_NOUN_DAYS = [
    (
        ("2025-11-08", "Tens of thousands of people marched through Velmora on Saturday against the pension plan."),
        ("2025-11-12", "The march on Sunday, November 9, was the largest since the reform was announced."),
    ),
    (
        ("2026-02-07", "A 6.8-magnitude quake struck the Kessa valley on Friday, killing 40 people."),
        ("2026-02-11", "The quake on Thursday, February 5, was the strongest in the valley in a century."),
    ),
    (  # a blackout is an outage
        ("2026-05-19", "A fire at the Orrin substation caused a blackout across Delvar on Tuesday evening."),
        ("2026-05-22", "Crews freed 37 people from stalled lifts in Delvar during Monday's outage."),
    ),
]



OTHER_OCCURRENCES = [
    (
        ("2026-02-07", "A 6.8-magnitude quake struck the Kessa valley on Friday."),
        ("2026-02-10", "A second quake struck the Kessa valley on Monday, a smaller one."),
    ),
    (
        ("2025-11-08", "Tens of thousands of people marched through Velmora on Saturday against the pension plan."),
        ("2025-11-12", "Fresh protests broke out in Velmora on Tuesday against the pension plan."),
    ),
    (
        ("2026-05-18", "The Brask dam collapsed before dawn on Monday, police said."),
        ("2026-05-22", "Another dam collapsed on Thursday further down the valley, police said."),
    ),
    (
        ("2026-05-19", "A fire at the Orrin substation caused a blackout across Delvar on Tuesday evening."),
        ("2026-05-22", "A second outage hit Delvar on Thursday as crews worked on the Orrin substation."),
    ),
    (  # the storm's day and the day the blackout it caused began
        ("2026-05-19", "Storm Ilsa hit Delvar on Monday."),
        ("2026-05-22", "The blackout in Delvar began on Tuesday after the storm damaged lines."),
    ),
]



# ---- the year of a made thing ("the 1913 painting") against the year it was made ("painted in 1911") -----------

_SALE = [
    ("2026-11-18", "The painting by Ilse Varn sold for $48 million at Fenwick's on Tuesday, a record for the artist. "
                   "The painting shows a harbour at dusk."),
    ("2026-11-18", "\"Harbour at Dusk\", painted in 1911, was bought by the Lund museum. The painting had been in a "
                   "private collection."),
    ("2026-11-19", "The painting was the top lot of the autumn sales, Fenwick's said. The painting had been expected "
                   "to fetch $40 million."),
    ("2026-11-19", "Collectors said the painting marked a turn in the market. The painting was last sold in 1987."),
    ("2026-11-19", "Bidders competed for the painting for twelve minutes. The painting is the artist's best known "
                   "work."),
]


@pytest.mark.parametrize(
    ("last", "flagged"),
    [
        ("Museum director Yusuf Adeyemi said the 1913 painting would go on display in the spring.", True),
        ("Museum director Yusuf Adeyemi said the 1911 painting would go on display in the spring.", False),
        ("Museum director Yusuf Adeyemi said the painting would hang beside the artist's 1925 portrait.", False),
    ],
)
def test_the_year_of_a_made_thing_is_the_year_it_was_made(tmp_path, last, flagged):
    docs = {f"d{i}": doc for i, doc in enumerate([*_SALE, ("2026-11-20", last)])}
    found = rows(tmp_path, docs)
    assert any(kind == "date-conflict" for kind, _ in found) is flagged


# ---- days told in passing: two events long past ----------------------------------------------------------------

PAST_EVENTS = [
    (
        ("2026-02-09", "After the Tarsa earthquake in 2011, the government drew up a plan for rapid rescue."),
        ("2026-02-10", "The last quake of such strength hit Kessa province in 1978, when it struck the town of Ulm."),
    ),
]


@pytest.mark.parametrize(("first", "second"), ONE_EVENT_MISDATED + REPORT_DAYS + ANNOUNCED_ACTS + EVENT_NOUN_DAYS)
def test_one_event_told_in_other_words_is_dated_once(tmp_path, first, second):
    assert _dated(tmp_path, first, second)


@pytest.mark.parametrize(
    ("first", "second"), OTHER_EVENTS + OTHER_REPORT_DAYS + OTHER_ANNOUNCEMENTS + OTHER_OCCURRENCES + PAST_EVENTS
)
def test_other_events_of_one_story_keep_their_own_days(tmp_path, first, second):
    assert not _dated(tmp_path, first, second)
