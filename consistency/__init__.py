"""consistency: find where news sources disagree on figures, dates and names.

    >>> import consistency
    >>> [m.text for m in consistency.mentions("China refines 85% of rare earths.")]
    ['China', '85%']
"""

from __future__ import annotations

from .model import Claim, Discrepancy, Document, Mention, Severity
from .parse import mentions

__all__ = ["Claim", "Discrepancy", "Document", "Mention", "Severity", "mentions"]
__version__ = "0.1.0"
