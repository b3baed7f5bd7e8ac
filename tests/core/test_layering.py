"""The house rules of ../shared/STYLE.md, checked on the source: the core imports no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "tl_desktop"
GUI = {"ui", "views"}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def core_packages() -> list[str]:
    return sorted(p.name for p in PACKAGE.iterdir()
                  if p.is_dir() and (p / "__init__.py").exists() and p.name not in GUI)


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def test_no_core_module_imports_qt():
    for package in core_packages():
        for path in (PACKAGE / package).rglob("*.py"):
            qt = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")}
            assert not qt, f"{path.relative_to(ROOT)} imports {qt}"


def test_every_core_module_lives_in_a_package():
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    assert not loose, f"modules outside any package: {loose}"


def test_import_linter_contracts_cover_every_package():
    qt_free = next(c for c in _contracts() if c["name"].startswith("Le cœur"))
    assert {f"tl_desktop.{p}" for p in core_packages()} == set(qt_free["source_modules"])
    layers = next(c for c in _contracts() if c["type"] == "layers")
    named = {name.strip() for layer in layers["layers"] for name in layer.replace("|", ":").split(":")}
    assert set(core_packages()) | GUI <= named


WRITE_METHODS = ("save", "add", "add_many", "delete", "remove", "restore", "set_", "move", "update", "merge",
                 "unmerge", "reorder", "create", "stage", "publish", "commit", "attach", "detach", "date_if_empty",
                 "purge")


def test_gui_modules_write_only_through_the_operation_runner():
    """A view never writes on its own (read) store: writes go through ops (ui/operations.py) to the writer."""
    import re

    pattern = re.compile(r"self\.(?:_store|store)\.\w+\.(\w+)\(")
    offenders = []
    for folder in GUI:
        for path in (PACKAGE / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                for method in pattern.findall(line):
                    if method.startswith(WRITE_METHODS):
                        offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
