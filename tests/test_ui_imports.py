"""No import circle between the modules of ``receptionapp.ui``.

Every import counts: at the top of a module, inside a function (imported
when first used) and under ``TYPE_CHECKING``. A module that needs another
one's piece either gets it passed in (a Protocol, a small dataclass, a
callable) or the piece moves to where both can import it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import receptionapp.ui

ROOT = Path(receptionapp.ui.__file__).parent
PREFIX = "receptionapp.ui"


def _modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        if "forms" in path.relative_to(ROOT).parts:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join((PREFIX, *parts))
        found[name.removesuffix(".__init__")] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The ui modules ``path`` imports, wherever the import stands."""

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    targets: set[str | None] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets |= {known(alias.name) for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets.add(known(node.module))
            targets |= {known(f"{node.module}.{alias.name}") for alias in node.names}
    return {t for t in targets if t is not None and t.startswith(PREFIX) and t != PREFIX}


def test_no_import_circle_in_the_ui() -> None:
    modules = _modules()
    graph = {name: _imports(path, modules) - {name} for name, path in modules.items()}
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert circles == [], "\n".join(" -> ".join(c) for c in circles)
