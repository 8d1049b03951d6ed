"""Read a year's holiday arrangement (节假日安排) that a person typed from the State Council notice.

Two formats, both UTF-8 (a BOM is fine) or GB18030:

CSV, one line per date or date range, ``#`` starts a comment::

    年份,2027
    通知,国办发明电〔2026〕7号
    2027-01-01,休,元旦
    2027-02-06~2027-02-12,休,春节
    2027-02-14,班,春节调休上班

JSON::

    {"year": 2027, "notice": "国办发明电〔2026〕7号",
     "off": ["2027-01-01", "2027-02-06~2027-02-12"], "work": ["2027-02-14"]}

Dates may be written 2027-02-06, 2027/2/6, 2027.2.6 or 2027年2月6日. Every
malformed line is reported with its line number; nothing is taken from a
file with an error.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field

from receptionapp.domain.validation import validate_line

OFF_WORDS = frozenset({"休", "放假", "休息", "假", "off", "holiday"})
WORK_WORDS = frozenset({"班", "上班", "调休上班", "补班", "work", "workday"})
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_RANGE_SPLIT = re.compile(r"\s*(?:~|～|至|—|--)\s*")
MAX_RANGE_DAYS = 31
MAX_NOTE = 100  # a date's 说明
MAX_NOTICE = 200  # the notice's number and title
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years a calendar can be entered and shown for
MAX_FILE_BYTES = 1024 * 1024  # a year's arrangement is a few hundred bytes


def year_problem(year: int) -> str | None:
    """Why ``year`` cannot have a holiday arrangement here, or None."""
    return None if FIRST_YEAR <= year <= LAST_YEAR else f"年份应在{FIRST_YEAR}至{LAST_YEAR}之间"


class HolidayFileError(ValueError):
    """The file cannot be taken; ``problems`` lists (line number, Chinese message)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        super().__init__(
            "；".join(f"第{line}行：{message}" if line else message for line, message in problems)
        )


@dataclass
class HolidayYear:
    """One year's arrangement: days off and adjusted working days (调休上班)."""

    year: int
    notice: str = ""
    days: dict[dt.date, bool] = field(default_factory=dict)  # True: working day
    notes: dict[dt.date, str] = field(default_factory=dict)

    @property
    def days_off(self) -> list[dt.date]:
        return sorted(d for d, work in self.days.items() if not work)

    @property
    def workdays(self) -> list[dt.date]:
        return sorted(d for d, work in self.days.items() if work)

    def text_problems(self) -> dict[str, str]:
        """The notice and the dates' notes as a form would show them: field → message."""
        errors: dict[str, str] = {}
        if problem := validate_line(self.notice, limit=MAX_NOTICE, label="通知"):
            errors["notice"] = problem
        for day, note in sorted(self.notes.items()):
            if problem := validate_line(note, limit=MAX_NOTE, label=f"{day:%Y-%m-%d}的说明"):
                errors.setdefault("notes", problem)
        return errors


def parse_date(text: str) -> dt.date:
    match = _DATE.match(text.strip())
    if not match:
        raise ValueError(f"日期“{text.strip()}”格式不对，应写成 2027-02-06")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError(f"日期“{text.strip()}”不存在") from None


def parse_dates(text: str) -> list[dt.date]:
    """One date or an inclusive range ``a~b``."""
    parts = _RANGE_SPLIT.split(text.strip())
    if len(parts) == 1:
        return [parse_date(parts[0])]
    if len(parts) != 2:
        raise ValueError(f"日期范围“{text.strip()}”应写成 起始日期~结束日期")
    start, end = parse_date(parts[0]), parse_date(parts[1])
    if end < start:
        raise ValueError(f"日期范围“{text.strip()}”的结束日期早于起始日期")
    if (end - start).days >= MAX_RANGE_DAYS:
        raise ValueError(f"日期范围“{text.strip()}”超过{MAX_RANGE_DAYS}天，请核对")
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _kind(word: str) -> bool:
    value = word.strip().lower()
    if value in OFF_WORDS:
        return False
    if value in WORK_WORDS:
        return True
    raise ValueError(f"“{word.strip()}”应为“休”（放假）或“班”（调休上班）")


def decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise HolidayFileError([(0, "文件编码无法识别，请保存为UTF-8或GBK")])


def parse_holiday_file(raw: bytes | str, filename: str = "") -> HolidayYear:
    text = decode(raw) if isinstance(raw, bytes) else raw
    if filename.lower().endswith(".json") or text.lstrip().startswith("{"):
        return _parse_json(text)
    return _parse_csv(text)


def _add(
    result: dict[dt.date, tuple[bool, str, int]],
    problems: list[tuple[int, str]],
    line: int,
    dates: list[dt.date],
    work: bool,
    note: str,
) -> None:
    if problem := validate_line(note, limit=MAX_NOTE, label="说明"):
        problems.append((line, problem))
        return
    for day in dates:
        if day in result and result[day][0] != work:
            problems.append((line, f"{day:%Y-%m-%d}在第{result[day][2]}行已写为另一种安排"))
            continue
        result[day] = (work, note, line)


def _parse_csv(text: str) -> HolidayYear:
    problems: list[tuple[int, str]] = []
    entries: dict[dt.date, tuple[bool, str, int]] = {}
    year: int | None = None
    notice = ""
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            row = next(csv.reader([line]), [])
        except csv.Error:
            problems.append((number, "这一行的引号不配对"))
            continue
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        head = cells[0]
        if head in ("年份", "year"):
            if len(cells) < 2 or len(cells[1]) != 4 or not cells[1].isdigit() or year_problem(int(cells[1])):
                problems.append((number, "年份应为四位数字，如：年份,2027"))
            else:
                year = int(cells[1])
            continue
        if head in ("通知", "notice"):
            notice = cells[1] if len(cells) > 1 else ""
            if problem := validate_line(notice, limit=MAX_NOTICE, label="通知"):
                problems.append((number, problem))
            continue
        if head in ("日期", "date"):
            continue  # a header line
        if len(cells) < 2 or not cells[1]:
            problems.append((number, "每行应为：日期,休或班[,说明]"))
            continue
        try:
            dates = parse_dates(head)
            work = _kind(cells[1])
        except ValueError as error:
            problems.append((number, str(error)))
            continue
        _add(entries, problems, number, dates, work, cells[2] if len(cells) > 2 else "")
    return _finish(entries, problems, year, notice)


def _parse_json(text: str) -> HolidayYear:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise HolidayFileError([(error.lineno, f"JSON格式错误：{error.msg}")]) from None
    if not isinstance(data, dict):
        raise HolidayFileError([(1, "JSON文件应为一个对象，包含 year、off、work")])
    problems: list[tuple[int, str]] = []
    year = data.get("year")
    if year is not None and (not isinstance(year, int) or year_problem(year)):
        problems.append((0, "year 应为四位数字年份"))
        year = None
    notice = data.get("notice", "")
    if not isinstance(notice, str):
        problems.append((0, "notice 应为文字"))
        notice = ""
    elif problem := validate_line(notice.strip(), limit=MAX_NOTICE, label="notice"):
        problems.append((0, problem))
    entries: dict[dt.date, tuple[bool, str, int]] = {}
    for key, work in (("off", False), ("work", True)):
        values = data.get(key, [])
        if not isinstance(values, list):
            problems.append((0, f"{key} 应为日期列表"))
            continue
        for index, value in enumerate(values, start=1):
            try:
                if not isinstance(value, str):
                    raise ValueError(f"{key} 的第{index}项应为文字日期")
                _add(entries, problems, 0, parse_dates(value), work, "")
            except ValueError as error:
                problems.append((0, f"{key} 第{index}项：{error}"))
    return _finish(entries, problems, year if isinstance(year, int) else None, notice)


def _finish(
    entries: dict[dt.date, tuple[bool, str, int]],
    problems: list[tuple[int, str]],
    year: int | None,
    notice: str,
) -> HolidayYear:
    if not entries and not problems:
        problems.append((0, "文件中没有任何日期"))
    if year is None and entries:
        years = [d.year for d in entries]
        year = max(set(years), key=years.count)
    if year is not None:
        for day, (_work, _note, line) in sorted(entries.items()):
            if abs(day.year - year) > 1:
                problems.append((line, f"{day:%Y-%m-%d}不属于{year}年的安排"))
    if problems:
        raise HolidayFileError(problems)
    assert year is not None
    result = HolidayYear(year, notice.strip())
    for day, (work, note, _line) in sorted(entries.items()):
        result.days[day] = work
        if note:
            result.notes[day] = note
    return result
