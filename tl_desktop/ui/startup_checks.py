"""The checks of the catalog file once the window is on screen: damage, the day's backup, the bin.

``StartupChecks`` is reached as ``window.checks``. ``schedule()`` (from ``start_deferred``) asks
for one run when the map first shows its sites (``check_once``), at the latest after
``CHECK_LATEST_MS``: not while Chromium starts, which the whole-file read would slow on two cores.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from tl_desktop.base.errors import TlError
from tl_desktop.domain import utc_now
from tl_desktop.store import Store, backup, damaged, quick_check
from tl_desktop.ui.errors import error_text, show_error
from tl_desktop.ui.workers import run_job

CHECK_LATEST_MS = 5000


class StartupChecks(QObject):
    """Runs the start's whole-file check and backup once, and empties the bin of older sessions."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._pending = False

    def schedule(self) -> None:
        """Check once: when ``check_once`` is first called (the map shows its sites), or after CHECK_LATEST_MS."""
        self._pending = True
        QTimer.singleShot(CHECK_LATEST_MS, self, self.check_once)

    def check_once(self) -> None:
        if self._pending:
            self._pending = False
            self.check_and_back_up()

    def check_and_back_up(self):
        """Off the GUI thread: read the whole file for damage; if sound, make today's backup; empty the bin.

        A damaged catalog is said at once, with what to do; a backup that cannot be written
        (disk full) is said in the status bar. Visits deleted before this session leave the bin.
        Return the job runner.
        """
        window = self._window
        store = window.store
        path, started = store.path, utc_now()
        if not store.read_only:
            window.ops.run(lambda store: store.visits.purge_deleted(before=started), on_failed=lambda exc: None)

        def job(progress, cancel):
            problems = quick_check(path)
            if problems or store.read_only:
                return problems, None
            try:
                with Store(path, create=False) as own:
                    return [], backup(own)
            except TlError as exc:
                return [], exc

        def done(result) -> None:
            problems, saved = result
            if problems:
                show_error(window, damaged(path, problems), self.tr("Catalogue endommagé"))
            elif isinstance(saved, TlError):
                window.statusBar().showMessage(self.tr("Sauvegarde du jour impossible : {reason}").format(
                    reason=error_text(saved)), 15000)

        return window.track(run_job(window, "", job, done, show_dialog=False))
