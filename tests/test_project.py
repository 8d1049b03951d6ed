"""Project hygiene: generated forms match their .ui files, lint is clean, resources ship."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_forms_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "build" / "compile_ui.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_ui_file_has_a_generated_module() -> None:
    forms = ROOT / "receptionapp" / "ui" / "forms"
    for ui_file in (ROOT / "ui").glob("*.ui"):
        assert (forms / f"ui_{ui_file.stem}.py").is_file(), ui_file.name


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run([str(ruff), "check", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_core_layers_import_no_qt() -> None:
    """Everything but ui runs without Qt (STYLE.md): import every module of those packages."""
    code = (
        "import importlib, pkgutil, sys, receptionapp\n"
        "core = ('domain', 'db', 'services', 'documents', 'reports', 'demo', 'commands')\n"
        "for package in core:\n"
        "    root = importlib.import_module('receptionapp.' + package)\n"
        "    for m in pkgutil.walk_packages(root.__path__, root.__name__ + '.'):\n"
        "        if '.migrations' not in m.name:\n"
        "            importlib.import_module(m.name)\n"
        "import receptionapp.cli\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_resources_ship_fonts_with_licences() -> None:
    from receptionapp.resources import resource

    assert resource("fonts", "wqy-microhei.ttc").stat().st_size > 1_000_000
    assert resource("fonts", "wqy-microhei.LICENSE.txt").is_file()
    assert resource("defaults", "reference.json").is_file()


def test_wheel_carries_forms_resources_and_migrations(tmp_path: Path) -> None:
    """An installed (not editable) app needs all of these inside the wheel."""
    import zipfile

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("receptionapp-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "receptionapp/db/migrations/env.py" in names
    assert "receptionapp/db/migrations/script.py.mako" in names
    assert any(n.startswith("receptionapp/db/migrations/versions/0001") for n in names)
    assert "receptionapp/resources/fonts/wqy-microhei.ttc" in names
    assert "receptionapp/resources/defaults/reference.json" in names
    assert "receptionapp/resources/templates/reply.txt" in names
    assert "receptionapp/resources/fonts/NotoSerifSC-Regular-TT.ttf" in names
    assert "receptionapp/resources/seals/demo-seal.png" in names
    assert "receptionapp/ui/forms/ui_main_window.py" in names
    assert not any(n.startswith(("tests/", "build/")) for n in names)
