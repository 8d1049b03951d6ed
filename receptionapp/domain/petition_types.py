"""The three types of petition of 《信访工作条例》(2022): 建议意见, 检举控告, 申诉求决.

The type decides how a matter is treated: a 检举控告 (a report against a
person or unit) goes to discipline inspection and its reporter's identity is
protected, so such a case is confidential from registration on; suggestions
and requests for a decision on one's own rights follow the normal path.
"""

from __future__ import annotations

from enum import StrEnum


class PetitionType(StrEnum):
    """信访类型."""

    SUGGESTION = "suggestion"  # 建议意见
    REPORT = "report"  # 检举控告
    APPEAL = "appeal"  # 申诉求决

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def explanation(self) -> str:
        """One line for the registration form, so the clerk picks the right one."""
        return _EXPLANATIONS[self]

    @property
    def confidential_by_default(self) -> bool:
        """A report's reporter is protected (条例 art. 30): the case is confidential unless the office unmarks it."""
        return self is PetitionType.REPORT

    @classmethod
    def from_label(cls, text: str) -> PetitionType:
        text = text.strip()
        for kind, label in _LABELS.items():
            if text in (label, kind.value):
                return kind
        raise ValueError(f"未知的信访类型：{text}")


DEFAULT_PETITION_TYPE = PetitionType.APPEAL

_LABELS = {
    PetitionType.SUGGESTION: "建议意见",
    PetitionType.REPORT: "检举控告",
    PetitionType.APPEAL: "申诉求决",
}

_EXPLANATIONS = {
    PetitionType.SUGGESTION: "对教育工作提出建议、意见或批评",
    PetitionType.REPORT: "检举、揭发、控告单位或人员的违法违纪行为；信访人身份保密",
    PetitionType.APPEAL: "为本人或他人的合法权益提出申诉、请求解决问题",
}
