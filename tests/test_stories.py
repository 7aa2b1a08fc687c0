"""Stories: reports of one event stay together at any size, unrelated events that share names stay apart."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from consistency.align import cluster_stories, regroup_stories, story_signature
from consistency.align.stories import _NEAREST, _SURE_LINK, _mutual_nearest
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


def test_a_signature_holds_the_names_and_precise_figures_that_link_reports():
    text = ("Rescuers in Varna moved 315 families from the Asparuhovo district as the Kamchia rose, "
            "mayor Ivan Petrov said. Floodwater covered 20 hectares of farmland.")
    signature = story_signature(text)
    assert {"Varna", "Asparuhovo", "Kamchia", "Petrov", "#315"} <= signature.keys()
    assert not {"rescuers", "floodwater", "farmland", "hectares", "#20"} & signature.keys()
    assert all(key[:1].isupper() or key.startswith("#") for key in signature)


def test_a_word_general_english_does_not_know_is_a_name_where_a_sentence_opens():
    signature = story_signature("Brackwater plans to build 300 homes. Firefighters were sent to Tarnby on Sunday.")
    assert {"Brackwater", "Tarnby"} <= signature.keys()
    assert "Firefighters" not in signature


def test_a_headline_signs_the_report_it_heads():
    text = "The council approved the plan on Monday. It sets aside land for 300 homes."
    assert not story_signature(text)
    assert "Quarrymoor" in story_signature(text, "Quarrymoor housing plan approved")


_DAM = [
    "Brackwater council said repairs to the dam would take six weeks.",
    "Pellowmere residents were told to boil their water until the repairs end.",
    "Engineers lowered the reservoir by two metres on {day}.",
]
_MINE = [
    "Quarrymoor colliery stayed shut after a roof fall on {day}.",
    "Tarnby miners were brought to the surface without injury.",
    "Inspectors will visit the pit next week.",
]


def test_short_reports_that_name_their_story_only_in_the_headline_and_where_sentences_open_join_it():
    reports, titles = {}, {}
    for name, template, title, start in (("dam", _DAM, "Brackwater dam repairs", dt.date(2024, 5, 6)),
                                         ("mine", _MINE, "Quarrymoor colliery shut", dt.date(2024, 5, 7))):
        for i, (text, when) in enumerate(_reports(template, start, 8, 2, 0, 0)):
            reports[f"{name}{i}"], titles[f"{name}{i}"] = (text, when), title
    signatures = {d: story_signature(text, titles[d]) for d, (text, _) in reports.items()}
    stories = cluster_stories(signatures, {d: when for d, (_, when) in reports.items()})
    assert len({stories[f"dam{i}"] for i in range(8)}) == 1
    assert len({stories[f"mine{i}"] for i in range(8)}) == 1
    assert stories["dam0"] != stories["mine0"]


def _nearest_by_definition(scores: dict[tuple[str, str], float]) -> set[tuple[str, str]]:
    """Each document's bar is its `_NEAREST`th best score (at most `_SURE_LINK`); a pair links at both bars."""
    partners: dict[str, list[float]] = {}
    for (a, b), score in scores.items():
        partners.setdefault(a, []).append(score)
        partners.setdefault(b, []).append(score)
    bar = {d: min(sorted(found, reverse=True)[:_NEAREST][-1], _SURE_LINK) for d, found in partners.items()}
    return {pair for pair, score in scores.items() if score >= bar[pair[0]] and score >= bar[pair[1]]}


def test_the_closest_partners_do_not_depend_on_the_order_pairs_are_scored_in():
    chance = random.Random(7)
    docs = [f"d{i:02}" for i in range(30)]
    for _ in range(20):
        # scores on a coarse grid, so that ties at a document's bar are common
        scores = {(a, b): chance.choice([0.3, 0.35, 0.4, 0.5, 0.6, 0.8])
                  for i, a in enumerate(docs) for b in docs[i + 1 :] if chance.random() < 0.4}
        pairs = list(scores.items())
        chance.shuffle(pairs)
        assert set(_mutual_nearest(pairs)) == _nearest_by_definition(scores)
