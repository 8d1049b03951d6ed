"""Percentages that add up: shares by the largest-remainder method, and plain rates.

A table of shares must add up to exactly 100% as printed: each share is
rounded down to the decimals shown and the leftover units go to the rows
with the largest remainders (ties to the earlier row). A rate (办结率) is a
single ratio, rounded half up.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def shares(counts: list[int], decimals: int = 1) -> list[float]:
    """Percent shares of ``counts`` that sum to exactly 100 (all zeros when the total is 0)."""
    total = sum(counts)
    if total <= 0:
        return [0.0 for _ in counts]
    if any(c < 0 for c in counts):
        raise ValueError("counts must not be negative")
    unit = 10**decimals
    target = 100 * unit
    # Exact integer arithmetic: count * target / total in units of 10**-decimals percent.
    floors = [c * target // total for c in counts]
    remainders = [c * target % total for c in counts]
    missing = target - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-remainders[i], i))
    for i in order[:missing]:
        floors[i] += 1
    return [f / unit for f in floors]


def rate(part: int, whole: int, decimals: int = 1) -> float | None:
    """``part / whole`` in percent, rounded half up; None when there is nothing to divide by."""
    if whole <= 0:
        return None
    value = Decimal(part) * 100 / Decimal(whole)
    return float(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"
