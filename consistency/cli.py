"""The command line: thin commands over the library.

Each command parses its options, calls one library function, picks a
writer, and turns library errors into clear messages with exit code 2.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from .model import ExitCode, Severity

FORMATS = ("table", "csv", "json", "md", "html")
FAIL_ON = ("error", "warning", "info", "never")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


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
        raise click.ClickException(f"cannot write {output}: {e.strerror or e}") from None


def _load_knowledge(folder: str | None) -> None:
    if folder is None:
        return
    from . import knowledge

    try:
        knowledge.load_user_knowledge(folder)
    except (OSError, ValueError) as e:
        raise click.ClickException(f"cannot use knowledge folder {folder}: {e}") from None


def _problems(problems) -> None:
    for p in problems:
        click.echo(f"consistency: {p}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="consistency")
def main() -> None:
    """Find where news sources disagree on figures, dates, names and quotes.

    \b
    Start with:  consistency check sources/ --draft draft.md
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--facts", type=click.Path(dir_okay=False), help="CSV of trusted reference facts (subject,attribute,value,unit,low,high,as_of,source,note).")
@click.option("--draft", type=click.Path(dir_okay=False), help="Report only the discrepancies that involve this document.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True, help="Exit 1 when a discrepancy at or above this severity is found.")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date for every document (overrides metadata).")
@click.option("--excel", is_flag=True, help="CSV only: add a UTF-8 byte-order mark so Excel reads accents right.")
@click.option("--knowledge", "knowledge_dir", type=click.Path(file_okay=False, exists=True), help="Folder of your own knowledge CSVs (office_holders.csv, aliases.csv, ...) added to the built-in ones.")
def check(paths, facts, draft, fmt, output, fail_on, published, excel, knowledge_dir) -> None:
    """Check documents about one story against each other.

    PATHS are files (.txt .md .html .docx .json .jsonl) or folders, scanned
    recursively; `-` reads standard input. Exit code 0: nothing at or above
    --fail-on; 1: discrepancies found; 2: an input could not be read or the
    command was misused.

    \b
    Example:
      consistency check seeds/ --facts seeds/reference_facts.csv
      consistency check sources/ --draft draft.md --format md -o check.md
    """
    from .engine import check as run_check
    from .facts import FactsError
    from .report import write

    _load_knowledge(knowledge_dir)
    try:
        report = run_check(list(paths), facts=facts, published=published, draft=draft)
    except FactsError as e:
        raise click.ClickException(str(e)) from None
    color = output in (None, "-") and sys.stdout.isatty()
    _emit(write(report, fmt, excel=excel, color=color), output)
    _problems(report.problems)
    if report.problems:
        sys.exit(ExitCode.input_error)
    worst = report.worst()
    if fail_on != "never" and worst is not None and worst >= Severity[fail_on]:
        sys.exit(ExitCode.discrepancies)
    sys.exit(ExitCode.clean)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("table", "json", "jsonl", "csv")), default="table", show_default=True)
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date for every document (overrides metadata).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of standard output.")
def mentions(paths, fmt, published, output) -> None:
    """List the figures, dates, names and quotes read from each document.

    \b
    Example:
      consistency mentions seeds/ --format csv -o mentions.csv
    """
    from .documents import load
    from .mentions_table import mention_rows, render_mentions

    documents, problems = load(list(paths), published=published)
    rows = mention_rows(documents)
    _emit(render_mentions(rows, fmt), output)
    _problems(problems)
    sys.exit(ExitCode.input_error if problems else ExitCode.clean)


@main.command()
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
def rules(fmt) -> None:
    """List the discrepancy rules: kind, severity, what it means and an example.

    \b
    Example:
      consistency rules
    """
    from .rules import RULES

    if fmt == "json":
        click.echo(json.dumps([{"kind": r.kind, "severity": r.severity.name, "doc": r.doc, "example": r.example} for r in RULES.values()], indent=2))
        return
    for r in RULES.values():
        click.echo(f"{r.kind} ({r.severity.name})")
        for line in r.doc.splitlines():
            click.echo(f"    {line.strip()}")
        click.echo(f"    example: {r.example}\n")


@main.command("report")
@click.argument("corpus", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Folder of dated reports (reports/).")
@click.option("--facts", type=click.Path(dir_okay=False), help="CSV of trusted reference facts.")
@click.option("--date", "date", callback=_date, metavar="YYYY-MM-DD", help="The report's date (default: today).")
@click.option("--store", type=click.Path(dir_okay=False), help="SQLite store of parsed documents (default: OUT/.store.sqlite).")
@click.option("--config", type=click.Path(dir_okay=False, exists=True), help="consistency.toml (default: found from the current folder upwards).")
@click.option("--excel", is_flag=True, help="Add a UTF-8 byte-order mark to the CSV for Excel.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", show_default=True, help="Exit 1 when an unacknowledged discrepancy at or above this severity is found.")
@click.option("--quiet", is_flag=True, help="Print one summary line (for cron).")
@click.option("--knowledge", "knowledge_dir", type=click.Path(file_okay=False, exists=True), help="Folder of your own knowledge CSVs.")
def nightly_report(corpus, out, facts, date, store, config, excel, fail_on, quiet, knowledge_dir) -> None:
    """Write the nightly report: OUT/<date>/ with index.html, discrepancies.csv,
    discrepancies.json and summary.md, and point OUT/latest at it.

    Each discrepancy is new, open, resolved (since the previous report in OUT)
    or acknowledged (listed under [acknowledged] in consistency.toml with a
    reason). Unchanged documents are not parsed again.

    \b
    Example (crontab, 05:30 every day):
      30 5 * * *  cd /newsroom && consistency report corpus/ --out reports/ --quiet
    """
    from .facts import FactsError
    from .nightly import ConfigError, run_nightly

    _load_knowledge(knowledge_dir)
    progress_bar = None
    tick = None
    if not quiet and sys.stderr.isatty():
        from rich.progress import Progress

        progress_bar = Progress(transient=True, console=_stderr_console())
        task = progress_bar.add_task("parsing", total=None)

        def tick(doc):
            progress_bar.update(task, advance=1, description=f"parsing {doc.id[:40]}")

        progress_bar.start()
    try:
        result = run_nightly(list(corpus), out, facts=facts, date=date, store=store,
                             config=Path(config) if config else None, excel=excel, progress=tick)
    except (FactsError, ConfigError) as e:
        raise click.ClickException(str(e)) from None
    finally:
        if progress_bar is not None:
            progress_bar.stop()
    _problems(result.report.problems)
    click.echo(result.summary_line())
    if not quiet:
        click.echo(f"open {result.folder / 'index.html'}")
    if result.report.problems:
        sys.exit(ExitCode.input_error)
    worst = result.unacknowledged_worst()
    if fail_on != "never" and worst is not None and worst >= Severity[fail_on]:
        sys.exit(ExitCode.discrepancies)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
