"""« Préparer hors ligne »: what an area costs before it is downloaded, then the prepared areas.

``PrepareOfflineDialog`` shows the area, its zoom levels, the number of tiles, those already
cached and the estimated size, against the cache's cap; « Télécharger » starts the download
(``start_prefetch``: a worker with progress and « Annuler »). ``PreparedAreasDialog`` lists
the areas (extent, zooms, tiles, size, date) and deletes one. Only Plan IGN is prepared.
"""

from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.base.text import long_date
from tl_desktop.map.prefetch import MAX_AREA_TILES, Estimate, PrefetchReport, estimate, prefetch
from tl_desktop.map.tiles import Box, TileCache, tiles_in_boxes
from tl_desktop.ui.messages import ask
from tl_desktop.ui.workers import JobRunner, run_job


def megabytes(size: float) -> str:
    """« 12,4 Mo », « 0,8 Go »: French sizes."""
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f}".replace(".", ",") + "\u00a0Go"
    return f"{size / (1 << 20):.1f}".replace(".", ",") + "\u00a0Mo"


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def extent_text(boxes: tuple[Box, ...] | list[Box]) -> str:
    """« 3,1 × 2,4 km autour de 43,30° N, 5,38° E »"""
    south, west = min(b[0] for b in boxes), min(b[1] for b in boxes)
    north, east = max(b[2] for b in boxes), max(b[3] for b in boxes)
    lat = (south + north) / 2
    width = (east - west) * 111.32 * math.cos(math.radians(lat))
    height = (north - south) * 111.32
    fmt = lambda v: f"{v:.1f}".replace(".", ",")   # noqa: E731
    return f"{fmt(width)} × {fmt(height)} km autour de {fmt(lat)}° N, {fmt((west + east) / 2)}° E"


class PrepareOfflineDialog(QDialog):
    """The cost of preparing an area, computed before anything is downloaded."""

    def __init__(self, parent: QWidget | None, cache: TileCache, boxes: list[Box], label: str,
                 min_zoom: int, max_zoom: int):
        super().__init__(parent)
        self.cache, self.boxes, self.label = cache, list(boxes), label
        self.estimate: Estimate | None = None
        self._runners: set[JobRunner] = set()     # counts under way: waited for when the dialog closes
        self.setWindowTitle(self.tr("Préparer le fond de carte hors ligne"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.area_label = QLabel(f"{label}\n{extent_text(self.boxes)}", self)
        self.area_label.setTextFormat(Qt.TextFormat.PlainText)   # a tour's title is user text
        self.area_label.setWordWrap(True)
        form.addRow(self.tr("Zone"), self.area_label)
        form.addRow(self.tr("Fond de carte"), QLabel(self.tr("Plan IGN (seul fond préparé : celui "
                                                             "d'OpenStreetMap ne peut pas l'être)"), self))
        self.min_spin, self.max_spin = QSpinBox(self), QSpinBox(self)
        for spin, value in ((self.min_spin, min_zoom), (self.max_spin, max_zoom)):
            spin.setRange(3, cache.source.max_zoom)
            spin.setValue(value)
            spin.valueChanged.connect(self._schedule)
        self.min_spin.setAccessibleName(self.tr("Zoom minimal"))
        self.max_spin.setAccessibleName(self.tr("Zoom maximal"))
        form.addRow(self.tr("Zoom minimal"), self.min_spin)
        form.addRow(self.tr("Zoom maximal (17 : les rues et les numéros)"), self.max_spin)
        self.count_label = QLabel(self.tr("Calcul…"), self)
        self.size_label = QLabel(self)
        self.cache_label = QLabel(self)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a61b1b;")
        form.addRow(self.tr("Tuiles"), self.count_label)
        form.addRow(self.tr("Taille estimée"), self.size_label)
        form.addRow(self.tr("Cache du Plan IGN"), self.cache_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.download_button = self.buttons.addButton(self.tr("Télécharger"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.download_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recompute)
        self.recompute()

    def zooms(self) -> tuple[int, int]:
        low, high = self.min_spin.value(), self.max_spin.value()
        return min(low, high), max(low, high)

    def _schedule(self) -> None:
        self.download_button.setEnabled(False)
        self._timer.start()

    def recompute(self) -> None:
        """Count the tiles and those cached, in a worker (a big area has tens of thousands)."""
        low, high = self.zooms()
        boxes, cache = self.boxes, self.cache

        def job(progress, cancel):
            tiles = tiles_in_boxes(boxes, low, high)
            if len(tiles) > MAX_AREA_TILES:
                return len(tiles), None
            return len(tiles), estimate(cache, tiles)

        def done(result) -> None:
            if self.zooms() != (low, high):
                return    # changed meanwhile: a newer count is on its way
            self._show(*result)
        runner = run_job(self, self.tr("Calcul…"), job, done, show_dialog=False)
        self._runners.add(runner)
        runner.finished.connect(lambda: self._runners.discard(runner))

    def done(self, result: int) -> None:  # noqa: D102 (QDialog's)
        for runner in list(self._runners):   # a count takes milliseconds: it ends before the dialog goes
            runner.wait()
        super().done(result)

    def _show(self, count: int, found: Estimate | None) -> None:
        self.estimate = found
        self.warning_label.clear()
        if found is None:
            self.count_label.setText(thousands(count))
            self.size_label.setText("—")
            self.warning_label.setText(self.tr(
                "C'est plus de {limit} tuiles : tracez une zone plus petite ou baissez le zoom maximal.").format(
                limit=thousands(MAX_AREA_TILES)))
            self.download_button.setEnabled(False)
            return
        self.count_label.setText(self.tr("{n} (dont {cached} déjà en cache)").format(
            n=thousands(found.tiles), cached=thousands(found.tiles - found.missing)))
        self.size_label.setText(megabytes(found.bytes) if found.missing else self.tr("rien à télécharger"))
        self.cache_label.setText(self.tr("{used} sur {cap}").format(used=megabytes(found.cache_bytes),
                                                                    cap=megabytes(found.cap_bytes)))
        if not found.fits:
            self.warning_label.setText(self.tr(
                "Le cache dépassera sa taille maximale : les tuiles utilisées le moins récemment, hors des zones "
                "préparées, seront retirées."))
        self.download_button.setEnabled(True)


def start_prefetch(parent: QWidget, cache: TileCache, boxes: list[Box], label: str, min_zoom: int, max_zoom: int,
                   on_done: Callable[[PrefetchReport], None],
                   on_failed: Callable[[BaseException], None] | None = None) -> JobRunner:
    """Download an area's tiles in a worker, with a progress dialog and « Annuler »."""
    def job(progress, cancel):
        return prefetch(cache, boxes, min_zoom, max_zoom, label=label, progress=progress, cancel=cancel)
    title = QCoreApplication.translate("OfflinePreparer", "Téléchargement du fond de carte de « {label} »…")
    return run_job(parent, title.format(label=label), job, on_done, on_failed)


class OfflinePreparer(QObject):
    """« Préparer hors ligne » for a map view: the cost dialog, then the download, then a report."""

    message = Signal(str)     # the report of a download, for the status bar

    def __init__(self, parent: QWidget, cache: Callable[[], TileCache | None]):
        super().__init__(parent)
        self._parent, self._cache = parent, cache
        self._runners: set[JobRunner] = set()

    def prepare(self, boxes: list[Box], label: str, min_zoom: int, max_zoom: int) -> PrepareOfflineDialog | None:
        """Show what preparing ``boxes`` costs; « Télécharger » starts it."""
        cache = self._cache()
        if cache is None:
            return None
        dialog = PrepareOfflineDialog(self._parent, cache, boxes, label, min_zoom, max_zoom)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.download(boxes, label, *dialog.zooms()))
        dialog.open()
        return dialog

    def download(self, boxes: list[Box], label: str, min_zoom: int, max_zoom: int) -> JobRunner | None:
        cache = self._cache()
        if cache is None:
            return None

        def done(report: PrefetchReport) -> None:
            text = self.tr("« {label} » prête pour le hors-ligne : {n} tuiles téléchargées ({size}), "
                           "{already} déjà en cache.").format(label=label, n=thousands(report.downloaded),
                                                             size=megabytes(report.bytes),
                                                             already=thousands(report.already))
            if report.failed:
                text += " " + self.tr("{n} tuiles n'ont pas pu être obtenues.").format(n=thousands(report.failed))
            self.message.emit(text)
        runner = start_prefetch(self._parent, cache, boxes, label, min_zoom, max_zoom, done)
        self._runners.add(runner)
        runner.finished.connect(lambda: self._runners.discard(runner))
        return runner

    def show_areas(self) -> None:
        cache = self._cache()
        if cache is not None:
            PreparedAreasDialog(self._parent, cache).exec()

    def shutdown(self) -> None:
        """Cancel a download under way and wait for it (it keeps what came)."""
        for runner in list(self._runners):
            runner.cancel()
            runner.wait()


class PreparedAreasDialog(QDialog):
    """The areas prepared for offline use, and what they hold; one can be deleted."""

    def __init__(self, parent: QWidget | None, cache: TileCache):
        super().__init__(parent)
        self.cache = cache
        self.setWindowTitle(self.tr("Zones préparées pour le hors-ligne"))
        self.resize(820, 360)
        headers = [self.tr("Zone"), self.tr("Étendue"), self.tr("Zooms"), self.tr("Tuiles (en cache / de la zone)"),
                   self.tr("Taille"), self.tr("Préparée le")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Zones préparées"))
        self.summary = QLabel(self)
        self.delete_button = QPushButton(self.tr("Supprimer la zone…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.areas = self.cache.areas()
        self.table.setRowCount(len(self.areas))
        for row, area in enumerate(self.areas):
            cells = (area.label, extent_text(area.boxes), f"{area.min_zoom} à {area.max_zoom}",
                     f"{thousands(area.tiles)} / {thousands(area.wanted)}", megabytes(area.bytes),
                     long_date(area.created_at[:10]))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        count, size = self.cache.stats()
        self.summary.setText(self.tr("Cache du Plan IGN : {n} tuiles, {used} sur {cap}.").format(
            n=thousands(count), used=megabytes(size), cap=megabytes(self.cache.cap_bytes)))
        self.delete_button.setEnabled(bool(self.areas))
        if self.areas:
            self.table.selectRow(0)

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.areas):
            return
        area = self.areas[row]
        if ask(self, self.tr("Supprimer la zone"),
               self.tr("Supprimer la zone « {label} » et ses tuiles ({size}) ?\nLes tuiles qu'une autre zone "
                       "utilise sont gardées.").format(label=area.label, size=megabytes(area.bytes))) \
                != QMessageBox.StandardButton.Yes:
            return
        self.cache.delete_area(area.id)
        self.reload()
