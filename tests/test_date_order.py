"""All-number dates in the desk's order: mentions(), consistency.toml, --date-order and front matter."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import consistency
from consistency.cli import main
from consistency.config import ConfigError, load_config
from consistency.documents import load

PUBLISHED = dt.date(2025, 6, 1)
D = dt.date


def _dates(text: str, order: str) -> list[tuple[str, dt.date | None]]:
    return [(m.text, m.date) for m in consistency.mentions(text, PUBLISHED, date_order=order) if m.kind == "date"]


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("Polls closed on 04/03/2025 at dusk.", "MDY", D(2025, 4, 3)),
        ("Polls closed on 04/03/2025 at dusk.", "DMY", D(2025, 3, 4)),
        ("Polls closed on 04/03/2025 at dusk.", "YMD", D(2025, 4, 3)),
        ("The ruling, dated 11.02.2024, was upheld.", "DMY", D(2024, 2, 11)),
        ("The ruling, dated 11.02.2024, was upheld.", "MDY", D(2024, 11, 2)),
        ("Filed 02-09-2023 with the court.", "DMY", D(2023, 9, 2)),
        ("Filed 02-09-2023 with the court.", "MDY", D(2023, 2, 9)),
        ("The memo is dated 7/8/24.", "DMY", D(2024, 8, 7)),
        ("The memo is dated 7/8/24.", "MDY", D(2024, 7, 8)),
        ("The memo is dated 24/08/07.", "YMD", D(2024, 8, 7)),
        ("The memo is dated 09/12/31.", "YMD", D(2009, 12, 31)),
        ("Talks will resume on Saturday 7/6.", "MDY", D(2025, 7, 6)),
        ("Talks will resume on Saturday 7/6.", "DMY", D(2025, 6, 7)),
        ("Talks will resume on Friday 13/6.", "MDY", D(2025, 6, 13)),
    ],
)
def test_ambiguous_numbers_follow_the_order(text, order, expected):
    assert [d for _, d in _dates(text, order)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike began on 13/04/2025.", D(2025, 4, 13)),
        ("The strike began on 04/13/2025.", D(2025, 4, 13)),
        ("The strike began on 2025-04-13.", D(2025, 4, 13)),
        ("The strike began on 31.12.2024.", D(2024, 12, 31)),
        ("The strike began on 12/31/2024.", D(2024, 12, 31)),
        ("The strike began on 2024/12/31.", D(2024, 12, 31)),
    ],
)
@pytest.mark.parametrize("order", ["MDY", "DMY", "YMD"])
def test_unambiguous_forms_read_the_same_under_every_order(text, expected, order):
    assert [d for _, d in _dates(text, order)] == [expected]


def test_an_impossible_reading_is_no_date():
    assert _dates("Ticket 13/13/2025 was void.", "DMY") == []


def test_the_default_is_month_first():
    assert consistency.mentions("On 04/03/2025.")[0].date == D(2025, 4, 3)


def test_an_unknown_order_is_refused_with_the_allowed_ones():
    with pytest.raises(ValueError, match="'DDMM' is not allowed; use one of MDY, DMY, YMD"):
        consistency.mentions("On 04/03/2025.", date_order="DDMM")


def test_config_reads_date_order(tmp_path):
    path = tmp_path / "consistency.toml"
    path.write_text('date_order = "DMY"\n', encoding="utf-8")
    assert load_config(path).date_order == "DMY"


def test_config_refuses_an_unknown_order(tmp_path):
    path = tmp_path / "consistency.toml"
    path.write_text('date_order = "day-first"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == (
        f'{path}: date_order = "day-first" is not allowed; use one of "MDY", "DMY", "YMD" '
        '(04/03/2025 is April 3 under "MDY", March 4 under "DMY")'
    )


def _story(folder: Path, own_order: str | None = None) -> Path:
    """Two reports of one signing: one writes the day in numbers, the other in words."""
    folder.mkdir(exist_ok=True)
    front = f"date_order: {own_order}\n" if own_order else ""
    (folder / "numbers.md").write_text(
        f"---\ndate: 2025-03-10\n{front}---\nLeaders of the alliance met in Geneva on 04/03/2025 to sign the water treaty.\n",
        encoding="utf-8",
    )
    (folder / "words.md").write_text(
        "---\ndate: 2025-03-10\n---\nLeaders of the alliance met in Geneva on March 4, 2025 to sign the water treaty.\n",
        encoding="utf-8",
    )
    return folder


def _kinds(report) -> list[str]:
    return [d.kind for d in report.discrepancies]


def test_check_reads_the_order_from_the_settings(tmp_path):
    story = _story(tmp_path / "story")
    assert _kinds(consistency.check([story])) == ["date-conflict"]  # month first: 3 April
    assert _kinds(consistency.check([story], date_order="DMY")) == []


def test_front_matter_overrides_the_setting(tmp_path):
    story = _story(tmp_path / "story", own_order="DMY")
    assert _kinds(consistency.check([story])) == []
    assert _kinds(consistency.check([story], date_order="MDY")) == []


def test_front_matter_order_is_kept_on_the_document(tmp_path):
    story = _story(tmp_path / "story", own_order="YMD")
    documents, problems = load([story])
    assert {d.id: d.date_order for d in documents} == {"numbers": "YMD", "words": None}
    assert [d.order_of_dates("DMY") for d in documents] == ["YMD", "DMY"]
    assert problems == []


def test_a_bad_front_matter_order_is_a_problem_and_ignored(tmp_path):
    story = _story(tmp_path / "story", own_order="sideways")
    documents, problems = load([story])
    assert [d.date_order for d in documents] == [None, None]
    assert len(problems) == 1 and "date_order: 'sideways' is not allowed; use one of MDY, DMY, YMD" in problems[0].message


def _cli_discrepancies(args: list[str]) -> list[str]:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return [d["kind"] for d in json.loads(result.stdout)["discrepancies"]]


def test_check_command_line_option(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = str(_story(tmp_path / "story"))
    base = ["check", story, "--format", "json", "--fail-on", "never"]
    assert _cli_discrepancies(base) == ["date-conflict"]
    assert _cli_discrepancies([*base, "--date-order", "DMY"]) == []
    assert _cli_discrepancies([*base, "--date-order", "dmy"]) == []


def test_command_line_overrides_the_config_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "consistency.toml").write_text('date_order = "DMY"\n', encoding="utf-8")
    story = str(_story(tmp_path / "story"))
    base = ["check", story, "--format", "json", "--fail-on", "never"]
    assert _cli_discrepancies(base) == []
    assert _cli_discrepancies([*base, "--date-order", "MDY"]) == ["date-conflict"]


def _mention_dates(args: list[str]) -> list[str]:
    result = CliRunner().invoke(main, ["mentions", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [r["date"] for r in json.loads(result.stdout) if r["kind"] == "date"]


def test_mentions_command_reads_option_config_and_front_matter(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("The ceasefire took hold on 05/06/2024.\n", encoding="utf-8")
    assert _mention_dates([str(note)]) == ["2024-05-06"]
    assert _mention_dates([str(note), "--date-order", "DMY"]) == ["2024-06-05"]
    (tmp_path / "consistency.toml").write_text('date_order = "DMY"\n', encoding="utf-8")
    assert _mention_dates([str(note)]) == ["2024-06-05"]
    page = tmp_path / "page.md"
    page.write_text("---\ndate_order: MDY\n---\nThe ceasefire took hold on 05/06/2024.\n", encoding="utf-8")
    assert _mention_dates([str(page)]) == ["2024-05-06"]


def test_an_unknown_order_on_the_command_line_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["mentions", str(_story(tmp_path / "s")), "--date-order", "DDMMYY"])
    assert result.exit_code == 2 and "--date-order" in result.output


def test_nightly_report_takes_the_order_and_does_not_reuse_claims_read_in_another(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = str(_story(tmp_path / "story"))
    out = str(tmp_path / "reports")

    def kinds(*extra: str) -> list[str]:
        result = CliRunner().invoke(main, ["report", story, "--out", out, "--quiet", "--date", "2025-03-11", *extra])
        assert result.exit_code == 0, result.output
        data = json.loads((tmp_path / "reports" / "2025-03-11" / "discrepancies.json").read_text(encoding="utf-8"))
        return [d["kind"] for d in data["discrepancies"]]

    assert kinds() == ["date-conflict"]
    assert kinds("--date-order", "DMY") == []  # the store holds MDY claims of the same text: not reused
    assert kinds() == ["date-conflict"]


@pytest.mark.parametrize("command", ["check", "mentions", "report"])
def test_help_documents_the_option(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert "--date-order" in result.output and "DMY" in result.output


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789/.-, abcJanMy", max_size=40), st.sampled_from(["MDY", "DMY", "YMD"]))
def test_any_numbers_in_any_order_never_raise(text, order):
    for m in consistency.mentions(text, PUBLISHED, date_order=order):
        assert text[m.start : m.end] == m.text
