"""Validation of what a clerk types: ID numbers, phones, names, times, whole registrations."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.people import Gender
from receptionapp.domain.validation import (
    PROVINCE_CODES,
    birth_date_of,
    gender_of,
    id_check_char,
    normalize_id_number,
    normalize_phone,
    validate_id_number,
    validate_name,
    validate_phone,
    validate_received_at,
    validate_registration,
    validate_text,
)
from tests.conftest import make_registration

TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 15, 0)

# GB 11643-1999, computed here independently of the module under test.
_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]


def check_char(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def make_id(province: str = "11", area: str = "0105", born: str = "19900307", seq: str = "123") -> str:
    first17 = province + area + born + seq
    return first17 + check_char(first17)


def person(**kw) -> PetitionerInput:
    kw.setdefault("name", "张晓梅")
    kw.setdefault("phone", "13812345678")
    return PetitionerInput(**kw)


def errors_of(data: RegistrationInput) -> dict[str, str]:
    return validate_registration(data, NOW)


# ---------------------------------------------------------------- ID numbers


def test_weights_match_the_standard() -> None:
    assert _WEIGHTS == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    assert id_check_char("11010519491231002") == "X"


@pytest.mark.parametrize(
    "value",
    [
        "11010519491231002X",  # the example of GB 11643 (check character X)
        "11010519491231002x",  # lower-case x
        "１１０１０５１９４９１２３１００２Ｘ",  # full-width digits and letter
        "１１０１０５１９４９１２３１００２ｘ",
        " 110105 19491231 002X ",  # spaces typed in groups
        make_id(),
        make_id("44", "0305", "20000229", "001"),  # 29 February of a leap year
        make_id("65", "0102", "19000101", "998"),
        make_id("81", "0000", "19851231", "456"),  # Hong Kong resident
        "",  # optional: an empty field is not an error
    ],
)
def test_valid_id_numbers(value: str) -> None:
    assert validate_id_number(value, TODAY) is None


def test_birth_date_today_is_accepted_tomorrow_is_not() -> None:
    assert validate_id_number(make_id(born=TODAY.strftime("%Y%m%d")), TODAY) is None
    tomorrow = TODAY + dt.timedelta(days=1)
    assert "不合理" in validate_id_number(make_id(born=tomorrow.strftime("%Y%m%d")), TODAY)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("110105491231002", "18位"),  # old 15-digit number
        ("1101051949123100", "18位"),
        ("11010519491231002XX", "18位"),
        ("11010519491231002Y", "末位为数字或X"),
        ("1101051949123100X2", "末位为数字或X"),
        ("11010519491231A02X", "末位为数字或X"),
        (make_id(province="00"), "省级"),
        (make_id(province="99"), "省级"),
        (make_id(province="10"), "省级"),
        (make_id(born="19900230"), "不存在"),  # 30 February
        (make_id(born="19901301"), "不存在"),  # month 13
        (make_id(born="19900001"), "不存在"),
        (make_id(born="20010229"), "不存在"),  # not a leap year
        (make_id(born="18991231"), "不合理"),
        (make_id(born="20301231"), "不合理"),  # born in the future
        ("110105194912310021", "校验位"),
        ("11010519491231002１", "校验位"),
    ],
)
def test_invalid_id_numbers(value: str, fragment: str) -> None:
    message = validate_id_number(value, TODAY)
    assert message is not None
    assert fragment in message


def test_id_number_helpers() -> None:
    assert normalize_id_number(" １１０１０５１９４９１２３１００２ｘ ") == "11010519491231002X"
    assert birth_date_of("11010519491231002X") == dt.date(1949, 12, 31)
    assert birth_date_of("11010519490231002X") is None
    assert gender_of("11010519491231002X") == "female"  # 17th digit 2: even
    assert gender_of(make_id(seq="131")) == "male"


def test_id_number_with_non_decimal_digit_gets_a_message_not_an_exception() -> None:
    value = "110105199001011\u13692X"  # valid province and birth date, one Ethiopic digit
    assert validate_id_number(value, TODAY) is not None


ids = st.builds(
    lambda province, area, born, seq: make_id(province, area, born.strftime("%Y%m%d"), seq),
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.from_regex(r"\A[0-9]{4}\Z"),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.from_regex(r"\A[0-9]{3}\Z"),
)


@given(ids, st.booleans())
def test_generated_valid_id_numbers_validate(value: str, lower: bool) -> None:
    assert validate_id_number(value.lower() if lower else value, TODAY) is None


@given(ids, st.sampled_from("0123456789X"))
def test_changing_the_check_character_invalidates(value: str, replacement: str) -> None:
    if replacement == value[17]:
        replacement = "0" if value[17] == "X" else "X"
    message = validate_id_number(value[:17] + replacement, TODAY)
    assert message is not None
    assert "校验位" in message


@given(ids, st.integers(0, 16), st.integers(1, 9))
def test_changing_one_digit_invalidates(value: str, position: int, delta: int) -> None:
    # The ISO 7064 MOD 11-2 check catches every single-digit change.
    digit = str((int(value[position]) + delta) % 10)
    assert validate_id_number(value[:position] + digit + value[position + 1 :], TODAY) is not None


# ---------------------------------------------------------------- phones


@pytest.mark.parametrize(
    "value",
    [
        "13812345678",
        "19912345678",
        "138 1234 5678",
        "138-1234-5678",
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-13812345678",
        "１３８１２３４５６７８",  # full-width
        "0571-87654321",
        "057187654321",
        "010-12345678",
        "01012345678",
        "0571－87654321",  # full-width hyphen
        "0571—87654321",  # em dash
        "0571-87654321-123",  # extension
        "0991-1234567",  # 7-digit number
        "87654321",  # local, 8 digits
        "8765432",  # local, 7 digits
        "4001234567",
        "8001234567",
        "",  # optional on its own
    ],
)
def test_valid_phones(value: str) -> None:
    assert validate_phone(value) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("1381234567", "手机"),  # 10 digits
        ("138123456789", "手机"),  # 12 digits
        ("12812345678", "手机"),  # 12x is not a mobile prefix
        ("10086", "手机"),
        ("abc", "只能包含数字"),
        ("138-1234-567a", "只能包含数字"),
        ("138.1234.5678", "只能包含数字"),
        ("电话13812345678", "只能包含数字"),
        ("234567", "固定电话"),  # too short for a local number
        ("234567890", "固定电话"),
        ("0571-123", "固定电话"),
        ("5555555555555", "固定电话"),
    ],
)
def test_invalid_phones(value: str, fragment: str) -> None:
    message = validate_phone(value)
    assert message is not None
    assert fragment in message


def test_normalize_phone() -> None:
    assert normalize_phone("+86 138 1234 5678") == "13812345678"
    assert normalize_phone("０５７１—８７６５４３２１") == "0571-87654321"
    assert normalize_phone("  ") == ""


@pytest.mark.parametrize("value", ["+86-571-87654321", "+86 10 12345678"])
def test_landline_in_international_form(value: str) -> None:
    assert validate_phone(value) is None


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "value",
    [
        "张晓梅",
        "李䶮",  # extension A
        "䶮",
        "王𠇔",  # extension B, outside the BMP
        "陶喆",
        "王堃",
        "欧阳娜娜",
        "阿卜杜拉·买买提",  # middle dot in minority names
        "John Smith",
        "张" * 40,
    ],
)
def test_valid_names(value: str) -> None:
    assert validate_name(value) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "请填写"),
        ("   ", "请填写"),
        ("张" * 41, "不能超过"),
        ("张3", "不允许"),
        ("张３", "不允许"),  # full-width digit
        ("李四五六七八九十一", None),  # Chinese numerals are letters: allowed
        ("张\x00三", "不允许"),
        ("张\n三", "不允许"),
        ("张\u200b三", "不允许"),  # zero-width space (format character)
        ("张三😀", "不允许"),
        ("张三❤", "不允许"),
    ],
)
def test_name_rules(value: str, fragment: str | None) -> None:
    message = validate_name(value)
    if fragment is None:
        assert message is None
    else:
        assert message is not None
        assert fragment in message


# ---------------------------------------------------------------- text and time


def test_validate_text() -> None:
    assert validate_text("第一行\n第二行\r\n\t缩进") is None
    assert "控制字符" in validate_text("有\x07响铃")
    assert "不能超过" in validate_text("字" * 11, limit=10, label="地址")
    assert validate_text("字" * 10, limit=10) is None


def test_received_at() -> None:
    assert "请填写" in validate_received_at(None, NOW)
    assert validate_received_at(NOW, NOW) is None
    assert validate_received_at(NOW - dt.timedelta(days=400), NOW) is None
    assert validate_received_at(NOW + dt.timedelta(minutes=4), NOW) is None  # another desk's clock
    assert "不能晚于" in validate_received_at(NOW + dt.timedelta(minutes=6), NOW)
    assert "不能晚于" in validate_received_at(NOW + dt.timedelta(days=1), NOW)
    assert "年份" in validate_received_at(dt.datetime(1999, 12, 31, 9, 0), NOW)


def test_received_at_in_the_future_fails_a_registration() -> None:
    errors = errors_of(make_registration(received_at=NOW + dt.timedelta(hours=1)))
    assert set(errors) == {"received_at"}
    errors = errors_of(make_registration(received_at=None))
    assert set(errors) == {"received_at"}


def test_received_at_defaults_to_the_clock() -> None:
    data = make_registration(received_at=dt.datetime.now() + dt.timedelta(days=2))
    assert "received_at" in validate_registration(data)


# ---------------------------------------------------------------- registrations per channel


def test_the_conftest_registration_is_valid() -> None:
    assert errors_of(make_registration()) == {}


def _for_channel(channel: Channel, **kw) -> RegistrationInput:
    values = dict(
        channel=channel,
        source_body="省教育厅",
        source_ref="教信转〔2026〕12号",
        person=person(address="城东区幸福路8号"),
    )
    values.update(kw)
    return make_registration(**values)


@pytest.mark.parametrize("channel", list(Channel))
def test_every_channel_has_a_valid_registration(channel: Channel) -> None:
    assert errors_of(_for_channel(channel)) == {}


@pytest.mark.parametrize("channel", [Channel.VISIT, Channel.LEADER_RECEPTION])
def test_visit_needs_a_demand(channel: Channel) -> None:
    assert set(errors_of(_for_channel(channel, demand="  "))) == {"demand"}


@pytest.mark.parametrize(
    "channel", [Channel.LETTER, Channel.PHONE, Channel.ONLINE, Channel.HOTLINE, Channel.FORWARDED]
)
def test_other_channels_do_not_need_a_demand(channel: Channel) -> None:
    assert errors_of(_for_channel(channel, demand="")) == {}


def test_forwarded_needs_source_body_and_reference() -> None:
    errors = errors_of(_for_channel(Channel.FORWARDED, source_body="", source_ref=""))
    assert set(errors) == {"source_body", "source_ref"}
    assert "转办文号" in errors["source_ref"]
    assert set(errors_of(_for_channel(Channel.FORWARDED, source_body=" "))) == {"source_body"}
    assert set(errors_of(_for_channel(Channel.FORWARDED, source_ref=" "))) == {"source_ref"}


def test_hotline_needs_the_form_number_but_no_source_body() -> None:
    errors = errors_of(_for_channel(Channel.HOTLINE, source_body="", source_ref=""))
    assert set(errors) == {"source_ref"}
    assert "工单编号" in errors["source_ref"]


@pytest.mark.parametrize("channel", [Channel.VISIT, Channel.LETTER, Channel.PHONE, Channel.ONLINE])
def test_other_channels_need_no_source(channel: Channel) -> None:
    assert errors_of(_for_channel(channel, source_body="", source_ref="")) == {}


def test_letter_needs_the_address_of_its_writer() -> None:
    nobody = person(name="李建国", phone="", address="")
    errors = errors_of(_for_channel(Channel.LETTER, person=nobody))
    assert set(errors) == {"petitioners[0].address"}
    assert "通讯地址" in errors["petitioners[0].address"]
    # A phone number is not enough: the notice and the reply go by post.
    errors = errors_of(_for_channel(Channel.LETTER, person=person(phone="13812345678", address=" ")))
    assert set(errors) == {"petitioners[0].address"}
    assert errors_of(_for_channel(Channel.LETTER, person=person(phone="", address="城东区某路1号"))) == {}
    # Co-signers need no contact details of their own.
    writer = person(name="王芳", phone="", address="城东区某路1号")
    assert errors_of(_for_channel(Channel.LETTER, person=None, petitioners=[writer, nobody])) == {}


def test_other_channels_need_phone_or_address_of_the_first_person_only() -> None:
    nobody = person(name="李建国", phone="", address="")
    errors = errors_of(_for_channel(Channel.PHONE, person=nobody))
    assert set(errors) == {"petitioners[0].phone"}
    assert errors_of(_for_channel(Channel.PHONE, person=person(phone="", address="城西区某街2号"))) == {}
    both = [person(), nobody]
    assert errors_of(_for_channel(Channel.VISIT, person=None, petitioners=both, head_count=2)) == {}


def test_registration_reports_every_field_at_once() -> None:
    data = make_registration(
        person=PetitionerInput(name="张3", id_number="110105491231002", phone="12345"),
        category="",
        region=" ",
        problem="",
        demand="",
        letter_pages=0,
        note="\x01",
    )
    assert set(errors_of(data)) == {
        "petitioners[0].name",
        "petitioners[0].id_number",
        "petitioners[0].phone",
        "category",
        "region",
        "problem",
        "demand",
        "letter_pages",
        "note",
    }


def test_needs_a_petitioner() -> None:
    assert set(errors_of(make_registration(person=None, petitioners=[]))) == {"petitioners"}


def test_the_same_id_number_twice() -> None:
    same = [person(id_number="11010519491231002X"), person(name="王芳", id_number="11010519491231002x")]
    errors = errors_of(make_registration(person=None, petitioners=same, head_count=2))
    assert set(errors) == {"petitioners[1].id_number"}
    assert "两次" in errors["petitioners[1].id_number"]


def test_the_same_person_twice_without_id_number() -> None:
    twice = [person(name="张三", phone="13812345678"), person(name=" 张三", phone="138 1234 5678")]
    errors = errors_of(make_registration(person=None, petitioners=twice, head_count=2))
    assert set(errors) == {"petitioners[1].name"}
    assert "两次" in errors["petitioners[1].name"]
    # Same name, different phones: namesakes, not the same person.
    namesakes = [person(name="张三", phone="13812345678"), person(name="张三", phone="13812345679")]
    assert errors_of(make_registration(person=None, petitioners=namesakes, head_count=2)) == {}
    # Different ID numbers: different people, whatever the name and phone.
    twins = [
        person(name="张三", phone="13812345678", id_number=make_id(seq="011")),
        person(name="张三", phone="13812345678", id_number=make_id(seq="013")),
    ]
    assert errors_of(make_registration(person=None, petitioners=twins, head_count=2)) == {}


def test_id_number_birth_date_is_checked_against_the_registration_time() -> None:
    born_tomorrow = make_id(born=(NOW.date() + dt.timedelta(days=1)).strftime("%Y%m%d"))
    errors = errors_of(make_registration(person=person(id_number=born_tomorrow)))
    assert set(errors) == {"petitioners[0].id_number"}


@pytest.mark.parametrize(("pages", "ok"), [(None, True), (1, True), (9999, True), (0, False), (-2, False)])
def test_letter_pages(pages: int | None, ok: bool) -> None:
    errors = errors_of(_for_channel(Channel.LETTER, letter_pages=pages))
    assert (errors == {}) is ok


# ---------------------------------------------------------------- head count and collective visits


def _people(count: int, representatives: int) -> list[PetitionerInput]:
    return [
        PetitionerInput(
            name=f"家长{'甲乙丙丁戊己庚辛壬癸'[i]}",
            phone=f"1391234{i:04d}",
            address="城东区幸福小区",
            gender=Gender.FEMALE,
            is_representative=i < representatives,
        )
        for i in range(count)
    ]


@pytest.mark.parametrize("reps", [3, 4, 5])
def test_collective_visit_with_three_to_five_representatives(reps: int) -> None:
    data = make_registration(person=None, petitioners=_people(reps, reps), head_count=30)
    assert data.is_collective
    assert errors_of(data) == {}


@pytest.mark.parametrize("reps", [1, 2])
def test_collective_visit_with_fewer_than_three_representatives(reps: int) -> None:
    """Seed 004 五(二): only the 3 to 5 elected representatives are received."""
    data = make_registration(person=None, petitioners=_people(4, reps), head_count=30)
    errors = errors_of(data)
    assert set(errors) == {"petitioners"}
    assert "3至5名代表" in errors["petitioners"] and f"{reps}人" in errors["petitioners"]


def test_collective_visit_without_representatives() -> None:
    data = make_registration(person=None, petitioners=_people(2, 0), head_count=5)
    errors = errors_of(data)
    assert set(errors) == {"petitioners"}
    assert "代表" in errors["petitioners"]


def test_collective_visit_with_six_representatives() -> None:
    data = make_registration(person=None, petitioners=_people(6, 6), head_count=40)
    errors = errors_of(data)
    assert set(errors) == {"petitioners"}
    assert "不超过5人" in errors["petitioners"]
    assert "6人" in errors["petitioners"]


def test_four_visitors_are_not_a_collective_visit() -> None:
    data = make_registration(person=None, petitioners=_people(4, 0), head_count=4)
    assert not data.is_collective
    assert errors_of(data) == {}


def test_leader_reception_collective_rules_apply() -> None:
    data = make_registration(
        channel=Channel.LEADER_RECEPTION, person=None, petitioners=_people(1, 0), head_count=8
    )
    assert data.is_collective
    assert set(errors_of(data)) == {"petitioners"}


@pytest.mark.parametrize("channel", [Channel.LETTER, Channel.ONLINE, Channel.PHONE])
def test_head_count_does_not_make_a_letter_collective(channel: Channel) -> None:
    data = _for_channel(channel, person=None, petitioners=_people(1, 0), head_count=12)
    assert not data.is_collective
    assert errors_of(data) == {}


@pytest.mark.parametrize(
    ("head_count", "ok"), [(0, False), (-1, False), (1, True), (10000, True), (10001, False)]
)
def test_head_count_bounds(head_count: int, ok: bool) -> None:
    reps = 3 if head_count >= 5 else 0
    data = make_registration(person=None, petitioners=_people(max(1, reps), reps), head_count=head_count)
    errors = errors_of(data)
    assert ("head_count" not in errors) is ok
    assert set(errors) <= {"head_count"}


def test_fewer_visitors_than_petitioners() -> None:
    data = make_registration(person=None, petitioners=_people(3, 0), head_count=2)
    assert set(errors_of(data)) == {"head_count"}


# ---------------------------------------------------------------- robustness


@settings(max_examples=300)
@given(st.text())
def test_validators_never_raise(text: str) -> None:
    for result in (
        validate_id_number(text, TODAY),
        validate_phone(text),
        validate_name(text),
        validate_text(text),
    ):
        assert result is None or (isinstance(result, str) and result)
    normalize_phone(text)
    normalize_id_number(text)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("0123456789Xx-+ ８６１３"), max_size=22))
def test_validators_never_raise_on_digit_soup(text: str) -> None:
    validate_id_number(text, TODAY)
    validate_phone(text)


@settings(max_examples=150)
@given(
    name=st.text(max_size=50),
    id_number=st.text(max_size=20),
    phone=st.text(max_size=20),
    address=st.text(max_size=30),
    problem=st.text(max_size=30),
    demand=st.text(max_size=30),
    source_ref=st.text(max_size=30),
    channel=st.sampled_from(list(Channel)),
    head_count=st.integers(-3, 20000),
    representative=st.booleans(),
)
def test_validate_registration_never_raises(
    name, id_number, phone, address, problem, demand, source_ref, channel, head_count, representative
) -> None:
    who = PetitionerInput(
        name=name, id_number=id_number, phone=phone, address=address, is_representative=representative
    )
    data = make_registration(
        channel=channel,
        person=who,
        head_count=head_count,
        problem=problem,
        demand=demand,
        source_ref=source_ref,
    )
    errors = validate_registration(data, NOW)
    assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in errors.items())


def test_only_the_channels_own_fields_are_registered() -> None:
    from receptionapp.domain.channels import HOTLINE_BODY

    typed = RegistrationInput(
        channel=Channel.LETTER,
        petitioners=[PetitionerInput(name="甲"), PetitionerInput(name="乙")],
        head_count=7,
        source_body="省教育厅",
        source_ref="转〔2026〕1号",
        letter_pages=3,
        is_appointment=True,
    )
    letter = typed.for_channel()
    assert (letter.head_count, letter.source_body, letter.source_ref) == (2, "", "")
    assert (letter.letter_pages, letter.is_appointment) == (3, False)
    hotline = dataclasses.replace(typed, channel=Channel.HOTLINE).for_channel()
    assert (hotline.source_body, hotline.source_ref, hotline.letter_pages) == (
        HOTLINE_BODY,
        "转〔2026〕1号",
        None,
    )
    forwarded = dataclasses.replace(typed, channel=Channel.FORWARDED).for_channel()
    assert forwarded.source_body == "省教育厅"
    reception = dataclasses.replace(typed, channel=Channel.LEADER_RECEPTION).for_channel()
    assert (reception.head_count, reception.is_appointment, reception.source_body) == (7, True, "")
    assert typed.letter_pages == 3 and typed.head_count == 7  # the form's own values stay as typed
