"""A property told of an aftershock ("120 aftershocks, the strongest of magnitude 4.3") is never the quake's told
with no event named ("The institute measured its magnitude at 6.2"): an aftershock is always named as such, and a
magnitude with no event named is the story's quake's. Two magnitudes of the quake still disagree."""

from __future__ import annotations

import pytest

import consistency


def _rows(tmp_path, second: str) -> list[str]:
    (tmp_path / "a.md").write_text(
        "---\ndate: 2026-11-11\n---\nA strong earthquake struck the Ardenne valley at 3.10am on Wednesday. The "
        "observatory recorded about 120 aftershocks by the evening, the strongest of magnitude 4.3.\n",
        encoding="utf-8")
    (tmp_path / "b.md").write_text(
        f"---\ndate: 2026-11-11\n---\nThe earthquake hit the Ardenne valley at 3.10am on Wednesday. {second}\n",
        encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "value-conflict"]


def test_an_aftershocks_magnitude_is_not_the_quakes(tmp_path):
    assert not _rows(tmp_path, "The national observatory measured its magnitude at 6.2.")


@pytest.mark.parametrize("second", [
    "The observatory recorded about 120 aftershocks by the evening, the strongest of magnitude 4.8.",
    "The observatory measured its magnitude at 6.2; by the evening about 120 aftershocks had followed, the "
    "strongest of magnitude 4.8.",
])
def test_two_magnitudes_of_the_strongest_aftershock_disagree(tmp_path, second):
    rows = _rows(tmp_path, second)
    assert any("4.3" in r and "4.8" in r for r in rows), rows
