"""Times of day of one event compared across sources (date-conflict, part time-of-day), on sentences written here."""

from __future__ import annotations

import pytest

import consistency


def _time_conflicts(tmp_path, *texts: str, published: str = "2024-03-09") -> list[dict]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{chr(97 + i)}.md"
        path.write_text(f"---\ndate: {published}\n---\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    found = consistency.check(paths).to_dict()["discrepancies"]
    return [d for d in found if d["kind"] == "date-conflict" and "apart" in d["summary"]]


@pytest.mark.parametrize(
    ("a", "b", "hours"),
    [
        ("The quake struck at 11:10 pm on Friday.", "The quake that struck in the early hours of Friday killed 40.", "17 hours"),
        ("The explosion occurred at 4.30 am on Tuesday, officials said.", "The blast happened on Tuesday evening.", "13 hours"),
        ("The storm made landfall shortly before midnight.", "The storm made landfall at 10:00, forecasters said.", "9 hours"),
        ("The crash happened at 3 pm on Sunday.", "The plane crash happened late on Sunday night.", "6 hours"),
    ],
)
def test_one_event_at_two_times(tmp_path, a, b, hours):
    found = _time_conflicts(tmp_path, a, b)
    assert len(found) == 1, found
    assert found[0]["summary"].endswith(f"{hours} apart")
    assert {c["doc"] for c in found[0]["claims"]} == {"a", "b"}


@pytest.mark.parametrize(
    ("a", "b", "quoted"),
    [
        (
            "The blaze broke out at about 3.10am on 4 March, the fire service said.",
            "Crews were called after the blaze broke out in the early hours of 3 March.",
            {"3.10am on 4 March", "early hours of 3 March"},
        ),
        (
            "The ferry sank at 11.40pm on 9 March, the coastguard said.",
            "The ferry sank at 2.30am on 10 March with 40 people on board.",
            {"11.40pm on 9 March", "2.30am on 10 March"},
        ),
    ],
)
def test_a_time_on_another_day_is_quoted_with_its_day(tmp_path, a, b, quoted):
    # the times are a day apart: the row quotes the days written beside them, which are what differ
    found = _time_conflicts(tmp_path, a, b)
    assert len(found) == 1, found
    claims = found[0]["claims"]
    assert {c["text"] for c in claims} == quoted
    for c in claims:
        assert c["text"] in (tmp_path / f"{c['doc']}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The quake struck at 11:11 pm on Friday.", "The quake struck at 11 pm on Friday."),  # on the hour: rounded
        ("The quake struck at 11:11 pm on Friday.", "The quake struck late on Friday night."),
        ("The blast went off at 2211 GMT.", "The blast went off at 11:11 pm local time."),  # two zones
        ("The crash happened at 3 pm on Sunday.", "The airline said on Sunday evening that the crash happened."),
        ("The fire broke out at 3 pm on Sunday.", "Crews put out the fire at 9 pm on Sunday."),  # not when it began
        ("The crash happened at 3 pm on Sunday.", "Rescuers reached the crash site at dawn on Monday."),
    ],
)
def test_times_that_agree_or_do_not_compare(tmp_path, a, b):
    assert _time_conflicts(tmp_path, a, b) == []


def test_one_wrong_time_against_many_is_one_row(tmp_path):
    right = "The earthquake struck at 11:11 pm on Friday, the survey said."
    found = _time_conflicts(tmp_path, right, right, "The quake struck in the early hours of Friday.", right)
    assert len(found) == 1
    assert found[0]["claims"][0]["doc"] == "c"
    assert "as do" in found[0]["summary"]


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Volunteers were waiting by nine o'clock this morning.", "nine o'clock", -float("inf"), 541),
        ("The ferry listed at half past four on Tuesday morning.", "half past four", 270, 271),
        ("The alarm went off at quarter past eleven at night.", "quarter past eleven", 1395, 1396),
        ("They met at twenty-five past six in the evening.", "twenty-five past six", 1105, 1106),
        # no part of the day: from the morning reading to the evening one
        ("At ten to four the line went dead.", "ten to four", 230, 951),
        ("The shop closed at five o'clock, staff said.", "five o'clock", 300, 1021),
    ],
)
def test_clock_times_in_words(text, written, low, high):
    found = [m for m in consistency.mentions(text) if m.kind == "time" and m.text == written]
    assert [(m.low, m.high) for m in found] == [(low, high)]
    assert not [m for m in consistency.mentions(text) if m.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "The council cut its committee seats from ten to four.",
        "The board voted ten to four against the plan.",
        "Numbers fell to ten past the peak, then to four.",
        "The squad was cut from twenty to eleven players.",
    ],
)
def test_counts_are_no_clock_times(text):
    assert not [m for m in consistency.mentions(text) if m.kind == "time"]



def test_a_time_on_another_day_is_told_with_its_day(tmp_path):
    import consistency

    reports = [
        ("2026-06-09", "The fire broke out in the early hours of 6 June at the 62-room hotel on the Esplanade."),
        ("2026-06-08", "Two more bodies were found at the Belgrave Hotel, where the fire broke out at about 2.40am on "
                       "7 June."),
    ]
    for i, (day, text) in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    rows = [d for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]
    assert any("2.40am on 7 June" in d.summary for d in rows)
