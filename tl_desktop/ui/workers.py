"""Run a core job off the GUI thread with a progress dialog and a cancel button.

The job is a plain core function ``job(progress, cancel)``; its result comes back on the GUI
thread by signal. Worker code never touches a widget.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from tl_desktop.base.errors import Cancelled
from tl_desktop.base.jobs import CancelFlag, Progress
from tl_desktop.ui.errors import show_error

Job = Callable[[Progress, CancelFlag], Any]


class _JobThread(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancel: CancelFlag, parent: QObject | None = None):
        super().__init__(parent)
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._job(lambda done, total, label: self.progressed.emit(done, total, label), self._cancel)
        except BaseException as exc:  # noqa: BLE001 — handed to the GUI thread, shown there
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class JobRunner(QObject):
    """One running job: its thread, its cancel flag, and its (delayed) progress dialog."""

    finished = Signal()

    def __init__(self, parent: QWidget, label: str, job: Job, on_done: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None] | None = None, show_dialog: bool = True):
        super().__init__(parent)
        self.cancel_flag = CancelFlag()
        self._on_done = on_done
        self._on_failed = on_failed
        self._parent = parent
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(parent)
            text = QLabel(label)
            text.setTextFormat(Qt.PlainText)   # the label names the user's file
            self.dialog.setLabel(text)
            self.dialog.setCancelButtonText(self.tr("Annuler"))
            self.dialog.setRange(0, 0)
            self.dialog.setWindowTitle(self.tr("Veuillez patienter"))
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setMinimumDuration(500)  # short jobs show no dialog at all
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.thread = _JobThread(job, self.cancel_flag, self)
        self.thread.progressed.connect(self._on_progressed)
        self.thread.succeeded.connect(self._on_succeeded)
        self.thread.failed.connect(self._on_thread_failed)

    def start(self) -> "JobRunner":
        if self.dialog:
            self.dialog.setValue(0)
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancel_flag.set()
        if self.dialog:
            self.dialog.setLabelText(self.tr("Annulation…"))

    def wait(self) -> None:
        """Block until the job's thread has ended (after cancel(), a job stops within a row)."""
        self.thread.wait()

    def _on_progressed(self, done: int, total: int, label: str) -> None:
        if self.dialog and not self.cancel_flag.is_set():
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.thread.wait()
        if self.dialog:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit()
        self.deleteLater()

    def _on_succeeded(self, result: Any) -> None:
        self._finish()
        self._on_done(result)

    def _on_thread_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            return  # the user asked for it: nothing changed, nothing to say
        if self._on_failed:
            self._on_failed(exc)
        else:
            show_error(self._parent, exc)


def run_job(parent: QWidget, label: str, job: Job, on_done: Callable[[Any], None],
            on_failed: Callable[[BaseException], None] | None = None, show_dialog: bool = True) -> JobRunner:
    """Start ``job`` in a worker thread; call ``on_done(result)`` on the GUI thread when it succeeds."""
    return JobRunner(parent, label, job, on_done, on_failed, show_dialog).start()
