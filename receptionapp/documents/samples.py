"""Sample documents: one of each letter, notice and form, filled with realistic invented data.

Used by build/sample_documents.py (so a person can look at every page type),
by the tests and by the benchmarks. The names include rare characters
(王𠇔, 李䶮, 张喆, 赵堃) on purpose: they must print and copy out of the PDF.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from receptionapp.documents import forms, official
from receptionapp.documents.fonts import FontSet
from receptionapp.documents.forms import FormDocument, FormItem, FormRow, FormSection, FormText
from receptionapp.documents.official import OfficialDocument
from receptionapp.documents.templates import LetterType, default_template, fill_document
from receptionapp.domain.refusals import RefusalReason, refusal_values
from receptionapp.resources import resource

BUREAU = "示例市教育局"
CASE_NUMBER = "来信〔2026〕0042号"

BASE_VALUES = {
    "信访人": "王𠇔",
    "收到日期": "2026年6月3日",
    "信访形式": "来信",
    "受理日期": "2026年6月5日",
    "办理经过": f"我局于2026年6月5日依法受理（事项编号：{CASE_NUMBER}），并组织进行了调查核实。",
    "事项编号": CASE_NUMBER,
    "反映问题": "示例市第一中学以资料费名义向高一学生收取费用",
    "诉求": "退还违规收取的费用并查处相关责任人",
    "复查机关": "示例市人民政府",
    "办结期限": "2026年8月4日",
    "发文机关": BUREAU,
    "联系人": "李䶮",
    "联系电话": "0571-87001234",
}

FINDINGS = (
    "经我局基础教育处调查核实，示例市第一中学于2026年3月以“学习资料费”名义向高一年级"
    "615名学生每人收取300元，共计184,500元。该项费用未列入经批准的服务性收费和代收费项目，"
    "所购资料也未经学生及家长自愿选择。\n"
    "（一）关于收费的性质\n"
    "该校所收费用属于未经批准的收费，违反了中小学收费管理的有关规定。张喆、赵堃等学生家长"
    "反映的情况属实。\n"
    "（二）关于学校的整改\n"
    "我局已约谈该校校长，责令学校立即停止收费，并于2026年7月31日前将已收费用全额退还。"
    "截至2026年7月20日，学校已退还费用184,500元，家长签收凭据已报我局备案。"
)
BASIS = (
    "《中小学服务性收费和代收费管理办法》规定，服务性收费和代收费应当坚持学生自愿和"
    "非营利原则，学校不得强制或者变相强制学生接受服务并收费。"
)
DECISION = (
    "你反映的示例市第一中学违规收取资料费的问题属实，对你提出的退还费用的请求，我局予以支持；"
    "对相关责任人，我局已责成学校作出书面检查，并在全市教育系统通报。"
)


def reply_letter(draft: bool = False, paragraphs: int = 0) -> OfficialDocument:
    """The reply letter; ``paragraphs`` adds filler findings to make a long, multi-page letter."""
    findings = FINDINGS + "".join(
        f"\n（{n + 3}）补充核查情况。经再次核查第{n + 1}批收费凭据，相关班级的收费金额、人数与学校"
        "财务账目一致，未发现另行收取其他费用的情况，学校已将核查结果在家长会上作出说明。"
        for n in range(paragraphs)
    )
    values = {**BASE_VALUES, "查明事实": findings, "政策依据": BASIS, "处理意见": DECISION}
    filled = fill_document(default_template(LetterType.REPLY), values)
    doc = OfficialDocument(
        title=filled.title,
        issuer=BUREAU,
        date=dt.date(2026, 8, 1),
        blocks=filled.blocks,
        doc_number="示教信复〔2026〕12号",
        addressee=filled.addressee,
        seal_image=resource("seals", "demo-seal.png"),
        draft=draft,
        copy_note="示例市第一中学，局基础教育处",
    )
    return dataclasses.replace(doc, verification_code=official.compute_verification_code(doc))


def notice(letter_type: LetterType, draft: bool = False) -> OfficialDocument:
    """One of the four notices, filled from the default template."""
    extra = {
        LetterType.ACCEPTANCE: {"承办单位": "基础教育处"},
        LetterType.REFUSAL: refusal_values(RefusalReason.NOT_EDUCATION, "示例市人力资源和社会保障局"),
        LetterType.TRANSFER: {"转送单位": "示例市城东区教育局", "转送日期": "2026年6月8日"},
        LetterType.EXTENSION: {
            "延期理由": "该事项涉及多个年级的收费凭据，需逐一核对",
            "延长后期限": "2026年9月3日",
        },
    }[letter_type]
    filled = fill_document(default_template(letter_type), {**BASE_VALUES, **extra})
    doc = OfficialDocument(
        title=filled.title,
        issuer=BUREAU,
        date=dt.date(2026, 6, 10),
        blocks=filled.blocks,
        doc_number=None,
        addressee=filled.addressee,
        seal_image=resource("seals", "demo-seal.png"),
        draft=draft,
    )
    return dataclasses.replace(doc, verification_code=official.compute_verification_code(doc))


def registration_sheet() -> FormDocument:
    """领导干部接待群众来访登记单."""
    rows: list[FormItem] = [
        FormRow("来访人", "王𠇔", "性别", "男"),
        FormRow("身份证号", "11010519491231002X", "联系电话", "13812345678"),
        FormRow("住址", "示例市城东区解放路12号3单元402室"),
        FormRow("与学校关系", "学生家长", "来访人数", "1人"),
        FormRow("来访时间", "2026年6月10日 14:40", "接访领导", "张喆（副局长）"),
        FormRow("预约情况", "预约（2026年6月3日来电）", "问题类别", "教育收费"),
        FormRow("所属地区", "城东区", "涉及学校", "示例市第一中学"),
        FormText("反映问题", BASE_VALUES["反映问题"] + "，每生300元，未开具正式票据。", min_lines=3),
        FormText("诉求", BASE_VALUES["诉求"] + "。", min_lines=2),
        FormText("初审意见", "属于我局职责范围，建议安排本周三领导接访日接待。", min_lines=2),
    ]
    return FormDocument(
        title="领导干部接待群众来访登记单",
        bureau=BUREAU,
        number="来访〔2026〕0107号",
        rows=rows,
        footer_signatures=["登记人：", "接访领导（签字）："],
        date=dt.date(2026, 6, 10),
    )


def assignment_sheet() -> FormDocument:
    """交办单."""
    rows: list[FormItem] = [
        FormRow("事项编号", CASE_NUMBER, "交办日期", "2026年6月10日"),
        FormRow("承办单位", "基础教育处", "办理时限", "2026年7月8日前"),
        FormRow("信访人", "王𠇔", "联系电话", "13812345678"),
        FormText("反映问题", BASE_VALUES["反映问题"] + "。", min_lines=3),
        FormText(
            "领导批示", "请基础教育处牵头调查核实，依法依规处理，按期书面报告办理结果。——张喆", min_lines=3
        ),
        FormText(
            "办理要求",
            "请于2026年7月8日前将调查核实情况、处理意见和答复意见书草稿书面报局办公室。",
            min_lines=2,
        ),
    ]
    return FormDocument(
        title="信访事项交办单",
        bureau=BUREAU,
        number="交办〔2026〕0031号",
        rows=rows,
        footer_signatures=["交办人：", "签收人：", "签收日期："],
        date=dt.date(2026, 6, 10),
        note="本单一式两联，一联交承办单位，一联由局办公室存档。",
    )


def supervision_sheet() -> FormDocument:
    """督办单."""
    rows: list[FormItem] = [
        FormRow("事项编号", CASE_NUMBER, "督办日期", "2026年7月9日"),
        FormRow("承办单位", "基础教育处", "原定期限", "2026年7月8日"),
        FormText("督办事由", "该事项已超过交办单规定的办理期限，承办单位尚未报送办理结果。", min_lines=2),
        FormText("督办要求", "请于2026年7月15日前报送办理结果；确有特殊情况的，书面说明原因。", min_lines=2),
        FormText("办理情况反馈", "", min_lines=4),
    ]
    return FormDocument(
        title="信访事项督办单",
        bureau=BUREAU,
        number="督办〔2026〕0009号",
        rows=rows,
        footer_signatures=["督办人：", "承办单位负责人（签字）："],
        date=dt.date(2026, 7, 9),
    )


def completion_sheet() -> FormDocument:
    """办结单."""
    rows: list[FormItem] = [
        FormRow("事项编号", CASE_NUMBER, "办结日期", "2026年8月1日"),
        FormRow("信访人", "王𠇔", "承办单位", "基础教育处"),
        FormRow("办理结果", "予以支持", "答复文号", "示教信复〔2026〕12号"),
        FormRow("送达方式", "挂号邮寄", "挂号单号", "XA123456789CN"),
        FormRow("送达日期", "2026年8月3日", "信访人评价", "满意"),
        FormRow("归档号", "2026-XF-0042"),
        FormText("办理情况", DECISION, min_lines=3),
    ]
    return FormDocument(
        title="信访事项办结单",
        bureau=BUREAU,
        number="办结〔2026〕0040号",
        rows=rows,
        footer_signatures=["经办人：", "办公室负责人（签字）："],
        date=dt.date(2026, 8, 3),
    )


def conversation_record(long: bool = False) -> FormDocument:
    """接谈记录; ``long`` repeats the conversation so it runs onto a second page."""
    talk = (
        "王𠇔：学校三月份让每个学生交三百元资料费，说是统一订的复习资料，不交的孩子老师会点名。"
        "我们家长没有见到收费公示，也没有正式票据。\n"
        "张喆（副局长）：你反映的情况我们记下了。学校收费必须有依据、要公示、要开票，"
        "不能强制学生购买资料。我们会请基础教育处去学校核实。\n"
        "王𠇔：希望能把钱退给学生，也希望以后不要再有这种情况。\n"
        "基础教育处负责人：我们两周内去学校调取收费凭据，核实后按规定处理，并书面答复你。"
    )
    if long:
        talk = "\n".join([talk] * 6)
    rows: list[FormItem] = [
        FormRow("接谈时间", "2026年6月10日 14:40—15:20", "接谈地点", "局信访接待室"),
        FormRow("接谈领导", "张喆（副局长）", "记录人", "李䶮"),
        FormRow("参加人员", "基础教育处负责人、局办公室工作人员、局法律顾问赵堃"),
        FormRow("来访人", "王𠇔", "联系电话", "13812345678"),
        FormSection("接谈情况"),
        FormText("接谈内容", talk, min_lines=8),
        FormText("领导意见", "请基础教育处调查核实，依规处理，两周内报结果。", min_lines=3),
    ]
    return FormDocument(
        title="领导接访接谈记录",
        bureau=BUREAU,
        number="来访〔2026〕0107号",
        rows=rows,
        footer_signatures=["来访人（签字）：", "接谈领导（签字）：", "记录人："],
        date=dt.date(2026, 6, 10),
    )


def write_samples(folder: Path, fonts: FontSet | None = None) -> list[Path]:
    """Write one PDF of every document type to ``folder``; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    letters = {
        "reply-final": reply_letter(),
        "reply-draft": reply_letter(draft=True),
        "reply-long": reply_letter(paragraphs=9),
        **{f"notice-{t.value}": notice(t) for t in LetterType if t is not LetterType.REPLY},
    }
    sheets = {
        "form-registration": registration_sheet(),
        "form-assignment": assignment_sheet(),
        "form-supervision": supervision_sheet(),
        "form-completion": completion_sheet(),
        "form-conversation": conversation_record(),
        "form-conversation-long": conversation_record(long=True),
    }
    written = []
    for name, letter in letters.items():
        path = folder / f"{name}.pdf"
        path.write_bytes(official.render_official(letter, fonts))
        written.append(path)
    for name, sheet in sheets.items():
        sheet = dataclasses.replace(sheet, verification_code=forms.compute_verification_code(sheet))
        path = folder / f"{name}.pdf"
        path.write_bytes(forms.render_form(sheet, fonts))
        written.append(path)
    return written
