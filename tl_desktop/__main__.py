"""Entry point of ``tl-desktop``: a subcommand runs the command line, none opens the window.

This launcher sits above both the core command line and the Qt shell, so the core never
imports Qt and a subcommand never pays for loading it.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        from tl_desktop.cli import build_parser
        from tl_desktop.cli import main as cli_main

        args, unknown = build_parser().parse_known_args(argv)
        if args.command is not None or any(a in ("-h", "--help", "--version") for a in argv):
            return cli_main(argv)
    except KeyboardInterrupt:          # Ctrl+C while Python was still loading: nothing was begun
        print("tl-desktop : interrompu (Ctrl+C) avant d'avoir commencé ; rien n'a été modifié.", file=sys.stderr)
        return 130
    from tl_desktop.ui.app import run_gui

    return run_gui(argv, None if unknown else args)   # an unknown option: the window's parser says so


if __name__ == "__main__":
    sys.exit(main())
