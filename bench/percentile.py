"""The one percentile the bench and the load test report."""

import math
from collections.abc import Sequence


def nearest_rank(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (share 0.95 → p95) of a non-empty sequence: the smallest
    value with at least `share` of the values at or below it."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]
