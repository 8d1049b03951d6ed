"""The structure ARCHITECTURE.md describes, checked: feature packages in one order, no import circles.

Read from the source with ``ast`` (nothing is imported): every ``import`` of a
``receptionapp`` module counts, at module level, inside a function (a lazy
import is still a runtime dependency) and under ``TYPE_CHECKING``. A module
that needs another one's piece either gets it passed in (a Protocol, a small
dataclass, a callable) or the piece moves to where both can import it.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "receptionapp"
# services' feature packages, lowest first: each may use the ones before it, never one after.
FEATURES = ("deadlines", "cases", "workflow", "reception", "letters", "papers", "ledger", "admin")
GENERATED = ("receptionapp/ui/forms/", "receptionapp/db/migrations/")
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> dict[str, Path]:
    return {
        module_name(path): path
        for path in PACKAGE.rglob("*.py")
        if not any(path.relative_to(ROOT).as_posix().startswith(g) for g in GENERATED)
    }


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The receptionapp modules ``path`` imports (a name imported from a package counts as its module)."""
    found: set[str] = set()
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rsplit(".", 1)[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("receptionapp"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], base])
            if base.startswith("receptionapp"):
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    found.add(submodule if submodule in known else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {name for name in found if name in known}


def graph() -> dict[str, set[str]]:
    modules = sources()
    known = set(modules)
    return {name: imports_of(path, known) - {name} for name, path in modules.items()}


def test_no_import_circle() -> None:
    edges = graph()
    # Tarjan's strongly connected components: any component of two or more modules is a circle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges[node]):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    assert circles == [], circles


def _feature(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "services" and parts[2] in FEATURES:
        return parts[2]
    return None


def test_service_packages_use_only_lower_ones() -> None:
    wrong = []
    for module, targets in graph().items():
        if not module.startswith("receptionapp.services"):
            continue
        mine = _feature(module)
        for target in targets:
            theirs = _feature(target)
            if theirs is None or theirs == mine:
                continue
            if mine is None:
                wrong.append(f"{module} (kernel) imports {target}")
            elif FEATURES.index(theirs) > FEATURES.index(mine):
                wrong.append(f"{module} imports {target}, a package after {mine}")
    assert wrong == []


def test_services_top_level_is_the_kernel() -> None:
    kernel = {
        "access", "attachments", "audit", "changes", "chosen_paths", "context", "drafts", "faults",
        "numbering", "reference", "settings", "shared_files",
    }  # fmt: skip
    services = PACKAGE / "services"
    modules = {p.stem for p in services.glob("*.py") if p.stem != "__init__"}
    packages = {p.name for p in services.iterdir() if (p / "__init__.py").is_file()}
    assert modules == kernel
    assert packages == set(FEATURES)


def test_no_module_over_500_lines() -> None:
    long = {
        name: n
        for name, path in sources().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
