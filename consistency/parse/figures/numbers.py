"""Figures: money, percentages, counts and measures, each with an interval.

``find(text)`` reads every figure in a text and returns it as a
:class:`~consistency.model.Mention` of kind ``money`` (``unit`` an ISO 4217
code, or None when the currency name is ambiguous, such as "francs"),
``percent`` (``%``, ``pp`` for percentage points, ``bp`` for basis points),
``quantity`` (a count or measure with a unit: ``km2``, ``tonne``,
``person`` ...) or ``number`` (a plain number, ``unit`` None; fractions such
as "two thirds" are numbers between 0 and 1).

Intervals are half-open, ``[low, high)``:

- a bare figure spans its last significant digit: "85%" is [84.5, 85.5),
  "$15bn" [14.5e9, 15.5e9), "156,000" [155,500, 156,500) (trailing zeros
  that fill whole groups of three are not significant, other digits are);
- a fraction ("a third", "one and a half", "1/5") is ±5% of its value
  (:data:`FRACTION_TOLERANCE`);
- a hedge widens it, by the rules of ``data/hedges.csv``: about/around ±10%
  (never narrower than the rounding), nearly/almost [v − 10%, v], more
  than/over (v, ∞) stored as low = v, high = inf, at least [v, ∞), up to
  [0, v], less than [0, v). The hedge phrase goes to ``hedge``; the
  mention's text is the figure alone;
- a range ("between 10 and 20", "10-20%", "10 to 20 million") is one mention
  from its first figure to its last, value the midpoint, low and high the
  outer bounds, ``hedge`` "range".
  The scale or currency may be written once ("1.5-2 million", "$5-10
  million", "£2-3m"); a change and the level it reached, each with its own
  unit ("rose 12p to 345p"), are two figures, not a range; so is a change "from 5 to 7 percent",
  whose first figure takes the unit, currency or scale written once after the second.
- a share ("one in five", "nine out of 10 households") is a number between 0 and 1; its whole may
  be a count, never a time or a measure ("5 in 10 minutes").

A tally of two whole numbers joined by a dash is no range: a vote split
("a 59-41 vote", "passed 218-214", and "by 96 votes to 104") gives its two counts, a score ("won 3-1",
"a 2-0 victory", "a 1-3 defeat") no figure. A tally that does not ascend is
a score unless a word of voting is near (``tally_vote`` in
``data/figure_context.csv``); an ascending one is a range unless a word of
voting or of a match (``tally_score``) stands right beside it.

Not figures: years (a bare 1900-2100), ordinals ("third", "21st"), days of
the month, clock times, numeric dates, ids, file names, URLs, versions, phone
numbers, list and table-row numbers, hashtags, labels ("Article 5"), model
and product names ("F-16", "A320neo", "iPhone 15", "737 MAX 8", and the
number hyphened to one: "Boeing 787-8"), and the word "one" unless a unit or
currency follows ("one of the" is a pronoun).
"""

from __future__ import annotations

import datetime as dt
import math
import re

from ...model import Mention
from .context import (
    FUNCTION_WORDS,
    PERCENT_UNITS,
    SUBUNIT_GAP,
    VOTES_AGAINST,
    VOTES_FOR,
    Figure,
    junk_spans,
    read_figure,
)
from .tokens import iter_runs
from .vocabulary import vocabulary
from .words import read_numerals

__all__ = ["find", "FRACTION_TOLERANCE", "unit_factor"]

FRACTION_TOLERANCE = 0.05

_PAREN_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
_PAREN_CLOSE = re.compile(r"[^\S\n]*\)")
_SHARE = re.compile(r"[^\S\n]+(?:out[^\S\n]+of|over|in)[^\S\n]+")
_RANGE_DASH = re.compile(r"[^\S\n]*(?:[-–—]|to)[^\S\n]*")
_RANGE_AND = re.compile(r"[^\S\n]+and[^\S\n]+")
_RANGE_OR = re.compile(r"[^\S\n]+or[^\S\n]+")  # "two or three people", "3 or 4 thousand"
_ALTERNATIVES_SPREAD = 3  # how far above the first the second of two alternatives may be: "10 or 20", not "2 or 30"
_LEVEL_RATIO = 3  # a change "by X to Y" whose Y is further above X than this is the change and its level
_GROUP_SEPARATOR = re.compile(r"[,\u00a0\u202f\u2009]")
_GROUPED = re.compile(r"\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?![\d.])")  # "4,000", "15,000,000"
# a fraction of a count it names: "half of the 300 seats", "a third of its 1,200 staff", "half the 40 games"
_UNIT_HYPHENED = re.compile(r"[-–][^\S\n]*[^\W\d_]+\Z")  # a count that describes its noun: "seven-year", "300-seat"
_FRACTION_OF = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?(?:the|its|their|his|her|our|these|those)[^\S\n]+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])between[^\S\n]+\Z", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?<![A-Za-z])(?P<word>[A-Za-z]+)[^\S\n]+\Z")  # "by" marks a range of changes: "fell by 3% to 4%"
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])from[^\S\n]+\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_CODE_HYPHEN = re.compile(r"[-–]")
_DIGIT_BEFORE = re.compile(r"\d(?:%|[A-Za-z]{1,3})?\Z")  # a range's first figure ends in digits ("1.5", "5%", "$1.2bn")
_DIGIT_AFTER = re.compile(r"[^\d\s]{0,4}\d")  # its second opens with them ("2 million", "$10")
_TALLY_DASH = re.compile(r"[^\S\n]*[-–—][^\S\n]*")
_TALLY_TO = re.compile(r"[^\S\n]+to[^\S\n]+")
_CHAINED_AFTER = re.compile(r"[-–]\d")
_CHAINED_BEFORE = re.compile(r"\d[-–]\Z")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
_WORD = re.compile(r"[A-Za-z]+")
_SUBUNIT_SHARE = 0.01  # a cent, a penny: the hundredth of the main unit that a subunit amount is read in
_LAST_DIGIT = re.compile(r"\d(?=\D*\Z)")
_TALLY_REACH = 60  # how far before and after a tally its words of voting are looked for
_RATE_REACH = 40  # how far before points the rate they move is named: "cut its key interest rate by a quarter point"
_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)\b")
_LEAD_REACH = 24  # how far before a bracketed amount the word that states it is looked for
_CLAUSE_REACH = 60  # how far before a bracketed amount the name of what it measures is looked for
_BRACKET_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?P<word>[A-Za-z]+)|(?P<colon>[:=]))[^\S\n]*(?P<bracket>\()[^\S\n]*\Z")


def find(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every money, percent, number and quantity mention in `text`, in reading order.

    `published` is accepted for the common parser interface; figures do not
    depend on the date.
    """
    if not text:
        return []
    junk = junk_spans(text)
    figures: list[Figure] = []
    not_figure = -1  # where the last numeral that is no figure ends
    for run in iter_runs(text):
        for numeral in read_numerals(text, run.start(), run.end()):
            if _CODE_HYPHEN.fullmatch(text, not_figure, numeral.start):
                not_figure = numeral.end  # "787-8", "A320-200": the rest of a code
                continue
            figure = read_figure(text, numeral, junk)
            if figure is None:
                not_figure = numeral.end
                continue
            if figures and figure.start < figures[-1].end:
                continue
            figures.append(figure)
    figures = _join_pairs(text, _with_elapsed_times(text, figures))
    _mark_percentage_points(text, figures)
    _mark_accounting_negatives(text, figures)
    return [_mention(text, f) for f in figures if not f.tentative]


# An elapsed time in the form of a clock, with seconds ("2:05:11", "1:59:40") or their fractions ("3:43.13"): a
# race's or a record's time, no time of day (a time of day with seconds has its lead or zone, and is read first).
_ELAPSED = re.compile(
    r"(?<![\w:.,/])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)(?:\.(?P<hf>\d{1,3}))?"
    r"|(?P<m>\d{1,2}):(?P<ms>[0-5]\d)\.(?P<mf>\d{1,3}))(?![\w:]|[.,]\d)"
)
_SECOND = "second"  # the unit of an elapsed time (data/units.csv)


def _with_elapsed_times(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` and the elapsed times no figure overlaps, in reading order: "won in 2:05:11" is 7,511 seconds."""
    if ":" not in text:
        return figures
    found = []
    for m in _ELAPSED.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in figures):
            continue
        hours, minutes, seconds, fraction = (m["h"], m["hm"], m["hs"], m["hf"]) if m["h"] else ("0", m["m"], m["ms"], m["mf"])
        value = int(hours) * 3600 + int(minutes) * 60 + int(seconds) + (float(f"0.{fraction}") if fraction else 0.0)
        step = 10.0 ** -len(fraction) if fraction else 1.0
        found.append(Figure(m.start(), m.end(), value, step, "quantity", _SECOND, digits=True))
    return sorted(figures + found, key=lambda f: f.start) if found else figures


def _join_pairs(text: str, figures: list[Figure]) -> list[Figure]:
    """Join neighbours that are one figure: restatements, shares, a fraction of a count and ranges."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        a = figures[i]
        if i + 1 < len(figures):
            b = figures[i + 1]
            if _votes_to(text, a, b) or _votes_told(text, a, b):
                for count in (a, b):
                    count.kind, count.unit = "quantity", _VOTE
                a.side, b.side = VOTES_FOR, VOTES_AGAINST
                out += [a, b]
                i += 2
                continue
            tally = _tally(text, a, b)
            if tally is not None:
                if tally == "vote":  # "passed 218-214": two counts of votes, as "by 218 votes to 214" is
                    for count in (a, b):
                        count.kind, count.unit = "quantity", _VOTE
                    a.side, b.side = VOTES_FOR, VOTES_AGAINST
                    out += [a, b]
                i += 2
                continue
            joined = _restatement(text, a, b) or _share(text, a, b) or _part_of_count(text, a, b) or _range(text, a, b)
            compound = _compound(text, a, b) if joined is None else None
            if compound is not None:
                figures[i + 1] = compound  # a compound may go on: "2 hours, 5 minutes and 11 seconds"
                i += 1
                continue
            if joined is None:
                _unit_written_once(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_VOTE = "vote"  # the unit of a vote split's counts (data/units.csv)


def _votes_to(text: str, a: Figure, b: Figure) -> bool:
    """``by 96 votes to 104``: the votes for and the votes against, two counts of votes, never a range."""
    return (
        a.kind == "quantity" and a.unit == _VOTE and b.kind == "number" and not b.hedge
        and _TALLY_TO.fullmatch(text, a.end, b.start) is not None
    )


# "212 in favour and 164 against", "212 for and 164 against", "212 votes in favour, 164 against"
_FOR_AND_AGAINST = re.compile(r"[^\S\n]+(?:votes?[^\S\n]+)?(?:in[^\S\n]+favou?r|for),?[^\S\n]+(?:and[^\S\n]+|with[^\S\n]+)?")
_AGAINST = re.compile(r"[^\S\n]+(?:votes?[^\S\n]+)?against\b")
_VOTE_WORDS_REACH = 2  # words between a word of voting and the votes told after it: "voted 212 to 164", "the vote, 212 to 164"


def _votes_told(text: str, a: Figure, b: Figure) -> bool:
    """A vote split told without "votes" after its first count: "voted 212 to 164", "the vote, 212 to 164", "by a
    vote of 212 to 164", "voted nine to three", "carried by a margin of 41 to 12" (a word of voting, or a noun that
    leads a split, just before it), or "with 212 in favour and 164 against". Only the two counts are read as votes:
    the sentence's other figures keep their own words. Both counts are written alike, in digits or in words."""
    if not (
        a.kind == b.kind == "number" and a.digits == b.digits and a.multiplier == b.multiplier == 1
        and not (a.hedge or b.hedge or a.fraction or b.fraction) and a.value.is_integer() and b.value.is_integer()
    ):
        return False
    if _FOR_AND_AGAINST.fullmatch(text, a.end, b.start) and _AGAINST.match(text, b.end):
        return True
    if not _TALLY_TO.fullmatch(text, a.end, b.start):
        return False
    before = _CLAUSE_BREAK.split(text[max(0, a.start - _TALLY_REACH) : a.start])[-1]
    words = [w.lower() for w in _WORD.findall(before)][-_VOTE_WORDS_REACH:]
    return bool(set(words) & (vocabulary().tally_votes | vocabulary().split_leads))


def _tally(text: str, a: Figure, b: Figure) -> str | None:
    """``3-1``: "vote" for a vote split (two counts), "score" for a match score (no figure), None for neither."""
    if not (
        a.kind == b.kind == "number"
        and a.digits
        and b.digits
        and a.multiplier == b.multiplier == 1
        and not (a.fraction or b.fraction or b.hedge)
        and a.value.is_integer()
        and b.value.is_integer()
        and _TALLY_DASH.fullmatch(text, a.end, b.start)
        and not _CHAINED_AFTER.match(text, b.end)
        and not _CHAINED_BEFORE.search(text, max(0, a.start - 2), a.start)
    ):
        return None  # "555-12-34" is a code, not a tally
    vocab = vocabulary()
    before = text[max(0, a.start - _TALLY_REACH) : a.start]
    before = _CLAUSE_BREAK.split(before)[-1]
    after = _CLAUSE_BREAK.split(text[b.end : b.end + _TALLY_REACH], maxsplit=1)[0]
    words_before = [w.lower() for w in _WORD.findall(before)]
    words_after = [w.lower() for w in _WORD.findall(after)]
    if a.value < b.value:  # a range ("10-15") unless the word beside it says otherwise ("a 1-3 defeat")
        previous, following = words_before[-1:], words_after[:1]
        if set(previous + following) & vocab.tally_votes:
            return "vote"
        if set(following) & vocab.tally_scores:
            return "score"
        # "lost 1-3 at home" is a score, "could win 10-15 councils" a range of what is won
        counted = following and following[0] not in FUNCTION_WORDS
        return "score" if set(previous) & vocab.tally_scores and not counted else None
    return "vote" if set(words_before + words_after) & vocab.tally_votes else "score"


def _restatement(text: str, a: Figure, b: Figure) -> Figure | None:
    """A figure restated in brackets, joined into one: in digits (``forty-five (45)``) or converted.

    A conversion into another unit (``72 kilometres (45 miles)``, ``44 miles
    (71 kilometres)``) spans both readings: its interval is the union of the
    two, stated in the metric one's unit (the first's when neither or both
    are metric), so it compares with other reports' metric figures. One into
    another currency (``about $500bn (£396bn)``) stays a figure of its own,
    sharing the first one's hedge: no exchange rate is known to join them,
    and other reports quote either figure alone.
    """
    opened = _PAREN_OPEN.fullmatch(text, a.end, b.start)
    closed = _PAREN_CLOSE.match(text, b.end)
    if not (opened and closed):
        return None
    if a.kind == "money" and b.kind == "money" and a.unit != b.unit and a.rule and not b.rule:
        b.hedge, b.rule, b.amount = a.hedge, a.rule, a.amount
        return None
    ratio = unit_factor(a.unit, b.unit) if a.kind == b.kind == "quantity" else None
    if ratio is not None:
        metric = vocabulary().metric_units
        kept, other = (b, a) if b.unit in metric and a.unit not in metric else (a, b)
        ratio = ratio if kept is a else 1 / ratio
        low, high = _bounds(kept)
        other_low, other_high = _bounds(other)
        kept.low, kept.high = min(low, other_low * ratio), max(high, other_high * ratio)
        kept.start, kept.end = a.start, closed.end()
        kept.hedge = kept.hedge or other.hedge
        return kept
    if a.value != b.value or b.kind not in (a.kind, "number"):
        return None
    a.end = closed.end()
    return a


def unit_factor(unit: str | None, other: str | None) -> float | None:
    """The factor that turns a value in `other` into one in `unit`, when they differ and convert."""
    conversions = vocabulary().conversions
    if unit == other or unit not in conversions or other not in conversions:
        return None
    base, factor = conversions[unit]
    other_base, other_factor = conversions[other]
    return other_factor / factor if base == other_base else None


def _bounds(f: Figure) -> tuple[float, float]:
    if f.low is not None and f.high is not None:
        return f.low, f.high
    return _interval(f.value, f.step, f.rule, f.amount, f.fraction)


def _changed_by(text: str, start: int, through_by: bool = False) -> bool:
    """Whether a verb or adverb of change stands right before `start`: "rose 12p", "down 45 cents"; with
    `through_by`, before "by" too: "climbed by 400"."""
    found = _CHANGE_BEFORE.search(text, max(0, start - 24), start)
    if through_by and found is not None and found["word"].lower() == "by":
        found = _CHANGE_BEFORE.search(text, max(0, found.start() - 24), found.start())
    return found is not None and found["word"].lower() in vocabulary().change_words


def _thousands_written_once(text: str, a: Figure, b: Figure) -> float:
    """The factor of the groups of zeros a range writes once, after its second figure: "3-4,000" is 3,000 to
    4,000 (1,000), as "3-4 thousand" is; 1 when the first figure is written whole ("300-4,000")."""
    first, second = text[a.start : a.end], _GROUPED.match(text, b.start)
    if not (first.isdigit() and a.multiplier == b.multiplier == 1 and second):
        return 1.0
    head, *groups = _GROUP_SEPARATOR.split(second.group())
    if len(head) != len(first) or any(g != "000" for g in groups):
        return 1.0
    return 1000.0 ** len(groups)


def _share(text: str, a: Figure, b: Figure) -> Figure | None:
    """``one out of three``, ``1 over 3``, ``one in five``: a share, as a number between 0 and 1.

    The whole may be a count of what it is a share of (``one in five people``, ``nine out of 10
    households``), never a measure or a stretch of time ("5 in 10 minutes" is a count and a time).
    """
    if a.kind != "number" or a.fraction or b.fraction or b.tentative or not _counts_a_whole(b):
        return None
    if not _SHARE.fullmatch(text, a.end, b.start) or not (0 < a.value <= b.value):
        return None
    return Figure(a.start, b.end, a.value / b.value, None, "number", None, fraction=True, digits=b.digits)


def _part_of_count(text: str, a: Figure, b: Figure) -> Figure | None:
    """``half of the 300 seats``, ``a third of its 1,200 staff``: the part the fraction takes, counted in the
    whole's unit (150 seats, 400 staff), as wide as the fraction is; the hedge of the fraction is the part's."""
    if not (a.fraction and a.kind == "number" and 0 < a.value < 1) or b.fraction or b.value <= 0 or b.hedge:
        return None
    if b.kind not in ("number", "quantity", "money") or not _FRACTION_OF.fullmatch(text, a.end, b.start):
        return None
    if b.unit is not None and _UNIT_HYPHENED.search(text, b.start, b.end):
        return None  # "half of his seven-year sentence" is the time he serves, not a sentence of three and a half years
    return Figure(a.start, b.end, a.value * b.value, None, b.kind, b.unit, b.multiplier, fraction=True,
                  hedge=a.hedge, rule=a.rule, amount=a.amount, digits=b.digits)


_ONE_SCALE = 10  # how far apart two figures' digits may be for the second's scale word to scale the first too


def _unit_written_once(text: str, a: Figure, b: Figure) -> None:
    """``rose from 5 to 7 percent``, ``from 10 to 20 million dollars``: a change whose unit, currency or scale is
    written once, after its second figure; the first takes them ("from 800 to 1.2 million" keeps 800)."""
    if a.kind != "number" or b.kind == "number" and b.multiplier == 1 or a.fraction:
        return
    if not (_TALLY_TO.fullmatch(text, a.end, _lead(text, b)) and _after_from(text, a)):
        return
    if a.multiplier == 1 and b.multiplier > 1:
        digits = b.value / b.multiplier
        if not (digits / _ONE_SCALE <= a.value <= digits * _ONE_SCALE):
            return
        a.value *= b.multiplier
        a.step = a.step * b.multiplier if a.step is not None else None
        a.multiplier = b.multiplier
    elif b.kind == "money" and _in_a_subunit(text, b):  # "from 50 to 75 cents": both in cents
        a.value *= _SUBUNIT_SHARE
        a.step = a.step * _SUBUNIT_SHARE if a.step is not None else None
    a.kind, a.unit, a.tentative = b.kind, b.unit, False


def _lead(text: str, a: Figure) -> int:
    """Where the figure's phrase opens: before its hedge if it has one ("about 300")."""
    if a.hedge:
        hedge = vocabulary().hedge_before_re.search(text, max(0, a.start - 24), a.start)
        if hedge:
            return hedge.start()
    return a.start


def _after_from(text: str, a: Figure) -> bool:
    """Whether "from" opens the figure, before its hedge if it has one: "from 10% to 20%", "from about 300 to 450"."""
    lead = _lead(text, a)
    return _FROM_BEFORE.search(text, max(0, lead - 12), lead) is not None


def _counts_a_whole(f: Figure) -> bool:
    """Whether a figure can be the whole of a share: a plain number, or a count of things that are no measure or time."""
    if f.kind == "number":
        return True
    vocab = vocabulary()
    return f.kind == "quantity" and f.unit not in vocab.conversions and f.unit not in vocab.durations


_COMPOUND_DIGITS = 9  # a compound's value rounded past the float error of its conversion (125, not 124.99999999999999)
_COMPOUND_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")


def _compound(text: str, a: Figure, b: Figure) -> Figure | None:
    """``2 hours 5 minutes``, ``two hours and five minutes``, ``5 feet 11 inches``: one measure written in a larger
    unit and then a smaller one that converts to it (data/unit_conversions.csv), read in the smaller one and as
    precise as it is."""
    if not (a.kind == b.kind == "quantity" and a.unit and b.unit and a.unit != b.unit):
        return None
    if b.hedge or a.fraction or b.fraction or a.low is not None or b.low is not None:
        return None
    factor = unit_factor(b.unit, a.unit)
    if factor is None or factor <= 1 or not 0 <= b.value < factor or not _COMPOUND_GAP.fullmatch(text, a.end, b.start):
        return None
    return Figure(a.start, b.end, round(a.value * factor + b.value, _COMPOUND_DIGITS), b.step, "quantity", b.unit, hedge=a.hedge,
                  rule=a.rule, amount=a.amount, digits=a.digits and b.digits)


def _range(text: str, a: Figure, b: Figure) -> Figure | None:
    """``10-20%``, ``10 to 20 million``, ``between $1bn and $2bn``: one figure with both bounds."""
    alternatives = _RANGE_OR.fullmatch(text, a.end, b.start) is not None  # "two or three people"
    if _RANGE_AND.fullmatch(text, a.end, b.start):
        lead = _lead(text, a)
        if not _BETWEEN_BEFORE.search(text, max(0, lead - 12), lead):
            return None
    elif alternatives:
        if b.hedge or a.kind not in ("number", b.kind):
            return None
    elif not _RANGE_DASH.fullmatch(text, a.end, b.start):
        return None
    elif "to" not in text[a.end : b.start] and not (_DIGIT_BEFORE.search(text, a.start, a.end) and _DIGIT_AFTER.match(text, b.start)):
        return None  # "three-nought-four" reads digit by digit; "1.5-2 million" and "$5-10m" are ranges
    elif "to" in text[a.end : b.start] and _after_from(text, a):
        return None  # "from 10% to 20%" is a change, not a range
    elif "to" in text[a.end : b.start] and a.kind != "number" and _changed_by(text, a.start):
        return None  # "rose 12p to 345p": the change, then the level it reached, each with its unit
    elif "to" in text[a.end : b.start] and _changed_by(text, a.start, through_by=True) and b.value > _LEVEL_RATIO * a.value:
        return None  # "the toll climbed by 400 to 2,946": the change, then the level, far above it
    if a.kind == "percent" and b.kind != "percent":
        return None  # "raises spending by 15% to 18.4 billion": a change, then the level; a range is "10 to 20%"
    kind, unit = a.kind, a.unit
    if a.kind == "number" and b.kind != "number":
        kind, unit = b.kind, b.unit
    elif b.kind != "number" and (a.kind != b.kind or a.unit != b.unit):
        return None
    value, step = a.value, a.step
    factor = b.multiplier if a.multiplier == 1 and b.multiplier > 1 else _thousands_written_once(text, a, b)
    if a.kind == "number" and kind == "money" and factor == 1 and _in_a_subunit(text, b):
        factor = _SUBUNIT_SHARE  # "5-10 cents", "20 to 30p": the first figure is in the subunit too
    if factor != 1:
        value *= factor
        step = step * factor if step is not None else None
    if not value < b.value or a.fraction or b.fraction:
        return None
    if alternatives and b.value > _ALTERNATIVES_SPREAD * value:
        return None  # "2 or 30": two figures, not one guess between neighbours
    low, _ = _interval(value, step, None, 0.0, False)
    _, high = _interval(b.value, b.step, None, 0.0, False)
    joined = Figure(a.start, b.end, (value + b.value) / 2, None, kind, unit, b.multiplier, hedge="range")
    joined.low, joined.high = low, high
    return joined


def _in_a_subunit(text: str, figure: Figure) -> bool:
    """Whether a money figure was written in its subunit: "10 cents", "30p" (its span ends with the subunit)."""
    digit = _LAST_DIGIT.search(text, figure.start, figure.end)
    if digit is None:
        return False
    gap = SUBUNIT_GAP.match(text, digit.end())
    unit = vocabulary().subunit_re.match(text, gap.end() if gap else digit.end())
    return unit is not None and unit.end() == figure.end


def _mark_accounting_negatives(text: str, figures: list[Figure]) -> None:
    """``revenue was ($99.99)``, ``net result: (£4.5m)``: an amount alone in brackets where a value is
    stated is negative, as accounts write it. Brackets after a noun or another figure restate or
    convert ("a modest fee ($20)", "€5m ($5.4m)"): their amount keeps its sign. So does a loss
    ("the loss was ($45.20)"): its name already says which way it goes, and other reports write it
    unsigned."""
    vocab = vocabulary()
    for f in figures:
        if f.kind != "money" or f.value <= 0 or f.hedge:
            continue
        opened = _BRACKET_BEFORE.search(text, max(0, f.start - _LEAD_REACH), f.start)
        closed = _PAREN_CLOSE.match(text, f.end)
        if not (opened and closed and (opened["colon"] or (opened["word"] or "").lower() in vocab.accounting_leads)):
            continue
        clause = _CLAUSE_BREAK.split(text[max(0, f.start - _CLAUSE_REACH) : opened.start()])[-1]
        if not {w.lower() for w in _WORD.findall(clause)} & vocab.negative_measures:
            f.value = -f.value
            f.start, f.end = opened.start("bracket"), closed.end()
            _scale_after_bracket(text, f)


def _scale_after_bracket(text: str, f: Figure) -> None:
    """ "($99.99) million": a scale word after the bracket scales the amount inside it."""
    after = _WORD_AFTER.match(text, f.end)
    word = vocabulary().words.get(after.group(1).lower()) if after else None
    if after and word is not None and word.role == "scale" and f.multiplier == 1:
        f.value *= word.value
        f.step = f.step * word.value if f.step is not None else None
        f.multiplier, f.end = word.value, after.end()


def _mark_percentage_points(text: str, figures: list[Figure]) -> None:
    """``rose 3 points`` beside a percentage in the same sentence is a change in percentage points, and so
    are the points a rate moves by in its clause: ``cut interest rates by a quarter point``."""
    rate_words = vocabulary().rate_words
    for i, f in enumerate(figures):
        if f.unit != "point":
            continue
        before = next((g for g in reversed(figures[:i]) if g.kind == "percent"), None)
        after = next((g for g in figures[i + 1 :] if g.kind == "percent"), None)
        clause = _CLAUSE_BREAK.split(text[max(0, f.start - _RATE_REACH) : f.start])[-1]
        if (before is not None and not _SENTENCE_END.search(text, before.end, f.start)) or (
            after is not None and not _SENTENCE_END.search(text, f.end, after.start)
        ) or {w.lower() for w in _WORD.findall(clause)} & rate_words:
            f.kind, f.unit = "percent", "pp"


def _interval(
    value: float, step: float | None, rule: str | None, amount: float, fraction: bool
) -> tuple[float, float]:
    """The half-open interval a figure stands for; see the module docstring."""
    if step is None:
        half = abs(value) * FRACTION_TOLERANCE
    else:
        half = step / 2
    low, high = value - half, value + half
    spread = abs(value) * amount
    if rule == "around":
        return min(low, value - spread), max(high, value + spread)
    if rule == "near_below":
        return value - spread, value
    if rule in ("above", "at_least"):
        return value, math.inf
    if rule in ("up_to", "below"):
        return (0.0 if value >= 0 else -math.inf), value
    return low, high


def _mention(text: str, f: Figure) -> Mention:
    low, high = _bounds(f)
    unit = f.unit if f.kind != "number" else None
    kind = "percent" if unit in PERCENT_UNITS else f.kind
    return Mention(
        kind=kind,
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        value=f.value,
        low=low,
        high=high,
        unit=unit,
        hedge=f.hedge,
        role=f.side,
    )
