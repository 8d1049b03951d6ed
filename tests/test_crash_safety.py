"""Kill -9 during heavy writes, again and again: the database stays sound and keeps every commit.

A child process registers cases one transaction each and prints each number
after its commit; the test kills it (SIGKILL on POSIX, TerminateProcess on
Windows) at a random moment, then checks the database the way
``receptionapp check`` does and looks for every printed number. One more
round kills ``receptionapp demo-data`` in the middle of its bulk batch. The
whole test is bounded by a time budget, so it fits in CI.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.services.admin import setup
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.admin.check import check_database

ROOT = Path(__file__).resolve().parent.parent
BUDGET_SECONDS = 40
MIN_ROUNDS = 4
MAX_ROUNDS = 12


def _child(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )


def _numbers_in(database: Path) -> set[str]:
    with sqlite3.connect(database) as conn:
        return {row[0] for row in conn.execute("SELECT number FROM cases")}


def _check(paths: DataPaths) -> list[str]:
    db = Database(paths.sqlite_url)  # as found: no migration, no repair
    try:
        return check_database(db)
    finally:
        db.dispose()


def test_sigkill_during_writes_loses_no_commit(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths)
    setup.initialize(db, "某市教育局", "admin", "管理员", "secret123")
    db.dispose()
    rng = random.Random(20261125)
    committed: set[str] = set()
    started = time.monotonic()
    rounds = 0
    while rounds < MAX_ROUNDS and (rounds < MIN_ROUNDS or time.monotonic() - started < BUDGET_SECONDS):
        rounds += 1
        child = _child("-m", "tests.crash_writer", str(paths.root))
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # Let it commit a random number of cases, then kill it at a random point of the next ones.
        for _ in range(rng.randint(1, 25)):
            line = child.stdout.readline().strip()
            assert line, "the writer stopped on its own"
            committed.add(line)
        time.sleep(rng.uniform(0, 0.03))
        child.kill()
        child.wait(timeout=30)
        committed |= {line.strip() for line in child.stdout.read().splitlines() if line.strip()}
        child.stdout.close()

        assert _check(paths) == [], f"round {rounds}"
        present = _numbers_in(paths.database)
        assert committed <= present, f"round {rounds} lost {sorted(committed - present)[:5]}"
    assert rounds >= MIN_ROUNDS and len(committed) >= rounds

    # The operator's own command agrees.
    result = subprocess.run(
        [sys.executable, "-m", "receptionapp", "check", "--data-dir", str(paths.root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_sigkill_during_demo_data_bulk_batch(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    child = _child("-m", "receptionapp", "demo-data", "--data-dir", str(folder), "--cases", "3000")
    assert child.stdout is not None
    # The first line is printed once the database is set up; the batch is being written after it.
    assert "已初始化" in child.stdout.readline()
    time.sleep(random.Random(7).uniform(0.2, 1.0))
    child.kill()
    child.wait(timeout=30)
    child.stdout.close()
    paths = DataPaths(folder)
    assert _check(paths) == []
    with sqlite3.connect(paths.database) as conn:
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert cases in (0, 3000)  # one batch: all of it or nothing
