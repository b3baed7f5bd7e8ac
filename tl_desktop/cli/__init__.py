"""The command line, on the same core as the GUI."""

from tl_desktop.cli.main import build_parser, main, run

__all__ = ["build_parser", "main", "run"]
