"""A sentence that opens with "It" goes on about the thing the sentence before spoke of: its figure takes that
sentence's time and owner, but not the date of a phrase set off in it, nor a person it names."""

from __future__ import annotations

from pathlib import Path

import consistency


def _write(folder: Path, docs: dict[str, str]) -> list[str]:
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder)]


def _errors(folder: Path, docs: dict[str, str]) -> list[str]:
    report = consistency.check(_write(folder, docs))
    return [d.summary for d in report.discrepancies if str(d.severity) == "error"]


SHIPYARD = {
    "a.txt": "Published: 2 June 2026\n\nThe shipyard, founded in 1921 by Olav Brenne, builds ferries in Tarvik. "
    "It owes its lenders about 640 million crowns, the chief executive said.\n",
    "b.txt": "Published: 2 June 2026\n\nThe Tarvik shipyard owes its lenders 460 million crowns, court papers show.\n",
    "c.txt": "Published: 3 June 2026\n\nThe Tarvik shipyard, which builds ferries, owes lenders some 640 million crowns.\n",
}


def test_it_takes_no_date_of_a_phrase_set_off_before_nor_its_founder(tmp_path):
    # the debt is the shipyard's today, not Olav Brenne's of 1921: the same day's other figure disagrees
    errors = _errors(tmp_path, SHIPYARD)
    assert any("640 million crowns" in e and "460 million crowns" in e for e in errors), errors


def test_it_still_takes_the_time_of_the_sentence_before(tmp_path):
    docs = {
        "a.txt": "Published: 9 May 2026\n\nA storm hit the port of Vell on Monday. It sank 14 fishing boats.\n",
        "b.txt": "Published: 12 May 2026\n\nThe storm that hit Vell on May 4 sank 14 fishing boats, the harbour master said.\n",
    }
    assert _errors(tmp_path, docs) == []
