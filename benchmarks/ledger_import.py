"""Timed import of a large ledger (not part of the test suite).

    python benchmarks/ledger_import.py --rows 50000 [--existing 20000] [--csv] [--json out.json]

Writes a realistic ledger once into benchmarks/data/ledger-<N>.xlsx (and .csv)
with openpyxl in normal mode (shared strings and a <dimension>, as Excel
saves), then into a fresh database (optionally holding ``--existing`` demo
cases first) measures, through the same service code the wizard uses:

- ``read_s``: reading the file and finding the header;
- ``dry_run_s``: the dry run (reading every row, matching people);
- ``wizard_import_s``: the import after that dry run (it reuses the dry run's plan);
- ``cli_import_s``: the import alone, as ``receptionapp import`` runs it (reads every row
  again inside its transaction), on a second fresh database;
- ``rss_mb``: peak memory of this process.

Each figure is wall time; ``*_cpu_s`` is this process's CPU time, which a
busy machine does not inflate.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from receptionapp.demo.generate import generate_demo_cases  # noqa: E402
from receptionapp.domain.ledger_fields import LedgerMapping, guess_mapping  # noqa: E402
from receptionapp.paths import DataPaths  # noqa: E402
from receptionapp.services.admin import setup  # noqa: E402
from receptionapp.services.admin.bootstrap import open_database  # noqa: E402
from receptionapp.services.admin.check import check_database  # noqa: E402
from receptionapp.services.ledger.files import read_ledger  # noqa: E402
from receptionapp.services.ledger.importer import preview, run_import  # noqa: E402
from receptionapp.services.ledger.plan import RowStatus  # noqa: E402
from tests.ledger_samples import HEADERS, big_lines, write_csv  # noqa: E402


def make_files(rows: int) -> tuple[Path, Path]:
    folder = ROOT / "data"
    folder.mkdir(exist_ok=True)
    xlsx, csv_path = folder / f"ledger-{rows}.xlsx", folder / f"ledger-{rows}.csv"
    if xlsx.is_file() and csv_path.is_file():
        return xlsx, csv_path
    from openpyxl import Workbook

    lines = big_lines(rows)
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["历年信访事项登记台账"])
    ws.append(HEADERS)
    for line in lines:
        ws.append([line.get(h) for h in HEADERS])
    for row in ws.iter_rows(min_row=3, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm-dd hh:mm"
    wb.save(xlsx)
    write_csv(csv_path, "gb18030", lines)
    return xlsx, csv_path


def clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = clock()
    return round(wall - start[0], 2), round(cpu - start[1], 2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50000)
    parser.add_argument("--existing", type=int, default=0, help="demo cases in the database first")
    parser.add_argument("--csv", action="store_true", help="import the CSV instead of the workbook")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    xlsx, csv_path = make_files(args.rows)
    path = csv_path if args.csv else xlsx
    figures: dict[str, object] = {"rows": args.rows, "file": path.name, "existing": args.existing}
    start = clock()
    table = read_ledger(path)
    figures["read_s"], figures["read_cpu_s"] = since(start)
    mapping = LedgerMapping.from_columns(guess_mapping(table.labels), table.labels)
    for flow in ("wizard", "cli"):
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(DataPaths(Path(folder)).ensure())
            actor = setup.initialize(db, "示例市教育局", "admin", "系统管理员", "admin12345")
            if args.existing:
                generate_demo_cases(db, actor, args.existing)
            plan = None
            if flow == "wizard":  # dry run, then the import reuses its plan
                start = clock()
                plan = preview(db, table, mapping)
                counts = dict(plan.summary.counts)
                figures["summary"] = plan.summary.lines()
                figures["dry_run_s"], figures["dry_run_cpu_s"] = since(start)
            start = clock()
            done = run_import(db, actor, table, mapping, plan=plan)
            figures[f"{flow}_import_s"], figures[f"{flow}_import_cpu_s"] = since(start)
            assert counts == done.counts, "dry run and import disagree"
            figures["imported"] = done.count(RowStatus.NEW)
            if flow == "cli":
                start = clock()
                figures["check_problems"] = check_database(db)
                figures["check_s"], _ = since(start)
            db.dispose()
    figures["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
