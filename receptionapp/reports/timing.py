"""Timings of the reports for ``benchmarks/run.py`` (not used by the app).

``report_timings(db, period)`` measures, through the same code the screen
and the commands use, the statistics of a period (median of a few runs)
and the Excel and PDF exports, and returns milliseconds.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from receptionapp.db.database import Database
from receptionapp.domain.periods import Period
from receptionapp.reports.export import save_report
from receptionapp.reports.statistics import build_report


def report_timings(db: Database, period: Period, repeat: int = 5) -> dict[str, float]:
    """``report_ms`` (median of ``repeat`` runs), ``xlsx_ms``, ``pdf_ms`` and ``received`` for ``period``."""
    samples = []
    report = None
    for _ in range(repeat):
        started = time.perf_counter()
        report = build_report(db, period)
        samples.append((time.perf_counter() - started) * 1000)
    assert report is not None
    figures = {"received": float(report.figures.received), "report_ms": round(statistics.median(samples), 1)}
    with tempfile.TemporaryDirectory() as folder:
        for suffix in ("xlsx", "pdf"):
            started = time.perf_counter()
            save_report(report, Path(folder) / f"report.{suffix}")
            figures[f"{suffix}_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return figures
