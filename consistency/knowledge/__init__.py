"""The knowledge base: who held which office when, names and their aliases.

Data, not code. The package ships CSV files beside this module (``builtin``,
read once per process); a desk adds its own files with the same names and
columns (``load_knowledge``), which gives another value. A
``KnowledgeBase`` is immutable once built: a check carries the one it was
given to every stage that reads names, so two checks in one process never
see each other's knowledge.

- ``office_holders.csv``: ``office,holder,start,end[,note]``, ISO dates, an
  empty ``end`` for a holder still in office. A term is the half-open range
  [start, end): on the day of a handover the incoming holder holds the office.
- ``offices.csv``: ``office,body,role,kind``: the office id ("US president"),
  the country or organisation it belongs to, the role a title names
  ("president") and its kind ("head of state", "minister", ...).
- ``aliases.csv``: ``canonical,alias``: spelling variants, transliterations,
  short forms and abbreviations of a name.
- ``entities.csv``: ``canonical,type,office``: person, organisation or place;
  ``office`` names the office an organisation stands for ("the Kremlin" for
  the Russian presidency).
- ``demonyms.csv``: ``country,demonym``: "Russian" → Russia, for titles such
  as "Russian President".
- ``places.csv``: ``place,within``: the place that wholly contains another
  (a city its state or country, a state its country, a country its
  continent), so "based in Milan" agrees with "based in Italy". Regions
  that overlap others ("Middle East", "Balkans") contain nothing here.

Names are matched by a key that ignores case, accents, periods and a
leading "the" (``name_key``). The desk's trusted reference facts are read by
``knowledge.facts``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from ..caches import bounded
from ..files import NotReadable, read_regular_file

__all__ = ["Term", "Office", "KnowledgeBase", "builtin", "load_knowledge", "name_key"]

FILES = ("office_holders.csv", "offices.csv", "aliases.csv", "entities.csv", "demonyms.csv", "places.csv")
_TABLES = ("offices", "aliases", "types", "metonyms", "demonyms", "regions")  # the mappings, in field order
_LOOKUP_LIMIT = 200_000  # names remembered by one KnowledgeBase's canonical_name


@dataclass(frozen=True, slots=True)
class Term:
    """One holder's term in one office: [start, end), end None while in office."""

    office: str
    holder: str
    start: dt.date
    end: dt.date | None
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Office:
    office: str
    body: str
    role: str
    kind: str


def _frozen(mapping: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Every table, indexed by the keys the lookups use; read-only once built.

    Two knowledge bases are equal when their tables are (`fingerprint`), so
    caches keyed by a KnowledgeBase serve every copy of the same knowledge.
    """

    terms: tuple[Term, ...] = ()
    offices: Mapping[str, Office] = field(default_factory=dict)  # office id, case folded → Office
    aliases: Mapping[str, str] = field(default_factory=dict)  # name_key of an alias → canonical name
    types: Mapping[str, str] = field(default_factory=dict)  # canonical name → person, organisation, place
    metonyms: Mapping[str, str] = field(default_factory=dict)  # organisation → the office it stands for
    demonyms: Mapping[str, str] = field(default_factory=dict)  # name_key of a demonym → country
    regions: Mapping[str, str] = field(default_factory=dict)  # place → the place that contains it
    fingerprint: str = field(init=False)

    def __post_init__(self) -> None:
        set_field = object.__setattr__  # the fields are made read-only here, once
        set_field(self, "terms", tuple(self.terms))
        for name in _TABLES:
            set_field(self, name, _frozen(getattr(self, name)))
        h = hashlib.sha256()
        for part in (self.terms, *(sorted(getattr(self, n).items()) for n in _TABLES)):
            h.update(repr(part).encode("utf-8"))
            h.update(b"\0")
        set_field(self, "fingerprint", h.hexdigest())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KnowledgeBase) and other.fingerprint == self.fingerprint

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __repr__(self) -> str:
        return f"KnowledgeBase({len(self.terms)} terms, {len(self.aliases)} aliases, {self.fingerprint[:12]})"

    def __reduce__(self):
        """Pickled as its tables (a worker process receives it so); the indexes are rebuilt there at first use."""
        return (KnowledgeBase, (self.terms, *(dict(getattr(self, n)) for n in _TABLES)))

    # -- derived indexes, built at first use ------------------------------------

    @cached_property
    def _looked_up(self) -> dict[str, str | None]:
        """name → canonical_name(name): a memo of a pure function of this value."""
        return {}

    @cached_property
    def _terms_by_holder(self) -> Mapping[str, tuple[Term, ...]]:
        out: dict[str, list[Term]] = {}
        for term in self.terms:
            out.setdefault(term.holder, []).append(term)
        return MappingProxyType({holder: tuple(sorted(ts, key=lambda t: t.start)) for holder, ts in out.items()})

    @cached_property
    def _terms_by_office(self) -> Mapping[str, tuple[Term, ...]]:
        out: dict[str, list[Term]] = {}
        for term in self.terms:
            out.setdefault(term.office, []).append(term)
        return MappingProxyType({office: tuple(ts) for office, ts in out.items()})

    @cached_property
    def _offices_by_body_role(self) -> Mapping[tuple[str, str], str]:
        return MappingProxyType({(name_key(o.body), o.role): o.office for o in self.offices.values()})

    @cached_property
    def people(self) -> tuple[str, ...]:
        """Every canonical person name the knowledge base knows."""
        return tuple(sorted(name for name, kind in self.types.items() if kind == "person"))

    # -- lookups --------------------------------------------------------------------

    def canonical_name(self, name: str) -> str | None:
        """The canonical form of a known name or alias ("Zelenskiy" → "Volodymyr Zelensky"), else None."""
        if not name:
            return None
        looked_up = self._looked_up
        if name in looked_up:
            return looked_up[name]
        aliases = self.aliases
        found = aliases.get(name_key(name))
        if found is None and name[-2:] in ("'s", "’s"):
            found = aliases.get(name_key(name[:-2]))
        if len(looked_up) >= _LOOKUP_LIMIT:
            looked_up.clear()
        looked_up[name] = found
        return found

    def entity_type(self, canonical: str) -> str | None:
        """person, organisation or place for a known name (canonical or alias), else None."""
        found = self.types.get(canonical)
        if found is None:
            found = self.types.get(self.canonical_name(canonical) or "")
        return found

    def holders(self, office: str, on: dt.date) -> list[str]:
        """Who held `office` on the day `on` (usually one name; none when unknown)."""
        info = self.office_info(office)
        office_id = info.office if info else office
        return [t.holder for t in self._terms_by_office.get(office_id, ()) if t.covers(on)]

    def terms_of(self, person: str) -> list[tuple[str, dt.date, dt.date | None]]:
        """Every (office, start, end) a person held, oldest first; the name may be an alias."""
        canonical = self.canonical_name(person) or person
        return [(t.office, t.start, t.end) for t in self._terms_by_holder.get(canonical, ())]

    def office_info(self, office: str) -> Office | None:
        """The body, role and kind of an office id (case-insensitive)."""
        return self.offices.get(office.casefold())

    def office_for(self, body: str, role: str) -> str | None:
        """The office id of a role in a country or organisation: ("Russia", "president") → "Russian president"."""
        return self._offices_by_body_role.get((name_key(body), role))

    def metonym_office(self, canonical: str) -> str | None:
        """The office an organisation's name stands for ("Kremlin" → "Russian president"), else None."""
        return self.metonyms.get(canonical)

    def country_of_demonym(self, word: str) -> str | None:
        """The country of a demonym or country form used as a qualifier ("French" → "France")."""
        return self.demonyms.get(name_key(word))

    def places_around(self, place: str) -> tuple[str, ...]:
        """A place and every place that contains it, innermost first: "Seattle", "Washington", "United States", ..."""
        chain = [self.canonical_name(place) or place]
        while (outer := self.regions.get(chain[-1])) is not None and outer not in chain:
            chain.append(outer)
        return tuple(chain)

    def place_within(self, inner: str, outer: str) -> bool:
        """Whether one place lies within the other or is it ("Milan" within "Italy"), by places.csv."""
        return (self.canonical_name(outer) or outer) in self.places_around(inner)

    @cached_property
    def _holding_places(self) -> frozenset[str]:
        """The places places.csv puts others in: countries, states, regions, continents."""
        return frozenset(self.regions.values())

    def may_lie_within(self, inner: str, outer: str) -> bool:
        """Whether `inner`, a place places.csv does not know, may lie within `outer`, one it knows to hold others
        ("Tarvick" and "Wales"): nothing known sets them apart. A place it knows lies where it says."""
        inner = self.canonical_name(inner) or inner
        outer = self.canonical_name(outer) or outer
        return inner not in self.regions and inner not in self._holding_places and outer in self._holding_places

    def places_nested(self, a: str, b: str) -> bool:
        """Whether one of two places contains the other, or may as far as places.csv knows (`may_lie_within`)."""
        return any(self.place_within(x, y) or self.may_lie_within(x, y) for x, y in ((a, b), (b, a)))


class _Tables:
    """The tables while files are read into them; `value()` gives the KnowledgeBase."""

    def __init__(self, base: KnowledgeBase | None = None) -> None:
        self.terms: list[Term] = list(base.terms) if base else []
        self.offices: dict[str, Office] = dict(base.offices) if base else {}
        self.aliases: dict[str, str] = dict(base.aliases) if base else {}
        self.types: dict[str, str] = dict(base.types) if base else {}
        self.metonyms: dict[str, str] = dict(base.metonyms) if base else {}
        self.demonyms: dict[str, str] = dict(base.demonyms) if base else {}
        self.regions: dict[str, str] = dict(base.regions) if base else {}

    def add_rows(self, name: str, rows: Iterable[dict[str, str]], origin: str) -> None:
        """Add the rows of one file, named by its file name."""
        adders = {
            "office_holders.csv": self._add_term,
            "offices.csv": self._add_office,
            "aliases.csv": self._add_alias,
            "entities.csv": self._add_entity,
            "demonyms.csv": self._add_demonym,
            "places.csv": self._add_place,
        }
        add = adders[name]
        for line, row in enumerate(rows, start=2):
            try:
                add({k.strip(): (v or "").strip() for k, v in row.items() if k})
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{origin}, line {line}: {exc}") from exc

    def _add_term(self, row: dict[str, str]) -> None:
        end = row.get("end", "")
        self.terms.append(
            Term(
                office=row["office"],
                holder=row["holder"],
                start=dt.date.fromisoformat(row["start"]),
                end=dt.date.fromisoformat(end) if end else None,
                note=row.get("note", ""),
            )
        )
        self.types.setdefault(row["holder"], "person")

    def _add_office(self, row: dict[str, str]) -> None:
        self.offices[row["office"].casefold()] = Office(row["office"], row["body"], row["role"], row["kind"])

    def _add_alias(self, row: dict[str, str]) -> None:
        self.aliases[name_key(row["alias"])] = row["canonical"]
        self.aliases.setdefault(name_key(row["canonical"]), row["canonical"])

    def _add_entity(self, row: dict[str, str]) -> None:
        canonical = row["canonical"]
        self.types[canonical] = row["type"]
        self.aliases.setdefault(name_key(canonical), canonical)
        if row.get("office"):
            self.metonyms[canonical] = row["office"]

    def _add_demonym(self, row: dict[str, str]) -> None:
        self.demonyms[name_key(row["demonym"])] = row["country"]

    def _add_place(self, row: dict[str, str]) -> None:
        self.regions[row["place"]] = row["within"]

    def alias_holders(self) -> None:
        """Make every holder's own name an alias of itself."""
        for term in self.terms:
            self.aliases.setdefault(name_key(term.holder), term.holder)

    def value(self) -> KnowledgeBase:
        return KnowledgeBase(
            terms=tuple(self.terms),
            offices=self.offices,
            aliases=self.aliases,
            types=self.types,
            metonyms=self.metonyms,
            demonyms=self.demonyms,
            regions=self.regions,
        )


@bounded(maxsize=65536)
def name_key(name: str) -> str:
    """The form names are compared by: no accents, no periods, case folded, no leading "the"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace("‘", "'").replace("`", "'").replace(".", " ")
    words = plain.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _read_csv(path: Path | Traversable) -> list[dict[str, str]]:
    """The rows of a knowledge CSV; a desk's file is read only if it is a regular file of a sensible size."""
    if not isinstance(path, Path):  # the package's own files
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    try:
        text = read_regular_file(path).decode("utf-8")
    except (NotReadable, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: {error}") from None
    return list(csv.DictReader(io.StringIO(text, newline="")))


@functools.cache
def builtin() -> KnowledgeBase:
    """The knowledge base the package ships (read once per process)."""
    tables = _Tables()
    folder = resources.files(__name__)
    for name in FILES:
        tables.add_rows(name, _read_csv(folder / name), f"consistency/knowledge/{name}")
    tables.alias_holders()
    return tables.value()


def load_knowledge(*folders: str | Path) -> KnowledgeBase:
    """The shipped knowledge with a desk's own folders of knowledge files added, in order.

    Rows add to the shipped tables; an alias or entity row of the user's
    replaces a shipped row for the same name. Raises ValueError naming the
    file and line of a row that cannot be read, FileNotFoundError for a
    folder that does not exist. Without folders: `builtin()`.
    """
    if not folders:
        return builtin()
    tables = _Tables(builtin())
    for folder in map(Path, folders):
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: not a folder of knowledge files")
        for name in FILES:
            path = folder / name
            if path.exists() or path.is_symlink():  # a FIFO or a device under the name is an error, not waited on
                tables.add_rows(name, _read_csv(path), str(path))
        tables.alias_holders()
    return tables.value()
