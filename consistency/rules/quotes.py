"""Rules over quoted speech: quote-variant.

The same speaker quoted in two sources with wording that is close but not
the same, beyond one being a truncation of the other, suggests that one
source paraphrased inside quotation marks or translated differently.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from ..model import Claim, Discrepancy, Severity
from .base import Context, rule

SAME_REMARK = 75.0  # rapidfuzz token_set_ratio from which two quotes render the same remark
_NOT_WORD = re.compile(r"[^\w]+")


def normalise_quote(text: str) -> str:
    """Lowercase words only: punctuation and curly apostrophes do not make a variant."""
    return " ".join(_NOT_WORD.sub(" ", text.lower().replace("’", "'").replace("'", "")).split())


def quotes_by_speaker(ctx: Context) -> dict[tuple[int, str], list[Claim]]:
    """(story, speaker) → that speaker's quotes in that story: the quotes that may render one remark."""
    by_speaker: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        if c.mention.kind == "quote" and c.mention.speaker:
            by_speaker[(ctx.story_of(c.doc), c.mention.speaker)].append(c)
    return by_speaker


@rule(
    "quote-variant",
    Severity.warning,
    example='Putin: "we are ready to attract foreign partners" (a) vs "we are ready to welcome foreign partners" (b)',
)
def quote_variant(ctx: Context) -> Iterator[Discrepancy]:
    """The same speaker quoted with different wording for what is the same remark.

    A quote that is a part of the other (a truncation) is not a variant; two
    quotes count as one remark when most of their words are shared.
    """
    for (_, speaker), quotes in sorted(quotes_by_speaker(ctx).items()):
        norm = [normalise_quote(q.mention.text) for q in quotes]
        for i in range(len(quotes)):
            for j in range(i + 1, len(quotes)):
                a, b = quotes[i], quotes[j]
                na, nb = norm[i], norm[j]
                if a.doc == b.doc or not na or not nb or na in nb or nb in na:
                    continue
                if min(len(na.split()), len(nb.split())) < 4:
                    continue
                score = fuzz.token_set_ratio(na, nb)
                if score < SAME_REMARK:
                    continue
                yield Discrepancy(
                    kind="quote-variant",
                    severity=Severity.warning,
                    summary=f"{speaker} quoted differently in {a.doc} and {b.doc}",
                    claims=(a, b),
                    explanation=f"The two quotes share most words (similarity {score:.0f}) but neither contains the other.",
                )
