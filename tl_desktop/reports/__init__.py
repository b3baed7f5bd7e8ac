"""PDF documents for elected officials: visit summaries, tour programme and booklet.

``common.py`` holds what they share (fonts, styles, user text, maps, photos, atomic writing);
``visit.py`` and ``tour.py`` build the documents; ``names.py`` suggests their file names.
The builders load reportlab when first used, not when this package is imported: the command
line's other subcommands and the GUI's start-up do not pay for it.
"""

from tl_desktop.reports.names import slug, suggested_filename

_LAZY = {
    "build_visit_summary": "tl_desktop.reports.visit",
    "build_programme": "tl_desktop.reports.tour",
    "build_tour_booklet": "tl_desktop.reports.tour",
    "ReportError": "tl_desktop.reports.common",
}

__all__ = ["ReportError", "build_programme", "build_tour_booklet", "build_visit_summary", "slug",
           "suggested_filename"]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
