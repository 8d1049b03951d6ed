"""重大信访信息快报: the paper the leaders get the same day a matter is marked major.

Laid out like the other forms (``documents.forms``, GB/T 9704-style heading,
fonts embedded): what happened and when, who came and how many, why the
matter is major, what the office reports, when and to whom the 快报 went,
and room for the leader's 批示. Every date comes from the record.
"""

from __future__ import annotations

from receptionapp.documents.forms import FormDocument, FormItem, FormRow, FormText
from receptionapp.services.papers.forms import CaseRecord, moment_text, names_text
from receptionapp.services.workflow.aftercare import MajorView

TITLE = "重大信访信息快报"


def major_report_sheet(record: CaseRecord, major: MajorView) -> FormDocument:
    case = record.case
    people = "（已按保密规定隐去）" if case.identity_hidden else names_text(case.petitioners)
    rows: list[FormItem] = [
        FormRow("信访形式", case.channel.label, "收到时间", moment_text(case.received_at)),
        FormRow("信访人", people, "人数", f"{case.head_count}人"),
        FormRow("问题类别", case.category, "涉及单位", case.unit_name),
        FormText("重大情形", major.reasons_text, min_lines=1),
        FormText("反映问题", case.problem, min_lines=2),
        FormText("基本情况及处置", major.summary, min_lines=4),
        FormRow("报告时间", moment_text(major.marked_at), "报告人", major.marked_by),
        FormRow(
            "报送时间",
            moment_text(major.sent_at) if major.sent_at else "",
            "报送对象",
            major.sent_to,
        ),
        FormText("领导批示", "", min_lines=4),
    ]
    return FormDocument(
        title=TITLE,
        bureau=record.bureau,
        number=case.number,
        rows=rows,
        footer_signatures=["签发人：", "经办人："],
        date=major.marked_at.date(),
        note="重大信访事项于当日向局领导报送快报；后续处置情况另行续报。",
    )
