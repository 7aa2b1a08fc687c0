"""An arrest told of its person by role in one report ("arrested the mayor of Benivar") and by name in another
("Mayor Jordi Pla was arrested") is one arrest: the names each sentence gives of other kinds (the town, the police
force that said so, the firm under inquiry) do not make it two. Arrests of two named people, or in two named places,
are two."""

import pytest


def test_one_arrest_by_role_and_by_name_dated_apart(dated_errors):
    assert dated_errors(
        (
            "2026-03-03",
            "Police arrested the mayor of the town of Benivar on Tuesday in an inquiry into bribes, the Guardia Civil "
            "said.",
        ),
        (
            "2026-03-05",
            "Mayor Jordi Pla was arrested in dawn raids on 2 March as part of an inquiry into bribes paid by Obras "
            "Vidal.",
        ),
        ("2026-03-04", "Jordi Pla has been the mayor of Benivar since 2015."),
        kind="date-conflict",
    )


@pytest.mark.parametrize(
    "first, later",
    [
        ("Police arrested Jordi Pla on Tuesday in an inquiry into bribes.", "Ana Roig was arrested on Thursday in the same inquiry into bribes."),
        ("Police arrested six men in Leeds on Monday over the thefts.", "Two men were arrested in Bradford on Wednesday over the thefts."),
    ],
)
def test_two_named_people_or_places_are_two_arrests(dated_errors, first, later):
    assert not dated_errors(("2026-03-03", first), ("2026-03-05", later), kind="date-conflict")
