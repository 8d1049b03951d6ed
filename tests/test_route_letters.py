"""Every route whose next step is a letter drafts it from the case; a letter that cannot be filled names the step.

A 转交办理 (route 2) case could not get its reply letter: after the unit's
reply the page said to write the 答复意见书, and 起草 failed with
"占位符{受理日期}…没有内容", naming nothing to fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

from receptionapp.documents.templates import LetterType, default_template
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake
from receptionapp.services.context import MissingStep
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.letters.drafting import draft_letter
from receptionapp.services.letters.records import get_letter
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.extension import extend
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id
from tests.letterkit import Bureau, D, bureau  # noqa: F401

REPLY = "经调查，城东区实验小学已按政策安排该生就近入学。"


def registered(b: Bureau) -> int:
    return intake.register_case(
        b.db,
        b.office,
        make_registration(
            received_at=dt.datetime(2026, 11, 2, 9, 0),
            person=PetitionerInput(name="张晓梅", id_number="11010519491231002X", phone="13812345678"),
        ),
        now=dt.datetime(2026, 11, 2, 10, 0),
    ).id


def routed(b: Bureau, route: Route, unit: str | None, *, reply: bool = True) -> int:
    case_id = registered(b)
    instruct(b.db, b.leader, case_id, route, f"{route.label}，请有关单位办理。", on=D(2026, 11, 3))
    if unit is not None:
        sent = assign(b.db, b.office, case_id, unit_id(b.db, unit), on=D(2026, 11, 4))
        if reply:
            record_reply(b.db, b.office, sent.id, REPLY, on=D(2026, 11, 16))
    return case_id


def reply_text(b: Bureau, case_id: int) -> str:
    return get_letter(b.db, draft_letter(b.db, b.office, case_id, LetterType.REPLY)).text


def test_a_transferred_matter_gets_its_reply_after_the_units_answer(bureau: Bureau) -> None:  # noqa: F811
    case_id = routed(bureau, Route.TRANSFER, "城东区教育局")
    assert handling(bureau.db, case_id).status.value == "replied"
    text = reply_text(bureau, case_id)
    assert (
        "我局于2026年11月4日将该事项转送城东区教育局办理（事项编号：来访〔2026〕0001号），"
        "城东区教育局已于2026年11月16日报送调查处理情况。现将有关情况答复如下：" in text
    )
    assert "依法受理" not in text  # the bureau did not accept it: the unit did
    assert REPLY in text and "30日内向某市人民政府提出复查申请" in text


@pytest.mark.parametrize(
    ("route", "unit", "sentence"),
    [
        (
            Route.ACCEPT,
            "基础教育处",
            "我局于2026年11月3日依法受理（事项编号：来访〔2026〕0001号），并组织进行了调查核实。",
        ),
        (Route.URGE, "市第一中学", "该事项由市第一中学办理，我局于2026年11月3日批示督促办理"),
        (
            Route.FINAL,
            "城东区教育局",
            "该事项已经复核终结，我局于2026年11月3日督促城东区教育局落实复查（复核）意见",
        ),
    ],
)
def test_every_route_with_a_unit_drafts_its_reply(
    bureau: Bureau,  # noqa: F811
    route: Route,
    unit: str,
    sentence: str,
) -> None:
    text = reply_text(bureau, routed(bureau, route, unit))
    assert sentence in text and REPLY in text


def test_a_transferred_matter_gets_its_transfer_notice(bureau: Bureau) -> None:  # noqa: F811
    case_id = routed(bureau, Route.TRANSFER, "城东区教育局", reply=False)
    text = get_letter(bureau.db, draft_letter(bureau.db, bureau.office, case_id, LetterType.TRANSFER)).text
    assert "我局已于2026年11月4日将该事项转送城东区教育局办理" in text


def test_a_final_review_decided_without_a_unit_gets_its_refusal_notice(bureau: Bureau) -> None:  # noqa: F811
    case_id = routed(bureau, Route.FINAL, None)
    text = get_letter(bureau.db, draft_letter(bureau.db, bureau.office, case_id, LetterType.REFUSAL)).text
    assert "已经复核终结，且未提出新的事实和理由" in text and "理由代码：04" in text


def test_a_letter_that_cannot_be_filled_names_the_step(bureau: Bureau) -> None:  # noqa: F811
    b = bureau
    case_id = registered(b)
    with pytest.raises(MissingStep) as missing:
        draft_letter(b.db, b.office, case_id, LetterType.REPLY)
    assert (missing.value.step, missing.value.label) == ("instruct", "录入批示")
    assert str(missing.value).endswith("请先录入批示。")

    instruct(b.db, b.leader, case_id, Route.TRANSFER, "转城东区教育局办理。", on=D(2026, 11, 3))
    # Transferred, not yet sent: the reply and the transfer notice wait for the 交办.
    for kind in (LetterType.REPLY, LetterType.TRANSFER):
        with pytest.raises(MissingStep) as missing:
            draft_letter(b.db, b.office, case_id, kind)
        assert missing.value.step == "assign" and "请先交办" in str(missing.value)
    with pytest.raises(MissingStep) as missing:
        draft_letter(b.db, b.office, case_id, LetterType.EXTENSION)
    assert missing.value.step == "extend"
    with pytest.raises(MissingStep) as missing:
        draft_letter(b.db, b.office, case_id, LetterType.REFUSAL)
    assert missing.value.step == "instruct" and "不予受理理由" in str(missing.value)


def test_an_old_template_asking_for_the_acceptance_date_says_what_to_use(bureau: Bureau) -> None:  # noqa: F811
    b = bureau
    old = default_template(LetterType.REPLY).replace(
        "{办理经过}现将", "我局于{受理日期}依法受理（事项编号：{事项编号}），并组织进行了调查核实。现将"
    )
    letter_settings.save_template(b.db, b.admin, LetterType.REPLY, old)
    case_id = routed(b, Route.TRANSFER, "城东区教育局")
    with pytest.raises(MissingStep) as refused:
        draft_letter(b.db, b.office, case_id, LetterType.REPLY)
    message = str(refused.value)
    assert "{受理日期}" in message and "转交办理" in message and "{办理经过}" in message
    assert refused.value.step == MissingStep.LETTER_TEMPLATES  # the admin is offered the 文书模板
    # An accepted matter still fills it.
    assert "我局于2026年11月3日依法受理" in reply_text(b, routed(b, Route.ACCEPT, "基础教育处"))


def test_without_the_review_body_the_admins_settings_are_named(db, people, admin) -> None:
    case_id = intake.register_case(
        db, people["office"], make_registration(), now=dt.datetime(2026, 11, 24)
    ).id
    instruct(db, people["leader"], case_id, Route.ACCEPT, "受理。", on=D(2026, 11, 18))
    with pytest.raises(MissingStep) as missing:
        draft_letter(db, people["office"], case_id, LetterType.REPLY)
    assert missing.value.step == MissingStep.LETTER_SETTINGS and "复查机关" in str(missing.value)


def test_an_extended_hotline_order_of_any_route_gets_its_extension_notice(bureau: Bureau) -> None:  # noqa: F811
    """A 12345 工单 may be extended on any route; its 延期告知单 asked for a 受理日期 only route 1 has."""
    b = bureau
    case_id = intake.register_case(
        b.db,
        b.office,
        make_registration(
            channel=Channel.HOTLINE, source_ref="GD20261110001", received_at=dt.datetime(2026, 11, 10, 9, 0)
        ),
        now=dt.datetime(2026, 11, 10, 10, 0),
    ).id
    instruct(b.db, b.leader, case_id, Route.TRANSFER, "转城东区教育局办理。", on=D(2026, 11, 10))
    assign(b.db, b.office, case_id, unit_id(b.db, "城东区教育局"), on=D(2026, 11, 10))
    order = next(
        o for o in handling(b.db, case_id).open_obligations if o.kind is ObligationKind.HOTLINE_REPLY
    )
    # The year's only 工单 extended is a 续报率 over 2 %: the leader approves it himself (issue 14 B1).
    extend(b.db, b.leader, order.id, 3, "需协调多个学校核实")
    text = get_letter(b.db, draft_letter(b.db, b.office, case_id, LetterType.EXTENSION)).text
    assert (
        "问题的信访事项，我局于2026年11月10日将该事项转送城东区教育局办理（事项编号：热线〔2026〕0001号）。"
        in text
    ), text
    assert "因需协调多个学校核实，该事项未能在规定期限内办结" in text and "【请填写" not in text
