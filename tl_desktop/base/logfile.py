"""The log file of a data folder (``logs/tl-desktop.log``, rotated), for the window and the command line."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from tl_desktop.base.paths import LOG_BACKUPS, LOG_FORMAT, LOG_MAX_BYTES, log_path


class LogFile(logging.Handler):
    """The data folder's log file, opened at the first record only.

    It never creates a data folder for a log line, and a folder it cannot write to is
    skipped without a word: logging must not turn one error into two. The rotating file
    (logging.handlers, which loads socket and pickle: ~5 ms) is made at the first record,
    not at every start of the window or of a command.
    """

    def __init__(self, folder: Path):
        super().__init__()
        self.baseFilename = os.path.abspath(log_path(folder))
        self.setFormatter(logging.Formatter(LOG_FORMAT))
        self.used = False        # a record was written: the file is worth naming to the user
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        folder = Path(self.baseFilename).parent
        if not folder.parent.is_dir():
            return
        try:
            folder.mkdir(exist_ok=True)
        except OSError:
            return
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(self.baseFilename, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                             encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
            self._file.handleError = self.handleError    # type: ignore[method-assign]
        self._file.emit(record)      # under this handler's lock (Handler.handle)
        self.used = self.used or getattr(self._file, "stream", None) is not None

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging API)
        pass   # the default prints a traceback on stderr

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()
