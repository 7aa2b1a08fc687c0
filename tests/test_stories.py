"""Stories: reports of one event stay together at any size, unrelated events that share names stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from consistency.align import cluster_stories, regroup_stories, story_signature
from consistency.nightly import run_nightly

_FLOOD = [
    "Floodwater from the Kamchia river covered {n} hectares near Varna, mayor Ivan Petrov said on {day}.",
    "Rescuers in Varna moved {k} families from the Asparuhovo district as the Kamchia rose, Petrov said.",
    "The Kamchia burst its banks at Asparuhovo, and the Varna council opened shelters for {k} families.",
    "Mayor Ivan Petrov asked the Black Sea coast guard for boats to reach Asparuhovo.",
]
_FIRE = [
    "A fire at the Devnya soda works outside Varna sent smoke over the bay, mayor Ivan Petrov said on {day}.",
    "Firefighters kept the Devnya chlorine tanks cool while {k} workers left the plant near Varna.",
    "Solvay, which runs the Devnya works, said {n} tonnes of stock burned before the blaze was out.",
    "Petrov told Varna residents near Devnya and Beloslav to keep their windows shut.",
]


def _reports(template: list[str], start: dt.date, count: int, spread: int, n: int, k: int) -> list[tuple[str, dt.date]]:
    out = []
    for i in range(count):
        when = start + dt.timedelta(days=(i * spread) // max(count - 1, 1))
        lines = [template[(i + j) % len(template)] for j in range(3)]
        text = " ".join(line.format(n=n, k=k, day=f"{when:%B} {when.day}") for line in lines)
        out.append((text, when))
    return out


def _stories(reports: dict[str, tuple[str, dt.date]]) -> dict[str, int]:
    signatures = {d: story_signature(text) for d, (text, _) in reports.items()}
    return cluster_stories(signatures, {d: when for d, (_, when) in reports.items()})


def test_two_events_a_year_apart_that_share_names_stay_two_stories():
    flood = _reports(_FLOOD, dt.date(2023, 3, 2), 7, 2, 1240, 315)
    again = _reports(_FLOOD, dt.date(2024, 3, 9), 7, 2, 860, 142)
    reports = {f"a{i}": r for i, r in enumerate(flood)} | {f"b{i}": r for i, r in enumerate(again)}
    stories = _stories(reports)
    assert len({stories[f"a{i}"] for i in range(7)}) == 1
    assert len({stories[f"b{i}"] for i in range(7)}) == 1
    assert stories["a0"] != stories["b0"]


def test_two_events_in_one_town_the_same_week_stay_two_stories():
    flood = _reports(_FLOOD, dt.date(2024, 3, 2), 7, 3, 1240, 315)
    fire = _reports(_FIRE, dt.date(2024, 3, 4), 7, 3, 2150, 415)
    reports = {f"a{i}": r for i, r in enumerate(flood)} | {f"b{i}": r for i, r in enumerate(fire)}
    stories = _stories(reports)
    assert {stories[f"a{i}"] for i in range(7)} .isdisjoint({stories[f"b{i}"] for i in range(7)})


def test_one_event_reported_over_ten_days_is_one_story():
    reports = {f"r{i}": r for i, r in enumerate(_reports(_FLOOD, dt.date(2024, 3, 2), 16, 10, 1240, 315))}
    assert len(set(_stories(reports).values())) == 1


def test_a_small_corpus_is_one_story_whatever_it_says():
    reports = {"flood": _reports(_FLOOD, dt.date(2024, 3, 2), 1, 1, 1240, 315)[0],
               "fire": _reports(_FIRE, dt.date(2023, 1, 2), 1, 1, 2150, 415)[0]}
    assert set(_stories(reports).values()) == {0}


def _write(folder: Path, reports: dict[str, tuple[str, dt.date]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, when) in reports.items():
        (folder / f"{name}.md").write_text(f"---\ndate: {when.isoformat()}\n---\n\n{text}\n", encoding="utf-8")


def test_a_changed_document_reruns_only_its_story(tmp_path):
    flood = _reports(_FLOOD, dt.date(2024, 3, 2), 7, 3, 1240, 315)
    fire = _reports(_FIRE, dt.date(2024, 6, 4), 7, 3, 2150, 415)
    reports = {f"a{i}": r for i, r in enumerate(flood)} | {f"b{i}": r for i, r in enumerate(fire)}
    corpus, out = tmp_path / "corpus", tmp_path / "reports"
    _write(corpus, reports)
    first = run_nightly([corpus], out, date=dt.date(2024, 7, 1), config=None)
    assert first.stories_reused == 0 and first.stories_run == 4  # two stories: rules and coverage of each
    text, when = reports["b3"]
    assert "415 workers" in text
    _write(corpus, {"b3": (text.replace("415 workers", "615 workers"), when)})
    second = run_nightly([corpus], out, date=dt.date(2024, 7, 2), config=None)
    assert (second.parsed, second.reused) == (1, 13)
    assert (second.stories_run, second.stories_reused) == (2, 2)
    assert "story results: 2 run, 2 reused" in second.summary_line()
    third = run_nightly([corpus], out, date=dt.date(2024, 7, 3), config=None)
    assert (third.parsed, third.stories_run, third.stories_reused) == (0, 0, 4)


def test_regrouping_after_a_change_matches_grouping_from_scratch():
    flood = _reports(_FLOOD, dt.date(2024, 3, 2), 7, 3, 1240, 315)
    fire = _reports(_FIRE, dt.date(2024, 3, 4), 7, 3, 2150, 415)
    later = _reports(_FLOOD, dt.date(2024, 9, 1), 5, 2, 640, 88)
    reports = {f"a{i}": r for i, r in enumerate(flood)} | {f"b{i}": r for i, r in enumerate(fire)}
    reports |= {f"c{i}": r for i, r in enumerate(later)}
    before = _stories(reports)
    text, when = reports["b2"]
    reports["b2"] = (text + " Petrov said the Devnya works would stay shut.", when)
    del reports["a6"]
    reports["c5"] = later[0]
    signatures = {d: story_signature(t) for d, (t, _) in reports.items()}
    dates = {d: w for d, (_, w) in reports.items()}
    again = regroup_stories(before, signatures, dates, {"b2", "a6", "c5"})
    assert again == _stories(reports)


# Reports that name almost nothing: a tariff rise and a school closure, told with stock phrases both use.
_TARIFF = [
    "The regional water board will raise household tariffs by {n}% from the first of next month, the board said.",
    "A typical family of four will pay about {k} more a year once the new water tariffs take effect.",
    "The board blamed the rise on repairs to pipes laid more than {n} years ago and on dearer electricity.",
    "Officials did not immediately respond to a request for comment on the water tariffs.",
]
_SCHOOLS = [
    "The education department will close {n} rural primary schools at the end of the school year, it said.",
    "About {k} pupils will travel by bus to larger schools in nearby towns from the autumn term.",
    "Parents at {n} of the schools have signed petitions asking the department to keep them open.",
    "Officials did not immediately respond to a request for comment on the school closures.",
]


def test_reports_that_name_little_join_by_the_passages_they_copy():
    tariff = _reports(_TARIFF, dt.date(2024, 5, 6), 7, 3, 14, 180)
    schools = _reports(_SCHOOLS, dt.date(2024, 5, 7), 7, 3, 23, 2600)
    reports = {f"a{i}": r for i, r in enumerate(tariff)} | {f"b{i}": r for i, r in enumerate(schools)}
    stories = _stories(reports)
    assert len({stories[f"a{i}"] for i in range(7)}) == 1
    assert len({stories[f"b{i}"] for i in range(7)}) == 1
    assert stories["a0"] != stories["b0"]


def test_reports_from_one_template_with_other_figures_are_other_stories():
    # the same frame, other figures: each water board's rise is its own story, though written alike
    rises = {f"{board}{i}": r for board, (n, k) in zip("abc", [(14, 180), (9, 120), (21, 260)], strict=True)
             for i, r in enumerate(_reports(_TARIFF, dt.date(2024, 5, 6), 5, 3, n, k))}
    stories = _stories(rises)
    assert len({stories[f"{board}{i}"] for board in "abc" for i in range(5)}) == 3


_QUAKE = [
    "An earthquake of magnitude {n} shook Kardzhali and the villages of the eastern Rhodopes on {day}.",
    "In Momchilgrad, {k} houses were damaged and the old mosque lost its minaret, mayor Sebihan Mehmed said.",
    "Rescuers from Haskovo and Smolyan searched the rubble in Dzhebel through the night.",
    "The Kardzhali dam was inspected and found safe, the Rhodopes water authority said.",
]
_STRIKE = [
    "Dockers at the port of Burgas walked out on {day}, leaving {k} ships waiting in the bay.",
    "The Podkrepa union wants a {n}% pay rise for crane operators at the Burgas container terminal.",
    "Navibulgar diverted two freighters to Varna while the Burgas strike lasted.",
    "Port director Hristo Yankov said the Podkrepa demands would cost the port its Lukoil contract.",
]


def test_roundups_quoting_two_events_do_not_chain_them_into_one_story():
    quake = _reports(_QUAKE, dt.date(2024, 10, 1), 16, 4, 5, 340)
    strike = _reports(_STRIKE, dt.date(2024, 10, 2), 16, 4, 18, 23)
    reports = {f"q{i}": r for i, r in enumerate(quake)} | {f"s{i}": r for i, r in enumerate(strike)}
    for i in range(3):  # a news roundup: a paragraph on each event
        (q, when), (s, _) = quake[i], strike[i]
        reports[f"r{i}"] = (q + " " + s, when)
    stories = _stories(reports)
    assert len({stories[f"q{i}"] for i in range(16)}) == 1
    assert len({stories[f"s{i}"] for i in range(16)}) == 1
    assert stories["q0"] != stories["s0"]


def test_regrouping_joins_a_new_nameless_report_to_the_story_it_copies():
    tariff = _reports(_TARIFF, dt.date(2024, 5, 6), 8, 3, 14, 180)
    schools = _reports(_SCHOOLS, dt.date(2024, 5, 7), 7, 3, 23, 2600)
    reports = {f"a{i}": r for i, r in enumerate(tariff[:7])} | {f"b{i}": r for i, r in enumerate(schools)}
    before = _stories(reports)
    reports["a7"] = tariff[7]
    signatures = {d: story_signature(t) for d, (t, _) in reports.items()}
    again = regroup_stories(before, signatures, {d: w for d, (_, w) in reports.items()}, {"a7"})
    assert again == _stories(reports)
    assert again["a7"] == again["a0"]
