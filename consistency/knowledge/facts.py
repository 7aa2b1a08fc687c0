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
from ..model import Claim, Document, Frame, Mention, Sentence
from ..terms import content_terms
from . import KnowledgeBase, builtin

__all__ = ["FactsError", "load_facts", "COLUMNS"]

COLUMNS = ("subject", "attribute", "value", "unit", "low", "high", "as_of", "source", "note")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class FactsError(ValueError):
    """A reference-facts file that cannot be used, with the file, line and reason."""


def _number(raw: str, path: str, line: int, column: str) -> float | None:
    raw = (raw or "").strip().replace(",", "")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise FactsError(f"{path}, line {line}: column {column} is not a number: {raw!r}") from None


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
    """Read a reference-facts CSV into a trusted document and its claims.

    A subject is named by its canonical name in `knowledge` (default: the built-in knowledge base).
    """
    path = Path(path)
    kb = knowledge if knowledge is not None else builtin()
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FactsError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise FactsError(f"{path}: cannot read: {e}") from None
    reader = csv.DictReader(io.StringIO(raw))
    missing = [c for c in ("subject", "attribute", "value") if c not in (reader.fieldnames or [])]
    if missing:
        raise FactsError(f"{path}: missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}")
    lines: list[str] = []
    rows = []
    offset = 0
    for n, row in enumerate(reader, start=2):
        value = _number(row.get("value", ""), str(path), n, "value")
        if value is None:
            raise FactsError(f"{path}, line {n}: value is empty")
        unit = (row.get("unit") or "").strip() or None
        if unit == "percent":
            unit = "%"
        low = _number(row.get("low", ""), str(path), n, "low")
        high = _number(row.get("high", ""), str(path), n, "high")
        when = _as_of(row.get("as_of", ""), str(path), n)
        subject = (row.get("subject") or "").strip()
        attribute = (row.get("attribute") or "").strip()
        source = (row.get("source") or "").strip()
        shown = f"{row['value'].strip()}{unit if unit == '%' else (' ' + unit if unit else '')}"
        line = f"{subject}: {attribute} = {shown} ({row.get('as_of', '').strip() or 'undated'}; {source})"
        lines.append(line)
        rows.append((offset, line, shown, subject, attribute, value, unit, low, high, when, row))
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
    return doc, claims
