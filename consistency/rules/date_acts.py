"""The acts dates are the days of, told by the verbs of their clauses.

"The bank detected the intrusion on Sunday" dates a discovery; "disclosed the
intrusion on Tuesday" a publication: two acts of one affair, each its own day.
"Released the results on Thursday" and "the results were announced on
Wednesday" tell one publication in other words (data/one_act_verbs.csv), and
their days conflict. The rules over dates read these to tell one act from two.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from ..align.frames import act_of, lemma, name_tokens, verb_kind
from ..align.times import dated_act
from ..data import rows
from ..model import Claim
from ..parse.figures.vocabulary import vocabulary
from ..terms import WORD, content_terms
from .times import clause_before, clause_reaching_back

__all__ = ["act_done_again", "act_verb", "clause_acts", "one_act", "other_objects", "two_acts", "with_one_act"]


@cache
def _act_again_words() -> dict[str, str]:
    """The words that mark another doing of an act (data/other_occurrences.csv `act`) → where they may stand:
    "yes" anywhere in its clause, "subject" only before its verb ("a second climber died")."""
    return {row["word"]: row["act"] for row in rows("other_occurrences.csv") if row["act"]}


_THAN = "than"  # "more than 300 residents": a bound on a figure, not another doing of an act


def act_done_again(c: Claim) -> bool:
    """Whether a date is the day of another doing of the act its clause's verb tells
    (data/other_occurrences.csv `act`): "more residents of Glenmarra were evacuated on Tuesday", "rescuers pulled
    three more miners out on Wednesday" (residents were evacuated, miners pulled out, on another day too); an
    ordinal only in the verb's subject ("a second climber died on Thursday", not "began work on the second
    album")."""
    words = [w.lower() for w in WORD.findall(_act_clause(c))]
    verb = _last_act_verb(words)
    if verb is None:
        return False
    markers = _act_again_words()
    return any(
        w in markers and words[i + 1 : i + 2] != [_THAN] and (markers[w] != _SUBJECT or i < verb)
        for i, w in enumerate(words)
    )


_SUBJECT = "subject"  # a marker of another doing that counts only before the act's verb


def act_verb(c: Claim) -> tuple[str, str] | None:
    """The verb of the act a date's own clause tells before it, as written, and the word after it: "detected" of
    "the bank detected the intrusion on", "approved" of "the plan was approved by the senate on"; None when the
    clause has no verb of the past ("after a rockfall deep inside the mine on")."""
    words = WORD.findall(_act_clause(c).lower())
    at = _last_act_verb(words)
    return None if at is None else (words[at], next(iter(words[at + 1 : at + 2]), ""))


def _act_clause(c: Claim) -> str:
    """The words of a date's own clause before it, back to its verb over phrases set off by commas ("found the body
    in the collapsed section, some 420 metres underground, at around 11 a.m. on")."""
    return clause_reaching_back(c, lambda text: _last_act_verb(WORD.findall(text.lower())) is not None)


_ACT_VERB_KINDS = frozenset({"past", "participle"})  # the verb forms that tell an act done: "detected", "was caught"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"})
_CARDINALS = frozenset({"digit", "teen", "tens", "hundred", "dozen"})  # number words' roles (data/number_words.csv)


def _last_act_verb(words: list[str]) -> int | None:
    """Where the last verb of an act done stands among a clause's words, if any. A past form after a determiner or
    a number describes the noun after it ("recovered the body of one of the eight trapped miners on", "found in
    the collapsed section on"), and gives way to a verb before it; with no other, it tells the act ("will play
    in the rearranged match on")."""
    done = [
        i for i in range(len(words) - 1, -1, -1)
        if verb_kind(words[i].lower()) in _ACT_VERB_KINDS or _bare_act(words, i)
    ]
    return next((i for i in done if not (i and _describes(words[i - 1].lower()))), next(iter(done), None))


_NOT_DONE = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "do", "does", "did"})


def _bare_act(words: list[str], i: int) -> bool:
    """Whether a verb of an act in its bare form tells the act done: a past of the same form ("the bank cut its rate
    on Thursday", "Acme cut 300 jobs on Monday"), or a headline's present; not one still to come ("will cut", "plans
    to cut"), a noun ("a hearing", "the tribunal's ruling") nor a word of a name ("the Competition Appeal
    Tribunal")."""
    if i == 0 or not words[i].islower():
        return False
    word, before = words[i].lower(), words[i - 1].lower()
    if act_of(word) is None or lemma(word) != word:
        return False
    return before not in _NOT_DONE and not _describes(before) and not before.endswith(("'s", "’s"))


def _describes(word: str) -> bool:
    """Whether a word before a past form makes it describe the noun after it: a determiner, a possessive pronoun
    or a number ("the injured", "its damaged roof", "eight trapped miners")."""
    number = vocabulary().words.get(word)
    return word in _DETERMINERS or word.isdigit() or (number is not None and number.role in _CARDINALS)


def _claim_act(c: Claim) -> tuple[str, str] | None:
    """The verb of the act a date is the day of, as written, and the word after it: the verb right after the date
    ("the ministry on Thursday released the results") or the one of its own clause before it (`act_verb`)."""
    found = dated_act(c.sentence, c.mention)
    if found is None:
        return act_verb(c)
    after = WORD.findall(c.sentence.text[found.end() :].lower())
    return found["act"].lower(), next(iter(after), "")


@cache
def _one_act_verbs() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    return {
        row["verb"]: (row["act"], frozenset(row["not_before"].split()), frozenset(row["of"].split()))
        for row in rows("one_act_verbs.csv")
    }


def _acts_named(verb: str, after: str, lead: str = "") -> set[str]:
    """The acts a verb names by its lemma (data/act_verbs.csv), and the act whose day other verbs tell too
    (data/one_act_verbs.csv: "voted", "approved" and "passed" name one vote's day) unless the word after it gives
    the verb another sense ("released from prison"), or the words before it (`lead`) name none of the things it
    is said of there (column `of`: "the trial began" is its opening, "work began" none); none for a verb of no
    known act."""
    base = lemma(verb)
    phrasal = _one_act_verbs().get(f"{base} {after}")  # "was picked up on 22 March": a verb of two words
    if phrasal is not None:
        return {phrasal[0]}
    told = _one_act_verbs().get(base)
    if told and (after in told[1] or (told[2] and not told[2] & {w.lower() for w in WORD.findall(lead)})):
        told = None
    return {x for x in (act_of(base), told[0] if told else None) if x}


def _lead(c: Claim) -> str:
    """A date's sentence up to it: "The trial, which began on" tells what began."""
    return c.sentence.text[: c.mention.start - c.sentence.start]


def one_act(a: Claim, b: Claim) -> str | None:
    """The act two dates' verbs both name when they are other words for it (data/one_act_verbs.csv: "released the
    results on Thursday", "the results were announced on Wednesday": publication), else None."""
    va, vb = _claim_act(a), _claim_act(b)
    if va is None or vb is None or lemma(va[0]) == lemma(vb[0]):
        return None
    return min(_acts_named(*va, _lead(a)) & _acts_named(*vb, _lead(b)), default=None)


def with_one_act(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """The two claims, the verbs of one act in other words written as that act among their words: "detected" and
    "discovered" are one discovery, as "quake" and "temblor" are one quake."""
    act = one_act(a, b)
    if act is None or (a.frame.event is not None and a.frame.event == b.frame.event):
        return a, b  # an event both name is among their words already (`_with_event_term`)
    out = []
    for c in (a, b):
        said = set(content_terms(_claim_act(c)[0]))
        out.append(dataclasses.replace(c, attribute=tuple(act if t in said else t for t in c.attribute)))
    return out[0], out[1]


def two_acts(a: Claim, b: Claim) -> bool:
    """Whether two dates that name no one event are the days of two different acts, each told by the verb of its
    own clause and each a known act: "detected the intrusion on Sunday" and "disclosed the intrusion on
    Tuesday" tell two days of one story, not one day twice. Verbs of one act in other words ("voted" and
    "approved", "released the results" and "the results were announced") leave it one act, and so does a verb of
    no known act ("received recognition in 1986", "achieved recognition in 2008"): other words for one act."""
    va, vb = act_verb(a), act_verb(b)
    if va is None or vb is None or lemma(va[0]) == lemma(vb[0]):
        return False
    acts_a, acts_b = clause_acts(a), clause_acts(b)
    return bool(acts_a and acts_b) and not acts_a & acts_b


def clause_acts(c: Claim) -> set[str]:
    """The known acts the verb of a date's own clause names (`act_verb`, `_acts_named`): {"reopening"} of "the
    airport reopened on Monday"; none for a clause with no verb of an act done or a verb of no known act."""
    verb = act_verb(c)
    return set() if verb is None else _acts_named(*verb, _lead(c))


def _object_of_act(c: Claim) -> str:
    """The text after the verb of a date's own clause up to the date, as written ("a share buyback" of "Ardley
    shareholders approved a share buyback on Friday"); for a passive whose verb the date follows, its subject ("Two
    port officials" of "Two port officials were suspended on Wednesday"); none when the clause has no verb before
    the date."""
    clause = clause_before(c)
    words = list(WORD.finditer(clause))
    at = _last_act_verb([w.group() for w in words])
    told = "" if at is None or at + 1 >= len(words) else clause[words[at].end() : words[-1].start()]
    if at is not None and not told.strip() and (passive := _PASSIVE_SUBJECT.match(clause)) is not None:
        return passive["subject"]
    return told


# a clause that is a passive ending at its date: its subject, then "were suspended on"
_PASSIVE_SUBJECT = re.compile(
    r"^\s*(?P<subject>[^,;:]+?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+\s+"
    r"(?:on|in|at)\s+$",
    re.IGNORECASE,
)


# what brings a thing in as a new one: "a share buyback", a count right after the verb ("cut 300 jobs"; not the sum
# of "completed its $4.2 billion acquisition")
_TOLD_AS_NEW = re.compile(r"\b(?:a|an)\b|^\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)
_OPENS_AS_NEW = re.compile(r"\s*(?:(?:a|an)\b|\d)", re.IGNORECASE)
# what names as its object a thing told before: a pronoun right after the verb
_TOLD_BEFORE = re.compile(r"\s*(?:it|them|him|her|this|these|those)\b", re.IGNORECASE)


def other_objects(a: Claim, b: Claim) -> bool:
    """Whether two dates of one kind of act (data/act_verbs.csv) are of acts done to two different things: each
    clause names what its act was done to, the two share no word but the names of their subjects, and one brings
    its thing in as a new one ("a share buyback", "over a brawl outside the Falcon pub", "300 jobs"): "Ardley Foods
    shareholders approved the takeover on Tuesday" and "approved a share buyback on Friday" are two approvals.
    One thing told in other words ("backed the deal", "approved the sale") is named as known, and stays one act.
    Two clauses of one verb that name no event are read so too, and there a place or a name the act was done to
    is another thing than one brought in as new: "reached Port Sallow on 21 February" and "reached a deal with
    Calder Oars on 24 February"."""
    event = a.frame.event
    one_event = event is not None and event == b.frame.event and act_of(event) == event
    if not one_event and not _one_verb(a, b):
        return False  # a blackout "caused" on Tuesday is the event itself, not a thing an act was done to
    oa, ob = _object_of_act(a), _object_of_act(b)
    if not oa.strip() or not ob.strip():
        return False
    if _TOLD_BEFORE.match(oa) or _TOLD_BEFORE.match(ob):
        # "who bought it in a private sale in 1991": the thing a sentence before named, whatever words follow it; the
        # other act is of another thing only when its object opens as a new one ("bought a second car in 1994")
        return not (_TOLD_BEFORE.match(oa) and _TOLD_BEFORE.match(ob)) and _OPENS_AS_NEW.match(
            ob if _TOLD_BEFORE.match(oa) else oa
        ) is not None
    names = name_tokens(a.subject) | name_tokens(b.subject)
    ta, tb = set(content_terms(oa)) - names, set(content_terms(ob)) - names
    na, nb = set(content_terms(oa)) & names, set(content_terms(ob)) & names
    if not one_event and not ta and not tb and na and nb and not na & nb:
        return True  # "left Southampton on Saturday" and "left Bergen on Thursday": two places, two departures
    if not (_TOLD_AS_NEW.search(oa) or _TOLD_AS_NEW.search(ob)):
        return False
    if not one_event and bool(ta) != bool(tb):
        return _TOLD_AS_NEW.search(oa if ta else ob) is not None  # a name the act was done to, and a new thing
    return bool(ta and tb) and not ta & tb


def _one_verb(a: Claim, b: Claim) -> bool:
    """Whether two dates' own clauses tell their acts by one verb ("reached ... on", "reached ... on"), no event
    named in either."""
    va, vb = act_verb(a), act_verb(b)
    return a.frame.event is None and b.frame.event is None and None not in (va, vb) and lemma(va[0]) == lemma(vb[0])
