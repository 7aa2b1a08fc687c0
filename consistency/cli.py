"""The command line: thin commands over the library.

Each command parses its options, calls one library function, picks a
writer, and turns library errors into clear messages with exit code 2.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import sys
from pathlib import Path
from typing import NoReturn

import click

from .model import ExitCode, Severity

FORMATS = ("table", "csv", "json", "md", "html", "github")
FAIL_ON = ("error", "warning", "info", "never")
JOBS_HELP = "Read and parse documents in N worker processes; 1 runs everything in one process."
JOBS_DEFAULT = "every core, for corpora large enough to gain"
JOBS = click.option("--jobs", type=click.IntRange(min=1), metavar="N",
                    help=f"{JOBS_HELP}  [default: jobs in consistency.toml, else {JOBS_DEFAULT}]")
SCHEDULER = click.option("--scheduler", metavar="ADDRESS",
                         help="Read and parse documents on the Dask cluster of this scheduler (tcp://host:8786); "
                              "needs pip install 'consistency[dask]'.  [default: scheduler in consistency.toml]")


class InputError(click.ClickException):
    """A library error at the edge: the message on stderr, exit code 2."""

    exit_code = ExitCode.input_error


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _kinds(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    from .rules import RULES

    unknown = [v for v in value if v not in RULES]
    if unknown:
        raise click.BadParameter(f"{', '.join(map(repr, unknown))} is not a discrepancy kind; use one of: {', '.join(RULES)}")
    return value


def _emit(text: str | bytes, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    path = Path(output)
    try:
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise InputError(f"cannot write {output}: {e.strerror or e}") from None


def _knowledge(folder: str | Path | None):
    """The built-in knowledge base, with the desk's folder of knowledge files added when one is given."""
    from .knowledge import load_knowledge

    try:
        return load_knowledge(*([folder] if folder is not None else []))
    except (OSError, ValueError) as e:
        raise InputError(f"cannot use knowledge folder {folder}: {e}") from None


def _settings(config: str | None, **options):
    """The config file (named, or found from here upwards) with the command-line options over it."""
    from .config import ConfigError, find_config, load_config

    try:
        settings = load_config(Path(config) if config else find_config())
    except ConfigError as e:
        raise InputError(str(e)) from None
    return settings.override(**options)


def _problems(problems) -> None:
    for p in problems:
        click.echo(f"consistency: {p}", err=True)


def _exit(input_failed: bool, worst: Severity | None, fail_on: str) -> NoReturn:
    """Exit 2 when an input failed, else 1 when the worst discrepancy is at or above `fail_on`, else 0."""
    if input_failed:
        sys.exit(ExitCode.input_error)
    if fail_on != "never" and worst is not None and worst >= Severity[fail_on]:
        sys.exit(ExitCode.discrepancies)
    sys.exit(ExitCode.clean)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="\b\nExample:\n  consistency check sources/ --draft draft.md\n  consistency explain 3f2a9c1b",
)
@click.version_option(package_name="consistency")
def main() -> None:
    """Find where news sources disagree on figures, dates, names and quotes."""


CHECK_EXAMPLES = """\b
Examples:
  consistency check seeds/ --facts seeds/reference_facts.csv
  consistency check sources/ --draft draft.md --show-agreements
  consistency check corpus/ --changed-since origin/main --format github
  consistency check corpus/ --as-of 2025-02-24 --format json -o then.json
  consistency check archive.parquet --jobs 4 --format csv -o archive.csv"""


@main.command(epilog=CHECK_EXAMPLES)
@click.argument("paths", nargs=-1, required=True)
@click.option("--facts", type=click.Path(dir_okay=False), help="CSV of trusted reference facts (subject,attribute,value,unit,low,high,as_of,source,note).")
@click.option("--draft", type=click.Path(dir_okay=False), help="Report only the discrepancies that involve this document.")
@click.option("--changed-since", "changed_since", metavar="REF", help="Report only the discrepancies that involve the documents under PATHS changed in git since REF (and untracked ones); all of PATHS are the sources.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format (github: workflow annotations).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Exit 1 when a discrepancy at or above this severity is found.  [default: fail_on in consistency.toml, else error]")
@click.option("--show-agreements", is_flag=True, help="List the corroborated claims too: the figure and the sources that agree.")
@click.option("--as-of", "as_of", callback=_date, metavar="YYYY-MM-DD", help="The corpus as it stood on that date: documents published later are left out.")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date for every document (overrides metadata).")
@click.option("--enable", multiple=True, metavar="KIND", callback=_kinds, help="Run only this kind of rule (repeatable; see consistency rules).")
@click.option("--disable", multiple=True, metavar="KIND", callback=_kinds, help="Do not run this kind of rule (repeatable).")
@click.option("--tolerance", type=click.FloatRange(0, 1, max_open=True), metavar="FRACTION", help="Widen every figure interval by this fraction before comparing (0.02 = 2%).  [default: tolerance in consistency.toml, else 0]")
@click.option("--config", type=click.Path(dir_okay=False, exists=True), help="consistency.toml or pyproject.toml (default: found from the current folder upwards).")
@click.option("--excel", is_flag=True, help="CSV only: add a UTF-8 byte-order mark so Excel reads accents right.")
@click.option("--knowledge", "knowledge_dir", type=click.Path(file_okay=False, exists=True), help="Folder of your own knowledge CSVs (office_holders.csv, aliases.csv, ...) added to the built-in ones.")
@JOBS
@SCHEDULER
def check(paths, facts, draft, changed_since, fmt, output, fail_on, show_agreements, as_of, published,
          enable, disable, tolerance, config, excel, knowledge_dir, jobs, scheduler) -> None:
    """Check documents about one story against each other.

    PATHS are files (.txt .md .html .docx; tables .json .jsonl .parquet) or folders, scanned
    recursively; `-` reads standard input. Exit code 0: nothing at or above
    --fail-on; 1: discrepancies found; 2: an input could not be read or the
    command was misused. Every run saves its report as
    .consistency/last.json for `consistency explain`.

    Settings come from consistency.toml (or [tool.consistency] in
    pyproject.toml); options given here override them. Discrepancies in
    passages marked <!-- consistency off --> ... <!-- consistency on -->, in
    the sentence after <!-- consistency ignore KIND -->, matched by an
    [[ignore]] of the config or acknowledged there are listed as suppressed.
    """
    from .engine import check as run_check
    from .knowledge.facts import FactsError
    from .report import Report, write
    from .report.explain import save_last
    from .workers import WorkersError

    settings = _settings(config, fail_on=fail_on, enable=enable, disable=disable, tolerance=tolerance,
                         facts=facts, knowledge=knowledge_dir, published=published, as_of=as_of,
                         agreements=show_agreements, jobs=jobs, scheduler=scheduler)
    kb = _knowledge(settings.knowledge)
    color = output in (None, "-") and sys.stdout.isatty()
    focus = _changed(paths, changed_since) if changed_since else None
    if focus == []:
        click.echo(f"consistency: no documents under {' '.join(paths)} changed since {changed_since}", err=True)
        _emit(write(Report(documents=[], discrepancies=[]), fmt, excel=excel, color=color), output)
        sys.exit(ExitCode.clean)
    try:
        with _progress(enabled=True) as tick:
            report = run_check(list(paths), settings=settings, knowledge=kb, draft=draft, focus=focus, progress=tick)
    except (FactsError, WorkersError) as e:
        raise InputError(str(e)) from None
    _emit(write(report, fmt, excel=excel, color=color), output)
    save_last(report)
    _problems(report.problems)
    _exit(bool(report.problems), report.worst(), settings.fail_on or "error")


def _changed(paths, ref: str) -> list[str]:
    from .changed import GitError, changed_documents

    try:
        return changed_documents(list(paths), ref)
    except GitError as e:
        raise InputError(str(e)) from None


@main.command(epilog="\b\nExample:\n  consistency mentions seeds/ --format csv -o mentions.csv")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("table", "json", "jsonl", "csv")), default="table", show_default=True)
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date for every document (overrides metadata).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of standard output.")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N", help=f"{JOBS_HELP}  [default: {JOBS_DEFAULT}]")
def mentions(paths, fmt, published, output, jobs) -> None:
    """List the figures, dates, names and quotes read from each document."""
    from .documents import load
    from .knowledge import builtin
    from .mentions_table import mention_rows, render_mentions
    from .workers import WorkersError, workers

    try:
        with workers(jobs, None, builtin()) as run:
            documents, problems = load(list(paths), published=published, run=run)
            rows = mention_rows(documents, run)
    except WorkersError as e:
        raise InputError(str(e)) from None
    _emit(render_mentions(rows, fmt), output)
    _problems(problems)
    sys.exit(ExitCode.input_error if problems else ExitCode.clean)


@main.command(epilog="\b\nExamples:\n  consistency rules\n  consistency rules --format json")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
def rules(fmt) -> None:
    """List the discrepancy rules: kind, severity, what it means and an example, and the named parts
    of a rule that finds its kind in several ways."""
    from .rules import RULES

    if fmt == "json":
        click.echo(json.dumps([{"kind": r.kind, "severity": r.severity.name, "doc": r.doc, "example": r.example,
                                "parts": [{"name": p.name, "doc": p.doc, "example": p.example} for p in r.parts]}
                               for r in RULES.values()], indent=2))
        return
    for r in RULES.values():
        click.echo(f"{r.kind} ({r.severity.name})")
        for line in r.doc.splitlines():
            click.echo(f"    {line.strip()}" if line.strip() else "")
        click.echo(f"    example: {r.example}\n")
        for p in r.parts:
            click.echo(f"    part {p.name}:")
            for line in p.doc.splitlines():
                click.echo(f"        {line.strip()}" if line.strip() else "")
            click.echo(f"        example: {p.example}\n")


@main.command(epilog="\b\nExamples:\n  consistency check sources/ --draft draft.md\n  consistency explain 3f2a9c1b\n"
                     "  consistency explain 3f2a9c1b --report reports/latest/discrepancies.json")
@click.argument("discrepancy_id", metavar="ID")
@click.option("--report", "report_path", type=click.Path(dir_okay=False), help="A JSON report (default: the newer of .consistency/last.json and reports/latest/discrepancies.json).")
@click.option("--width", type=click.IntRange(40, 400), help="Wrap at this many columns (default: the terminal's; no wrapping into a pipe or file).")
def explain(discrepancy_id, report_path, width) -> None:
    """Show one discrepancy of the last report in full: both sentences with the values
    marked, where they are (line and column), and why the rule fired.

    ID is the id the table, the CSV or the JSON shows; any prefix that names
    one discrepancy will do.
    """
    from .report.explain import ExplainError, find, last_report, load_report, render

    try:
        path = Path(report_path) if report_path else last_report()
        data = load_report(path)
        found = find(data, discrepancy_id, path)
    except ExplainError as e:
        raise InputError(str(e)) from None
    color = sys.stdout.isatty()
    width = width or (shutil.get_terminal_size().columns if color else 10_000)  # a pipe gets whole lines
    click.echo("\n".join(render(data, d, path, width=width, color=color) for d in found), nl=False)


REPORT_EXAMPLES = """\b
Examples:
  consistency report corpus/ --out reports/
  consistency report corpus/ --out reports/ --as-of 2025-02-24
  consistency report archive.parquet --out reports/ --scheduler tcp://10.0.0.5:8786
  (crontab, 05:30 every day)
  30 5 * * *  cd /newsroom && consistency report corpus/ --out reports/ --quiet"""


@main.command("report", epilog=REPORT_EXAMPLES)
@click.argument("corpus", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Folder of dated reports (reports/).")
@click.option("--facts", type=click.Path(dir_okay=False), help="CSV of trusted reference facts.")
@click.option("--date", "date", callback=_date, metavar="YYYY-MM-DD", help="The report's date (default: --as-of, else today).")
@click.option("--as-of", "as_of", callback=_date, metavar="YYYY-MM-DD", help="The corpus as it stood on that date: documents published later are left out.")
@click.option("--store", type=click.Path(dir_okay=False), help="SQLite store of parsed documents (default: OUT/.store.sqlite).")
@click.option("--config", type=click.Path(dir_okay=False, exists=True), help="consistency.toml (default: found from the current folder upwards).")
@click.option("--excel", is_flag=True, help="Add a UTF-8 byte-order mark to the CSV for Excel.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", show_default=True, help="Exit 1 when an unacknowledged discrepancy at or above this severity is found.")
@click.option("--quiet", is_flag=True, help="Print one summary line (for cron).")
@click.option("--knowledge", "knowledge_dir", type=click.Path(file_okay=False, exists=True), help="Folder of your own knowledge CSVs.")
@JOBS
@SCHEDULER
def nightly_report(corpus, out, facts, date, as_of, store, config, excel, fail_on, quiet, knowledge_dir,
                   jobs, scheduler) -> None:
    """Write the nightly report: OUT/<date>/ with index.html, discrepancies.csv,
    discrepancies.json and summary.md, and point OUT/latest at it.

    Each discrepancy is new, open, resolved (since the previous report in OUT)
    or acknowledged (listed under [acknowledged] in consistency.toml with a
    reason). Unchanged documents are not parsed again. The config's enable,
    disable, tolerance, ignore, facts and knowledge apply here too.
    """
    from .knowledge.facts import FactsError
    from .nightly import run_nightly
    from .workers import WorkersError

    settings = _settings(config, facts=facts, knowledge=knowledge_dir, jobs=jobs, scheduler=scheduler)
    kb = _knowledge(settings.knowledge)
    try:
        with _progress(enabled=not quiet) as tick:
            result = run_nightly(list(corpus), out, date=date or as_of, as_of=as_of, store=store,
                                 config=settings, excel=excel, progress=tick, knowledge=kb)
    except (FactsError, WorkersError) as e:
        raise InputError(str(e)) from None
    _problems(result.report.problems)
    click.echo(result.summary_line())
    if not quiet:
        click.echo(f"open {result.folder / 'index.html'}")
    _exit(bool(result.report.problems), result.unacknowledged_worst(), fail_on)


@contextlib.contextmanager
def _progress(enabled: bool):
    """A progress bar on standard error while documents are parsed, when a person is watching it."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("parsing", total=None)

        def tick(doc) -> None:
            bar.update(task, advance=1, description=f"parsing {doc.id[:40]}")

        yield tick


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
