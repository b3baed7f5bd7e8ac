"""The window's start-up: what it leaves for later (the map's engine, the importers…), and what it
says of a catalog it cannot open."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Loaded on first use: Qt WebEngine (the map, created once the window is shown), the importers
# (a menu), the site form (its dock is hidden at start), duplicate detection (rapidfuzz: a dialog,
# a new site's check), folium and numpy (no longer used by the app at all), reportlab and Pillow
# (a PDF, a photo), logging.handlers (socket, pickle: the log file opens at its first record), the
# visit grid's code (a visit), the About dialog, the import wizard, the preferences, a document's
# options and translations (ElementTree reads the .ts for the documents).
LATER = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "tl_desktop.io.importing", "tl_desktop.io.demo",
         "tl_desktop.views.site_form", "tl_desktop.io.duplicates", "rapidfuzz", "tl_desktop.views.map_view",
         "folium", "numpy", "reportlab", "PIL", "logging.handlers", "tl_desktop.domain.grid",
         "tl_desktop.ui.about_dialog", "tl_desktop.ui.import_wizard",
         "tl_desktop.ui.preferences_dialog", "tl_desktop.ui.export_options", "xml.etree.ElementTree")


def test_the_start_up_path_leaves_the_map_engine_and_importers_for_later():
    code = ("import sys; import tl_desktop.__main__, tl_desktop.ui.app; "
            "from tl_desktop.cli import build_parser; build_parser(); "
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_catalog_that_cannot_open_is_said_and_no_window_is_built(qapp, tmp_path, monkeypatch):
    # The store opens before the QApplication is set up (its first list is read meanwhile); a
    # failure is still shown as a French message once Qt can show one.
    from tl_desktop.ui import app as app_module

    data = tmp_path / "d"
    data.mkdir()
    (data / "catalogue.tldb").write_bytes(b"ceci n'est pas une base SQLite\n" * 200)
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, exc, title=None: shown.append((title, str(exc))))
    monkeypatch.setattr(app_module, "MainWindow", lambda *args: pytest.fail("no window for a catalog not opened"))
    monkeypatch.setattr(app_module, "install_translations", lambda app: None)
    monkeypatch.setattr(app_module, "setup_logging", lambda folder: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app_module.run_gui(["--data-dir", str(data)]) == 1
    assert [title for title, _ in shown] == ["Ouverture du catalogue impossible"]
    assert "catalogue.tldb" in shown[0][1]
