"""What a figure is of, when the words around it belong to something else.

- A place's people ("Varno, home to 21,000 people", "a town of 9,000
  people", data/measure_leads.csv) are its population, never a count of
  people an event moved or harmed, though only the population names its
  measure; two reports that give one place's population differently still
  disagree.
- The day a state held ("the span lay on the riverbed on Tuesday", "the
  airport remained closed on Monday", data/state_verbs.csv) dates no event:
  it is never set against the day the state began, while a verb a particle
  makes an act ("stood down on Friday") still dates one.
- Who speaks is no word of what is said: "Weather service chief Ida
  Korhonen said 310 mm of rain fell" gives the rain's figure the words after
  "said" only, and its source is the weather service; a post one of many
  holders of a body holds with a portfolio ("competition commissioner Ana
  Lind said", data/post_bodies.csv) speaks for the body (the commission), not
  for a body named by the portfolio. Words before a name that only place it
  ("rain fell on the upper Tessin plain") make it no venue a figure was
  published on.
- A country named only as the side a player plays for ("The Latvia
  international, 23, has signed a three-year deal", data/representative_nouns.csv)
  is no name of the sentence: the player of the sentence before owns its
  figures.
- One who speaks holds the post named before the name as they speak:
  "Transport Minister Ilse Marten said the bridge was last inspected in
  September 2024" names the minister of the report's day, not of 2024, so
  another report's minister of that week is set against her; a post a
  relative clause says was held ("who was transport minister until 2023")
  is no post held now. A director named by what the post is for ("gallery
  director Clara Monti", "the museum's director, Ivo Lind,") holds one
  post; a calling written alike ("film director", data/occupations.csv) is
  no post.
- A year in a phrase set off by commas with its participle ("Orvik Bank,
  founded in 1911, employs 4,000 people"; "The stadium, 45,000 seats strong
  and opened in 1972, will host the final") is the year the name before the
  phrase was founded or opened: the clause after the phrase is no word of
  it, and a figure joined before its own verb ("45,000 seats strong and
  opened in") is not what the year dates. Dates right after a verb that
  dates an event ("opened in", data/event_verbs.csv) are paired however
  many reports tell of it.
- The day an event was put off or called off ("the launch had been called
  off on June 3", "the derby was postponed on Friday", data/called_off_verbs.csv)
  is no day of the event; a day it was put off until is.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("event", "place"),
    [
        ("The fire forced about 6,000 people to leave their homes in Varno, officials said.",
         "Varno, home to 21,000 people, lies at the foot of the ridge."),
        ("Floods drove 3,500 residents from their homes in Lessing.",
         "The waters reached Lessing, a town of 9,000 people, on Monday."),
        ("The storm cut power to 40,000 homes on Orla island.",
         "Orla island, home to about 65,000 people, was cut off."),
        ("Some 2,000 fans were stranded at the stadium in Keld, police said.",
         "Keld, a city of 80,000 people, hosts the final."),
        ("The strike kept 14,000 workers at home in Dunmore.",
         "Dunmore, home to 52,000 people, is the region's biggest town."),
    ],
)
def test_a_places_people_are_no_count_of_an_event(error_kinds, event, place):
    assert error_kinds(event, place) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Varno, home to 21,000 people, lies at the foot of the ridge.",
         "Varno, home to 12,000 people, lies at the foot of the ridge."),
        ("Lessing, a town of 9,000 people, was flooded on Monday.",
         "Lessing, a town of 19,000 people, was flooded on Monday."),
    ],
)
def test_one_places_population_told_differently_is_flagged(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("event", "state"),
    [
        ("The central span of the Ostby bridge fell into the river on Monday.",
         "The central span of the Ostby bridge lay on the riverbed on Tuesday."),
        ("Harlen airport closed on Saturday as ash fell on the town.",
         "Harlen airport remained closed on Monday as ash fell on the town."),
        ("The ferry Norra capsized in Vik harbour on Friday.", "The ferry Norra sat on its side in Vik harbour on Sunday."),
        ("The Velta tanker ran aground off Skarn on Tuesday.", "The Velta tanker still lay aground off Skarn on Thursday."),
    ],
)
def test_the_day_a_state_held_is_no_events_day(error_kinds, event, state):
    assert error_kinds(event, state) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Prime Minister Ana Roth stood down on Friday.", "Prime Minister Ana Roth stood down on Thursday."),
        ("The central span of the Ostby bridge fell into the river on Monday.",
         "The central span of the Ostby bridge fell into the river on Tuesday."),
        ("Harlen airport closed on Saturday as ash fell on the town.", "Harlen airport closed on Sunday as ash fell on the town."),
    ],
)
def test_an_acts_day_told_differently_is_still_flagged(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Some 180 mm of rain fell on the lower Tessin plain in 24 hours, the national weather service said.",
         "Weather service chief Ida Korhonen said 310 mm of rain fell on the lower Tessin plain in 24 hours."),
        ("Orvik shipped 4.2 million phones in the first quarter, the company said.",
         "Orvik chief executive Lars Ebbe said the company shipped 5.1 million phones in the first quarter."),
        ("Competition commissioner Ana Lind said Velox had 45 days to change its pricing.",
         "Velox has 90 days to change its pricing, the Commission said."),
    ],
)
def test_a_figure_told_by_a_bodys_voice_is_the_bodys(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The fire burned 1,200 hectares on the upper Sella slopes, the forestry agency said.",
         "Fire service chief Anna Kell said 300 firefighters were fighting the blaze on the upper Sella slopes."),
        ("The Tarn river rose to 5.2 metres at Velby on Monday, the water authority said.",
         "Water authority director Pia Sund said 40 homes at Velby were flooded on Monday."),
        ("About 90 mm of snow fell on the high Brenna pass overnight, the roads agency said.",
         "Roads agency head Emil Dorn said about 90 mm of snow fell on the high Brenna pass overnight."),
        ("Police commissioner Dan Roe said 35 people were arrested at the Kell match.",
         "Police said 35 people were arrested at the Kell match."),
        ("Trade commissioner Ana Lind said exports to Norvia rose 4% last year.",
         "Exports to Norvia rose 4% last year, the Commission said."),
    ],
)
def test_a_bodys_voice_does_not_make_other_figures_disagree(error_kinds, first, second):
    assert error_kinds(first, second) == []


def test_a_competing_source_keeps_its_own_figure(error_kinds):
    # a police count and the organisers' count are two sources' own figures, whoever voices them
    assert error_kinds("Police chief Tomas Berg said 12,000 people marched in Orsa.",
                       "Organisers said 40,000 people marched in Orsa.") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kelby Town have completed the signing of Norvik striker Ivo Sand, breaking their club record. "
         "The Latvia international, 23, has signed a three-year deal after passing a medical.",
         "Kelby Town have signed Norvik striker Ivo Sand. The 23-year-old has agreed a four-year contract, the club said."),
        ("Dunmore Wanderers have signed Kell United goalkeeper Ana Holt on loan. "
         "The Iceland international, 29, has signed a one-year deal after a medical on Monday.",
         "Dunmore Wanderers have signed Kell United goalkeeper Ana Holt. The 29-year-old has agreed a two-year contract."),
    ],
)
def test_a_players_figures_are_the_players_not_the_countrys(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kelby Town have completed the signing of Norvik striker Ivo Sand, breaking their club record. "
         "The Latvia international, 23, has signed a four-year deal after passing a medical.",
         "Kelby Town have signed Norvik striker Ivo Sand. The 23-year-old has agreed a four-year contract, the club said."),
        ("Brazil have won the Sella Cup five times, most recently in 2019.",
         "The Brazil captain, Ana Prado, has won the Sella Cup twice."),
    ],
)
def test_a_players_figures_agree_or_stay_apart_from_the_countrys(error_kinds, first, second):
    assert error_kinds(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Transport Minister Ilse Marten said the bridge had last been inspected in September 2024.",
         "Transport Minister Karl Oden said the government would pay for a new bridge."),
        ("Health minister Grace Mwale said the first case was confirmed in March 2023.",
         "Health minister Peter Obi said the outbreak was under control."),
    ],
)
def test_a_speakers_post_is_held_as_they_speak(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Transport Minister Ilse Marten said the bridge had last been inspected in September 2024.",
         "Karl Oden, who was transport minister until 2023, said the bridge was sound."),
        ("Health minister Grace Mwale said 40 people had died since 2019.",
         "In 2019, health minister Peter Obi declared an emergency."),
        ("Interior Minister Ana Roth said on Tuesday that the border had been closed since 2019.",
         "Interior Minister Ana Roth said the border would stay closed."),
    ],
)
def test_a_past_holder_or_the_same_holder_is_no_conflict(error_kinds, first, second):
    assert error_kinds(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Orvik Bank, founded in 1911, employs 4,000 people in Kassel.",
         "Orvik Bank, founded in 1919, said on Monday it would close 40 branches."),
        ("The Sella stadium, 45,000 seats strong and opened in 1972, will host the final.",
         "The Sella stadium opened in 1977 and was rebuilt in 2010."),
        ("The Kell museum, which was built in 1887, draws 2 million visitors a year.",
         "The Kell museum, built in 1878, reopened on Friday."),
    ],
)
def test_a_set_off_participles_year_is_the_names(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Orvik Bank, founded in 1911, was taken over by Lessing Group in 2019.", "Lessing Group was founded in 1950."),
        ("The Tarn bridge, opened in 1964, carried 28,000 vehicles a day.",
         "The Orsa tunnel, opened in 1981, carried 12,000 vehicles a day."),
        ("The Sella stadium, 45,000 seats strong and opened in 1972, will host the final.",
         "The Sella stadium opened in 1972 and was rebuilt in 2010."),
    ],
)
def test_a_set_off_participles_year_agrees_or_stays_apart(error_kinds, first, second):
    assert error_kinds(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The launch of the Vela-2 satellite had been called off on June 3 because of high winds.",
         "The Vela-2 satellite, launched on June 9, sent its first images on Friday."),
        ("The launch had been called off on June 3 because of high winds.",
         "The first images from the Vela-2 satellite, launched on June 9, show storm clouds."),
        ("The Kell derby was postponed on Friday because of snow.", "Kell United beat Kell City 2-1 in the derby on Sunday."),
    ],
)
def test_the_day_an_event_was_put_off_is_not_its_day(error_kinds, first, second):
    assert error_kinds(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Kell derby was postponed on Friday because of snow.", "The Kell derby was postponed on Thursday because of snow."),
        ("The Kell derby was postponed until Sunday because of snow.",
         "The Kell derby will be played on Saturday after a snow delay."),
        ("The Vela-2 satellite was launched on June 9.", "The Vela-2 satellite was launched on June 8."),
    ],
)
def test_the_day_it_was_put_off_or_put_off_until_is_still_compared(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gallery director Clara Monti said the thieves knew the building.",
         "Gallery director Klara Mont said security would be reviewed."),
        ("The museum's director, Ivo Lind, said the loss was immense.",
         "Museum director Anna Berg said the museum would reopen on Friday."),
    ],
)
def test_a_director_named_by_the_posts_purpose_is_one_holder(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gallery director Clara Monti said the thieves knew the building.",
         "The gallery's director, Clara Monti, said the alarm had been off."),
        ("Festival director Ana Holm said ticket sales rose 10%.", "Museum director Ivo Lind said visitor numbers fell."),
        ("Former gallery director Ivo Lind said security had been cut.",
         "Gallery director Clara Monti said security would be reviewed."),
        ("Film director Tom Reyes said the festival had been a success.",
         "Film director Lena Ortiz said the jury had been generous."),
    ],
)
def test_directors_of_other_things_or_past_ones_are_no_conflict(error_kinds, first, second):
    assert error_kinds(first, second) == []
