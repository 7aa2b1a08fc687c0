"""A lowercase particle written onto the next word of a name with a hyphen ("Omar al-Bashir", "Khalid el-Sayed")
is part of the name; and one name written in two transliterations ("Fareed al-Mansouri" / "Farid al-Mansouri")
is one person in one post, no two holders of it."""

from __future__ import annotations

import pytest

from consistency import mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Canal authority chairman Admiral Nabil al-Rashidi said tugs had been sent.", "Nabil al-Rashidi"),
        ("The talks were led by Khalid el-Sayed.", "Khalid el-Sayed"),
        ("Omar al-Tahir was named chief executive on Monday.", "Omar al-Tahir"),
    ],
)
def test_a_hyphened_particle_is_part_of_the_name(text, name):
    assert name in [m.text for m in mentions(text) if m.kind == "entity"]


def test_one_name_in_two_transliterations_is_one_holder(dated_errors):
    first = ("2025-02-12", "Canal authority chairman Admiral Fareed al-Rashidi said tugboats had been sent to the site.")
    later = ("2025-02-14", "Authority chairman Admiral Farid al-Rashidi said on Thursday that the canal was losing $14m a day.")
    assert dated_errors(first, later, kind="entity-conflict") == []
