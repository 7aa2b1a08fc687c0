"""consistency.toml and [tool.consistency]: found upwards, checked strictly, overridden by the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.cli import main
from consistency.config import Config, ConfigError, find_config, load_config
from consistency.rules import RULES
from consistency.suppress import IgnoreRule

DESK = Path(__file__).parent / "data" / "desk"
KINDS = ", ".join(sorted(RULES))
KEYS = "acknowledged, date_order, disable, enable, facts, fail_on, ignore, jobs, knowledge, max_file_mb, max_shrink, scheduler, tolerance"


@pytest.fixture(autouse=True)
def _here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_found_in_the_nearest_folder_upwards(tmp_path):
    deep = tmp_path / "desk" / "stories" / "2025"
    deep.mkdir(parents=True)
    assert find_config(deep) is None
    (tmp_path / "consistency.toml").write_text('fail_on = "warning"\n', encoding="utf-8")
    assert find_config(deep) == (tmp_path / "consistency.toml").resolve()
    (tmp_path / "desk" / "pyproject.toml").write_text("[project]\nname = 'desk'\n", encoding="utf-8")
    assert find_config(deep) == (tmp_path / "consistency.toml").resolve()  # no [tool.consistency]: passed over
    (tmp_path / "desk" / "pyproject.toml").write_text('[tool.consistency]\nfail_on = "info"\n', encoding="utf-8")
    assert find_config(deep) == (tmp_path / "desk" / "pyproject.toml").resolve()
    assert load_config(find_config(deep)).fail_on == "info"


def test_every_key_read(tmp_path):
    (tmp_path / "kb").mkdir()
    (tmp_path / "facts.csv").write_text("subject,attribute,value\nChina,share,92\n", encoding="utf-8")
    path = tmp_path / "consistency.toml"
    path.write_text(
        'fail_on = "warning"\nenable = ["value-conflict", "name-variant"]\ndisable = ["name-variant"]\n'
        'tolerance = 0.02\nknowledge = "kb"\nfacts = "facts.csv"\n\n'
        '[[ignore]]\nkind = "name-variant"\ntext = "Zelenskiy"\nreason = "house style"\n\n'
        '[[ignore]]\ntext = "Kyiv Independent"\nreason = " a source we trust "\n\n'
        '[acknowledged]\n"3f2a9c1b0e4d" = "checked with the desk"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config == Config(
        path=path,
        fail_on="warning",
        enable=("value-conflict", "name-variant"),
        disable=("name-variant",),
        tolerance=0.02,
        knowledge=(tmp_path / "kb").resolve(),
        facts=(tmp_path / "facts.csv").resolve(),
        ignore=(IgnoreRule("Zelenskiy", "house style", "name-variant"), IgnoreRule("Kyiv Independent", "a source we trust")),
        acknowledged={"3f2a9c1b0e4d": "checked with the desk"},
    )
    assert config.kinds() == {"value-conflict"}
    assert Config(disable=("name-variant",)).kinds() == set(RULES) - {"name-variant"}
    assert Config().kinds() is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('fail-on = "warning"\n', f'unknown key fail-on = "warning" (did you mean fail_on?); allowed keys: {KEYS}'),
        ('fail_on = "sometimes"\n', 'fail_on = "sometimes" is not allowed; use one of "error", "warning", "info", "never"'),
        ("fail_on = 1\n", 'fail_on = 1 is not allowed; use one of "error", "warning", "info", "never"'),
        ('disable = "name-variant"\n', 'disable = "name-variant" is not allowed; use a list of discrepancy kinds, e.g. ["anachronism"]'),
        (
            'disable = ["name-varient"]\n',
            f'disable = ["name-varient"] is not allowed; "name-varient" is not a discrepancy kind; known kinds: {KINDS}',
        ),
        ("enable = []\n", "enable = [] is not allowed; list at least one kind, or leave enable out to run every rule"),
        (
            "tolerance = 2\n",
            "tolerance = 2 is not allowed; use a number from 0 up to (not including) 1, e.g. 0.02 to widen every figure by 2%",
        ),
        (
            'tolerance = "2%"\n',
            'tolerance = "2%" is not allowed; use a number from 0 up to (not including) 1, e.g. 0.02 to widen every figure by 2%',
        ),
        (
            "tolerance = true\n",
            "tolerance = true is not allowed; use a number from 0 up to (not including) 1, e.g. 0.02 to widen every figure by 2%",
        ),
        (
            "facts = 3\n",
            "facts = 3 is not allowed; use the path of a reference-facts CSV file (a string), relative to consistency.toml",
        ),
        (
            'ignore = "Zelenskiy"\n',
            'ignore = "Zelenskiy" is not allowed; write [[ignore]] tables, each with text, reason and optionally kind',
        ),
        (
            '[[ignore]]\ntext = "Zelenskiy"\n',
            'ignore[1].reason is missing; every [[ignore]] needs text = "..." (what a claim\'s text contains) '
            'and reason = "..." (why it is fine)',
        ),
        (
            '[[ignore]]\ntext = "Zelenskiy"\nreason = ""\n',
            'ignore[1].reason = "" is not allowed; use a non-empty string',
        ),
        (
            '[[ignore]]\ntext = "Zelenskiy"\nreason = "house style"\nkind = "spelling"\n',
            f'ignore[1].kind = "spelling" is not allowed; use one of the kinds: {KINDS}',
        ),
        (
            '[[ignore]]\ntext = "Zelenskiy"\nreason = "house style"\nwhy = "x"\n',
            'ignore[1].why = "x" is not allowed; [[ignore]] takes only kind, reason, text',
        ),
        ("[acknowledged]\nabc = 3\n", "acknowledged.abc needs a reason (a non-empty string), got 3"),
        ("acknowledged = 3\n", 'acknowledged = 3 is not allowed; [acknowledged] must be a table of id = "reason"'),
    ],
)
def test_bad_key_or_value_names_file_key_value_and_what_is_allowed(tmp_path, content, message):
    path = tmp_path / "consistency.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}: {message}"


def test_missing_paths_name_where_they_were_looked_for(tmp_path):
    path = tmp_path / "consistency.toml"
    path.write_text('knowledge = "kb"\nfacts = "facts.csv"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).splitlines() == [
        f'{path}: knowledge = "kb" is not allowed; there is no folder {tmp_path.resolve() / "kb"}; '
        "use the path of a folder of knowledge CSVs, relative to consistency.toml",
        f'{path}: facts = "facts.csv" is not allowed; there is no file {tmp_path.resolve() / "facts.csv"}; '
        "use the path of a reference-facts CSV file, relative to consistency.toml",
    ]


def test_every_problem_at_once_and_pyproject_keys_in_full(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.consistency]\nfail_on = "loud"\ntolerance = -1\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).splitlines() == [
        f'{path}: tool.consistency.fail_on = "loud" is not allowed; use one of "error", "warning", "info", "never"',
        f"{path}: tool.consistency.tolerance = -1 is not allowed; use a number from 0 up to (not including) 1, "
        "e.g. 0.02 to widen every figure by 2%",
    ]


def test_not_toml_names_the_file(tmp_path):
    path = tmp_path / "consistency.toml"
    path.write_text("[acknowledged\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"consistency\.toml: not valid TOML: "):
        load_config(path)


def _desk(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    return folder


def test_config_fail_on_and_the_option_that_overrides_it(tmp_path):
    folder = _desk(tmp_path)
    runner = CliRunner()
    (tmp_path / "consistency.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    assert runner.invoke(main, ["check", str(folder)]).exit_code == 0
    assert runner.invoke(main, ["check", str(folder), "--fail-on", "error"]).exit_code == 1


def test_config_disable_and_the_command_line_enable(tmp_path):
    folder = _desk(tmp_path)
    (tmp_path / "consistency.toml").write_text('disable = ["name-variant"]\n', encoding="utf-8")
    runner = CliRunner()
    plain = json.loads(runner.invoke(main, ["check", str(folder), "--format", "json"]).stdout)
    assert {d["kind"] for d in plain["discrepancies"]} == {"value-conflict"}
    only = json.loads(runner.invoke(main, ["check", str(folder), "--format", "json", "--enable", "name-variant"]).stdout)
    assert {d["kind"] for d in only["discrepancies"]} == {"name-variant"}


def test_unknown_kind_on_the_command_line_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["check", str(_desk(tmp_path)), "--disable", "typo"])
    assert result.exit_code == 2
    assert "'typo' is not a discrepancy kind; use one of: " in result.output


def test_bad_config_stops_the_check_with_exit_code_2(tmp_path):
    (tmp_path / "consistency.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(_desk(tmp_path))])
    assert result.exit_code == 2
    assert result.stderr == (
        f'Error: {(tmp_path / "consistency.toml").resolve()}: fail_on = "sometimes" is not allowed; '
        'use one of "error", "warning", "info", "never"\n'
    )


def test_facts_and_knowledge_relative_to_the_config_file(tmp_path):
    folder = _desk(tmp_path)
    settings = tmp_path / "settings"
    (settings / "kb").mkdir(parents=True)
    (settings / "kb" / "aliases.csv").write_text("alias,canonical\nZelenzky,Volodymyr Zelensky\n", encoding="utf-8")
    (settings / "facts.csv").write_text(
        "subject,attribute,value,unit,as_of,source\nHerat,earthquake killed people,261,person,2025-03-04,UN OCHA\n",
        encoding="utf-8",
    )
    (settings / "consistency.toml").write_text('knowledge = "kb"\nfacts = "facts.csv"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(folder), "--config", str(settings / "consistency.toml"),
                                       "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert "facts" in {d["id"] for d in doc["documents"]}
    assert "name-variant" not in {d["kind"] for d in doc["discrepancies"]}


def test_tolerance_reaches_the_rules(tmp_path, monkeypatch):
    from consistency import engine

    seen = []

    def spy(ctx, kinds=None):
        seen.append(ctx.tolerance)
        return []

    monkeypatch.setattr(engine, "run_rules", spy)
    folder = _desk(tmp_path)
    runner = CliRunner()
    runner.invoke(main, ["check", str(folder)])
    (tmp_path / "consistency.toml").write_text("tolerance = 0.05\n", encoding="utf-8")
    runner.invoke(main, ["check", str(folder)])
    runner.invoke(main, ["check", str(folder), "--tolerance", "0.1"])
    assert seen == [0.0, 0.05, 0.1]


def test_nightly_reads_the_same_config(tmp_path):
    from consistency.nightly import load_acknowledged

    path = tmp_path / "consistency.toml"
    path.write_text('tolerance = 0.01\n[acknowledged]\nabc = "fine"\n', encoding="utf-8")
    assert load_acknowledged(path) == {"abc": "fine"}
    path.write_text('tolerance = "a lot"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="tolerance"):
        load_acknowledged(path)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('fail_on=enable[]"tolerance0.5\nignore[[]]kind text reason acknowledged{}é,')), max_size=120))
def test_any_file_is_read_or_refused_with_a_config_error(content):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "consistency.toml"
        path.write_text(content, encoding="utf-8")
        try:
            load_config(path)
        except ConfigError as error:
            assert all(line.startswith(str(path)) for line in str(error).splitlines())


def test_the_library_check_takes_the_settings_object_or_keywords(tmp_path):
    import consistency

    folder = _desk(tmp_path)
    by_keywords = consistency.check([str(folder)], disable=["name-variant"], agreements=True)
    by_settings = consistency.check([str(folder)], settings=Config(disable=("name-variant",), agreements=True))
    assert by_keywords.to_dict() == by_settings.to_dict()
    assert "name-variant" not in {d.kind for d in by_settings.discrepancies}
    assert by_settings.agreements is not None
    over = consistency.check([str(folder)], settings=Config(disable=("name-variant",)), enable=["name-variant"])
    assert {d.kind for d in over.discrepancies} == {"name-variant"}  # a keyword goes over the settings
    with pytest.raises(TypeError, match="unknown setting.*tolerence"):
        consistency.check([str(folder)], tolerence=0.1)
