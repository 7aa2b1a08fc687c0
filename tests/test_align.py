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


def test_a_join_decides_which_links_join_groups():
    size = dict.fromkeys("abcde", 1)

    def join(a: str, b: str) -> str | None:  # groups of at most two
        if size[a] + size[b] > 2:
            return None
        size[b] += size.pop(a)
        return b

    links = [("a", "b"), ("b", "c"), ("d", "c"), ("e", "a")]
    assert connected_groups(list("abcde"), links, join) == [["a", "b"], ["c", "d"], ["e"]]


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
