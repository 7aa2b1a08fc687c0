"""first_chars: the characters a pattern can start with, never too few."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.parse.first_chars import first_chars, guarded

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
