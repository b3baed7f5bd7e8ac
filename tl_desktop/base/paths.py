"""Where the user's data lives: platformdirs by default, or --data-dir / TL_DESKTOP_DATA."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Tiers-Lieux Desktop"
ENV_DATA_DIR = "TL_DESKTOP_DATA"
DB_FILENAME = "catalogue.tldb"
ENV_DEBUG = "TL_DESKTOP_DEBUG"
# One log for the window and the command line, in the data folder (rotated at 1 MB, 3 kept).
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """Return the data folder: ``override``, else $TL_DESKTOP_DATA, else the user's data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True)


def database_path(folder: Path) -> Path:
    """Return the path of the catalog database inside a data folder."""
    return folder / DB_FILENAME


def cache_dir(folder: Path) -> Path:
    """Return the folder for rebuildable files (map page, thumbnails) inside a data folder."""
    return folder / "cache"


def log_path(folder: Path) -> Path:
    """Return the path of the log file inside a data folder."""
    return folder / "logs" / "tl-desktop.log"


def debugging() -> bool:
    """Return True when $TL_DESKTOP_DEBUG asks for details (tracebacks on the terminal, debug logs)."""
    return os.environ.get(ENV_DEBUG, "").strip() not in ("", "0")
