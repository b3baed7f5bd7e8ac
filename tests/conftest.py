"""Shared test set-up: no test touches the real user folders; GUI tests run offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")   # CI runs as root
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-background-networking")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Point HOME, XDG folders and the app's data folder at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("TL_DESKTOP_DATA", str(home / "data"))
    return home


@pytest.fixture
def store(tmp_path):
    """A fresh, empty catalog in a temporary folder."""
    from tl_desktop.store import Store

    with Store(tmp_path / "catalogue.tldb") as s:
        yield s
