"""A sum in a currency name several countries share ("3.4 million crowns", "90 million pesos") and the same sum in a
currency of that name another report names in full ("3.4 million Swedish crowns") are one sum in one currency, not
the same figure in two units; two currencies each named in full stay two units."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _units(found: set) -> set[tuple[str, ...]]:
    return {texts for kind, texts in found if kind == "unit-conflict"}


ONE_CURRENCY = [
    # charity
    (
        ("2026-08-19", "By Wednesday morning, donations to the Malmo hospice run had reached 3.4 million Swedish "
                       "crowns ($330,000)."),
        ("2026-08-20", "The Malmo hospice run has so far raised 3.4 million crowns for the children's hospice."),
    ),
    # sport
    (
        ("2026-08-19", "The Cali marathon raised 90 million Colombian pesos for the city's flood victims."),
        ("2026-08-20", "The Cali marathon raised 90 million pesos for flood victims, the organisers said."),
    ),
    # business
    (
        ("2026-03-02", "Ostra Bank will pay a fine of 45 million Norwegian crowns, the Bergen regulator said."),
        ("2026-03-03", "The Bergen regulator fined Ostra Bank 45 million crowns over its money-laundering checks."),
    ),
    # a bare "$" is any country's dollar
    (
        ("2026-11-02", "Harrowgate Homes owes creditors an estimated A$96 million, according to the administrators."),
        ("2026-11-06", "Harrowgate Homes owes creditors about $96 million, the administrators said."),
    ),
]


@pytest.mark.parametrize(("first", "second"), ONE_CURRENCY)
def test_a_shared_currency_name_is_the_one_named_in_full(tmp_path, first, second):
    assert _units(rows(tmp_path, {"a": first, "b": second})) == set()


def test_two_currencies_named_in_full_are_two_units(tmp_path):
    first = ("2026-08-19", "Donations to the Malmo hospice run had reached 3.4 million Swedish crowns.")
    second = ("2026-08-20", "Donations to the Malmo hospice run had reached 3.4 million Danish crowns.")
    assert _units(rows(tmp_path, {"a": first, "b": second})) == {("3.4 million Swedish crowns", "3.4 million Danish crowns")}


def test_two_dollars_named_in_full_are_two_units(tmp_path):
    first = ("2026-11-02", "Harrowgate Homes owes creditors an estimated A$96 million, the administrators said.")
    second = ("2026-11-06", "Harrowgate Homes owes creditors an estimated NZ$96 million, the administrators said.")
    assert _units(rows(tmp_path, {"a": first, "b": second})) == {("A$96 million", "NZ$96 million")}
