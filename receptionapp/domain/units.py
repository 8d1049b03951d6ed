"""The kinds of unit a matter is assigned to (承办单位), with the words the office uses for them.

Deadline rules may apply to one kind of unit only (a county bureau has its
own acceptance notice), so the kinds are domain data, not just form labels.
The values are what ``units.kind`` and ``deadline_rules.unit_kind`` hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class UnitKind(StrEnum):
    """What a 承办单位 is, in the order the lists show them."""

    DIVISION = "division"  # a division (处室) of the bureau itself
    COUNTY_BUREAU = "county_bureau"  # a district or county education bureau
    SCHOOL = "school"  # a school or other unit directly under the bureau
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    UnitKind.DIVISION: "处室",
    UnitKind.COUNTY_BUREAU: "区县教育局",
    UnitKind.SCHOOL: "学校",
    UnitKind.OTHER: "其他单位",
}

# Stored value → label, in UnitKind's order (for code that still passes plain strings).
UNIT_KIND_LABELS: dict[str, str] = {kind.value: kind.label for kind in UnitKind}


@dataclass(frozen=True)
class UnitRef:
    """A 承办单位 as the workflow's row builders need it: its id, name and kind (a UnitKind value)."""

    id: int
    name: str
    kind: str
