"""A figure that counts the noun its measure is ("a thousand staff will join") is no count of another noun its
sentence names ("668 stores"), however alike the words around the two."""


def test_staff_who_join_with_the_stores_are_no_count_of_the_stores(dated_errors):
    assert not dated_errors(
        ("2026-03-10", "Northampton-based supermarket group Harlow Stores has reported a rise in sales over the winter, "
                       "and says more than a thousand staff will join the business when it takes over a string of "
                       "stores left by a collapsed rival."),
        ("2026-03-11", "The group will grow from 640 to 668 stores once it takes over 28 branches of Pellow Foods, the "
                       "regional chain that collapsed at the start of the year."),
        kind="value-conflict",
    )
