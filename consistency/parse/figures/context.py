"""What surrounds a numeral: currency, scale suffix, unit, hedge — and whether it is a figure at all.

A numeral becomes a figure only when its context allows it. Numbers inside
ids, file names, URLs, times, numeric dates, phone numbers, list markers and
table row numbers are masked first (:func:`junk_spans`); ordinals, decades,
bare years, day numbers beside a month name, labels ("Article 5", "Flight
370") and the pronoun "one" are dropped by :func:`read_figure`.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from ...terms import stopwords
from .ranks import PART_NUMBER_END
from .tokens import run_pattern
from .vocabulary import DURATION_BASE, lookup, normalise_form, vocabulary
from .words import Numeral, read_numerals

__all__ = ["Figure", "Junk", "junk_spans", "read_figure", "PERCENT_UNITS", "FUNCTION_WORDS", "VOTES_FOR", "VOTES_AGAINST",
           "SUBUNIT_GAP"]

PERCENT_UNITS = frozenset({"%", "pp", "bp"})
# A vote split gives the votes for first and the votes against second: "by 61 votes to 54", "passed 218-214",
# and so does one that failed ("rejected by 54 votes to 61").
VOTES_FOR, VOTES_AGAINST = "for", "against"

_JUNK = re.compile(
    "|".join(
        [
            r"(?:https?://|www\.)\S+",  # URLs
            r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+",  # e-mail addresses
            r"(?<![\w.\-])[\w.\-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|csv|json|xml|html?|php|aspx?"
            r"|mp[34]|mov|avi|zip|gz|txt)\b",  # file names
            r"\b[0-9a-fA-F]{4,}(?:-[0-9a-fA-F]{3,}){2,}\b",  # UUIDs and hyphenated hex ids
            r"(?<![\w.])\d+(?:\.\d+){2,}\b",  # IP addresses and version numbers
            r"\b\d{4}-\d{1,2}-\d{1,2}\b",  # ISO dates
            r"\b\d{4}/\d{1,2}/\d{1,2}\b",
            r"\b\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{2,4}\b",  # numeric dates, one separator ("2.7/10" is a rating)
            r"\b\d+:\d+(?::\d+)?(?:\.\d+)?(?:[^\S\n]*[AaPp]\.?[Mm]\b\.?)?",  # clock times, ratios, scores
            r"\b\d{1,2}(?:\.\d{2})?[^\S\n]*(?:[ap]\.m\.|[AaPp][Mm]\b)",
            r"\b\d{1,2}[^\S\n]+o['’]clock\b",
            r"\+\d[\d \-().]{6,}\d",  # phone numbers
            r"\(\d{3}\)[^\S\n]*\d{3}[\s.-]\d{4}\b",
            r"\b\d{3}[.-]\d{3}[.-]\d{4}\b",
            r"(?<![\d,.])\b\d{3}-\d{4}\b",
            r"[#@]\w+",  # hashtags and handles
            r"(?m:^[^\S\n]*(?:[-*•][^\S\n]+)?\(?\d{1,3}[.)](?=[^\S\n]+\S))",  # list markers "1." "2)"
            r"(?<=[;:])[^\S\n]*\(?\d{1,2}\)(?=[^\S\n]+[^\W\d])",  # inline list markers "...; 2) police"
            r"(?m:^[^\S\n]*\|?[^\S\n]*\d{1,3}[^\S\n]*\|)",  # table row numbers "| 3 |"
            r"\[\d{1,3}\]",  # footnote markers
            r"(?<!\S)\S*\d\S*/\S*/\S*",  # paths
        ]
    )
)

# Where a junk pattern can start: after a character that is not part of a word (every pattern opens with a
# lookbehind, \b, ^ or a class that says so), or at "+", "(", "[", "#", "@" and the start of a URL.
_JUNK_STARTS = re.compile(r"(?<!\w)|(?=[+(\[#@]|https?://|www\.)")
# Every junk pattern needs one of these; a window without any is skipped.
_JUNK_TRIGGER = re.compile(r"[:/@#+()\[|.\-]|[AaPp]\.?[Mm]\b|clock")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])")
_DECADE = re.compile(r"['’]?s(?![A-Za-z])")
_YEAR_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?:1[89]|20|21)\d\d[^\S\n]*(?:[-–—/]|to)[^\S\n]*\Z")
_RANGE_OPENING = re.compile(r"(?<![\w.,])\d[\d.,]*[^\S\n]*[-–][^\S\n]*\Z")  # "£2-" before the "3m" that closes it
_SPACES = re.compile(r"[^\S\n]*")
_RANGE_CLOSING = re.compile(r"[^\S\n]*(?:[-–]|to|and)[^\S\n]*\d[\d.,]*")  # "and 2" of "1.5m and 2m people"
_DAY_ENDS = re.compile(r"[^\S\n]*(?:[.,;:!?)]|\Z|(?:19|20)\d\d(?!\d))")  # a day in words ends its date here
SUBUNIT_GAP = re.compile(r"-(?=[A-Za-z¢])|[^\S\n]*")  # "45 cents", "a 50-cent coin"
_SUBUNIT_LEAD = re.compile(r"[^\S\n]*(?:and[^\S\n]+)?")
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)")
_PLACING = frozenset({"on", "at", "in", "by", "from", "until", "after", "before"})  # "on move 38", "after lap 12"
# the plural of a place's noun and the numbers of a list so far, right before a later number of the list: "games 6
# and ", "days 3, 4 and "; and what follows the first number of such a list: " and 10", ", 4 and 9"
_LABEL_LIST_SO_FAR = re.compile(r"\b(?P<noun>[a-z]+)s\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,|(?:\s*,)?\s+(?:and|or))\s+\Z", re.I)
_LABEL_LIST_GOES_ON = re.compile(r"\s*(?:,\s*\d|,?\s*(?:and|or)\s+\d)", re.IGNORECASE)
_LABEL_LIST_REACH = 40
_PREVIOUS_WORD = re.compile(r"(?<![\w.])([A-Za-z][\w.\-]*|#)[^\S\n]*\Z")
_SIGN_BEFORE = re.compile(r"(?<![\w.,)\]\-−])[-−]\Z")  # a minus glued to a currency sign, not a dash after a figure
# the bare number that ends an amount as its cents: "$20 43", "twelve pounds fifty", "3 GBP and one"
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|\Z)")
_FRACTION_FOLLOWERS = frozenset({"of", "and", "or", "to", "than"})
# the word before the amount of a change: "cut admissions by a third in a trial", "fell by a quarter last year"
_CHANGE_BY = "by"
_AND_A_HALF = re.compile(r"[^\S\n]+and[^\S\n]+an?[^\S\n]+half(?![\w-])", re.IGNORECASE)
# "half a point", "a quarter of a mile", "a tenth of one percent"
_OF_A = re.compile(r"[^\S\n]+(?:of[^\S\n]+(?:an?|one)|an?)(?=[^\S\n])", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?:;\n\"“‘'(\[—–-])[^\S\n]*\Z")
_NEXT_TOKEN = re.compile(r"[^\S\n]*([A-Za-z]\w*)")
_NAME_THEN_NUMBER = re.compile(r"[^\S\n]+[A-Z]{2,}[^\S\n]+\d{1,3}(?![\w,.%]|[^\S\n]*[-–]\d)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_TITLE_REACH = 120  # characters looked at on each side for a headline's other words
_TITLE_WORDS = 3  # content words a headline needs before its capitals say it is in title case
FUNCTION_WORDS = frozenset(
    "about above after against almost among around as at before below between by during except for from "
    "in including into nearly near of off on over past per since than through to toward towards under "
    "until up upon via with within without and but or nor so yet the a an all some only just".split()
)


@dataclass(slots=True)
class Figure:
    """A numeral in context: the span runs from the currency to the unit, hedges excluded."""

    start: int
    end: int
    value: float
    step: float | None
    kind: str
    unit: str | None
    multiplier: float = 1.0  # the scale applied ("million", "bn"); 1 when none
    fraction: bool = False
    hedge: str | None = None
    rule: str | None = None
    amount: float = 0.0
    low: float | None = None  # set for ranges, which fix their own bounds
    high: float | None = None
    digits: bool = False  # written in digits ("10"), not in words ("ten")
    tentative: bool = False  # kept only if it joins a neighbour ("one" in "one in five")
    side: str | None = None  # of a vote split's two counts, which one: VOTES_FOR or VOTES_AGAINST


class Junk:
    """The spans of a text that hold no figures (ids, times, list markers ...).

    The junk patterns are only run around the numerals found, in a window
    reaching back to the start of the surrounding non-space chunk (so a long
    URL is seen whole) and a little further; the spans found are remembered.
    """

    _REACH = 20
    _LONGEST = 400  # the longest chunk (URL, path) looked back over

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._scanned: tuple[int, int] = (0, 0)
        self._cut: int | None = None  # where the last match that ran to the end of the scanned text began

    def overlaps(self, start: int, end: int) -> bool:
        if self._known_overlap(start, end):
            return True  # scanning further only adds spans: no need to look again
        self._scan(start, end)
        return self._known_overlap(start, end)

    def _known_overlap(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._spans[i][1] > start:
            return True
        return i + 1 < len(self._spans) and self._spans[i + 1][0] < end

    def _scan(self, start: int, end: int) -> None:
        text = self._text
        back = max(0, start - self._LONGEST)
        line_start = text.rfind("\n", back, start) + 1
        chunk_start = max(text.rfind(" ", back, start), text.rfind("\t", back, start), back - 1) + 1
        low = max(line_start, min(start - self._REACH, chunk_start))
        line_end = text.find("\n", end, end + self._REACH)
        high = min(len(text) if line_end < 0 else line_end, end + self._REACH)
        done_low, done_high = self._scanned
        if done_low <= low and high <= done_high:
            return
        if done_low <= low < done_high:
            # Rescan only a margin of what was seen, and any span the last window cut short.
            # (The match itself, not the merged span it ended: a run of adjacent junk such as
            # "#1#1#1..." is one span, and rescanning all of it for every numeral is quadratic.)
            reach_back = low
            low = max(low, done_high - self._REACH)
            if self._cut is not None:
                low = max(min(low, self._cut), reach_back)
            self._scanned = (done_low, high)
        else:
            self._scanned = (low, high)
        self._mask(low, high)

    def _mask(self, low: int, high: int) -> None:
        """Add the junk in text[low:high]: what a scan of _JUNK finds, tried only where junk can start."""
        text = self._text
        self._cut = None
        if _JUNK_TRIGGER.search(text, low, high) is None:
            return  # no character any junk pattern needs: nothing to mask here
        pos = low
        for candidate in _JUNK_STARTS.finditer(text, low, high):
            at = candidate.start()
            if at < pos:
                continue
            m = _JUNK.match(text, at, high)
            if m is not None:
                self._add(m.start(), m.end())
                pos = max(m.end(), at + 1)
                if m.end() >= high - 1:
                    self._cut = m.start()

    def _add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        if i > 0 and self._spans[i - 1][1] >= start:
            i -= 1
            start = self._spans[i][0]
        j = i
        while j < len(self._spans) and self._spans[j][0] <= end:
            end = max(end, self._spans[j][1])
            j += 1
        self._starts[i:j] = [start]
        self._spans[i:j] = [(start, end)]


def junk_spans(text: str) -> Junk:
    """The junk spans of `text`, found lazily around the numerals asked about."""
    return Junk(text)


def _currency_code(raw: str) -> str:
    """The ISO code of a currency as written; a name shared by several ("crowns", "francs") is its own unit, so
    an amount in crowns compares with amounts in crowns and with no other currency."""
    table = vocabulary().currencies
    code = lookup(table, raw)
    if code is None:
        code = lookup(table, "".join(raw.split()))
    if code == "" and "".join(raw.split()).isalpha():
        return next((k for k in _singulars(raw) if k in table), "")  # a symbol several share ("FCFA") stays unknown
    return code or ""


def _singulars(raw: str) -> tuple[str, ...]:
    """A currency name in lower case, then without a plural ending (the order `lookup` tries them in)."""
    low = " ".join(raw.split()).lower()
    return (low, *(low[: -len(e)] for e in ("es", "s") if low.endswith(e)))


def read_figure(text: str, num: Numeral, junk: Junk) -> Figure | None:
    """The figure a numeral stands for in `text`, or None when it is not one."""
    s, e = num.start, num.end
    if s > 0 and text[s - 1].isalpha() and not text[s].isalpha():
        if not vocabulary().currency_glued_before_re.search(text, max(0, s - 8), s):
            return None  # a piece of an id such as "MH17"
    if junk.overlaps(s, e):
        return None
    if num.ends_digits and (_ORDINAL_SUFFIX.match(text, e) or _DECADE.match(text, e)):
        return None
    figure = Figure(
        s, e, num.value, num.step, "number", None, num.multiplier, num.fraction, digits=num.ends_digits
    )
    currency = _read_currency(text, num, figure)
    if currency is None and s > 0 and text[s - 1].isalpha() and not text[s].isalpha():
        return None  # "the R5 highway": a letter glued to the number that is no currency there
    if currency is not None:
        figure.kind, figure.unit = "money", currency or None
        _apply_subunits(text, figure)
        if _SIGN_BEFORE.search(text, max(0, figure.start - 2), figure.start) and figure.value > 0:
            figure.value, figure.start = -figure.value, figure.start - 1  # "-$99.99", "−£4m"
        elif figure.value > 0 and (sign := _PREVIOUS_WORD.search(text, max(0, figure.start - 12), figure.start)):
            if (word := vocabulary().words.get(sign.group(1).lower())) and word.role == "minus":
                figure.value, figure.start = -figure.value, sign.start()  # "minus $5"
    else:
        _apply_unit(text, figure)
        if text[num.start : num.end].lower() in ("a", "an") and not _counts_one(text, figure):
            return None  # "once a year", "$5 a day", "a year earlier": a rate's unit or a noun, no amount
    end = figure.end
    if not math.isfinite(figure.value):
        return None
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        return None  # glued to more letters or digits: an id, a model name
    if figure.kind == "number" and num.bare == "one":
        figure.tentative = True  # "one of the", "no one": a pronoun unless a share follows
    elif num.bare == "one" and figure.unit in vocabulary().one_idioms:
        return None  # "at one point"
    elif figure.kind == "number" and not _is_count(text, num, figure):
        return None
    _apply_hedge(text, figure)
    return figure


def _read_currency(text: str, num: Numeral, figure: Figure) -> str | None:
    """The currency code around the figure ("" when the name is ambiguous), widening its span; applies a scale suffix."""
    vocab = vocabulary()
    currency: str | None = None
    m = vocab.currency_before_re.search(text, max(0, num.start - 24), num.start)
    if m:
        currency, figure.start = _currency_code(m.group().strip()), m.start()
    if num.ends_digits and not num.scaled:
        _apply_scale_suffix(text, figure, currency is not None or _closes_money_range(text, num.start))
    if m and figure.multiplier == 1 and normalise_form(m.group().strip(), True) in vocab.scaled_only_currencies:
        currency, figure.start = None, num.start  # "the R5 highway": a name's letter, no rand
    if currency is not None:
        return currency
    m = vocab.currency_after_re.match(text, figure.end)
    if m and figure.multiplier == 1 and any(
        normalise_form(k, False) in vocab.scaled_only_currencies for k in _singulars(m.group())
    ):
        m = None  # "won two crowns": titles; "212 billion crowns" is money
    if m:
        figure.end = m.end()
        return _currency_code(m.group().strip())
    of_a = _OF_A.match(text, figure.end) if num.fraction else None
    m = vocab.currency_after_re.match(text, of_a.end()) if of_a else None
    if m and m.group().strip().lower() in vocab.article_currencies:  # "half a dollar", "a quarter of a euro"
        figure.end = m.end()
        return _currency_code(m.group().strip())
    m = vocab.currency_hyphen_re.match(text, figure.end)
    if m and lookup(vocab.units, m.group()[1:]) is None:  # "a twenty-pound bag" weighs
        figure.end = m.end()
        return _currency_code(m.group()[1:])
    return _read_subunit_alone(text, figure)


def _closes_money_range(text: str, start: int) -> bool:
    """Whether the figure at `start` closes a range opened by an amount: the "3" of "£2-3m"."""
    opening = _RANGE_OPENING.search(text, max(0, start - 24), start)
    return opening is not None and vocabulary().currency_before_re.search(
        text, max(0, opening.start() - 24), opening.start()
    ) is not None


def _apply_unit(text: str, figure: Figure) -> None:
    """A unit after the figure makes it a quantity ("156,000 square kilometers") or a percent ("85%").

    A fraction takes its unit through "a" or "of a": "half a point", "a quarter of a mile"; a decimal
    below one through "of a": "0.3 of a percentage point".
    """
    vocab = vocabulary()
    of_a = _OF_A.match(text, figure.end) if figure.fraction or 0 < figure.value < 1 else None
    if of_a and not figure.fraction and not of_a.group().lower().split()[0] == "of":
        of_a = None  # a decimal part takes its unit through "of a" only: "0.3 of a percentage point"
    m = vocab.unit_re.match(text, of_a.end() if of_a else figure.end)
    hedge = vocab.hedge_after_re.match(text, figure.end) if m is None else None
    if hedge is not None:  # "200-odd people", "40-plus homes", "a dozen or so people": the unit after the hedge
        m = vocab.unit_re.match(text, hedge.end())
        if m is None or not m.group()[:1].isspace() or not _set_hedge(figure, hedge.group()):
            m = None
    if m is None:
        return
    unit = lookup(vocab.units, m.group().strip(" -\t")) or lookup(vocab.units, m.group().lstrip(" -\t"))
    if unit is not None:
        figure.kind = "percent" if unit in PERCENT_UNITS else "quantity"
        figure.unit, figure.end = unit, m.end()
        half = _AND_A_HALF.match(text, figure.end) if figure.kind == "quantity" and not figure.fraction else None
        if half:  # "an hour and a half", "two days and a half": half a unit more
            figure.value += 0.5
            figure.step, figure.fraction, figure.end = None, True, half.end()


def _counts_one(text: str, figure: Figure) -> bool:
    """Whether "a" or "an" before a unit counts one of it: after a hedge ("less than a year", "nearly a
    decade") or with a half more ("an hour and a half")."""
    if figure.kind != "quantity":
        return False
    return figure.value != 1 or vocabulary().hedge_before_re.search(text, max(0, figure.start - 24), figure.start) is not None


def _apply_scale_suffix(text: str, figure: Figure, money: bool) -> None:
    vocab = vocabulary()
    m = vocab.scale_suffix_re.match(text, figure.end)
    if not m:
        return
    form = m.group().strip()
    multiplier, money_only = (
        vocab.scale_suffixes.get(form) or vocab.scale_suffixes.get(form.lower()) or (1.0, False)
    )
    if money_only and not (money or vocab.currency_after_re.match(text, m.end()) or _counted_after(text, m.end())):
        rest = _RANGE_CLOSING.match(text, m.end())  # "between 1.5m and 2m people": the closing figure's noun
        if not (rest and text[rest.end() : rest.end() + len(m.group().strip())] == m.group().strip()
                and _counted_after(text, rest.end() + len(m.group().strip()))):
            return  # "1.2m high" is in metres; "£1.2m", "1.2m people", "2.5m tonnes" are millions
    figure.value *= multiplier
    figure.step = figure.step * multiplier if figure.step is not None else None
    figure.multiplier, figure.end = multiplier, m.end()


def _counted_after(text: str, pos: int) -> bool:
    """Whether a unit or a counted noun follows `pos` after a space: "1.2m people", "3bn tonnes"."""
    vocab = vocabulary()
    m = vocab.unit_re.match(text, pos)
    if m is None or not m.group()[:1].isspace():
        return False
    return (lookup(vocab.units, m.group().strip(" -\t")) or lookup(vocab.units, m.group().lstrip(" -\t"))) is not None


def _read_subunit_alone(text: str, figure: Figure) -> str | None:
    """``45 cents a share``, ``5p``: an amount in a subunit, as money in the main unit."""
    spaces = SUBUNIT_GAP.match(text, figure.end)
    m = vocabulary().subunit_re.match(text, spaces.end() if spaces else figure.end)
    if m is None:
        return None
    figure.value /= 100
    figure.step = figure.step / 100 if figure.step is not None else None
    figure.end = m.end()
    return _currency_code(m.group())


def _apply_subunits(text: str, figure: Figure) -> None:
    """``3 dollars 50 cents``, ``thirteen dollars and forty-five cents``, ``20 ringgit and 43 sen``."""
    if not figure.value.is_integer() or figure.multiplier != 1:
        return
    lead = _SUBUNIT_LEAD.match(text, figure.end)
    run = run_pattern().match(text, lead.end()) if lead and lead.end() > figure.end else None
    if run is None:
        return
    numerals = read_numerals(text, run.start(), run.end())
    if not numerals or numerals[0].start != run.start():
        return
    cents = numerals[0]
    if not (cents.value.is_integer() and 0 < cents.value < 100):
        return
    spaces = _SPACES.match(text, cents.end)
    unit = vocabulary().subunit_re.match(text, spaces.end() if spaces else cents.end)
    end = unit.end() if unit else cents.end
    if unit is None and not _bare_cents(text, figure, cents):
        return
    figure.value += cents.value / 100
    figure.step, figure.end = 0.01, end


def _bare_cents(text: str, figure: Figure, cents: Numeral) -> bool:
    """Whether a number with no subunit after an amount is its cents: it ends the clause, is written in two
    digits or in words, and the amount opens no range ("between $20 and 30")."""
    if not _CLAUSE_END.match(text, cents.end):
        return False
    if cents.ends_digits and cents.end - cents.start != 2:
        return False
    before = _PREVIOUS_WORD.search(text, max(0, figure.start - 12), figure.start)
    return not (before and before.group(1).lower() in vocabulary().range_leads)


def _is_count(text: str, num: Numeral, figure: Figure) -> bool:
    """Whether a plain number (no unit, currency or percent) is a count rather than a word or a label."""
    vocab = vocabulary()
    s, end = num.start, figure.end
    if num.bare == "ordinal":
        after = _NEXT_WORD.match(text, end)
        before = _PREVIOUS_WORD.search(text, max(0, s - 12), s)
        # "cut admissions by a third in a trial": the amount of a change, though a word follows; not "by a third
        # party", where the word after is the ordinal's noun
        by = before is not None and before.group(1).lower() == _CHANGE_BY and after and (
            after.group(1).lower() in stopwords() or after.group(1).lower() in vocabulary().time_openers
        )  # "fell by a quarter since 2019", "by a third last year"
        if after and after.group(1).lower() not in _FRACTION_FOLLOWERS and not by:
            return False  # "a third term", "the first two quarters saw": an ordinal, a period
    if num.bare in ("half", "quarter"):
        before = _PREVIOUS_WORD.search(text, max(0, s - 24), s)
        if (before and before.group(1).lower() in vocab.half_blockers) or text[end : end + 1] == "-":
            return False  # "the second half", "half-time"
    digits = num.plain_digits
    if (
        digits
        and len(digits) == 4
        and digits.isdigit()
        and 1000 <= num.value <= 2100
        and figure.multiplier == 1
    ):
        return False  # a year: the dates parser reads it
    if num.ends_digits and _YEAR_RANGE_BEFORE.search(text, max(0, s - 12), s):
        return False  # "2012-13", "2010 to 2015"
    if (
        vocab.month_before_re.search(text, max(0, s - 16), s)
        and num.value <= 31
        and (num.ends_digits or _DAY_ENDS.match(text, end))
    ) or vocab.month_after_re.match(text, end):
        # a day of the month: "June 30", "on June thirty."; not "by June, thirty families", "in May 4,700 jobs"
        return False
    before = _PREVIOUS_WORD.search(text, max(0, s - 24), s)
    if before:
        word = before.group(1).lower()
        if word in vocab.labels or word.rstrip(".") in vocab.labels or word == "#":
            return False  # "Article 5", "Flight 370", "No. 10"
        if word in vocab.placed_labels and (
            (lead := _PREVIOUS_WORD.search(text, max(0, before.start() - 16), before.start())) is not None
            and lead.group(1).lower() in _PLACING
            or PART_NUMBER_END.match(text, end)
        ):
            # "a clear win on move 38", "crashed on lap 12", "Game 13 was a draw", "won game 14 to take the title":
            # a place in a sequence, no count
            return False
        if num.ends_digits and num.value < 1000 and _is_name_label(text, before, end):
            return False  # "Resident Evil 5 was", "Rio 2,": a number that is part of a name
    if _in_label_list(text, s, end, before.group(1).lower() if before else "", vocab.placed_labels):
        return False  # "in games 6 and 10", "on days 3, 4 and 9": the places of several, no counts
    if digits and digits.isdigit() and _leads_model_name(text, end):
        return False  # "the 737 MAX 8 was": a number that opens a name
    return True


def _in_label_list(text: str, start: int, end: int, word: str, labels: frozenset[str]) -> bool:
    """Whether a number is one of a list after the plural of a place's noun: "in games 6 and 10" (the word before
    the number is `word`, lower case)."""
    if word.endswith("s") and word[:-1] in labels and _LABEL_LIST_GOES_ON.match(text, end):
        return True
    so_far = _LABEL_LIST_SO_FAR.search(text, max(0, start - _LABEL_LIST_REACH), start)
    return so_far is not None and so_far["noun"].lower() in labels


def _leads_model_name(text: str, end: int) -> bool:
    """A number followed by a name in capitals and a number that labels it: "737 MAX 8", "A 380 XLR 2"."""
    m = _NAME_THEN_NUMBER.match(text, end)
    if m is None:
        return False
    after = _NEXT_TOKEN.match(text, m.end())
    return after is None or not after.group(1)[:1].isupper()


def _is_name_label(text: str, before: re.Match[str], end: int) -> bool:
    """A number right after a capitalised word inside a sentence, not followed by another capital.

    Headlines in title case ("Storm Kills 12 In Texas") keep their numbers:
    there the next word is capitalised too.
    """
    word = before.group(1)
    if not word[0].isupper() or word.lower() in FUNCTION_WORDS or word.lower() in vocabulary().weekdays:
        return False  # "On Thursday 45 rescuers": a day, no name the number is part of
    opening = _SENTENCE_OPENING.search(text, max(0, before.start() - 4), before.start())
    if opening is not None:
        return False
    after = _NEXT_TOKEN.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        return False
    return not _in_title_case(text, before.start(), end)


def _in_title_case(text: str, start: int, end: int) -> bool:
    """Whether the line around [start, end) is a headline in title case ("Death Toll Is 300, Officials Say"):
    every word of its clause but the function words is capitalised."""
    line_start = text.rfind("\n", max(0, start - _TITLE_REACH), start) + 1
    line_end = text.find("\n", end, end + _TITLE_REACH)
    words = _WORD.findall(text, line_start or max(0, start - _TITLE_REACH), line_end if line_end >= 0 else end + _TITLE_REACH)
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    return len(content) >= _TITLE_WORDS and all(w[0].isupper() for w in content)


def _apply_hedge(text: str, figure: Figure) -> None:
    if figure.hedge:
        return  # read between the number and its unit: "50 or more people"
    vocab = vocabulary()
    m = vocab.hedge_before_re.search(text, max(0, figure.start - 24), figure.start)
    if m is not None and (_about_a_matter(text, figure, m) or _over_a_span(text, figure, m)):
        return  # "jailed over £2.4m fraud": the fraud's sum, no bound; "held over three days": the span
    if m is None:
        m = vocab.hedge_after_re.match(text, figure.end)
    if m is None:
        return
    _set_hedge(figure, m.group())


def _about_a_matter(text: str, figure: Figure, hedge: re.Match[str]) -> bool:
    """Whether a hedge word before a sum says what a matter is about: a word of blame or dispute before it
    ("jailed over", "a row over"; data/matter_leads.csv) and a noun right after the sum, which the sum
    qualifies ("£2.4m fraud", "€40m stadium"). "Fined over £2.4m" and "raised over £2.4m for charity" keep the
    bound."""
    vocab = vocabulary()
    leads = vocab.matter_leads.get(normalise_form(hedge.group().strip(), False))
    if not leads or figure.kind != "money":
        return False
    lead = _PREVIOUS_WORD.search(text, max(0, hedge.start() - 24), hedge.start())
    after = _NEXT_TOKEN.match(text, figure.end)
    if lead is None or lead.group(1).lower() not in leads or after is None or not after.group(1).isalpha():
        return False
    noun = after.group(1).lower()
    return noun not in FUNCTION_WORDS and noun not in vocab.time_openers and noun not in vocab.months


_SPAN_HEDGE = "over"  # the hedge word that is also the preposition of a span: "held over three days"


def _over_a_span(text: str, figure: Figure, hedge: re.Match[str]) -> bool:
    """Whether "over" before a duration says the span a thing was done across, right after the participle that
    tells what was done ("the festival was held over three days", "the samples, collected over 12 months"), not a
    bound; after a verb whose object is the stretch itself ("was delayed over three hours", "has lasted over a
    year", data/duration_verbs.csv), after an active verb ("he worked over 30 years") or after no verb ("over
    three days of talks") it stays a bound."""
    vocab = vocabulary()
    if hedge.group().strip().lower() != _SPAN_HEDGE or (vocab.conversions.get(figure.unit or "") or ("",))[0] != DURATION_BASE:
        return False
    lead = _DONE_OVER.search(text, max(0, hedge.start() - _DONE_REACH), hedge.start())
    lead = lead or _DONE_TO_OVER.search(text, max(0, hedge.start() - _DONE_REACH), hedge.start())
    verb = lead.group("verb").lower() if lead is not None else ""
    return (verb.endswith("ed") or verb in vocab.participles) and verb not in vocab.duration_verbs


# a participle told of what was done, in the passive or after its noun, right before "over": "was held ",
# "were collected ", "the festival, held "; not "has worked ", "he lived " (the stretch of the doing itself)
_DONE_OVER = re.compile(r"(?:\b(?:was|were|is|are|be|been|being)|,)[^\S\n]+(?:\w+ly[^\S\n]+)?(?P<verb>[A-Za-z]+)[^\S\n]+\Z", re.IGNORECASE)
_DONE_REACH = 40  # characters before "over" that hold the participle and the word that makes it passive
# a past told with its counted object right before "over": "raised £2m over five years", "followed 4,100 nurses over
# nine years": the span the doing went on across, as "was held over three days" is
_DONE_TO_OVER = re.compile(
    r"\b(?P<verb>[A-Za-z]+)[^\S\n]+[£$€]?\d[\d,.]*[A-Za-z]*(?:[^\S\n]+[A-Za-z'’-]+){0,2}[^\S\n]+\Z"
)


def _set_hedge(figure: Figure, written: str) -> bool:
    """Give the figure the hedge `written` around it ("about ", " or so"); whether it is one."""
    phrase = written.strip(" \t-")
    rule, amount = vocabulary().hedges.get(normalise_form(phrase, False), (None, 0.0))
    if rule is not None:
        figure.hedge, figure.rule, figure.amount = phrase, rule, amount
    return rule is not None
