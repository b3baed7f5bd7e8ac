"""The notebook's « Photos et documents » tab: attach, see, caption, order, cover, remove.

Attaching runs in a worker (checking, hashing and copying 60 photos of 12 MP takes seconds),
without a modal dialog: each photo appears as soon as it is copied, with its thumbnail, while
the agent keeps typing notes. A progress bar and « Annuler » sit in the tab. Thumbnails of
photos already attached come from the image loader's threads, from the cache.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QFileInfo, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileIconProvider,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.errors import TlError
from tl_desktop.domain import Attachment
from tl_desktop.media import DOCUMENT_EXTENSIONS, PHOTO_EXTENSIONS, THUMBNAIL_PX
from tl_desktop.store import AttachReport, Store, attach_files, earliest_date, position_offer
from tl_desktop.ui import file_dialogs
from tl_desktop.ui.errors import error_text, show_error
from tl_desktop.ui.language import interface_locale, long_date
from tl_desktop.ui.messages import ask
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.thumbnails import ImageLoader
from tl_desktop.ui.undo import DoneCommand
from tl_desktop.ui.workers import JobRunner

ID_ROLE = Qt.UserRole + 1
TILE = QSize(150, 150)



class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so each result is queued to the GUI."""

    item = Signal(object)


class RemoveCommand(DoneCommand):
    """Ctrl+Z puts a removed photo or file back, at its place (and as cover if it was)."""

    def __init__(self, panel: "PhotosPanel", removed):
        super().__init__(QCoreApplication.translate("PhotosPanel", "Retrait de « {name} »").format(
            name=removed.attachment.filename))
        self._panel, self._removed = panel, removed

    def do_again(self) -> None:
        attachment_id = self._removed.attachment.id
        try:
            self._removed = self._panel._ops.call(lambda store: store.attachments.remove(attachment_id),
                                                  origin=self._panel)
        except TlError as exc:
            show_error(self._panel, exc)
        self._panel.reload()

    def undo(self) -> None:
        removed = self._removed
        try:
            self._panel._ops.call(lambda store: store.attachments.restore(removed), origin=self._panel)
        except TlError as exc:
            show_error(self._panel, exc)
        self._panel.reload()


class PhotoGrid(QListWidget):
    """Thumbnails in the agent's order; files dropped from outside are attached, tiles dragged inside are moved."""

    files_dropped = Signal(list)
    move_requested = Signal(list, int)       # attachment ids, row to put them at

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListView.IconMode)
        self.setIconSize(TILE)
        self.setGridSize(QSize(TILE.width() + 24, TILE.height() + 44))
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.ElideRight)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setAccessibleName(self.tr("Photos de la visite"))
        self.placeholder = self.tr("Aucune photo. Glissez des photos ici, collez-les (Ctrl+V) ou cliquez sur "
                               "« Ajouter des photos… ».")

    def selected_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in sorted(self.selectedItems(), key=self.row)]

    # ---- drag and drop

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls() and event.source() is not self:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and event.source() is not self:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if event.source() is self:
            target = self.indexAt(event.position().toPoint())
            self.move_requested.emit(self.selected_ids(), target.row() if target.isValid() else self.count())
            # Not MoveAction: Qt would then delete the dragged rows itself; the panel reloads from the store.
            event.setDropAction(Qt.CopyAction)
            event.accept()
            return
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.setDropAction(Qt.CopyAction)
            event.accept()
            self.files_dropped.emit(paths)
        else:
            event.ignore()

    # ---- keys the window also binds (Suppr deletes a site there): ours while the grid has focus

    def event(self, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and (
                event.matches(QKeySequence.Delete) or event.matches(QKeySequence.Paste)
                or event.key() in (Qt.Key_F2, Qt.Key_Return, Qt.Key_Enter)
                or (event.modifiers() & Qt.AltModifier and event.key() in (Qt.Key_Left, Qt.Key_Right))):
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#666666"))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24), Qt.AlignCenter | Qt.TextWordWrap,
                             self.placeholder)


class PhotosPanel(QWidget):
    """Photos (thumbnail grid) and other files (list) of the visit open in the notebook."""

    status = Signal(str)             # a sentence for the status bar
    job_started = Signal(object)     # JobRunner, for the window to cancel on close
    count_changed = Signal(int)

    def __init__(self, store: Store, ops: Operations, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._ops = ops
        self._undo = undo_stack
        self._visit_id: str | None = None
        self._items: dict[str, QListWidgetItem] = {}
        self._records: dict[str, Attachment] = {}
        self.runner: JobRunner | None = None
        self._relay = _Relay(self)
        self._relay.item.connect(self._on_ingested)
        self._batch: dict = {}
        self.loader = ImageLoader(store.media, self)
        self.loader.ready.connect(self._on_image)
        self._pending_icon = self._placeholder_icon(self.tr("…"))
        self._broken_icon = self._placeholder_icon(self.tr("illisible"))

        self.add_photos_button = QPushButton(self.tr("Ajouter des photos…"), self)
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.add_file_button = QPushButton(self.tr("Joindre un document…"), self)
        self.add_file_button.clicked.connect(self.choose_documents)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v / %m"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for widget in (self.add_photos_button, self.add_file_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)

        self.grid = PhotoGrid(self)
        self.grid.files_dropped.connect(self.attach)
        self.grid.move_requested.connect(self.move_to)
        self.grid.itemActivated.connect(lambda item: self.open_large(item.data(ID_ROLE)))
        self.grid.setContextMenuPolicy(Qt.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._photo_menu)
        self.grid.installEventFilter(self)
        self.documents = PhotoGrid(self)   # same drop handling, shown as a list
        self.documents.setViewMode(QListView.ListMode)
        self.documents.setIconSize(QSize(24, 24))
        self.documents.setGridSize(QSize())
        self.documents.setWrapping(False)
        self.documents.setDragEnabled(False)
        self.documents.setAccessibleName(self.tr("Documents joints"))
        self.documents.placeholder = self.tr("Aucun document. Glissez ici une plaquette, un tableau de chiffres…")
        self.documents.files_dropped.connect(self.attach)
        self.documents.itemActivated.connect(lambda item: self.open_with_system(item.data(ID_ROLE)))
        self.documents.setContextMenuPolicy(Qt.CustomContextMenu)
        self.documents.customContextMenuRequested.connect(self._document_menu)
        self.documents.installEventFilter(self)
        documents_box = QWidget(self)
        documents_layout = QVBoxLayout(documents_box)
        documents_layout.setContentsMargins(0, 4, 0, 0)
        documents_label = QLabel(self.tr("Documents joints (double-clic pour ouvrir)"), documents_box)
        documents_label.setStyleSheet("color: #444;")
        documents_layout.addWidget(documents_label)
        documents_layout.addWidget(self.documents)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.grid)
        split.addWidget(documents_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.setAcceptDrops(True)

    # ---- showing a visit

    def set_visit(self, visit_id: str | None) -> None:
        self._visit_id = visit_id
        self.loader.clear()
        self.reload()

    def reload(self) -> None:
        """Rebuild both lists from the store (order, captions, cover), keeping the images shown."""
        icons = {att_id: item.icon() for att_id, item in self._items.items()}
        selected = set(self.grid.selected_ids())
        self.grid.clear()
        self.documents.clear()
        self._items, self._records = {}, {}
        if self._visit_id is None:
            self.count_changed.emit(0)
            return
        try:
            records = self._store.attachments.of_visit(self._visit_id)
            cover = self._store.attachments.cover_id(self._store.visits.get(self._visit_id).site_id)
        except TlError:
            records, cover = [], None
        provider = QFileIconProvider()
        for record in records:
            item = QListWidgetItem()
            item.setData(ID_ROLE, record.id)
            self._records[record.id] = record
            self._items[record.id] = item
            if record.is_photo:
                star = "★ " if record.id == cover else ""
                item.setText(star + (record.caption or record.filename))
                item.setToolTip(self._describe(record, record.id == cover))
                item.setIcon(icons.get(record.id) or self._pending_icon)
                item.setTextAlignment(Qt.AlignHCenter | Qt.AlignTop)
                self.grid.addItem(item)
                item.setSelected(record.id in selected)
                if record.id not in icons:
                    self.loader.request(record, THUMBNAIL_PX)
            else:
                item.setText(record.filename + (f" — {record.caption}" if record.caption else ""))
                item.setToolTip(self._describe(record, False))
                item.setIcon(self._file_icon(provider, record))
                self.documents.addItem(item)
        self.count_changed.emit(len(records))

    def _file_icon(self, provider: QFileIconProvider, record: Attachment) -> QIcon:
        icon = provider.icon(QFileInfo(record.filename))
        return icon if not icon.isNull() else provider.icon(QFileIconProvider.File)

    def _describe(self, record: Attachment, cover: bool) -> str:
        lines = [record.filename]
        if record.caption:
            lines.insert(0, record.caption)
        if record.taken_at:
            lines.append(self.tr("Prise le {date} à {time}").format(date=long_date(record.taken_at[:10]),
                                                               time=record.taken_at[11:16]))
        size = record.shown_size()
        megabytes = self.tr("{size} Mo").format(
            size=interface_locale().toString(record.size / 1e6, "f", 1 if size else 2))
        lines.append(f"{size[0]} × {size[1]} px — {megabytes}" if size else megabytes)
        if cover:
            lines.append(self.tr("Photo de couverture du lieu"))
        return "\n".join(lines)

    def _placeholder_icon(self, text: str) -> QIcon:
        pixmap = QPixmap(TILE)
        pixmap.fill(QColor("#ECECEC"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#777777"))
        painter.drawText(pixmap.rect(), Qt.AlignCenter, text)
        painter.end()
        return QIcon(pixmap)

    def _on_image(self, attachment_id: str, max_px: int, image: QImage | None) -> None:
        item = self._items.get(attachment_id)
        if item is None or max_px != THUMBNAIL_PX:
            return
        if image is None:
            item.setIcon(self._broken_icon)
            return
        tile = QPixmap(TILE)
        tile.fill(Qt.transparent)
        scaled = QPixmap.fromImage(image).scaled(TILE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        painter = QPainter(tile)
        painter.drawPixmap((TILE.width() - scaled.width()) // 2, (TILE.height() - scaled.height()) // 2, scaled)
        painter.end()
        item.setIcon(QIcon(tile))

    # ---- attaching

    def choose_photos(self) -> None:
        patterns = " ".join(f"*{e}" for e in sorted(PHOTO_EXTENSIONS))
        paths = file_dialogs.open_paths(self, file_dialogs.PHOTOS, self.tr("Ajouter des photos à la visite"),
                                        self.tr("Photos ({patterns})").format(patterns=patterns))
        if paths:
            self.attach([str(p) for p in paths])

    def choose_documents(self) -> None:
        patterns = " ".join(f"*{e}" for e in sorted(DOCUMENT_EXTENSIONS))
        paths = file_dialogs.open_paths(self, file_dialogs.DOCUMENTS, self.tr("Joindre des documents à la visite"),
                                        self.tr("Documents ({patterns})").format(patterns=patterns))
        if paths:
            self.attach([str(p) for p in paths])

    def paste(self) -> None:
        """Ctrl+V: files copied in the file manager, or an image (a screenshot) copied anywhere."""
        if not self._writable():
            return
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()] if data.hasUrls() else []
        if paths:
            self.attach(paths)
            return
        if data.hasImage():
            image = QImage(data.imageData())
            folder = self._store.media.cache_dir.parent / "collages"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / (self.tr("Image collée") + datetime.now().strftime(" %Y-%m-%d %H-%M-%S") + ".png")
            if image.isNull() or not image.save(str(path), "PNG"):
                self.status.emit(self.tr("L'image du presse-papiers n'a pas pu être lue."))
                return
            self.attach([str(path)])
            return
        self.status.emit(self.tr("Le presse-papiers ne contient ni photo ni fichier."))

    def attach(self, paths: list) -> JobRunner | None:
        """Check, copy and record files in a worker; each photo shows as soon as it is copied."""
        if self._visit_id is None or not paths or not self._writable():
            return None
        if self.runner is not None:
            self.status.emit(self.tr("Un ajout est déjà en cours ; attendez qu'il finisse."))
            return None
        visit_id, media, relay, ops = self._visit_id, self._store.media, self._relay, self._ops
        paths = [str(p) for p in paths]
        self._batch = {"visit": visit_id}

        def job(progress, cancel):
            # The core's attach loop: checked and copied here, recorded by the writer, each
            # file shown as soon as it is done.
            return attach_files(media, lambda item: ops.write(lambda store: store.attachments.add(visit_id, item)),
                                paths, progress=progress, cancel=cancel,
                                each=lambda path, record, refusal: relay.item.emit((visit_id, record)))

        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.runner = JobRunner(self, self.tr("Ajout des photos…"), job, self._on_batch_done, self._on_batch_failed,
                                show_dialog=False)
        self.runner.thread.progressed.connect(lambda done, total, label: self.progress.setValue(done))
        self.runner.finished.connect(self._on_runner_finished)
        self.job_started.emit(self.runner)
        return self.runner.start()

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def _on_ingested(self, result) -> None:
        visit_id, record = result
        if record is not None and visit_id == self._visit_id:
            self.reload()   # the thumbnail was made while checking: the loader finds it in the cache

    def _on_runner_finished(self) -> None:
        self.runner = None
        self.progress.hide()
        self.cancel_button.hide()

    def _on_batch_failed(self, exc: BaseException) -> None:
        self._batch = {}
        show_error(self, exc)

    def _on_batch_done(self, report: AttachReport) -> None:
        batch, self._batch = self._batch, {}
        self._ops.broadcast(report.changes, origin=self)
        parts = []
        photos = [a for a in report.added if a.is_photo]
        if report.added:
            parts.append(self.tr("{n} fichier(s) joint(s) à la visite.").format(n=len(report.added)))
        if report.already:
            parts.append(self.tr("{n} fichier(s) déjà joint(s) : ignoré(s).").format(n=len(report.already)))
        if report.cancelled:
            parts.append(self.tr("Ajout annulé ; les fichiers déjà copiés restent joints."))
        if parts:
            self.status.emit(" ".join(parts))
        if report.refused:
            reasons = [error_text(exc) for exc in report.errors]
            box_text = self.tr("{n} fichier(s) n'ont pas été joints :").format(n=len(report.refused)) + "\n\n" + \
                "\n\n".join(reasons)
            ask(self, self.tr("Fichiers refusés"), box_text, buttons=QMessageBox.Ok, icon=QMessageBox.Warning)
        if photos and batch.get("visit") == self._visit_id:
            self._offer_exif(photos)

    def _offer_exif(self, photos: list[Attachment]) -> None:
        """EXIF date → an undated visit's date; EXIF GPS → offer to place a site that has no position."""
        try:
            visit = self._store.visits.get(self._visit_id)
            site = self._store.sites.get(visit.site_id)
        except TlError:
            return
        day = earliest_date(photos)
        if not visit.visit_date and day:
            dated = self._run(lambda store: store.visits.date_if_empty(visit.id, day))
            if dated:
                self.status.emit(self.tr("Date de la visite reprise des photos : {date}.").format(date=long_date(day)))
        where = position_offer(site, photos)
        if where is None:
            return
        lat, lon = where
        question = (self.tr("« {site} » n'a pas de position sur la carte.") if site.latitude is None else
                    self.tr("« {site} » est placé au centre de sa commune, approximativement.")).format(site=site.name)
        question += " " + self.tr("Une photo a été prise en {lat} ; {lon}. Placer le lieu à cet endroit ?").format(
            lat=interface_locale().toString(lat, "f", 5), lon=interface_locale().toString(lon, "f", 5))
        if ask(self, self.tr("Position de la photo"), question) != QMessageBox.Yes:
            return
        placed = site.replace(latitude=lat, longitude=lon, location_precision="photo")
        if self._run(lambda store: store.sites.save(placed)) is not None:
            self.status.emit(self.tr("« {site} » placé d'après la photo.").format(site=site.name))

    # ---- acting on photos

    def current_ids(self) -> list[str]:
        return self.grid.selected_ids()

    def open_large(self, attachment_id: str) -> None:
        from tl_desktop.ui.photo_viewer import PhotoViewer
        photos = self._store.attachments.of_visit(self._visit_id, "photo") if self._visit_id else []
        ids = [p.id for p in photos]
        if attachment_id not in ids:
            return
        viewer = PhotoViewer(self._store, self._ops, self.loader, photos, ids.index(attachment_id), self)
        viewer.edited.connect(self.reload)
        viewer.exec()
        self.reload()

    def _writable(self) -> bool:
        """False on a catalog that cannot be written, said in the status bar: nothing is asked that would be lost."""
        if self._store.read_only:
            self.status.emit(self.tr("Lecture seule : les photos de ce catalogue se consultent, sans modification."))
            return False
        return True

    def edit_caption(self, attachment_id: str) -> None:
        if not self._writable():
            return
        record = self._records.get(attachment_id)
        if record is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Légende"), self.tr("Légende de « {name} » :").format(
            name=record.filename), text=record.caption)
        if ok:
            self._run(lambda store: store.attachments.set_caption(attachment_id, text))

    def set_cover(self, attachment_id: str) -> None:
        if not self._writable():
            return
        if self._visit_id is None:
            return
        site_id = self._store.visits.get(self._visit_id).site_id
        current = self._store.attachments.cover_id(site_id)
        self._run(lambda store: store.attachments.set_cover(site_id, None if current == attachment_id else attachment_id))
        self.status.emit(self.tr("Photo de couverture du lieu retirée.") if current == attachment_id
                         else self.tr("Photo de couverture du lieu choisie."))

    def move_to(self, ids: list[str], row: int) -> None:
        """Put the photos ``ids`` at ``row`` of the grid, keeping their order."""
        if not self._writable():
            return
        order = [self.grid.item(i).data(ID_ROLE) for i in range(self.grid.count())]
        before = [i for i in order[:row] if i not in ids]
        target = before + ids + [i for i in order[row:] if i not in ids]
        if target == order:
            return

        visit_id = self._visit_id
        self._run(lambda store: store.attachments.reorder(visit_id, target))

    def move_by(self, step: int) -> None:
        ids = self.current_ids()
        if len(ids) != 1:
            return
        row = self.grid.row(self._items[ids[0]])
        new_row = max(0, min(self.grid.count() - 1, row + step))
        if new_row != row:
            self.move_to(ids, new_row + (1 if step > 0 else 0))
            self.grid.setCurrentItem(self._items[ids[0]])

    def remove(self, ids: list[str]) -> None:
        if not self._writable():
            return
        for attachment_id in ids:
            try:
                removed = self._ops.call(lambda store, i=attachment_id: store.attachments.remove(i), origin=self)
            except TlError as exc:
                show_error(self, exc)
                continue
            self._undo.push(RemoveCommand(self, removed))
        self.reload()
        if ids:
            self.status.emit(self.tr("Retiré de la visite (Ctrl+Z pour annuler)."))

    def open_with_system(self, attachment_id: str) -> bool:
        record = self._records.get(attachment_id)
        if record is None:
            return False
        try:
            path = self._store.media.readable_copy(record.sha256, record.extension, record.filename)
        except TlError as exc:
            show_error(self, exc)
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.emit(self.tr("Aucune application de cet ordinateur n'ouvre « {name} ».").format(name=record.filename))
            return False
        return True

    def _run(self, op):
        """Run ``op(store)`` through the operation runner; return its result, or None if refused (said)."""
        try:
            result = self._ops.call(op, origin=self)
        except TlError as exc:
            show_error(self, exc)
            return None
        self.reload()
        return result

    # ---- menus and keys

    def _photo_menu(self, pos) -> None:
        ids = self.current_ids()
        menu = QMenu(self)
        if self._store.read_only:       # what only reads
            if len(ids) == 1:
                menu.addAction(self.tr("Ouvrir en grand"), lambda: self.open_large(ids[0]))
                menu.addAction(self.tr("Ouvrir avec l'application du système"), lambda: self.open_with_system(ids[0]))
                menu.exec(self.grid.viewport().mapToGlobal(pos))
            return
        if len(ids) == 1:
            menu.addAction(self.tr("Ouvrir en grand"), lambda: self.open_large(ids[0]))
            menu.addAction(self.tr("Modifier la légende…") + "\tF2", lambda: self.edit_caption(ids[0]))
            menu.addAction(self.tr("Photo de couverture du lieu"), lambda: self.set_cover(ids[0]))
            menu.addAction(self.tr("Déplacer vers la gauche") + "\tAlt+←", lambda: self.move_by(-1))
            menu.addAction(self.tr("Déplacer vers la droite") + "\tAlt+→", lambda: self.move_by(1))
            menu.addAction(self.tr("Ouvrir avec l'application du système"), lambda: self.open_with_system(ids[0]))
        if ids:
            menu.addSeparator()
            menu.addAction(self.tr("Retirer de la visite") + "\t" + QKeySequence(QKeySequence.Delete).toString(
                QKeySequence.NativeText), lambda: self.remove(ids))
        menu.addAction(self.tr("Ajouter des photos…"), self.choose_photos)
        menu.addAction(self.tr("Coller") + "\tCtrl+V", self.paste)
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    def _document_menu(self, pos) -> None:
        ids = self.documents.selected_ids()
        menu = QMenu(self)
        if self._store.read_only:       # what only reads
            if len(ids) == 1:
                menu.addAction(self.tr("Ouvrir"), lambda: self.open_with_system(ids[0]))
                menu.exec(self.documents.viewport().mapToGlobal(pos))
            return
        if len(ids) == 1:
            menu.addAction(self.tr("Ouvrir"), lambda: self.open_with_system(ids[0]))
            menu.addAction(self.tr("Modifier la description…"), lambda: self.edit_caption(ids[0]))
        if ids:
            menu.addAction(self.tr("Retirer de la visite"), lambda: self.remove(ids))
        menu.addAction(self.tr("Joindre un document…"), self.choose_documents)
        menu.exec(self.documents.viewport().mapToGlobal(pos))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.KeyPress and watched in (self.grid, self.documents):
            grid = watched
            ids = grid.selected_ids()
            if event.matches(QKeySequence.Paste):
                self.paste()
                return True
            if event.matches(QKeySequence.Delete) and ids:
                self.remove(ids)
                return True
            if event.key() == Qt.Key_F2 and len(ids) == 1:
                self.edit_caption(ids[0])
                return True
            if grid is self.grid and event.modifiers() & Qt.AltModifier and event.key() in (Qt.Key_Left, Qt.Key_Right):
                self.move_by(-1 if event.key() == Qt.Key_Left else 1)
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 — dropped on the buttons' row
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach(paths)

    def shutdown(self) -> None:
        """Stop the work in progress (window closing): the attach job, the image threads."""
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()
        self.loader.clear()
        self.loader.wait(3000)
