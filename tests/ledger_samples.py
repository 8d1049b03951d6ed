"""Real-looking ledger files for the import tests (and the benchmark): .xlsx and .csv.

The workbook looks like an office's 信访台账: a merged title line, a line
naming the office, a two-level header whose group cells (信访人信息, 办理情况)
are merged across their columns and whose other headers are merged down two
rows, blank rows, real Excel dates beside dates typed as text, a footer
"填表人" line, a duplicate row, a bad ID number and rare name characters.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path
from typing import Any

from receptionapp.domain.validation import id_check_char

HEADERS = [
    "序号", "来访时间", "信访形式", "姓名", "性别", "身份证号", "联系电话", "家庭住址", "所属区县",
    "涉及学校", "问题类别", "反映问题", "诉求", "承办单位", "办理结果", "办结时间", "满意度", "备注",
]  # fmt: skip
GROUPS = {"信访人信息": ("姓名", "家庭住址"), "办理情况": ("承办单位", "满意度")}


def make_id(area: str, born: dt.date, serial: int) -> str:
    first17 = f"{area}{born:%Y%m%d}{serial:03d}"
    return first17 + id_check_char(first17)


ID_ZHANG = make_id("330102", dt.date(1980, 5, 6), 122)
ID_LI = make_id("330105", dt.date(1975, 1, 9), 341)
_ID_CHEN = make_id("330106", dt.date(1969, 7, 1), 555)
ID_CHEN_BAD = _ID_CHEN[:-1] + ("1" if _ID_CHEN[-1] == "0" else "0")  # wrong check character
ID_ZHOU = make_id("330110", dt.date(1990, 12, 24), 18)
OLD_ID_SUN = "330102650304123"  # 15 digits, as on IDs issued before 1999


def sample_rows() -> list[dict[str, Any]]:
    """Twelve ledger lines of 2025, keyed by header; what each tests is in its 备注-free shape."""
    problem = "学校以资料费名义向学生收取费用，每生三百元。"
    return [
        {  # 1: a closed walk-in with a real Excel date
            "来访时间": dt.datetime(2025, 3, 5, 9, 30), "信访形式": "来访", "姓名": "张晓梅", "性别": "女",
            "身份证号": ID_ZHANG, "联系电话": "13812345678", "家庭住址": "城东区解放路12号", "所属区县": "城东区",
            "涉及学校": "市第一中学", "问题类别": "教育收费", "反映问题": problem, "诉求": "请求退还违规收取的费用。",
            "承办单位": "基础教育处", "办理结果": "经调查属实，已责令学校退还费用，予以支持。",
            "办结时间": dt.date(2025, 3, 20), "满意度": "满意",
        },
        {  # 2: a letter from a person with an extension-A character, date typed in Chinese
            "来访时间": "2025年3月18日", "信访形式": "信件", "姓名": "李䶮", "性别": "男", "身份证号": ID_LI,
            "家庭住址": "城西区文三路8号", "所属区县": "城西", "涉及学校": "市实验小学", "问题类别": "师德师风",
            "反映问题": "班主任多次在课堂上辱骂学生。", "诉求": "请求调查处理。", "承办单位": "教师工作处",
            "办理结果": "已向信访人解释说明调查情况。", "办结时间": "2025年4月2日", "满意度": "基本满意",
        },
        {  # 3: a call from a person with an extension-B character, full-width phone, dotted date, open
            "来访时间": "2025.4.8", "信访形式": "来电", "姓名": "王𠇔", "联系电话": "１３９１２３４５６７８",
            "所属区县": "北山县", "涉及学校": "北山县实验中学", "问题类别": "教师待遇",
            "反映问题": "乡村教师生活补助连续三个月未发放。", "诉求": "请求尽快发放。",
        },
        {  # 4: a 12345 form with a time, still being handled
            "来访时间": "2025/04/10 14:30", "信访形式": "12345工单", "姓名": "赵磊", "性别": "男",
            "联系电话": "0571-87654321", "所属区县": "高新区", "涉及学校": "高新区第二小学",
            "问题类别": "招生考试", "反映问题": "孩子符合学区条件却未被录取。", "诉求": "请求重新审核入学资格。",
            "承办单位": "高新区教育局", "办理结果": "正在办理",
        },
        None,  # 5: the same as row 1, typed twice (filled in below)
        {  # 6: a bad ID number
            "来访时间": dt.datetime(2025, 5, 6), "信访形式": "来访", "姓名": "陈建国", "性别": "男",
            "身份证号": ID_CHEN_BAD, "联系电话": "13700001111", "所属区县": "城南区", "涉及学校": "城南中学",
            "问题类别": "人事变动", "反映问题": "职称评审结果不公。", "诉求": "请求复核。",
        },
        {  # 7: a category not in the app's list
            "来访时间": dt.datetime(2025, 5, 9), "信访形式": "来访", "姓名": "黄丽", "性别": "女",
            "联系电话": "13600002222", "所属区县": "经开区", "涉及学校": "经开区实验学校",
            "问题类别": "收费问题", "反映问题": "食堂伙食费上涨过快。", "诉求": "请求公开伙食费账目。",
        },
        {  # 8: a collective visit written as 等6人
            "来访时间": dt.datetime(2025, 6, 3, 10, 0), "信访形式": "集体来访", "姓名": "刘洋等6人",
            "联系电话": "13500003333", "所属区县": "南湖县", "涉及学校": "南湖县第一中学",
            "问题类别": "学校布局调整", "反映问题": "村小撤并后学生上学路途过远。", "诉求": "请求保留村小。",
        },
        {  # 9: the leaders' reception day, an old 15-digit ID number
            "来访时间": dt.datetime(2025, 6, 11, 14, 30), "信访形式": "领导接访", "姓名": "孙丽",
            "身份证号": OLD_ID_SUN, "联系电话": "13400004444", "所属区县": "清河县", "涉及学校": "清河县职业学校",
            "问题类别": "办学条件", "反映问题": "实训设备陈旧无法使用。", "诉求": "请求更新设备。",
            "承办单位": "职业教育与成人教育处",
        },
        {  # 10: the mayor's mailbox, the date as an Excel serial number without a date format
            "来访时间": 45832, "信访形式": "市长信箱", "姓名": "周敏", "性别": "女", "身份证号": ID_ZHOU,
            "联系电话": "13300005555", "所属区县": "市直属", "涉及学校": "市第二中学", "问题类别": "办学管理",
            "反映问题": "学校周末组织有偿补课。", "诉求": "请求制止。",
            "办理结果": "经核查，反映问题不属实，不予支持。", "办结时间": dt.date(2025, 7, 15), "满意度": "不满意",
        },
        {  # 11: closed, but the result names no decision
            "来访时间": dt.datetime(2025, 7, 1), "信访形式": "来访", "姓名": "吴刚", "性别": "男",
            "联系电话": "13200006666", "所属区县": "城东区", "涉及学校": "城东小学", "问题类别": "其他",
            "反映问题": "学校门口交通拥堵存在安全隐患。", "诉求": "请求协调交警部门。",
            "办理结果": "已协调学校和交警部门妥善处理。", "办结时间": dt.date(2025, 7, 20),
        },
        {  # 12: forwarded from above
            "来访时间": dt.datetime(2025, 8, 12), "信访形式": "上级转办", "姓名": "郑红", "性别": "女",
            "联系电话": "13100007777", "所属区县": "城西区", "涉及学校": "城西中学", "问题类别": "医疗费用报销",
            "反映问题": "退休教师医疗费报销迟迟未办。", "诉求": "请求尽快报销。", "备注": "省教育厅转来",
        },
    ]  # fmt: skip


def ledger_lines() -> list[dict[str, Any]]:
    rows = sample_rows()
    rows[4] = dict(rows[0])
    for i, row in enumerate(rows, 1):
        row["序号"] = i
    return rows


# Row numbers in the workbook below: title, office, two header lines, then data with blank lines.
def write_xlsx(
    path: Path, lines: list[dict[str, Any]] | None = None, *, blank_every: int = 5
) -> dict[int, int]:
    """The workbook; returns {sample line number (1-based): worksheet row number}."""
    from openpyxl import Workbook

    lines = ledger_lines() if lines is None else lines
    wb = Workbook()
    cover = wb.active
    cover.title = "说明"
    cover["A1"] = "本台账由办公室每月更新"
    ws = wb.create_sheet("2025年台账")
    width = len(HEADERS)
    ws.cell(1, 1, "2025年度信访事项登记台账")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(2, 1, "填报单位：示例市教育局办公室")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    grouped: set[int] = set()
    for group, (first, last) in GROUPS.items():
        a, b = HEADERS.index(first) + 1, HEADERS.index(last) + 1
        ws.cell(3, a, group)
        ws.merge_cells(start_row=3, start_column=a, end_row=3, end_column=b)
        grouped.update(range(a, b + 1))
    for column, header in enumerate(HEADERS, 1):
        if column in grouped:
            ws.cell(4, column, header)
        else:
            ws.cell(3, column, header)
            ws.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    row = 5
    where: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if blank_every and number % blank_every == 0:
            row += 1  # a blank line, as offices leave between months
        where[number] = row
        for column, header in enumerate(HEADERS, 1):
            value = line.get(header)
            if value is None:
                continue
            cell = ws.cell(row, column, value)
            if isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm" if value.time() != dt.time() else "yyyy-mm-dd"
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy年m月d日"
        row += 1
    ws.cell(row + 1, 1, "填表人：王芳        审核人：李强")
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=width)
    wb.save(path)
    return where


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}" if value.time() != dt.time() else f"{value:%Y-%m-%d}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


def write_csv(
    path: Path, encoding: str, lines: list[dict[str, Any]] | None = None, headers: list[str] = HEADERS
) -> dict[int, int]:
    """A flat CSV (title line, header, data with a blank line); returns sample line -> CSV line."""
    lines = ledger_lines() if lines is None else lines
    where: dict[int, int] = {}
    with path.open("w", encoding=encoding, newline="") as stream:
        out = csv.writer(stream)
        out.writerow(["2025年度信访事项登记台账"])
        out.writerow(headers)
        number = 3
        for i, line in enumerate(lines, 1):
            if i == 6:
                out.writerow([])
                number += 1
            where[i] = number
            out.writerow([_csv_value(line.get(h)) for h in headers])
            number += 1
    return where


def big_lines(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """``count`` valid, distinct ledger lines (for the benchmark and the large-file tests)."""
    rng = random.Random(seed)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
    categories = ["办学管理", "教育收费", "教师待遇", "师德师风", "办学条件", "招生考试", "其他"]
    regions = ["城东区", "城西区", "城南区", "高新区", "北山县", "南湖县"]
    channels = ["来访", "来信", "来电", "网上信访", "12345热线", "领导接访"]
    people = []
    for _ in range(max(1, count // 3)):
        born = dt.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
        name = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
        people.append((name, make_id("330102", born, rng.randrange(1000)), f"13{rng.randrange(10**9):09d}"))
    start = dt.datetime(2021, 1, 4, 8, 0)
    lines = []
    for i in range(count):
        name, id_number, phone = rng.choice(people)
        received = start + dt.timedelta(minutes=i * 50 + rng.randrange(40))
        closed = received.date() + dt.timedelta(days=rng.randint(3, 40)) if rng.random() < 0.7 else None
        lines.append(
            {
                "序号": i + 1,
                "来访时间": received,
                "信访形式": rng.choice(channels),
                "姓名": name,
                "身份证号": id_number if rng.random() < 0.8 else None,
                "联系电话": phone,
                "家庭住址": f"城东区解放路{rng.randint(1, 300)}号",
                "所属区县": rng.choice(regions),
                "涉及学校": f"第{rng.randint(1, 40)}中学",
                "问题类别": rng.choice(categories),
                "反映问题": f"反映学校第{i}号问题：校外培训收费过高，课后服务安排不合理，希望教育局调查。",
                "诉求": "请求调查处理并答复。",
                "承办单位": "基础教育处",
                "办理结果": "经调查，已责令学校整改，予以支持。" if closed else None,
                "办结时间": closed,
                "满意度": "满意" if closed else None,
            }
        )
    return lines
