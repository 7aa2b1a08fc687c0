import consistency


def test_empty_text_has_no_mentions():
    assert consistency.mentions("") == []
