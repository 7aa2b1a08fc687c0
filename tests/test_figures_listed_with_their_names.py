"""A list of names each followed by its figure ("Harbour Party 14 seats, Civic League nine, Greens six") gives each
figure to the name right before it, not to every name of the list."""

from tests.test_claims import claims_in

RESULT = (
    "The final result of Wednesday's council election was read out on Thursday afternoon: Harbour Party 14 seats, "
    "Civic League nine, Greens six and independents two."
)


def test_each_listed_figure_is_its_own_names(tmp_path):
    subjects = {c.mention.text: c.subject for c in claims_in(tmp_path, RESULT) if c.mention.is_figure}
    assert subjects["14 seats"] == ("Harbour Party",)
    assert subjects["nine"] == ("Civic League",)


def test_one_partys_listed_seats_are_not_set_against_anothers(dated_errors):
    assert not dated_errors(
        ("2026-03-19", "Harbour Party tops Brenna council poll\n\n" + RESULT),
        ("2026-03-19", "Brenna council: Harbour Party ahead\n\nThe Civic League, which has led the council for three "
                       "years, was on course for nine seats, down from 11."),
        kind="value-conflict",
    )


def test_a_figure_after_a_name_in_no_list_keeps_its_sentences_names(tmp_path):
    text = "Voters in Brenna gave the Harbour Party 14 seats on Wednesday, the council said."
    (seats,) = [c for c in claims_in(tmp_path, text) if c.mention.text == "14 seats"]
    assert "Brenna" in seats.subject
