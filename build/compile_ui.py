"""Compile the Qt Designer files in ui/ into receptionapp/ui/forms/ui_*.py.

Run after editing a .ui file: ``python build/compile_ui.py``. With ``--check``
it compiles to memory and exits 1 if a generated module is missing or stale
(the test suite runs this check).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "ui"
TARGET = ROOT / "receptionapp" / "ui" / "forms"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_one(ui_file: Path) -> str:
    result = subprocess.run(
        [*uic_command(), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    # Drop the generator's header comment (it names the Qt version), keep the code stable.
    lines = result.stdout.splitlines()
    body = [line for line in lines if not line.startswith("##")]
    header = f"# Generated from ui/{ui_file.name} by build/compile_ui.py. Do not edit.\n"
    return header + "\n".join(body).lstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args()
    TARGET.mkdir(parents=True, exist_ok=True)
    init = TARGET / "__init__.py"
    if not init.exists():
        init.write_text('"""Modules generated from ui/*.ui; never edit by hand."""\n', encoding="utf-8")
    stale = []
    for ui_file in sorted(SOURCE.glob("*.ui")):
        target = TARGET / f"ui_{ui_file.stem}.py"
        code = compile_one(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            stale.append(target.name)
            if not args.check:
                target.write_text(code, encoding="utf-8")
    if args.check and stale:
        print("stale generated forms: " + ", ".join(stale) + " (run python build/compile_ui.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
