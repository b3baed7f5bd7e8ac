"""The cases of the hostile sweep (``bench/hostile.py``): every module here but the workbench registers some."""

from __future__ import annotations

import importlib
import pkgutil

from bench.hostile_cases.lab import FAMILIES, REGISTRY, Case

_LOADED = []
_NOT_CASES = {"lab", "worker", "gui_kit", "samples"}


def all_cases() -> list[Case]:
    """Every registered case, in family order then as written (modules in name order)."""
    if not _LOADED:
        for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name not in _NOT_CASES):
            importlib.import_module(f"bench.hostile_cases.{module}")
        _LOADED.append(True)
    order = [f for f, _ in FAMILIES]
    return sorted(REGISTRY, key=lambda c: order.index(c.family))
