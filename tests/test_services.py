"""The services without Qt: registering, finding, reading, editing and voiding cases; audit, login, drafts,
attachments and the database check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, CaseCounter, Person, User
from receptionapp.domain.case import CaseStatus, PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.roles import Role
from receptionapp.paths import DataPaths
from receptionapp.services import audit, drafts
from receptionapp.services.admin import auth
from receptionapp.services.admin.check import check_database
from receptionapp.services.admin.passwords import hash_password
from receptionapp.services.attachments import store_file, verify_stored
from receptionapp.services.cases import intake, listing
from receptionapp.services.cases.detail import get_case, prior_cases
from receptionapp.services.cases.editing import update_case, void_case
from receptionapp.services.cases.listing import CaseFilter, CaseRow, count_cases, list_cases, register_filter
from receptionapp.services.context import (
    Actor,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from tests.conftest import ADMIN_PASSWORD, make_registration

NOW = dt.datetime(2026, 11, 20, 16, 0)
TODAY = NOW.date()

_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]


def make_id(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def register(db: Database, actor: Actor, now: dt.datetime = NOW, **overrides) -> intake.Registered:
    return intake.register_case(db, actor, make_registration(**overrides), now=now)


def make_user(db: Database, role: Role, username: str, display_name: str) -> Actor:
    with db.write() as session:
        user = User(
            username=username,
            display_name=display_name,
            password_hash=hash_password("password1"),
            role=role.value,
        )
        session.add(user)
        session.flush()
        return Actor(user.id, user.username, user.display_name, role)


@pytest.fixture
def clerk(db: Database, admin: Actor) -> Actor:
    return make_user(db, Role.CLERK, "clerk", "接待员甲")


def ids_of(rows: list[CaseRow]) -> list[int]:
    return [r.id for r in rows]


def count(db: Database, model) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# ---------------------------------------------------------------- registering


def test_register_a_visit(db: Database, admin: Actor) -> None:
    result = register(db, admin)
    assert result.number == "来访〔2026〕0001号"
    assert not result.is_repeat
    # The written notice (条例 art. 23): 15 days after Wednesday 18 November 2026.
    assert (result.due_date, result.due_provisional) == (dt.date(2026, 12, 3), False)
    detail = get_case(db, result.id)
    assert detail.number == result.number
    assert detail.channel is Channel.VISIT
    assert detail.status is CaseStatus.REGISTERED
    assert detail.received_at == dt.datetime(2026, 11, 18, 9, 30)
    assert detail.registered_by == "系统管理员"
    assert (detail.category, detail.region, detail.unit_name) == ("教育收费", "城东区", "市第一中学")
    assert detail.version == 1
    assert [p.name for p in detail.petitioners] == ["张晓梅"]
    assert detail.petitioners[0].id_number == "11010519491231002X"
    assert detail.petitioners[0].phone == "13812345678"


def test_register_normalises_what_was_typed(db: Database, admin: Actor) -> None:
    who = PetitionerInput(
        name=" 张晓梅 ", id_number="１１０１０５１９４９１２３１００２ｘ", phone="+86 138 1234 5678"
    )
    result = register(db, admin, person=who, received_at=dt.datetime(2026, 11, 18, 9, 30, 15, 123456))
    detail = get_case(db, result.id)
    person = detail.petitioners[0]
    assert (person.name, person.id_number, person.phone) == ("张晓梅", "11010519491231002X", "13812345678")
    assert detail.received_at == dt.datetime(2026, 11, 18, 9, 30, 15)


def test_numbers_run_per_channel_and_restart_each_year(db: Database, admin: Actor) -> None:
    numbers = [
        register(db, admin).number,
        register(db, admin).number,
        register(
            db, admin, channel=Channel.LETTER, person=PetitionerInput(name="写信人", address="城东区1号")
        ).number,
        register(db, admin, channel=Channel.HOTLINE, source_ref="GD001").number,
        register(db, admin, channel=Channel.FORWARDED, source_body="省教育厅", source_ref="转1").number,
        register(db, admin, channel=Channel.LEADER_RECEPTION).number,
        register(db, admin, channel=Channel.PHONE).number,
        register(db, admin, channel=Channel.ONLINE).number,
        register(db, admin).number,
    ]
    assert numbers == [
        "来访〔2026〕0001号",
        "来访〔2026〕0002号",
        "来信〔2026〕0001号",
        "热线〔2026〕0001号",
        "转办〔2026〕0001号",
        "接访〔2026〕0001号",
        "来电〔2026〕0001号",
        "网信〔2026〕0001号",
        "来访〔2026〕0003号",
    ]
    in_2027 = dt.datetime(2027, 1, 6, 10, 0)
    new_year = register(db, admin, now=dt.datetime(2027, 1, 6, 11, 0), received_at=in_2027)
    assert new_year.number == "来访〔2027〕0001号"
    assert new_year.due_provisional  # 2027 holidays are not known yet
    assert new_year.due_date == dt.date(2027, 1, 21)
    # A late entry of a 2026 visit continues the 2026 sequence.
    late = register(
        db, admin, now=dt.datetime(2027, 1, 6, 11, 0), received_at=dt.datetime(2026, 12, 30, 15, 0)
    )
    assert late.number == "来访〔2026〕0004号"
    assert (
        register(db, admin, now=dt.datetime(2027, 1, 7), received_at=in_2027).number == "来访〔2027〕0002号"
    )


def test_hotline_gets_five_working_days(db: Database, admin: Actor) -> None:
    result = register(db, admin, channel=Channel.HOTLINE, source_ref="GD20261118001")
    assert result.due_date == dt.date(2026, 11, 25)


def test_collective_visit_is_flagged(db: Database, admin: Actor) -> None:
    reps = [
        PetitionerInput(name="家长甲", phone="13912340001", is_representative=True),
        PetitionerInput(name="家长乙", phone="13912340002", is_representative=True),
        PetitionerInput(name="家长丙", phone="13912340003", is_representative=True),
    ]
    result = register(db, admin, person=None, petitioners=reps, head_count=23)
    detail = get_case(db, result.id)
    assert detail.is_collective
    assert detail.head_count == 23
    assert [p.is_representative for p in detail.petitioners] == [True, True, True]
    assert [p.name for p in detail.petitioners] == ["家长甲", "家长乙", "家长丙"]
    row = list_cases(db, CaseFilter(today=TODAY))[0]
    assert row.is_collective
    assert row.names == "家长甲、家长乙、家长丙"


def test_validation_errors_are_raised_with_field_keys_and_nothing_is_saved(
    db: Database, admin: Actor
) -> None:
    bad = make_registration(
        person=PetitionerInput(name="张3", id_number="110105194912310021", phone="12345"),
        problem="",
        received_at=NOW + dt.timedelta(hours=2),
    )
    with pytest.raises(ValidationFailed) as caught:
        intake.register_case(db, admin, bad, now=NOW)
    assert set(caught.value.errors) == {
        "received_at",
        "petitioners[0].name",
        "petitioners[0].id_number",
        "petitioners[0].phone",
        "problem",
    }
    assert "校验位" in caught.value.errors["petitioners[0].id_number"]
    assert "校验位" in str(caught.value)
    assert count(db, Case) == 0
    assert count(db, Person) == 0
    assert count(db, CaseCounter) == 0
    assert register(db, admin).number == "来访〔2026〕0001号"


@pytest.mark.parametrize(("field", "value"), [("category", "教育乱收费"), ("region", "火星区")])
def test_unknown_category_or_region_is_rejected_and_nothing_is_saved(
    db: Database, admin: Actor, field: str, value: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        register(db, admin, **{field: value})
    assert set(caught.value.errors) == {field}
    assert value in caught.value.errors[field]
    assert count(db, Case) == 0
    assert count(db, Person) == 0
    assert count(db, CaseCounter) == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "register")) == 0
    assert register(db, admin).number == "来访〔2026〕0001号"


def test_a_handler_cannot_register(db: Database, admin: Actor) -> None:
    handler = make_user(db, Role.HANDLER, "handler", "承办人乙")
    with pytest.raises(PermissionDenied):
        register(db, handler)
    assert count(db, Case) == 0


def test_a_clerk_can_register(db: Database, clerk: Actor) -> None:
    result = register(db, clerk)
    assert get_case(db, result.id, clerk).registered_by == "接待员甲"


def test_the_same_person_twice_in_one_registration_is_a_validation_error(db: Database, admin: Actor) -> None:
    twice = [
        PetitionerInput(name="张三", phone="13812345678"),
        PetitionerInput(name="张三", phone="13812345678"),
    ]
    with pytest.raises(ValidationFailed) as caught:
        register(db, admin, person=None, petitioners=twice, head_count=2)
    assert set(caught.value.errors) == {"petitioners[1].name"}
    assert count(db, Case) == 0
    assert count(db, Person) == 0


def test_the_same_person_with_and_without_id_number_is_a_validation_error(db: Database, admin: Actor) -> None:
    twice = [
        PetitionerInput(name="张三", phone="13812345678", id_number="11010519491231002X"),
        PetitionerInput(name="张三", phone="13812345678"),
    ]
    with pytest.raises(ValidationFailed):
        register(db, admin, person=None, petitioners=twice, head_count=2)


# ---------------------------------------------------------------- repeat visits


def test_repeat_by_id_number(db: Database, admin: Actor) -> None:
    first = register(db, admin)
    # Same ID number, typed in lower case; a new phone number.
    again = PetitionerInput(
        name="张晓梅", id_number="11010519491231002x", phone="13900001111", address="城东区幸福路8号"
    )
    second = register(db, admin, person=again, channel=Channel.LETTER)
    assert not first.is_repeat
    assert second.is_repeat
    detail = get_case(db, second.id)
    assert detail.is_repeat
    assert detail.petitioners[0].id == get_case(db, first.id).petitioners[0].id
    assert detail.petitioners[0].phone == "13900001111"  # newest contact kept
    assert detail.petitioners[0].address == "城东区幸福路8号"
    assert count(db, Person) == 1
    rows = {r.id: r for r in list_cases(db, CaseFilter(today=TODAY))}
    assert rows[second.id].is_repeat and not rows[first.id].is_repeat
    with db.read() as session:
        summary = session.scalar(select(AuditEntry.summary).where(AuditEntry.case_id == second.id))
    assert "重复访" in summary


def test_repeat_by_name_and_phone(db: Database, admin: Actor) -> None:
    register(db, admin, person=PetitionerInput(name="李建国", phone="138 1234 5678"))
    second = register(db, admin, person=PetitionerInput(name=" 李建国", phone="+86 13812345678"))
    assert second.is_repeat
    # Now with an ID number: still the same person, who gets the ID number.
    third = register(
        db, admin, person=PetitionerInput(name="李建国", phone="13812345678", id_number="11010519491231002X")
    )
    assert third.is_repeat
    assert count(db, Person) == 1
    assert get_case(db, third.id).petitioners[0].id_number == "11010519491231002X"


def test_not_a_repeat(db: Database, admin: Actor) -> None:
    register(db, admin, person=PetitionerInput(name="李建国", phone="13812345678"))
    # Same phone, another name.
    assert not register(db, admin, person=PetitionerInput(name="李建军", phone="13812345678")).is_repeat
    # Same name, another phone.
    assert not register(db, admin, person=PetitionerInput(name="李建国", phone="13812345679")).is_repeat
    assert count(db, Person) == 3


def test_same_name_and_phone_with_another_id_number_is_another_person(db: Database, admin: Actor) -> None:
    register(db, admin)  # 张晓梅, 11010519491231002X, 13812345678
    other_id = make_id("11010519800101123")
    result = register(
        db, admin, person=PetitionerInput(name="张晓梅", id_number=other_id, phone="13812345678")
    )
    assert not result.is_repeat
    assert count(db, Person) == 2


def test_a_voided_case_does_not_make_a_repeat(db: Database, admin: Actor) -> None:
    first = register(db, admin)
    void_case(db, admin, first.id, "重复登记，作废")
    assert not register(db, admin).is_repeat


# ---------------------------------------------------------------- the register: filters and search


@dataclass
class Sample:
    visit: int
    letter: int
    phone: int
    hotline: int
    forwarded: int

    @property
    def all(self) -> set[int]:
        return {self.visit, self.letter, self.phone, self.hotline, self.forwarded}


@pytest.fixture
def sample(db: Database, admin: Actor) -> Sample:
    visit = register(
        db,
        admin,
        received_at=dt.datetime(2026, 9, 1, 9, 0),
        problem="学校以资料费名义向学生收取费用，每生三百元。",
    ).id  # due 2026-09-16 (15 days)
    letter = register(
        db,
        admin,
        channel=Channel.LETTER,
        received_at=dt.datetime(2026, 10, 15, 10, 0),
        person=PetitionerInput(name="李建国", address="城西区幸福路1号"),
        category="教师待遇",
        region="城西区",
        unit="城西区教育局",
        problem="退休教师待遇长期未落实。",
        demand="",
    ).id  # due 2026-11-05 (15 working days for letters)
    phone = register(
        db,
        admin,
        channel=Channel.PHONE,
        received_at=dt.datetime(2026, 11, 8, 14, 0),  # a Sunday; 15 calendar days
        person=PetitionerInput(name="王堃", phone="0571-87654321"),
        category="招生考试",
        region="城南区",
        problem="小学招生划片不公，孩子无法就近入学。",
        demand="",
    ).id  # due 2026-11-23
    hotline = register(
        db,
        admin,
        channel=Channel.HOTLINE,
        received_at=dt.datetime(2026, 11, 10, 8, 30),
        person=PetitionerInput(name="赵䶮", phone="13987654321"),
        category="办学条件",
        region="高新区",
        problem="学校食堂卫生条件差。",
        demand="",
        source_ref="GD20261110001",
    ).id  # due 2026-11-17
    forwarded = register(
        db,
        admin,
        channel=Channel.FORWARDED,
        received_at=dt.datetime(2026, 11, 15, 11, 0),
        person=PetitionerInput(name="孙𠇔", phone="13700000000", id_number=make_id("32010219851231123")),
        category="师德师风",
        region="北山县",
        problem="教师体罚学生。",
        demand="",
        source_body="省教育厅",
        source_ref="教信转〔2026〕12号",
    ).id  # due 2026-12-04
    return Sample(visit, letter, phone, hotline, forwarded)


def find(db: Database, **kw) -> set[int]:
    """The ids that list_cases gives for the filter; count_cases must agree."""
    kw.setdefault("today", TODAY)
    flt = CaseFilter(**kw)
    found = ids_of(list_cases(db, flt))
    assert len(found) == len(set(found))
    assert count_cases(db, flt) == len(found)
    return set(found)


def test_no_filter_lists_everything_newest_first(db: Database, sample: Sample) -> None:
    rows = list_cases(db, CaseFilter(today=TODAY))
    assert ids_of(rows) == [sample.forwarded, sample.hotline, sample.phone, sample.letter, sample.visit]
    assert count_cases(db, CaseFilter()) == 5
    row = rows[-1]
    assert (row.number, row.names, row.category, row.region) == (
        "来访〔2026〕0001号",
        "张晓梅",
        "教育收费",
        "城东区",
    )
    assert row.channel is Channel.VISIT and row.status is CaseStatus.REGISTERED
    assert row.due_date == dt.date(2026, 9, 16)


def test_filter_by_channel(db: Database, sample: Sample) -> None:
    assert find(db, channel=Channel.VISIT) == {sample.visit}
    assert find(db, channel=Channel.LETTER) == {sample.letter}
    assert find(db, channel=Channel.HOTLINE) == {sample.hotline}
    assert find(db, channel=Channel.ONLINE) == set()


def test_filter_by_status(db: Database, sample: Sample) -> None:
    assert find(db, status="open") == sample.all
    assert find(db, status="overdue") == {sample.visit, sample.letter, sample.hotline}
    # On its due date a case is not overdue yet; the day after it is.
    assert sample.phone not in find(db, status="overdue", today=dt.date(2026, 11, 23))
    assert sample.phone in find(db, status="overdue", today=dt.date(2026, 11, 24))
    assert find(db, status="closed") == set()
    with db.write() as session:
        session.execute(text("UPDATE cases SET status = 'closed' WHERE id = :id"), {"id": sample.visit})
        session.execute(text("UPDATE cases SET status = 'archived' WHERE id = :id"), {"id": sample.letter})
        session.execute(
            text("UPDATE cases SET status = 'in_progress' WHERE id = :id"), {"id": sample.hotline}
        )
    assert find(db, status="closed") == {sample.visit, sample.letter}
    assert find(db, status="open") == {sample.phone, sample.hotline, sample.forwarded}
    assert find(db, status="overdue") == {sample.hotline}
    assert find(db, status="in_progress") == {sample.hotline}
    assert find(db, status="archived") == {sample.letter}
    rows = {r.id: r for r in list_cases(db, CaseFilter(today=TODAY))}
    assert rows[sample.hotline].overdue
    assert not rows[sample.visit].overdue  # closed cases are never overdue
    assert not rows[sample.forwarded].overdue


def test_filter_by_category_and_region(db: Database, sample: Sample) -> None:
    assert find(db, category="教师待遇") == {sample.letter}
    assert find(db, category="教育收费") == {sample.visit}
    assert find(db, category="其他") == set()
    assert find(db, category="没有这个类别") == set()
    assert find(db, region="高新区") == {sample.hotline}
    assert find(db, region="城东区") == {sample.visit}
    assert find(db, region="城东区", category="教师待遇") == set()


def test_filter_by_date_range(db: Database, sample: Sample) -> None:
    assert find(db, date_from=dt.date(2026, 11, 1)) == {sample.phone, sample.hotline, sample.forwarded}
    assert find(db, date_to=dt.date(2026, 10, 15)) == {sample.visit, sample.letter}  # end day included
    assert find(db, date_to=dt.date(2026, 10, 14)) == {sample.visit}
    assert find(db, date_from=dt.date(2026, 11, 10), date_to=dt.date(2026, 11, 10)) == {sample.hotline}
    assert find(db, date_from=dt.date(2026, 11, 16), date_to=dt.date(2026, 11, 30)) == set()


def test_combined_filters(db: Database, sample: Sample) -> None:
    assert find(db, status="overdue", channel=Channel.HOTLINE) == {sample.hotline}
    assert find(db, status="overdue", date_from=dt.date(2026, 10, 1)) == {sample.letter, sample.hotline}
    assert find(db, text="学校", date_from=dt.date(2026, 11, 1)) == {sample.hotline}
    assert find(db, text="入学", channel=Channel.PHONE) == {sample.phone}
    assert find(db, text="入学", channel=Channel.VISIT) == set()


SEARCHES = [
    ("资料", "visit"),  # a two-character word
    ("待遇", "letter"),
    ("食堂", "hotline"),
    ("体罚", "forwarded"),
    ("就近入学", "phone"),
    ("晓梅", "visit"),  # part of a name
    ("王堃", "phone"),
    ("赵䶮", "hotline"),  # rare characters
    ("孙𠇔", "forwarded"),
    ("11010519491231002X", "visit"),  # ID number
    ("11010519491231002x", "visit"),
    ("110105194912", "visit"),  # ID number prefix
    ("1398765", "hotline"),  # phone prefix
    ("0571", "phone"),  # area code
    ("来访〔2026〕0001号", "visit"),  # case number
    ("来信〔2026〕0001号", "letter"),
    ("来信[2026]0001号", "letter"),
    ("GD20261110001", "hotline"),  # hotline form number
    ("gd2026", "hotline"),
    ("教信转〔2026〕12号", "forwarded"),
    ("城西区教育局", "letter"),  # the unit concerned
]


def test_text_search(db: Database, sample: Sample) -> None:
    found = {query: find(db, text=query) for query, _ in SEARCHES}
    assert found == {query: {getattr(sample, expected)} for query, expected in SEARCHES}


def test_text_search_finds_several_or_none(db: Database, sample: Sample) -> None:
    assert find(db, text="学校") == {sample.visit, sample.hotline}
    assert find(db, text="学生") == {sample.visit, sample.forwarded}
    assert find(db, text="学校 食堂") == {sample.hotline}
    assert find(db, text="大学") == set()
    assert find(db, text="1391") == set()
    assert find(db, text="，。") == sample.all  # nothing searchable: no filter


def test_search_does_not_match_across_fields(db: Database, admin: Actor) -> None:
    register(db, admin, problem="孩子被劝退，涉及学校", demand="校长出面说明情况")
    assert find(db, text="学校") != set()
    assert find(db, text="学校长") == set()


def test_capped_count_and_pages_of_many_matches(db: Database, admin: Actor, monkeypatch) -> None:
    base = dt.datetime(2026, 11, 2, 9, 0)
    for hours in range(7):
        register(
            db, admin, received_at=base + dt.timedelta(hours=hours), problem=f"食堂饭菜质量差，第{hours}次"
        )
    register(db, admin, received_at=base, problem="校服价格过高")
    flt = register_filter("食堂", today=TODAY)
    assert count_cases(db, flt) == 7
    assert count_cases(db, flt, cap=3) == 4  # "more than 3"
    assert count_cases(db, flt, cap=7) == 7
    assert count_cases(db, CaseFilter(today=TODAY), cap=5) == 6  # no text: the plain count, capped
    assert count_cases(db, register_filter("食", today=TODAY), cap=100) == 8  # one character: no search
    # Many matches (above the register's cap) are paged by walking the received-time index: same rows.
    exact = ids_of(list_cases(db, flt, limit=100))
    monkeypatch.setattr(listing, "COUNT_CAP", 2)
    seen: list[int] = []
    after = None
    for _ in range(8):
        page = list_cases(db, flt, limit=3, after=after)
        if not page:
            break
        seen.extend(ids_of(page))
        after = page[-1].sort_key
    assert seen == exact and len(seen) == 7


def test_pages_give_every_row_once_newest_first(db: Database, admin: Actor) -> None:
    base = dt.datetime(2026, 11, 2, 9, 0)
    offsets = [5, 0, 3, 3, 3, 7, 1, 3, 6, 2, 0]  # hours; ties on the same minute must page by id
    for hours in offsets:
        register(db, admin, received_at=base + dt.timedelta(hours=hours))
    flt = CaseFilter(today=TODAY)
    everything = list_cases(db, flt, limit=1000)
    assert len(everything) == len(offsets)
    assert [r.sort_key for r in everything] == sorted((r.sort_key for r in everything), reverse=True)
    for limit in (1, 3, 4, 11, 20):
        seen: list[int] = []
        after = None
        for _ in range(len(offsets) + 1):  # bounded: a keyset that does not advance must fail, not hang
            page = list_cases(db, flt, limit=limit, after=after)
            if not page:
                break
            assert len(page) <= limit
            seen.extend(ids_of(page))
            after = page[-1].sort_key
        assert seen == ids_of(everything), limit


def test_pages_respect_the_filter(db: Database, sample: Sample, admin: Actor) -> None:
    for day in range(3, 9):
        register(db, admin, received_at=dt.datetime(2026, 11, day, 9, 0), problem="校服费用问题")
    flt = CaseFilter(text="费用", today=TODAY)
    first = list_cases(db, flt, limit=4)
    second = list_cases(db, flt, limit=4, after=first[-1].sort_key)
    assert len(first) == 4 and len(second) == 3  # six 校服费用 cases and the sample visit
    assert sample.visit == second[-1].id
    assert len(set(ids_of(first + second))) == 7
    assert list_cases(db, flt, limit=4, after=second[-1].sort_key) == []


# ---------------------------------------------------------------- one case whole


def test_get_case_with_other_cases_and_timeline(db: Database, admin: Actor) -> None:
    first = register(db, admin, received_at=dt.datetime(2026, 10, 9, 9, 0))
    with_friend = [
        PetitionerInput(name="张晓梅", id_number="11010519491231002X", phone="13812345678"),
        PetitionerInput(name="王芳", phone="13612345678"),
    ]
    second = register(db, admin, person=None, petitioners=with_friend, head_count=2)
    register(db, admin, person=PetitionerInput(name="路人甲", phone="13500000000"))
    detail = get_case(db, second.id)
    assert [p.name for p in detail.petitioners] == ["张晓梅", "王芳"]
    assert [c.id for c in detail.other_cases] == [first.id]
    prior = detail.other_cases[0]
    assert prior.number == "来访〔2026〕0001号"
    assert prior.status is CaseStatus.REGISTERED
    assert prior.warning is not None and "仍在办理中" in prior.warning
    assert [c.id for c in get_case(db, first.id).other_cases] == [second.id]
    assert [e.action for e in detail.timeline] == ["register"]
    entry = detail.timeline[0]
    assert entry.user == "系统管理员"
    assert entry.details["number"] == second.number
    assert entry.details["due_date"] == second.due_date.isoformat()
    assert "张晓梅、王芳" in entry.summary

    update_case(db, admin, second.id, detail.version, {"problem": "新的问题描述"})
    timeline = get_case(db, second.id).timeline
    assert [e.action for e in timeline] == ["register", "edit"]
    assert timeline[1].details == {"problem": [detail.problem, "新的问题描述"]}


def test_prior_cases_lookup(db: Database, admin: Actor) -> None:
    first = register(db, admin)
    assert [c.id for c in prior_cases(db, id_number="11010519491231002x")] == [first.id]
    assert [c.id for c in prior_cases(db, name="张晓梅", phone="138 1234 5678")] == [first.id]
    assert prior_cases(db, name="张晓梅", phone="13800000000") == []
    assert prior_cases(db, id_number="1101051949") == []
    assert prior_cases(db, id_number="11010519491231002X", exclude=first.id) == []


def test_get_case_not_found(db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        get_case(db, 4242)


# ---------------------------------------------------------------- editing


def test_update_case_records_a_diff_and_bumps_the_version(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    before = get_case(db, case_id)
    version = update_case(
        db,
        admin,
        case_id,
        before.version,
        {
            "problem": "  学校强制订购教辅资料。 ",
            "category": "办学管理",
            "skipped_level": True,
            "demand": before.demand,
        },
    )
    assert version == before.version + 1 == 2
    after = get_case(db, case_id)
    assert after.version == 2
    assert after.problem == "学校强制订购教辅资料。"
    assert after.category == "办学管理"
    assert after.skipped_level
    edit = after.timeline[-1]
    assert edit.action == "edit"
    assert edit.details == {
        "problem": [before.problem, "学校强制订购教辅资料。"],
        "category": ["教育收费", "办学管理"],
        "skipped_level": [False, True],
    }
    assert "反映问题" in edit.summary and "问题类别" in edit.summary
    assert "诉求" not in edit.summary  # unchanged fields are not in the diff
    # The search index follows the edit.
    assert find(db, text="教辅") == {case_id}
    assert find(db, text="资料费") == set()
    assert find(db, category="办学管理") == {case_id}


def test_one_edit_is_one_version_whatever_the_order_of_the_changes(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    assert update_case(db, admin, case_id, 1, {"problem": "新问题", "category": "办学管理"}) == 2
    assert update_case(db, admin, case_id, 2, {"region": "城西区", "note": "备注", "problem": "再改"}) == 3
    assert get_case(db, case_id).region == "城西区"


def test_update_without_a_change_keeps_the_version(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    detail = get_case(db, case_id)
    assert update_case(db, admin, case_id, 1, {"problem": detail.problem, "region": "城东区"}) == 1
    after = get_case(db, case_id)
    assert after.version == 1
    assert [e.action for e in after.timeline] == ["register"]


def test_stale_version_raises_concurrent_change(db: Database, admin: Actor, clerk: Actor) -> None:
    case_id = register(db, admin).id
    assert update_case(db, clerk, case_id, 1, {"note": "接待员补充"}) == 2
    with pytest.raises(ConcurrentChange) as caught:
        update_case(db, admin, case_id, 1, {"note": "管理员的修改"})
    assert "接待员甲" in str(caught.value)
    assert get_case(db, case_id).note == "接待员补充"
    assert update_case(db, admin, case_id, 2, {"note": "管理员的修改"}) == 3


def test_update_rejects_bad_input(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    with pytest.raises(ValidationFailed) as caught:
        update_case(db, admin, case_id, 1, {"problem": "   "})
    assert set(caught.value.errors) == {"problem"}
    with pytest.raises(ValidationFailed) as caught:
        update_case(db, admin, case_id, 1, {"note": "响\x07铃", "demand": "x" * 20001})
    assert set(caught.value.errors) == {"note", "demand"}
    with pytest.raises(ValidationFailed) as caught:
        update_case(db, admin, case_id, 1, {"problem": "改了", "category": "不存在的类别"})
    assert set(caught.value.errors) == {"category"}
    with pytest.raises(ValidationFailed):
        update_case(db, admin, case_id, 1, {"region": "火星区"})
    with pytest.raises(ValueError):
        update_case(db, admin, case_id, 1, {"status": "closed"})
    with pytest.raises(NotFound):
        update_case(db, admin, 4242, 1, {"note": "无"})
    handler = make_user(db, Role.HANDLER, "handler", "承办人乙")
    with pytest.raises(PermissionDenied):
        update_case(db, handler, case_id, 1, {"note": "无"})
    after = get_case(db, case_id)
    assert after.version == 1
    assert after.category == "教育收费"
    assert after.problem == make_registration().problem
    assert [e.action for e in after.timeline] == ["register"]


# ---------------------------------------------------------------- voiding


def test_void_case(db: Database, admin: Actor, clerk: Actor) -> None:
    keep = register(db, admin).id
    mistake = register(db, admin, person=PetitionerInput(name="误登记", phone="13511112222")).id
    with pytest.raises(ValidationFailed) as caught:
        void_case(db, admin, mistake, " 错 ")
    assert set(caught.value.errors) == {"reason"}
    with pytest.raises(PermissionDenied):
        void_case(db, clerk, mistake, "接待员想作废此件")
    assert get_case(db, mistake).status is CaseStatus.REGISTERED

    void_case(db, admin, mistake, "  登记错误，重复录入  ")
    detail = get_case(db, mistake, admin)
    assert detail.status is CaseStatus.VOIDED
    assert detail.void_reason == "登记错误，重复录入"
    assert detail.voided_at is not None
    void_entry = detail.timeline[-1]
    assert void_entry.action == "void"
    assert void_entry.details == {"status": ["registered", "voided"]}

    # Hidden from the default register, the counts and the search.
    assert find(db) == {keep}
    assert find(db, text="误登记") == set()
    assert find(db, status="open") == {keep}
    # The admin and the office can still see it; a clerk cannot.
    assert find(db, include_voided=True) == {keep, mistake}
    assert find(db, status="voided") == {mistake}
    assert ids_of(list_cases(db, CaseFilter(include_voided=True), actor=admin)) == [mistake, keep]
    with pytest.raises(ServiceError):
        list_cases(db, CaseFilter(include_voided=True), actor=clerk)
    with pytest.raises(ServiceError):
        count_cases(db, CaseFilter(status="voided"), actor=clerk)
    with pytest.raises(NotFound):
        get_case(db, mistake, clerk)
    assert get_case(db, keep, clerk).status is CaseStatus.REGISTERED

    # Nothing more can happen to it.
    with pytest.raises(ServiceError):
        void_case(db, admin, mistake, "再次作废一次")
    with pytest.raises(ServiceError):
        update_case(db, admin, mistake, detail.version, {"note": "改一下"})
    with pytest.raises(NotFound):
        void_case(db, admin, 4242, "不存在的事项")
    # It is never deleted.
    assert count(db, Case) == 2


def test_an_office_user_can_void(db: Database, admin: Actor) -> None:
    office = make_user(db, Role.OFFICE, "office", "办公室丙")
    case_id = register(db, admin).id
    void_case(db, office, case_id, "来访人撤回，登记作废")
    assert get_case(db, case_id, office).status is CaseStatus.VOIDED


def test_voided_case_is_not_an_other_case(db: Database, admin: Actor) -> None:
    first = register(db, admin).id
    second = register(db, admin).id
    void_case(db, admin, first, "重复登记，作废")
    assert get_case(db, second).other_cases == []


# ---------------------------------------------------------------- audit chain


def test_audit_chain_is_intact_after_normal_work(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    update_case(db, admin, case_id, 1, {"note": "补充"})
    void_case(db, admin, case_id, "登记错误作废")
    with db.read() as session:
        assert audit.verify_chain(session) is None
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [e.action for e in entries] == ["setup", "register", "edit", "void"]
    assert entries[0].prev_hash == ""
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))


def test_audit_chain_detects_a_changed_summary(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    update_case(db, admin, case_id, 1, {"note": "补充"})
    with db.read() as session:
        target = session.scalar(select(AuditEntry.id).where(AuditEntry.action == "register"))
    with db.write() as session:
        session.execute(
            text("UPDATE audit_log SET summary = '登记来访：别人' WHERE id = :id"), {"id": target}
        )
    with db.read() as session:
        problem = audit.verify_chain(session)
    assert problem is not None
    assert problem.entry_id == target
    assert "内容被改动" in problem.message
    assert problem.message in check_database(db)


def test_audit_chain_detects_a_removed_entry(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    update_case(db, admin, case_id, 1, {"note": "补充"})
    update_case(db, admin, case_id, 2, {"note": "再补充"})
    with db.read() as session:
        edits = list(session.scalars(select(AuditEntry.id).where(AuditEntry.action == "edit")))
    with db.write() as session:
        session.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": edits[0]})
    with db.read() as session:
        problem = audit.verify_chain(session)
    assert problem is not None
    assert problem.entry_id == edits[1]
    assert "链接" in problem.message


def test_audit_chain_detects_a_forged_hash(db: Database, admin: Actor) -> None:
    register(db, admin)
    with db.write() as session:
        session.execute(text("UPDATE audit_log SET user_name = '别人', hash = 'ab' WHERE action = 'setup'"))
    with db.read() as session:
        problem = audit.verify_chain(session)
    assert problem is not None


# ---------------------------------------------------------------- login


def failed_logins(db: Database, username: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(User.failed_logins).where(User.username == username)))


def test_login(db: Database, admin: Actor) -> None:
    actor = auth.login(db, " admin ", ADMIN_PASSWORD)
    assert actor == admin
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "nobody", ADMIN_PASSWORD)
    with db.write() as session:
        session.execute(text("UPDATE users SET active = :no WHERE username = 'admin'"), {"no": False})
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "admin", ADMIN_PASSWORD)


def test_failures_are_counted_and_a_success_resets_them(db: Database, admin: Actor) -> None:
    for attempt in range(1, 3):
        with pytest.raises(auth.LoginFailed, match=f"再错{5 - attempt}次"):
            auth.login(db, "admin", "wrong-password1")
        assert failed_logins(db, "admin") == attempt  # committed although the call failed
    auth.login(db, "admin", ADMIN_PASSWORD)
    assert failed_logins(db, "admin") == 0


def test_lockout_after_five_failures(db: Database, admin: Actor, data_paths: DataPaths) -> None:
    for _ in range(4):
        with pytest.raises(auth.LoginFailed):
            auth.login(db, "admin", "wrong-password1")
    # The count survives a restart of the program.
    db.dispose()
    from receptionapp.services.admin.bootstrap import open_database

    reopened = open_database(data_paths)
    try:
        assert failed_logins(reopened, "admin") == 4
        with pytest.raises(auth.LoginFailed, match="锁定"):
            auth.login(reopened, "admin", "wrong-password1")
        # Locked: even the right password is refused.
        with pytest.raises(auth.LoginFailed, match="锁定"):
            auth.login(reopened, "admin", ADMIN_PASSWORD)
        with reopened.read() as session:
            user = session.scalar(select(User).where(User.username == "admin"))
            assert user.locked_until is not None
            assert user.locked_until > dt.datetime.now() + dt.timedelta(minutes=14)
            actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions[-1] == "lock"
        # When the lock has run out, the right password works again.
        with reopened.write() as session:
            session.execute(
                text("UPDATE users SET locked_until = :t WHERE username = 'admin'"),
                {"t": dt.datetime.now() - dt.timedelta(minutes=1)},
            )
        assert auth.login(reopened, "admin", ADMIN_PASSWORD).username == "admin"
        assert failed_logins(reopened, "admin") == 0
        with reopened.read() as session:
            assert session.scalar(select(User.locked_until).where(User.username == "admin")) is None
            assert audit.verify_chain(session) is None
    finally:
        reopened.dispose()


def test_lockout_is_per_user(db: Database, admin: Actor, clerk: Actor) -> None:
    for _ in range(5):
        with pytest.raises(auth.LoginFailed):
            auth.login(db, "clerk", "wrong-password1")
    with pytest.raises(auth.LoginFailed, match="锁定"):
        auth.login(db, "clerk", "password1")
    assert auth.login(db, "admin", ADMIN_PASSWORD).role is Role.ADMIN


# ---------------------------------------------------------------- drafts


def test_drafts_save_load_discard(db: Database, admin: Actor, clerk: Actor) -> None:
    assert drafts.load_draft(db, admin, "register") is None
    payload = {"name": "张晓梅", "problem": "学校乱收费", "petitioners": [{"name": "𠇔"}], "head_count": 3}
    drafts.save_draft(db, admin, "register", payload)
    assert drafts.load_draft(db, admin, "register") == payload
    # Saving again replaces the draft.
    drafts.save_draft(db, admin, "register", {"name": "李四"})
    assert drafts.load_draft(db, admin, "register") == {"name": "李四"}
    # Drafts are per user and per form.
    assert drafts.load_draft(db, clerk, "register") is None
    assert drafts.load_draft(db, admin, "edit") is None
    drafts.save_draft(db, clerk, "register", {"name": "王五"})
    drafts.discard_draft(db, admin, "register")
    assert drafts.load_draft(db, admin, "register") is None
    assert drafts.load_draft(db, clerk, "register") == {"name": "王五"}
    drafts.discard_draft(db, admin, "register")  # discarding nothing is fine


def test_a_damaged_draft_is_ignored(db: Database, admin: Actor) -> None:
    drafts.save_draft(db, admin, "register", {"name": "张三"})
    with db.write() as session:
        session.execute(text("UPDATE drafts SET payload = '{not json'"))
    assert drafts.load_draft(db, admin, "register") is None
    with db.write() as session:
        session.execute(text("UPDATE drafts SET payload = '[1, 2]'"))
    assert drafts.load_draft(db, admin, "register") is None


# ---------------------------------------------------------------- attachments


def test_store_file_by_hash_and_once(tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    content = "来信扫描件".encode() * 1000
    first = tmp_path / "来信扫描.PDF"
    first.write_bytes(content)
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()

    stored = store_file(first, folder)
    assert stored.sha256 == sha
    assert stored.size == len(content)
    assert stored.filename == "来信扫描.PDF"
    assert stored.stored_name == f"{sha[:2]}/{sha}.pdf"
    assert (folder / stored.stored_name).read_bytes() == content
    again = store_file(copy, folder)
    assert again.stored_name == stored.stored_name
    assert again.filename == "copy.pdf"
    assert [p for p in folder.rglob("*") if p.is_file()] == [folder / stored.stored_name]
    assert verify_stored(folder, stored.stored_name, sha)

    (folder / stored.stored_name).write_bytes(b"damaged")
    assert not verify_stored(folder, stored.stored_name, sha)
    assert not verify_stored(folder, "00/missing.pdf", sha)


def test_store_file_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(ServiceError):
        store_file(tmp_path / "missing.jpg", tmp_path / "attachments")
    with pytest.raises(ServiceError):
        store_file(tmp_path, tmp_path / "attachments")


def test_register_with_attachments(db: Database, admin: Actor, data_paths: DataPaths, tmp_path: Path) -> None:
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG" + b"y" * 300)
    folder = data_paths.attachments
    first = intake.register_case(
        db, admin, make_registration(), attachments=[scan, photo], attachment_folder=folder, now=NOW
    )
    second = intake.register_case(
        db, admin, make_registration(), attachments=[scan], attachment_folder=folder, now=NOW
    )
    views = get_case(db, first.id).attachments
    assert [(a.filename, a.size) for a in views] == [("scan.jpg", 5003), ("photo.png", 304)]
    assert views[0].sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert all(verify_stored(folder, a.stored_name, a.sha256) for a in views)
    assert get_case(db, second.id).attachments[0].stored_name == views[0].stored_name
    assert len([p for p in folder.rglob("*") if p.is_file()]) == 2  # stored once
    assert get_case(db, first.id).timeline[0].details["attachments"] == ["scan.jpg", "photo.png"]


def test_register_with_a_missing_attachment_saves_nothing(
    db: Database, admin: Actor, data_paths: DataPaths
) -> None:
    with pytest.raises(ServiceError):
        intake.register_case(
            db,
            admin,
            make_registration(),
            attachments=[data_paths.root / "gone.pdf"],
            attachment_folder=data_paths.attachments,
            now=NOW,
        )
    with pytest.raises(ValueError):
        intake.register_case(db, admin, make_registration(), attachments=[data_paths.database], now=NOW)
    assert count(db, Case) == 0


# ---------------------------------------------------------------- database check


def test_check_a_fresh_database(db: Database) -> None:
    assert check_database(db) == []


def test_check_after_work(db: Database, admin: Actor) -> None:
    case_id = register(db, admin).id
    update_case(db, admin, case_id, 1, {"note": "补充"})
    assert check_database(db) == []


def test_check_reports_a_missing_search_row(db: Database, admin: Actor) -> None:
    first = register(db, admin).id
    register(db, admin)
    with db.write() as session:
        key = "rowid" if db.is_sqlite else "case_id"
        session.execute(text(f"DELETE FROM case_search WHERE {key} = :id"), {"id": first})
    problems = check_database(db)
    assert len(problems) == 1
    assert "检索索引" in problems[0]
    assert "2件事项" in problems[0] and "索引中1件" in problems[0]
