"""Helpers of the align stage: grouping by links, and the common-word cut-off."""

from __future__ import annotations

import pytest

from consistency.align import connected_groups, is_common


@pytest.mark.parametrize(
    ("items", "links", "groups"),
    [
        ("abcde", [("a", "c"), ("c", "e")], [["a", "c", "e"], ["b"], ["d"]]),  # joined through c
        ("abcd", [("d", "a"), ("b", "c")], [["a", "d"], ["b", "c"]]),  # members in the items' order
        ("abc", [], [["a"], ["b"], ["c"]]),
        ("ab", [("a", "a"), ("a", "b"), ("b", "a")], [["a", "b"]]),
    ],
)
def test_connected_groups(items, links, groups):
    assert connected_groups(list(items), links) == groups


@pytest.mark.parametrize(
    ("in_documents", "documents", "common"),
    [
        (3, 3, False),  # a draft and two sources share their topic words: none is common
        (3, 4, True),
        (6, 10, False),  # 60% is not more than 60%
        (7, 10, True),
    ],
)
def test_is_common(in_documents, documents, common):
    assert is_common(in_documents, documents) is common
