"""A firm named by the noun of what it does for another ("Norvell Bank's auditor, Brightwater Partners") fills the
slot of the verb ("audited by Keller Marsh"): two firms named to it disagree, unless they do it for two others."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The accounts of Norvell Bank were audited by Keller Marsh, which said it was reviewing its work.",
            "Norvell Bank's auditor, Brightwater Partners, said it was reviewing its work on the accounts.",
        ),  # finance
    ],
)
def test_a_firm_named_by_its_noun_and_one_by_its_verb_conflict(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The accounts of Castor Bank were audited by Keller Marsh, which said it was reviewing its work.",
            "Norvell Bank's auditor, Brightwater Partners, said it was reviewing its work on the accounts.",
        ),  # two banks, two auditors
        (
            "The accounts of Norvell Bank were audited by Keller Marsh, which said it was reviewing its work.",
            "Norvell Bank's former auditor, Brightwater Partners, said it was reviewing its work on the accounts.",
        ),  # a past auditor
    ],
)
def test_firms_doing_it_for_others_or_before_are_not_compared(error_kinds, first, second):
    assert "entity-conflict" not in error_kinds(first, second)
