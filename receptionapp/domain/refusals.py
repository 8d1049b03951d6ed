"""The coded reasons for not accepting a petition (不予受理), with the rule each rests on.

A 不予受理告知单 states the reason in words, its code (so statistics and the
register can count refusals by reason), the rule it rests on, and where the
petitioner can go instead (DOMAIN.md, "The rules behind accepting or refusing").
The rules are those of the 信访工作条例 (中共中央、国务院, 2022). Article 23
(a body other than a petition bureau tells the petitioner what it received and
how it will be handled, transfers matters of lower units, and points matters
outside its remit to the competent body) was checked against the published
text; the article numbers of the legal-procedure, discipline and final-review
rules follow the 2022 text's chapter on handling (arts. 31, 32, 36) and should
be confirmed by the bureau's legal adviser, who can edit the notice template.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

AUTHORITY = "{有权处理机关}"


class RefusalReason(StrEnum):
    """Why a petition is not accepted."""

    NOT_EDUCATION = "not_education"
    OTHER_AUTHORITY = "other_authority"
    LEGAL_PROCEDURE = "legal_procedure"
    REVIEW_CONCLUDED = "review_concluded"
    BEING_HANDLED = "being_handled"
    DISCIPLINE = "discipline"

    @property
    def rule(self) -> RefusalRule:
        return REFUSAL_RULES[self]

    @classmethod
    def from_code(cls, code: str) -> RefusalReason:
        for reason, rule in REFUSAL_RULES.items():
            if code.strip() in (rule.code, reason.value, rule.label):
                return reason
        raise ValueError(f"未知的不予受理理由代码：{code}")


@dataclass(frozen=True)
class RefusalRule:
    """What a refusal notice says for one reason.

    ``reason`` and ``guidance`` may contain ``{有权处理机关}``, the body the
    petitioner should turn to, filled from the case.
    """

    code: str
    label: str
    reason: str
    basis: str
    guidance: str

    @property
    def needs_authority(self) -> bool:
        return AUTHORITY in self.reason + self.guidance


REFUSAL_RULES: dict[RefusalReason, RefusalRule] = {
    RefusalReason.NOT_EDUCATION: RefusalRule(
        code="01",
        label="不属于教育行政部门职责范围",
        reason="你反映的事项不属于教育行政部门的职责范围",
        basis="《信访工作条例》第二十三条第一款",
        guidance="请你向{有权处理机关}反映。",
    ),
    RefusalReason.OTHER_AUTHORITY: RefusalRule(
        code="02",
        label="不属于本机关管辖",
        reason="你反映的事项依法应由{有权处理机关}处理，不属于我局职权范围",
        basis="《信访工作条例》第二十三条第一款",
        guidance="请你向{有权处理机关}提出。",
    ),
    RefusalReason.LEGAL_PROCEDURE: RefusalRule(
        code="03",
        label="应通过法定途径解决",
        reason="你提出的诉求依法应当通过诉讼、仲裁或者行政复议等法定途径解决",
        basis="《信访工作条例》第三十二条",
        guidance="请你依法向{有权处理机关}提出。",
    ),
    RefusalReason.REVIEW_CONCLUDED: RefusalRule(
        code="04",
        label="已复核终结",
        reason="你反映的事项已经复核终结，且未提出新的事实和理由",
        basis="《信访工作条例》第三十六条",
        guidance="对该事项已作出的复核意见，请你予以理解和配合。",
    ),
    RefusalReason.BEING_HANDLED: RefusalRule(
        code="05",
        label="同一事项正在办理",
        reason="你反映的事项已由{有权处理机关}受理，目前尚在办理期限内",
        basis="《信访工作条例》关于属地管理、分级负责和逐级走访的规定",
        guidance="请你等待{有权处理机关}的答复，对其答复意见不服的，可以依法申请复查。",
    ),
    RefusalReason.DISCIPLINE: RefusalRule(
        code="06",
        label="属于纪检监察机关受理的检举控告",
        reason="你反映的问题属于对公职人员的检举控告，应由纪检监察机关依规依纪依法处理",
        basis="《信访工作条例》第三十一条",
        guidance="请你向{有权处理机关}反映。",
    ),
}


def refusal_values(reason: RefusalReason, authority: str) -> dict[str, str]:
    """The template values of a refusal notice: reason, code, basis, guidance."""
    rule = reason.rule
    authority = authority.strip()
    if rule.needs_authority and not authority:
        raise ValueError(f"不予受理理由“{rule.label}”需要写明有权处理的机关。")

    def filled(text: str) -> str:
        return text.replace(AUTHORITY, authority)

    return {
        "不予受理理由": filled(rule.reason),
        "不予受理代码": rule.code,
        "不予受理依据": rule.basis,
        "处理途径": filled(rule.guidance),
        "有权处理机关": authority,
    }
