"""Timed runs on large generated data (not part of the test suite).

    python benchmarks/run.py --cases 200000 --json figures.json

Generates the data once into benchmarks/data/<N>/ (reused on later runs),
then measures, through the same service code the GUI uses:

- ``search_ms_p50`` / ``search_ms_p95``: the register's search (count + first
  page) for 2-, 3- and 4-character Chinese words, names, ID numbers, phones;
- ``raw_search_ms_p50``: the bare FTS5 query for the same terms;
- ``save_ms``: registering one case through the service (commit included);
- ``page_ms``: one page of 200 register rows deep in the list (keyset);
- ``rss_mb``: peak memory of this process.

Each paired figure is measured in the same run; the table prints the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select, text

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from receptionapp.db.models import Case, Person  # noqa: E402
from receptionapp.domain.case import PetitionerInput, RegistrationInput  # noqa: E402
from receptionapp.domain.channels import Channel  # noqa: E402
from receptionapp.domain.textsearch import fts_query  # noqa: E402
from receptionapp.paths import DataPaths  # noqa: E402
from receptionapp.services import cases, intake, setup  # noqa: E402
from receptionapp.services.auth import login  # noqa: E402
from receptionapp.services.bootstrap import open_database  # noqa: E402
from receptionapp.services.demo import generate_demo_cases  # noqa: E402

PASSWORD = "admin12345"  # what demo-data sets on a fresh database
WORDS = ["收费", "补课", "教师", "食堂", "入学", "乱收费", "资料费", "绩效工资", "校外培训", "体罚学生"]


def timed(fn, repeat: int = 7) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), samples


def prepare(count: int) -> tuple[object, object]:
    paths = DataPaths(ROOT / "data" / str(count)).ensure()
    db = open_database(paths)
    if not setup.is_initialized(db):
        setup.initialize(db, "基准测试市教育局", "admin", "管理员", PASSWORD)
    actor = login(db, "admin", PASSWORD)
    have = cases.count_cases(db, cases.CaseFilter())
    if have < count:
        started = time.perf_counter()
        print(f"generating {count - have} cases ...", file=sys.stderr)
        generate_demo_cases(db, actor, count - have, seed=count + have)
        print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return db, actor


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    db, actor = prepare(args.cases)

    with db.read() as session:  # type: ignore[attr-defined]
        person = session.execute(
            select(Person.name, Person.id_number, Person.phone).where(Person.id_number.is_not(None)).limit(1)
        ).one()
        number = session.scalar(select(Case.number).order_by(Case.id.desc()).limit(1))
    terms = [*WORDS, person.name, person.id_number, person.phone[:7], number]

    def ui_search(term: str) -> None:
        flt = cases.CaseFilter(text=term)
        cases.count_cases(db, flt)
        cases.list_cases(db, flt, limit=200)

    def raw_search(term: str) -> None:
        with db.engine.connect() as conn:  # type: ignore[attr-defined]
            match = fts_query(term)
            conn.execute(
                text("SELECT count(*) FROM case_search WHERE case_search MATCH :m"), {"m": match}
            ).scalar()
            conn.execute(
                text("SELECT rowid FROM case_search WHERE case_search MATCH :m LIMIT 200"), {"m": match}
            ).all()

    ui_samples: list[float] = []
    raw_samples: list[float] = []
    for term in terms:
        ui_samples += timed(lambda t=term: ui_search(t), 5)[1]
        raw_samples += timed(lambda t=term: raw_search(t), 5)[1]
    ui_sorted = sorted(ui_samples)

    # A deep page: start after a row far down the list.
    deep = cases.list_cases(db, cases.CaseFilter(), limit=1, after=None)[0]
    for _ in range(5):
        page = cases.list_cases(db, cases.CaseFilter(), limit=2000, after=deep.sort_key)
        deep = page[-1]
    page_ms, _ = timed(lambda: cases.list_cases(db, cases.CaseFilter(), limit=200, after=deep.sort_key))

    walk_in = RegistrationInput(
        channel=Channel.VISIT,
        received_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=1),
        petitioners=[PetitionerInput(name="基准测试", id_number="11010519491231002X", phone="13812345678")],
        category="教育收费",
        region="城东区",
        problem="学校以资料费名义向学生收取费用。",
        demand="请求退还。",
    )
    save_ms, _ = timed(lambda: intake.register_case(db, actor, walk_in), 15)

    figures = {
        "cases": args.cases,
        "search_ms_p50": round(statistics.median(ui_samples), 2),
        "search_ms_p95": round(ui_sorted[int(len(ui_sorted) * 0.95) - 1], 2),
        "raw_search_ms_p50": round(statistics.median(raw_samples), 2),
        "page_ms": round(page_ms, 2),
        "save_ms": round(save_ms, 2),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    ratio = figures["search_ms_p50"] / max(figures["raw_search_ms_p50"], 0.001)
    print(f"{'search p50 / raw p50':<{width}}  {ratio:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    db.dispose()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
