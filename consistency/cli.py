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
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

import click

from .files import write_atomically
from .model import DATE_ORDERS, ExitCode, Severity, input_failed
from .printable import printable

FORMATS = ("table", "concise", "csv", "json", "md", "html", "github")
FAIL_ON = ("error", "warning", "info", "never")
# The format an output file's extension asks for (.txt: the one-line-per-finding lines).
FORMAT_OF_EXTENSION = {".csv": "csv", ".json": "json", ".md": "md", ".html": "html", ".htm": "html", ".txt": "concise"}
# Narrower than this, the table's quotes wrap to a few words a line: the terminal gets the concise lines.
TABLE_MIN_WIDTH = 100
DATE_ORDER_HELP = ("How all-number dates are written: 04/03/2025 is April 3 under MDY, March 4 under DMY; "
                   "YMD reads 25/04/03 as 3 April 2025. A document's front matter date_order wins.  "
                   "[default: date_order in consistency.toml, else MDY]")


def _date_order_option(command):
    return click.option("--date-order", "date_order", type=click.Choice(DATE_ORDERS, case_sensitive=False),
                        help=DATE_ORDER_HELP)(command)
JOBS_HELP = "Read and parse documents in N worker processes; 1 runs everything in one process."
JOBS_DEFAULT = "every core, for corpora large enough to gain"
JOBS = click.option("--jobs", type=click.IntRange(min=1), metavar="N",
                    help=f"{JOBS_HELP}  [default: jobs in consistency.toml, else {JOBS_DEFAULT}]")
SCHEDULER = click.option("--scheduler", metavar="ADDRESS",
                         help="Read and parse documents on the Dask cluster of this scheduler (tcp://host:8786); "
                              "needs pip install 'consistency[dask]'.  [default: scheduler in consistency.toml]")


class InputError(click.ClickException):
    """A library error at the edge: the message on stderr, exit code 2 (escape sequences from names shown escaped)."""

    exit_code = ExitCode.input_error

    def __init__(self, message: str) -> None:
        super().__init__("\n".join(printable(line) for line in message.split("\n")))


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


def _emit(text: str | bytes | Iterable[str], output: str | None) -> None:
    """Print `text` (whole, or in pieces), or write it to `output` whole: a temporary file renamed over it,
    so a failed run never leaves a half-written file or destroys the previous one."""
    if not isinstance(text, (str, bytes)):
        pieces = text
        if output in (None, "-"):
            text = "".join(pieces)
        else:  # pieces go to the file one by one: an archive's report is never held whole as text
            text = (p.encode("utf-8", "replace") for p in pieces)
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    data = text.encode("utf-8", "replace") if isinstance(text, str) else text  # never lose a report over one character
    try:
        write_atomically(Path(output), data)
    except OSError as e:
        raise InputError(f"cannot write {printable(output)}: {e.strerror or e}") from None


def _rendered(report, fmt: str, options: dict):
    """The report in format `fmt`; JSON and CSV in pieces (see `_emit`)."""
    from .report import json_pieces, write
    from .report.writers import csv_pieces

    if fmt == "json":
        return json_pieces(report.fields())
    if fmt == "csv":
        return csv_pieces(report, **options)
    return write(report, fmt, **options)


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
        click.echo(f"consistency: {p}", err=True)  # a Problem prints as one line, escapes escaped


def _every_core_unless_told(settings):
    """The settings with every core for the per-document stages when neither --jobs nor the config says."""
    from .workers import EVERY_CORE

    return settings if settings.jobs is not None else settings.override(jobs=EVERY_CORE)


def _terminal_width() -> int:
    """The terminal's width (COLUMNS when set), else the table's own."""
    from .report.writers import TABLE_WIDTH

    return shutil.get_terminal_size((TABLE_WIDTH, 24)).columns


def _output_format(fmt: str | None, output: str | None, width: int) -> str:
    """The format asked for; else the output file's extension's; else the table on a wide terminal, concise lines elsewhere."""
    if fmt is not None:
        return fmt
    if output not in (None, "-"):
        suffix = Path(output).suffix.lower()
        if suffix not in FORMAT_OF_EXTENSION:
            raise click.UsageError(
                f"cannot tell the format of {output} from its extension {suffix or '(none)'}: give --format, "
                f"or name the file {', '.join(sorted(set(FORMAT_OF_EXTENSION)))}"
            )
        return FORMAT_OF_EXTENSION[suffix]
    return "table" if sys.stdout.isatty() and width >= TABLE_MIN_WIDTH else "concise"


def _survey_inputs(paths, facts) -> int:
    """Say once, on standard error, which files the folders hold that the check cannot read; the files it will read."""
    from collections import Counter

    from .documents import collect

    inputs = collect([p for p in paths if p != "-"])
    facts_file = Path(facts).resolve() if facts else None
    skipped = [f for f in inputs.skipped if Path(f).resolve() != facts_file]
    if skipped:
        from .report import counted

        kinds = Counter(Path(f).suffix.lower() or "(no extension)" for f in skipped)
        listed = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), key=lambda k: (-k[1], k[0])))
        click.echo(f"consistency: skipped {counted(len(skipped), 'file')} of a kind it cannot read ({listed})", err=True)
    return len(inputs.files) + sum(p == "-" for p in paths)


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


BOM_HELP = ("CSV: start with a UTF-8 byte-order mark, so Excel reads accents and curly quotes right "
            "(the default; --excel asks for it too); --no-bom for a pipeline that does not expect one.")

CHECK_EXAMPLES = """\b
Examples:
  consistency check seeds/ --facts seeds/reference_facts.csv
  consistency check sources/ --draft draft.md --show-agreements
  cms-export story-123 | consistency check sources/ --draft - --draft-name story-123
  consistency check sources/ -o findings.csv
  consistency check corpus/ --changed-since origin/main --format github
  consistency check corpus/ --as-of 2025-02-24 --format json -o then.json
  consistency check day-first-wires/ --date-order DMY
  consistency check archive.parquet --jobs 4 --format csv -o archive.csv"""


@main.command(short_help="Find where reports of one story disagree.", epilog=CHECK_EXAMPLES)
@click.argument("paths", nargs=-1, required=True)
@click.option("--facts", type=click.Path(dir_okay=False), help="CSV of trusted reference facts (subject,attribute,value,unit,low,high,as_of,source,note).")
@click.option("--draft", type=click.Path(dir_okay=False, allow_dash=True), help="Report only the discrepancies that involve this document (- reads it from standard input).")
@click.option("--draft-name", "draft_name", default="draft", show_default=True, metavar="NAME", help="The id of a draft read from standard input.")
@click.option("--changed-since", "changed_since", metavar="REF", help="Report only the discrepancies that involve the documents under PATHS changed in git since REF (and untracked ones); all of PATHS are the sources.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format (concise: path:line:col: severity kind [id] summary, one line each; github: workflow annotations).  [default: from -o's extension (.csv .json .md .html; .txt: concise); else table on a terminal at least 100 columns wide, concise elsewhere]")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Exit 1 when a discrepancy at or above this severity is found.  [default: fail_on in consistency.toml, else error]")
@click.option("--show-agreements", is_flag=True, help="List the corroborated claims too: the figure and the sources that agree.")
@click.option("--as-of", "as_of", callback=_date, metavar="YYYY-MM-DD", help="The corpus as it stood on that date: documents published later are left out.")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date for every document (overrides metadata).")
@click.option("--enable", multiple=True, metavar="KIND", callback=_kinds, help="Run only this kind of rule (repeatable; see consistency rules).")
@click.option("--disable", multiple=True, metavar="KIND", callback=_kinds, help="Do not run this kind of rule (repeatable).")
@click.option("--tolerance", type=click.FloatRange(0, 1, max_open=True), metavar="FRACTION", help="Widen every figure interval by this fraction before comparing (0.02 = 2%).  [default: tolerance in consistency.toml, else 0]")
@click.option("--config", type=click.Path(dir_okay=False, exists=True), help="consistency.toml or pyproject.toml (default: found from the current folder upwards).")
@click.option("--excel/--no-bom", "bom", default=True, help=BOM_HELP)
@click.option("--knowledge", "knowledge_dir", type=click.Path(file_okay=False, exists=True), help="Folder of your own knowledge CSVs (office_holders.csv, aliases.csv, ...) added to the built-in ones.")
@click.option("--strict-suppressions", "strict_suppressions", is_flag=True, help="Exit 1 when an inline directive suppresses nothing or an acknowledged id matches no discrepancy (a warning otherwise).")
@_date_order_option
@JOBS
@SCHEDULER
def check(paths, facts, draft, draft_name, changed_since, fmt, output, fail_on, show_agreements, as_of, published,
          enable, disable, tolerance, config, bom, knowledge_dir, strict_suppressions, date_order, jobs, scheduler) -> None:
    """Check documents about one story against each other.

    PATHS are files (.txt .md .html .docx; tables .json .jsonl .parquet) or folders, scanned
    recursively; `-` reads standard input. Exit code 0: nothing at or above
    --fail-on; 1: discrepancies found; 2: an input could not be read or the
    command was misused. Every run saves its report as
    .consistency/last.json for `consistency explain`.

    Settings come from consistency.toml (or [tool.consistency] in
    pyproject.toml); options given here override them. These discrepancies
    are listed as suppressed, not counted:

    \b
      in a passage between <!-- consistency off --> and <!-- consistency on -->
      in the sentence after <!-- consistency ignore KIND[,KIND] -->
      the same in a .txt draft: # consistency: off / on / ignore KIND
      matched by an [[ignore]] of the config, or acknowledged there by id
    """
    from .engine import check as run_check
    from .report import Report, write
    from .report.explain import save_last
    from .workers import WorkersError

    settings = _settings(config, fail_on=fail_on, enable=enable, disable=disable, tolerance=tolerance,
                         facts=facts, knowledge=knowledge_dir, published=published, as_of=as_of,
                         agreements=show_agreements, date_order=date_order, jobs=jobs, scheduler=scheduler)
    settings = _every_core_unless_told(settings)
    to_stdout = output in (None, "-")
    width = _terminal_width() if to_stdout else None
    fmt = _output_format(fmt, output, width or 0)
    kb = _knowledge(settings.knowledge)
    color = to_stdout and sys.stdout.isatty()
    options = {"excel": bom, "color": color, "width": width}
    focus = _changed(paths, changed_since) if changed_since else None
    if focus == []:
        click.echo(printable(f"consistency: no documents under {' '.join(paths)} changed since {changed_since}"), err=True)
        _emit(write(Report(documents=[], discrepancies=[]), fmt, **options), output)
        sys.exit(ExitCode.clean)
    total = _survey_inputs(paths, settings.facts) + (draft is not None)
    try:
        with _progress(enabled=True, total=total) as tick:  # a bad facts row, like a bad file, is reported after
            report = run_check(list(paths), settings=settings, knowledge=kb, draft=draft, draft_name=draft_name,
                               focus=focus, progress=tick)
    except WorkersError as e:
        raise InputError(str(e)) from None
    _emit(_rendered(report, fmt, options), output)
    save_last(report)
    _problems(report.problems)
    if strict_suppressions and report.unused and not input_failed(report.problems):
        from .report import counted

        click.echo(f"consistency: {counted(len(report.unused), 'unused suppression')} with --strict-suppressions", err=True)
        sys.exit(ExitCode.discrepancies)
    _exit(input_failed(report.problems), report.worst(), settings.fail_on or "error")


def _changed(paths, ref: str) -> list[str]:
    from .changed import GitError, changed_documents

    try:
        return changed_documents(list(paths), ref)
    except GitError as e:
        raise InputError(str(e)) from None


@main.command(short_help="List what was read from each document.", epilog="\b\nExamples:\n  consistency mentions seeds/ --format csv -o mentions.csv\n"
                     "  consistency mentions wire.txt --date-order DMY")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("table", "json", "jsonl", "csv")), default="table", show_default=True)
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date for every document (overrides metadata).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of standard output.")
@click.option("--config", type=click.Path(dir_okay=False, exists=True), help="consistency.toml (default: found from the current folder upwards); only its date_order applies.")
@_date_order_option
@click.option("--jobs", type=click.IntRange(min=1), metavar="N", help=f"{JOBS_HELP}  [default: {JOBS_DEFAULT}]")
def mentions(paths, fmt, published, output, config, date_order, jobs) -> None:
    """List the figures, dates, names and quotes read from each document."""
    from .documents import load
    from .knowledge import builtin
    from .mentions_table import mention_rows, render_mentions
    from .workers import EVERY_CORE, WorkersError, workers

    settings = _settings(config, date_order=date_order)
    try:
        with workers(jobs if jobs is not None else EVERY_CORE, None, builtin()) as run:
            documents, problems = load(list(paths), published=published, run=run)
            rows = mention_rows(documents, problems, settings.date_order, run)
    except WorkersError as e:
        raise InputError(str(e)) from None
    _emit(render_mentions(rows, fmt), output)
    _problems(problems)
    sys.exit(ExitCode.input_error if input_failed(problems) else ExitCode.clean)


@main.command(short_help="List the rules, with examples.", epilog="\b\nExamples:\n  consistency rules\n  consistency rules --format json")
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


@main.command(short_help="Show one discrepancy in full.", epilog="\b\nExamples:\n  consistency check sources/ --draft draft.md\n  consistency explain 3f2a9c1b\n"
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
    try:
        shown = "\n".join(render(data, d, path, width=width, color=color) for d in found)
    except (TypeError, AttributeError, ValueError, KeyError) as e:  # a hand-edited report the schema check let by
        raise InputError(f"{path}: not a readable consistency report ({type(e).__name__}: {e})") from None
    click.echo(shown, nl=False)


REPORT_EXAMPLES = """\b
Examples:
  consistency report corpus/ --out reports/
  consistency report corpus/ --out reports/ --as-of 2025-02-24
  consistency report archive.parquet --out reports/ --scheduler tcp://10.0.0.5:8786
  (crontab, 05:30 every day)
  30 5 * * *  cd /newsroom && consistency report corpus/ --out reports/ --quiet"""


@main.command("report", short_help="Write the nightly report (HTML, CSV, JSON).", epilog=REPORT_EXAMPLES)
@click.argument("corpus", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Folder of dated reports (reports/).")
@click.option("--facts", type=click.Path(dir_okay=False), help="CSV of trusted reference facts.")
@click.option("--date", "date", callback=_date, metavar="YYYY-MM-DD", help="The report's date (default: --as-of, else today).")
@click.option("--as-of", "as_of", callback=_date, metavar="YYYY-MM-DD", help="The corpus as it stood on that date: documents published later are left out.")
@click.option("--store", type=click.Path(dir_okay=False), help="SQLite store of parsed documents (default: OUT/.store.sqlite).")
@click.option("--config", type=click.Path(dir_okay=False, exists=True), help="consistency.toml (default: found from the current folder upwards).")
@click.option("--excel/--no-bom", "bom", default=True, help=BOM_HELP)
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", show_default=True, help="Exit 1 when an unacknowledged discrepancy at or above this severity is found.")
@click.option("--quiet", is_flag=True, help="Print one summary line (for cron).")
@click.option("--knowledge", "knowledge_dir", type=click.Path(file_okay=False, exists=True), help="Folder of your own knowledge CSVs.")
@click.option("--allow-shrink", is_flag=True, help="Publish even when the corpus is empty or lost more than max_shrink (config; default 20%) of the previous report's documents.")
@_date_order_option
@JOBS
@SCHEDULER
def nightly_report(corpus, out, facts, date, as_of, store, config, bom, fail_on, quiet, knowledge_dir, allow_shrink,
                   date_order, jobs, scheduler) -> None:
    """Write the nightly report: OUT/<date>/ with index.html, discrepancies.csv,
    discrepancies.json and summary.md, and point OUT/latest at it.

    Each discrepancy is new, open, resolved (since the previous report in OUT)
    or acknowledged (listed under [acknowledged] in consistency.toml with a
    reason). Unchanged documents are not parsed again. The config's enable,
    disable, tolerance, ignore, facts, knowledge and date_order apply here too.
    """
    from .nightly import PublishError, run_nightly
    from .workers import WorkersError

    settings = _every_core_unless_told(_settings(config, facts=facts, knowledge=knowledge_dir, date_order=date_order,
                                                 jobs=jobs, scheduler=scheduler))
    kb = _knowledge(settings.knowledge)
    try:
        with _progress(enabled=not quiet, total=None if quiet else _survey_inputs(corpus, settings.facts)) as tick:
            result = run_nightly(list(corpus), out, date=date or as_of, as_of=as_of, store=store,
                                 config=settings, excel=bom, progress=tick, knowledge=kb, allow_shrink=allow_shrink)
    except (PublishError, WorkersError) as e:
        raise InputError(str(e)) from None
    for warning in result.warnings:
        click.echo(printable(f"consistency: warning: {warning}"), err=True)
    _problems(result.report.problems)
    click.echo(result.summary_line())
    if not quiet:
        click.echo(f"open {result.folder / 'index.html'}")
    _exit(input_failed(result.report.problems), result.unacknowledged_worst(), fail_on)


@contextlib.contextmanager
def _progress(enabled: bool, total: int | None = None, console=None):
    """A progress bar on standard error while documents are parsed, when a person is watching it:
    documents done of `total`, the rate and the time left.

    A JSON file may hold more documents than it counts for in `total`: the total grows to the count.
    """
    console = console or _stderr_console()
    if not enabled or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True, console=console) as bar:
        task = bar.add_task("parsing", total=total or None, rate="")

        def tick(doc) -> None:
            t = bar.tasks[task]
            done = t.completed + 1
            speed = t.speed
            bar.update(task, advance=1, total=max(done, t.total or 0) if t.total else None,
                       rate=f"{speed:.1f}/s" if speed else "")

        yield tick


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
