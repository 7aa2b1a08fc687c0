"""Digests that prove a refactor kept the output identical.

    python bench/digest.py mentions PATH...   # repr(mentions(text, published)) over every text found
    python bench/digest.py check FOLDER [--facts FILE]   # the JSON of `check` on one folder

`mentions` reads every .txt/.md file under each PATH as one text, and every
string field named "text" (or "sentence", "text_a", "text_b") of each .jsonl
line as one text, with the line's "published" date where it has one. It
prints the number of texts, of mentions, and a 16-hex digest of them all.
Run it before and after a change on the same paths: equal digests mean
`mentions()` did not change on any of those texts.

`check` runs `consistency.check` on the folder and digests its JSON with the
volatile parts left out (none today: the JSON is deterministic).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

TEXT_FIELDS = ("text", "sentence", "text_a", "text_b")


def texts_under(path: Path) -> Iterator[tuple[str, str, dt.date | None]]:
    """(label, text, published) for every text file and every JSONL text under path, in a fixed order."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if file.suffix in (".txt", ".md"):
            yield str(file), file.read_text(encoding="utf-8", errors="replace"), None
        elif file.suffix == ".jsonl":
            for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(record, dict):
                    continue
                published = _date(record.get("published") or record.get("reference_date"))
                for field in TEXT_FIELDS:
                    if isinstance(record.get(field), str):
                        yield f"{file}:{n}:{field}", record[field], published


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def digest_mentions(paths: list[Path]) -> str:
    from consistency import mentions

    digest = hashlib.sha256()
    n_texts = n_mentions = 0
    for path in paths:
        for label, text, published in texts_under(path):
            found = mentions(text, published)
            n_texts += 1
            n_mentions += len(found)
            digest.update(label.encode("utf-8", "replace") + b"\0" + repr(found).encode("utf-8", "replace"))
    return f"mentions: {n_texts} texts, {n_mentions} mentions, digest {digest.hexdigest()[:16]}"


def digest_check(folder: Path, facts: Path | None) -> str:
    from consistency import check

    report = check([folder], facts=facts)
    data = json.dumps(report.to_dict(), sort_keys=True, ensure_ascii=False)
    rows = len(report.to_dict()["discrepancies"])
    return f"check {folder}: {rows} discrepancies, digest {hashlib.sha256(data.encode()).hexdigest()[:16]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("mentions", "check"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--facts", type=Path)
    args = parser.parse_args()
    if args.what == "mentions":
        print(digest_mentions(args.paths))
    else:
        for folder in args.paths:
            print(digest_check(folder, args.facts))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
