"""first_chars: the characters a pattern can start with, never too few."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.parse.dates.first_chars import Openings, first_chars, guarded, openings

CASES = [
    (r"\bthe\s+", "t"),
    (r"(?<![\w$])\d{4}", "0123456789"),
    (r"(?:early\s+)?may", "em"),
    (r"(?:a|)b", "ab"),
    (r"\d|x", "0123456789x"),
    (r"(?:ab)*c", "ac"),
    (r"[a-c]x", "abc"),
    (r"\w+", None),  # a category other than digits: any
    (r"[^a]b", None),  # a negated class: any
    (r"a*", None),  # may match the empty string: any
    (r"(?i:a)b", None),  # flags switched inside: any
    (r"(?i)ab", None),  # or for the whole pattern
    (r"(a)\1", "a"),
    (r".", None),
]


@pytest.mark.parametrize(("pattern", "expected"), CASES)
def test_first_chars(pattern, expected):
    found = first_chars(pattern)
    assert (None if found is None else "".join(sorted(found))) == expected


def test_ignorecase_patterns_start_with_anything():
    assert first_chars("abc", re.IGNORECASE) is None


PATTERNS = [r"\b(?:jan|feb)\w*", r"(?<!\d)[1-9]\d?(?:st|nd)", r"(?:the\s+)?(?:last|next)\s+week", r"q[1-4]"]


@given(st.sampled_from(PATTERNS), st.text(alphabet="abefjlnqstwx1239 ", max_size=30))
def test_a_match_always_starts_with_one_of_the_characters(pattern, text):
    chars = first_chars(pattern)
    for m in re.finditer(pattern, text):
        if m.end() > m.start():
            assert chars is None or text[m.start()] in chars


@given(st.sampled_from([*PATTERNS, r"\w+x", r"(?<![a-z])\d{2}", r"a*b?"]), st.text(alphabet="abefjlnqstwx1239٣ ", max_size=30))
def test_a_guarded_pattern_matches_where_the_pattern_does(pattern, text):
    plain, guard = re.compile(pattern), re.compile(guarded(pattern))
    for i in range(len(text) + 1):
        assert bool(plain.match(text, i)) == bool(guard.match(text, i)), (pattern, text, i)


def test_digits_of_other_scripts_pass_a_digit_guard():
    assert re.match(guarded(r"\d+"), "٣٤")


OPENING_CASES = [
    (r"\bthe\s+(?:last|next)\s+week", 4, {"the "}),
    (r"q[1-4]", 4, {"q0"}),  # digits fold to "0"; a match shorter than k is whole
    (r"(?:19|20)\d\d", 3, {"000"}),
    (r"ab(?:c|de)?", 3, {"ab", "abc", "abd"}),
    (r"x{5,}", 3, {"xxx"}),
    (r"\w+", 3, None),
]


@pytest.mark.parametrize(("pattern", "k", "expected"), OPENING_CASES)
def test_openings(pattern, k, expected):
    from consistency.parse.dates.first_chars import _digits_and_blanks

    found = openings(pattern, k, _digits_and_blanks)
    assert (None if found is None else set(found)) == expected


OPENING_PATTERNS = [
    r"\b(?:the\s+)?(?:last|next)\s+(?:week|month)",
    r"(?<![\w$])(?:19|20)\d\d(?:\s*-\s*\d\d)?",
    r"\bq[1-4](?!\w)",
    r"\bin\s+\d{1,3}\s+days?",
    r"[a-z]+ed\b",  # many openings, still read
    r"\w{2}x",  # not read: a "maybe" wherever it may start
]


MAYBE = Openings(OPENING_PATTERNS, 4)


@given(st.text(alphabet="theq1nlxdaw2 9-\n\u00a0\u0663ys", max_size=40))
def test_openings_never_rule_out_a_match(text):
    for pattern in OPENING_PATTERNS:
        for i in range(len(text) + 1):
            if re.compile(pattern).match(text, i):
                assert MAYBE(text, i), (pattern, text, i)


def test_openings_rule_out_most_offsets_of_plain_text():
    maybe = Openings(OPENING_PATTERNS[:4], 4)
    text = "officials said the offer stood in 30 days, not next week"
    ruled_out = [i for i in range(len(text)) if not maybe(text, i)]
    assert len(ruled_out) > len(text) // 2
    assert maybe(text, text.index("in 30")) and maybe(text, text.index("next week"))
