"""The notebook's photos: attach (dialog path, drop, paste), see, order, cover, remove and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from tests.factories.photos import COLD, WARM, make_photo
from tl_desktop.domain import Site
from tl_desktop.ui.photos_widget import ID_ROLE, TILE
from tl_desktop.views.notebook_view import NotebookView


@pytest.fixture
def site(store):
    return store.sites.save(Site(name="Garage <solidaire> & Cie", commune="Die"))[0]


@pytest.fixture
def notebook(qtbot, store, ops, site):
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11")
    view = NotebookView(store, ops)
    qtbot.addWidget(view, before_close_func=lambda v: v.photos.shutdown())
    view.open_visit(visit.id)
    view.tabs.setCurrentWidget(view.photos)
    view.resize(900, 700)
    view.show()
    return view


def attach_and_wait(qtbot, panel, paths):
    runner = panel.attach([str(p) for p in paths])
    assert runner is not None
    qtbot.waitUntil(lambda: panel.runner is None, timeout=20000)


def tile_colour(item, x_fraction: float, y_fraction: float):
    image = item.icon().pixmap(TILE).toImage()
    return image.pixelColor(int(image.width() * x_fraction), int(image.height() * y_fraction)).getRgb()[:3]


def close_to(colour, expected, tolerance=45):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected))


def test_attached_photos_show_as_upright_thumbnails_and_bad_files_are_named(qtbot, store, notebook, tmp_path,
                                                                             dialogs):
    dialogs.answer = QMessageBox.Ok
    panel = notebook.photos
    upright = make_photo(tmp_path / "debout.jpg", (800, 600), seed=1, orientation=6)   # stored sideways
    flat = make_photo(tmp_path / "atelier.jpg", (800, 600), seed=2)
    broken = tmp_path / "cassée.jpg"
    broken.write_text("ceci n'est pas une photo", encoding="utf-8")
    brochure = tmp_path / "plaquette.pdf"
    brochure.write_bytes(b"%PDF-1.4\n% plaquette\n")
    attach_and_wait(qtbot, panel, [upright, broken, flat, brochure])

    assert [panel.grid.item(i).text() for i in range(panel.grid.count())] == ["debout.jpg", "atelier.jpg"]
    assert [panel.documents.item(i).text() for i in range(panel.documents.count())] == ["plaquette.pdf"]
    assert notebook.tabs.tabText(notebook.tabs.indexOf(panel)).endswith("(3)")
    # The thumbnails arrive from the loader's threads, EXIF orientation applied: warm on top.
    first = panel.grid.item(0)
    qtbot.waitUntil(lambda: close_to(tile_colour(first, 0.5, 0.1), WARM), timeout=10000)
    assert close_to(tile_colour(first, 0.5, 0.9), COLD)
    [(title, text, text_format)] = dialogs.shown
    assert "cassée.jpg" in text and "pas une image" in text and text_format == Qt.PlainText
    assert len(store.attachments.of_visit(notebook.visit_id())) == 3


def test_files_dropped_or_pasted_are_attached(qtbot, store, notebook, tmp_path):
    panel = notebook.photos
    photo = make_photo(tmp_path / "façade.jpg", seed=3)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPoint(30, 30).toPointF(), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    panel.grid.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.runner is None and panel.grid.count() == 1, timeout=10000)
    assert drop.isAccepted()

    image = QImage(120, 80, QImage.Format_RGB32)
    image.fill(Qt.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    panel.grid.setFocus()
    qtbot.keyClick(panel.grid, Qt.Key_V, Qt.ControlModifier)
    qtbot.waitUntil(lambda: panel.runner is None and panel.grid.count() == 2, timeout=10000)
    pasted = store.attachments.of_visit(notebook.visit_id())[1]
    assert pasted.filename.startswith("Image collée") and (pasted.width, pasted.height) == (120, 80)


def test_order_cover_and_removal_with_undo_from_the_keyboard(qtbot, store, site, notebook, tmp_path, dialogs):
    panel = notebook.photos
    attach_and_wait(qtbot, panel, [make_photo(tmp_path / f"p{i}.jpg", seed=i) for i in range(3)])
    names = lambda: [panel.grid.item(i).text() for i in range(panel.grid.count())]  # noqa: E731
    panel.grid.setFocus()
    panel.grid.setCurrentRow(0)
    qtbot.keyClick(panel.grid, Qt.Key_Right, Qt.AltModifier)
    assert names() == ["p1.jpg", "p0.jpg", "p2.jpg"]
    assert [a.filename for a in store.attachments.of_visit(notebook.visit_id())] == ["p1.jpg", "p0.jpg", "p2.jpg"]

    p2 = panel.grid.item(2).data(ID_ROLE)
    panel.set_cover(p2)
    assert names()[2] == "★ p2.jpg" and store.attachments.cover_id(site.id) == p2

    panel.grid.clearSelection()
    panel._items[p2].setSelected(True)
    qtbot.keyClick(panel.grid, Qt.Key_Delete)
    assert names() == ["p1.jpg", "p0.jpg"]
    assert store.attachments.cover_id(site.id) is None
    assert dialogs.shown == []                      # Suppr removed the photo, not the site
    notebook.undo_stack.undo()
    assert names() == ["p1.jpg", "p0.jpg", "★ p2.jpg"]
    assert store.attachments.cover_id(site.id) == p2


def test_a_photo_dates_the_visit_and_offers_to_place_the_site(qtbot, store, ops, site, tmp_path, dialogs):
    visit, _ = store.visits.create(site.id)              # no date yet
    view = NotebookView(store, ops)
    qtbot.addWidget(view, before_close_func=lambda v: v.photos.shutdown())
    view.open_visit(visit.id)
    assert "date à préciser" in view.header.text()
    dialogs.answer = QMessageBox.Yes
    placed = []
    ops.executed.connect(lambda changes, origin: placed.append(changes))
    attach_and_wait(qtbot, view.photos, [make_photo(tmp_path / "gps.jpg", taken="2025:02:12 10:05:00",
                                                    gps=(44.7536, 5.3700))])
    assert store.visits.get(visit.id).visit_date == "2025-02-12"
    assert "mercredi 12 février 2025" in view.header.text()
    [(title, text, _)] = dialogs.shown
    assert "Garage <solidaire> & Cie" in text and "44,75360" in text
    stored = store.sites.get(site.id)
    assert (stored.latitude, stored.longitude, stored.location_precision) == (44.7536, 5.37, "photo")
    assert any(site.id in changes.sites for changes in placed)     # the map and the form follow


def test_the_viewer_shows_a_photo_large_and_saves_its_caption(qtbot, store, ops, notebook, tmp_path, type_text):
    from tl_desktop.ui.photo_viewer import PhotoViewer

    panel = notebook.photos
    attach_and_wait(qtbot, panel, [make_photo(tmp_path / f"v{i}.jpg", (2400, 1800), seed=i) for i in range(2)])
    photos = store.attachments.of_visit(notebook.visit_id())
    viewer = PhotoViewer(store, ops, panel.loader, photos, 0, panel)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer._image is not None and viewer._image.width() > 1000, timeout=10000)
    viewer.caption.setFocus()
    type_text(viewer.caption, "Atelier <bois> & métal")
    viewer.next_button.click()
    assert store.attachments.get(photos[0].id).caption == "Atelier <bois> & métal"
    assert viewer.info.text().startswith("2 / 2")
    viewer.accept()
