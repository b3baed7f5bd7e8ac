"""GUI widgets offscreen: the wheel, the notebook, the site form, which place, the tour (more in gui_views).

Real widgets on a real catalog, driven as the agent drives them (keys typed one by one,
real wheel events where the pointer is); message boxes are answered and recorded.
"""

from __future__ import annotations

from bench.hostile_cases.lab import LOST, WRONG, case
from bench.hostile_cases.samples import france_services_sites

F = "gui"


def gui(name, title):
    return case(F, name, title, gui=True)


def _visit(lab, answers=()):
    store = lab.store()
    site, _ = store.sites.save(france_services_sites(1)[0])
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11")
    for theme, question, value in answers:
        store.visits.set_answer(visit.id, theme, question, value)
    return store, visit.id


def _notebook(lab, answers=(), size=(480, 640)):
    from tl_desktop.views.notebook_view import NotebookView

    store, visit = _visit(lab, answers)
    ops = lab.kit.ops(lab, store)
    view = NotebookView(store, ops)
    lab.later(view.deleteLater)
    lab.kit.show(view, size)
    view.open_visit(visit)
    lab.kit.pump(0.05)
    return store, visit, view


def _focus_elsewhere(lab, widget):
    widget.setFocus()
    lab.kit.wait_until(widget.hasFocus, 2)


def _stored_answer(store, visit, theme, question):
    return store.visits.get(visit).answers.get(theme, {}).get(question)


# ---- the wheel

@gui("wheel_grid_rating", "the wheel over an unfocused impact rating in the notebook's grid")
def _(lab):
    store, visit, view = _notebook(lab, [("impacts", "lien_social", 4)])
    rating = view._editors[("impacts", "lien_social")]
    view._grid_page.ensureWidgetVisible(rating)
    _focus_elsewhere(lab, view.tabs.tabBar())
    bar = view._grid_page.verticalScrollBar()
    before = bar.value()
    lab.kit.wheel(rating.combo)
    view.flush()
    lab.expect(rating.combo.currentData() == 4, WRONG, f"the rating became {rating.combo.currentData()}")
    lab.expect(_stored_answer(store, visit, "impacts", "lien_social") == 4, WRONG, "the stored rating changed")
    lab.expect(bar.value() > before, WRONG, "the grid did not scroll")


@gui("wheel_grid_choice_and_date", "the wheel over an unfocused legal form and end-of-lease date")
def _(lab):
    store, visit, view = _notebook(lab, [("gouvernance", "forme_juridique", "association"),
                                         ("foncier", "fin_occupation", "2027-06-30")])
    _focus_elsewhere(lab, view.tabs.tabBar())
    for key in (("gouvernance", "forme_juridique"), ("foncier", "fin_occupation")):
        editor = view._editors[key]
        view._grid_page.ensureWidgetVisible(editor)
        lab.kit.pump(0.02)
        lab.kit.wheel(getattr(editor, "combo", None) or editor.edit, -2)
    view.flush()
    answers = store.visits.get(visit).answers
    lab.expect(answers["gouvernance"]["forme_juridique"] == "association", WRONG, "the legal form changed")
    lab.expect(answers["foncier"]["fin_occupation"] == "2027-06-30", WRONG, "the date changed")


@gui("wheel_grid_focused", "the wheel over the focused rating (asked for): it changes")
def _(lab):
    store, visit, view = _notebook(lab, [("impacts", "lien_social", 4)])
    rating = view._editors[("impacts", "lien_social")]
    view._grid_page.ensureWidgetVisible(rating)
    rating.combo.setFocus()
    lab.kit.wait_until(rating.combo.hasFocus, 2)
    lab.kit.wheel(rating.combo)
    lab.expect(rating.combo.currentData() != 4, WRONG, "a focused combo ignores the wheel")
    lab.expect(view.flush() and _stored_answer(store, visit, "impacts", "lien_social") == rating.combo.currentData(),
               LOST, "the value chosen was not saved")


def _form(lab, site=None):
    from tl_desktop.views.site_form import SiteForm

    store = lab.store()
    if site is None:
        site, _ = store.sites.save(france_services_sites(1)[0].replace(location_precision="adresse"))
    ops = lab.kit.ops(lab, store)
    form = SiteForm(store, ops)
    lab.later(form.deleteLater)
    lab.kit.show(form, (460, 560))
    form.load_site(store.sites.get(site.id))
    return store, site, form


@gui("wheel_site_form", "the wheel over the site form's precision and legal form, unfocused")
def _(lab):
    store, site, form = _form(lab)
    before = (form.precision_combo.currentIndex(), form.legal_combo.currentIndex())
    _focus_elsewhere(lab, form.edits["name"])
    for combo in (form.precision_combo, form.legal_combo):
        form.scroll_area.ensureWidgetVisible(combo)
        lab.kit.pump(0.02)
        lab.kit.wheel(combo, -2)
    after = (form.precision_combo.currentIndex(), form.legal_combo.currentIndex())
    lab.expect(after == before, WRONG, f"the combos moved from {before} to {after}")
    lab.expect(not form.is_dirty(), WRONG, "the form became modified")


def _tour_view(lab, stops=2):
    from tl_desktop.domain import Stop, Tour
    from tl_desktop.views.tour_view import TourView

    store = lab.store()
    sites = [store.sites.save(s)[0] for s in france_services_sites(stops)]
    tour, _ = store.tours.save(Tour(title="Visite apprenante de l'Ain", start_date="2025-02-11",
                                    end_date="2025-02-12"))
    for s in sites:
        store.tours.add_stop(Stop(tour.id, s.id, "2025-02-11", duration_min=90, planned_time="09:30"))
    ops = lab.kit.ops(lab, store)
    view = TourView(store, ops, lambda: sites[0].id)
    lab.later(view.deleteLater)
    lab.kit.show(view, (480, 720))
    view.open_tour(tour.id)
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0) if view.tree.topLevelItem(0).childCount()
                             else view.tree.topLevelItem(0))
    lab.kit.pump(0.05)
    return store, tour, view


@gui("wheel_tour_duration", "the wheel over a stop's unfocused duration and travel boxes")
def _(lab):
    store, tour, view = _tour_view(lab)
    editor = view.stop_editor
    lab.expect(editor.duration_spin.isEnabled(), WRONG, "no stop selected in the tour")
    _focus_elsewhere(lab, editor.host_edit)
    lab.kit.wheel(editor.duration_spin, -3)
    lab.kit.wheel(editor.travel_spin, -3)
    lab.kit.pump(0.05)
    lab.expect(editor.duration_spin.value() == 90, WRONG, f"the duration became {editor.duration_spin.value()}")
    stops = store.tours.stops(tour.id)
    lab.expect(all(s.duration_min == 90 and s.travel_min is None for s in stops), WRONG, "a stop was changed")


@gui("wheel_tour_dates", "the wheel over the tour's unfocused start and end dates")
def _(lab):
    store, tour, view = _tour_view(lab)
    view.tabs.setCurrentIndex(1)
    lab.kit.pump(0.05)
    _focus_elsewhere(lab, view.title_edit)
    lab.kit.wheel(view.start_edit, 3)
    lab.kit.wheel(view.end_edit, 3)
    lab.kit.pump(0.05)
    stored = store.tours.get(tour.id)
    lab.expect((stored.start_date, stored.end_date) == ("2025-02-11", "2025-02-12"), WRONG,
               f"the dates became {stored.start_date} – {stored.end_date}")


@gui("wheel_tour_dialog", "the wheel over the new-tour dialog's unfocused dates")
def _(lab):
    from tl_desktop.ui.tour_dialog import TourDialog

    store = lab.store()
    dialog = TourDialog(store, lab.kit.ops(lab, store))
    lab.later(dialog.deleteLater)
    dialog.show()
    lab.kit.pump(0.05)
    before = dialog.start_edit.date()
    _focus_elsewhere(lab, dialog.title_edit)
    lab.kit.wheel(dialog.start_edit, 4)
    lab.expect(dialog.start_edit.date() == before, WRONG, "the start date moved under the wheel")


# ---- the notebook: numbers, long text, a full disk

@gui("notebook_number_nan", "« nan », « inf », « 1e400 » typed as a surface in the notebook")
def _(lab):
    store, visit, view = _notebook(lab, [("foncier", "surface", 120)])
    editor = view._editors[("foncier", "surface")]
    for text in ("nan", "inf", "1e400"):
        editor.edit.selectAll()
        editor.edit.setFocus()
        lab.kit.type_text(editor.edit, text)
        view.flush()
        lab.expect(editor.edit.text() == text, LOST, f"« {text} » was removed from the screen")
        lab.expect(_stored_answer(store, visit, "foncier", "surface") == 120, LOST,
                   f"the stored surface became {_stored_answer(store, visit, 'foncier', 'surface')!r}")
        lab.expect(editor.toolTip() or editor.styleSheet(), WRONG, f"« {text} » is not marked as refused")


@gui("notebook_number_1e308", "« 1e308 » typed as a surface")
def _(lab):
    store, visit, view = _notebook(lab)
    editor = view._editors[("foncier", "surface")]
    editor.edit.setFocus()
    lab.kit.type_text(editor.edit, "1e308")
    view.flush()
    stored = _stored_answer(store, visit, "foncier", "surface")
    lab.expect(stored is None or len(str(stored)) < 30, WRONG, f"stored as a {len(str(stored))}-digit number")


@gui("notebook_long_paste", "1 MB of text pasted into the notes, then the window closed")
def _(lab):
    store, visit = _visit(lab)
    window = lab.kit.window(lab, store)
    window.open_visit(visit)
    text = "Compte rendu détaillé de la visite ; " * 28_000
    window.notebook.notes_edit.setPlainText(text)
    lab.expect(window.close(), WRONG, "the window refused to close")
    from tl_desktop.store import Store

    with Store(store.path) as again:
        lab.expect(again.visits.get(visit).notes == text, LOST, "the pasted notes were not all saved")


@gui("notebook_full_disk", "notes typed while the disk is full: kept, said, retried, closing asks")
def _(lab):
    from PySide6.QtWidgets import QMessageBox

    from tl_desktop.views import notebook_view

    disk = lab.disk(2048)
    store, visit = _visit(lab)
    window = lab.kit.window(lab, store)
    window.open_visit(visit)
    notebook = window.notebook
    notebook._retry.setInterval(300)
    lab.kit.type_text(notebook.notes_edit, "début")
    lab.expect(notebook.flush(), LOST, "the first notes were not saved")
    disk.fill()
    text = "Ce que dit l'équipe : " + "bénévoles, atelier, cantine ; " * 3000
    notebook.notes_edit.setPlainText(text)
    notebook.write_pending()
    lab.kit.wait_until(lambda: notebook.storage_problem() is not None, 5)
    lab.expect(notebook.storage_problem(), WRONG, "the failed write was not said")
    lab.french(notebook.storage_problem(), "plein", what="the notebook's message")
    lab.expect(notebook.notes_edit.toPlainText() == text, LOST, "the text left the screen")
    lab.kit.answers.append(QMessageBox.Cancel)
    lab.expect(not window.close(), LOST, "the window closed without asking")
    lab.expect(any("non enregistré" in t for t, _, _ in lab.kit.boxes), WRONG, "closing did not say why")
    disk.free()
    lab.kit.wait_until(lambda: not notebook.has_pending(), 5)
    lab.expect(store.visits.get(visit).notes == text, LOST, "the text was not written once space came back")
    _ = notebook_view


@gui("notebook_read_only_catalog", "typing in the notebook of a catalog on a write-protected key")
def _(lab):
    from PySide6.QtWidgets import QMessageBox

    from tl_desktop.store import Store

    disk = lab.disk(4096, "cle")
    store, visit = _visit(lab)
    store.close()
    disk.read_only()
    lab.later(lambda: disk.read_only(False))
    store = lab.store()
    lab.expect(store.read_only, WRONG, "not opened read-only")
    window = lab.kit.window(lab, store)
    window.open_visit(visit)
    notebook = window.notebook
    notebook.notes_edit.setFocus()
    lab.kit.type_text(notebook.notes_edit, "Notes sur une clé protégée")
    notebook.flush()
    prevented = not notebook.notes_edit.isEnabled() or notebook.notes_edit.isReadOnly()
    if not prevented:
        lab.expect("Notes sur une clé protégée" in notebook.notes_edit.toPlainText(), LOST,
                   "the typed text left the screen")
        lab.expect(notebook.storage_problem(), WRONG, "typing in a read-only catalog is neither prevented nor said")
        lab.french(notebook.storage_problem(), "lecture seule", what="the notebook's message")
        lab.kit.answers.append(QMessageBox.Cancel)
        lab.expect(not window.close(), LOST, "the window closed, dropping the typed text, without asking")
    _ = Store


# ---- the site form

@gui("form_latitude_text", "latitude « quarante-quatre » typed in the site form, then saved")
def _(lab):
    store, site, form = _form(lab)
    form.latitude_edit.setFocus()
    form.latitude_edit.selectAll()
    lab.kit.type_text(form.latitude_edit, "quarante-quatre")
    lab.expect(not form.save(), WRONG, "saved")
    lab.expect(form.latitude_edit.text() == "quarante-quatre", LOST, "the typed text left the screen")
    lab.expect(lab.kit.boxes, WRONG, "nothing was said")
    lab.french(lab.kit.boxes[-1][1], "coordonnées", what="the dialog")
    lab.expect(store.sites.get(site.id).latitude == site.latitude, WRONG, "the stored latitude changed")


@gui("form_latitude_out_of_range", "latitude 123,4 typed in the site form")
def _(lab):
    store, site, form = _form(lab)
    form.latitude_edit.setText("123,4")
    lab.expect(not form.save(), WRONG, "saved")
    lab.expect(lab.kit.boxes, WRONG, "nothing was said")
    lab.french(lab.kit.boxes[-1][1], "latitude", what="the dialog")
    lab.expect(form.latitude_edit.text() == "123,4" and form.is_dirty(), LOST, "the typed value was dropped")


@gui("form_name_erased", "the site's name erased, then saved")
def _(lab):
    store, site, form = _form(lab)
    form.edits["name"].clear()
    lab.expect(not form.save(), WRONG, "saved without a name")
    lab.french(lab.kit.boxes[-1][1], "nom", what="the dialog")
    lab.expect(store.sites.get(site.id).name == site.name, LOST, "the stored name changed")


@gui("form_markup_name", "a name with <b>, <img onerror> saved: shown as typed everywhere")
def _(lab):
    from PySide6.QtCore import Qt

    name = "<b>Gras</b> <img src=x onerror=alert(1)> & Cie"
    store = lab.store()
    site, _ = store.sites.save(france_services_sites(1)[0])
    window = lab.kit.window(lab, store)
    window.open_site(site.id)
    form = window.form
    form.edits["name"].setText(name)
    lab.expect(form.save(), WRONG, f"not saved: {lab.kit.box_texts()}")
    lab.expect(store.sites.get(site.id).name == name, WRONG, "stored differently")
    lab.expect(form.title_label.textFormat() == Qt.PlainText and form.title_label.text().startswith("<b>"), WRONG,
               "the form's title interprets the name")
    model = window.catalog.model
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    lab.expect(name in shown, WRONG, f"the catalog shows {shown}")


@gui("form_close_unsaved", "closing the window with a modified site form")
def _(lab):
    from PySide6.QtWidgets import QMessageBox

    store = lab.store()
    site, _ = store.sites.save(france_services_sites(1)[0])
    window = lab.kit.window(lab, store)
    window.open_site(site.id)
    window.form.description_edit.setPlainText("Description longue tapée sur place")
    lab.kit.answers.append(QMessageBox.Cancel)
    lab.expect(not window.close(), LOST, "closed without asking")
    lab.expect(window.form.description_edit.toPlainText() == "Description longue tapée sur place", LOST,
               "the description left the screen")
    lab.kit.answers.append(QMessageBox.Save)
    lab.expect(window.close(), WRONG, "« Enregistrer » did not close")
    lab.expect(store.sites.get(site.id).description == "Description longue tapée sur place", LOST, "not saved")


@gui("form_position_swapped", "a position typed with latitude and longitude swapped")
def _(lab):
    from PySide6.QtWidgets import QMessageBox

    store, site, form = _form(lab)
    form.latitude_edit.setText("5,826")
    form.longitude_edit.setText("46,106")
    lab.kit.answers.append(QMessageBox.Yes)
    lab.expect(form.save(), WRONG, f"not saved: {lab.kit.box_texts()}")
    stored = store.sites.get(site.id)
    lab.expect(46 < stored.latitude < 46.2, WRONG, f"stored at {stored.latitude}, {stored.longitude}")


# ---- which place

@gui("new_visit_picked_place", "« Nouvelle visite du lieu » after picking B in the catalog, A in the hidden form")
def _(lab):
    store = lab.places(5)
    ids = store.sites.query_ids()
    window = lab.kit.window(lab, store)
    window.open_site(ids[0])
    window.form_dock.hide()
    window.catalog.select_site(ids[3])
    lab.kit.pump(0.05)
    window.actions.new_visit.trigger()
    lab.kit.pump(0.05)
    visit = window.notebook.visit_id()
    lab.expect(visit, WRONG, "no visit opened")
    lab.expect(store.visits.get(visit).site_id == ids[3], WRONG,
               f"a visit of « {store.sites.get(store.visits.get(visit).site_id).name} » was opened")


@gui("new_visit_from_tour_stop", "« Nouvelle visite » after picking a stop in the tour, last")
def _(lab):
    store, tour, _ = _tour_view(lab, 3)
    window = lab.kit.window(lab, store)
    window.show_tours()
    view = window.tour_view
    view.open_tour(tour.id)
    day = view.tree.topLevelItem(0)
    stops = store.tours.stops(tour.id)
    view.tree.setCurrentItem(day.child(0))
    window.catalog.select_site(stops[1].site_id)        # then another place in the catalog
    lab.kit.pump(0.05)
    view.tree.setCurrentItem(day.child(2))               # and last, the third stop in the tour
    lab.kit.pump(0.05)
    expected = view._current_stop().site_id
    window.actions.new_visit.trigger()
    visit = window.notebook.visit_id()
    lab.expect(visit and store.visits.get(visit).site_id == expected, WRONG,
               "the visit is not of the stop picked last")


# ---- the tour

@gui("stop_time_impossible", "« 25:70 » typed as a stop's time")
def _(lab):
    store, tour, view = _tour_view(lab)
    edit = view.stop_editor.time_edit
    edit.setFocus()
    edit.selectAll()
    lab.kit.type_text(edit, "2570")
    view.stop_editor.host_edit.setFocus()
    lab.kit.pump(0.05)
    stored = store.tours.stops(tour.id)[0].planned_time
    lab.expect(stored != "25:70", WRONG, "« 25:70 » was stored")
    if stored != "09:30":
        lab.expect(edit.text() == "25:70" or lab.kit.boxes or edit.toolTip(), LOST,
                   f"the stop's time « 09:30 » was replaced by « {stored} » without a word")


@gui("tour_title_erased", "the tour's title erased in the details tab")
def _(lab):
    store, tour, view = _tour_view(lab)
    view.tabs.setCurrentIndex(1)
    view.title_edit.setFocus()
    view.title_edit.clear()
    view.organiser_edit.setFocus()
    lab.kit.pump(0.05)
    lab.expect(store.tours.get(tour.id).title == "Visite apprenante de l'Ain", LOST, "the stored title was lost")
