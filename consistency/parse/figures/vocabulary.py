"""Word lists of the figures parser, read once from ``consistency/data``.

Number words, scale words and suffixes, currencies, units, hedges and a few
context words live in CSV files; this module loads them and compiles the
regular expressions built from them. Everything here is cached, so the cost is
paid once per process.

The files (one row per form; a space in a form stands for any run of spaces
in names, units and hedges, and for an optional space in currency symbols
such as ``C $``):

- ``number_words.csv``: word, value, role (digit, teen, tens, hundred, dozen,
  pair, fraction, ordinal, article, and, point, minus), plural (1 for
  "thirds", "dozens");
- ``scales.csv``: form, value, attach (word: part of a numeral; glued: right
  after the digits, "15bn"; glued_or_space), case (any or exact), needs
  (money: only after a currency, as "m" in "$5m" — "5m" alone is five metres);
- ``currencies.csv``: form, ISO 4217 code (empty when the name is ambiguous,
  "francs"), role (symbol, code, name, subunit), position (before, after or
  both sides of the number, or before_scaled: before an amount with its scale only, as "R" in "R5bn" —
  "R5" alone is a road's name —, or after_scaled: after one, as "212 billion crowns" — "won two crowns" are
  titles), case;
- ``units.csv``: form, canonical unit, attach (glued, space — a space or a
  hyphen, "20-year" —, both, or hyphen: only after a hyphen, "a 9-second
  gap", where the word alone is an ordinal), case; ``%``, ``pp`` and ``bp`` make percents;
- ``unit_conversions.csv``: unit (a canonical unit of ``units.csv``), base,
  factor, system (metric or imperial): a value in the unit times the factor
  is the value in the base, so units of one base convert ("45 miles" is
  72.4 km);
- ``hedges.csv``: phrase, rule (around, near_below, above, at_least, up_to,
  below), amount (the relative spread of around and near_below), position
  (before or after the figure);
- ``figure_context.csv``: word, role (month, month_exact, label — "Article 5"
  —, half_blocker — "the second half" —, one_idiom, a canonical unit that
  makes an idiom after the word "one": "at one point", and the words that
  tell a tally "3-1" apart: tally_vote — "a 59-41 vote", two counts — and
  tally_score — "a 1-3 defeat", a score, no figure — and accounting_lead, the verbs that state a value
  before an amount in brackets, which accounts write for a negative: "revenue was ($99.99)" — unless
  a negative_measure names it: "the loss was ($45.20)" is the loss), and range_lead, the words that open a
  range of two amounts ("between $20 and 30"), whose second number is no amount's cents; and duration, the
  canonical units of time, which count no whole a share is taken of ("5 in 10 minutes" is no share); and
  article_currency, the currency names "a" or "an" stands for one of ("less than a dollar a day"), none
  with an everyday sense that an article goes before ("a real problem", "a yen for travel", "a pound of"); and
  article_unit, the units "a" or "an" counts one of where an amount is meant: after a hedge ("less than a
  year", "nearly a decade") or before "and a half" ("an hour and a half"), not in a rate ("once a year").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["DURATION_BASE", "NumberWord", "Vocabulary", "vocabulary", "normalise_form", "lookup", "word_trie"]

DURATION_BASE = "day"  # the base unit of stretches of time (data/unit_conversions.csv): minutes, hours, days, years


@dataclass(frozen=True, slots=True)
class NumberWord:
    """A word that can be part of a numeral: its value and grammatical role."""

    value: float
    role: str  # digit, teen, tens, hundred, scale, dozen, pair, fraction, ordinal, article, and, point, minus
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every word list of the figures parser, with the patterns built from them."""

    words: dict[str, NumberWord]
    scale_suffixes: dict[str, tuple[float, bool]]  # form -> (multiplier, money only)
    currencies: dict[str, str]  # normalised form -> ISO 4217 code ("" when the name is ambiguous)
    scaled_only_currencies: frozenset[str]  # normalised forms read only beside a scaled amount: "R5bn", "5bn crowns"
    units: dict[str, str]  # normalised form -> canonical unit
    conversions: dict[str, tuple[str, float]]  # canonical unit -> (base unit, factor to the base)
    metric_units: frozenset[str]
    hedges: dict[str, tuple[str, float]]  # normalised phrase -> (rule, amount)
    months: frozenset[str]
    weekdays: frozenset[str]  # the days' full names: "Thursday 45 rescuers" is no label "Thursday 45"
    labels: frozenset[str]
    placed_labels: frozenset[str]  # nouns a number after is a place in a sequence after a preposition: "on move 38"
    half_blockers: frozenset[str]
    one_idioms: frozenset[str]  # units that make an idiom after the word "one": "at one point"
    tally_votes: frozenset[str]  # words that make a tally "59-41" a vote split: two counts
    tally_scores: frozenset[str]  # words that make "1-3" a score rather than a range
    split_leads: frozenset[str]  # nouns that lead a vote split told "41 to 12", not "41-12": "by a margin of 41 to 12"
    accounting_leads: frozenset[str]  # words after which an amount in brackets is negative: "was ($5)"
    negative_measures: frozenset[str]  # measures whose name says they go down: "loss", "deficit"
    range_leads: frozenset[str]  # words that open a range of two amounts: "between $20 and 30"
    durations: frozenset[str]  # canonical units of time: no whole a share is taken of
    article_currencies: frozenset[str]  # currency names "a" stands for one of: "a dollar", "a euro"
    article_units: frozenset[str]  # units "a" counts one of in an amount: "less than a year", "an hour and a half"
    change_words: frozenset[str]  # verbs and adverbs of change (change_directions.csv): "rose 12p to 345p"
    rate_words: frozenset[str]  # what moves in percentage points: "cut rates by a quarter point"
    scale_suffix_re: re.Pattern[str]
    currency_before_re: re.Pattern[str]
    currency_glued_before_re: re.Pattern[str]
    currency_after_re: re.Pattern[str]
    currency_hyphen_re: re.Pattern[str]
    subunit_re: re.Pattern[str]
    unit_re: re.Pattern[str]
    hedge_before_re: re.Pattern[str]
    # the words before a hedge word that make it say what a matter is about ("jailed over £2.4m fraud"):
    # hedge word → those words (data/matter_leads.csv)
    matter_leads: dict[str, frozenset[str]]
    # the words that open a time phrase ("last year", "each week"; data/date_words.csv): no noun a sum qualifies
    time_openers: frozenset[str]
    # the verbs whose object is a stretch of time ("lasted", "took"; data/duration_verbs.csv) and the past
    # participles not in "-ed" (data/past_participles.csv): what stands before "over" and a duration
    duration_verbs: frozenset[str]
    participles: frozenset[str]
    hedge_after_re: re.Pattern[str]
    month_before_re: re.Pattern[str]
    month_after_re: re.Pattern[str]


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("consistency.data").joinpath(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _matter_leads() -> dict[str, frozenset[str]]:
    leads: dict[str, set[str]] = {}
    for row in _rows("matter_leads.csv"):
        leads.setdefault(row["hedge"], set()).add(row["word"].lower())
    return {hedge: frozenset(words) for hedge, words in leads.items()}


def normalise_form(text: str, exact: bool) -> str:
    """The lookup key of a matched form: single spaces, lower case unless the form is case-exact."""
    key = " ".join(text.split())
    return key if exact else key.lower()


def _form_pattern(form: str, space: str) -> str:
    return space.join(re.escape(part) for part in form.split(" "))


def word_trie(words: list[str]) -> str:
    """A regex matching any of `words`, as a trie: far faster than a flat alternation."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(tree)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if "" in node else inner


def _alternation(forms: list[tuple[str, bool]], space: str, plural: bool = False) -> str:
    """A regex alternation of forms, longest first; case-insensitive forms get an inline flag."""
    exact, loose = [], []
    for form, is_exact in sorted(set(forms), key=lambda f: (-len(f[0]), f[0])):
        pattern = _form_pattern(form, space)
        if plural and form[-1:].isalpha():
            pattern += "(?:e?s)?"
        (exact if is_exact else loose).append(pattern)
    parts = []
    if exact:
        parts.append("(?:" + "|".join(exact) + ")")
    if loose:
        parts.append("(?i:" + "|".join(loose) + ")")
    return "(?:" + "|".join(parts) + ")"


_END = r"(?![A-Za-z0-9])"
_GAP = r"(?:[^\S\n]+|[^\S\n]*-[^\S\n]*)"  # a space or a hyphen between a figure and its unit
# Between the words of a unit of several: spaces, or a hyphen when the unit modifies a noun ("a
# 25-basis-point cut", "a 10-percentage-point lead").
_UNIT_PART_GAP = r"(?:\s+|-)"


@cache
def vocabulary() -> Vocabulary:
    """Load every data file once and build the context patterns."""
    words: dict[str, NumberWord] = {}
    for row in _rows("number_words.csv"):
        value = float(row["value"]) if row["value"] else 0.0
        words[row["word"].lower()] = NumberWord(value, row["role"], row["plural"] == "1")

    scale_suffixes: dict[str, tuple[float, bool]] = {}
    glued: list[tuple[str, bool]] = []
    spaced: list[tuple[str, bool]] = []
    for row in _rows("scales.csv"):
        exact = row["case"] == "exact"
        if row["attach"] == "word":
            words[row["form"].lower()] = NumberWord(float(row["value"]), "scale")
            continue
        scale_suffixes[normalise_form(row["form"], exact)] = (float(row["value"]), row["needs"] == "money")
        glued.append((row["form"], exact))
        if row["attach"] == "glued_or_space":
            spaced.append((row["form"], exact))
    scale_suffix_re = re.compile(
        "(?:" + _alternation(glued, r"\s+") + "|[^\\S\\n]" + _alternation(spaced, r"\s+") + ")" + _END
    )

    currencies: dict[str, str] = {}
    before_symbols: list[tuple[str, bool]] = []
    before_names: list[tuple[str, bool]] = []
    glued_before: list[tuple[str, bool]] = []
    after_symbols: list[tuple[str, bool]] = []
    after_names: list[tuple[str, bool]] = []
    subunits: list[tuple[str, bool]] = []
    scaled_only: set[str] = set()
    for row in _rows("currencies.csv"):
        form, role, exact = row["form"], row["role"], row["case"] == "exact"
        key = form.replace(" ", "") if role == "symbol" else form
        currencies[normalise_form(key, exact)] = row["code"]
        if role == "subunit":
            subunits.append((form, exact))
            continue
        if row["position"] in ("before_scaled", "after_scaled"):  # "R5bn"; "212 billion crowns", not "two crowns"
            scaled_only.add(normalise_form(key, exact))
        if row["position"] in ("before", "both", "before_scaled"):
            (before_names if role == "name" else before_symbols).append((form, exact))
            if form[-1:].isalpha() and " " not in form:  # "Rs5", "R5bn", "$US4.5m": letters glued to the figure
                glued_before.append((form, exact))
        if row["position"] in ("after", "both", "after_scaled"):
            (after_symbols if role == "symbol" else after_names).append((form, exact))
    symbol_space = r"\s?"
    currency_before_re = re.compile(
        r"(?<![A-Za-z0-9])(?:"
        + _alternation(before_symbols, symbol_space)
        + "|"
        + _alternation(before_names, r"\s+", plural=True)
        + r")[^\S\n]*\Z"
    )
    currency_glued_before_re = re.compile(r"(?<![A-Za-z0-9])" + _alternation(glued_before, "") + r"\Z")
    currency_after_re = re.compile(
        r"[^\S\n]*(?:"
        + _alternation(after_symbols, symbol_space)
        + r"(?![A-Za-z0-9])(?![^\S\n]?\d)|"
        + _alternation(after_names, r"\s+", plural=True)
        + _END
        + ")"
    )
    currency_hyphen_re = re.compile(r"-" + _alternation(after_names, r"\s+", plural=True) + _END)
    subunit_re = re.compile(_alternation(subunits, r"\s+", plural=True) + _END + r"(?!\.[A-Za-z])")  # not "p.c."

    units: dict[str, str] = {}
    unit_glued: list[tuple[str, bool]] = []
    unit_spaced: list[tuple[str, bool]] = []
    unit_hyphened: list[tuple[str, bool]] = []
    for row in _rows("units.csv"):
        exact = row["case"] == "exact"
        units[normalise_form(row["form"], exact)] = row["canonical"]
        if row["attach"] in ("glued", "both"):
            unit_glued.append((row["form"], exact))
        if row["attach"] in ("space", "both"):
            unit_spaced.append((row["form"], exact))
        if row["attach"] == "hyphen":
            unit_hyphened.append((row["form"], exact))
    unit_re = re.compile(
        "(?:"
        + _alternation(unit_glued, r"\s+")
        + "|"
        + _GAP
        + _alternation(unit_spaced, _UNIT_PART_GAP)
        + "|-"
        + _alternation(unit_hyphened, r"\s+")
        + "(?!-)"  # "the 2-second-half goals"
        + ")(?![A-Za-z0-9²³])"
    )

    conversion_rows = _rows("unit_conversions.csv")
    conversions = {row["unit"]: (row["base"], float(row["factor"])) for row in conversion_rows}
    metric_units = frozenset(row["unit"] for row in conversion_rows if row["system"] == "metric")

    hedges: dict[str, tuple[str, float]] = {}
    hedge_before: list[tuple[str, bool]] = []
    hedge_after: list[tuple[str, bool]] = []
    for row in _rows("hedges.csv"):
        phrase = row["phrase"]
        hedges[normalise_form(phrase.lstrip("-"), False)] = (row["rule"], float(row["amount"] or 0.0))
        (hedge_before if row["position"] == "before" else hedge_after).append((phrase, False))
    hedge_before_re = re.compile(r"(?<![A-Za-z])" + _alternation(hedge_before, r"\s+") + r"[^\S\n]+\Z")
    after_dashed = [(p, e) for p, e in hedge_after if p.startswith("-")]
    after_spaced = [(p, e) for p, e in hedge_after if not p.startswith("-")]
    hedge_after_re = re.compile(
        "(?:"
        + _alternation(after_dashed, r"\s+")
        + r"|[^\S\n]+"
        + _alternation(after_spaced, r"\s+")
        + ")"
        + _END
    )

    months: set[str] = set()
    month_forms: list[tuple[str, bool]] = []
    labels: set[str] = set()
    blockers: set[str] = set()
    one_idioms: set[str] = set()
    tallies: dict[str, set[str]] = {"tally_vote": set(), "tally_score": set(), "accounting_lead": set(),
                                     "negative_measure": set(), "range_lead": set(),
                                     "rate_word": set(), "duration": set(),
                                     "article_currency": set(), "article_unit": set(), "placed_label": set(),
                                     "split_lead": set()}
    for row in _rows("figure_context.csv"):
        word, role = row["word"], row["role"]
        if role in ("month", "month_exact"):
            months.add(word.lower())
            month_forms.append((word, role == "month_exact"))
        elif role == "label":
            labels.add(word.lower())
        elif role == "half_blocker":
            blockers.add(word.lower())
        elif role == "one_idiom":
            one_idioms.add(word)
        elif role in tallies:
            tallies[role].add(word.lower())
    month_alt = _alternation(month_forms, r"\s+")
    month_before_re = re.compile(
        r"(?<![A-Za-z])" + month_alt + r"\.?(?:[^\S\n]+\d{1,2}(?:st|nd|rd|th)?)?,?[^\S\n]+\Z"
    )
    month_after_re = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?" + month_alt + r"(?![A-Za-z])")

    return Vocabulary(
        words=words,
        scale_suffixes=scale_suffixes,
        currencies=currencies,
        scaled_only_currencies=frozenset(scaled_only),
        units=units,
        conversions=conversions,
        metric_units=metric_units,
        hedges=hedges,
        months=frozenset(months),
        weekdays=frozenset(r["name"] for r in _rows("weekdays.csv") if r["abbreviation"] == "no"),
        labels=frozenset(labels),
        placed_labels=frozenset(tallies["placed_label"]),
        half_blockers=frozenset(blockers),
        one_idioms=frozenset(one_idioms),
        tally_votes=frozenset(tallies["tally_vote"]),
        tally_scores=frozenset(tallies["tally_score"]),
        split_leads=frozenset(tallies["split_lead"]),
        accounting_leads=frozenset(tallies["accounting_lead"]),
        negative_measures=frozenset(tallies["negative_measure"]),
        range_leads=frozenset(tallies["range_lead"]),
        durations=frozenset(tallies["duration"]),
        article_currencies=frozenset(tallies["article_currency"]),
        article_units=frozenset(tallies["article_unit"]),
        change_words=frozenset(
            row["word"].lower() for row in _rows("change_directions.csv") if row["part"] in ("verb", "adverb")
        ),
        rate_words=frozenset(tallies["rate_word"]),
        scale_suffix_re=scale_suffix_re,
        currency_before_re=currency_before_re,
        currency_glued_before_re=currency_glued_before_re,
        currency_after_re=currency_after_re,
        currency_hyphen_re=currency_hyphen_re,
        subunit_re=subunit_re,
        unit_re=unit_re,
        hedge_before_re=hedge_before_re,
        matter_leads=_matter_leads(),
        time_openers=frozenset(r["word"] for r in _rows("date_words.csv") if r["kind"] in ("direction", "weekday_lead")),
        duration_verbs=frozenset(r["word"] for r in _rows("duration_verbs.csv")),
        participles=frozenset(r["participle"] for r in _rows("past_participles.csv")),
        hedge_after_re=hedge_after_re,
        month_before_re=month_before_re,
        month_after_re=month_after_re,
    )


def lookup(table: dict[str, str], text: str) -> str | None:
    """The value of a matched form: exact spelling first, then lower case, then without a plural ending."""
    key = " ".join(text.split())
    if key not in table and "-" in key:  # "basis-point": the words of a unit joined as a modifier
        key = key.replace("-", " ")
    for candidate in (key, key.lower()):
        if candidate in table:
            return table[candidate]
    low = key.lower()
    for ending in ("es", "s"):
        if low.endswith(ending) and low[: -len(ending)] in table:
            return table[low[: -len(ending)]]
    return None
