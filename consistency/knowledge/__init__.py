"""The knowledge base: who held which office when, names and their aliases.

Data, not code. The package ships CSV files beside this module; a desk adds
its own files with the same names and columns (``load_user_knowledge``):

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

Names are matched by a key that ignores case, accents, periods and a
leading "the" (``name_key``).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

__all__ = [
    "Term",
    "Office",
    "holders",
    "terms",
    "canonical_name",
    "entity_type",
    "office_for",
    "office_info",
    "metonym_office",
    "country_of_demonym",
    "people",
    "name_key",
    "all_aliases",
    "load_user_knowledge",
    "reset_user_knowledge",
    "generation",
]

FILES = ("office_holders.csv", "offices.csv", "aliases.csv", "entities.csv", "demonyms.csv")


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


@dataclass
class KnowledgeBase:
    """Every table, indexed by the keys the lookups use."""

    terms: list[Term] = field(default_factory=list)
    offices: dict[str, Office] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    metonyms: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)

    def add_rows(self, name: str, rows: Iterable[dict[str, str]], origin: str) -> None:
        """Add the rows of one file, named by its file name."""
        adders = {
            "office_holders.csv": self._add_term,
            "offices.csv": self._add_office,
            "aliases.csv": self._add_alias,
            "entities.csv": self._add_entity,
            "demonyms.csv": self._add_demonym,
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


@functools.lru_cache(maxsize=65536)
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
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@functools.cache
def _builtin() -> KnowledgeBase:
    kb = KnowledgeBase()
    folder = resources.files(__name__)
    for name in FILES:
        kb.add_rows(name, _read_csv(folder / name), f"consistency/knowledge/{name}")
    for term in kb.terms:  # every holder's own name is an alias of itself
        kb.aliases.setdefault(name_key(term.holder), term.holder)
    return kb


_user_dirs: list[Path] = []
_generation = 0


@functools.cache
def _kb(user_dirs: tuple[Path, ...] = ()) -> KnowledgeBase:
    base = _builtin()
    if not user_dirs:
        return base
    kb = KnowledgeBase(
        terms=list(base.terms),
        offices=dict(base.offices),
        aliases=dict(base.aliases),
        types=dict(base.types),
        metonyms=dict(base.metonyms),
        demonyms=dict(base.demonyms),
    )
    for folder in user_dirs:
        for name in FILES:
            path = folder / name
            if path.is_file():
                kb.add_rows(name, _read_csv(path), str(path))
        for term in kb.terms:
            kb.aliases.setdefault(name_key(term.holder), term.holder)
    return kb


_in_force: list[KnowledgeBase] = []  # the knowledge base in force, built at first use
_looked_up: dict[str, str | None] = {}  # name → canonical_name(name), for the knowledge in force
_LOOKUP_LIMIT = 200_000


def _current() -> KnowledgeBase:
    if not _in_force:
        _in_force.append(_kb(tuple(_user_dirs)))
    return _in_force[0]


def load_user_knowledge(folder: str | Path) -> None:
    """Add a desk's own knowledge files (same names and columns as the shipped ones).

    Rows add to the shipped tables; an alias or entity row of the user's
    replaces a shipped row for the same name. Raises ValueError naming the
    file and line of a row that cannot be read, FileNotFoundError for a
    folder that does not exist.
    """
    global _generation
    path = Path(folder)
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: not a folder of knowledge files")
    _kb((*_user_dirs, path))  # read now, so a bad file fails here and not later
    _user_dirs.append(path)
    _generation += 1
    _derived_cache_clear()


def reset_user_knowledge() -> None:
    """Forget every folder added with load_user_knowledge."""
    global _generation
    _user_dirs.clear()
    _generation += 1
    _derived_cache_clear()


def fingerprint() -> str:
    """A hash of the desk's own knowledge files in force: results built on other knowledge are not reused."""
    import hashlib

    h = hashlib.sha256()
    for folder in _user_dirs:
        for path in sorted(Path(folder).glob("*.csv")):
            h.update(path.name.encode("utf-8"))
            h.update(path.read_bytes())
    return h.hexdigest()


def generation() -> int:
    """A number that changes whenever the knowledge in force changes (for callers' caches)."""
    return _generation


def _derived_cache_clear() -> None:
    _in_force.clear()
    _looked_up.clear()
    _terms_by_holder.cache_clear()
    _terms_by_office.cache_clear()
    _offices_by_body_role.cache_clear()
    people.cache_clear()


@functools.cache
def _terms_by_holder() -> dict[str, list[Term]]:
    out: dict[str, list[Term]] = {}
    for term in _current().terms:
        out.setdefault(term.holder, []).append(term)
    for holder_terms in out.values():
        holder_terms.sort(key=lambda t: t.start)
    return out


@functools.cache
def _terms_by_office() -> dict[str, list[Term]]:
    out: dict[str, list[Term]] = {}
    for term in _current().terms:
        out.setdefault(term.office, []).append(term)
    return out


@functools.cache
def _offices_by_body_role() -> dict[tuple[str, str], str]:
    return {(name_key(o.body), o.role): o.office for o in _current().offices.values()}


def canonical_name(name: str) -> str | None:
    """The canonical form of a known name or alias ("Zelenskiy" → "Volodymyr Zelensky"), else None."""
    if not name:
        return None
    if name in _looked_up:
        return _looked_up[name]
    aliases = _current().aliases
    found = aliases.get(name_key(name))
    if found is None and name[-2:] in ("'s", "’s"):
        found = aliases.get(name_key(name[:-2]))
    if len(_looked_up) >= _LOOKUP_LIMIT:
        _looked_up.clear()
    _looked_up[name] = found
    return found


def entity_type(canonical: str) -> str | None:
    """person, organisation or place for a known name (canonical or alias), else None."""
    types = _current().types
    found = types.get(canonical)
    if found is None:
        found = types.get(canonical_name(canonical) or "")
    return found


def holders(office: str, on: dt.date) -> list[str]:
    """Who held `office` on the day `on` (usually one name; none when unknown)."""
    info = office_info(office)
    office_id = info.office if info else office
    return [t.holder for t in _terms_by_office().get(office_id, []) if t.covers(on)]


def terms(person: str) -> list[tuple[str, dt.date, dt.date | None]]:
    """Every (office, start, end) a person held, oldest first; the name may be an alias."""
    canonical = canonical_name(person) or person
    return [(t.office, t.start, t.end) for t in _terms_by_holder().get(canonical, [])]


def office_info(office: str) -> Office | None:
    """The body, role and kind of an office id (case-insensitive)."""
    return _current().offices.get(office.casefold())


def office_for(body: str, role: str) -> str | None:
    """The office id of a role in a country or organisation: ("Russia", "president") → "Russian president"."""
    return _offices_by_body_role().get((name_key(body), role))


def metonym_office(canonical: str) -> str | None:
    """The office an organisation's name stands for ("Kremlin" → "Russian president"), else None."""
    return _current().metonyms.get(canonical)


def country_of_demonym(word: str) -> str | None:
    """The country of a demonym or country form used as a qualifier ("French" → "France")."""
    return _current().demonyms.get(name_key(word))


@functools.cache
def people() -> tuple[str, ...]:
    """Every canonical person name the knowledge base knows."""
    kb = _current()
    return tuple(sorted(name for name, kind in kb.types.items() if kind == "person"))


def aliases_of(canonical: str) -> Iterator[str]:
    """The alias keys that lead to a canonical name."""
    for key, value in _current().aliases.items():
        if value == canonical:
            yield key


def all_aliases() -> Mapping[str, str]:
    """Every alias key → canonical name (read-only)."""
    return MappingProxyType(_current().aliases)
