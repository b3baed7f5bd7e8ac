"""Thumbnails and previews made off the GUI thread (Pillow in a thread pool, cached on disk).

The GUI asks for an attachment's image at a size; a pool thread makes (or finds) the cached
JPEG with ``MediaLibrary.derived`` and reads it into a QImage, which is safe outside the GUI
thread; ``ready`` brings it back. The GUI thread never decodes a camera's JPEG.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Attachment
from tl_desktop.media import MediaLibrary


class _Signals(QObject):
    ready = Signal(str, int, object)     # attachment id, size asked, QImage (None: unreadable)


class _Task(QRunnable):
    def __init__(self, signals: _Signals, media: MediaLibrary, attachment: Attachment, max_px: int):
        super().__init__()
        self._signals, self._media, self._attachment, self._px = signals, media, attachment, max_px

    def run(self) -> None:
        image = None
        try:
            path = self._media.derived(self._attachment.sha256, self._attachment.extension, self._px)
            image = QImage(str(path))
            if image.isNull():
                image = None
        except TlError:
            image = None
        except Exception:  # noqa: BLE001 — a worker must not die; the tile says « illisible »
            image = None
        self._signals.ready.emit(self._attachment.id, self._px, image)


class ImageLoader(QObject):
    """Queue of image requests; ``ready(id, px, QImage | None)`` on the GUI thread."""

    ready = Signal(str, int, object)

    def __init__(self, media: MediaLibrary, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self._media = media
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        # Parentless and referenced by each task: it outlives a widget closed while tasks run.
        self._signals = _Signals()
        self._signals.ready.connect(self.ready)

    def request(self, attachment: Attachment, max_px: int, *, urgent: bool = False) -> None:
        self._pool.start(_Task(self._signals, self._media, attachment, max_px), 1 if urgent else 0)

    def clear(self) -> None:
        """Drop the requests not yet started (another visit was opened)."""
        self._pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
