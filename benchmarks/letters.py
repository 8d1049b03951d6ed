"""Timed runs of the letter workflow through the services (not part of the test suite).

    python benchmarks/letters.py [--letters 20] [--json figures.json]

In a fresh data folder with the bureau's certificate and seal, for each of
``--letters`` cases with a unit's reply: draft the reply letter from the
case, save the office's edit, approve and sign it as the leader, read the
final PDF back and verify it against signature and register. Reports the
median milliseconds of each step (warm, after the first letter) and the
first approval (cold: fonts load, pyHanko imports).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from receptionapp.documents.templates import LetterType  # noqa: E402
from receptionapp.domain.roles import Role  # noqa: E402
from receptionapp.paths import DataPaths  # noqa: E402
from receptionapp.resources import resource  # noqa: E402
from receptionapp.services.admin import setup  # noqa: E402
from receptionapp.services.admin.bootstrap import open_database  # noqa: E402
from receptionapp.services.letters import approval as letter_approval  # noqa: E402
from receptionapp.services.letters import keys as letter_keys  # noqa: E402
from receptionapp.services.letters import settings as letter_settings  # noqa: E402
from receptionapp.services.letters import verify as letter_verify  # noqa: E402
from receptionapp.services.letters.drafting import draft_letter, save_draft  # noqa: E402
from receptionapp.services.letters.records import get_letter  # noqa: E402
from receptionapp.services.letters.rendering import letter_pdf  # noqa: E402
from tests.letterkit import Bureau, complete_text, replied_case  # noqa: E402
from tests.test_workflow import add_user  # noqa: E402


def run(count: int) -> dict[str, float]:
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="letters-bench-")) / "data").ensure()
    db = open_database(paths)
    admin = setup.initialize(db, "某市教育局", "admin", "系统管理员", "secret123")
    users = {
        r: add_user(db, r.value, r, "基础教育处" if r is Role.HANDLER else None)
        for r in Role
        if r is not Role.ADMIN
    }
    letter_settings.save_settings(db, admin, review_body="某市人民政府")
    letter_keys.set_image(db, admin, paths, letter_keys.SEAL, resource("seals", "demo-seal.png"))
    letter_keys.create_certificate(db, admin, paths)
    b = Bureau(
        db, paths, admin, users[Role.LEADER], users[Role.OFFICE], users[Role.CLERK], users[Role.HANDLER]
    )
    steps: dict[str, list[float]] = {"draft_ms": [], "save_ms": [], "approve_ms": [], "verify_ms": []}
    for _ in range(count):
        case_id = replied_case(b)
        started = time.perf_counter()
        letter_id = draft_letter(db, b.office, case_id, LetterType.REPLY)
        drafted = time.perf_counter()
        save_draft(db, b.office, letter_id, complete_text(get_letter(db, letter_id).text))
        saved = time.perf_counter()
        letter_approval.approve_letter(db, b.leader, paths, letter_id)
        approved = time.perf_counter()
        assert letter_verify.verify_bytes(db, letter_pdf(db, paths, letter_id)).valid
        verified = time.perf_counter()
        for key, ms in zip(
            steps, (drafted - started, saved - drafted, approved - saved, verified - approved), strict=True
        ):
            steps[key].append(ms * 1000)
    figures = {"first_approve_ms": steps["approve_ms"][0]}
    figures.update({key: statistics.median(values[1:] or values) for key, values in steps.items()})
    db.dispose()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    figures = run(args.letters)
    for key, value in figures.items():
        print(f"{key:>18}: {value:8.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
