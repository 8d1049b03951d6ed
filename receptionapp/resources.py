"""Locate the files shipped in ``resources/`` (fonts, rules, templates).

In a source checkout or an editable install they sit in the top-level
``resources/`` folder; in a wheel they are copied into the package as
``receptionapp/resources``; in a PyInstaller bundle they sit next to the
package inside the bundle. This module hides the difference.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found next to the receptionapp package")


def resource(*parts: str) -> Path:
    """Return the path of a shipped resource file."""
    return resources_dir().joinpath(*parts)
