"""What the window's start-up loads: the map's engine and the importers come later, when used."""

from __future__ import annotations

import subprocess
import sys

# Loaded on first use: Qt WebEngine (the map, created once the window is shown), the importers
# (a menu), the site form (its dock is hidden at start), duplicate detection (rapidfuzz: a dialog,
# a new site's check), folium and numpy (no longer used by the app at all), reportlab and Pillow
# (a PDF, a photo), logging.handlers (socket, pickle: the log file opens at its first record), the
# visit grid's code (a visit), the About and import report dialogs.
LATER = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "tl_desktop.io.importing", "tl_desktop.io.demo",
         "tl_desktop.views.site_form", "tl_desktop.io.duplicates", "rapidfuzz", "tl_desktop.views.map_view",
         "folium", "numpy", "reportlab", "PIL", "logging.handlers", "tl_desktop.domain.grid",
         "tl_desktop.ui.about_dialog", "tl_desktop.ui.import_dialog")


def test_the_start_up_path_leaves_the_map_engine_and_importers_for_later():
    code = ("import sys; import tl_desktop.__main__, tl_desktop.ui.app; "
            "from tl_desktop.cli import build_parser; build_parser(); "
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
