"""Where the files shipped with the application live (source tree or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder of shipped resources (reference data, map assets, demo data)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """Return the path of one shipped resource file."""
    return resources_dir().joinpath(*parts)
