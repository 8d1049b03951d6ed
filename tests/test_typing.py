"""Type checking as part of the suite, like the lint in test_project.

The configuration is ``[tool.mypy]`` in pyproject.toml: strict by default,
looser in ``receptionapp.ui``. The strict gate checks the packages listed in
its ``files``; a package joins the gate by being added there once it is
clean. mypy keeps its cache in ``.mypy_cache``, so a second run takes a
second or two.

The ui check is the same call with ``receptionapp/ui`` as its argument (a
path on the command line replaces ``files``; imports are followed silently,
so it reports ui's own errors, under the looser ``receptionapp.ui.*``
override; the generated ``forms`` stay excluded).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_strict_packages_type_check() -> None:
    result = mypy()
    assert result.returncode == 0, result.stdout + result.stderr


def test_ui_type_checks() -> None:
    result = mypy("receptionapp/ui")
    assert result.returncode == 0, result.stdout + result.stderr
