"""Dates whose reading rests on the sentence around them or on how a run of days is written, with
phrasings of our own: one table grouped by form (published on Wednesday 13 March 2024 unless a case says).
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.parse import dates

D = dt.date
WEDNESDAY = D(2024, 3, 13)

FORMS = [
    # the year of a date written without one: the publication year's when no verb gives a tense
    # (a schedule, a heading)
    ("The festival runs July 13 to 15.", "July 13 to 15", D(2024, 7, 13), D(2024, 7, 15)),
    ("Fixtures: 13-15 July, Leeds.", "13-15 July", D(2024, 7, 13), D(2024, 7, 15)),
    ("Regatta from the 13th to 15 July", "13th to 15 July", D(2024, 7, 13), D(2024, 7, 15)),
    ("Ticket sales open on the first Sunday in May.", "first Sunday in May", D(2024, 5, 5), D(2024, 5, 5)),
    (
        "Clocks go back on the last Sunday of October.",
        "last Sunday of October",
        D(2024, 10, 27),
        D(2024, 10, 27),
    ),
    ("The show is held on October 4.", "October 4", D(2024, 10, 4), D(2024, 10, 4)),
    ("Rents rise in June", "June", D(2024, 6, 1), D(2024, 6, 30)),
    ("Shops open late on Thanksgiving.", "Thanksgiving", D(2024, 11, 28), D(2024, 11, 28)),
    ("The inquiry opens three days after Easter.", "three days after Easter", D(2024, 4, 3), D(2024, 4, 3)),
    ("Rain is forecast for the weekend.", "weekend", D(2024, 3, 16), D(2024, 3, 17)),
    ("Agenda: talks on the 25th", "25th", D(2024, 3, 25), D(2024, 3, 25)),
    ("the fair opens mid may", "mid may", D(2024, 5, 11), D(2024, 5, 20)),
    # ... or only a verb of speech
    ("The festival runs July 13 to 15, organisers said.", "July 13 to 15", D(2024, 7, 13), D(2024, 7, 15)),
    ("The fair opens on July 13, the mayor announced.", "July 13", D(2024, 7, 13), D(2024, 7, 13)),
    # the latest by publication when a verb tells what happened (not a present passive: 'is held')
    ("The quake struck on July 13.", "July 13", D(2023, 7, 13), D(2023, 7, 13)),
    ("Protests were staged from the 13th to 15 July.", "13th to 15 July", D(2023, 7, 13), D(2023, 7, 15)),
    ("On October 4, rebels seized the port.", "October 4", D(2023, 10, 4), D(2023, 10, 4)),
    ("Rents rose in June", "June", D(2023, 6, 1), D(2023, 6, 30)),
    ("Inflation fell to 3% in June", "June", D(2023, 6, 1), D(2023, 6, 30)),
    ("Sales had slumped in June.", "June", D(2023, 6, 1), D(2023, 6, 30)),
    ("Rates have been cut in June", "June", D(2023, 6, 1), D(2023, 6, 30)),
    ("Shops opened late on Thanksgiving.", "Thanksgiving", D(2023, 11, 23), D(2023, 11, 23)),
    (
        "Crowds came on the last Friday of October.",
        "last Friday of October",
        D(2023, 10, 27),
        D(2023, 10, 27),
    ),
    ("Three people died on July 13, police said.", "July 13", D(2023, 7, 13), D(2023, 7, 13)),
    ("The ship sank on Nov. 5 near the cape.", "Nov. 5", D(2023, 11, 5), D(2023, 11, 5)),
    ("Fans gathered over the weekend.", "weekend", D(2024, 3, 9), D(2024, 3, 10)),
    ("The vote was held on the 3rd.", "3rd", D(2024, 3, 3), D(2024, 3, 3)),
    ("Crowds were thin this Christmas.", "this Christmas", D(2023, 12, 25), D(2023, 12, 25)),
    # the next one in a clause about the future
    ("The vote will be held on July 13.", "July 13", D(2024, 7, 13), D(2024, 7, 13)),
    # ... a participle after an article describes its noun, and tells no act done
    ("United will play Hove in the rearranged match on 21 March.", "21 March", D(2024, 3, 21), D(2024, 3, 21)),
    ("Fans will queue for the delayed final on 9 May.", "9 May", D(2024, 5, 9), D(2024, 5, 9)),
    ("The rearranged match was played on 21 March.", "21 March", D(2023, 3, 21), D(2023, 3, 21)),
    # ... and the day a thing is put off until is still to come, however past the verb
    ("The match has been postponed until 9 May.", "9 May", D(2024, 5, 9), D(2024, 5, 9)),
    ("The hearing was adjourned until 2 April.", "2 April", D(2024, 4, 2), D(2024, 4, 2)),
    ("The match was postponed on 9 May.", "9 May", D(2023, 5, 9), D(2023, 5, 9)),
    ("Talks are expected to resume in June.", "June", D(2024, 6, 1), D(2024, 6, 30)),
    ("Ministers will meet on the 3rd.", "3rd", D(2024, 4, 3), D(2024, 4, 3)),
    ("Shops will close for the weekend.", "weekend", D(2024, 3, 16), D(2024, 3, 17)),
    ("Stores will open late this Christmas.", "this Christmas", D(2024, 12, 25), D(2024, 12, 25)),
    ("Parades are planned this MLK Day", "this MLK Day", D(2025, 1, 20), D(2025, 1, 20)),
    # a run of days under way, or whose second day was inferred before the first, keeps its year
    (
        "The fair will stay open July 13 to 25.",
        "July 13 to 25",
        D(2024, 7, 13),
        D(2024, 7, 25),
        D(2024, 7, 20),
    ),
    ("Talks will run from Nov 4 to Nov 8.", "Nov 4 to Nov 8", D(2016, 11, 4), D(2016, 11, 8), D(2016, 11, 7)),
    (
        "The fair will stay open from Oct. 2 to Nov. 22.",
        "Oct. 2 to Nov. 22",
        D(2016, 10, 2),
        D(2016, 11, 22),
        D(2016, 11, 7),
    ),
    ("Talks ran from Dec 28 to Jan 3.", "Dec 28 to Jan 3", D(2015, 12, 28), D(2016, 1, 3), D(2016, 11, 7)),
    (
        "Talks will run from Dec 28 to Jan 3.",
        "Dec 28 to Jan 3",
        D(2016, 12, 28),
        D(2017, 1, 3),
        D(2016, 11, 7),
    ),
    # the weeks of a month count from its first Monday, or back from the week of its last Thursday
    (
        "Polls close in the last week of October 2018.",
        "last week of October 2018",
        D(2018, 10, 22),
        D(2018, 10, 28),
    ),
    (
        "Talks stalled in the second last week of October 2018.",
        "second last week of October 2018",
        D(2018, 10, 15),
        D(2018, 10, 21),
    ),
    (
        "The fair ran in the 2nd last week of June 2024.",
        "2nd last week of June 2024",
        D(2024, 6, 17),
        D(2024, 6, 23),
    ),
    (
        "The strike began in the first week of October 2024.",
        "first week of October 2024",
        D(2024, 10, 7),
        D(2024, 10, 13),
    ),
    (
        "Data came in the last week of September 2021.",
        "last week of September 2021",
        D(2021, 9, 27),
        D(2021, 10, 3),
    ),
    (
        "Sales peaked in the last week of March 2024.",
        "last week of March 2024",
        D(2024, 3, 25),
        D(2024, 3, 31),
    ),
    # a day alone, then the month and day that end the run
    ("Hearings ran from 4 to January 22, 1995.", "4 to January 22, 1995", D(1995, 1, 4), D(1995, 1, 22)),
    ("The exhibition runs from the 4th to March 22.", "4th to March 22", D(2024, 3, 4), D(2024, 3, 22)),
    (
        "Prices fell between 3 and Feb 20 2019, data showed.",
        "3 and Feb 20 2019",
        D(2019, 2, 3),
        D(2019, 2, 20),
    ),
    # days in numbers: a run whose first day takes the last one's year or follows from/between;
    # a day after on/since
    ("The offer is valid 10/1-11/2/2017.", "10/1-11/2/2017", D(2017, 10, 1), D(2017, 11, 2)),
    ("Registration ran 12/20 - 1/5/2019 online.", "12/20 - 1/5/2019", D(2018, 12, 20), D(2019, 1, 5)),
    ("Voting runs from 4/1 to 4/7.", "from 4/1 to 4/7", D(2024, 4, 1), D(2024, 4, 7)),
    ("The road was shut between 2/10 and 2/14.", "between 2/10 and 2/14", D(2024, 2, 10), D(2024, 2, 14)),
    ("The plant closed on 4/22 after a fire.", "4/22", D(2023, 4, 22), D(2023, 4, 22)),
    ("On 2/11 Smith resigned.", "2/11", D(2024, 2, 11), D(2024, 2, 11)),
    ("Shares have slid since 1/15.", "1/15", D(2024, 1, 15), D(9999, 12, 31)),
    # the month written twice, the dash spaced; two-digit years after 'of' or glued
    ("Talks ran July 13 - July 15, 2023.", "July 13 - July 15, 2023", D(2023, 7, 13), D(2023, 7, 15)),
    ("The show ran Aug 27 - Aug 29 last year.", "Aug 27 - Aug 29 last year", D(2023, 8, 27), D(2023, 8, 29)),
    ("The file is dated 31-Oct-74.", "31-Oct-74", D(1974, 10, 31), D(1974, 10, 31)),
    ("Stamped 05/Jun/19 at the border.", "05/Jun/19", D(2019, 6, 5), D(2019, 6, 5)),
    ("She was born on 15 April of 87.", "15 April of 87", D(1987, 4, 15), D(1987, 4, 15)),
    ("He died 3 June of 98, aged 70.", "3 June of 98", D(1998, 6, 3), D(1998, 6, 3)),
    ("Woodstock drew crowds in the summer of '69.", "summer of '69", D(1969, 6, 21), D(1969, 9, 22)),
    # month words in lower case: after 'the 1st of', a part, or before an ordinal day
    ("the deadline was the 1st of march, officials said", "1st of march", D(2024, 3, 1), D(2024, 3, 1)),
    ("prices peaked in late march", "late march", D(2024, 3, 21), D(2024, 3, 31)),
    ("the talks open march 3rd", "march 3rd", D(2024, 3, 3), D(2024, 3, 3)),
    ("rents are due may 1st", "may 1st", D(2024, 5, 1), D(2024, 5, 1)),
    ("prices peak at the end of march", "end of march", D(2024, 3, 21), D(2024, 3, 31)),
    ("the start of may brings rain", "start of may", D(2024, 5, 1), D(2024, 5, 10)),
    # the nth weekday with no month: of the publication's month
    ("The board meets on the third Tuesday.", "third Tuesday", D(2024, 3, 19), D(2024, 3, 19)),
    ("Results come out the first Friday, officials say.", "first Friday", D(2024, 3, 1), D(2024, 3, 1)),
    ("Voters go to the polls on the 2nd Sunday", "2nd Sunday", D(2024, 3, 10), D(2024, 3, 10)),
    # a weekday counted from another day
    (
        "Schools reopen the first Monday after Easter 2024.",
        "first Monday after Easter 2024",
        D(2024, 4, 1),
        D(2024, 4, 1),
    ),
    (
        "The vote falls on the first Tuesday after November 1, 2024.",
        "first Tuesday after November 1, 2024",
        D(2024, 11, 5),
        D(2024, 11, 5),
    ),
    (
        "Sales peak on the second Sunday before Christmas 2023.",
        "second Sunday before Christmas 2023",
        D(2023, 12, 17),
        D(2023, 12, 17),
    ),
    (
        "The fair ended the Monday after Easter 2024.",
        "Monday after Easter 2024",
        D(2024, 4, 1),
        D(2024, 4, 1),
    ),
    (
        "Courts sat again the third Tuesday after Christmas 2014.",
        "third Tuesday after Christmas 2014",
        D(2015, 1, 13),
        D(2015, 1, 13),
    ),
    # named days and periods of the table; several days take an article
    (
        "Traffic was heavy over the Memorial Day weekend.",
        "Memorial Day weekend",
        D(2023, 5, 27),
        D(2023, 5, 29),
    ),
    ("Fares rose for the Labor Day weekend 2023.", "Labor Day weekend 2023", D(2023, 9, 2), D(2023, 9, 4)),
    ("Shops shut on Xmas 2023.", "Xmas 2023", D(2023, 12, 25), D(2023, 12, 25)),
    ("Fireworks lit the sky on New Year's 2024.", "New Year's 2024", D(2024, 1, 1), D(2024, 1, 1)),
    ("Florists were busy on Valentine Day 2024.", "Valentine Day 2024", D(2024, 2, 14), D(2024, 2, 14)),
    ("Families gathered on Tu Bishvat 2018.", "Tu Bishvat 2018", D(2018, 1, 30), D(2018, 1, 31)),
    (
        "Dancing filled the streets on Simchat Torah 2018.",
        "Simchat Torah 2018",
        D(2018, 10, 1),
        D(2018, 10, 2),
    ),
    ("Pilgrims arrived during Holy Week 2019.", "Holy Week 2019", D(2019, 4, 14), D(2019, 4, 20)),
    (
        "Reporters marched on World Press Freedom Day 2020.",
        "World Press Freedom Day 2020",
        D(2020, 5, 3),
        D(2020, 5, 3),
    ),
    ("Flags flew on St George's Day 2019.", "St George's Day 2019", D(2019, 4, 23), D(2019, 4, 23)),
    (
        "Churches filled on Orthodox Good Friday 2023.",
        "Orthodox Good Friday 2023",
        D(2023, 4, 14),
        D(2023, 4, 14),
    ),
    # decades after 'the', in figures or words; units from the data
    ("Rents soared in the late 80s.", "late 80s", D(1987, 1, 1), D(1989, 12, 31)),
    ("The band was formed in the mid 70s.", "mid 70s", D(1974, 1, 1), D(1976, 12, 31)),
    ("The club thrived in the sixties.", "sixties", D(1960, 1, 1), D(1969, 12, 31)),
    ("The scheme dates from the early nineties.", "early nineties", D(1990, 1, 1), D(1993, 12, 31)),
    ("The fort was built two centuries ago.", "two centuries ago", D(1824, 3, 13), D(1824, 3, 13)),
    # what was to happen when it was said: the next such day ('would'), unless a perfect puts it in the past
    ("The minister said she would visit the plant on Friday.", "Friday", D(2024, 3, 15), D(2024, 3, 15)),
    ("Talks would resume on Monday, the union said.", "Monday", D(2024, 3, 18), D(2024, 3, 18)),
    ("He'd sign the order on Friday, an aide said.", "Friday", D(2024, 3, 15), D(2024, 3, 15)),
    ("The club said it would not appeal Tuesday's ban.", "Tuesday's", D(2024, 3, 19), D(2024, 3, 19)),
    ("The deal would have closed on Monday.", "Monday", D(2024, 3, 11), D(2024, 3, 11)),
    ("She said she would never have resigned on Monday.", "Monday", D(2024, 3, 11), D(2024, 3, 11)),
    # a past verb after 'would' opens a clause of its own: the date is of what was done
    ("The coach said they would recover after they lost to Orsa on Saturday.", "Saturday", D(2024, 3, 9), D(2024, 3, 9)),
    ("He would bounce back from the defeat they suffered on Monday, he said.", "Monday", D(2024, 3, 11), D(2024, 3, 11)),
    ("The board said it would vote on the plan on Friday.", "Friday", D(2024, 3, 15), D(2024, 3, 15)),
    # a present tense that tells what is set for a day ahead: the coming one; its past, the last one
    ("The strike continues on Friday.", "Friday", D(2024, 3, 15), D(2024, 3, 15)),
    ("Work on the bridge resumes on Monday, the council said.", "Monday", D(2024, 3, 18), D(2024, 3, 18)),
    ("The school reopens on Monday after the flood.", "Monday", D(2024, 3, 18), D(2024, 3, 18)),
    ("The inquiry reconvenes on Tuesday.", "Tuesday", D(2024, 3, 19), D(2024, 3, 19)),
    ("The strike continued on Monday.", "Monday", D(2024, 3, 11), D(2024, 3, 11)),
    ("The ferry is due back in Tarrow on Friday.", "Friday", D(2024, 3, 15), D(2024, 3, 15)),
    ("The crew are due home on Monday.", "Monday", D(2024, 3, 18), D(2024, 3, 18)),
    # a deadline still to come, however past the verb before it
    ("The minister ordered a review, with recommendations due by the end of April.", "end of April",
     D(1, 1, 1), D(2024, 4, 30)),
    ("Schools reopened on Monday after the flood.", "Monday", D(2024, 3, 11), D(2024, 3, 11)),
    # 'since' looks back, whatever the clause's tense
    ("It would be the third walkout since Monday.", "Monday", D(2024, 3, 11), D(9999, 12, 31)),
    ("It will be the second closure since Tuesday.", "Tuesday", D(2024, 3, 12), D(9999, 12, 31)),
]


@pytest.mark.parametrize("case", FORMS, ids=lambda case: case[0])
def test_each_form_reads_its_span_and_range(case):
    text, span, first, last, *published = case
    found = dates.find(text, published[0] if published else WEDNESDAY)
    assert [(m.text, m.date, m.date_end) for m in found] == [(span, first, last)]


def test_a_verb_of_another_sentence_gives_no_tense():
    found = dates.find("The mayor resigned. Elections: July 13.", WEDNESDAY)
    assert [(m.text, m.date) for m in found] == [("July 13", D(2024, 7, 13))]


NO_DATE = [
    # fractions and counts make no run of days, and no day after "on"
    "Support fell to between 1/3 and 1/2 of voters.",
    "It scored 3/4 to 4/5 in tests.",
    "Rates rose from 4 and 5.",
    "They voted on 2/3 majority.",
    "The bill passed on 3/4 of the votes.",
    "Rates moved on 1/2 percent.",
    # month words in lower case stay words
    "Thousands joined an early march on the capital.",
    "They may 2 or 3 times.",
    "They may second-guess the decision.",
    "We may first need approval.",
    "Crowds march 3 miles to the square.",
    "It was the end of the march.",
    # an age in decades
    "A man in his late 80s was hurt.",
    "She is in her eighties.",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_no_date_is_read(text):
    assert dates.find(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Protests ran for the third Sunday in a row.",
        "Crowds gathered for another second Friday rally.",
        "The market opens every first Monday.",
    ],
)
def test_an_nth_weekday_in_a_series_is_no_day_of_the_month(text):
    assert all(
        not m.text.lower().startswith(("first", "second", "third")) for m in dates.find(text, WEDNESDAY)
    )


# A participle of the future's own verbs ("expected to have the lines repaired", "will be reopened") keeps the
# clause in the future; a past act in a clause of its own after it ("after it sank") dates the past.
FUTURE_CHAINS = [
    ("The utility expects to have every home reconnected by Friday.", D(2024, 3, 15)),
    ("Engineers said they expected to have the signals repaired by Friday.", D(2024, 3, 15)),
    ("The insurer aims to have all claims settled by Friday.", D(2024, 3, 15)),
    ("Groundsmen will have the pitch relaid by Friday.", D(2024, 3, 15)),
    ("The harbour is expected to be dredged by Friday.", D(2024, 3, 15)),
    ("The hospital hopes to reopen its wards on Friday.", D(2024, 3, 15)),
    # the past act of another clause
    ("The barge will be raised after it sank on Friday.", D(2024, 3, 8)),
    ("Investigators will have to explain what happened on Friday.", D(2024, 3, 8)),
    ("Police expect to charge the driver who was stopped on Friday.", D(2024, 3, 8)),
    ("She would recover after the team lost on Friday.", D(2024, 3, 8)),
]


@pytest.mark.parametrize(("text", "day"), FUTURE_CHAINS)
def test_a_participle_of_the_future_keeps_its_day_ahead(text, day):
    found = [m for m in dates.find(text, WEDNESDAY) if m.text == "Friday"]
    assert [m.date_end for m in found] == [day]
