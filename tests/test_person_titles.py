"""Titles before names and lists of names (rules.offices.title_of), on sentences written for these tests."""

from __future__ import annotations

import pytest

from consistency.documents import load
from consistency.engine import context
from consistency.rules.offices import title_of

CASES = [
    # (sentence, name, the role of its title or None)
    ("Senators Warren, Markey and Pressley urged a review.", "Pressley", "senator"),
    ("Senators Warren, Markey and Pressley urged a review.", "Markey", "senator"),
    ("Reps. Dana Whitfield and Paul Okafor voted against it.", "Paul Okafor", "representative"),
    ("Congresswoman Lena Marsh voted against it.", "Lena Marsh", "representative"),
    ("General Tomas Ruiz and Colonel Ana Brik led the evacuation.", "Tomas Ruiz", "general"),
    ("General Tomas Ruiz and Colonel Ana Brik led the evacuation.", "Ana Brik", "colonel"),
    ("Former Senator Dana Whitfield visited the port.", "Dana Whitfield", None),
    ("Senator Dana Whitfield met victims; Maria Ortez stayed home.", "Maria Ortez", None),
    ("Senator Dana Whitfield thanked Maria Ortez and the crews.", "Maria Ortez", None),
    ("Mayor Lena Marsh, a former general, opened the bridge.", "Lena Marsh", "mayor"),
    # a rank whose words include "First" or "Second" stays one title before the name
    ("Airman First Class Dale Porter was flown to Ramstein.", "Dale Porter", "airman first class"),
    ("Petty Officer Second Class Ines Varga was among the crew.", "Ines Varga", "petty officer second class"),
    ("First Lieutenant Omar Haddad led the patrol.", "Omar Haddad", "first lieutenant"),
    ("The patrol was led by Staff Sergeant Omar Haddad.", "Omar Haddad", "staff sergeant"),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES)
def test_title_of(tmp_path, text, name, role):
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    documents, _ = load([str(tmp_path / "a.txt")])
    claims = [c for c in context(documents, [], None).claims if c.mention.kind == "entity"]
    names = sorted((c for c in claims if not c.mention.office), key=lambda c: c.start)
    target = next(c for c in names if c.mention.text == name)
    title = title_of(target, names)
    assert (title.role if title else None) == role
