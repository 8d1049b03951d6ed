"""Timed runs on 200,000 generated cases (not part of the test suite).

    python benchmarks/run.py --cases 200000 --json figures.json [--repeat 5] [--profile DIR]

Generates the data once with ``receptionapp demo-data`` into
``benchmarks/data/<N>/`` (see ``benchdata.py``; reused on later runs), then
measures, each paired figure in the same run, medians of repeated runs:

- ``startup_s`` / ``bare_qt_startup_s``: process start to the main window
  shown and usable (``startup_probe.py``: the real program, login answered
  by the benchmark) vs a bare PySide6 window, alternating, separate processes;
- ``search_ms_p50`` / ``search_ms_p95``: the register's search as the GUI does
  it (``services.cases.listing`` count with the register's cap + first page, with the
  filter the register builds) for 2-, 3- and 4-character words, names and ID
  numbers; ``raw_search_ms_p50``: the bare index query for the same terms;
  ``raw_page_ms_p50`` (extra): the register's whole answer — the capped count
  and the newest 200 matches with their columns and names — as hand-written
  SQL on the bare sqlite3 connection, so the service's own overhead shows;
- ``save_ms``: ``services.cases.intake.register_case`` (commit included);
- ``board_ms``: ``services.deadlines.board.build_board`` (the data has 20,000+ open cases);
- ``report_ms``: the statistics of the last full quarter (``reports.timing``);
- ``letter_ms`` / ``raw_letter_ms``: a final reply letter (seal, number) through
  the app's letter rendering vs its lines on a bare reportlab page, same fonts;
- ``rss_mb``: the app's peak memory with the register open and scrolled.

``--profile DIR`` also writes pyinstrument profiles of each part (``bench`` extra).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from benchdata import PASSWORD, BenchData, prepare  # noqa: E402
from documents import raw_letter  # noqa: E402

from receptionapp.db.database import Database  # noqa: E402
from receptionapp.db.models import Person  # noqa: E402
from receptionapp.documents import samples  # noqa: E402
from receptionapp.documents.fonts import default_font_set  # noqa: E402
from receptionapp.domain.case import PetitionerInput, RegistrationInput  # noqa: E402
from receptionapp.domain.channels import Channel  # noqa: E402
from receptionapp.domain.periods import quarter_period  # noqa: E402
from receptionapp.domain.textsearch import fts_query  # noqa: E402
from receptionapp.paths import DataPaths  # noqa: E402
from receptionapp.reports.timing import report_timings  # noqa: E402
from receptionapp.services.admin.auth import login  # noqa: E402
from receptionapp.services.admin.bootstrap import open_database  # noqa: E402
from receptionapp.services.cases import intake  # noqa: E402
from receptionapp.services.cases.listing import COUNT_CAP, count_cases, list_cases, register_filter  # noqa: E402
from receptionapp.services.deadlines import board  # noqa: E402
from receptionapp.services.letters.rendering import render  # noqa: E402

KEYS = (
    "startup_s",
    "bare_qt_startup_s",
    "search_ms_p50",
    "search_ms_p95",
    "raw_search_ms_p50",
    "raw_page_ms_p50",
    "save_ms",
    "board_ms",
    "report_ms",
    "letter_ms",
    "raw_letter_ms",
    "rss_mb",
)
TARGETS = {
    "startup_s": "≤ 1.5 × bare",
    "search_ms_p95": "< 100 ms, ≤ 3 × raw",
    "save_ms": "< 50 ms",
    "board_ms": "< 300 ms",
    "report_ms": "< 1000 ms",
    "letter_ms": "≤ 1.5 × raw",
    "rss_mb": "< 400 MB",
}
WORDS = {
    "2字": ["收费", "补课", "教师", "食堂", "入学", "学位", "午餐", "校服"],
    "3字": ["资料费", "班主任", "退休教", "校车安", "乱收费", "学区房"],
    "4字": ["绩效工资", "校外培训", "体罚学生", "职称评定", "安全隐患", "违规补课"],
}


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm: the first call pays for imports and caches
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


class Profiler:
    """pyinstrument around each part when --profile is given; nothing otherwise."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        if folder:
            folder.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def part(self, name: str):  # type: ignore[no-untyped-def]
        if self.folder is None:
            yield
            return
        from pyinstrument import Profiler as Pyinstrument

        profiler = Pyinstrument(interval=0.0005)
        profiler.start()
        try:
            yield
        finally:
            profiler.stop()
            (self.folder / f"{name}.txt").write_text(profiler.output_text(show_all=False), encoding="utf-8")


# ---------------------------------------------------------------- startup and memory


def _probe(args: list[str]) -> tuple[float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "startup_probe.py"), *args],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=HERE.parent,
    )
    assert process.stdout is not None
    ready = None
    lines = []
    for line in process.stdout:
        if line.strip() == "ready" and ready is None:
            ready = time.perf_counter() - started
        lines.append(line.strip())
    if process.wait() != 0 or ready is None:
        raise RuntimeError(f"startup probe {args} failed: {lines}")
    return ready, lines


def measure_startup(data: BenchData, repeat: int) -> dict[str, float]:
    folder = str(data.folder)
    _probe(["app", folder])  # warm: the file cache, and the start-up backup if one is due
    _probe(["bare"])
    app_s, bare_s = [], []
    for _ in range(repeat):
        app_s.append(_probe(["app", folder])[0])
        bare_s.append(_probe(["bare"])[0])
    peaks = []
    for _ in range(max(1, repeat // 2)):
        for line in _probe(["app", folder, "--register"])[1]:
            if line.startswith("rss_mb"):
                peaks.append(float(line.split()[1]))
    return {
        "startup_s": statistics.median(app_s),
        "bare_qt_startup_s": statistics.median(bare_s),
        "rss_mb": statistics.median(peaks),
    }


# ---------------------------------------------------------------- in-process figures


def search_terms(db: Database) -> dict[str, list[str]]:
    with db.read() as session:
        people = session.execute(
            select(Person.name, Person.id_number)
            .where(Person.id_number.is_not(None), Person.id % 997 == 0)
            .limit(6)
        ).all()
    groups = dict(WORDS)
    groups["姓名"] = [p.name for p in people]
    groups["身份证号"] = [p.id_number for p in people]
    return groups


def measure_search(db: Database, actor: Any, repeat: int) -> dict[str, Any]:
    from receptionapp.ui.models.case_table import PAGE_SIZE

    def ui_search(term: str) -> None:
        # What the register does for the search box: the capped count, then the first page.
        flt = register_filter(term)
        count_cases(db, flt, actor, cap=COUNT_CAP)
        list_cases(db, flt, limit=PAGE_SIZE, actor=actor)

    def raw_search(term: str) -> None:
        # The bare index query for the same term: its capped count and its first page of ids.
        match = fts_query(term)
        with db.engine.connect() as conn:
            conn.execute(
                text(
                    "SELECT count(*) FROM (SELECT rowid FROM case_search WHERE case_search MATCH :m LIMIT :n)"
                ),
                {"m": match, "n": COUNT_CAP + 1},
            ).scalar()
            conn.execute(
                text("SELECT rowid FROM case_search WHERE case_search MATCH :m LIMIT :n"),
                {"m": match, "n": PAGE_SIZE},
            ).all()

    def raw_page(term: str) -> None:
        # The same answer as ui_search in plain SQL, without SQLAlchemy: count, page, names.
        match = fts_query(term)
        matching = (
            "c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?) AND c.status != 'voided'"
        )
        conn = bare.driver_connection
        conn.execute(
            f"SELECT count(*) FROM (SELECT c.id FROM cases c WHERE {matching} LIMIT ?)",
            (match, COUNT_CAP + 1),
        ).fetchone()
        page = conn.execute(
            "SELECT c.id, c.number, c.channel, c.status, c.received_at, g.name, r.name,"
            " substr(c.problem, 1, 120), c.due_date, c.due_provisional, c.is_repeat, c.is_collective,"
            " c.petition_type, c.confidential FROM cases c"
            " LEFT JOIN categories g ON g.id = c.category_id LEFT JOIN regions r ON r.id = c.region_id"
            f" WHERE {matching} ORDER BY c.received_at DESC, c.id DESC LIMIT ?",
            (match, PAGE_SIZE),
        ).fetchall()
        ids = [row[0] for row in page]
        conn.execute(
            "SELECT p.case_id, s.name FROM petitioners p JOIN persons s ON s.id = p.person_id"
            f" WHERE p.case_id IN ({','.join('?' * len(ids))}) ORDER BY p.case_id, p.position",
            ids,
        ).fetchall()

    bare = db.engine.raw_connection()
    ui_all: list[float] = []
    raw_all: list[float] = []
    page_all: list[float] = []
    groups = {}
    for group, terms in search_terms(db).items():
        ui: list[float] = []
        raw: list[float] = []
        page: list[float] = []
        hits = []
        for term in terms:
            ui += timed(lambda t=term: ui_search(t), repeat)
            raw += timed(lambda t=term: raw_search(t), repeat)
            page += timed(lambda t=term: raw_page(t), repeat)
            hits.append(count_cases(db, register_filter(term), actor))
        groups[group] = (
            statistics.median(ui),
            percentile(ui, 0.95),
            statistics.median(raw),
            statistics.median(page),
            max(hits),
        )
        page_all += page
        ui_all += ui
        raw_all += raw
    bare.close()
    return {
        "raw_page_ms_p50": statistics.median(page_all),
        "search_ms_p50": statistics.median(ui_all),
        "search_ms_p95": percentile(ui_all, 0.95),
        "raw_search_ms_p50": statistics.median(raw_all),
        "groups": groups,
    }


def measure_save(db: Database, actor: Any, repeat: int) -> float:
    def save() -> None:
        intake.register_case(
            db,
            actor,
            RegistrationInput(
                channel=Channel.VISIT,
                received_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=1),
                petitioners=[
                    PetitionerInput(name="基准测试", id_number="11010519491231002X", phone="13812345678")
                ],
                category="教育收费",
                region="城东区",
                problem="学校以资料费名义向学生收取费用。",
                demand="请求退还。",
            ),
        )

    return statistics.median(timed(save, repeat))


def last_quarter(today: dt.date) -> Any:
    quarter = (today.month - 1) // 3  # the current quarter's index 0..3: the last full one is before it
    return quarter_period(today.year - 1, 4) if quarter == 0 else quarter_period(today.year, quarter)


def measure_letter(repeat: int) -> dict[str, float]:
    fonts = default_font_set()
    letter = samples.reply_letter()  # final: number, seal, no 草稿
    return {
        "letter_ms": statistics.median(timed(lambda: render(letter, fonts), repeat)),
        "raw_letter_ms": statistics.median(timed(lambda: raw_letter(letter, fonts), repeat)),
    }


def print_table(figures: dict[str, float], data: BenchData, groups: dict[str, Any]) -> None:
    print(f"{data.cases} cases, {data.open_cases} open  ({data.database})")
    print(f"{'figure':<20} {'value':>10}  target")
    for key in KEYS:
        print(f"{key:<20} {figures[key]:>10.2f}  {TARGETS.get(key, '')}")
    ratios = {
        "startup / bare": figures["startup_s"] / figures["bare_qt_startup_s"],
        "search p95 / raw p50": figures["search_ms_p95"] / figures["raw_search_ms_p50"],
        "search p50 / raw p50": figures["search_ms_p50"] / figures["raw_search_ms_p50"],
        "search p50 / raw page": figures["search_ms_p50"] / figures["raw_page_ms_p50"],
        "search p95 / raw page": figures["search_ms_p95"] / figures["raw_page_ms_p50"],
        "letter / raw": figures["letter_ms"] / figures["raw_letter_ms"],
    }
    for name, ratio in ratios.items():
        print(f"{name:<20} {ratio:>9.2f}x")
    print(f"\n{'search group':<12} {'p50':>8} {'p95':>8} {'raw p50':>8} {'raw page':>9} {'max hits':>9}")
    for group, (p50, p95, raw, page, hits) in groups.items():
        print(f"{group:<12} {p50:>8.2f} {p95:>8.2f} {raw:>8.2f} {page:>9.2f} {hits:>9}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--open", type=int, default=20_000, help="open cases the board is measured with")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (startup), x3 in-process")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--profile", type=Path, help="write pyinstrument profiles into this folder")
    args = parser.parse_args()
    data = prepare(args.cases, args.open)
    profile = Profiler(args.profile)

    figures: dict[str, float] = {}
    figures.update(measure_startup(data, args.repeat))
    db = open_database(DataPaths(data.folder))
    actor = login(db, "admin", PASSWORD)
    repeat = args.repeat * 3
    with profile.part("search"):
        search = measure_search(db, actor, args.repeat)
    figures.update({k: v for k, v in search.items() if k in KEYS})
    with profile.part("board"):
        figures["board_ms"] = statistics.median(timed(lambda: board.build_board(db), repeat))
    with profile.part("report"):
        figures["report_ms"] = report_timings(db, last_quarter(dt.date.today()), repeat)["report_ms"]
    with profile.part("save"):
        figures["save_ms"] = measure_save(db, actor, repeat)
    with profile.part("letter"):
        figures.update(measure_letter(repeat))
    db.dispose()

    figures = {key: round(figures[key], 3 if key.endswith("_s") else 2) for key in KEYS}
    print_table(figures, data, search["groups"])
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
