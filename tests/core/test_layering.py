"""The house rules of ../shared/STYLE.md, checked on the source: the core imports no Qt."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "tl_desktop"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def core_modules() -> list[str]:
    return sorted(f"tl_desktop.{p.stem}" for p in PACKAGE.glob("*.py")
                  if p.stem not in ("__init__", "__main__"))


def test_no_core_module_imports_qt():
    for module in core_modules():
        path = PACKAGE / (module.split(".")[1] + ".py")
        qt = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")}
        assert not qt, f"{module} imports {qt}"


def test_import_linter_contract_covers_every_core_module():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["name"].startswith("Le cœur"))
    assert set(core_modules()) <= set(contract["source_modules"])
