"""The catalog and the site form, driven as an agent does: type, click, save; then check the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from tl_desktop.domain import PublicService, Site, SiteFilter
from tl_desktop.ui.main_window import MainWindow
from tl_desktop.views.catalog_view import CatalogView


@pytest.fixture
def sites(store):
    made = {}
    for name, kinds, commune, dep, services in [
        ("Café associatif La Plaine", ["cafe_associatif"], "Marseille", "13", []),
        ("Fablab des Étangs", ["fablab"], "Martigues", "13", [PublicService("conseiller_numerique")]),
        ("Coworking du Port", ["coworking"], "Toulon", "83", []),
        ("France services de Die", ["france_services"], "Die", "26", [PublicService("france_services")]),
    ]:
        site, _ = store.sites.save(Site(name=name, kinds=kinds, commune=commune, departement=dep,
                                       public_services=services, latitude=43.3, longitude=5.4))
        made[name] = site
    return made


def shown_names(view):
    model = view.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_search_as_you_type_ignores_accents(qtbot, store, ops, sites, type_text):
    view = CatalogView(store, ops)
    qtbot.addWidget(view)
    assert len(shown_names(view)) == 4
    type_text(view.search_edit, "etang")
    qtbot.waitUntil(lambda: shown_names(view) == ["Fablab des Étangs"], timeout=2000)
    assert view.count_label.text() == "1 lieu sur 4"
    view.search_edit.clear()
    type_text(view.search_edit, "Café")
    qtbot.waitUntil(lambda: shown_names(view) == ["Café associatif La Plaine"], timeout=2000)


def test_filters_by_kind_departement_and_hosted_service(qtbot, store, ops, sites):
    view = CatalogView(store, ops)
    qtbot.addWidget(view)
    view.departement_combo.setCurrentIndex(view.departement_combo.findData("13"))
    assert sorted(shown_names(view)) == ["Café associatif La Plaine", "Fablab des Étangs"]
    qtbot.mouseClick(view.service_check, Qt.LeftButton)
    assert shown_names(view) == ["Fablab des Étangs"]
    view.clear_filters()
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("france_services"))
    assert shown_names(view) == ["France services de Die"]


def test_the_map_is_told_which_sites_the_catalog_shows(qtbot, store, ops, sites):
    view = CatalogView(store, ops)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.shown_ids_changed) as blocker:
        view.kind_combo.setCurrentIndex(view.kind_combo.findData("coworking"))
    assert blocker.args == [[sites["Coworking du Port"].id]]
    with qtbot.waitSignal(view.shown_ids_changed) as blocker:
        view.clear_filters()
    assert blocker.args == [None]


def test_sorting_by_a_column_click(qtbot, store, ops, sites):
    view = CatalogView(store, ops)
    qtbot.addWidget(view)
    view.table.sortByColumn(2, Qt.DescendingOrder)   # commune
    assert view.model.data(view.model.index(0, 2)) == "Toulon"


@pytest.fixture
def window(qtbot, store, tmp_path):
    w = MainWindow(store, tmp_path)
    # Drop what a test left unsaved before pytest-qt closes the window: closing would ask, modally.
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load_site(None))
    w.show()
    return w


def test_open_edit_and_save_a_site(qtbot, store, sites, window, type_text):
    site = sites["Coworking du Port"]
    window.catalog.select_site(site.id)
    window.actions.open_site.trigger()
    form = window.form
    assert form.edits["name"].text() == "Coworking du Port"
    form.edits["name"].selectAll()
    type_text(form.edits["name"], "Coworking du Port — Rivière & « Cie »")
    qtbot.mouseClick(form.kind_checks["cafe_associatif"], Qt.LeftButton)
    form.latitude_edit.setText("43,1242")
    assert form.is_dirty() and window.actions.save_site.isEnabled()
    window.actions.save_site.trigger()
    stored = store.sites.get(site.id)
    assert stored.name == "Coworking du Port — Rivière & « Cie »"
    assert stored.kinds == ["coworking", "cafe_associatif"]
    assert stored.latitude == pytest.approx(43.1242)
    assert not form.is_dirty()
    assert store.sites.query_ids(SiteFilter(text="riviere")) == [site.id]
    assert "Coworking du Port — Rivière & « Cie »" in shown_names(window.catalog)


def test_unsaved_changes_are_never_dropped_silently(qtbot, store, sites, window, dialogs):
    window.open_site(sites["Coworking du Port"].id)
    window.form.description_edit.setPlainText("Notes prises pendant la visite")
    window.open_site(sites["Fablab des Étangs"].id)        # the agent clicks elsewhere
    assert dialogs.titles() == ["Modifications non enregistrées"]
    assert window.form.site_id() == sites["Coworking du Port"].id   # cancelled: still there
    dialogs.answer = QMessageBox.Save
    window.open_site(sites["Fablab des Étangs"].id)
    assert store.sites.get(sites["Coworking du Port"].id).description == "Notes prises pendant la visite"
    assert window.form.site_id() == sites["Fablab des Étangs"].id
    window.form.edits["phone"].setText("04 42 00 00 00")
    dialogs.answer = QMessageBox.Cancel
    assert not window.close()                                 # closing asks too
    assert window.isVisible()


def test_invalid_coordinates_show_a_message_and_save_nothing(qtbot, store, sites, window, monkeypatch):
    shown = []
    monkeypatch.setattr("tl_desktop.views.site_form.show_error", lambda parent, exc, title=None: shown.append(str(exc)))
    window.open_site(sites["Coworking du Port"].id)
    window.form.latitude_edit.setText("quarante-trois")
    window.actions.save_site.trigger()
    assert shown and "nombres décimaux" in shown[0]
    assert store.sites.get(sites["Coworking du Port"].id).latitude == 43.3
    assert window.form.is_dirty()


def test_the_form_is_built_when_first_shown_and_reopens_with_the_window(qtbot, store, sites, tmp_path):
    first = MainWindow(store, tmp_path)
    qtbot.addWidget(first)
    first.show()
    assert first.form_dock.widget() is None          # not built at start: the dock is hidden
    assert first.close()                             # nothing to ask about without a form
    second = MainWindow(store, tmp_path)
    qtbot.addWidget(second, before_close_func=lambda w: w.form.load_site(None))
    second.show()
    assert second.form_dock.widget() is None
    second.actions.show_form.trigger()               # « Affichage › Fiche du lieu »
    assert second.form_dock.isVisible() and second.form_dock.widget() is second.form
    second.form.edits["name"].setText("Tiers-lieu sans fiche")
    assert second.actions.save_site.isEnabled()      # the form's signals are connected
    second.form.load_site(None)
    assert second.close()
    third = MainWindow(store, tmp_path)               # the dock was left open: it comes back built
    qtbot.addWidget(third, before_close_func=lambda w: w.form.load_site(None))
    third.show()
    assert third.form_dock.isVisible() and third.form_dock.widget() is third.form


def test_create_a_new_site(qtbot, window, store, type_text):
    window.actions.new_site.trigger()
    assert window.form_dock.isVisible()
    type_text(window.form.edits["name"], "Garage solidaire de l'Étoile")
    window.form.edits["postcode"].setText("26150")
    window.form.edits["commune"].setText("Die")
    qtbot.mouseClick(window.form.place_button, Qt.LeftButton)
    assert window.form.edits["insee_code"].text() == "26113"
    assert window.form.latitude_edit.text()
    window.actions.save_site.trigger()
    ids = store.sites.query_ids(SiteFilter(text="etoile"))
    assert len(ids) == 1
    site = store.sites.get(ids[0])
    assert (site.departement, site.location_precision) == ("26", "commune")
    assert window.catalog.current_site_id() == site.id


def test_delete_asks_then_undo_restores(qtbot, store, sites, window, dialogs):
    dialogs.answer = QMessageBox.Yes
    site = sites["Café associatif La Plaine"]
    window.catalog.select_site(site.id)
    window.catalog.table.setFocus()
    window.actions.delete_site.trigger()
    assert store.sites.count() == 3
    assert "Café associatif La Plaine" not in shown_names(window.catalog)
    window.undo_action.trigger()
    assert store.sites.get(site.id).name == "Café associatif La Plaine"
    assert "Café associatif La Plaine" in shown_names(window.catalog)
    window.redo_action.trigger()
    assert store.sites.count() == 3


def test_import_opens_the_wizard_and_writes_through_the_writer(qtbot, window, store, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("nom;latitude;longitude\nLa Ruche;44,75;5,37\nCassé;91;5\n", encoding="utf-8")
    wizard = window.import_path(path)
    qtbot.waitUntil(lambda: wizard.isVisible() and wizard.prepared is not None)
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert [i.line for i in wizard.plan.rejected] == [3]
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.button(QWizard.FinishButton).click()
    assert store.sites.query_ids(SiteFilter(text="ruche"))
    qtbot.waitUntil(lambda: "La Ruche" in shown_names(window.catalog))


def test_demo_catalog_loads_off_the_gui_thread(qtbot, window, store):
    runner = window.load_demo()
    with qtbot.waitSignal(runner.finished, timeout=30000):
        pass
    assert store.sites.count() > 3000
    qtbot.waitUntil(lambda: window.catalog.model.rowCount() == store.sites.count())


def test_an_empty_catalog_is_offered_the_demo_once(qtbot, store, tmp_path, monkeypatch, dialogs):
    dialogs.answer = QMessageBox.No
    monkeypatch.setattr(MainWindow, "load_map", lambda self: None)   # the map has its own tests
    for _ in range(2):
        w = MainWindow(store, tmp_path)
        qtbot.addWidget(w)
        w.start_deferred()
        qtbot.wait(50)
    assert dialogs.titles() == ["Catalogue de démonstration"]
    assert store.sites.count() == 0          # « Non » loads nothing


def test_opening_the_catalog_queries_the_store_once(qtbot, store, ops, sites, monkeypatch):
    calls = []
    real = store.sites.query_ids
    monkeypatch.setattr(store.sites, "query_ids", lambda *a, **k: calls.append(a) or real(*a, **k))
    view = CatalogView(store, ops)
    qtbot.addWidget(view)
    assert len(calls) == 1 and view.model.rowCount() == 4
    view.table.sortByColumn(0, Qt.AscendingOrder)      # already so: no new query
    assert len(calls) == 1


def test_the_map_gets_the_filter_once_typing_pauses(qtbot, store, sites, window, type_text):
    received = []

    class FakeMap:
        def set_filter(self, flt):
            received.append(flt)

        def focus_site(self, site_id):
            pass

        def set_placeable(self, site_id, name=""):
            pass

    window.map_view = FakeMap()
    type_text(window.catalog.search_edit, "coworking")
    qtbot.waitUntil(lambda: bool(received), timeout=3000)
    qtbot.wait(500)
    assert received == [SiteFilter(text="coworking")]
    window.map_view = None


def test_user_text_in_questions_is_shown_as_typed(qtbot, store, window, dialogs):
    site, _ = store.sites.save(Site(name="<b>Gras</b> & <font size=7>Cliquez Oui</font>", commune="Die"))
    window.catalog.refresh()
    window.open_site(site.id)
    window.form.edits["phone"].setText("04")
    window.actions.new_site.trigger()               # asks about the unsaved change
    dialogs.answer = QMessageBox.Yes
    window.catalog.select_site(site.id)
    window.catalog.table.setFocus()
    window.actions.delete_site.trigger()             # asks before deleting
    assert len(dialogs.shown) == 2
    for title, text, text_format in dialogs.shown:
        assert "<b>Gras</b> & <font size=7>Cliquez Oui</font>" in text
        assert text_format == Qt.PlainText
    assert window.form.title_label.textFormat() == Qt.PlainText


def test_the_departement_filter_stays_true_after_its_last_site_is_deleted(qtbot, store, sites, window, dialogs):
    dialogs.answer = QMessageBox.Yes
    combo = window.catalog.departement_combo
    combo.setCurrentIndex(combo.findData("26"))
    assert shown_names(window.catalog) == ["France services de Die"]
    window.catalog.select_site(sites["France services de Die"].id)
    window.catalog.table.setFocus()
    window.actions.delete_site.trigger()
    assert combo.currentData() == "26" and shown_names(window.catalog) == []
    window.undo_action.trigger()
    assert combo.currentData() == "26" and shown_names(window.catalog) == ["France services de Die"]


def test_closing_during_a_job_cancels_it_and_loses_nothing(qtbot, store, window):
    store.sites.save(Site(name="Déjà là"))
    window.catalog.refresh()
    window.load_demo()
    qtbot.wait(50)
    assert window.close()                 # no crash: the job is cancelled and waited for
    assert store.sites.count() in (1, 1 + 3337)   # all or nothing, never half a demo


def test_a_marker_click_opens_the_site_without_moving_the_map(qtbot, store, sites, window, dialogs):
    focused = []

    class FakeMap:
        def set_filter(self, flt):
            pass

        def focus_site(self, site_id):
            focused.append(site_id)

        def set_placeable(self, site_id, name=""):
            pass

    window.map_view = FakeMap()
    window.catalog.kind_combo.setCurrentIndex(window.catalog.kind_combo.findData("coworking"))
    window.open_site(sites["Coworking du Port"].id)
    window.form.edits["phone"].setText("04 00")            # unsaved
    window._on_map_site_activated(sites["Fablab des Étangs"].id)
    assert dialogs.titles() == ["Modifications non enregistrées"]     # answered « Annuler »
    assert window.catalog.kind_combo.currentData() == "coworking"     # filters untouched
    assert window.form.site_id() == sites["Coworking du Port"].id
    dialogs.answer = QMessageBox.Discard
    window._on_map_site_activated(sites["Fablab des Étangs"].id)
    assert window.form.site_id() == sites["Fablab des Étangs"].id
    assert window.catalog.current_site_id() == sites["Fablab des Étangs"].id
    assert focused == []          # the map already shows it: no zoom back from the table
    window.map_view = None


def test_the_table_shows_labels_not_codes(qtbot, store, ops):
    store.sites.save(Site(name="X", kinds=["garage_solidaire", "fablab"], departement="2A",
                         programmes=["france_services"], public_services=[PublicService("autre", "CCAS")]))
    view = CatalogView(store, ops)
    qtbot.addWidget(view)
    cells = [view.model.data(view.model.index(0, c)) for c in range(1, 6)]
    assert cells == ["Garage solidaire, Fablab / atelier partagé", "", "2A · Corse-du-Sud",
                     "France Services", "Autre (CCAS)"]


def test_changed_sites_move_to_their_rows_without_reading_the_list_again(qtbot, store, sites, ops, monkeypatch):
    view = CatalogView(store, ops)
    qtbot.addWidget(view)
    view.table.sortByColumn(0, Qt.DescendingOrder)
    resets, queries = [], []
    view.model.modelReset.connect(lambda: resets.append(1))
    real = store.sites.query_ids
    monkeypatch.setattr(store.sites, "query_ids", lambda *a, **k: queries.append(a) or real(*a, **k))
    view.select_site(sites["Coworking du Port"].id)

    # Renamed: it moves from the second row to the last (names descending); still selected.
    _, changes = store.sites.save(sites["Coworking du Port"].replace(name="Atelier du Port"))
    view.refresh(changes.sites)
    assert shown_names(view) == ["France services de Die", "Fablab des Étangs", "Café associatif La Plaine",
                                 "Atelier du Port"]
    assert view.current_site_id() == sites["Coworking du Port"].id
    # Deleted, restored, created under a filter it does not match: the rows follow.
    view.refresh(store.sites.delete(sites["Fablab des Étangs"].id).sites)
    assert "Fablab des Étangs" not in shown_names(view) and view.count_label.text() == "3 lieux"
    view.refresh(store.sites.restore(sites["Fablab des Étangs"].id).sites)
    assert shown_names(view)[1] == "Fablab des Étangs" and view.count_label.text() == "4 lieux"
    view.departement_combo.setCurrentIndex(view.departement_combo.findData("13"))
    resets.clear()
    _, changes = store.sites.save(Site(name="Zèbre", departement="83"))
    view.refresh(changes.sites)
    assert shown_names(view) == ["Fablab des Étangs", "Café associatif La Plaine"]
    assert view.count_label.text() == "2 lieux sur 5"
    assert resets == [] and queries == [(SiteFilter(departement="13"), "name")]   # the filter's own query only


def test_complete_from_commune_places_marseille_by_arrondissement(qtbot, window):
    # The same geography as the import: « 13003 Marseille » is the 3e arrondissement, at its own centre.
    window.actions.new_site.trigger()
    form = window.form
    form.edits["postcode"].setText("13003")
    form.edits["commune"].setText("Marseille")
    qtbot.mouseClick(form.place_button, Qt.LeftButton)
    assert form.edits["insee_code"].text() == "13203"
    assert form.edits["commune"].text() == "Marseille"            # the agent's word is kept
    lat, lon = (float(e.text().replace(",", ".")) for e in (form.latitude_edit, form.longitude_edit))
    assert abs(lat - 43.3026) < 0.01 and abs(lon - 5.3758) < 0.01  # not the city's single point (43.28, 5.38)
    assert form.precision_combo.currentData() == "commune"
    assert "Marseille 3e Arrondissement (13203)" in form.place_info.text()
    assert "approximative" in form.place_info.text()


def test_complete_from_commune_explains_a_cedex_and_a_merged_commune(qtbot, window):
    window.actions.new_site.trigger()
    form = window.form
    form.edits["postcode"].setText("93484")
    form.edits["commune"].setText("St-Ouen-sur-Seine Cedex")
    qtbot.mouseClick(form.place_button, Qt.LeftButton)
    assert form.edits["insee_code"].text() == "93070"
    assert form.edits["commune"].text() == "Saint-Ouen-sur-Seine"
    assert "Cedex" in form.place_info.text()
    form.edits["postcode"].setText("")
    form.edits["commune"].setText("")
    form.latitude_edit.setText("")
    form.longitude_edit.setText("")
    form.edits["insee_code"].setText("14067")
    qtbot.mouseClick(form.place_button, Qt.LeftButton)
    assert form.edits["insee_code"].text() == "14654"
    assert form.edits["commune"].text() == "Saint-Pierre-en-Auge"
    assert "remplacé par 14654" in form.place_info.text()


def test_complete_from_commune_says_what_it_could_not_find(qtbot, window):
    window.actions.new_site.trigger()
    form = window.form
    form.edits["commune"].setText("Saint-Denis")
    qtbot.mouseClick(form.place_button, Qt.LeftButton)
    assert form.edits["insee_code"].text() == ""
    assert "introuvable" in form.place_info.text() and "précisez le code postal" in form.place_info.text()
