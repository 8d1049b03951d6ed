"""Validation of what a clerk types, with the Chinese message shown next to the field.

Every validator returns ``None`` when the value is acceptable and a short
Chinese sentence otherwise. ``validate_registration`` checks a whole
``RegistrationInput`` and returns ``{field_key: message}``; field keys are the
attribute names, with ``petitioners[i].attr`` for people.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from receptionapp.domain.case import RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.hotline import limit_problem
from receptionapp.domain.people import COLLECTIVE_VISIT_MIN, MAX_REPRESENTATIVES, MIN_REPRESENTATIVES
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.review_window import served_on_problem

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"
# First two digits of a resident ID number: provinces and the SARs/Taiwan.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
MAX_NAME = 40
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 20000
# A registration may be entered a little ahead of the PC clock of another desk.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)

_ID_BODY = re.compile(r"^[0-9]{17}[0-9X]$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_LOCAL = re.compile(r"^\d{7,8}$")
_SERVICE = re.compile(r"^(400|800)\d{7}$")


def normalize(text: str) -> str:
    """Full-width digits and letters to half-width, NFC, trimmed."""
    return unicodedata.normalize("NFKC", text).strip() if text else ""


def normalize_id_number(text: str) -> str:
    return normalize(text).replace(" ", "").upper()


def normalize_phone(text: str) -> str:
    """Half-width, no spaces; +86 becomes the domestic form (a landline gets its trunk 0 back)."""
    value = normalize(text).replace(" ", "").replace("—", "-").replace("－", "-")
    for prefix in ("+86", "0086"):
        if value.startswith(prefix):
            value = value[len(prefix) :].lstrip("-")
            if value and not value.startswith(("0", "1")):
                value = "0" + value
            elif value.startswith("10") and not _MOBILE.match(value.replace("-", "")):
                value = "0" + value  # Beijing's area code is 010
            break
    return value


def id_check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def birth_date_of(id_number: str) -> dt.date | None:
    """The birth date written inside a valid 18-digit ID number."""
    try:
        return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def gender_of(id_number: str) -> str:
    """'male' or 'female' from the 17th digit (odd for men)."""
    return "male" if int(id_number[16]) % 2 else "female"


def validate_id_number(text: str, today: dt.date | None = None) -> str | None:
    """GB 11643-1999: 17 digits, a check character, a real birth date."""
    value = normalize_id_number(text)
    if not value:
        return None
    if len(value) != 18:
        return f"身份证号应为18位，现为{len(value)}位"
    # A regex, not str.isdigit(): that also accepts digits of other scripts (፩).
    if not _ID_BODY.match(value):
        return "身份证号前17位应为数字，末位为数字或X"
    if value[:2] not in PROVINCE_CODES:
        return "身份证号前两位不是有效的省级行政区划代码"
    born = birth_date_of(value)
    today = today or dt.date.today()
    if born is None:
        return "身份证号中的出生日期不存在"
    if born > today or born.year < 1900:
        return "身份证号中的出生日期不合理"
    if id_check_char(value[:17]) != value[17]:
        return "身份证号校验位不正确，请核对"
    return None


def validate_phone(text: str) -> str | None:
    """Mobile (11 digits from 13–19), landline with area code, local 7–8 digits, 400/800."""
    value = normalize_phone(text)
    if not value:
        return None
    digits = value.replace("-", "")
    if not digits.isascii() or not digits.isdigit():
        return "电话号码只能包含数字和连字符"
    if digits.startswith("1"):
        return None if _MOBILE.match(digits) else "手机号码应为1开头的11位数字"
    if _LANDLINE.match(value) or _LOCAL.match(value) or _SERVICE.match(digits):
        return None
    if digits.startswith("0") and _LANDLINE.match(digits):
        return None
    return "固定电话应为区号加号码，如 0571-87654321"


def validate_name(text: str) -> str | None:
    value = normalize(text)
    if not value:
        return "请填写姓名"
    if len(value) > MAX_NAME:
        return f"姓名不能超过{MAX_NAME}个字"
    for ch in value:
        category = unicodedata.category(ch)
        if category[0] in "CN" or category == "So":
            return f"姓名中含有不允许的字符「{ch}」"
    return None


def validate_text(text: str, *, limit: int = MAX_LONG_TEXT, label: str = "内容") -> str | None:
    if len(text) > limit:
        return f"{label}不能超过{limit}个字，现为{len(text)}个字"
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in text):
        return f"{label}中含有不可见的控制字符，请删除"
    if has_lone_surrogate(text):
        return f"{label}中含有无法保存的乱码字符（多见于从其他文档粘贴），请删除后重新输入"
    return None


def validate_line(text: str, *, limit: int = MAX_SHORT_TEXT, label: str = "名称") -> str | None:
    """A one-line name or text (a list entry, a setting, a rule's name): ``validate_text`` and no line break.

    A tab, line feed or carriage return inside a name splits the row of
    every table, ledger and CSV that shows it; the Unicode line and
    paragraph separators do the same in a spreadsheet.
    """
    if problem := validate_text(text, limit=limit, label=label):
        return problem
    if any(ch in "\n\r\t\u2028\u2029" for ch in text):
        return f"{label}中含有换行符或制表符，请删除"
    return None


def has_lone_surrogate(text: str) -> bool:
    """Half of a UTF-16 pair on its own: no database can store it."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def search_text(text: str) -> str:
    """What a person typed to search or look something up by, as the database is asked for it.

    No stored text holds a lone surrogate, nor a control character other
    than a line break or a tab (``validate_text``), which already part words:
    a lone surrogate is dropped and a control character counts as a space.
    PostgreSQL refuses a NUL anywhere in a query and SQLite stops reading a
    LIKE pattern at one, so without this the two backends answered the
    same search differently (an error, or every case).
    """
    if has_lone_surrogate(text):
        text = "".join(ch for ch in text if not "\ud800" <= ch <= "\udfff")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return text


def validate_received_at(value: dt.datetime | None, now: dt.datetime | None = None) -> str | None:
    if value is None:
        return "请填写收到时间"
    now = now or dt.datetime.now()
    if value > now + FUTURE_TOLERANCE:
        return "收到时间不能晚于当前时间"
    if value.year < 2000:
        return "收到时间不合理，请核对年份"
    return None


def validate_registration(data: RegistrationInput, now: dt.datetime | None = None) -> dict[str, str]:
    """All problems of one registration; an empty dict means it can be saved."""
    now = now or dt.datetime.now()
    errors: dict[str, str] = {}

    def put(key: str, message: str | None) -> None:
        if message and key not in errors:
            errors[key] = message

    put("received_at", validate_received_at(data.received_at, now))
    try:
        PetitionType(data.petition_type)
    except ValueError:
        put("petition_type", "请选择信访类型（建议意见、检举控告或申诉求决）")
    if not data.petitioners:
        put("petitioners", "请至少填写一名信访人")
    for i, person in enumerate(data.petitioners):
        key = f"petitioners[{i}]"
        put(f"{key}.name", validate_name(person.name))
        put(f"{key}.id_number", validate_id_number(person.id_number, now.date()))
        put(f"{key}.phone", validate_phone(person.phone))
        put(f"{key}.address", validate_text(person.address, limit=MAX_SHORT_TEXT, label="地址"))
        if i == 0 and data.channel == Channel.LETTER and not normalize(person.address):
            # A letter is answered in writing, by post.
            put(f"{key}.address", "来信须填写通讯地址，以便书面答复")
        elif i == 0 and not normalize_phone(person.phone) and not normalize(person.address):
            put(f"{key}.phone", "请填写联系电话或通讯地址，以便答复")
    seen_ids: set[str] = set()
    # name+phone -> the ID number given with it ("" when none)
    seen_contacts: dict[tuple[str, str], str] = {}
    for i, person in enumerate(data.petitioners):
        value = normalize_id_number(person.id_number)
        contact = (normalize(person.name), normalize_phone(person.phone))
        if value:
            if value in seen_ids:
                put(f"petitioners[{i}].id_number", "同一身份证号填写了两次")
            seen_ids.add(value)
        if all(contact):
            # The same name and phone is the same person, unless both rows carry
            # different ID numbers (then they are two people sharing a phone).
            earlier = seen_contacts.get(contact)
            if earlier is not None and not (earlier and value and earlier != value):
                put(f"petitioners[{i}].name", "同一信访人（姓名和电话相同）填写了两次")
            if earlier is None or value:
                seen_contacts[contact] = value

    if data.head_count < 1:
        put("head_count", "来访人数至少为1人")
    elif data.head_count > 10000:
        put("head_count", "来访人数不合理，请核对")
    elif data.channel.is_in_person and data.petitioners:
        if data.head_count < len(data.petitioners):
            put("head_count", "来访人数少于已登记的信访人数")
        if data.is_collective:
            representatives = [p for p in data.petitioners if p.is_representative]
            if not representatives:
                put(
                    "petitioners",
                    f"集体访须推选{MIN_REPRESENTATIVES}至{MAX_REPRESENTATIVES}名代表，请添加代表并勾选“代表”",
                )
            elif len(representatives) < MIN_REPRESENTATIVES:
                put(
                    "petitioners",
                    f"集体访只接待推选的{MIN_REPRESENTATIVES}至{MAX_REPRESENTATIVES}名代表，"
                    f"现只勾选了{len(representatives)}人，请再添加代表",
                )
            elif len(representatives) > MAX_REPRESENTATIVES:
                put(
                    "petitioners",
                    f"集体访代表不超过{MAX_REPRESENTATIVES}人（《信访工作条例》第二十条），"
                    f"现为{len(representatives)}人",
                )

    if not data.category.strip():
        put("category", "请选择问题类别")
    put("category", validate_text(data.category, limit=MAX_SHORT_TEXT, label="问题类别"))
    if not data.region.strip():
        put("region", "请选择所属区县")
    put("region", validate_text(data.region, limit=MAX_SHORT_TEXT, label="所属区县"))
    put("unit", validate_text(data.unit, limit=MAX_SHORT_TEXT, label="涉及单位"))
    if not data.problem.strip():
        put("problem", "请填写反映的问题")
    put("problem", validate_text(data.problem, label="反映问题"))
    if data.channel.is_in_person and not data.demand.strip():
        put("demand", "请填写来访人的诉求")
    put("demand", validate_text(data.demand, label="诉求"))
    if data.channel.needs_source:
        if data.channel == Channel.FORWARDED and not data.source_body.strip():
            put("source_body", "请填写转办机关")
        if not data.source_ref.strip():
            word = "工单编号" if data.channel == Channel.HOTLINE else "转办文号"
            put("source_ref", f"请填写{word}")
    put("source_body", validate_text(data.source_body, limit=MAX_SHORT_TEXT, label="转办机关"))
    put("source_ref", validate_text(data.source_ref, limit=MAX_SHORT_TEXT, label="文号"))
    if data.letter_pages is not None and not 0 < data.letter_pages < 10000:
        put("letter_pages", "来信页数不合理")
    if data.review_request:
        put("review_served_on", served_on_problem(data.review_served_on, data.received_at))
    if data.channel is Channel.HOTLINE:
        put("hotline_limit", limit_problem(data.hotline_limit, data.received_at))
    put("note", validate_text(data.note, label="备注"))
    return errors


# Used by collective-visit help texts.
COLLECTIVE_HINT = (
    f"{COLLECTIVE_VISIT_MIN}人以上为集体访，须推选{MIN_REPRESENTATIVES}至{MAX_REPRESENTATIVES}名代表"
)
