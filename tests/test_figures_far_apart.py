"""Two values too far apart for a slip to make one of the other are two quantities; a slip of digits or of a
scale word (a thousand for a million) is still a conflict. A premium an offer stands at is its own measure."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # transport: a month's passengers and one flight's
        ("The airline carried 2.4 million passengers in March, Skyvane said.",
         "Skyvane carried 140 passengers on the first flight in March, it said."),
        # science: a distance in hundreds of millions and a size
        ("Tarvos is currently about 318 million kilometres (198 million miles) from Earth.",
         "Tarvos measures about 140km, the agency said."),
        # business: a company's value and a price a share
        ("The bid values Kestrel Mining at $4.2 billion, the board said.",
         "The board said the bid for Kestrel Mining was $38 a share."),
        # disasters: a plain magnitude and a count of people, its sentence's words alike
        ("Aid agencies estimated that 240,000 people were affected by Sunday's magnitude 6.4 quake.",
         "About 240,000 people have been affected by the quake."),
    ],
)
def test_values_ten_thousand_times_apart_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The takeover values Brenna Foods at £3.2 billion.", "The takeover values Brenna Foods at £3.2 million."),
        ("The recall covers 486,000 heaters sold since 2021.", "The recall covers 486 heaters sold since 2021."),
        ("The recall covers 486,000 heaters sold since 2021.", "The recall covers 846,000 heaters sold since 2021."),
        ("The storm left 12,000 homes without power in Varn.", "The storm left 120 homes without power in Varn."),
    ],
)
def test_a_slip_of_digits_or_of_a_scale_word_is_still_a_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The proposal represents a premium of 38% to the undisturbed closing price of Brenna Foods, the company said.",
         "Ostby's 300p proposal offered a 48 per cent premium to Brenna Foods' undisturbed share price."),
        ("Halden's offer is a 25% premium to Kestrel Mining's closing price on Friday.",
         "Halden's offer represents a premium of 35% to Kestrel Mining's closing price on Friday."),
    ],
)
def test_two_premiums_of_one_offer_differ(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_an_auctions_price_with_premium_is_not_a_premium(error_kinds):
    assert "value-conflict" not in error_kinds(
        "The painting sold for a hammer price of €410,000 at Ostby's on Friday.",
        "The painting sold for €512,500 with buyer's premium at Ostby's on Friday.",
    )


def _internal(tmp_path, text: str) -> list[str]:
    import consistency

    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([tmp_path]).discrepancies if d.kind == "internal-conflict"]


def test_parts_far_smaller_than_a_total_are_no_parts_of_it(tmp_path):
    text = (
        "Orsk recalls nearly half a million heaters over fire, burn risk\n\n"
        "Orsk Appliances is recalling about 486,000 heaters, the safety commission said on Thursday.\n\n"
        "The commission said Orsk had received 98 reports of the heaters overheating, including 14 reports of burn "
        "injuries and five fires that caused property damage."
    )
    assert _internal(tmp_path, text) == []


def test_parts_that_miss_a_total_near_them_still_conflict(tmp_path):
    text = (
        "The Varn ferry fire killed 265 people, officials said.\n\n"
        "The fire killed 241 passengers and 19 crew members on the Varn ferry."
    )
    assert _internal(tmp_path, text) == ["internal-conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen ended the event with six wins, two draws and one loss. In the last round she accepted a draw "
        "after 41 moves against Ines Marr.",
        "The depot runs 40 buses and 12 trams on weekdays. Drivers logged 61 shifts at the depot on Sunday.",
        "The clinic saw 32 adults and nine children with symptoms. Staff handed out 55 leaflets at the clinic.",
    ],
)
def test_parts_that_each_count_a_noun_are_no_parts_of_a_total_of_another_noun(tmp_path, text):
    assert _internal(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The clinic saw 32 adults and nine children with symptoms on Monday. The clinic saw 44 people with symptoms on Monday.",
        "The blast injured 17 workers and four visitors at the Oska plant. The blast at the Oska plant injured 24.",
    ],
)
def test_parts_of_a_total_told_by_a_general_word_or_none_still_conflict(tmp_path, text):
    assert _internal(tmp_path, text) == ["internal-conflict"]
