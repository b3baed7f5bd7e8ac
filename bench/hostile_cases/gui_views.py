"""GUI widgets offscreen, continued: the catalog, photos, the import wizard, the map, the window's bad luck.

The helpers (a notebook, a site form, a tour view on a real catalog) are those of ``gui``.
"""

from __future__ import annotations

import json

from bench.hostile_cases.gui import _form, _notebook, _tour_view, _visit, gui
from bench.hostile_cases.lab import LOST, WRONG, short
from bench.hostile_cases.samples import france_services_sites


# ---- the catalog's search

@gui("catalog_search_syntax", "search syntax typed into the catalog's search box")
def _(lab):
    store = lab.places(5)
    window = lab.kit.window(lab, store)
    box = window.catalog.search_edit
    for text in ('"', "*", "NEAR(", "a\"b OR", "col:val", "-", "^", "🙂", "\u202e", "x" * 5000):
        box.clear()
        box.setFocus()
        box.setText(text)
        lab.kit.pump(0.4)
        rows = window.catalog.model.rowCount()
        lab.expect(rows in (0, 5), WRONG, f"« {short(text, 20)} » shows {rows} rows")
    box.setText("valserhone")
    lab.kit.pump(0.4)
    lab.expect(window.catalog.model.rowCount() == 1, WRONG, "« valserhone » no longer finds its place")


# ---- photos

@gui("photos_bad_batch", "photos dropped on the notebook: good ones, an empty file, a text file, a folder")
def _(lab):
    from tests.factories.photos import make_photo

    store, visit, view = _notebook(lab)
    view.tabs.setCurrentWidget(view.photos)
    good = [make_photo(lab.root / f"IMG_{i}.jpg", (1600, 1200), seed=i) for i in range(3)]
    bad = [lab.file("vide.jpg", b""), lab.file("notes.png", "texte"), lab.root / "dossier.jpg"]
    (lab.root / "dossier.jpg").mkdir()
    runner = view.photos.attach([good[0], bad[0], good[1], bad[1], bad[2], good[2]])
    lab.expect(runner is not None, WRONG, "nothing started")
    lab.kit.wait_until(lambda: view.photos.runner is None, 20)
    lab.kit.pump(0.1)
    records = store.attachments.of_visit(visit)
    lab.expect(len(records) == 3, WRONG, f"{len(records)} attached of 3 good photos")
    refusals = [text for title, text, _ in lab.kit.boxes if "refusés" in title]
    lab.expect(refusals, WRONG, f"the refused files were not said: {lab.kit.box_texts()}")
    lab.french(refusals[0], "vide.jpg", "notes.png", "dossier.jpg", what="the refusal")


@gui("photos_full_disk", "a photo dropped while the data disk is full")
def _(lab):
    from tests.factories.photos import make_photo

    disk = lab.disk(4096)
    store, visit, view = _notebook(lab)
    photo = make_photo(lab.root / "IMG_0001.jpg", (3000, 2000), texture=True)
    disk.fill()
    view.photos.attach([photo])
    lab.kit.wait_until(lambda: view.photos.runner is None, 20)
    lab.kit.pump(0.1)
    lab.expect(lab.kit.boxes, WRONG, "nothing was said")
    lab.french(lab.kit.box_texts(), "plein", what="the dialog")
    lab.expect(not store.attachments.of_visit(visit), WRONG, "recorded without its file")


# ---- the import wizard

def _wizard(lab, path):
    from tl_desktop.ui.import_wizard import ImportWizard

    store = lab.store()
    ops = lab.kit.ops(lab, store)
    wizard = ImportWizard(path, store.path, lab.data, ops.write)
    lab.later(wizard.deleteLater)
    wizard.show()
    wizard.start()
    return store, wizard


@gui("wizard_binary_file", "the import wizard given a PNG renamed .csv")
def _(lab):
    from tests.factories.photos import jpeg_bytes

    _, wizard = _wizard(lab, lab.file("liste.csv", b"\x89PNG\r\n\x1a\n\x00\x00" + jpeg_bytes()))
    lab.kit.wait_until(lambda: lab.kit.boxes or not wizard.isVisible(), 10)
    lab.expect(lab.kit.boxes, WRONG, "nothing was said")
    lab.french(lab.kit.boxes[-1][1], "pas un fichier texte", what="the dialog")


@gui("wizard_header_only", "the import wizard given a list with a header and no row")
def _(lab):
    _, wizard = _wizard(lab, lab.file("vide.csv", "nom;commune;latitude;longitude\n"))
    lab.kit.wait_until(lambda: lab.kit.boxes or not wizard.isVisible(), 10)
    lab.expect(lab.kit.boxes, WRONG, "nothing was said")
    lab.french(lab.kit.boxes[-1][1], "aucun lieu", what="the dialog")


@gui("wizard_utf16_real_list", "the import wizard on the real list saved as Excel « Texte Unicode », imported")
def _(lab):
    from bench.hostile_cases.samples import france_services_rows

    rows = france_services_rows(5)
    text = "\t".join(rows[0]) + "\r\n" + "".join("\t".join(r.values()) + "\r\n" for r in rows)
    store, wizard = _wizard(lab, lab.file("fs.txt", "\ufeff" + text, "utf-16-le"))
    page = wizard.page(wizard.startId())
    lab.kit.wait_until(lambda: page.preview.rowCount() > 0, 10)
    cells = [page.preview.item(r, c).text() for r in range(page.preview.rowCount())
             for c in range(page.preview.columnCount()) if page.preview.item(r, c)]
    lab.expect("France services de Valserhône" in cells, WRONG, "the preview does not show the names right")
    for _ in range(3):
        wizard.next()
        lab.kit.pump(0.3)
        lab.kit.wait_until(lambda: wizard.currentPage().isComplete(), 10)
    wizard.accept()
    lab.kit.wait_until(lambda: store.sites.count() == 5, 15)
    lab.expect(store.sites.count() == 5, WRONG, f"{store.sites.count()} places imported of 5")


# ---- the map page

def _js(lab, view, script, timeout=10):
    box = []
    view.page().runJavaScript(script, box.append)
    lab.kit.wait_until(lambda: box, timeout)
    return box[0] if box else None


@gui("map_confinement", "names with </script>, <img onerror>, javascript: on the map and in its popups")
def _(lab):
    from tl_desktop.domain import MapPoint
    from tl_desktop.views.map_view import MapView

    hostile = ["</script><script>window.__pwned = 1</script>", "<img src=x onerror=\"window.__pwned=2\">",
               "javascript:window.__pwned=3", "\u2028');window.__pwned=4;('", "Café « ordinaire »"]
    points = [MapPoint(f"id-{i}", name, f"<b>{name}</b>", 45.0 + i * 0.1, 5.0 + i * 0.1, ("fablab",))
              for i, name in enumerate(hostile)]
    view = MapView()
    lab.later(view.deleteLater)
    view.resize(900, 640)
    view.show()
    shown = []
    view.sites_shown.connect(lambda *a: shown.append(True))
    view.set_points(points)
    lab.expect(lab.kit.wait_until(lambda: shown, 30), WRONG, "the map never showed its places")
    lab.kit.wait_until(lambda: _js(lab, view, "tlMap.isLoading()") is False, 10)
    lab.expect(_js(lab, view, "tlMap.count()") == len(hostile), WRONG, "not every place is on the map")
    for i, name in enumerate(hostile):
        view.focus_site(f"id-{i}")
        lab.kit.wait_until(lambda: _js(lab, view, "(document.querySelector('.tl-popup-name') || {}).textContent")
                           == name, 10)
        label = _js(lab, view, "(document.querySelector('.tl-popup-name') || {}).textContent")
        lab.expect(label == name, WRONG, f"the popup shows « {short(str(label), 60)} » for « {short(name, 60)} »")
    lab.kit.pump(0.3)
    pwned = _js(lab, view, "String(window.__pwned)")
    lab.expect(pwned == "undefined", WRONG, f"a name ran as code (window.__pwned = {pwned})")
    count = _js(lab, view, "document.querySelectorAll('.leaflet-popup img, .leaflet-popup script, "
                           ".leaflet-popup a[href^=javascript]').length")
    lab.expect(count == 0, WRONG, f"{count} element(s) made from a name")
    _ = json


@gui("map_tile_cache_damaged", "the offline basemap's cache file damaged between two starts")
def _(lab):
    from tl_desktop.map.tiles import PLAN_IGN, TileCache, cache_path

    path = cache_path(lab.root, PLAN_IGN)
    first = TileCache(path, PLAN_IGN)
    first.close()
    path.write_bytes(b"\x00garbage" * 400)                       # what a crash mid-copy or a bad sector leaves
    cache = TileCache(path, PLAN_IGN)
    lab.expect(cache.notice is not None and "endommagé" in str(cache.notice), WRONG,
               "a damaged tile cache was not said (in French)")
    lab.expect(cache.stats() == (0, 0), WRONG, "the damaged cache was not rebuilt empty")
    lab.expect(any("endommage" in p.name for p in path.parent.iterdir()), LOST,
               "the damaged file was not kept aside")
    cache.close()


# ---- bad luck seen from the window

def _damage(path):
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 3 * 4096] = b"\xde\xad\xbe\xef" * 3072
    path.write_bytes(bytes(data))


@gui("window_damaged_catalog", "the window opened on a catalog with damaged pages, the catalog scrolled")
def _(lab):
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    store = lab.store()
    store.sites.add_many([Site(name=f"Lieu {i}", commune="Die", description="texte " * 40) for i in range(3000)])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    _damage(lab.db_path)
    store = Store(lab.db_path)
    lab.later(store.close)
    window = lab.kit.window(lab, store)
    runner = window.checks.check_and_back_up()
    done = []
    runner.finished.connect(lambda: done.append(True))
    lab.kit.wait_until(lambda: done, 30)
    table = window.catalog.table
    for _ in range(40):                       # the agent scrolls through the catalog
        table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
        lab.kit.pump(0.01)
        table.scrollToTop()
    lab.kit.pump(0.1)
    titles = [t for t, _, _ in lab.kit.boxes]
    lab.expect("Catalogue endommagé" in titles, WRONG, f"the damage was not said at start: {titles}")
    lab.french(next(x for t, x, _ in lab.kit.boxes if t == "Catalogue endommagé"), "sauvegarde", "recover",
               what="the dialog")
    lab.expect(not (lab.data / "sauvegardes").exists(), LOST, "a damaged file was saved as a backup")


@gui("window_read_only_start", "the window opened on a catalog on a write-protected key")
def _(lab):
    disk = lab.disk(4096, "cle")
    lab.places(3).close()
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    store = lab.store()
    window = lab.kit.window(lab, store)
    window.load_map = lambda: None
    window.start_deferred()
    lab.kit.pump(0.1)
    lab.expect(any("lecture seule" in t.lower() for t, _, _ in lab.kit.boxes), WRONG,
               f"the read-only catalog was not said: {lab.kit.box_texts()}")
    lab.expect(window.catalog.model.rowCount() == 3, WRONG, "the places are not shown")


@gui("wizard_cancel_midway", "« Annuler » while the real France Services list is being imported")
def _(lab):
    from tl_desktop.base.resources import resource

    store, wizard = _wizard(lab, resource("demo", "liste-fs-20240801.csv"))
    store.sites.add_many(france_services_sites(2))
    page = wizard.page(wizard.startId())
    lab.kit.wait_until(lambda: page.preview.rowCount() > 0, 20)
    for _ in range(3):
        wizard.next()
        lab.kit.pump(0.2)
        lab.kit.wait_until(lambda: wizard.currentPage().isComplete(), 20)
    wizard.accept()
    lab.expect(wizard.runner is not None, WRONG, "« Importer » started nothing: the case tried nothing")
    lab.kit.pump(0.3)
    wizard.reject()                          # « Annuler » during the write
    lab.kit.pump(0.3)
    count = store.sites.count()
    lab.expect(count == 2 or count > 2700, WRONG,
               f"{count} places after a cancelled import (2 or the whole list)")
    lab.expect(store.check() == [], LOST, "the catalog is not sound after the cancel")


@gui("form_complete_from_garbage", "« Compléter depuis la commune » with a latitude « abc » and a commune « <b>?</b> »")
def _(lab):
    store, site, form = _form(lab)
    for commune, lat, lon in (("<b>?</b>", "abc", "5,3"), ("Die", "abc", "nord"), ("", "", ""), ("Die", "1e400", "5")):
        form.edits["commune"].setText(commune)
        form.edits["postcode"].clear()
        form.edits["insee_code"].clear()
        form.latitude_edit.setText(lat)
        form.longitude_edit.setText(lon)
        form.place_button.click()
        lab.kit.pump(0.02)
        lab.french(form.place_info.text() or "vide", what=f"the form's note for « {commune} »")
    lab.expect(store.sites.get(site.id).commune == site.commune, WRONG, "the stored commune changed without saving")


@gui("participants_import_garbage", "participants imported from a damaged workbook, then from a list without names")
def _(lab):
    store, tour, view = _tour_view(lab)
    people = view.participants
    people.set_visit(tour.id) if hasattr(people, "set_visit") else None
    lab.kit.files.append(lab.file("participants.xlsx", b"PK\x03\x04" + b"\x00garbage" * 100))
    people.import_people()
    lab.expect(lab.kit.boxes, WRONG, "nothing was said about the damaged workbook")
    lab.french(lab.kit.boxes[-1][1], "participants.xlsx", what="the dialog")
    lab.kit.files.append(lab.file("liste.csv", "Fonction;Service\nÉlue;Mairie\n"))
    people.import_people()
    lab.french(lab.kit.boxes[-1][1], what="the dialog")
    lab.expect(not store.tours.participants(tour.id), WRONG, "someone without a name was added")


@gui("photo_damaged_opened", "a photo whose stored file was damaged, shown in the grid and opened large")
def _(lab):
    from tests.factories.photos import make_photo

    store, visit, view = _notebook(lab)
    photo = make_photo(lab.root / "IMG_0001.jpg", (1600, 1200))
    store.attachments.attach_files(visit, [photo])
    record = store.attachments.of_visit(visit)[0]
    store.attachments.file_path(record).write_bytes(b"\x00garbage" * 500)
    for path in store.media.cache_dir.rglob("*"):
        if path.is_file():
            path.unlink()
    view.tabs.setCurrentWidget(view.photos)
    view.photos.reload()
    lab.kit.pump(0.5)
    view.photos.open_large(record.id)
    lab.kit.pump(0.3)
    lab.expect(store.attachments.of_visit(visit), LOST, "the photo's record disappeared")


@gui("catalog_sort_hostile", "the catalog sorted by each column with empty, hostile and RTL names")
def _(lab):
    from tl_desktop.domain import Site

    store = lab.places(3)
    for name in ("", "\u202eeman", "<b>x</b>", "😀", "Zèbre", "   espace"):
        try:
            store.sites.save(Site(name=name, commune="\u202eDie", departement="2A" if name else "xx"))
        except Exception:  # noqa: BLE001 — the empty name is refused by the store, as it should
            pass
    window = lab.kit.window(lab, store)
    table = window.catalog.table
    model = table.model()
    from PySide6.QtCore import Qt

    for column in range(model.columnCount()):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            table.sortByColumn(column, order)
            lab.kit.pump(0.02)
    lab.expect(model.rowCount() == store.sites.count(), WRONG, "rows are missing after sorting")


@gui("export_pdf_read_only_folder", "the visit summary exported from the window into a write-protected folder")
def _(lab):
    data = lab.data
    disk = lab.disk(4096, "cle")
    lab.data = data                      # the catalog on the laptop, the document onto the key
    store, visit = _visit(lab)
    folder = disk.folder / "documents"
    folder.mkdir()
    (folder / "synthese.pdf").write_bytes(b"%PDF-1.4 ancienne version\n%%EOF\n")
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    window = lab.kit.window(lab, store)
    window.open_visit(visit)
    runner = window.documents.export_visit_to(visit, folder / "synthese.pdf", False)
    done = []
    runner.finished.connect(lambda: done.append(True))
    lab.kit.wait_until(lambda: done, 30)
    lab.kit.pump(0.1)
    lab.expect(lab.kit.boxes, WRONG, "the failed export was not said")
    lab.french(lab.kit.boxes[-1][1], "synthese.pdf", what="the dialog")
    lab.expect((folder / "synthese.pdf").read_bytes().startswith(b"%PDF-1.4 ancienne"), LOST, "the old PDF changed")


@gui("wizard_write_full_disk", "the import wizard's « Importer » on a full disk")
def _(lab):
    from tl_desktop.base.resources import resource

    disk = lab.disk(6144)
    store, wizard = _wizard(lab, resource("demo", "liste-fs-20240801.csv"))
    store.sites.add_many(france_services_sites(2))
    page = wizard.page(wizard.startId())
    lab.kit.wait_until(lambda: page.preview.rowCount() > 0, 20)
    for _ in range(3):
        wizard.next()
        lab.kit.pump(0.2)
        lab.kit.wait_until(lambda: wizard.currentPage().isComplete(), 20)
    disk.fill()
    wizard.accept()
    lab.kit.wait_until(lambda: lab.kit.boxes, 60)
    lab.expect(lab.kit.boxes, WRONG, "the failed import was not said")
    lab.french(lab.kit.boxes[-1][1], "plein", what="the dialog")
    lab.expect(wizard.isVisible(), WRONG, "the wizard closed: the agent cannot retry")
    disk.free()
    store.imports.recover()
    lab.expect(store.sites.count() == 2, WRONG, f"{store.sites.count()} places after a failed import")


@gui("markup_never_rendered", "markup in names, titles, people and captions: no label or tooltip renders it")
def _(lab):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt            # Qt::mightBeRichText lives in QtGui
    from PySide6.QtWidgets import QApplication, QLabel

    from tests.factories.photos import make_photo
    from tl_desktop.domain import Attendance, Person, Site, Stop, Tour
    from tl_desktop.ui.merge_dialog import MergeDialog
    from tl_desktop.ui.photo_viewer import PhotoViewer
    from tl_desktop.ui.visit_dialog import VisitDialog

    mark = "<b>GRAS</b><i>x</i><img src='/nulle/part.png'>"
    store = lab.store()
    a, _ = store.sites.save(Site(name=f"Friche {mark}", commune=f"Die {mark}", address=f"1 rue {mark}",
                                 description=mark, latitude=44.75, longitude=5.37, kinds=["fablab"]))
    b, _ = store.sites.save(Site(name=f"Friche {mark}", commune=f"Die {mark}", address=f"1 rue {mark}",
                                 latitude=44.7501, longitude=5.3701, kinds=["fablab"]))
    tour, _ = store.tours.save(Tour(title=f"Tour {mark}", organiser=mark, start_date="2025-02-11",
                                    end_date="2025-02-11", objectives=mark))
    stop, _ = store.tours.add_stop(Stop(tour.id, a.id, "2025-02-11", host=mark, meeting_point=mark))
    store.tours.add_participant(tour.id, Attendance(Person(name=f"Camille {mark}", service=mark), mark))
    visit, _ = store.visits.create(a.id, stop_id=stop.id, visit_date="2025-02-11", author=f"Agent {mark}")
    store.visits.add_person(visit.id, Attendance(Person(name=f"Dominique {mark}", contact=mark), mark))
    store.attachments.attach_files(visit.id, [make_photo(lab.root / "p.jpg")])
    photo = store.attachments.of_visit(visit.id)[0]
    store.attachments.set_caption(photo.id, f"Légende {mark}")
    window = lab.kit.window(lab, store)
    window.open_site(a.id)
    window.open_visit(visit.id)
    window.show_tours()
    window.tour_view.open_tour(tour.id)
    window.show_visits()
    extra = [MergeDialog(store, a.id, b.id, lambda *args: True, None, window),
             PhotoViewer(store, window.ops, window.notebook.photos.loader, [photo], 0, window),
             VisitDialog(store, window.ops, store.visits.get(visit.id), window)]
    for dialog in extra:
        lab.later(dialog.deleteLater)
        dialog.show()
    for tab in range(window.tour_view.tabs.count()):
        window.tour_view.tabs.setCurrentIndex(tab)
        lab.kit.pump(0.05)
    for tab in range(window.notebook.tabs.count()):
        window.notebook.tabs.setCurrentIndex(tab)
        lab.kit.pump(0.05)
    rendered = []
    for widget in QApplication.allWidgets():
        texts = []
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.PlainText:
            texts.append(("label", widget.text()))
        texts.append(("tooltip", widget.toolTip()))
        for kind, text in texts:
            if "GRAS" in text and GuiQt.mightBeRichText(text):
                rendered.append(f"{kind} of {type(widget).__name__} « {short(text, 50)} »")
    lab.expect(not rendered, WRONG, f"user text rendered as markup: {'; '.join(rendered[:3])}")
    shown = [w for w in QApplication.allWidgets() if isinstance(w, QLabel) and "GRAS" in w.text()]
    lab.expect(shown, WRONG, "the check saw no label showing the names: it proves nothing")


@gui("visits_search_syntax", "search syntax typed into « Toutes les visites »")
def _(lab):
    store, visit = _visit(lab)
    store.visits.set_notes(visit, "Accueil chaleureux, café associatif")
    window = lab.kit.window(lab, store)
    window.show_visits()
    view = window.visits_view
    for text in ('"', "*", "NEAR(", "a\"b OR", "%", "\\", "🙂", "\u202e", "x" * 3000, "café"):
        view.search_edit.setText(text)
        lab.kit.pump(0.35)
    lab.expect(view.visit_ids() == [visit], WRONG, f"« café » finds {len(view.visit_ids())} visit(s), not its one")


@gui("study_view_names", "a study saved without a name, under a taken name, then exported with a hostile name")
def _(lab):
    from tl_desktop.domain import Study

    store = lab.places(5)
    store.studies.save(Study(name="Étude de l'Ain"))
    window = lab.kit.window(lab, store)
    view = window.show_study()
    lab.kit.wait_until(lambda: view.model.rowCount() > 0, 20)
    for name, word in (("   ", "nom"), ("Étude  de l'Ain", "déjà")):
        view.name_edit.setText(name)
        lab.expect(not view.save_study(), WRONG, f"a study was saved as « {name} »")
        lab.french(lab.kit.boxes[-1][1], word, what="the dialog")
    view.name_edit.setText("Étude <b>Bugey</b> & « Valserine » / 2025")
    lab.expect(view.save_study(), WRONG, f"not saved: {lab.kit.box_texts()}")
    out = lab.root / "etude.pdf"
    runner = view.export_to("pdf", out)
    done = []
    runner.finished.connect(lambda: done.append(True))
    lab.kit.wait_until(lambda: done, 60)
    lab.expect(out.exists() and out.read_bytes().rstrip().endswith(b"%%EOF"), WRONG, "the study's PDF was not written")
