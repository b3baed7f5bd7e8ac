"""The main window at the sizes agents' laptops have: the catalog, the map and a side panel
(the notebook, the tour) all keep usable widths. The real map (QtWebEngine) is loaded."""

from __future__ import annotations

import pytest

from tests.factories.tours import make
from tl_desktop.ui.main_window import CATALOG_MIN_USABLE, MAP_MIN_WIDTH


@pytest.mark.parametrize("width, height", [(1366, 768), (1600, 1000)])
@pytest.mark.parametrize("panel", ["notebook", "tour"])
def test_catalog_map_and_panel_keep_usable_widths(qtbot, store, tmp_path, width, height, panel):
    from tl_desktop.ui.main_window import MainWindow

    tour = make(store)
    window = MainWindow(store, tmp_path)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.load_map()
    if panel == "notebook":
        window.open_visit(store.visits.of_tour(tour.id)[0].id)
        dock = window.notebook_dock
    else:
        window.show_tours()
        dock = window.tour_dock
    def usable() -> bool:                 # the panel takes its share once shown (a 0-timer)
        catalog, map_width = window.splitter.sizes()
        return (0.30 * width <= dock.width() <= 0.40 * width and catalog >= CATALOG_MIN_USABLE
                and map_width >= max(MAP_MIN_WIDTH, 0.3 * width))
    qtbot.waitUntil(usable, timeout=3000)
    catalog, map_width = window.splitter.sizes()
    assert window.map_view.width() == map_width
    # What each panel shows is laid out within its width (no part pushed out of sight).
    assert dock.widget().minimumSizeHint().width() <= dock.width()
    assert window.catalog.minimumSizeHint().width() <= catalog
