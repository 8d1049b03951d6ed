"""The register's search on PostgreSQL, timed on a large database (not part of the tests).

    receptionapp demo-data --cases 200000 --db-url postgresql+psycopg://USER@HOST/DB
    python benchmarks/pg_search.py --db-url postgresql+psycopg://USER@HOST/DB [--trgm] [--json FILE]

For 2-, 3- and 4-character Chinese words, names, ID numbers, phone prefixes
and case numbers it times, in the same run, the search as the GUI does it
(count + first page of 200, through services.cases) and the bare index query
(count + 200 ids from ``case_search``), and prints p50/p95 per group with
the plan PostgreSQL chose. ``--trgm`` also builds a pg_trgm index on the
same body text and shows why it cannot serve two-character queries.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select, text

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from receptionapp.db.database import Database  # noqa: E402
from receptionapp.db.models import Case, Person  # noqa: E402
from receptionapp.db.search import pg_matching_ids  # noqa: E402
from receptionapp.services.cases.listing import CaseFilter, count_cases, list_cases  # noqa: E402

GROUPS = {
    # Common and rare words of the demo texts, and some that never occur.
    "2字": ["收费", "补课", "教师", "食堂", "入学", "学位", "午餐", "校服"],
    "3字": ["资料费", "班主任", "退休教", "校车安", "乱收费", "学区房"],
    "4字": ["绩效工资", "校外培训", "体罚学生", "职称评定", "安全隐患", "违规补课"],
}
REPEAT = 7


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def timed(fn) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--trgm", action="store_true", help="also compare a pg_trgm index")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    db = Database(args.db_url)
    with db.read() as session:
        total = session.scalar(text("SELECT count(*) FROM cases"))
        people = session.execute(
            select(Person.name, Person.id_number, Person.phone)
            .where(Person.id_number.is_not(None), Person.id % 997 == 0)
            .limit(6)
        ).all()
        numbers = list(session.scalars(select(Case.number).where(Case.id % 9973 == 0).limit(6)))
    groups = dict(GROUPS)
    groups["姓名"] = [p.name for p in people]
    groups["身份证号"] = [p.id_number for p in people]
    groups["电话前7位"] = [p.phone[:7] for p in people]
    groups["事项编号"] = numbers

    def ui_search(term: str) -> None:
        flt = CaseFilter(text=term)
        count_cases(db, flt)
        list_cases(db, flt, limit=200)

    def raw_search(term: str) -> None:
        ids = pg_matching_ids(term).subquery()
        with db.engine.connect() as conn:
            conn.execute(select(text("count(*)")).select_from(ids)).scalar()
            conn.execute(select(text("*")).select_from(ids).limit(200)).all()

    print(f"{total} cases")
    print(f"{'group':<10} {'ui p50':>8} {'ui p95':>8} {'raw p50':>8} {'raw p95':>8} {'hits':>7}  plan")
    figures: dict[str, dict[str, float]] = {}
    all_ui: list[float] = []
    all_raw: list[float] = []
    for group, terms in groups.items():
        ui: list[float] = []
        raw: list[float] = []
        hits = []
        for term in terms:
            ui_search(term)  # warm
            ui += timed(lambda t=term: ui_search(t))
            raw += timed(lambda t=term: raw_search(t))
            hits.append(count_cases(db, CaseFilter(text=term)))
        with db.engine.connect() as conn:
            literal = {"literal_binds": True}
            compiled = pg_matching_ids(terms[0]).compile(dialect=conn.dialect, compile_kwargs=literal)
            plan = " / ".join(
                line.strip() for line in conn.execute(text(f"EXPLAIN {compiled}")).scalars() if "Scan" in line
            )
        all_ui += ui
        all_raw += raw
        figures[group] = {
            "ui_p50": round(statistics.median(ui), 1),
            "ui_p95": round(percentile(ui, 0.95), 1),
            "raw_p50": round(statistics.median(raw), 1),
            "raw_p95": round(percentile(raw, 0.95), 1),
            "median_hits": statistics.median(hits),
        }
        f = figures[group]
        print(
            f"{group:<10} {f['ui_p50']:>8} {f['ui_p95']:>8} {f['raw_p50']:>8} {f['raw_p95']:>8} "
            f"{int(f['median_hits']):>7}  {plan[:90]}"
        )
    figures["all"] = {
        "ui_p50": round(statistics.median(all_ui), 1),
        "ui_p95": round(percentile(all_ui, 0.95), 1),
        "raw_p50": round(statistics.median(all_raw), 1),
        "raw_p95": round(percentile(all_raw, 0.95), 1),
    }
    print("all        ", figures["all"])

    if args.trgm:
        with db.write_engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            conn.execute(text("CREATE INDEX bench_trgm ON case_search USING gin (body gin_trgm_ops)"))
            conn.execute(text("ANALYZE case_search"))
            for term in ("收费", "资料费", "绩效工资"):
                sql = f"SELECT count(*) FROM case_search WHERE body LIKE '%{term}%'"
                plan = " / ".join(line.strip() for line in conn.execute(text("EXPLAIN " + sql)).scalars())
                started = time.perf_counter()
                conn.execute(text(sql)).scalar()
                took = (time.perf_counter() - started) * 1000
                print(f"pg_trgm LIKE '%{term}%': {took:.1f} ms  {plan[:110]}")
            conn.execute(text("DROP INDEX bench_trgm"))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
