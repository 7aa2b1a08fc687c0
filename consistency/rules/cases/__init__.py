"""Each rule's cases: stories it must flag and stories it must leave alone.

One TOML file per kind (`value-conflict.toml`, ...), beside the rules. A
case is a few short documents, each with its publication date, optionally
the desk's reference facts, and whether the rule must flag them:

    [[case]]
    name = "deal-value"             # unique within the file
    expect = "flag"                 # or "pass"
    part = "office-holder"          # the part of the rule it exercises, for rules with parts
    example = true                  # the documents of the rule's (or part's) `example`
    xfail = "one-line reason"       # a known misbehaviour: the rule does not yet do as stated
    note = "why the rule must (not) flag it"
    docs.a = ["2025-03-03", "Acme Corp agreed to buy ..."]   # id = [published ("" if undated), text]
    facts = \"\"\"subject,attribute,value,unit,low,high,as_of,source,note ...\"\"\"

tests/test_rule_cases.py runs every case through `consistency.check`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["Case", "CaseDocument", "load_cases", "write_case"]


@dataclass(frozen=True, slots=True)
class CaseDocument:
    id: str
    published: str  # ISO date, or "" for an undated document
    text: str


@dataclass(frozen=True, slots=True)
class Case:
    kind: str
    name: str
    flag: bool  # True: the rule must flag the documents; False: it must not
    documents: tuple[CaseDocument, ...]
    facts: str | None = None
    part: str | None = None
    example: bool = False
    xfail: str | None = None
    note: str = ""

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.part + ':' if self.part else ''}{self.name}"


_KEYS = {"name", "expect", "docs", "facts", "part", "example", "xfail", "note"}


def _case(kind: str, raw: dict, where: str) -> Case:
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KEYS))}")
    if raw.get("expect") not in ("flag", "pass"):
        raise ValueError(f"{where}: expect must be 'flag' or 'pass', not {raw.get('expect')!r}")
    docs = tuple(CaseDocument(doc_id, published, text) for doc_id, (published, text) in raw.get("docs", {}).items())
    if not docs:
        raise ValueError(f"{where}: a case needs at least one document under docs")
    return Case(
        kind=kind,
        name=raw["name"],
        flag=raw["expect"] == "flag",
        documents=docs,
        facts=raw.get("facts"),
        part=raw.get("part"),
        example=raw.get("example", False),
        xfail=raw.get("xfail"),
        note=raw.get("note", ""),
    )


def load_cases() -> list[Case]:
    """Every case of every kind, file by file (sorted by kind), in the order each file gives them."""
    out: list[Case] = []
    files = sorted((f for f in resources.files(__package__).iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    for f in files:
        kind = f.name.removesuffix(".toml")
        raw = tomllib.loads(f.read_text(encoding="utf-8"))
        for n, entry in enumerate(raw.get("case", []), start=1):
            out.append(_case(kind, entry, f"{f.name}, case {n}"))
    return out


def write_case(case: Case, folder: Path) -> tuple[list[Path], Path | None]:
    """The case's documents as Markdown files (the date in front matter) and its facts as CSV, in `folder`."""
    paths = []
    for doc in case.documents:
        path = folder / f"{doc.id}.md"
        front = f"---\ndate: {doc.published}\n---\n" if doc.published else ""
        path.write_text(f"{front}{doc.text}\n", encoding="utf-8")
        paths.append(path)
    facts = None
    if case.facts:
        facts = folder / "reference_facts.csv"
        facts.write_text(case.facts, encoding="utf-8")
    return paths, facts
