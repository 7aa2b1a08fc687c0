"""The data that flows through the stages: Document → Mention → Claim → Discrepancy.

Every object is a frozen, slotted dataclass. Positions are character offsets
into the document's text as read; line and column are computed only when a
writer needs them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field

from .intervals import clock_text, date_range_text, figures_overlap, interval_text
from .printable import printable, shown_name

__all__ = [
    "Directive",
    "Document",
    "Sentence",
    "Mention",
    "Claim",
    "Discrepancy",
    "Severity",
    "Problem",
    "input_failed",
    "ExitCode",
    "MENTION_KINDS",
    "FIGURE_KINDS",
    "DATE_ORDERS",
    "DEFAULT_DATE_ORDER",
    "as_written",
    "claim_time",
    "document_date",
]

MENTION_KINDS = ("money", "percent", "number", "quantity", "date", "time", "bearing", "entity", "quote")
FIGURE_KINDS = frozenset({"money", "percent", "number", "quantity"})
# How a desk writes all-number dates whose parts could be read either way (04/03/2025):
# month first, day first, or year first. A part above 12 is a day whatever the order.
DATE_ORDERS = ("MDY", "DMY", "YMD")
DEFAULT_DATE_ORDER = "MDY"


def _quick_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that fills the slots through their descriptors.

    The ``__init__`` dataclasses writes for a frozen class sets every field
    with ``object.__setattr__``, which looks the slot up by name each time;
    calling each slot's own descriptor does the same work in half the time.
    Parsers make tens of thousands of mentions per megabyte, so it shows;
    pickling gets the same treatment. The class stays frozen: assigning to a
    field still raises.
    """
    fields = dataclasses.fields(cls)
    namespace: dict[str, object] = {}
    params, body = [], []
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: _quick_init takes plain defaults only")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(source, namespace)  # noqa: S102  (the same technique dataclasses uses for the __init__ it writes)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init

    # Pickling (the claim store, a check's packed analyses) goes the same way: the state is the fields' values
    # in order, set by a ``__setstate__`` written like the ``__init__``, one line a field (a loop over the
    # fields takes half as long again, for each of the claims, mentions and sentences a story unpacks).
    names = [f.name for f in fields]
    state_of = operator.attrgetter(*names) if len(names) > 1 else lambda self: (getattr(self, names[0]),)

    def __getstate__(self):  # noqa: N807
        return state_of(self)

    source = f"def __setstate__(self, state):\n    {', '.join(names)}, = state\n" + "\n".join(body) + "\n"
    exec(source, namespace)  # noqa: S102
    setstate = namespace["__setstate__"]
    setstate.__qualname__ = f"{cls.__qualname__}.__setstate__"
    cls.__getstate__, cls.__setstate__ = __getstate__, setstate
    return cls


class Severity(enum.IntEnum):
    info = 0
    warning = 1
    error = 2

    def __str__(self) -> str:  # "error", not "Severity.error"
        return self.name


class ExitCode(enum.IntEnum):
    clean = 0
    discrepancies = 1
    input_error = 2


@_quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline directive as the document's author wrote it (``<!-- consistency ignore name-variant -->``).

    `words` follow "consistency": the verb (off, on, ignore), then kinds, as
    written and not yet checked; `line` and `column` are where it stands in
    the file; `governs` the stretches [start, end) of the document's text it
    switches off.
    """

    text: str
    words: tuple[str, ...]
    line: int
    column: int
    governs: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    place: str | None = None  # where the report was filed, from its dateline ("LISBON, March 4 (Reuters) -")
    kind: str = "txt"  # the reader that produced it: txt, md, html, docx, json, facts
    directives: tuple[Directive, ...] = ()  # inline directives, read with the text (readers.directives)
    date_order: str | None = None  # the document's own order of numeric dates (front matter); None: the desk's

    def order_of_dates(self, desk_order: str | None = None) -> str:
        """How this document's all-number dates are read: its own order, else the desk's, else MDY."""
        return self.date_order or desk_order or DEFAULT_DATE_ORDER

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col


@_quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """One thing read from text: a figure, a date, a name or a quote.

    Figures carry a half-open interval [low, high) around `value`; dates a
    range [date, date_end] at a `grain` (day, month, year). `canonical` joins
    spelling variants of a name; `role` says what an entity is (person,
    organisation, place, office, a flight's code, a craft's model), and for
    a count of a vote split which side it counts ("for", "against"). A time holds
    minutes from its day's midnight in [low, high) and its time zone in
    `unit`; a bearing its distance in km, `bearing` in degrees (north 0,
    east 90) and the `place` it is measured from.
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    grain: str | None = None
    canonical: str | None = None
    role: str | None = None
    office: str | None = None
    speaker: str | None = None
    hedge: str | None = None
    bearing: float | None = None
    place: str | None = None

    @property
    def is_figure(self) -> bool:
        return self.kind in FIGURE_KINDS

    @property
    def family(self) -> str:
        """What the mention is, for comparing and counting.

        A figure is money, percent, a measure (a quantity in a unit: "72 km")
        or a count (a plain number, or a count of people); a name is an office
        ("the Biden administration") or a name; any other kind is its own family.
        """
        if self.kind in ("money", "percent"):
            return self.kind
        if self.kind == "quantity" and self.unit not in (None, "person"):
            return "measure"
        if self.kind in FIGURE_KINDS:
            return "count"
        if self.kind == "entity":
            return "office" if self.office else "name"
        return self.kind

    @property
    def value_text(self) -> str:
        """The normalised value as a reader checks it: "USD 15,000,000,000", "85 %", "2025-02-24", "23:11 GMT"."""
        if self.kind == "date":
            return date_range_text(self.date, self.date_end)
        if self.kind == "quote":
            return self.text
        if self.kind == "time" and self.low is not None and self.high is not None:
            return clock_text(self.low, self.high) + (f" {self.unit}" if self.unit else "")
        if self.kind == "entity":
            return self.canonical or self.text
        if self.kind == "score" and self.low is not None and self.high is not None:
            return f"{self.high:g}–{self.low:g}"
        if self.value is None:
            return ""
        number = f"{self.value:,.0f}" if float(self.value).is_integer() else f"{self.value:,.6g}"
        if self.kind == "money":
            return f"{self.unit} {number}" if self.unit else number
        if self.unit:
            return f"{number} {self.unit}" if self.unit not in ("%",) else f"{number}%"
        return number

    @property
    def interval_text(self) -> str:
        """The interval a figure stands for, half-open: "[84.5, 85.5)"."""
        if not self.is_figure or self.low is None or self.high is None:
            return ""
        return interval_text(self.low, self.high)

    def overlaps(self, other: Mention) -> bool:
        """Whether two figures' intervals share any point (see intervals.figures_overlap)."""
        return figures_overlap(self, other)


@_quick_init
@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure measures (or what a date dates), of what event, on what terms and on whose word (see align/)."""

    measure: str | None = None  # "death", "rescuer", "magnitude"
    event: str | None = None  # what a property belongs to: "quake", "aftershock"
    qualifiers: frozenset[str] = frozenset()  # "serious", "on board", "initial"
    attribution: str | None = None  # the named source: "United States Geological Survey"
    statement: bool = False  # a date that says when something was said, not when the event was ("said on Monday")
    # whose figure, when its own sentence names no one: the names of the sentence before, else the headline's
    owner: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # where, not whose: "110 crore in India", "26 cases across Ruritania"
    # the name the figure's clause opens with, before its verb: "Portugal has sent 40 firefighters" → Portugal
    agent: str | None = None
    actor: str | None = None  # the body whose act a date or a vote's tally tells of: "planning committee", "court"
    round: str | None = None  # the round or stage of a vote the claim is of: "first round", "second reading"
    # "stock" for what is held ("a unit which has 1,100 engineers"), "flow" for what is added or taken away
    # ("plans to hire 300 engineers"): two different quantities of one noun
    holding: str | None = None


@_quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    """A mention in its context: who it is about, what it measures, when.

    `subject` holds canonical entity ids; `attribute` the content words that
    say what a figure measures; `time` the [start, end] the claim speaks for.
    """

    doc: str
    mention: Mention
    sentence: Sentence
    subject: tuple[str, ...] = ()
    attribute: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    time: tuple[dt.date, dt.date] | None = None
    slot: str | None = None  # for office claims: the office held ("US president")
    head: str | None = None  # for figures: the word the figure counts ("13 games" → "game")
    # for a figure listed with others ("10 cabin crew and 2 pilots"): the interval of their sum
    parts_total: tuple[float, float] | None = None
    # the sentence dates itself in words that could not be resolved ("By March 26th" with no year)
    time_unresolved: bool = False
    # the figure is compared with something unnamed ("poorer than the 17th wealthiest")
    comparative: bool = False
    published: dt.date | None = None
    frame: Frame | None = None  # for figures: what is measured, of what, on whose word
    rising: bool = False  # a figure given as a rise or as the latest count ("rose to 63", "the latest toll")
    bracketed: bool = False  # a figure in brackets after its name ("behind Brant (14 million)"): that name's alone
    # the names of a clause on a figure's members ("54 cases, most of which came from Italy"): not its owners
    members: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.mention.kind

    @property
    def text(self) -> str:
        return self.mention.text

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end


def as_written(claim: Claim) -> tuple:
    """The claim as its sentence writes it, wherever that sentence stands: its document, its place in the
    text and the document's date set aside. Copies of one sentence in several reports give equal ones.

    A tuple of the claim's fields (the mention's and sentence's places counted from the sentence's start)
    rather than a new `Claim`: it compares as that claim would, and a story's thousands of claims are
    read this way without building a claim and a mention for each."""
    m, s = claim.mention, claim.sentence
    return (
        m.start - s.start,
        m.end - s.start,
        s.end - s.start,
        s.text,
        *_MENTION_AS_WRITTEN(m),
        *_CLAIM_AS_WRITTEN(claim),
    )


# the fields `as_written` reads as they are (the others are the places and the document it sets aside), each
# getter giving a tuple of them
_MENTION_AS_WRITTEN = operator.attrgetter(*(f.name for f in dataclasses.fields(Mention) if f.name not in ("start", "end")))
_CLAIM_AS_WRITTEN = operator.attrgetter(
    *(f.name for f in dataclasses.fields(Claim) if f.name not in ("doc", "published", "mention", "sentence"))
)


def document_date(document: Document | None) -> dt.date | None:
    """The date a document speaks from: its publication date. An undated report has none: no other
    report's date is lent to it."""
    return document.published if document is not None else None


def claim_time(claim: Claim, document: Document | None) -> tuple[dt.date, dt.date] | None:
    """The time a claim speaks for: its own time words, else the day its document speaks from (`document_date`)."""
    if claim.time is not None:
        return claim.time
    when = document_date(document)
    return (when, when) if when else None


@dataclass(frozen=True, slots=True)
class Discrepancy:
    kind: str
    severity: Severity
    summary: str
    claims: tuple[Claim, ...]
    explanation: str = ""
    values: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        """Stable across runs: the kind and, for each claim, its document, text and sentence.

        Offsets are left out so that an edit above a claim does not renew the
        id; the sentence tells apart two claims of one text in one document.
        """
        key = "|".join(
            [self.kind]
            + sorted(f"{c.doc}:{c.mention.text}:{c.mention.kind}:{c.sentence.text}" for c in self.claims)
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.doc for c in self.claims))


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read: which file, and what went wrong."""

    path: str
    message: str
    warning: bool = False  # read all the same (a damaged byte replaced): said on stderr, not an input error

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", shown_name(str(self.path)))
        object.__setattr__(self, "message", shown_name(str(self.message)))

    def __str__(self) -> str:
        return printable(f"{self.path}: {'warning: ' if self.warning else ''}{self.message}")


def input_failed(problems: Iterable[Problem]) -> bool:
    """Whether any of `problems` is an input that could not be read (warnings are not)."""
    return any(not p.warning for p in problems)
