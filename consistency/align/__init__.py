"""Alignment: which claims, across documents, speak of the same thing.

The stage runs in four steps, each in its own module:

- **stories** (`stories.py`): documents that report one event within a time
  window; claims are only compared within a story.
- **blocking** (`blocking.py`): pairs of claims that share a subject or a
  rare key term; only these are scored.
- **frames** (`frames.py`): what a figure measures, of whom, on what terms
  and on whose word; two claims whose frames differ are never compared.
  A bearing or a time of day is given for an event (`events.py`).
- **scoring** (`scoring.py`): how surely two claims measure the same thing,
  and the mutual-best-match rule that keeps a conflict.

Every threshold is named once, in the module that uses it, with its reason.
Rules and coverage import from here, not from each other.
"""

from .blocking import COMMON_FROM, COMMON_SHARE, candidate_pairs, frame_keys, is_common
from .events import event_of
from .frames import (
    AGE,
    FIRST_STEP,
    Frame,
    agents_differ,
    attribution_of,
    claim_agent,
    describe_frame,
    fixed_measure,
    frame_of,
    frames_compatible,
    measure_in,
    name_tokens,
    names_bracketed_owner,
    of_the_members,
    one_name,
    owners_compatible,
    owners_differ,
    same_event_property,
    same_frame,
    same_measure,
    same_source,
    same_unit_family,
    subject_clause_before,
    subjects_compatible,
    two_sources,
)
from .scoring import (
    ATTRIBUTE_WEIGHT,
    CLOSE_SECOND,
    DIFFERENT_MEASURES,
    Corpus,
    attribute_similarity,
    consensus_conflicts,
    context_similarity,
    lifted_by_context,
    mutual_conflicts,
    read_per_writing,
    same_spelling,
    sounds_alike,
    spelt_alike,
    spelt_alike_in_one_post,
    word_alike,
    writings,
    written_as_heard,
)
from .stories import cluster_stories, connected_groups, english_rarity, regroup_stories, story_signature

__all__ = [
    "AGE",
    "ATTRIBUTE_WEIGHT",
    "FIRST_STEP",
    "CLOSE_SECOND",
    "COMMON_FROM",
    "COMMON_SHARE",
    "DIFFERENT_MEASURES",
    "Corpus",
    "Frame",
    "attribute_similarity",
    "attribution_of",
    "candidate_pairs",
    "cluster_stories",
    "english_rarity",
    "regroup_stories",
    "connected_groups",
    "consensus_conflicts",
    "context_similarity",
    "describe_frame",
    "event_of",
    "frame_keys",
    "fixed_measure",
    "frame_of",
    "frames_compatible",
    "subject_clause_before",
    "is_common",
    "lifted_by_context",
    "measure_in",
    "mutual_conflicts",
    "name_tokens",
    "one_name",
    "names_bracketed_owner",
    "of_the_members",
    "agents_differ",
    "claim_agent",
    "owners_differ",
    "owners_compatible",
    "read_per_writing",
    "same_event_property",
    "same_frame",
    "same_measure",
    "same_source",
    "same_spelling",
    "spelt_alike",
    "spelt_alike_in_one_post",
    "written_as_heard",
    "sounds_alike",
    "word_alike",
    "same_unit_family",
    "story_signature",
    "subjects_compatible",
    "two_sources",
    "writings",
]
