"""The desk's trusted reference facts: a CSV read as the claims of one trusted document.

Columns: subject,attribute,value,unit,low,high,as_of,source,note. The
document's id is the file name without extension. Each row becomes one
Claim whose sentence is the row written out, so a discrepancy against it
reads like any other and names its source.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from pathlib import Path

from ..align.frames import measure_in
from ..files import NotReadable, read_regular_file
from ..model import Claim, Document, Frame, Mention, Problem, Sentence
from ..terms import content_terms
from . import KnowledgeBase, builtin

__all__ = ["FactsError", "load_facts", "read_facts", "COLUMNS"]

COLUMNS = ("subject", "attribute", "value", "unit", "low", "high", "as_of", "source", "note")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class FactsError(ValueError):
    """A reference-facts file that cannot be used, with the file, line and reason."""


# Digits with optional thousands separators in threes ("1,234,567.8"); "1,2,3" is no number.
_DECIMAL = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|[+-]?\.\d+")


def _number(raw: str, path: str, line: int, column: str) -> float | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    if not _DECIMAL.fullmatch(raw):
        raise FactsError(f"{path}, line {line}: column {column} is not a number: {_clip(raw)!r}")
    value = float(raw.replace(",", ""))
    if not math.isfinite(value):
        raise FactsError(f"{path}, line {line}: column {column} is too large a number: {_clip(raw)!r}")
    return value


def _clip(raw: str, limit: int = 40) -> str:
    return raw if len(raw) <= limit else raw[:limit] + "…"


def _as_of(raw: str, path: str, line: int) -> tuple[dt.date, dt.date] | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        if re.fullmatch(r"\d{4}", raw):
            return dt.date(int(raw), 1, 1), dt.date(int(raw), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", raw):
            y, m = map(int, raw.split("-"))
            end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return dt.date(y, m, 1), end
        day = dt.date.fromisoformat(raw)
        return day, day
    except ValueError:
        raise FactsError(f"{path}, line {line}: as_of must be YYYY, YYYY-MM or YYYY-MM-DD, not {raw!r}") from None


def _kind_of(unit: str | None) -> str:
    if not unit:
        return "number"
    if unit in ("%", "percent"):
        return "percent"
    if unit == "pp":
        return "percent"
    if _CURRENCY.match(unit):
        return "money"
    return "quantity"


def _interval(value: float, low: float | None, high: float | None, raw_value: str) -> tuple[float, float]:
    """Explicit bounds win; else the figure's own rounding, as for text."""
    if low is not None or high is not None:
        return (low if low is not None else -math.inf, high if high is not None else math.inf)
    digits = raw_value.strip().replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    half = 0.5 * 10 ** (-decimals)
    return value - half, value + half


def load_facts(path: str | Path, knowledge: KnowledgeBase | None = None) -> tuple[Document, list[Claim]]:
    """Read a reference-facts CSV into a trusted document and its claims; FactsError at the first problem.

    A subject is named by its canonical name in `knowledge` (default: the built-in knowledge base).
    """
    doc, claims, problems = read_facts(path, knowledge)
    if problems:
        raise FactsError(str(problems[0]))
    assert doc is not None
    return doc, claims


def read_facts(
    path: str | Path, knowledge: KnowledgeBase | None = None
) -> tuple[Document | None, list[Claim], list[Problem]]:
    """A reference-facts CSV as a trusted document and its claims, and the problems found.

    A row that cannot be used (a value that is no finite number, low above
    high, a field too long, a bad date) is left out and reported; the other
    rows are still read. The document is None when the file cannot be read.
    """
    path = Path(path)
    kb = knowledge if knowledge is not None else builtin()
    try:
        raw = read_regular_file(path).decode("utf-8-sig")
    except FileNotFoundError:
        return None, [], [Problem(str(path), "no such file")]
    except (OSError, NotReadable, UnicodeDecodeError) as e:
        return None, [], [Problem(str(path), f"cannot read: {getattr(e, 'strerror', None) or e}")]
    reader = csv.DictReader(io.StringIO(raw))
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as e:
        return None, [], [Problem(str(path), f"line 1: not a readable CSV header: {e}")]
    missing = [c for c in ("subject", "attribute", "value") if c not in fieldnames]
    if missing:
        return None, [], [Problem(str(path), f"missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}")]
    problems: list[Problem] = []
    lines: list[str] = []
    rows = []
    offset = 0
    for n, row in _rows(reader, path, problems):
        try:
            fact = _fact(row, str(path), n)
        except FactsError as e:
            problems.append(Problem(str(path), str(e).removeprefix(f"{path}, ")))
            continue
        line = fact[0]
        lines.append(line)
        rows.append((offset, *fact, row))
        offset += len(line) + 1
    text = "\n".join(lines)
    doc = Document(id=path.stem, path=str(path), text=text, title=f"Reference facts ({path.name})", kind="facts")
    claims = []
    for offset, line, shown, subject, attribute, value, unit, low, high, when, row in rows:
        lo, hi = _interval(value, low, high, row["value"])
        start = offset + line.index(" = ") + 3
        mention = Mention(
            kind=_kind_of(unit), text=shown, start=start, end=start + len(shown),
            value=value, low=lo, high=hi, unit=unit,
        )
        canonical = kb.canonical_name(subject) or subject
        claims.append(
            Claim(
                doc=doc.id,
                mention=mention,
                sentence=Sentence(offset, offset + len(line), line),
                subject=(canonical,),
                attribute=tuple(dict.fromkeys(content_terms(attribute))),
                context=tuple(dict.fromkeys(content_terms(attribute))),
                time=when,
                published=when[1] if when else None,
                frame=Frame(measure=measure_in(attribute)),
            )
        )
    return doc, claims, problems


def _rows(reader: csv.DictReader, path: Path, problems: list[Problem]):
    """(line number, row) of each row `reader` can read; an unreadable row is reported, and reading goes on."""
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            problems.append(Problem(str(path), f"line {first_line}: {e}; row left out"))
            continue
        yield reader.line_num, row


def _fact(row: dict[str, str], path: str, n: int):
    """The parts of one row: its line of text, the shown value, subject, attribute, value, unit, bounds, date."""
    value = _number(row.get("value", ""), path, n, "value")
    if value is None:
        raise FactsError(f"{path}, line {n}: value is empty")
    unit = (row.get("unit") or "").strip() or None
    if unit == "percent":
        unit = "%"
    low = _number(row.get("low", ""), path, n, "low")
    high = _number(row.get("high", ""), path, n, "high")
    if low is not None and high is not None and low > high:
        raise FactsError(f"{path}, line {n}: low {low:g} is above high {high:g}")
    when = _as_of(row.get("as_of", ""), path, n)
    subject = (row.get("subject") or "").strip()
    attribute = (row.get("attribute") or "").strip()
    source = (row.get("source") or "").strip()
    shown = f"{row['value'].strip()}{unit if unit == '%' else (' ' + unit if unit else '')}"
    line = f"{subject}: {attribute} = {shown} ({(row.get('as_of') or '').strip() or 'undated'}; {source})"
    return line, shown, subject, attribute, value, unit, low, high, when
