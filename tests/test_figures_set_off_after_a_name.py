"""A figure in a participle set off right after a name ("Krelling Pharma, fined €156 million as the ringleader,
said") is that name's, though the name goes on to speak: another company's fine is not compared with it."""

from __future__ import annotations


def test_two_companies_fines_stay_apart(dated_errors):
    assert not dated_errors(
        ("2026-05-13", "Vesteria Generics was fined €97m by the competition authority in Dusseldorf."),
        ("2026-05-14", "Krelling Pharma, fined €156 million by the competition authority in Dusseldorf, said on "
                       "Wednesday that it would appeal."),
        kind="value-conflict",
    )


def test_one_companys_fine_told_two_ways_disagrees(dated_errors):
    assert dated_errors(
        ("2026-05-13", "Krelling Pharma was fined €165m by the competition authority in Dusseldorf."),
        ("2026-05-14", "Krelling Pharma, fined €156 million by the competition authority in Dusseldorf, said on "
                       "Wednesday that it would appeal."),
        kind="value-conflict",
    )
