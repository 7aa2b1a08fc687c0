"""Worker processes: the per-document stages on several cores give the report one process gives."""

from __future__ import annotations

import gc
import json
import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from consistency.cli import main
from consistency.config import ConfigError, load_config
from consistency.knowledge import builtin
from consistency.workers import YOUNG_COLLECTION_AFTER, LocalPool, WorkersError, workers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FACTS = SEEDS / "reference_facts.csv"

# Three stories of five reports each, told with different figures, dates and names: more
# documents than one story holds, so the check finds the stories before comparing claims.
STORIES = {
    "ferry": (
        "2024-07-{day:02d}",
        "Ferry capsizes on Lake Kivu near Goma",
        [
            "The ferry Mwami capsized on Lake Kivu near Goma on July {sunk}, 2024, the provincial governor said.",
            "At least {dead} passengers drowned and {rescued} were pulled from the water by fishermen.",
            "The overloaded vessel carried {aboard} people from Minova, the harbour master told Radio Okapi.",
        ],
        [dict(sunk=3, dead=78, rescued=58, aboard=278), dict(sunk=3, dead=78, rescued=58, aboard=278),
         dict(sunk=4, dead=92, rescued=58, aboard=278), dict(sunk=3, dead=78, rescued=61, aboard=410),
         dict(sunk=3, dead=78, rescued=58, aboard=278)],
    ),
    "smelter": (
        "2025-03-{day:02d}",
        "Glencore bids for the Mozal aluminium smelter",
        [
            "Glencore offered $1.8 billion in cash for the Mozal aluminium smelter in Maputo, {who} said.",
            "The smelter produced {tonnes} tonnes of aluminium in 2024 and employs {staff} workers.",
            "South32 holds {stake}% of Mozal, according to its annual report.",
        ],
        [dict(who="South32", tonnes="580,000", staff="1,100", stake=63.7),
         dict(who="South32", tonnes="580,000", staff="1,100", stake=63.7),
         dict(who="the company", tonnes="580,000", staff="1,400", stake=63.7),
         dict(who="South32", tonnes="580,000", staff="1,100", stake=47.1),
         dict(who="South32", tonnes="580,000", staff="1,100", stake=63.7)],
    ),
    "drought": (
        "2023-10-{day:02d}",
        "Drought lowers the Rio Negro at Manaus",
        [
            "The Rio Negro at Manaus fell to {level} metres on October {low}, 2023, the lowest since records began in 1902.",
            "Governor Wilson Lima declared an emergency in {towns} municipalities of Amazonas.",
            "The drought has cut off {families} families from river transport, the civil defence agency said.",
        ],
        [dict(level=13.59, low=16, towns=55, families="150,000"),
         dict(level=13.59, low=16, towns=55, families="150,000"),
         dict(level=13.59, low=17, towns=59, families="150,000"),
         dict(level=12.70, low=16, towns=55, families="150,000"),
         dict(level=13.59, low=16, towns=55, families="150,000")],
    ),
}


def write_stories(folder: Path) -> Path:
    """The hand-made stories as Markdown reports with front matter, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (date, title, sentences, variants) in STORIES.items():
        for number, values in enumerate(variants):
            body = " ".join(s.format(**values) for s in sentences[number % 2 :] + sentences[: number % 2])
            text = f"---\ntitle: {title}\ndate: {date.format(day=20 + number % 2)}\n---\n\n{body}\n"
            (folder / f"{name}-{number}.md").write_text(text, encoding="utf-8")
    return folder


def _json_report(tmp_path: Path, *args: str) -> str:
    out = tmp_path / f"report-{len(list(tmp_path.glob('report-*')))}.json"
    result = CliRunner().invoke(main, ["check", *args, "--format", "json", "-o", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_two_jobs_report_the_seeds_as_one_does(tmp_path):
    one = _json_report(tmp_path, str(SEEDS), "--facts", str(FACTS), "--jobs", "1")
    two = _json_report(tmp_path, str(SEEDS), "--facts", str(FACTS), "--jobs", "2")
    assert two == one
    assert json.loads(one)["discrepancies"]


def test_two_jobs_report_several_stories_as_one_does(tmp_path):
    corpus = write_stories(tmp_path / "stories")
    one = _json_report(tmp_path, str(corpus), "--jobs", "1")
    two = _json_report(tmp_path, str(corpus), "--jobs", "2")
    assert two == one
    found = json.loads(one)["discrepancies"]
    stories = {c["doc"].split("-")[0] for d in found for c in d["claims"]}
    assert stories == set(STORIES)  # each story has its disagreements
    assert all(len({c["doc"].split("-")[0] for c in d["claims"]}) == 1 for d in found)  # none across stories


def test_the_nightly_report_on_two_jobs_is_the_report_on_one(tmp_path):
    reports = []
    for jobs in ("1", "2"):
        out = tmp_path / f"reports-{jobs}"
        result = CliRunner().invoke(main, ["report", str(SEEDS), "--out", str(out), "--date", "2025-02-26",
                                           "--jobs", jobs, "--quiet"])
        assert result.exit_code == 0, result.output
        reports.append((out / "2025-02-26" / "discrepancies.json").read_text(encoding="utf-8"))
    assert reports[0] == reports[1]


def _pid(item: int, knowledge) -> tuple[int, int, bool]:
    return item, os.getpid(), knowledge == builtin()


def test_items_run_in_worker_processes_in_order_each_with_the_knowledge_base():
    with workers(2, None, builtin()) as run:
        results = list(run.map(_pid, list(range(40))))
    assert [item for item, _, _ in results] == list(range(40))
    assert os.getpid() not in {pid for _, pid, _ in results}
    assert all(has_knowledge for _, _, has_knowledge in results)


def test_one_job_runs_in_this_process():
    with workers(1, None, builtin()) as run:
        assert {pid for _, pid, _ in run.map(_pid, [1, 2, 3])} == {os.getpid()}


def test_the_garbage_collector_runs_less_often_while_workers_run_and_as_before_after():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with workers(1, None, builtin()):
            assert gc.get_threshold() == (YOUNG_COLLECTION_AFTER, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_few_items_stay_in_this_process_when_jobs_are_not_given():
    pool = LocalPool(None, builtin())
    try:
        assert {pid for _, pid, _ in pool.map(_pid, [1, 2, 3])} == {os.getpid()}
    finally:
        pool.close()


def _die(item: int, knowledge) -> int:
    os._exit(3)


def test_a_worker_that_dies_is_an_error_not_a_hang():
    with pytest.raises(WorkersError, match="worker process stopped"), workers(2, None, builtin()) as run:
        list(run.map(_die, [1, 2]))


def test_the_knowledge_base_travels_to_workers_whole():
    kb = builtin()
    copy = pickle.loads(pickle.dumps(kb))
    assert copy == kb and copy.canonical_name("Zelenskiy") == kb.canonical_name("Zelenskiy")
    assert copy.holders("US president", kb.terms[0].start) == kb.holders("US president", kb.terms[0].start)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("jobs = 0\n", "jobs = 0 is not allowed; use a whole number of worker processes, 1 or more"),
        ('jobs = "all"\n', 'jobs = "all" is not allowed; use a whole number of worker processes, 1 or more'),
        ('scheduler = ""\n', 'scheduler = "" is not allowed; use the address of a Dask scheduler'),
    ],
)
def test_bad_jobs_and_scheduler_settings_are_named(tmp_path, toml, message):
    path = tmp_path / "consistency.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_jobs_and_scheduler_are_read_from_the_config(tmp_path):
    path = tmp_path / "consistency.toml"
    path.write_text('jobs = 3\nscheduler = "tcp://10.0.0.5:8786"\n', encoding="utf-8")
    settings = load_config(path)
    assert (settings.jobs, settings.scheduler) == (3, "tcp://10.0.0.5:8786")


def test_jobs_below_one_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["check", str(SEEDS), "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.output


def test_mentions_on_two_jobs_are_the_mentions_of_one():
    outputs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["mentions", str(SEEDS), "--format", "jsonl", "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert outputs[0] == outputs[1]
    assert {json.loads(line)["doc"] for line in outputs[0].splitlines()} == {p.stem for p in SEEDS.glob("*.txt")}


def test_each_storys_rules_and_coverage_on_worker_processes_are_those_found_here(tmp_path):
    from consistency.coverage import measure
    from consistency.documents import load
    from consistency.engine import context, story_contexts, story_coverage, story_rules
    from consistency.rules import run_rules

    documents, _ = load([write_stories(tmp_path / "stories")])
    stories = story_contexts(context(sorted(documents, key=lambda d: d.id)))
    assert len(stories) == len(STORIES)
    here = [run_rules(story) for story in stories]
    with workers(2, None, builtin()) as run:
        there = list(run.map(story_rules, [((story, {}), None) for story in stories]))
        covered = list(run.map(story_coverage, [((s, {}), found, 0.0, set()) for s, found in zip(stories, here, strict=True)]))
    assert there == here and all(here)
    assert covered == [measure(s, found) for s, found in zip(stories, here, strict=True)]


def test_a_packed_analysis_unpacks_to_the_analysis():
    from consistency.engine import Packed, analyse
    from consistency.model import Document

    doc = Document("quake", "quake.md", "A 6.8-magnitude quake killed 2,946 people in Al Haouz on Sept. 8, 2023.")
    analysis = analyse(doc)
    assert analysis[0] and Packed.of(analysis).unpack() == analysis
