"""Duplicates in the GUI: the site form's warning, the catalog's list of pairs, the merge dialog and its undo."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tl_desktop.base.resources import resource
from tl_desktop.domain import PublicService, Site, SiteFilter, Stop, Tour
from tl_desktop.ui.main_window import MainWindow
from tl_desktop.ui.merge_dialog import BOTH, LEFT, RIGHT, MergeDialog

WARNING = "Ce lieu est peut-être déjà au catalogue"


@pytest.fixture
def window(qtbot, store, tmp_path):
    w = MainWindow(store, tmp_path)
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load_site(None))
    w.show()
    return w


@pytest.fixture
def marseille(store):
    """Two Fabriques de territoire of Marseille as the ANCT list gives them (commune centre, no address)."""
    made = {}
    for name in ("SCIC FRICHE LA BELLE DE MAI", "Foresta", "URBAN PROD"):
        made[name] = store.sites.save(Site(
            name=name, commune="Marseille", insee_code="13055", departement="13", latitude=43.292622,
            longitude=5.422412, location_precision="commune", kinds=["friche_culturelle"],
            source="Fabriques de territoire — ANCT (position : centre de la commune)"))[0]
    return made


def type_new_site(window, type_text, name, commune, postcode=""):
    window.actions.new_site.trigger()
    type_text(window.form.edits["name"], name)
    window.form.edits["commune"].setText(commune)
    window.form.edits["postcode"].setText(postcode)


# ---------------------------------------------------------------- the site form


def test_a_second_foresta_is_flagged_and_the_existing_one_opened_instead(qtbot, store, marseille, window,
                                                                         type_text, dialogs):
    type_new_site(window, type_text, "Foresta", "Marseille", "13015")
    dialogs.answer = QMessageBox.Open
    window.actions.save_site.trigger()
    assert dialogs.titles() == [WARNING]
    text = dialogs.shown[0][1]
    assert "« Foresta » (Marseille) : Même nom, même commune (Marseille)" in text
    assert dialogs.shown[0][2] == Qt.PlainText
    assert store.sites.count() == 3                                   # nothing created
    assert window.form.site_id() == marseille["Foresta"].id             # the existing one, open
    assert window.catalog.current_site_id() == marseille["Foresta"].id
    assert not window.form.is_dirty()


def test_the_scic_of_the_same_name_is_flagged_and_can_be_created_anyway(qtbot, store, marseille, window,
                                                                        type_text, dialogs):
    type_new_site(window, type_text, "Friche la Belle de Mai", "Marseille", "13003")
    window.form.edits["address"].setText("41 rue Jobin")
    dialogs.answer = QMessageBox.Cancel
    window.actions.save_site.trigger()
    assert dialogs.titles() == [WARNING] and "« SCIC FRICHE LA BELLE DE MAI »" in dialogs.shown[0][1]
    assert store.sites.count() == 3 and window.form.is_dirty()        # cancelled: the draft stays on screen
    assert window.form.edits["address"].text() == "41 rue Jobin"
    dialogs.answer = QMessageBox.Save                                   # « Créer quand même »
    window.actions.save_site.trigger()
    assert store.sites.count() == 4
    assert len(store.sites.query_ids(SiteFilter(text="belle de mai"))) == 2


def test_another_place_of_the_same_commune_is_created_without_a_word(qtbot, store, marseille, window,
                                                                     type_text, dialogs):
    type_new_site(window, type_text, "La Fabulerie", "Marseille", "13001")
    window.actions.save_site.trigger()
    assert dialogs.titles() == []
    assert store.sites.count() == 4


def test_editing_an_existing_site_does_not_warn_about_itself(qtbot, store, marseille, window, dialogs):
    window.open_site(marseille["Foresta"].id)
    window.form.edits["phone"].setText("04 91 00 00 00")
    window.actions.save_site.trigger()
    assert dialogs.titles() == []
    assert store.sites.get(marseille["Foresta"].id).phone == "04 91 00 00 00"


# ---------------------------------------------------------------- the merge dialog and its undo


@pytest.fixture
def case_pilote(store):
    """The two Case-Pilote rows of the France Services list, the second with a visit and a tour stop."""
    common = dict(postcode="97222", commune="Case-Pilote", insee_code="97205", departement="972",
                  region="Martinique", kinds=["france_services"], public_services=[PublicService("france_services")],
                  source="France Services — liste ANCT du 1er août 2024")
    first = store.sites.save(Site(name="France services de Case-Pilote", address="place Gaston Monnerville, Bourg",
                                  latitude=14.642812, longitude=-61.138635, location_precision="adresse",
                                  email="franceservices@mairiecasepilote.fr", **common))[0]
    second = store.sites.save(Site(name="France services de Case-Pilote", address="Place Gaston Monnerville",
                                   latitude=14.6430354, longitude=-61.1388944, location_precision="adresse",
                                   phone="05 96 78 45 55", description="Prise de rendez-vous : non",
                                   **{**common, "kinds": ["france_services", "mediation_numerique"]}))[0]
    tour = store.tours.save(Tour(title="Martinique", start_date="2025-03-10"))[0]
    stop = store.tours.add_stop(Stop(tour_id=tour.id, site_id=second.id, day="2025-03-10"))[0]
    visit = store.visits.create(second.id, stop_id=stop.id, visit_date="2025-03-10")[0]
    return first, second, visit, stop


def test_merge_dialog_shows_both_records_and_merges_the_values_picked(qtbot, store, case_pilote, window):
    first, second, visit, stop = case_pilote
    dialog = MergeDialog(store, first.id, second.id, window.merge_sites, parent=window)
    qtbot.addWidget(dialog)
    # The record with a visit and a stop is kept (left); identical fields are shown once, not asked.
    assert (dialog.left.id, dialog.right.id) == (second.id, first.id)
    assert "name" not in dialog.choices and "commune" not in dialog.choices
    assert set(dialog.choices) == {"kinds", "address", "position", "email", "phone", "description"}
    # Defaults: the filled value over an empty one, both lists of types together.
    assert dialog.picked("email") == RIGHT and dialog.picked("phone") == LEFT and dialog.picked("kinds") == BOTH
    dialog.pick("address", RIGHT)
    qtbot.mouseClick(dialog.choices["position"][RIGHT].label, Qt.LeftButton)   # a click on the text picks it
    dialog.pick("description", RIGHT)                                         # (empty on the right)
    qtbot.mouseClick(dialog.merge_button, Qt.LeftButton)
    assert dialog.result() == MergeDialog.Accepted

    merged = store.sites.get(second.id)
    assert merged.address == "place Gaston Monnerville, Bourg" and merged.latitude == first.latitude
    assert (merged.email, merged.phone, merged.description) == (first.email, "05 96 78 45 55", "")
    assert merged.kinds == ["france_services", "mediation_numerique"]
    assert store.sites.count() == 1 and [v.id for v in store.visits.of_site(second.id)] == [visit.id]
    assert window.catalog.model.rowCount() == 1

    window.undo_action.trigger()                                        # Ctrl+Z
    assert store.sites.get(first.id) == first and store.sites.get(second.id) == second
    assert store.visits.of_site(second.id)[0].id == visit.id and store.tours.get_stop(stop.id).site_id == second.id
    assert window.catalog.model.rowCount() == 2
    window.redo_action.trigger()
    assert store.sites.count() == 1 and store.sites.get(second.id).address == "place Gaston Monnerville, Bourg"


def test_a_refused_merge_keeps_the_dialog_open(qtbot, store, case_pilote, window, dialogs):
    first, second, _, _ = case_pilote
    dialog = MergeDialog(store, first.id, second.id, window.merge_sites, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    store.sites.delete(first.id)            # deleted meanwhile (another window, an undo…)
    qtbot.mouseClick(dialog.merge_button, Qt.LeftButton)
    assert dialog.isVisible() and dialog.result() != MergeDialog.Accepted
    assert dialogs.shown and "n'existe pas ou a été supprimé" in dialogs.shown[0][1]
    assert store.sites.get(second.id) == second


# ---------------------------------------------------------------- the catalog's list of pairs


def france_services() -> list[Site]:
    with open(resource("demo", "liste-fs-20240801.csv"), encoding="utf-8", newline="") as f:
        return [Site(name=r["lib_fs"], address=", ".join(p for p in (r["adresse"], r["complement_adresse"]) if p),
                     postcode=r["code_postal"], commune=r["lib_com"], insee_code=r["insee_com"],
                     latitude=float(r["latitude"]), longitude=float(r["longitude"]), location_precision="adresse",
                     kinds=["france_services"], source="France Services") for r in csv.DictReader(f)]


def test_the_list_of_probable_duplicates_of_the_real_france_services_list(qtbot, store, window, dialogs):
    store.sites.add_many(france_services())       # all 2,845 rows, the duplicates too
    with qtbot.waitSignal(window.actions.find_duplicates.triggered):
        window.actions.find_duplicates.trigger()
    dialog = window.duplicates_dialog
    qtbot.waitUntil(lambda: dialog.runner is None and dialog.tree.topLevelItemCount() > 0, timeout=20000)
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(6)] for i in range(dialog.tree.topLevelItemCount())]
    assert [(r[0], r[1]) for r in rows] == [
        ("France services de Mortain Bocage", "Mortain-Bocage"),
        ("France services de Case-Pilote", "Case-Pilote"),
        ("Bus France services Pimms Médiation Portes de Provence", "Donzère"),
    ]
    assert rows[1][4] == "probable"
    assert rows[1][5] == "Même nom, même adresse (place Gaston Monnerville), à 37 m l'un de l'autre."
    assert "3 paire(s)" in dialog.summary.text() and "2\u00a0845 lieux" in dialog.summary.text()

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    merge = dialog.compare_selected()
    assert merge.isVisible() and "place Gaston Monnerville" in merge.findChildren(type(dialog.summary))[0].text()
    qtbot.mouseClick(merge.merge_button, Qt.LeftButton)
    assert store.sites.count() == 2844
    assert dialog.tree.topLevelItemCount() == 2                      # the merged pair leaves the list
    assert [dialog.tree.topLevelItem(i).text(1) for i in range(2)] == ["Mortain-Bocage", "Donzère"]
    assert window.undo_action in dialog.actions()          # Ctrl+Z works from the list too
    window.undo_action.trigger()
    assert store.sites.count() == 2845


def test_when_both_have_a_cover_photo_the_agent_picks_which(qtbot, store, case_pilote, window, tmp_path):
    from tests.factories.photos import make_photo

    first, second, visit, _ = case_pilote
    other_visit = store.visits.create(first.id, visit_date="2025-01-05")[0]
    mine = store.attachments.attach_files(visit.id, [make_photo(tmp_path / "facade.jpg")]).added[0]
    theirs = store.attachments.attach_files(other_visit.id, [make_photo(tmp_path / "accueil.jpg", (640, 480))]).added[0]
    store.attachments.set_cover(second.id, mine.id)
    store.attachments.set_cover(first.id, theirs.id)
    dialog = MergeDialog(store, first.id, second.id, window.merge_sites, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.picked("cover") == LEFT
    assert [dialog.choices["cover"][side].label.text() for side in (LEFT, RIGHT)] == ["facade.jpg", "accueil.jpg"]
    dialog.pick("cover", RIGHT)
    qtbot.mouseClick(dialog.merge_button, Qt.LeftButton)
    assert store.attachments.cover_id(second.id) == theirs.id
    assert {v.id for v in store.visits.of_site(second.id)} == {visit.id, other_visit.id}


def test_a_pair_that_is_two_places_leaves_the_list_for_good_and_ctrl_z_brings_it_back(qtbot, store, window, dialogs):
    store.sites.add_many(france_services())
    window.actions.find_duplicates.trigger()
    dialog = window.duplicates_dialog
    qtbot.waitUntil(lambda: dialog.runner is None and dialog.tree.topLevelItemCount() == 3, timeout=20000)
    communes = lambda: [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]  # noqa: E731
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))                      # Mortain-Bocage: two counters
    assert dialog.distinct_button.isEnabled()
    qtbot.mouseClick(dialog.distinct_button, Qt.LeftButton)
    assert communes() == ["Case-Pilote", "Donzère"]
    assert dialog.current_match() is dialog.matches[0]                           # on to the next pair
    assert "1 paire(s) dite(s) « pas un doublon »" in dialog.summary.text()
    assert store.sites.count() == 2845 and dialogs.shown == []                    # nothing merged, nothing asked

    window.undo_action.trigger()                                                 # Ctrl+Z: the pair is back
    assert communes() == ["Mortain-Bocage", "Case-Pilote", "Donzère"]
    assert dialog.tree.currentItem().text(1) == "Mortain-Bocage"
    window.redo_action.trigger()
    assert communes() == ["Case-Pilote", "Donzère"]

    dialog.close()
    window.actions.find_duplicates.trigger()                                     # searched anew: still left out
    qtbot.waitUntil(lambda: dialog.runner is None and dialog.tree.topLevelItemCount() > 0, timeout=20000)
    assert communes() == ["Case-Pilote", "Donzère"]
    assert "1 paire(s) dite(s) « pas un doublon » ne sont plus proposées" in dialog.summary.text()
    window.undo_action.trigger()                 # set aside before this search: Ctrl+Z still brings it back
    assert communes() == ["Mortain-Bocage", "Case-Pilote", "Donzère"]
    assert "pas un doublon" not in dialog.summary.text() and store.merges.distinct_count() == 0
