"""One photo, large: its screen preview (made off the GUI thread), caption, cover, previous/next."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Attachment
from tl_desktop.media import PREVIEW_PX, THUMBNAIL_PX
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import long_date
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.thumbnails import ImageLoader


class PhotoViewer(QDialog):
    """Browse a visit's photos; the caption is saved when leaving a photo (or pressing Entrée)."""

    edited = Signal()

    def __init__(self, store: Store, ops: Operations, loader: ImageLoader, photos: list[Attachment], index: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._store, self._ops, self._loader, self._photos, self._index = store, ops, loader, photos, index
        self._image: QImage | None = None
        self.setWindowTitle(self.tr("Photo"))
        self.resize(1000, 760)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.picture.setMinimumSize(QSize(200, 150))
        self.picture.setStyleSheet("background: #202020; color: #dddddd;")
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.PlainText)
        self.caption = QLineEdit(self)
        self.caption.setPlaceholderText(self.tr("Légende : ce que montre la photo"))
        self.caption.setAccessibleName(self.tr("Légende"))
        self.caption.editingFinished.connect(self._save_caption)
        self.cover = QCheckBox(self.tr("Photo de couverture du lieu"), self)
        self.cover.toggled.connect(self._on_cover)
        self.previous_button = QPushButton(self.tr("◀ Précédente"), self)
        self.next_button = QPushButton(self.tr("Suivante ▶"), self)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        for keys, step in ((QKeySequence.MoveToPreviousPage, -1), (QKeySequence.MoveToNextPage, 1)):
            QShortcut(keys, self, lambda step=step: self.go(step))
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        for button in (self.previous_button, self.next_button, close):
            button.setAutoDefault(False)   # Entrée in the caption saves it; it does not close the window
        self.caption.returnPressed.connect(self._save_caption)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.cover)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.caption)
        layout.addLayout(bottom)
        loader.ready.connect(self._on_image)
        if store.read_only:          # a catalog that cannot be written: the caption reads, nothing is typed
            self.caption.setReadOnly(True)
            self.cover.setEnabled(False)
        self._show()

    def current(self) -> Attachment:
        return self._photos[self._index]

    def go(self, step: int) -> None:
        self._save_caption()
        self._index = max(0, min(len(self._photos) - 1, self._index + step))
        self._show()

    def _show(self) -> None:
        photo = self.current()
        self._image = None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("Chargement…"))
        self.caption.setText(photo.caption)
        parts = [f"{self._index + 1} / {len(self._photos)}", photo.filename]
        if photo.taken_at:
            parts.append(self.tr("prise le {date} à {time}").format(date=long_date(photo.taken_at[:10]),
                                                               time=photo.taken_at[11:16]))
        size = photo.shown_size()
        if size:
            parts.append(f"{size[0]} × {size[1]} px")
        self.info.setText(" — ".join(parts))
        self.setWindowTitle(photo.caption or photo.filename)
        try:
            cover = self._store.attachments.cover_id(self._store.visits.get(photo.visit_id).site_id)
        except TlError:
            cover = None
        self.cover.blockSignals(True)
        self.cover.setChecked(cover == photo.id)
        self.cover.blockSignals(False)
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(self._photos) - 1)
        # The thumbnail at once (cached), the screen preview when the pool has made it.
        self._loader.request(photo, THUMBNAIL_PX, urgent=True)
        self._loader.request(photo, PREVIEW_PX, urgent=True)

    def _on_image(self, attachment_id: str, max_px: int, image) -> None:
        if attachment_id != self.current().id:
            return
        if image is None:
            self.picture.setText(self.tr("Cette photo n'a pas pu être lue."))
            return
        if self._image is not None and max_px == THUMBNAIL_PX:
            return   # the preview came first: keep it
        self._image = image
        self._fit()

    def _fit(self) -> None:
        if self._image is not None:
            self.picture.setPixmap(QPixmap.fromImage(self._image).scaled(
                self.picture.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def _save_caption(self) -> None:
        if self._store.read_only:
            return
        photo = self.current()
        text = self.caption.text().strip()
        if text == photo.caption:
            return
        try:
            self._ops.call(lambda store: store.attachments.set_caption(photo.id, text), origin=self)
            self._photos[self._index] = self._store.attachments.get(photo.id)
        except TlError as exc:
            show_error(self, exc)
            return
        self.edited.emit()

    def _on_cover(self, checked: bool) -> None:
        photo = self.current()
        try:
            site_id = self._store.visits.get(photo.visit_id).site_id
            self._ops.call(lambda store: store.attachments.set_cover(site_id, photo.id if checked else None),
                           origin=self)
        except TlError as exc:
            show_error(self, exc)
            return
        self.edited.emit()

    def done(self, result: int) -> None:
        self._save_caption()
        self._loader.ready.disconnect(self._on_image)
        super().done(result)
