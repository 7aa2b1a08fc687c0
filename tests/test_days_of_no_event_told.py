"""Days that date no event of the story's, though an event's words stand beside them: a speaker's own "today" in
their quoted words, said on a day the report need not give, and a day counted from the day of the event it names
("some 20 hours after Tuesday's explosion"), which is the moment of another act."""

MERGER_VOTE = (
    "2026-05-07",
    "Harwick shareholders back Lindale merger\n\nShareholders in Harwick Bank approved its merger with Lindale on "
    "Thursday, with 81% of the votes cast in favour of the deal.",
)
MERGER_NEXT = (
    "2026-05-09",
    "Harwick merger: what next\n\nThe merger of Harwick Bank and Lindale, approved by shareholders on Thursday, is "
    "expected to complete in the autumn.",
)


def test_a_speakers_today_in_their_quoted_words_is_not_the_reports_day(dated_errors):
    quoted = (
        "2026-05-08",
        "Lindale's chief claims mandate after Harwick vote\n\nHarwick Bank's shareholders backed the merger with "
        "Lindale by 81% of the votes.\n\n\"Today's result gives us a clear mandate for the merger,\" said Lindale's "
        "chief executive, Ann Lowe.",
    )
    assert dated_errors(MERGER_VOTE, quoted, MERGER_NEXT, kind="date-conflict") == []


def test_the_reports_own_today_still_dates_the_event(dated_errors):
    told = (
        "2026-05-08",
        "Lindale's chief claims mandate after Harwick vote\n\nShareholders in Harwick Bank approved its merger with "
        "Lindale today, with 81% of the votes cast in favour of the deal.",
    )
    assert dated_errors(MERGER_VOTE, told, MERGER_NEXT, kind="date-conflict")


def test_a_day_counted_from_the_day_of_the_event_it_names_is_not_that_events_day(dated_errors):
    assert dated_errors(
        ("2026-05-12", "Miners trapped after blast at Kessel colliery\n\nNine miners were trapped underground after an "
                       "explosion tore through a gallery of the Kessel colliery on Tuesday, the operator said."),
        ("2026-05-13", "Kessel miners rescued\n\nThe nine miners were carried to the surface shortly after 4am on "
                       "Wednesday, some 20 hours after Tuesday's explosion tore through the gallery of the Kessel "
                       "colliery."),
        ("2026-05-14", "Kessel colliery inquiry opens\n\nInspectors began examining the gallery of the Kessel colliery "
                       "where the explosion struck on Tuesday."),
        kind="date-conflict",
    ) == []
