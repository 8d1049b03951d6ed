"""People who petition: gender and relation to the school, as on the 登记单."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {"male": "男", "female": "女", "unknown": "未知"}[self.value]


class Relation(StrEnum):
    """Relation of the petitioner to the school or unit concerned."""

    PARENT = "parent"
    TEACHER = "teacher"
    STUDENT = "student"
    RETIRED = "retired"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _RELATION_LABELS[self]


_RELATION_LABELS = {
    Relation.PARENT: "家长",
    Relation.TEACHER: "教师",
    Relation.STUDENT: "学生",
    Relation.RETIRED: "退休教职工",
    Relation.OTHER: "其他",
}

# A visit by this many people or more is a collective visit (集体访), received
# through 3 to 5 elected representatives (seed 004 五(二): "只接访其选出的3—5名代表";
# 信访工作条例 art. 20 caps them at 5).
COLLECTIVE_VISIT_MIN = 5
MIN_REPRESENTATIVES = 3
MAX_REPRESENTATIVES = 5
