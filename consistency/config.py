"""The desk's settings: consistency.toml, or [tool.consistency] in pyproject.toml.

Found from the current folder upwards (the nearest folder that has either
wins; a pyproject.toml without [tool.consistency] is passed over). Every
key is optional; command-line options override them.

    fail_on = "warning"              # error | warning | info | never (check's --fail-on)
    enable = ["value-conflict"]      # run only these kinds of rule
    disable = ["single-source"]      # never run these
    tolerance = 0.02                 # widen every figure interval by 2% before comparing
    knowledge = "desk-knowledge"     # folder of your knowledge CSVs (relative to this file)
    facts = "reference_facts.csv"    # trusted reference facts (relative to this file)
    max_file_mb = 20                 # a larger file is left out and reported
    max_shrink = 0.2                 # the nightly report refuses a corpus that lost a larger share
    date_order = "DMY"               # all-number dates: MDY (default) | DMY | YMD
    jobs = 4                         # worker processes that read and parse documents (default: every core)
    scheduler = "tcp://10.0.0.5:8786"  # a Dask cluster's scheduler to do that instead (consistency[dask])

    [[ignore]]                       # suppress a kind where a claim's text contains `text`
    kind = "name-variant"
    text = "Zelenskiy"
    reason = "house style"

    [acknowledged]                   # the nightly report: discrepancy id = "reason"
    "3f2a9c1b0e4d" = "checked with the desk on 26 Feb"

A file that cannot be used raises ConfigError, one line per problem, each
naming the file, the key, the bad value and what is allowed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import tomllib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .files import MAX_FILE_BYTES, NotReadable, read_regular_file
from .model import DATE_ORDERS
from .suppress import IgnoreRule

__all__ = ["CONFIG_NAME", "FAIL_ON", "Config", "ConfigError", "find_config", "load_config"]

CONFIG_NAME = "consistency.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON = ("error", "warning", "info", "never")
KEYS = ("acknowledged", "date_order", "disable", "enable", "facts", "fail_on", "ignore", "jobs", "knowledge",
        "max_file_mb", "max_shrink", "scheduler", "tolerance")
MAX_FILE_MB = MAX_FILE_BYTES / 2**20
# The nightly report refuses to publish when the corpus loses more than this share of its documents
# since the previous report (an unmounted share, a failed sync): every discrepancy would read "resolved".
MAX_SHRINK = 0.2
IGNORE_KEYS = ("kind", "reason", "text")


class ConfigError(ValueError):
    """A config file that cannot be used: names the file, the key, the bad value and what is allowed."""


@dataclass(frozen=True)
class Config:
    """The settings of a check: a config file's (or the defaults), with the command line's options over them.

    The file's keys are the first fields; `published`, `as_of`, `inline` and
    `agreements` are given only by the command line or a library caller.
    """

    path: Path | None = None
    fail_on: str | None = None
    enable: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    tolerance: float = 0.0
    knowledge: Path | None = None
    facts: Path | None = None
    ignore: tuple[IgnoreRule, ...] = ()
    acknowledged: Mapping[str, str] = field(default_factory=dict)
    max_file_mb: float = MAX_FILE_MB
    max_shrink: float = MAX_SHRINK
    date_order: str | None = None  # MDY, DMY or YMD; None: MDY, or what a document's front matter says
    jobs: int | None = None  # worker processes for the per-document stages; None: one (the command line: every core)
    scheduler: str | None = None  # a Dask scheduler's address: the per-document stages run on its cluster
    published: dt.date | None = None  # every document's publication date, whatever the documents say
    as_of: dt.date | None = None  # check the corpus as it stood on that date
    inline: bool = True  # obey the documents' own directives (<!-- consistency off -->)
    agreements: bool = False  # list the corroborated claims too

    def kinds(self, known: Iterable[str] | None = None) -> set[str] | None:
        """The rule kinds to run: `enable` (or all `known`) less `disable`; None means every rule."""
        if self.enable is None and not self.disable:
            return None
        if self.enable is not None:
            chosen = set(self.enable)
        else:
            if known is None:
                from .rules import RULES

                known = RULES
            chosen = set(known)
        return chosen - set(self.disable)

    def override(self, **options: Any) -> Config:
        """These settings with every option that is not None (an empty list counts as not given) replaced.

        An `enable` given here runs those kinds even if the file disables them.
        """
        given = {k: v for k, v in options.items() if v is not None and v != ()}
        if "enable" in given and "disable" not in given:
            given["disable"] = ()
        for key in ("enable", "disable"):
            if key in given:
                given[key] = tuple(given[key])
        for key in ("knowledge", "facts"):
            if key in given:
                given[key] = Path(given[key])
        return dataclasses.replace(self, **given)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 2**20)

    @property
    def name(self) -> str:
        """The file, for messages: relative to the current folder when it lies below it."""
        if self.path is None:
            return "config"
        try:
            return str(self.path.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(self.path)


def find_config(start: Path | None = None) -> Path | None:
    """consistency.toml, or a pyproject.toml with [tool.consistency], in `start` (default: here) or the nearest parent."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        data = tomllib.loads(read_regular_file(path).decode("utf-8"))
    except (OSError, NotReadable, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False
    return isinstance(data.get("tool"), dict) and "consistency" in data["tool"]


def load_config(path: Path | str | None, known_kinds: Collection[str] | None = None) -> Config:
    """The settings in `path` (None: the defaults), checked strictly; every problem is reported at once."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        data = tomllib.loads(read_regular_file(path).decode("utf-8"))
    except (OSError, NotReadable, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read the file: {getattr(e, 'strerror', None) or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not readable TOML: nested too deeply") from None
    prefix = ""
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        data = tool.get("consistency", {}) if isinstance(tool, dict) else {}
        prefix = "tool.consistency."
    if known_kinds is None:
        from .rules import RULES

        known_kinds = tuple(RULES)
    return _Validator(path, prefix, known_kinds).config(data)


def _show(value: Any) -> str:
    """A value as the TOML file wrote it."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_show(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


class _Validator:
    """Reads the settings leniently, then checks every key, collecting the problems."""

    def __init__(self, path: Path, prefix: str, known_kinds: Collection[str]):
        self.path = path
        self.prefix = prefix
        self.known = tuple(sorted(known_kinds))
        self.problems: list[str] = []

    def bad(self, key: str, value: Any, allowed: str) -> None:
        self.problems.append(f"{self.path}: {self.prefix}{key} = {_show(value)} is not allowed; {allowed}")

    def config(self, data: dict[str, Any]) -> Config:
        settings: dict[str, Any] = {}
        for key, value in data.items():
            if key not in KEYS:
                close = difflib.get_close_matches(key, KEYS, n=1)
                hint = f" (did you mean {close[0]}?)" if close else ""
                self.problems.append(
                    f"{self.path}: unknown key {self.prefix}{key} = {_show(value)}{hint}; "
                    f"allowed keys: {', '.join(KEYS)}"
                )
                continue
            settings[key] = getattr(self, f"_{key}")(value)
        if self.problems:
            raise ConfigError("\n".join(self.problems))
        return Config(path=self.path, **{k: v for k, v in settings.items() if v is not None})

    def _fail_on(self, value: Any) -> str | None:
        if value in FAIL_ON:
            return value
        self.bad("fail_on", value, "use one of " + ", ".join(f'"{v}"' for v in FAIL_ON))
        return None

    def _kind_list(self, key: str, value: Any) -> tuple[str, ...] | None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.bad(key, value, f'use a list of discrepancy kinds, e.g. ["{self.known[0] if self.known else "kind"}"]')
            return None
        unknown = [v for v in value if v not in self.known]
        if unknown:
            names = ", ".join(f'"{v}"' for v in unknown)
            self.bad(key, value, f"{names} {'is' if len(unknown) == 1 else 'are'} not a discrepancy kind; "
                                 f"known kinds: {', '.join(self.known)}")
            return None
        return tuple(value)

    def _date_order(self, value: Any) -> str | None:
        if value in DATE_ORDERS:
            return value
        self.bad("date_order", value, "use one of " + ", ".join(f'"{v}"' for v in DATE_ORDERS)
                 + ' (04/03/2025 is April 3 under "MDY", March 4 under "DMY")')
        return None

    def _enable(self, value: Any) -> tuple[str, ...] | None:
        if value == []:
            self.bad("enable", value, "list at least one kind, or leave enable out to run every rule")
            return None
        return self._kind_list("enable", value)

    def _disable(self, value: Any) -> tuple[str, ...] | None:
        return self._kind_list("disable", value)

    def _tolerance(self, value: Any) -> float | None:
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
            return float(value)
        self.bad("tolerance", value, "use a number from 0 up to (not including) 1, e.g. 0.02 to widen every figure by 2%")
        return None

    def _max_file_mb(self, value: Any) -> float | None:
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= 1e6:
            return float(value)
        self.bad("max_file_mb", value, f"use a number of megabytes above 0, e.g. {MAX_FILE_MB:g}")
        return None

    def _max_shrink(self, value: Any) -> float | None:
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
            return float(value)
        self.bad("max_shrink", value, f"use a share from 0 to 1, e.g. {MAX_SHRINK:g} to refuse a corpus that lost a fifth")
        return None

    def _path(self, key: str, value: Any, want_dir: bool) -> Path | None:
        what = "a folder of knowledge CSVs" if want_dir else "a reference-facts CSV file"
        if not isinstance(value, str) or not value.strip():
            self.bad(key, value, f"use the path of {what} (a string), relative to {self.path.name}")
            return None
        resolved = (self.path.parent / value).resolve()
        exists = resolved.is_dir() if want_dir else resolved.is_file()
        if not exists:
            self.bad(key, value, f"there is no {'folder' if want_dir else 'file'} {resolved}; "
                                 f"use the path of {what}, relative to {self.path.name}")
            return None
        return resolved

    def _jobs(self, value: Any) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        self.bad("jobs", value, "use a whole number of worker processes, 1 or more (1 runs everything in one process)")
        return None

    def _scheduler(self, value: Any) -> str | None:
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.bad("scheduler", value, 'use the address of a Dask scheduler, e.g. "tcp://10.0.0.5:8786"')
        return None

    def _knowledge(self, value: Any) -> Path | None:
        return self._path("knowledge", value, want_dir=True)

    def _facts(self, value: Any) -> Path | None:
        return self._path("facts", value, want_dir=False)

    def _ignore(self, value: Any) -> tuple[IgnoreRule, ...] | None:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.bad("ignore", value, "write [[ignore]] tables, each with text, reason and optionally kind")
            return None
        rules = []
        for number, entry in enumerate(value, start=1):
            rule = self._ignore_entry(number, entry)
            if rule is not None:
                rules.append(rule)
        return tuple(rules)

    def _ignore_entry(self, number: int, entry: dict[str, Any]) -> IgnoreRule | None:
        key = f"ignore[{number}]"
        before = len(self.problems)
        for name, value in entry.items():
            if name not in IGNORE_KEYS:
                self.bad(f"{key}.{name}", value, f"[[ignore]] takes only {', '.join(IGNORE_KEYS)}")
        text, reason, kind = entry.get("text"), entry.get("reason"), entry.get("kind")
        for name, value in (("text", text), ("reason", reason)):
            if value is None:
                self.problems.append(
                    f"{self.path}: {self.prefix}{key}.{name} is missing; every [[ignore]] needs "
                    'text = "..." (what a claim\'s text contains) and reason = "..." (why it is fine)'
                )
            elif not isinstance(value, str) or not value.strip():
                self.bad(f"{key}.{name}", value, "use a non-empty string")
        if kind is not None and kind not in self.known:
            self.bad(f"{key}.kind", kind, f"use one of the kinds: {', '.join(self.known)}")
        if len(self.problems) > before:
            return None
        return IgnoreRule(text=text, reason=reason.strip(), kind=kind)

    def _acknowledged(self, value: Any) -> dict[str, str] | None:
        if not isinstance(value, dict):
            self.bad("acknowledged", value, '[acknowledged] must be a table of id = "reason"')
            return None
        out = {}
        for key, reason in value.items():
            if not isinstance(reason, str) or not reason.strip():
                self.problems.append(
                    f"{self.path}: {self.prefix}acknowledged.{key} needs a reason (a non-empty string), got {_show(reason)}"
                )
                continue
            out[str(key)] = reason.strip()
        return out
