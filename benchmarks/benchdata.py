"""The benchmark database: 200,000 demo cases made by ``receptionapp demo-data``, reused.

``prepare(cases, open_cases)`` fills ``benchmarks/data/<cases>/`` (git-ignored)
in two runs of the real command: most cases spread over three years (nearly
all closed by now), then a busy last six weeks that leaves at least
``open_cases`` cases open, as the board benchmark needs. A ``ready.json``
marker records what was made; a half-made folder is made again.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent
PASSWORD = "admin12345"  # what demo-data sets on a fresh database
RECENT_DAYS = 45
# Share of cases received in the last 45 days still open today (measured on demo data: 0.59).
OPEN_SHARE = 0.55


@dataclass(frozen=True)
class BenchData:
    folder: Path
    cases: int
    open_cases: int

    @property
    def database(self) -> Path:
        return self.folder / "receptionapp.sqlite3"


def _demo(folder: Path, cases: int, seed: int, days: int | None = None) -> None:
    command = [sys.executable, "-m", "receptionapp", "demo-data", "--data-dir", str(folder)]
    command += ["--cases", str(cases), "--seed", str(seed)]
    if days is not None:
        command += ["--days", str(days)]
    print(" ".join(command[1:]), file=sys.stderr)
    subprocess.run(command, check=True, cwd=ROOT.parent)


def _count_open(database: Path) -> tuple[int, int]:
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM cases")).scalar_one()
        still_open = conn.execute(
            text("SELECT count(*) FROM cases WHERE status IN ('registered', 'in_progress', 'replied')")
        ).scalar_one()
    engine.dispose()
    return int(total), int(still_open)


def prepare(cases: int, open_cases: int) -> BenchData:
    folder = ROOT / "data" / str(cases)
    marker = folder / "ready.json"
    if marker.exists():
        made = json.loads(marker.read_text(encoding="utf-8"))
        if made.get("open_wanted") == open_cases:
            return BenchData(folder, made["cases"], made["open_cases"])
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    recent = min(cases, round(open_cases / OPEN_SHARE))
    if cases > recent:
        _demo(folder, cases - recent, seed=cases)
    _demo(folder, recent, seed=cases + 1, days=RECENT_DAYS)
    total, still_open = _count_open(folder / "receptionapp.sqlite3")
    made = {
        "cases": total,
        "open_cases": still_open,
        "open_wanted": open_cases,
        "generated_s": round(time.perf_counter() - started, 1),
    }
    marker.write_text(json.dumps(made, indent=2), encoding="utf-8")
    print(f"generated {total} cases ({still_open} open) in {made['generated_s']} s", file=sys.stderr)
    return BenchData(folder, total, still_open)


if __name__ == "__main__":
    prepare(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000, 20_000)
