"""Numeric tolerance: a relative widening of every figure interval before figures are compared.

The default is no tolerance: two figures conflict only when their intervals
(rounding and hedges) do not overlap. A desk that accepts, say, 2% between
sources sets ``tolerance = 0.02`` in consistency.toml (or ``--tolerance``);
each finite bound then moves outwards by 2% of its size, so "85%"
[84.5, 85.5) becomes [82.81, 87.21) and no longer conflicts with "87%".
"""

from __future__ import annotations

import math

from .model import Mention

__all__ = ["widen", "figures_agree"]


def widen(low: float, high: float, tolerance: float) -> tuple[float, float]:
    """[low, high) widened outwards by `tolerance` (a fraction) of each finite bound's size."""
    if tolerance <= 0:
        return low, high
    if math.isfinite(low):
        low -= tolerance * abs(low)
    if math.isfinite(high):
        high += tolerance * abs(high)
    return low, high


def _bounds(m: Mention) -> tuple[float, float]:
    lo = m.low if m.low is not None else (m.value if m.value is not None else -math.inf)
    hi = m.high if m.high is not None else (m.value if m.value is not None else math.inf)
    return lo, hi


def figures_agree(a: Mention, b: Mention, tolerance: float = 0.0) -> bool:
    """Whether two figures' intervals, each widened by `tolerance`, share any point."""
    if tolerance <= 0:
        return a.overlaps(b)
    lo1, hi1 = widen(*_bounds(a), tolerance)
    lo2, hi2 = widen(*_bounds(b), tolerance)
    if lo1 == hi1:
        return lo2 <= lo1 <= hi2
    if lo2 == hi2:
        return lo1 <= lo2 <= hi1
    return lo1 < hi2 and lo2 < hi1
