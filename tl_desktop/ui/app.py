"""Start-up of the GUI: environment, translations, logging, the store, the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tl_desktop import __version__
from tl_desktop.base.errors import TlError
from tl_desktop.base.jobs import share_the_interpreter
from tl_desktop.base.logfile import LogFile
from tl_desktop.base.paths import (
    APP_NAME,
    data_dir,
    database_path,
    debugging,
    log_path,
)
from tl_desktop.cli import build_parser
from tl_desktop.store import Store, Writer
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import install_translations
from tl_desktop.ui.main_window import MainWindow
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.wheel_guard import install_wheel_guard

log = logging.getLogger("tl_desktop")

# The benchmark sets this to measure "cold start to a usable window".
STARTUP_PROBE_ENV = "TL_DESKTOP_STARTUP_PROBE"


def prepare_environment() -> None:
    """Settings Qt needs before the QApplication exists."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to run as root with its sandbox (CI and some kiosk set-ups).
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    # The map is loaded lazily; Qt needs this set before the application if WebEngine comes later.
    # Its URL scheme is registered then, before any WebEngine object (MainWindow.load_map): Qt
    # WebEngine (~20-60 ms of loading) stays out of the start-up.
    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)


def setup_logging(data_folder: Path) -> None:
    log_path(data_folder).parent.mkdir(parents=True, exist_ok=True)
    handler = LogFile(data_folder)     # the same file as the command line's, opened at the first record
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debugging() else logging.INFO)


def install_excepthook() -> None:
    """An unexpected error in a slot is shown in French and logged, never a silent crash."""
    def hook(exc_type, exc, tb):
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), exc)
    sys.excepthook = hook


def run_gui(argv: list[str], args: argparse.Namespace | None = None) -> int:
    """Open the main window on the data folder given by --data-dir, $TL_DESKTOP_DATA or the default.

    ``args``: ``argv`` already parsed by the launcher (the command line's parser is not built twice).
    """
    started = time.perf_counter()
    if args is None:
        args = build_parser().parse_args(argv)
    folder = data_dir(args.data_dir)
    try:
        setup_logging(folder)
    except OSError:
        pass  # a read-only folder is reported when the store opens
    # The store opens before Qt starts, and its first catalog list is read on a thread while
    # the application and the window are built (50,000 sites: ~10 ms of the start-up).
    try:
        store, failure = Store(database_path(folder)), None
        store.sites.prefetch_ids()
    except TlError as exc:
        store, failure = None, exc
    prepare_environment()
    share_the_interpreter()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Tiers-Lieux Desktop")
    app.setApplicationVersion(__version__)
    install_translations(app)     # the system's language, or the one chosen in the preferences
    install_wheel_guard(app)      # before any widget: a wheel changes only the focused widget's value
    install_excepthook()
    if failure is None:
        try:
            ops = Operations(Writer(store.path))
        except TlError as exc:
            store.close()
            failure = exc
    if failure is not None:
        show_error(None, failure, QCoreApplication.translate("app", "Ouverture du catalogue impossible"))
        return 1
    window = MainWindow(store, folder, ops)
    window.show()
    if os.environ.get(STARTUP_PROBE_ENV):
        def probe() -> None:
            # Printed once the window has painted its catalog: the benchmark reads this line.
            print(f"usable {time.perf_counter() - started:.4f} rows={window.catalog.model.rowCount()}", flush=True)
            app.quit()
        QTimer.singleShot(0, probe)
    else:
        QTimer.singleShot(0, window.start_deferred)
    status = app.exec()
    # Delete the window (and its web page) while the application still exists: QtWebEngine
    # complains, and may crash, when a page outlives its profile at exit.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    ops.close()          # what is queued is written first
    store.close()
    return status
