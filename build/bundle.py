"""Build the one-folder bundle with PyInstaller, and on Windows the installer.

    python build/bundle.py [--out build-out] [--check]

Runs ``build/receptionapp.spec`` with PyInstaller's work and dist folders
under ``--out`` (default ``build-out/`` at the top of the checkout; never
inside ``build/``, which holds only recipes). The bundle ends up in
``<out>/dist/receptionapp/`` with ``receptionapp`` (the window) and
``receptionapp-cli`` (the commands). On Windows, when Inno Setup's ``ISCC``
is on PATH, ``build/receptionapp.iss`` then makes
``<out>/installer/receptionapp-setup-<version>.exe``.

``--check`` then starts the bundle the way a new PC does: ``selftest``
(Qt platform, fonts, QtPdf, QtCharts), a fresh database in a new data
folder (``demo-data --cases 20``, which runs every migration) and
``check``; it exits non-zero if any of them fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "receptionapp.spec"
ISS = ROOT / "build" / "receptionapp.iss"


def build(out: Path) -> Path:
    """Run PyInstaller; returns the bundle folder."""
    out = out.resolve()
    if out == ROOT / "build" or (ROOT / "build") in out.parents:
        raise SystemExit("build output must not go into build/ (it holds only the recipes)")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(out / "work"),
        "--distpath",
        str(out / "dist"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    return out / "dist" / "receptionapp"


def program(bundle: Path, name: str) -> Path:
    return bundle / (name + (".exe" if sys.platform == "win32" else ""))


def check(bundle: Path) -> list[str]:
    """Start the bundle on a fresh data folder; returns the failures (empty: all good)."""
    cli = program(bundle, "receptionapp-cli")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the checkout
    failures = []
    with tempfile.TemporaryDirectory(prefix="receptionapp-bundle-") as folder:
        data = str(Path(folder) / "data")
        steps = (
            ["selftest"],
            ["demo-data", "--cases", "20", "--data-dir", data],
            ["check", "--data-dir", data],
            ["audit", "verify", "--data-dir", data],
        )
        for step in steps:
            done = subprocess.run(
                [str(cli), *step], env=env, cwd=folder, capture_output=True, text=True, timeout=300
            )
            print(f"$ receptionapp-cli {' '.join(step)}\n{done.stdout}{done.stderr}".rstrip())
            if done.returncode != 0:
                failures.append(f"{' '.join(step)}: exit {done.returncode}")
    return failures


def installer(bundle: Path, out: Path) -> Path | None:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if sys.platform != "win32" or iscc is None:
        return None
    from receptionapp import __version__

    subprocess.run(
        [
            iscc,
            f"/DBundleDir={bundle}",
            f"/DOutDir={out / 'installer'}",
            f"/DAppVersion={__version__}",
            str(ISS),
        ],
        check=True,
    )
    return out / "installer" / f"receptionapp-setup-{__version__}.exe"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build-out", help="work and dist folders")
    parser.add_argument("--check", action="store_true", help="start the bundle on a fresh database")
    parser.add_argument("--skip-build", action="store_true", help="only --check an existing bundle")
    args = parser.parse_args()
    bundle = args.out.resolve() / "dist" / "receptionapp" if args.skip_build else build(args.out)
    print(f"bundle: {bundle}")
    if not args.skip_build:
        made = installer(bundle, args.out.resolve())
        if made is not None:
            print(f"installer: {made}")
    if args.check:
        failures = check(bundle)
        if failures:
            print("bundle check failed: " + "; ".join(failures), file=sys.stderr)
            return 1
        print("bundle check passed")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
