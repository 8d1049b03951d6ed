"""Letters from the case: draft, edit, approve and sign, read the final PDF back, correct, serve."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.db.models_workflow import Obligation
from receptionapp.documents import signing
from receptionapp.documents.fonts import bundled_font_set
from receptionapp.documents.templates import LetterType
from receptionapp.domain.completion import ServiceMethod
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake
from receptionapp.services.cases.editing import void_case
from receptionapp.services.context import PermissionDenied, ServiceError, ValidationFailed
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters import service as letter_service
from receptionapp.services.letters import verify as letter_verify
from receptionapp.services.letters.drafting import correct_letter, draft_letter, generated_text, save_draft
from receptionapp.services.letters.records import LetterRow, case_letters, get_letter
from receptionapp.services.letters.rendering import draft_pdf, letter_pdf
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration
from tests.letterkit import RARE_NAME, Bureau, D, bureau, complete_text, replied_case  # noqa: F401
from tests.pdfcheck import all_text, fonts, image_count, reader, squeeze

FONTS = bundled_font_set()


def approve(b: Bureau, letter_id: int, **kwargs) -> LetterRow:
    return letter_approval.approve_letter(
        b.db, b.leader, b.paths, letter_id, fonts=FONTS, on=D(2026, 11, 24), **kwargs
    )


def ready_reply(b: Bureau) -> tuple[int, int]:
    case_id = replied_case(b)
    letter_id = draft_letter(b.db, b.office, case_id, LetterType.REPLY)
    text = get_letter(b.db, letter_id).text
    save_draft(b.db, b.office, letter_id, complete_text(text))
    return case_id, letter_id


def test_the_reply_draft_is_filled_from_the_case(bureau: Bureau) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    text = get_letter(bureau.db, letter_id).text
    assert text.startswith(f"标题：关于{RARE_NAME}信访事项的答复意见\n主送：{RARE_NAME}：\n")
    assert "你于2026年11月2日来访反映学校以资料费名义向学生收取费用问题，请求退还违规收取的费用。" in text
    assert "我局于2026年11月3日依法受理" in text
    assert "经调查，市第一中学收取资料费无依据，已责令全额退还。" in text  # the unit's reply
    assert "30日内向某市人民政府提出复查申请" in text
    assert "联系人：李䶮；联系电话：0571-87001234。" in text
    assert "【请填写：处理所依据的法律、法规和政策】" in text
    # Drafting again opens the same draft.
    assert draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY) == letter_id
    [row] = case_letters(bureau.db, case_id)
    assert (row.status, row.version, row.status_text) == ("draft", 1, "草稿（待审批）")


def test_a_letter_that_does_not_fit_the_case_names_the_missing_step(bureau: Bureau) -> None:  # noqa: F811
    case_id = intake.register_case(
        bureau.db, bureau.office, make_registration(), now=dt.datetime(2026, 11, 24)
    ).id
    with pytest.raises(ServiceError, match="尚未批示"):
        draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    instruct(bureau.db, bureau.leader, case_id, Route.ACCEPT, "受理。", on=D(2026, 11, 18))
    with pytest.raises(ServiceError, match="不予受理理由"):
        draft_letter(bureau.db, bureau.office, case_id, LetterType.REFUSAL)
    with pytest.raises(ServiceError, match="延期"):
        draft_letter(bureau.db, bureau.office, case_id, LetterType.EXTENSION)
    with pytest.raises(PermissionDenied):
        draft_letter(bureau.db, bureau.clerk, case_id, LetterType.ACCEPTANCE)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.ACCEPTANCE)
    text = get_letter(bureau.db, letter_id).text
    assert "我局已于2026年11月18日予以受理" in text and "【请填写" not in text


def test_only_a_leader_approves_and_a_prompt_left_stops_approval(bureau: Bureau) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    for someone in (bureau.office, bureau.admin, bureau.clerk):
        with pytest.raises(PermissionDenied):
            letter_approval.approve_letter(bureau.db, someone, bureau.paths, letter_id, fonts=FONTS)
    with pytest.raises(ServiceError, match=r"未填写的内容：第\d+行【请填写：处理所依据"):
        approve(bureau, letter_id)
    assert case_letters(bureau.db, case_id)[0].status == "draft"


def test_final_reply_reads_back_signed_sealed_and_registered(bureau: Bureau) -> None:  # noqa: F811
    case_id, letter_id = ready_reply(bureau)
    draft = letter_pdf(bureau.db, bureau.paths, letter_id, FONTS)
    final = approve(bureau, letter_id)
    assert final.doc_number == "某教信复〔2026〕1号" and final.status == "final"
    assert final.approved_by == "李局长" and final.letter_date == D(2026, 11, 24)
    pdf = letter_pdf(bureau.db, bureau.paths, letter_id)
    assert hashlib.sha256(pdf).hexdigest() == final.sha256
    page = reader(pdf).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = all_text(pdf)
    for expected in (f"关于{RARE_NAME}信访事项的答复意见", "某教信复〔2026〕1号", "某市教育局", "2026年11月24日",
                     "李䶮", f"核验码{final.verification_code}", "向某市人民政府提出复查申请"):  # fmt: skip
        assert expected in text
    # Every character of the office's text comes back out of the PDF, the rare name included.
    body = get_letter(bureau.db, letter_id).text
    for line in body.splitlines():
        line = line.removeprefix("标题：").removeprefix("主送：")
        assert squeeze(line) in text, line
    assert "草稿" not in text and "草稿" in all_text(draft)
    assert all(f.embedded for f in fonts(pdf)) and "Helvetica" not in str(fonts(pdf))
    last = len(reader(pdf).pages) - 1
    assert image_count(pdf, last) == 1 and image_count(draft, len(reader(draft).pages) - 1) == 0
    # The signature holds with the bureau's certificate, and the register knows the file.
    result = letter_verify.verify_bytes(bureau.db, pdf)
    assert result.valid and result.signature.signer == "某市教育局"
    assert result.letter is not None and result.letter.case_number.startswith("来访〔2026〕")
    assert "核验通过" in result.message and "某教信复〔2026〕1号" in result.message
    actions = [e.action for e in _audit(bureau, case_id)]
    assert actions[-2:] == ["letter_approve", "letter_sign"]


def test_one_changed_byte_is_detected(bureau: Bureau) -> None:  # noqa: F811
    _case_id, letter_id = ready_reply(bureau)
    approve(bureau, letter_id)
    pdf = letter_pdf(bureau.db, bureau.paths, letter_id)
    for position in (len(pdf) // 3, len(pdf) - 100):
        tampered = bytearray(pdf)
        tampered[position] ^= 0x01
        result = letter_verify.verify_bytes(bureau.db, bytes(tampered))
        assert not result.valid and result.letter is None
        assert "登记中没有这个文件" in result.message
    # A file signed with another certificate but never registered is refused too.
    other = signing.open_pkcs12(signing.create_self_signed("某市教育局", "x"), "x")
    foreign = signing.sign_pdf(draft_pdf(bureau.db, bureau.paths, _case_id, LetterType.REPLY,
                                                 get_letter(bureau.db, letter_id).text, FONTS), other)  # fmt: skip
    result = letter_verify.verify_bytes(bureau.db, foreign)
    assert not result.valid and not result.signature.trusted


def test_finals_are_immutable_and_a_correction_is_a_new_version(bureau: Bureau) -> None:  # noqa: F811
    case_id, letter_id = ready_reply(bureau)
    first = approve(bureau, letter_id)
    with pytest.raises(ServiceError, match="不能再次签发"):
        approve(bureau, letter_id)
    with pytest.raises(ServiceError, match="不能修改"):
        save_draft(bureau.db, bureau.office, letter_id, "标题：改\n\n改了")
    with pytest.raises(ServiceError, match="更正"):
        draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    with pytest.raises(ValidationFailed):
        correct_letter(bureau.db, bureau.office, letter_id, "")
    new_id = correct_letter(bureau.db, bureau.office, letter_id, "联系电话写错了")
    detail = get_letter(bureau.db, new_id)
    assert (detail.row.version, detail.row.replaces_id, detail.row.status) == (2, letter_id, "draft")
    save_draft(bureau.db, bureau.office, new_id, detail.text.replace("87001234", "87001235"))
    second = approve(bureau, new_id)
    assert second.doc_number == "某教信复〔2026〕2号"
    rows = {r.id: r for r in case_letters(bureau.db, case_id)}
    assert rows[letter_id].superseded_by == new_id and rows[letter_id].status_text == "已签发（已更正）"
    assert rows[letter_id].sha256 == first.sha256  # the old final is untouched
    old = letter_pdf(bureau.db, bureau.paths, letter_id)
    result = letter_verify.verify_bytes(bureau.db, old)
    assert result.valid and "已被更正，现行版本为某教信复〔2026〕2号" in result.message
    with pytest.raises(ServiceError, match="已有更正版本"):
        correct_letter(bureau.db, bureau.office, letter_id, "再次更正")
    row, data = letter_verify.latest_final(
        bureau.db, bureau.paths, rows[letter_id].title and _number(bureau, case_id)
    )
    assert row.id == new_id and hashlib.sha256(data).hexdigest() == second.sha256


def test_no_letter_is_drafted_or_shown_for_a_voided_case(bureau: Bureau) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    text = get_letter(bureau.db, letter_id).text
    void_case(bureau.db, bureau.admin, case_id, "重复登记，作废")
    with pytest.raises(ServiceError, match="已作废"):
        draft_letter(bureau.db, bureau.office, case_id, LetterType.ACCEPTANCE)
    with pytest.raises(ServiceError, match="已作废"):
        generated_text(bureau.db, case_id, LetterType.REPLY)
    with pytest.raises(ServiceError, match="已作废"):
        draft_pdf(bureau.db, bureau.paths, case_id, LetterType.REPLY, text)


def test_a_character_no_font_has_stops_approval_by_name(bureau: Bureau) -> None:  # noqa: F811
    _case_id, letter_id = ready_reply(bureau)
    text = get_letter(bureau.db, letter_id).text
    save_draft(bureau.db, bureau.office, letter_id, text.replace("市第一中学", "市第\ue000中学", 1))
    with pytest.raises(ServiceError, match="U\\+E000"):
        approve(bureau, letter_id)
    with pytest.raises(ServiceError, match="没有字形"):
        letter_pdf(bureau.db, bureau.paths, letter_id, FONTS)
    row = get_letter(bureau.db, letter_id).row
    assert row.status == "draft" and row.doc_number == ""
    # No number was used up: the next approval takes number 1.
    save_draft(bureau.db, bureau.office, letter_id, text)
    assert approve(bureau, letter_id).doc_number == "某教信复〔2026〕1号"


def test_serving_a_notice_settles_its_deadline(bureau: Bureau) -> None:  # noqa: F811
    case_id = intake.register_case(
        bureau.db, bureau.office, make_registration(), now=dt.datetime(2026, 11, 24)
    ).id
    instruct(
        bureau.db, bureau.leader, case_id, Route.NOT_ACCEPT, "不属教育部门职责。", on=D(2026, 11, 18),
        refusal_code="not_education", authority="某市人力资源和社会保障局",
    )  # fmt: skip
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REFUSAL)
    text = get_letter(bureau.db, letter_id).text
    assert "理由代码：01" in text and "请你向某市人力资源和社会保障局反映。" in text
    with pytest.raises(ServiceError, match="尚未签发"):
        letter_service.record_service(bureau.db, bureau.office, letter_id, ServiceMethod.IN_PERSON)
    final = approve(bureau, letter_id)
    assert final.doc_number == "某教信不受〔2026〕1号"
    with pytest.raises(ValidationFailed) as failed:
        letter_service.record_service(
            bureau.db, bureau.office, letter_id, ServiceMethod.REGISTERED_MAIL, mail_number="123",
            served_on=D(2026, 11, 20), today=D(2026, 11, 25),
        )  # fmt: skip
    assert set(failed.value.errors) == {"mail_number", "served_on"}
    with pytest.raises(ValidationFailed, match="签字"):
        letter_service.record_service(
            bureau.db, bureau.office, letter_id, ServiceMethod.IN_PERSON, served_on=D(2026, 11, 24),
            today=D(2026, 11, 25),
        )  # fmt: skip
    settled = letter_service.record_service(
        bureau.db, bureau.office, letter_id, ServiceMethod.REGISTERED_MAIL, mail_number="xa 123456789 cn",
        served_on=D(2026, 11, 25), today=D(2026, 11, 25),
    )  # fmt: skip
    assert settled == 1
    with bureau.db.read() as session:
        notice = session.scalar(
            select(Obligation).where(
                Obligation.case_id == case_id, Obligation.kind == ObligationKind.INTAKE_NOTICE.value
            )
        )
        assert notice is not None and notice.status == "done"
    row = get_letter(bureau.db, letter_id).row
    assert row.service is not None and row.service.mail_number == "XA123456789CN"
    assert row.status_text == "已送达"
    with pytest.raises(ServiceError, match="已经登记"):
        letter_service.record_service(
            bureau.db, bureau.office, letter_id, ServiceMethod.IN_PERSON, served_on=D(2026, 11, 25),
            receipt_signed=True, today=D(2026, 11, 25),
        )  # fmt: skip
    assert [e.action for e in _audit(bureau, case_id)][-2:] == ["letter_serve", "notice"]


def test_a_served_reply_prefills_the_completion(bureau: Bureau) -> None:  # noqa: F811
    case_id, letter_id = ready_reply(bureau)
    assert letter_service.served_reply(bureau.db, case_id) is None
    approve(bureau, letter_id)
    letter_service.record_service(
        bureau.db, bureau.office, letter_id, ServiceMethod.IN_PERSON, served_on=D(2026, 11, 24),
        receipt_signed=True, today=D(2026, 11, 25),
    )  # fmt: skip
    served = letter_service.served_reply(bureau.db, case_id)
    assert served is not None and served.method is ServiceMethod.IN_PERSON and served.receipt_signed


def test_printing_is_in_the_audit_log(bureau: Bureau) -> None:  # noqa: F811
    case_id, letter_id = ready_reply(bureau)
    letter_approval.record_print(bureau.db, bureau.office, letter_id, 2)
    approve(bureau, letter_id)
    letter_approval.record_print(bureau.db, bureau.leader, letter_id, 2)
    with pytest.raises(PermissionDenied):
        letter_approval.record_print(bureau.db, bureau.handler, letter_id, 1)
    prints = [e.summary for e in _audit(bureau, case_id) if e.action == "letter_print"]
    assert prints == [
        "打印信访事项答复意见书草稿（第1版），共2页",
        "打印信访事项答复意见书某教信复〔2026〕1号，共2页",
    ]


def _audit(b: Bureau, case_id: int) -> list[AuditEntry]:
    with b.db.read() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id))
        )


def _number(b: Bureau, case_id: int) -> str:
    from receptionapp.services.cases.detail import get_case

    return get_case(b.db, case_id).number


def test_the_signed_reply_goes_into_the_archive_bundle(bureau: Bureau, tmp_path) -> None:  # noqa: F811
    from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction
    from receptionapp.services.papers.archive import write_bundle
    from receptionapp.services.workflow import closing

    case_id, letter_id = ready_reply(bureau)
    final = approve(bureau, letter_id)
    closing.complete(
        bureau.db, bureau.office, case_id,
        CompletionInput(Decision.SUPPORT, "已责令学校退还费用。", ServiceMethod.IN_PERSON, "", D(2026, 11, 24),
                        True, Satisfaction.SATISFIED, D(2026, 11, 24)),
    )  # fmt: skip
    bundle = write_bundle(bureau.db, bureau.office, case_id, bureau.paths.attachments, tmp_path)
    titles = [d.title for d in bundle.documents]
    title = f"关于{RARE_NAME}信访事项的答复意见（{final.doc_number}）"
    assert title in titles and titles.index(title) == titles.index("信访事项办结单") - 1
    [copied] = [f for f in bundle.files if f.title == title]
    assert (bundle.folder / copied.file_name).read_bytes() == letter_pdf(bureau.db, bureau.paths, letter_id)


@pytest.mark.parametrize(
    ("problem", "summary"),
    [
        ("反映孩子户籍与房产均在第五小学学区内，但未被录取。", "孩子户籍与房产均在第五小学学区内"),
        ("学校以资料费名义向学生收取费用，每生三百元。", "学校以资料费名义向学生收取费用"),
        ("教师体罚学生的问题。", "教师体罚学生"),
    ],
)
def test_the_problem_reads_once_in_the_letter(problem: str, summary: str) -> None:
    from receptionapp.services.letters.values import problem_summary

    assert problem_summary(problem) == summary
