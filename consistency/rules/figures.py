"""Rules over figures: value-conflict, attributed-figures, unit-conflict, single-source, reference-conflict.

Figures compare as intervals: two figures conflict only when their intervals
do not overlap, so rounding and hedges ("nearly 60%" against "58%") never
raise an alarm. A figure is compared with the figure in the other document
that most surely measures the same thing; if any figure there that measures
it about as surely agrees, the two documents agree.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from ..align import (
    AGE,
    CLOSE_SECOND,
    agents_differ,
    attribute_similarity,
    candidate_pairs,
    context_similarity,
    describe_frame,
    english_rarity,
    frames_compatible,
    lifted_by_context,
    mutual_conflicts,
    name_tokens,
    names_bracketed_owner,
    of_the_members,
    one_name,
    owners_compatible,
    same_event_property,
    same_frame,
    same_measure,
    same_unit_family,
    subjects_compatible,
    two_sources,
)
from ..align.frames import (
    FIRST_COUNT,
    MARGIN_OF_VICTORY,
    PAID,
    SECOND_COUNT,
    YEAR_ON_YEAR,
    alternatives,
    event_words,
    of_the_event,
    own_measure,
    placed_with_the_rest,
    places_a_part,
    places_a_part_of_a_series,
)
from ..claim_building import change_direction, counted_group, figure_clause_terms, heads_match
from ..data import rows
from ..intervals import figures_overlap, overlap
from ..model import Claim, Discrepancy, Severity
from ..parse.figures.numbers import unit_factor
from ..parse.figures.ranks import ranked_scale
from ..parse.figures.vocabulary import DURATION_BASE
from ..terms import content_terms
from .base import (
    Context,
    changed_by,
    fixed_quantity,
    kind_sized,
    known_thing,
    one_act_lasted,
    one_kind_of_unit,
    one_things_size,
    other_things_sizes,
    per_head_sum,
    plan_and_deed,
    rule,
    told_as_whole,
)
from .ordinals import place_count_conflicts
from .places import bearing_conflicts
from .scores import moment_conflicts, score_conflicts
from .slips import transposed_figures
from .superlatives import superlative_span_conflicts

SAME_QUANTITY = 0.5  # attribute similarity from which two figures measure the same thing
REFERENCE_MATCH = 0.3  # a reference row's subject is required, so its attribute may match more loosely
SAME_HEAD = 0.6  # two figures of the same thing counted ("13 games", "11 games") measure alike
OTHER_HEAD = 0.5  # two figures that count different things rarely measure the same quantity
# two figures whose frames name the same measure of the same owner measure alike, whatever else
# their sentences say ("killing 112 in Lisbon", "Lisbon's death toll of 112")
SAME_FRAME = 0.6
# two figures of the same measure whose words already come this close to SAME_QUANTITY are lifted to it:
# "rated 92% based on 24 reviews" and "a rating of less than 90% on Rotten Tomatoes", when their sentences
# name no two different owners
NEAR_FRAME = 0.35
# two figures in units of one base are one value when they agree this closely once converted: a
# conversion is rounded ("1.6 km", "a mile")
CONVERTED_TOLERANCE = 0.01
TOPICAL_RARITY = 1.0  # a word ten times rarer than an everyday one ties two sentences to one topic
# how far apart two values of one quantity can be when one of them is mis-told: a slip of digits, or of a scale
# word (a thousand for a million: 1,000 times); two values farther apart are two quantities ("a 412p offer" and
# "values the company at £2.3bn", "318 million km from Earth" and "140 km across")
SCALE_SLIP = 10_000
# how far apart two values of one quantity are when a report gets it wrong without a slip of scale or of digit
# order: a mistyped digit, a rounding, an old or early count. Farther apart and neither a power of ten nor the same
# digits in another order, they count two things ("1,604 votes" and "13,192 votes": a majority and a winner's votes)
FAR_APART = 4.0
SCALE_SLIP_TOLERANCE = 0.1  # a ratio within a tenth of a power of ten is a slip of scale ("£1.2bn" for "£12bn")
_RANK = "rank"  # the unit of a place in an order ("third", "the top 20")


def figure_keys(ctx: Context):
    """Blocking keys of a claim: its distinctive attribute and context words, with the keys every claim
    has (Context.claim_keys: its subjects' names, its frame's measure and rare words, its sentence)."""
    return ctx.figure_keys


def figure_score(ctx: Context, a: Claim, b: Claim, timed: bool = True, sources: bool = True) -> float:
    """How surely two figures measure the same quantity (0 when they cannot be compared).

    With `timed`, figures that speak for different times are not compared;
    with `sources`, nor are two different named sources' own figures. What the
    figures' sentences say, and whether their times overlap, are weighed once
    per pair (`Context.scored_once`): value-conflict and coverage ask of the same pairs.
    """
    if not same_unit_family(a, b) or (timed and not ctx.scored_once(_times_overlap, a, b)):
        return 0.0
    return ctx.scored_once(_untimed_score, a, b) if sources else _untimed_score(ctx, a, b, sources=False)


def _times_overlap(ctx: Context, a: Claim, b: Claim) -> bool:
    return ctx.times_overlap(a, b)


def _untimed_score(ctx: Context, a: Claim, b: Claim, sources: bool = True) -> float:
    """`figure_score` whatever times the two figures speak for."""
    if not same_unit_family(a, b) or not ctx.subjects_related(a, b) or _scales_apart(a, b) or _far_apart(a, b):
        return 0.0
    if not (owners_compatible(a, b, ctx.is_place) and names_bracketed_owner(a, b)) or ctx.different_people(a, b):
        return 0.0  # "A fire swept through Lisbon. The damage was put at €40 million." is not Porto's damage;
        # "Okafor was jailed for seven years" is not Lindqvist's sentence
    if agents_differ(a, b):
        return 0.0  # "Portugal has sent 40 firefighters" is not Norway's team of 25
    if _another_named_event(ctx, a) or _another_named_event(ctx, b):
        return 0.0  # "the 7.3-magnitude El Asnam earthquake", told by one report in passing, is not the story's
    if PAID in (a.frame.measure, b.frame.measure) and not _one_deal(a, b):
        return 0.0  # "signed Tom Hale from Orm for 30 million" is not the club's other signing, of Ivo Sand
    if of_the_members(a, b):
        return 0.0  # "54 cases, most of which came from Italy" is not Italy's count of cases
    if _part_by_its_modifier(ctx, a, b) or _part_by_its_modifier(ctx, b, a):
        return 0.0  # "19 league goals" is a part of "27 goals in all competitions"
    if (grade := rated_as(a)) is not None and rated_as(b) not in (None, grade):
        return 0.0  # "four were rated good" and "rated six of its schools inadequate": two grades, two counts
    if _counted_in_nested_places(ctx, a, b):
        return 0.0  # "5,000 homes across Scotland" and "1,200 homes in Fife": a whole and one part of it
    if _group_and_other(a, b):
        return 0.0  # "nine children fell ill" is a part of "thirty-two guests fell ill", not the same count
    if _whole_and_part(a, b) or _whole_and_part(b, a) or _two_parts(a, b):
        return 0.0  # "Harlow had 14,020 applicants" is not the "4,210 applicants passing the test", nor are the
        # "980 applicants with disabilities"
    if a.mention.kind == b.mention.kind == "money" and _price_of_one(a) != _price_of_one(b):
        return 0.0  # "adult tickets will cost 12 euros" is one ticket's price, not the 84 million euros the works cost
    if _share_and_whole(a, b) or _share_and_whole(b, a):
        return 0.0  # "compensation of €250 to each passenger" is a share of "€2m in compensation to passengers"
    if other_things_sizes(a, b):
        return 0.0  # "the 142-km-wide asteroid" is not "a 9.4km-wide crater" on it
    one_act = one_act_lasted(a, b)
    if one_act is False:
        return 0.0  # "the operation lasted six hours" is not "the six-hour drive" to the hospital
    if plan_and_deed(a, b):
        return 0.0  # "plans to hire 500 engineers" is a target, "hired 300 engineers" what was done
    if ctx.earlier_in_its_report(a) != ctx.earlier_in_its_report(b):
        return 0.0  # "had sentenced him to eight years" at first instance, beside "jailed for seven years" now
    if (a.frame.measure == AGE) != (b.frame.measure == AGE):
        return 0.0  # "men aged 54 and 61" and "two men": an age is no count
    if a.frame.measure == b.frame.measure == AGE and not ctx.one_persons_age(a, b):
        return 0.0  # "the second guide, a 29-year-old" and "the lead guide, 38-year-old Matthias Pfurtscheller"
    if a.comparative or b.comparative:
        return 0.0  # "taller than the 17th heaviest": a comparison on another scale, which no interval holds
    if _change_and_level(a, b):
        return 0.0  # "unemployment fell 5%" is not "unemployment of 5%"; "a 26% lower risk" is not "a risk of 3.1%"
    if _other_rankings(ctx, a, b):
        return 0.0  # "the second most populous region" and "the fourth-largest region": two rankings
    if places_a_part_of_a_series(a) or places_a_part_of_a_series(b):
        return 0.0  # "found on the fourth floor" and "staying on the third floor": two floors of one building
    if _places_of_other_acts(a, b):
        return 0.0  # "stopped him in the ninth round" and "the cut he opened in the third round": two acts, two rounds
    if not (a.parts_total or b.parts_total or frames_compatible(a.frame, b.frame, sources)):
        # a listed part ("19 on the ground") is compared through its list's sum, whatever it counts
        return 0.0  # deaths and injuries, a quake and its aftershock, two agencies' own figures
    attr = attribute_similarity(a, b, ctx.corpus)
    if same_frame(a, b) or (same_event_property(a.frame, b.frame) and subjects_compatible(a, b)) or (
        attr >= NEAR_FRAME and same_measure(a.frame, b.frame) and subjects_compatible(a, b)
    ):
        attr = max(attr, SAME_FRAME)
    if _fixed_of_one(ctx, a, b) or _one_periods_result(ctx, a, b) or _one_days_measure(ctx, a, b):
        attr = max(attr, SAME_FRAME)
    if ctx.each_reports_only(a, b):
        attr = max(attr, SAME_FRAME)  # "the stadium holds 42,000" and "a capacity of 45,000": each report's one capacity
    if one_act:
        attr = max(attr, SAME_FRAME)  # "the search, which took 14 hours," and "after a 12-hour search"
    if a.frame.measure == b.frame.measure == AGE and ctx.unnamed_met_again(a, b):
        attr = max(attr, SAME_FRAME)  # "a seven-year-old boy" and "the boy, aged nine": whatever else each says
    if ctx.one_holders(a, b):
        attr = max(attr, SAME_FRAME)  # "A care home manager was jailed for six years" and "Ann Lee got four years"
    if _same_named_list(a, b) or ctx.same_update(a, b):
        attr = max(attr, SAME_FRAME)  # ranks on one named list; one quantity of one announcement
    if _counts_its_measure(a, b) or _counts_its_measure(b, a):
        return 0.0  # "a thousand staff will join when it takes over the stores" and "668 stores": two things counted
    same = heads_match(a.head, b.head)
    if same and not ctx.corpus.is_common(a.head.split()[-1]):
        attr = max(attr, SAME_HEAD)  # "13 games" and "less than 11 games"
    elif same is False and a.head.split()[-1] not in b.attribute and b.head.split()[-1] not in a.attribute:
        attr *= OTHER_HEAD  # "12 crew" and "217 adults" count different things
    score = lifted_by_context(a, b, attr, ctx.corpus)
    if a.frame.measure == b.frame.measure == AGE and ctx.one_age_holder(a, b):
        return max(score, SAME_FRAME)  # "Alvarez, 29," and "The 26-year-old" after Alvarez's sentence: his age
    # the size of one thing, each figure written before it, whatever words stand after it ("the 142-km-wide asteroid")
    return max(score, SAME_FRAME) if score < SAME_FRAME and _one_things_size(ctx, a, b) else score


def _counts_its_measure(a: Claim, b: Claim) -> bool:
    """Whether `a` counts the noun its measure is ("a thousand staff": staff) and `b`, of no measure, another noun;
    a size in a unit ("142-kilometre-wide") counts no noun."""
    return bool(
        a.mention.family == b.mention.family == "count" and a.frame.measure and not b.frame.measure and a.head and b.head
        and heads_match(a.head, a.frame.measure) and not heads_match(b.head, a.frame.measure)
    )


def _places_of_other_acts(a: Claim, b: Claim) -> bool:
    """Whether two places in a contest's order ("in the ninth round", "in the third") tell when two different acts
    happened: a report of a fight or a race tells several, and two are the place of one act only when their
    clauses tell it in some word beside the part's noun and the names ("stopped him in the ninth round" and "the
    ninth-round stoppage"); "the cut he opened over his eye in the third round" is another act."""
    if not (a.mention.unit == b.mention.unit == _RANK and _place_in_a_contest(a) and _place_in_a_contest(b)):
        return False
    told_a, told_b = _act_words(a), _act_words(b)
    return not any(_one_word(x, y) for x in told_a for y in told_b)


def _place_in_a_contest(c: Claim) -> bool:
    """A place in order of a part of a whole ("the ninth round"), or one with no noun told that "in" leads ("in
    the ninth"): not a place on a list ("reached number three")."""
    if c.head:
        return places_a_part(c)
    return _IN_THE.search(c.sentence.text, 0, c.start - c.sentence.start) is not None


_IN_THE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)


def _act_words(c: Claim) -> set[str]:
    """The stems of a figure's clause that may tell its act: not the figure, the part's noun, a name or a word of
    time ("night": it dates an act, whichever)."""
    named = set(content_terms(" ".join(re.findall(r"\b[A-Z][\w'’-]*", c.sentence.text))))
    own = set(content_terms(c.mention.text)) | set((c.head or "").split()[:1])  # "ninth", "round" of "round stoppag"
    return set(figure_clause_terms(c.sentence, c.mention)) - named - own - _time_words()


@cache
def _time_words() -> frozenset[str]:
    """Stems of the nouns of time ("night", "week"; data/date_words.csv kinds anchor and unit)."""
    return frozenset(content_terms(" ".join(r["word"] for r in rows("date_words.csv") if r["kind"] in ("anchor", "unit"))))


def _one_word(x: str, y: str) -> bool:
    """Two stems of one word, one perhaps the other's noun ("stop", "stoppag")."""
    return x == y or min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))


def _part_by_its_modifier(ctx: Context, part: Claim, whole: Claim) -> bool:
    """Whether `part` counts the noun `whole` counts with a word before it ("19 league goals") and `whole` says it
    is the whole ("27 goals in all competitions"; data/whole_words.csv), or its story tells that noun's whole
    elsewhere ("23 goals" where another report gives "27 goals in all competitions"): a part and its whole, two
    quantities."""
    if not (part.head and whole.head) or part.head == whole.head:
        return False
    words, noun = part.head.split(), whole.head.split()
    if len(words) <= len(noun) or words[-len(noun) :] != noun:
        return False
    return told_as_whole(whole) or ctx.whole_told(whole)


@cache
def _rating_verbs() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(r['word'] for r in rows('rating_verbs.csv'))})\b(?:\s+as)?", re.IGNORECASE)


_RATING_REACH = 40  # characters before a figure its verb of rating may stand in: "inspectors rated six of"
_CLAUSE_CUT = re.compile(r"[,;:]|\.\s")
_PARTITIVE = re.compile(r"^\s*of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?[\w'’-]+", re.IGNORECASE)


def rated_as(c: Claim) -> str | None:
    """The grade a count's things were given, as a stem ("four were rated good", "rated six of its schools
    inadequate"; data/rating_verbs.csv): the first content word after the verb of rating that is not the figure's
    noun. None when its clause tells no rating."""
    rel = c.sentence.start
    before = c.sentence.text[max(0, c.start - rel - _RATING_REACH) : c.start - rel]
    after = _CLAUSE_CUT.split(c.sentence.text[c.end - rel :], maxsplit=1)[0]
    verbs = list(_rating_verbs().finditer(before))
    if verbs and not _CLAUSE_CUT.search(before[verbs[-1].end() :]):
        told = _PARTITIVE.sub("", after)  # "rated six of its schools inadequate": what they are, then the grade
    elif (verb := _rating_verbs().search(after)) is not None:
        told = after[verb.end() :]  # "four were rated good"
    else:
        return None
    noun = set(content_terms(c.head or ""))
    return next((t for t in content_terms(told) if t not in noun), None)


def _scales_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures' values, in one unit, are more than `SCALE_SLIP` times apart: no slip makes one of the
    other. A zero or an unknown value tells nothing."""
    values = _in_one_unit(a, b)
    return values is not None and values[1] > values[0] * SCALE_SLIP


def _far_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures, in one unit, are more than `FAR_APART` times apart and no slip makes one of the other:
    not a power of ten apart ("£1.2bn" and "£12bn": a scale mis-told), not the same digits in another order ("16"
    and "61")."""
    if _RANK in (a.mention.unit, b.mention.unit):
        return False  # a place in an order is no amount: "third" and "36th" are one film's rank mis-told
    values = _in_one_unit(a, b)
    if values is None or values[1] <= values[0] * FAR_APART:
        return False
    ratio = values[1] / values[0]
    power = round(math.log10(ratio))
    if power and abs(ratio / 10**power - 1) <= SCALE_SLIP_TOLERANCE:
        return False
    da, db = _digits(a), _digits(b)
    return not (da and sorted(da) == sorted(db))


def _in_one_unit(a: Claim, b: Claim) -> tuple[float, float] | None:
    """Two figures' values in one unit, the lower first; None when one is zero or unknown, or their units have no
    common measure."""
    ratio = unit_factor(a.mention.unit, b.mention.unit) if a.mention.unit != b.mention.unit else 1.0
    if ratio is None and None in (a.mention.unit, b.mention.unit):
        ratio = 1.0  # a plain "6.8" and "300,000 people", compared as counts (same_unit_family): one count's scale
    if ratio is None or not a.mention.value or not b.mention.value:
        return None
    low, high = sorted((abs(a.mention.value), abs(b.mention.value * ratio)))
    return low, high


def _another_named_event(ctx: Context, a: Claim) -> bool:
    """Whether a figure's event is told with a name of its own before its word ("the 7.3-magnitude El Asnam earthquake in
    neighbouring Algeria") that no other report of the story writes: an aside on another event, as a past quake
    told in passing is."""
    if a.frame is None or a.frame.event is None:
        return False
    name = _event_name(a)
    return name is not None and ctx.docs_writing(a.doc, name) <= {a.doc}


@cache
def _event_nouns() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(event_words(), key=len, reverse=True)))})\b", re.I)


def _event_name(c: Claim) -> str | None:
    """The name a figure's sentence gives its event, written just before the event's word: "El Asnam" of "the El
    Asnam earthquake"."""
    text = c.sentence.text
    for name in c.subject:
        at = text.find(name)
        if at >= 0 and _event_nouns().match(text, at + len(name)):
            return name
    return None


def _digits(c: Claim) -> str:
    """The digits a figure is written with ("1,604" → "1604"), none for one written in words."""
    return "".join(ch for ch in c.mention.text if ch.isdigit()).lstrip("0")


def _counted_in_nested_places(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two figures are each counted in one place, one of which holds the other, as far as
    knowledge/places.csv knows ("across Scotland" and "in Fife"): a region's count is a part of its country's,
    never a later value of it. Places listed together ("in Canada and the US") may make up the other's whole."""
    pa, pb = a.frame.places, b.frame.places
    if len(pa) != 1 or len(pb) != 1 or pa == pb:
        return False
    if any(
        ctx.is_place(n) for c in (a, b) for n in c.subject
        if n not in c.frame.places and not placed_with_the_rest(c.sentence, n)
    ):
        return False  # "in Canada and the US": the place after "and" is a name of the sentence, not of the frame
    return ctx.knowledge.places_nested(pa[0], pb[0])


@cache
def _age_sex_groups() -> frozenset[str]:
    return frozenset(t for row in rows("age_sex_groups.csv") for t in content_terms(row["noun"]))


def _group_and_other(a: Claim, b: Claim) -> bool:
    """Whether two counts count people by two nouns, one of them a group by age or sex (data/age_sex_groups.csv)
    and the other not that group: "nine children fell ill" and "thirty-two guests fell ill", "four women" and
    "11 passengers" are a part and a whole (or two parts), however alike the rest of their words."""
    if not (a.head and b.head) or AGE in (a.frame.measure, b.frame.measure):
        return False
    groups = _age_sex_groups()
    ga, gb = (next((w for w in c.head.split() if w in groups), None) for c in (a, b))
    return ga != gb


def _whole_and_part(whole: Claim, part: Claim) -> bool:
    """Whether `whole` counts a noun with nothing said of it ("Harlow County had 14,020 applicants", "the district
    has 41,200 registered voters") and `part` the same noun narrowed to some of them (`counted_group`: "4,210
    applicants passing the test", "23,100 voters who backed Moss", "45 patients in intensive care"): a part and its
    whole, however alike their words. A count told with a measure ("killing 112 people") is no bare whole: the
    measure says which ones it counts, and the other's narrowing words may be that same measure; nor is one whose
    clause says what the part's narrowing says ("the strike involved 4,000 workers" and "4,800 workers taking part
    in the strike" count one group)."""
    if whole.frame.measure is not None:
        return False
    group, narrowed = counted_group(whole.sentence, whole.mention), counted_group(part.sentence, part.mention)
    if group is None or narrowed is None or group.narrowed or not narrowed.narrowed or group.noun != narrowed.noun:
        return False
    return figure_clause_terms(whole.sentence, whole.mention).isdisjoint(set(narrowed.narrowing) - {group.noun})


def _two_parts(a: Claim, b: Claim) -> bool:
    """Whether two figures count two different parts of one noun, each narrowed by words the other does not say
    (`counted_group`): "45 patients in intensive care" and "120 patients on general wards", "1,508 candidates
    attained an A" and "246,391 candidates attained C+ and above". One part told with more words than the other
    ("patients in intensive care at Orsk General") is the same part."""
    one, other = counted_group(a.sentence, a.mention), counted_group(b.sentence, b.mention)
    if one is None or other is None or not (one.narrowed and other.narrowed) or one.noun != other.noun:
        return False
    said, told = set(one.narrowing) - {""}, set(other.narrowing) - {""}
    return bool(said and told) and not (said <= told or told <= said)


@cache
def _priced_items() -> frozenset[str]:
    return frozenset(t for row in rows("priced_items.csv") for t in content_terms(row["word"]))


def _price_of_one(c: Claim) -> bool:
    """Whether a sum is the price of one of the things sold one at a time (data/priced_items.csv: a ticket, a
    fare, a night's room), by the words of what it measures: what one buyer pays, never a sum of the whole."""
    return bool(_priced_items() & set(c.attribute))


# a sum this many times one for each one, and not said for each one itself, is the sum of all the shares: "paid €2m in
# compensation to passengers" and "€250 to each passenger" (a share mistold is seldom ten times over)
WHOLE_OF_SHARES = 10


def _share_and_whole(share: Claim, whole: Claim) -> bool:
    """Whether `share` is a sum for each one ("€250 to each passenger", see per_head_sum) and `whole`, said for no
    one each and `WHOLE_OF_SHARES` times it or more, the sum of all the shares."""
    if share.mention.kind != "money" or not per_head_sum(share) or per_head_sum(whole):
        return False
    return (whole.mention.value or 0) >= WHOLE_OF_SHARES * (share.mention.value or math.inf)


def _one_deal(a: Claim, b: Claim) -> bool:
    """Whether two prices paid name the same parties: every name one sentence gives, the other gives too ("Vessa
    FC signed Tom Hale from Orm" and "Tom Hale joined Vessa FC from Orm")."""
    ta, tb = name_tokens(a.subject), name_tokens(b.subject)
    return ta <= tb or tb <= ta


def _other_rankings(ctx: Context, a: Claim, b: Claim) -> bool:
    """Two ranks that place two things, or one thing on two scales: "Acme Bank is the second-largest lender" and
    "Borla Bank is the third-largest lender" (no name but the place ranked in is shared); "the second most
    populous region" and "the fourth-largest region" (superlatives of two scales, data/scale_words.csv)."""
    if a.mention.unit != _RANK or b.mention.unit != _RANK:
        return False
    ranked_a, ranked_b = (_ranked_names(ctx, c) for c in (a, b))
    if ranked_a and ranked_b and not any(one_name(x, y) for x in ranked_a for y in ranked_b) and not any(
        x in c.sentence.text for names, c in ((ranked_a, b), (ranked_b, a)) for x in names
    ):  # a name the other sentence writes without reading it as one ranks the same thing
        return True
    scales = {ranked_scale(c.sentence.text[c.mention.end - c.sentence.start :]) for c in (a, b)}
    return None not in scales and len(scales) > 1


def _ranked_names(ctx: Context, c: Claim) -> set[str]:
    """The names a rank's sentence writes before it that are no place: what it ranks ("Acme Bank is the
    second-largest lender"); a name after it is another's ("It became the fourth highest-grossing film, as well as
    Acme Studios' highest-grossing")."""
    lead = c.sentence.text[: c.mention.start - c.sentence.start]
    return {s for s in c.subject if s in lead and not ctx.is_place(s)}


def _fixed_of_one(ctx: Context, a: Claim, b: Claim) -> bool:
    """A fixed measure of one named thing or person, however worded: "the Solana, with 148 on board" and "the
    Solana was carrying 184"; "Paul Ridley, 67," and "the 64-year-old" after Ridley's name. (Two figures that
    both name their event are an event's property, weighed by `same_event_property`.)"""
    if not (same_measure(a.frame, b.frame) and fixed_quantity(a, b)) or (a.frame.event and b.frame.event):
        return False
    if a.frame.measure == MARGIN_OF_VICTORY:
        # the contest's, not its winner's, who wins many: "won the time trial by 1min 12sec" and "beat Ostergaard by
        # 1min 04sec" name one rider; "won the Tour of Varn by 19 seconds" and "won the Tour of Varn by nine" one race
        return _named_in_both(ctx, a, b, ctx.people)
    return _named_in_both(ctx, a, b) or ctx.same_person(a, b)


def _one_things_size(ctx: Context, a: Claim, b: Claim) -> bool:
    """The size of one thing, each figure written before it ("the 124-kilometre asteroid", "the 142km asteroid"; see
    `one_things_size`), one of them pointing to it as known ("the", "its"), when neither report gives that thing two
    sizes ("a 10km race" and "the 21km race" of one report are two races), and the two are one thing by more than
    its noun: both sentences name it ("the 124-km asteroid Varda", "the 142km asteroid Varda"), or the other
    reports that give its size side with one figure only (several reports' 142km against one report's 124km; two
    sizes each given by several reports are two things)."""
    if not one_things_size(a, b) or not (known_thing(a) or known_thing(b)):
        return False
    thing = kind_sized(a)
    sizes = [
        o for o in ctx.figures
        if ctx.story_of(o.doc) == ctx.story_of(a.doc) and o.mention.kind == "quantity"
        and one_kind_of_unit(o.mention.unit, a.mention.unit) and kind_sized(o) == thing
    ]

    def alike(x: Claim, y: Claim) -> bool:
        return figures_overlap(x.mention, y.mention, ctx.tolerance) or _converts_to(x, y)

    if any(o.doc == c.doc and not alike(o, c) for c in (a, b) for o in sizes):
        return False
    if _named_in_both(ctx, a, b, ctx.people):
        return True
    reports = [len({o.doc for o in sizes if alike(o, c)}) for c in (a, b)]
    return min(reports) == 1 and max(reports) > 1


def _named_in_both(ctx: Context, a: Claim, b: Claim, besides: frozenset[str] = frozenset()) -> bool:
    """Whether both figures' sentences name one thing or person the figures are of, of the names not `besides`:
    whose word a figure is on is not whose figure it is, nor is where it was counted."""
    sources = {a.frame.attribution, b.frame.attribution}
    return any(not ctx.is_place(s) for s in set(a.subject) & set(b.subject) - sources - besides)


def _one_days_measure(ctx: Context, a: Claim, b: Claim) -> bool:
    """One measure of one named thing on the one day both sentences name, however worded: "the Bank of Varland
    raised its main policy rate by a quarter point on Thursday" and "the Bank of Varland raised interest rates
    by half a point on Thursday". Each is the only figure of its measure in its sentence, whose day is then its."""
    if not same_measure(a.frame, b.frame) or a.time is None or b.time is None:
        return False
    if not (a.time[0] == a.time[1] == b.time[0] == b.time[1]) or not (ctx.alone_in_sentence(a) and ctx.alone_in_sentence(b)):
        return False
    return _named_in_both(ctx, a, b)


def _one_periods_result(ctx: Context, a: Claim, b: Claim) -> bool:
    """One company's result for one closed period, however worded: "Acme reported third-quarter sales of $3.1bn,
    up 14% from a year earlier" and "Acme's sales rose 41% on a year earlier in the quarter to September"."""
    if not same_measure(a.frame, b.frame) or not ctx.closed_period(a, b):
        return False
    if not (own_measure(a.frame.measure) or YEAR_ON_YEAR in a.frame.qualifiers):
        return False
    return any(not ctx.is_place(s) for s in set(a.subject) & set(b.subject))


# two ranks whose sentences share this many names place one thing on one named list:
# "peaked at number four on the Billboard Hot 100" and "reached number three on the Billboard Hot 100"
SAME_LIST_NAMES = 2


def _same_named_list(a: Claim, b: Claim) -> bool:
    """Two ranks of the same named things: the thing ranked and the list it is ranked on."""
    if a.mention.unit != _RANK or b.mention.unit != _RANK:
        return False
    return len(set(a.subject) & set(b.subject)) >= SAME_LIST_NAMES


def figures_agree(a: Claim, b: Claim, tolerance: float = 0.0) -> bool:
    """Two figures agree when their intervals overlap (each widened by the desk's `tolerance`),
    or one is the sum of parts the other lists: "12 crew" agrees with "10 cabin crew and 2 pilots".
    """
    if _opposite_changes(a, b):
        return False  # "shares fell 12%" and "shares rose 12%"
    if figures_overlap(a.mention, b.mention, tolerance):
        return True
    if a.head is not None and a.head == b.head:
        return False  # "298 cases, 25 recoveries": cases are compared with cases, not with the list's sum
    ma, mb = a.mention, b.mention
    if a.parts_total and mb.low is not None and overlap(*a.parts_total, mb.low, mb.high):
        return True
    return bool(b.parts_total and ma.low is not None and overlap(ma.low, ma.high, *b.parts_total))


def _change_and_level(a: Claim, b: Claim) -> bool:
    """A percentage told as the amount something changed by ("sales fell 13%", "a 26% lower risk") and one told
    as what something is ("a margin of 5.1%", "unemployment was 5%", "about a fifth of sales"): a change and a
    level, two quantities; so are any other figure told as changed by ("was cut by £4m", `changed_by`) and one
    that is not."""
    if _share(a) and _share(b):
        return (change_direction(a.sentence, a.mention) is None) != (change_direction(b.sentence, b.mention) is None)
    return changed_by(a) != changed_by(b)  # "the budget is £42m" and "was cut by £4m"; "lost £215m" is the loss


def _share(c: Claim) -> bool:
    """Whether a figure is a percentage or a fraction in words ("a fifth", "two-thirds")."""
    m = c.mention
    return m.unit == "%" or (m.family == "count" and m.value is not None and 0 < m.value < 1)


def _opposite_changes(a: Claim, b: Claim) -> bool:
    """Two amounts of change, one up and one down: "the economy grew by 2.1%" and "shrank by 2.1%"."""
    if not (a.mention.value and b.mention.value):
        return False  # "unchanged", "rose 0%": no direction to disagree on
    directions = {change_direction(a.sentence, a.mention), change_direction(b.sentence, b.mention)}
    return directions == {"up", "down"}


def _told_apart_in_one_sentence(ctx: Context) -> Callable[[Claim, Claim], bool]:
    """Whether a figure's own sentence also gives the other's value exactly, in its unit (a bound, "more than
    640", is no value): "unemployment in the region
    reached 7.1 per cent, well above the national rate of 5.3 per cent" tells its 7.1 from the 5.3 itself, and
    "Thackeray was jailed for seven years and Pell for four and a half years" its seven years from Pell's term;
    another report's 5.3 or four and a half years is that other figure, not this one told otherwise. A count of a
    tally is read with its other count ("by 96 votes to 104"), as one result, and a rank by its own superlative
    ("the sixth-largest city and fourth-most populous urban area")."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.figures:
        by_sentence[(c.doc, c.sentence.start)].append(c)

    def told_apart(a: Claim, b: Claim) -> bool:
        if _count_of_tally(a) is not None:
            return False  # "96 votes to 104" against "104 votes to 96": a tally's two counts are one result
        if a.mention.unit == "rank":
            return False  # "the sixth-largest city and fourth-most populous": each rank is told by its own superlative
        return b.mention.hedge is None and any(
            x is not a and x.mention.hedge is None and (x.mention.value, x.mention.unit) == (b.mention.value, b.mention.unit)
            for x in by_sentence[(a.doc, a.sentence.start)]
        )

    return told_apart


def _disagreeing(ctx: Context, figures: Sequence[Claim], score) -> Iterator[tuple[Claim, Claim, float]]:
    """Figures that are each other's best match across two documents and do not overlap (see mutual_conflicts)."""
    return mutual_conflicts(
        figures,
        lambda c: (*ctx.figure_keys(c), *ctx.topic_pairs(c)),  # two figures of one quantity, however common their words
        score=score,
        agree=lambda a, b: figures_agree(a, b, ctx.tolerance),
        threshold=SAME_QUANTITY,
        close=CLOSE_SECOND,
        reading=ctx.reading,
    )


def _restated_conflicts(ctx: Context) -> Iterator[tuple[Claim, Claim, float]]:
    """A count given on one day against a later report that gives again, exactly, an earlier day's count.

    "38 police officers were injured" on Thursday, "83 officers injured" on
    Friday, and a weekly's "38 police officers were injured" on Monday: the
    count did not go from 38 to 83 and back; Friday's figure disagrees with
    what the later report still holds. Only counts of the event itself
    (data/event_measures.csv: its injured, its turnout; not seats, which
    every party has) that no report gives as rising (a toll that "rose to"
    is a series of its own); each figure must be the later one's best match
    in its report, their times aside.
    """
    groups: dict[tuple[int, str], list[tuple[tuple, Claim]]] = defaultdict(list)
    for c in ctx.figures:
        when = ctx.time_of(c)
        if c.frame is None or not c.frame.measure or c.mention.hedge is not None or when is None or c.time_unresolved:
            continue
        if ctx.is_series(c) or not of_the_event(c.frame.measure):
            continue
        groups[(ctx.story_of(c.doc), c.frame.measure)].append((when, c))
    for group in groups.values():
        if len({c.doc for _, c in group}) < 3:
            continue

        scores: dict[tuple[int, str], tuple[float, Claim | None]] = {}
        members = [c for _, c in group]

        def best(late: Claim, doc: str, scores=scores, members=members) -> tuple[float, Claim | None]:
            key = (id(late), doc)
            if key not in scores:
                scores[key] = _best_in(ctx, members, late, doc)
            return scores[key]

        for t_late, late in group:
            for doc in {c.doc for _, c in group} - {late.doc}:
                score, mid = best(late, doc)
                t_mid = ctx.time_of(mid) if mid is not None else None
                if score < SAME_QUANTITY or not t_late[0] > t_mid[1] or figures_agree(mid, late, ctx.tolerance):
                    continue
                if any(_earlier_same(ctx, late, t_mid, early_doc, best) for early_doc in {c.doc for _, c in group} - {late.doc, doc}):
                    yield (*sorted((mid, late), key=lambda c: (c.doc, c.start)), score)


def _best_in(ctx: Context, group: Sequence[Claim], late: Claim, doc: str) -> tuple[float, Claim | None]:
    """The figure of report `doc` that most surely measures what `late` does, their times aside, with its score."""
    scored = [(figure_score(ctx, c, late, timed=False), c) for c in group if c.doc == doc]
    return max(scored, key=lambda sc: sc[0], default=(0.0, None))


def _earlier_same(ctx: Context, late: Claim, before: tuple, doc: str, best) -> bool:
    """Whether report `doc` gave, before `before`, exactly the count `late` gives again, as its best match."""
    score, early = best(late, doc)
    when = ctx.time_of(early) if early is not None else None
    return score >= SAME_QUANTITY and when is not None and when[1] < before[0] and early.mention.value == late.mention.value


def _count_of_tally(c: Claim) -> str | None:
    return next((q for q in (FIRST_COUNT, SECOND_COUNT) if c.frame is not None and q in c.frame.qualifiers), None)


def _sums_told_once(found: list[tuple[Claim, Claim, float]]) -> list[tuple[Claim, Claim, float]]:
    """The conflicts without a row that sets a figure against a part of a list ("214 passengers and 18 crew",
    summed to 232) where another row sets it against that sum told by itself ("232 people on board"): one
    disagreement, told in the figures that say it."""
    against: dict[int, list[Claim]] = defaultdict(list)
    for a, b, _ in found:
        against[id(a)].append(b)
        against[id(b)].append(a)

    def sum_told_alone(figure: Claim, part: Claim) -> bool:
        total = part.parts_total
        return total is not None and any(
            other.mention.low is not None and overlap(*total, other.mention.low, other.mention.high)
            for other in against[id(figure)] if other is not part
        )

    return [(a, b, s) for a, b, s in found if not (sum_told_alone(a, b) or sum_told_alone(b, a))]


def _one_row_a_tally(found: list[tuple[Claim, Claim, float]]) -> list[tuple[Claim, Claim, float]]:
    """The conflicts with one row for two tallies of a vote ("voted 6-3" against "voted 7-2"): the second counts'
    row goes when the first counts' row tells of the same two sentences."""
    def sentences(a: Claim, b: Claim) -> tuple:
        return (a.doc, a.sentence.start, b.doc, b.sentence.start)

    firsts = {sentences(a, b) for a, b, _ in found if _count_of_tally(a) == _count_of_tally(b) == FIRST_COUNT}
    return [
        (a, b, s) for a, b, s in found
        if not (_count_of_tally(a) == _count_of_tally(b) == SECOND_COUNT and sentences(a, b) in firsts)
    ]


def _as_tally(ctx: Context, c: Claim) -> Claim:
    """A count of a tally quoted with the tally's other count ("6-3", "104 votes to 96"), as a row shows it; any
    other figure as it is."""
    span = _tally_span(ctx, c)
    if span is None:
        return c
    start, end = span
    text = c.sentence.text[start - c.sentence.start : end - c.sentence.start]
    return dataclasses.replace(c, mention=dataclasses.replace(c.mention, text=text, start=start, end=end))


def _tally_span(ctx: Context, c: Claim) -> tuple[int, int] | None:
    """Where a count of a tally is written with the tally's other count ("6-3", "104 votes to 96"); None for a
    figure that stands alone."""
    count = _count_of_tally(c)
    if count is None:
        return None
    others = [
        o for o in ctx.figures
        if o.doc == c.doc and o.sentence.start == c.sentence.start and _count_of_tally(o) not in (None, count)
    ]
    if count == FIRST_COUNT:
        other = min((o for o in others if o.start >= c.end), key=lambda o: o.start, default=None)
        return (c.start, other.end) if other else None
    other = max((o for o in others if o.end <= c.start), key=lambda o: o.end, default=None)
    return (other.start, c.end) if other else None


def _describe(c: Claim) -> str:
    m = c.mention
    hedge = f"{m.hedge} " if m.hedge else ""
    return f"{hedge}{m.text} ({m.value_text}{', ' + m.interval_text if m.interval_text else ''})"


def _slips_not_found(ctx: Context, found: list[tuple[Claim, Claim, float]]) -> Iterator[Discrepancy]:
    """The figures with their digits transposed (part transposed-digits) that no row above already sets against
    each other."""
    paired = {frozenset((id(a), id(b))) for a, b, _ in found}
    for d in transposed_figures(ctx):
        if frozenset(id(c) for c in d.claims) not in paired:
            yield d


@rule(
    "value-conflict",
    Severity.error,
    example='"the deal is worth $2.1bn" (a) vs "the $3bn deal" (b): [2.05e9, 2.15e9) and [2.5e9, 3.5e9) do not overlap',
)
def value_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """Two sources give the same quantity values whose intervals do not overlap.

    Each figure stands for an interval (its rounding, widened by hedges such
    as "about", "nearly", "more than"); the pair is flagged only when the best
    match in the other document conflicts and no equally good match agrees.
    Counts of a rising series ("the toll rose to 63") that differ on one day
    are updates, shown by the timeline rules, not conflicts.
    Bearings of one event from one place are compared as well (part bearing),
    the scores of one match (part score), its moments (part moment), and the spans of its superlatives ("deadliest since 2004", part superlative-span).
    """
    def compared(a: Claim, b: Claim) -> float:
        return 0.0 if ctx.in_series(a, b) or ctx.two_sources(a, b) else figure_score(ctx, a, b)

    found = list(_disagreeing(ctx, ctx.figures, compared))
    seen = {(id(a), id(b)) for a, b, _ in found}
    found += [(a, b, s) for a, b, s in _restated_conflicts(ctx) if (id(a), id(b)) not in seen]
    told_apart = _told_apart_in_one_sentence(ctx)
    found = [(a, b, s) for a, b, s in found if not (told_apart(a, b) or told_apart(b, a))]
    for a, b, score in _one_row_a_tally(_sums_told_once(found)):
        quoted = (_as_tally(ctx, a), _as_tally(ctx, b))  # "9-4" against "10-3", not "9" against "10"
        if _opposite_changes(a, b):  # "up 7%" and "down 7%": the direction is what they disagree on
            told_a, told_b = (f"{change_direction(c.sentence, c.mention)} {c.mention.text}" for c in (a, b))
            why = f"{a.doc} tells it as {told_a}, {b.doc} as {told_b}"
        else:
            told_a, told_b = (c.mention.text for c in quoted)
            why = f"{_describe(a)} and {_describe(b)} do not overlap"
        yield Discrepancy(
            kind="value-conflict",
            severity=Severity.error,
            summary=f"{a.doc} says {told_a}, {b.doc} says {told_b}",
            claims=quoted,
            explanation=f"Both measure {describe_frame(a, b)} (match {score:.2f}); {why}.",
        )
    yield from bearing_conflicts(ctx)
    yield from score_conflicts(ctx)
    yield from moment_conflicts(ctx)
    yield from superlative_span_conflicts(ctx)
    yield from place_count_conflicts(ctx)
    yield from _slips_not_found(ctx, found)


@rule(
    "attributed-figures",
    Severity.info,
    example='"a magnitude of 5.9, according to the European Seismological Centre" (a) vs '
    '"Ruritania\'s geophysical institute said the tremor near Vaskor had a magnitude of 6.3" (b)',
)
def attributed_figures(ctx: Context) -> Iterator[Discrepancy]:
    """Two different named sources each give their own figure for the same quantity.

    Not a conflict: each figure is on its source's word ("according to the
    USGS", "the interior ministry said"), and the row says whose is whose.
    An unattributed figure, or a generic source's ("officials said"), is
    compared with any (value-conflict).
    """
    attributed = [c for c in ctx.figures if c.frame is not None and c.frame.attribution]

    def sources_score(a: Claim, b: Claim) -> float:
        return figure_score(ctx, a, b, sources=False) if two_sources(a.frame, b.frame) else 0.0

    for a, b, score in _disagreeing(ctx, attributed, sources_score):
        yield Discrepancy(
            kind="attributed-figures",
            severity=Severity.info,
            summary=(
                f"{describe_frame(a, b)}: {a.frame.attribution} gives {a.mention.text} ({a.doc}), "
                f"{b.frame.attribution} gives {b.mention.text} ({b.doc})"
            ),
            claims=(a, b),
            explanation=(
                f"Both measure {describe_frame(a, b)} (match {score:.2f}), each on its own source's word: "
                f"{_describe(a)} according to {a.frame.attribution}, {_describe(b)} according to {b.frame.attribution}."
            ),
        )


def _topical(corpus, term: str) -> bool:
    """A content word that can tie two sentences to one topic: not short, and rare in general English
    or not in every document (in a story, every report may share the topic's words)."""
    if len(term) <= 4:
        return False
    return corpus.df.get(term, 0) <= max(2, 0.8 * corpus.documents) or english_rarity(term) >= TOPICAL_RARITY


@cache
def _same_count_units() -> frozenset[frozenset[str]]:
    """Pairs of units that count the same things (data/same_count_units.csv): a job for each worker."""
    return frozenset(frozenset((r["unit"], r["other"])) for r in rows("same_count_units.csv"))


def same_count_unit(a: str | None, b: str | None) -> bool:
    """Whether two units count the same things: one unit, or a pair of data/same_count_units.csv ("jobs", "employees")."""
    return a == b or frozenset((a, b)) in _same_count_units()


def _converts_to(a: Claim, b: Claim) -> bool:
    """Whether two figures in units of one base are the same value in it ("0.25 pp" and "25 bp")."""
    ratio = unit_factor(a.mention.unit, b.mention.unit)
    return ratio is not None and math.isclose(a.mention.value, b.mention.value * ratio, rel_tol=CONVERTED_TOLERANCE)


def _mantissa(value: float) -> float:
    """15e9 → 15, 0.15 → 15: the digits a garbled copy keeps."""
    if value == 0 or not math.isfinite(value):
        return value
    v = abs(value)
    while v >= 1000:
        v /= 1000
    while v < 1:
        v *= 100
    return round(v, 6)


def _telling(value: float) -> bool:
    """Whether a figure's digits can tell it from another by chance: "15", "8.4" and "3.1 million" can; a single
    digit ("3 acres", "$2 million") meets another in any story."""
    mantissa = _mantissa(value)
    return mantissa >= 10 or not float(mantissa).is_integer()


def _an_age(c: Claim) -> bool:
    return c.frame is not None and c.frame.measure == AGE


GARBLED_STATEMENT = 0.5  # how alike two sentences must be for a measure in one unit to be a slip for another


def _told_apart(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two measures in units of different kinds stand in sentences that say different things.

    A slip keeps the sentence and changes the unit ("produced 3.1 million tonnes" / "3.1 million barrels");
    an age and a duration ("the 24-year-old rider", "for 24 minutes"), or a time and a speed, that share only the
    story's words are two figures that happen to share digits.
    """
    if _an_age(a) != _an_age(b):
        return True  # an age is a person's, not a time anything took
    if unit_factor(a.mention.unit, b.mention.unit) is not None:
        return False  # "45 kilometres" and "45 miles": one kind of unit, a likely slip
    return context_similarity(a, b, ctx.corpus) < GARBLED_STATEMENT


def _a_duration(c: Claim) -> bool:
    """Whether a figure is a stretch of time ("48 hours", "14 days"): in a unit of the duration's base."""
    return unit_factor(c.mention.unit, DURATION_BASE) is not None


_PER = re.compile(r"\s+(?:per|a|an|each)\s+(?P<unit>[a-z]+)\b")


def _per_unit_of(rate: Claim, count: Claim) -> bool:
    """Whether a figure is given per the unit the other is counted in: "$12,000 per hectare", "12,000 hectares"."""
    after = _PER.match(rate.sentence.text, rate.end - rate.sentence.start)
    units = set(content_terms(count.mention.text))
    return after is not None and bool(units) and set(content_terms(after["unit"])) <= units


@rule(
    "unit-conflict",
    Severity.warning,
    example='"the smelter project is worth $15 billion" (a) vs "aluminium, some 15% of imports" (b)',
)
def unit_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """The same figure about the same subject, in incompatible units.

    "$15 billion" in one source and "15%" in another, or "$40 million" and
    "€40 million", both about the same rare topic, suggest that one of them
    garbled the other: check which unit the original gave.
    """
    figures = [c for c in ctx.figures if c.mention.family != "count" and _telling(c.mention.value)]
    corpus = ctx.corpus

    def keys(c: Claim):
        yield (ctx.story_of(c.doc), _mantissa(c.mention.value))

    for a, b in candidate_pairs(figures, keys):
        if a.mention.family == b.mention.family and a.mention.unit == b.mention.unit:
            continue  # the same unit, or both counts: not this rule's business
        if frozenset((a.mention.unit, b.mention.unit)) in _same_count_units():
            continue  # "4,200 jobs at risk" and "its 4,200 employees": one count in two words
        if a.mention.family != b.mention.family and _mantissa(a.mention.value) % 10 == 0:
            continue  # round figures ("20%", "$30 billion") meet by chance across units
        if _converts_to(a, b):
            continue  # "a quarter point" is "25 basis points", "2.5 km" is "2,500 metres": one figure
        if one_kind_of_unit(a.mention.unit, b.mention.unit) and a.mention.value != b.mention.value:
            # "half an hour" and "50 minutes": two durations whose digits meet by chance ("5 km" and "5 miles" are
            # one figure in two units)
            continue
        if _one_currency_named(_as_named(a), b.mention.unit) or _one_currency_named(_as_named(b), a.mention.unit):
            # "3.4 million Swedish crowns" and "3.4 million crowns", "A$96 million" and "$96 million": one sum, its
            # currency named once in full
            continue
        if _per_unit_of(a, b) or _per_unit_of(b, a):
            continue  # "$12,000 per hectare" is a rate, no slip for "12,000 hectares"
        if _a_duration(a) != _a_duration(b) and context_similarity(a, b, corpus) < GARBLED_STATEMENT:
            continue  # "shut for 48 hours" and "raised $48,000": a stretch of time and a sum in sentences told apart
        shared = {t for t in set(a.context) & set(b.context) if _topical(corpus, t)}
        if not shared:
            continue
        if a.mention.family == b.mention.family == "measure" and _told_apart(ctx, a, b):
            continue  # "the 24-year-old rider" and "for 24 minutes": no slip turns an age into a time
        a, b = sorted((a, b), key=lambda c: (c.doc, c.start))
        yield Discrepancy(
            kind="unit-conflict",
            severity=Severity.warning,
            summary=f"the same figure in different units: {a.mention.text} ({a.doc}) vs {b.mention.text} ({b.doc})",
            claims=(a, b),
            explanation=(
                f"Both sentences are about {', '.join(sorted(shared))}; the figure {_mantissa(a.mention.value):g} "
                f"appears as {a.mention.unit or a.mention.kind} in {a.doc} and as {b.mention.unit or b.mention.kind} in {b.doc}."
            ),
        )


@cache
def _currency_families() -> dict[str, frozenset[str]]:
    """A currency name several countries share → the codes of the currencies named by it with a country's word
    before it (data/currencies.csv: "swedish crown" SEK, "czech crown" CZK are both crowns)."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows("currencies.csv"):
        words = row["form"].lower().split()
        if row["role"] == "name" and row["code"] and len(words) > 1:
            found[words[-1]].add(row["code"])
    return {name: frozenset(codes) for name, codes in found.items()}


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")  # "$96 million", not "A$96 million" nor "US$63 million"


def _as_named(c: Claim) -> str | None:
    """The currency a sum is written in as its words name it: "dollar" for a bare "$", which any country's dollar
    is written with, else its unit."""
    return "dollar" if c.mention.kind == "money" and _BARE_DOLLAR.search(c.mention.text) else c.mention.unit


def _one_currency_named(bare: str | None, full: str | None) -> bool:
    """Whether a sum in a currency name several countries share ("crowns") may be one in a currency of that name
    another report names in full ("Swedish crowns"): one currency, not two units."""
    return bare is not None and full in _currency_families().get(bare, frozenset())


@rule(
    "single-source",
    Severity.info,
    example='"the Krasnoyarsk smelter deal, worth $15 billion" (a) vs "a smelter deal in Krasnoyarsk" (b, no figure)',
)
def single_source(ctx: Context) -> Iterator[Discrepancy]:
    """A money figure that only one source gives, while another covers the same topic.

    Another document has a sentence on the same rare topic words but states
    no figure for it, and gives the sum nowhere else: the figure rests on one
    source and is worth verifying.
    """
    money = [c for c in ctx.figures if c.mention.kind == "money"]
    if not money:
        return
    corpus = ctx.corpus
    topical = {
        id(c): {t for t in c.context if 1 < corpus.df.get(t, 0) and not corpus.is_common(t) and len(t) > 4}
        for c in money
    }
    wanted = {(ctx.story_of(c.doc), t) for c in money for t in topical[id(c)]}
    index: dict[tuple[int, str], list[tuple[str, int]]] = defaultdict(list)
    for doc, sentences in ctx.sentence_terms.items():
        story = ctx.story_of(doc)
        for start, terms in sentences:
            for t in terms:
                if (story, t) in wanted:
                    index[(story, t)].append((doc, start))
    figures_at: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.figures:
        figures_at[(c.doc, c.sentence.start)].append(c)
    by_sentence_start: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        by_sentence_start[(c.doc, c.sentence.start)].append(c)
    rare_df = max(2, corpus.documents // 50)
    story_money: dict[int, list[Claim]] = defaultdict(list)
    for c in money:
        story_money[ctx.story_of(c.doc)].append(c)
    for c in money:
        story = ctx.story_of(c.doc)
        if any(f.doc != c.doc and figures_overlap(c.mention, f.mention) for f in story_money[story]):
            continue  # another report gives the sum too, however it words it ("ninety-six thousand pounds")
        hits: dict[tuple[str, int], set[str]] = defaultdict(set)
        for t in topical[id(c)]:
            for where in index.get((story, t), ()):
                if where[0] != c.doc:
                    hits[where].add(t)
        rare = {t for t in topical[id(c)] if corpus.df.get(t, 0) <= rare_df}
        covering = [(w, terms) for w, terms in hits.items() if len(terms) >= 2 and not terms.isdisjoint(rare)]
        if not covering:
            continue
        if any(f.mention.kind == c.mention.kind for w, _ in covering for f in figures_at.get(w, ())):
            continue  # the other source gives a figure too (perhaps in another currency)
        (doc, start), terms = max(covering, key=lambda wt: (len(wt[1]), wt[0]))
        others = by_sentence_start.get((doc, start), [])
        claims = (c,) + ((others[0],) if others else ())
        yield Discrepancy(
            kind="single-source",
            severity=Severity.info,
            summary=f"only {c.doc} gives {c.mention.text}; {doc} covers the same topic without a figure",
            claims=claims,
            explanation=f"{doc} also writes about {', '.join(sorted(terms))} but states no {c.mention.kind} figure.",
        )


def _reference_valid(ctx: Context, claim: Claim, refs: Sequence[Claim]) -> list[Claim]:
    """The reference rows in force when the claim was written: latest as_of before it per key."""
    when = ctx.date_of(claim)
    latest: dict[tuple, Claim] = {}
    for r in refs:
        key = (r.subject, r.attribute, r.mention.unit)
        start = r.time[0] if r.time else None
        if when is not None and start is not None and start > when:
            continue
        held = latest.get(key)
        if held is None or (start and held.time and start > held.time[0]):
            latest[key] = r
    return list(latest.values()) or list(refs)


@rule(
    "reference-conflict",
    Severity.error,
    example='"China controls 85% of rare-earth refining capacity" vs reference row China, share of rare-earth refining, 92 %',
)
def reference_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """A figure disagrees with the desk's trusted reference facts (--facts).

    The figure is compared with the reference rows for the same subject that
    measure the same thing and were in force at the document's date; the
    discrepancy names the reference it disagrees with.
    """
    refs = [r for r in ctx.references if r.mention.value is not None]
    if not refs:
        return
    for c in ctx.figures:
        if not c.subject:
            continue
        scored = []
        for r in _reference_valid(ctx, c, refs):
            if not same_unit_family(c, r) or not set(r.subject) & set(c.subject):
                continue
            if not frames_compatible(c.frame, r.frame):
                continue  # "62% of rare-earth mining" is not judged by the row on refining
            score = attribute_similarity(c, r, ctx.corpus)
            if score >= REFERENCE_MATCH:
                scored.append((score, r))
        if not scored:
            continue
        top = max(s for s, _ in scored)
        close = [r for s, r in scored if s >= top - CLOSE_SECOND]
        if any(figures_overlap(c.mention, r.mention, ctx.tolerance) for r in close):
            continue
        for r in close:
            source = r.sentence.text
            yield Discrepancy(
                kind="reference-conflict",
                severity=Severity.error,
                summary=f"{c.doc} says {c.mention.text}; the reference gives {r.mention.text} ({source})",
                claims=(c, r),
                explanation=f"{_describe(c)} does not overlap the reference {_describe(r)}.",
            )
