"""Alignment: which claims, across documents, speak of the same thing.

The stage runs in four steps, each in its own module:

- **stories** (`stories.py`): documents that report one event within a time
  window; claims are only compared within a story.
- **blocking** (`blocking.py`): pairs of claims that share a subject or a
  rare key term; only these are scored.
- **frames** (`frames.py`): what a figure measures, of whom, on what terms
  and on whose word; two claims whose frames differ are never compared.
- **scoring** (`scoring.py`): how surely two claims measure the same thing,
  and the mutual-best-match rule that keeps a conflict.

Every threshold is named once, in the module that uses it, with its reason.
Rules and coverage import from here, not from each other.
"""

from .blocking import COMMON_FROM, COMMON_SHARE, candidate_pairs, is_common
from .frames import Frame, attribution_of, frame_of, frames_compatible, same_unit_family, subjects_compatible
from .scoring import (
    ATTRIBUTE_WEIGHT,
    CLOSE_SECOND,
    DIFFERENT_MEASURES,
    Corpus,
    attribute_similarity,
    context_similarity,
    lifted_by_context,
    mutual_conflicts,
)
from .stories import cluster_stories, connected_groups, english_rarity, regroup_stories, story_signature

__all__ = [
    "ATTRIBUTE_WEIGHT",
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
    "context_similarity",
    "frame_of",
    "frames_compatible",
    "is_common",
    "lifted_by_context",
    "mutual_conflicts",
    "same_unit_family",
    "story_signature",
    "subjects_compatible",
]
