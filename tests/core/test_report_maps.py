"""Maps in the PDFs: one function, markers and lines in, a flowable out, in Web Mercator."""

from __future__ import annotations

import math

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from tl_desktop.reports.common import FRANCE, Line, Marker, map_flowable, register_fonts
from tl_desktop.reports.maps import ATTRIBUTION, fit, mercator

MARSEILLE = [(43.3103, 5.3905), (43.2934, 5.3859), (43.3695, 5.3643), (43.2987, 5.3842)]


def test_every_stop_is_inside_the_frame_with_a_margin_and_north_up():
    view = fit(MARSEILLE, 180 * mm, 70 * mm)
    for lat, lon in MARSEILLE:
        x, y = view.project(lat, lon)
        assert 0.05 * view.width < x < 0.95 * view.width or 0.05 * view.height < y < 0.95 * view.height
        assert 0 <= x <= view.width and 0 <= y <= view.height
    north, south = view.project(43.3695, 5.3643), view.project(43.2934, 5.3859)
    assert north[1] > south[1]
    # Web Mercator keeps shapes: a degree of longitude is cos(latitude) of a degree of latitude.
    east = view.project(43.3, 5.40)[0] - view.project(43.3, 5.39)[0]
    up = view.project(43.31, 5.39)[1] - view.project(43.30, 5.39)[1]
    assert math.isclose(east / up, math.cos(math.radians(43.3)), rel_tol=0.01)


def test_the_viewport_tells_a_tile_renderer_what_to_cover():
    view = fit(MARSEILLE, 180 * mm, 70 * mm)
    south, west, north, east = view.bounds()
    assert south < 43.2934 and north > 43.3695 and west < 5.3643 and east > 5.3905
    assert math.isclose(mercator(north, east)[1] - mercator(south, west)[1], view.height / view.scale, rel_tol=1e-9)


def test_a_single_stop_still_shows_its_neighbourhood():
    view = fit(MARSEILLE[:1], 180 * mm, 70 * mm)
    assert 1_000 < view.metres_per_point() * view.height < 10_000      # a few kilometres across


def test_nothing_located_gives_no_map_and_a_map_is_drawn_with_its_scale_and_source(tmp_path):
    assert map_flowable([Marker(None, None)]) is None
    register_fonts()
    flowable = map_flowable([Marker(lat, lon, str(i)) for i, (lat, lon) in enumerate(MARSEILLE, 1)],
                            [Line(tuple(MARSEILLE), "#E69F00")])
    locator = map_flowable([Marker(43.3, 5.4)], size=(52 * mm, 52 * mm), extent=FRANCE, scale_bar=False)
    SimpleDocTemplate(str(tmp_path / "m.pdf")).build([flowable, locator])
    text = PdfReader(str(tmp_path / "m.pdf")).pages[0].extract_text()
    assert ATTRIBUTION in text and "km" in text and all(str(i) in text for i in range(1, 5))
    assert text.count(ATTRIBUTION) == 1            # the locator has neither scale nor source
