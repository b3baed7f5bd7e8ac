"""The cases of the hostile sweep (``bench/hostile.py``), one module per family."""

from __future__ import annotations

import importlib

from bench.hostile_cases.lab import FAMILIES, REGISTRY, Case

_LOADED = []


def all_cases() -> list[Case]:
    """Every registered case, in family order then as written."""
    if not _LOADED:
        for family, _ in FAMILIES:
            importlib.import_module(f"bench.hostile_cases.{family}")
        _LOADED.append(True)
    order = [f for f, _ in FAMILIES]
    return sorted(REGISTRY, key=lambda c: order.index(c.family))
