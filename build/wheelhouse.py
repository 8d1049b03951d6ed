"""Gather everything a PC without internet needs to install the app with pip (Windows, Python 3.11).

On a connected machine (any OS):

    python build/wheelhouse.py --out wheelhouse-win

builds the app's own wheel and downloads every dependency as a Windows
(win_amd64, CPython 3.11) wheel into ``--out``, then copies
``build/install-offline.bat`` beside them. On the offline PC, with Python
3.11 installed, run ``install-offline.bat`` from that folder: it makes a
virtual environment in ``%LOCALAPPDATA%\\Programs\\receptionapp`` and
installs from the folder only (``pip install --no-index``), then puts a
shortcut on the desktop.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLATFORM = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp"]


def gather(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip"]
    # The app itself: pure Python, so one wheel serves every platform.
    subprocess.run([*pip, "wheel", "--no-deps", "--wheel-dir", str(out), str(ROOT)], check=True)
    wheel = max(out.glob("receptionapp-*.whl"), key=lambda p: p.stat().st_mtime)
    # Its dependencies (and theirs), as the Windows wheels pip would pick on the offline PC.
    subprocess.run(
        [*pip, "download", *PLATFORM, "--only-binary=:all:", "--dest", str(out), str(wheel)], check=True
    )
    shutil.copy2(ROOT / "build" / "install-offline.bat", out / "install-offline.bat")
    return sorted(out.glob("*.whl"))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build-out" / "wheelhouse-win")
    args = parser.parse_args()
    wheels = gather(args.out)
    size = sum(p.stat().st_size for p in wheels) / 1e6
    print(f"{len(wheels)} wheels, {size:.0f} MB in {args.out}; copy the folder to the offline PC")
    print("and run install-offline.bat there (Python 3.11 must be installed).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
