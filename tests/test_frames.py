"""Frames: what a figure measures, of what, on what terms and on whose word — and which frames compare."""

from __future__ import annotations

import pytest

from consistency.engine import claims


def _frames(tmp_path, text):
    (tmp_path / "a.md").write_text(f"---\ndate: 2024-05-02\n---\n\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.frame for c in claims(tmp_path) if c.mention.is_figure}


@pytest.mark.parametrize(
    "text, figure, measure",
    [
        ("The landslide killed 43 people in the valley.", "43 people", "death"),
        ("Police said 43 people were killed when the bridge fell.", "43 people", "death"),
        ("The death toll from the landslide has risen to 43.", "43", "death"),
        ("At least 19 were injured when the bus overturned.", "19", "injury"),
        ("Norway sent 120 rescuers and 14 sniffer dogs.", "120", "rescuer"),
        # people carried are on board; a sum carried is no one ("had carried a high estimate of $40 million")
        ("The ferry was carrying 223 people when it sank.", "223 people", "on board"),
        ("The painting had carried a high estimate of $40 million.", "$40 million", None),
        # a sum a thing sold for, or fetched, is its price
        ("The painting sold for $48.6 million on Tuesday.", "$48.6 million", "price paid"),
        ("The seascape fetched about $12 million.", "$12 million", "price paid"),
        ("Acme sold 30 million shares on Tuesday.", "30 million", None),
        ("The tremor had a magnitude of 5.9, the institute said.", "5.9", "magnitude"),
        ("A magnitude 5.9 tremor killed 14 people.", "5.9", "magnitude"),
        ("The magnitude 5.9 tremor killed 14 people.", "14 people", "death"),
        # a verb of harm before a count gives what befell them; a noun the figure belongs to gives nothing
        ("The bus overturned, killing seven passengers.", "seven passengers", "death"),
        ("The death toll of the 6 magnitude tremor has risen to 310.", "6", "magnitude"),
        ("The number injured in the 4.8 magnitude aftershock rose to 52.", "4.8", "magnitude"),
        ("Police said 52 passengers were injured when the coach overturned.", "52 passengers", "injury"),
        ("Some 52 passengers on the coach were unhurt.", "52 passengers", "passenger"),
        ("The film was rated 68% by critics.", "68%", "rating"),
        ("It holds an approval rating of 81%, based on 40 reviews.", "40", "review"),
        ("The film grossed $12 million in its first week.", "$12 million", "gross"),
        ("Twelve rescue workers reached the mine.", "Twelve", "rescuer"),
        ("The number of deaths from the floods that hit four provinces has risen to 212.", "212", "death"),
        # the stop of an initial ends no clause
        ("The record attendance at the home of Kael F.C. is 41,200.", "41,200", "attendance"),
        ("The U.S. death toll has risen to 212.", "212", "death"),
        # the counted noun behind the words that describe it: a name
        ("The region has 56 COVID-19 cases, the ministry said.", "56", "case"),
        ("Gunmen killed 12 UN peacekeepers, 3 aid workers and 2 local employees.", "2", "staff"),
        # an adjective or a participle
        ("Health officials reported 54 confirmed cases on Monday.", "54", "case"),
        ("The state has 26 positive coronavirus cases.", "26", "case"),
        ("The blast left 40 seriously injured.", "40", "injury"),
        # what a share is of ("of gross domestic product") is its whole, not its measure
        ("The deficit will narrow to 3.2% of gross domestic product next year.", "3.2%", "deficit"),
        ("Korvia's budget deficit reached 5.1 per cent of gross domestic product.", "5.1 per cent", "deficit"),
        ("The government expects a surplus of 0.8% of GDP in 2026.", "0.8%", "surplus"),
        ("Borvia accounts for 62% of rare-earth mining, the agency said.", "62%", "mining"),  # the whole names it
        ("Rescuers pulled 14 more survivors from the rubble.", "14", "survivor"),
        ("The clinic logged 300 new infections.", "300", "case"),
        # a count of people measures what befell them or what they do
        ("The Orsa mine employs 3,000 workers.", "3,000 workers", "staff"),
        ("Gunmen killed 3 workers at the Orsa mine.", "3 workers", "death"),
        ("The ferry sank with 52 passengers on board.", "52 passengers", "passenger"),
        # police and protesters are people: what befell them is the measure
        ("Thirty-eight police officers were injured in the clashes.", "Thirty-eight", "injury"),
        ("Organisers said 21 demonstrators were hurt.", "21", "injury"),
        ("Police detained 57 protesters near parliament.", "57", "arrest"),
        # what befell homes, and how much of a fire is held
        ("The fire destroyed 160 homes in the Orla hills.", "160 homes", "destroyed"),
        ("At least 85 homes have been destroyed and a further 240 damaged.", "85 homes", "destroyed"),
        ("The regional government said 610 homes had been razed.", "610 homes", "destroyed"),
        ("The blaze was 25% contained on Thursday evening.", "25%", "containment"),
        ("Firefighters had contained 60% of the Orla fire by Friday.", "60%", "containment"),
        ("Containment of the fire reached 40 per cent.", "40 per cent", "containment"),
        # the noun phrase ends at an event or a plural noun: what follows is not what is counted
        ("A 5.9 tremor killed 14 people.", "5.9", None),
        ("The storm left 40 shops damaged.", "40", None),
    ],
)
def test_the_measure_of_a_figure_however_worded(tmp_path, text, figure, measure):
    assert _frames(tmp_path, text)[figure].measure == measure


def test_qualifiers_event_and_attribution(tmp_path):
    found = _frames(
        tmp_path,
        "Officials said 210 were injured, 35 of them seriously injured. "
        "A 4.1-magnitude aftershock followed the 6.2-magnitude quake, according to the Geological Survey of Ruritania.",
    )
    assert found["35"].qualifiers == {"serious"} and not found["210"].qualifiers
    published_on = _frames(tmp_path, "On Rotten Tomatoes the film has a rating of 81%.")
    assert published_on["81%"].attribution == "Rotten Tomatoes"
    aboard = _frames(tmp_path, "Fewer than 40 passengers were aboard the ferry.")
    assert aboard["40 passengers"].qualifiers == {"on board"}
    assert found["4.1"].event == "aftershock" and found["6.2"].event == "quake"
    assert "Geological Survey" in (found["6.2"].attribution or "")


@pytest.mark.parametrize(
    ("text", "figure", "measure", "qualifiers"),
    [
        # a sum of several: "a combined" one is not any one of them
        ("Five biotech companies have listed this year, raising a combined $1.9 billion.", "$1.9 billion", None,
         {"combined"}),
        # a percentage's distance from another value is not that value
        ("Kestrel Bio shares opened 31% above the IPO price.", "31%", None, {"relative to another value"}),
        ("The shares were 12% below the offer price on Friday.", "12%", None, {"relative to another value"}),
        # the price the hammer fell at is not the price with the buyer's premium
        ("The hammer price was $42 million.", "$42 million", "price", {"hammer"}),
        # one group's distance from another, said by "compared with": neither group's figure
        ("The new pill cut relapses by 44% compared with the old one.", "44%", None, {"relative to another value"}),
        ("Readmissions fell 18% versus the control group.", "18%", None, {"relative to another value"}),
        # the price a share is set at in a listing: "its shares at $23 each", "the IPO price"
        ("Kestrel Bio priced its shares at $23 each on Wednesday.", "$23", "offer price", set()),
        ("The IPO price was $19 a share.", "$19", "offer price", set()),
        ("Kestrel Bio's stock closed at $24 a share on Friday.", "$24", "share price", set()),
        # a figure adjusted for items, or underlying, is not the figure as reported
        ("Adjusted net profit at Kestrel Bio was $412 million.", "$412 million", "profit", {"adjusted"}),
        ("Kestrel Bio's underlying profit was $412 million.", "$412 million", "profit", {"adjusted"}),
        ("Earnings per share were 1.20 euros, or 1.41 euros on an adjusted basis.", "1.41 euros", None, {"adjusted"}),
        ("Earnings per share were 1.20 euros, or 1.41 euros on an adjusted basis.", "1.20 euros", "profit a share", set()),
        # a phrase that opens the sentence puts its qualifier on the clause after its comma
        ("Adjusted for one-off costs, Kestrel Bio's profit was $412 million.", "$412 million", "profit", {"adjusted"}),
        ("In the end, Kestrel Bio's profit was $412 million.", "$412 million", "profit", set()),
    ],
)
def test_sums_of_several_distances_and_offer_prices(tmp_path, text, figure, measure, qualifiers):
    frame = _frames(tmp_path, text)[figure]
    assert (frame.measure, set(frame.qualifiers)) == (measure, qualifiers)


def _check(tmp_path, a, b):
    import consistency

    for name, text in (("a", a), ("b", b)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2024-05-02\n---\n\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([tmp_path]).discrepancies if d.severity.name == "error"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Valdoria's budget deficit will narrow to 3.2% of gross domestic product next year, the finance ministry said.",
         "Valdoria's budget deficit will narrow to 2.3% of GDP next year, the finance ministry said."),
        ("The Korvian government forecasts a deficit of 4.1% of gross domestic product for 2026.",
         "The Korvian government forecasts a deficit of 1.4% of GDP for 2026."),
    ],
)
def test_two_shares_of_one_whole_in_other_words_are_compared(tmp_path, a, b):
    assert _check(tmp_path, a, b) == ["value-conflict"]


def test_deaths_and_injuries_sharing_a_noun_stay_apart(tmp_path):
    assert _check(
        tmp_path,
        "The ferry fire on Lake Orsa killed 31 people, the coastguard said.",
        "The ferry fire on Lake Orsa injured 57 people, the coastguard said.",
    ) == []


def test_the_same_quantity_in_other_words_is_compared(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "The ferry fire on Lake Orsa killed 31 people, the coastguard said.",
        "The death toll from the ferry fire on Lake Orsa stands at 37, the coastguard said.",
    )


def test_two_named_agencies_give_their_own_figures(tmp_path):
    assert _check(
        tmp_path,
        "The tremor near Vaskor had a magnitude of 5.9, according to the European Seismological Centre.",
        "Ruritania's geophysical institute said the tremor near Vaskor had a magnitude of 6.3.",
    ) == []


def test_an_unattributed_figure_is_compared_with_an_attributed_one(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "The tremor near Vaskor had a magnitude of 5.9, according to the European Seismological Centre.",
        "The tremor near Vaskor had a magnitude of 6.3.",
    )


def test_a_seriously_injured_count_is_not_the_injured_count(tmp_path):
    assert _check(
        tmp_path,
        "The derailment near Tallow injured 64 passengers, the rail operator said.",
        "The derailment near Tallow left 12 passengers seriously injured, the rail operator said.",
    ) == []


def test_four_reports_that_share_every_word_still_align(tmp_path):
    import consistency

    worded = [
        "The ferry fire on the lake killed {} people, the coastguard said.",
        "The coastguard said the ferry fire on the lake killed {} people.",
        "On the lake, the ferry fire killed {} people, the coastguard said.",
        "The coastguard said {} people were killed in the ferry fire on the lake.",
    ]
    for i, (text, dead) in enumerate(zip(worded, (31, 31, 31, 37), strict=True)):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: 2024-05-02\n---\n\n{text.format(dead)}\n", encoding="utf-8")
    found = [d for d in consistency.check([tmp_path]).discrepancies if d.kind == "value-conflict"]
    assert {frozenset(d.docs) for d in found} == {frozenset({f"r{i}", "r3"}) for i in range(3)}


@pytest.mark.parametrize(
    "common, rare",
    [("said", "coastguard"), ("people", "ferry"), ("made", "aftershock")],
)
def test_words_rare_in_english_weigh_more(common, rare):
    from consistency.align.rarity import rarity

    assert rarity(common) < rarity(rare)


def test_the_owner_comes_from_the_sentence_before(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "A warehouse fire swept through Gdansk. The damage was put at €40 million.",
        "The Gdansk warehouse fire caused damage estimated at €45 million.",
    )


def test_owners_from_the_sentence_before_keep_two_fires_apart(tmp_path):
    kinds = _check(
        tmp_path,
        "A warehouse fire swept through Gdansk. The damage was put at €40 million.",
        "A warehouse fire swept through Poznan. The damage was put at €45 million.",
    )
    assert "value-conflict" not in kinds


def test_the_owner_comes_from_the_headline(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "Storm batters Valletta harbour\n\nForecasters had warned of gales. Repairs will cost €12 million.",
        "The storm that battered Valletta harbour left repairs that will cost €19 million.",
    )


def test_two_named_agencies_are_reported_as_such(tmp_path):
    import consistency

    for name, text in (
        ("a", "The dam breach flooded 1,200 homes, according to the Red Crescent."),
        ("b", "The Civil Protection Agency said the dam breach flooded 1,900 homes."),
    ):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2024-05-02\n---\n\n{text}\n", encoding="utf-8")
    found = [(d.kind, d.severity.name) for d in consistency.check([tmp_path]).discrepancies]
    assert found == [("attributed-figures", "info")]


def test_the_same_quantity_in_other_measure_words_is_compared(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "The documentary holds an approval rating of 81% on the review website Critiqueo.",
        "Salt Roads, the documentary, was rated 68% by critics.",
    )


def test_where_a_figure_was_published_is_its_source_not_its_owner(tmp_path):
    found = _frames(tmp_path, "The documentary holds an approval rating of 81% on the review website Critiqueo.")
    assert found["81%"].attribution == "Critiqueo"


def test_one_source_spelt_two_ways_is_one_source(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "The strike at the Ostrava hospital lasted 12 days, according to the Nurses Round-Up.",
        "The strike at the Ostrava hospital lasted 19 days, according to the Nurses Round Up.",
    )


def test_a_headline_names_its_source_only_after_its_colon(tmp_path):
    found = _frames(tmp_path, "BREAKING: Portugal flood toll passes 200")
    assert found["200"].attribution is None


def test_a_place_a_figure_is_counted_in_is_not_its_owner(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "With $9 million in France, the film has grossed $21 million worldwide.",
        "Salt Roads grossed more than $30 million around the world.",
    )


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The interior ministry said 240,000 people marched across the country.", "240,000 people", "interior ministry"),
        ("Police said 57 people had been arrested by midnight.", "57 people", "police"),
        ("The unions put turnout at 900,000.", "900,000", "unions"),
        ("According to the health ministry, 1,310 cases have been recorded.", "1,310", "health ministry"),
        ("The provincial disaster agency put the toll at 29.", "29", "provincial disaster agency"),
        # two bodies in one sentence: each figure is on the word of its own
        ("According to the police, 42,000 people marched in Selvo; the unions said 150,000.", "150,000", "unions"),
        ("According to the police, 42,000 people marched in Selvo; the unions said 150,000.", "42,000 people", "police"),
        ("The march drew 86,000 people by the interior ministry's count and 400,000 by the unions' count.",
         "86,000 people", "interior ministry"),
        ("The march drew 86,000 people by the interior ministry's count and 400,000 by the unions' count.",
         "400,000", "unions"),
        # a generic source names no one; "by police" is the deed's agent, not a source
        ("Officials said 57 people had been arrested.", "57 people", None),
        ("The 57 people held by police on Monday were freed.", "57 people", None),
    ],
)
def test_a_body_named_in_lower_case_is_a_source(tmp_path, text, figure, source):
    assert _frames(tmp_path, text)[figure].attribution == source


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The health ministry said 41 people had died of cholera in Tanu province. "
         "The WHO said it had recorded 38 deaths from cholera in Tanu province.",
         "Cholera has killed 41 people in Tanu province, the health ministry said."),
        ("Police said 42,000 people marched in Selvo against the pension reform. "
         "The unions said 150,000 people marched in Selvo against the pension reform.",
         "Some 42,000 people marched in Selvo against the pension reform, police said."),
    ],
)
def test_two_bodies_own_figures_in_one_report_are_no_internal_conflict(tmp_path, first, second):
    assert "internal-conflict" not in _check(tmp_path, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Union leader Anna Horak said the march beat January's. Raising the retirement age from 62 to 65 "
         "will save 14 billion euros, the government says.",
         "The strike's leader, Anna Horak, 54, has led the union since 2021."),
        ("Labour minister Piet Vos defended the reform on Monday. The pension age will rise to 67 by 2030.",
         "Piet Vos, 61, has been labour minister since 2022."),
        ("Finance minister Ida Holm presented the plan. The pensionable age would go up to 66.",
         "Ida Holm, 48, is the youngest finance minister in the country's history."),
    ],
)
def test_a_retirement_age_is_not_a_persons_age(tmp_path, first, second):
    assert "value-conflict" not in _check(tmp_path, first, second)


def test_homes_destroyed_are_compared_and_homes_damaged_are_not_them(tmp_path):
    assert "value-conflict" in _check(
        tmp_path,
        "The Orla fire has destroyed 160 homes, the regional government said.",
        "The regional government said 610 homes had been destroyed by the Orla fire.",
    )
    assert "value-conflict" not in _check(
        tmp_path,
        "The Orla fire has destroyed 160 homes, the regional government said.",
        "The regional government said 400 homes had been damaged by the Orla fire.",
    )


def test_injured_police_are_compared_and_injured_protesters_are_not_them(tmp_path):
    found = _check(
        tmp_path,
        "Thirty-eight police officers were injured in the Selvo clashes, the interior ministry said. "
        "Organisers said 21 demonstrators were hurt in the Selvo clashes.",
        "The interior ministry said 83 police officers were injured in the Selvo clashes.",
    )
    assert "value-conflict" in found and "internal-conflict" not in found


def test_a_source_named_before_a_relative_clause(tmp_path):
    found = _frames(
        tmp_path,
        "Regional authorities, who count deaths in hospitals and care homes separately, put the toll at 44.",
    )
    assert found["44"].attribution == "authorities"


@pytest.mark.parametrize(
    "text, figure, agent",
    [
        # a name that opens the figure's clause before its verb owns the figure
        ("Portugal has sent 40 firefighters to Greece.", "40", "Portugal"),
        ("Portugal has sent 40 firefighters and six dogs to Greece.", "six", "Portugal"),
        ("On Tuesday, Tavel Corp has so far cut 300 jobs.", "300 jobs", "Tavel Corp"),
        ("Texas reported 40 deaths from the storm.", "40 deaths", "Texas"),
        # a source, a place of the event, a name inside the subject, a subject that names no one: no owner
        ("Tavel Corp said 300 jobs would go.", "300 jobs", None),
        ("In Texas, the storm killed 40 people.", "40 people", None),
        ("Floods in Texas killed 40 people.", "40 people", None),
        ("The Texas death toll rose to 40.", "40", None),
        ("Tavel Corp cut 300 jobs and 40 contracts.", "40", "Tavel Corp"),
        ("The company cut 300 jobs, Tavel Corp said.", "300 jobs", None),
        # a pronoun subject of what the source said stands for the source; any other subject leaves it no owner
        ("Tavel Corp said it would cut 300 jobs.", "300 jobs", "Tavel Corp"),
        ("Ana Ruiz announced that she would pledge $40 million.", "$40 million", "Ana Ruiz"),
        ("Tavel Corp said on Tuesday it would cut 300 jobs.", "300 jobs", "Tavel Corp"),
        ("Tavel Corp on Tuesday cut 300 jobs.", "300 jobs", "Tavel Corp"),
        ("Tavel Corp said 300 jobs would go at Birch Ltd.", "300 jobs", None),
        ("Analysts said the company would cut 300 jobs.", "300 jobs", None),
        ("Ana Ruiz said they found 40 bodies.", "40", None),
        ("Tavel Corp said it had counted 40 deaths in the fire.", "40 deaths", None),
        # a group a name makes its own opens the clause for it, unless it only says what happened
        ("Officials in Texas reported 40 deaths from the storm.", "40 deaths", "Texas"),
        ("Police in Texas arrested 40 people.", "40 people", "Texas"),
        ("On Monday, health officials in Texas reported 40 deaths.", "40 deaths", "Texas"),
        ("Police in Lagos said they arrested 40 people.", "40 people", "Lagos"),
        ("Police in Texas said he arrested 40 people.", "40 people", None),
        ("Rescuers in Texas said 40 people died.", "40 people", None),
    ],
)
def test_the_named_subject_of_a_figures_verb_owns_it(tmp_path, text, figure, agent):
    assert _frames(tmp_path, text)[figure].agent == agent


def _date_frames(tmp_path, text):
    (tmp_path / "a.md").write_text(f"---\ndate: 2024-05-02\n---\n\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.frame for c in claims(tmp_path) if c.mention.kind == "date"}


@pytest.mark.parametrize(
    ("text", "day", "event"),
    [
        # an event word that another date owns ("Monday's crash") is that date's, not the earlier date's
        ("Hundreds gathered in Dorvik on Friday to remember those killed in Monday's crash.", "Friday", None),
        ("Hundreds gathered in Dorvik on Friday to remember those killed in Monday's crash.", "Monday's", "crash"),
        ("Residents marched on Sunday, days after Thursday's explosion at the plant.", "Sunday", "protest"),
        # with no other date, the event after the date is its own
        ("A bus crashed near Dorvik on Friday, killing nine people.", "Friday", "crash"),
    ],
)
def test_an_event_another_date_owns_is_not_the_dates(tmp_path, text, day, event):
    assert _date_frames(tmp_path, text)[day].event == event
