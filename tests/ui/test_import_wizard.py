"""The import wizard, driven as an agent would: preview, columns, values, dry run, import, cancel."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWizard

from tl_desktop.io.mapping import Mapping, MappingMemory
from tl_desktop.store import Store, Writer
from tl_desktop.ui.import_wizard import ImportWizard

LISTS = Path(__file__).resolve().parents[1] / "data" / "lists"


@pytest.fixture
def catalog(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    Store(folder / "catalogue.tldb").close()
    writer = Writer(folder / "catalogue.tldb")
    yield folder, writer
    writer.close()


def open_wizard(qtbot, catalog, path) -> ImportWizard:
    folder, writer = catalog
    wizard = ImportWizard(path, folder / "catalogue.tldb", folder, writer.call)
    qtbot.addWidget(wizard)
    wizard.start()
    qtbot.waitUntil(lambda: wizard.isVisible() and wizard.prepared is not None, timeout=10000)
    return wizard


def to_check_page(qtbot, wizard) -> None:
    while wizard.currentPage() is not wizard.check_page:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None and wizard.runner is None, timeout=10000)


def sites(catalog):
    with Store(catalog[0] / "catalogue.tldb") as store:
        return [store.sites.get(i) for i in store.sites.query_ids()]


def test_a_workbook_previews_its_sheet_and_another_can_be_chosen(qtbot, catalog):
    wizard = open_wizard(qtbot, catalog, LISTS / "mednum-bfc.xlsx")
    page = wizard.file_page
    assert page.sheet.isVisible() and page.sheet.currentText() == "Lieux"
    assert not page.encoding.isVisible()                 # no encoding to choose in a workbook
    assert page.preview.rowCount() == 50 and page.preview.horizontalHeaderItem(8).text() == "nom_structure"
    page.sheet.setCurrentText("Lisez-moi")
    page.sheet.activated.emit(page.sheet.currentIndex())
    qtbot.waitUntil(lambda: wizard.prepared.table.sheet == "Lisez-moi")
    assert page.preview.rowCount() < 5


def test_the_encoding_chosen_in_the_preview_is_the_one_read(qtbot, catalog):
    wizard = open_wizard(qtbot, catalog, LISTS / "france-services-lambert93-iso-8859-15.csv")
    page = wizard.file_page
    assert "iso-8859-15" in page.encoding.itemText(0)
    names = [page.preview.item(r, 1).text() for r in range(page.preview.rowCount())]
    assert "France services Rieumes - CC Cœur de Garonne" in names
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    qtbot.waitUntil(lambda: wizard.options.encoding == "cp1252")
    names = [page.preview.item(r, 1).text() for r in range(page.preview.rowCount())]
    assert "France services Rieumes - CC C½ur de Garonne" in names        # what the agent sees is what is read


def test_columns_are_prefilled_and_corrected_then_remembered(qtbot, catalog, tmp_path):
    wizard = open_wizard(qtbot, catalog, LISTS / "tiers-lieux-mayotte.json")
    wizard.next()
    page = wizard.columns_page
    assert page.combo("Espace numérique").currentData() == "name"
    assert page.combo("Nom animateur").currentData() == "extra"
    # The agent keeps the animator's name out of the catalog (personal data).
    for column in ("Nom animateur", "Prénom animateur"):
        combo = page.combo(column)
        combo.setCurrentIndex(combo.findData("ignore"))
    name = page.combo("Espace numérique")
    name.setCurrentIndex(name.findData("extra"))
    assert not page.isComplete() and not wizard.button(QWizard.NextButton).isEnabled()
    name.setCurrentIndex(name.findData("name"))
    assert page.isComplete()
    to_check_page(qtbot, wizard)
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.button(QWizard.FinishButton).click()
    imported = sites(catalog)
    assert len(imported) == 14
    assert not any("animateur" in s.description for s in imported)
    remembered = MappingMemory(catalog[0] / "mappings").recall(wizard.prepared.table.headers)
    assert remembered.columns["Nom animateur"] == "ignore"


def test_values_are_mapped_by_the_agent_and_the_dry_run_shows_it(qtbot, catalog):
    wizard = open_wizard(qtbot, catalog, LISTS / "mednum-bfc.csv")
    wizard.next()
    wizard.next()
    values = wizard.values_page
    combo = values.combo_for("code_typo", "M")
    assert combo.targets() == []                                       # « M »: the importer cannot know
    combo.setCurrentIndex(combo.findData(["kind:mediation_numerique"]))
    msap = values.combo_for("code_label", "MSAP")
    assert "kind:france_services" in msap.targets()
    to_check_page(qtbot, wizard)
    assert "54 lieu(x) à créer, 1 en double" in wizard.check_page.summary.text()
    kinds = Counter(k for r in wizard.plan.rows for k in r.site.kinds)
    assert kinds["mediation_numerique"] == 12
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.button(QWizard.FinishButton).click()
    assert Counter(k for s in sites(catalog) for k in s.kinds)["mediation_numerique"] == 12


def test_a_flag_column_and_the_whole_list_default(qtbot, catalog):
    wizard = open_wizard(qtbot, catalog, LISTS / "conseillers-numeriques.json")
    wizard.next()
    assert wizard.columns_page.combo("france_services").currentData() == "flag"
    wizard.next()
    flag = wizard.values_page.combo_for("france_services", "oui (case cochée)")
    assert "kind:france_services" in flag.targets()
    everyone = wizard.values_page.combo_for("(toute la liste)", "chaque lieu de la liste")
    assert "programme:conseiller_numerique" in everyone.targets()
    to_check_page(qtbot, wizard)
    assert Counter(k for r in wizard.plan.rows for k in r.site.kinds)["france_services"] == 6


def test_rejections_and_duplicates_are_listed_with_their_lines(qtbot, catalog, tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("nom;adresse;commune;latitude;longitude\nLa Ruche;2 rue du Pont;Die;44.75;5.37\n"
                    "Cassé;;Die;91;5\nLa Ruche;2 rue du Pont;Die;44.75;5.37\n", encoding="utf-8")
    wizard = open_wizard(qtbot, catalog, path)
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    page.show.setCurrentIndex(page.show.findData("rejected"))
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "3"
    assert "hors limites" in page.table.item(0, 4).text()
    page.show.setCurrentIndex(page.show.findData("duplicate"))
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["4"]
    assert "ligne 2" in page.table.item(0, 4).text()
    assert page.merge_box.isVisible()


def test_cancel_at_the_dry_run_writes_nothing(qtbot, catalog):
    wizard = open_wizard(qtbot, catalog, LISTS / "france-services-2024.csv")
    to_check_page(qtbot, wizard)
    wizard.button(QWizard.CancelButton).click()
    assert sites(catalog) == []


def test_a_saved_mapping_is_loaded_from_a_file(qtbot, catalog, monkeypatch):
    wizard = open_wizard(qtbot, catalog, LISTS / "mednum-bfc.csv")
    wizard.next()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(LISTS / "mednum-bfc.mapping.json"), ""))
    wizard.columns_page.load_button.click()
    qtbot.waitUntil(lambda: wizard.prepared.origin == "given")
    assert wizard.columns_page.source.text() == Mapping.load(LISTS / "mednum-bfc.mapping.json").source
    to_check_page(qtbot, wizard)
    assert Counter(k for r in wizard.plan.rows for k in r.site.kinds)["autre"] < 20


def test_an_unreadable_file_says_why_and_opens_no_wizard(qtbot, catalog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    path = tmp_path / "vide.csv"
    path.write_text("nom;adresse\n", encoding="utf-8")
    folder, writer = catalog
    wizard = ImportWizard(path, folder / "catalogue.tldb", folder, writer.call)
    wizard.start()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "ne contient aucun lieu" in shown[0]
    assert QSettings().value("import_wizard/geometry") is None


def test_a_value_can_mean_several_things_at_once(qtbot, catalog, tmp_path, monkeypatch):
    from tl_desktop.ui.import_pages import TargetsDialog

    path = tmp_path / "l.csv"
    path.write_text("nom;commune;type\nLa Ruche;Die;Atelier et bureaux\nLe Quai;Crest;Atelier et bureaux\n",
                    encoding="utf-8")
    wizard = open_wizard(qtbot, catalog, path)
    wizard.next()
    wizard.next()
    combo = wizard.values_page.combo_for("type", "Atelier et bureaux")
    assert combo.targets() == []

    def choose(dialog):
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            if item.data(Qt.UserRole) in ("kind:fablab", "kind:coworking"):
                item.setCheckState(Qt.Checked)
        return QDialog.Accepted

    monkeypatch.setattr(TargetsDialog, "exec", choose)
    combo.setCurrentIndex(combo.findData(combo.MANY))
    combo.activated.emit(combo.currentIndex())
    assert sorted(combo.targets()) == ["kind:coworking", "kind:fablab"]
    to_check_page(qtbot, wizard)
    assert {tuple(sorted(r.site.kinds)) for r in wizard.plan.rows} == {("coworking", "fablab")}


class FakeGeocoder:
    """The Géoplateforme's /search on 127.0.0.1, for one known address (no test reaches the internet)."""

    def __init__(self):
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs, urlsplit

        self.queries: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                q = parse_qs(urlsplit(self.path).query)["q"][0]
                fake.queries.append(q)
                features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.3905, 43.3103]},
                             "properties": {"score": 0.93, "label": "41 Rue Jobin 13003 Marseille",
                                            "type": "housenumber", "citycode": "13203"}}] if q.startswith("41 rue Jobin") else []
                body = json.dumps({"type": "FeatureCollection", "features": features}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_addresses_are_geocoded_online_only_when_asked(qtbot, catalog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tl_desktop.geo.geocoding import GeocodingClient

    path = tmp_path / "l.csv"
    path.write_text("nom;adresse;code_postal;commune\nFriche la Belle de Mai;41 rue Jobin;13003;Marseille\n"
                    "Sans adresse;;13003;Marseille\n", encoding="utf-8")
    fake = FakeGeocoder()
    try:
        wizard = open_wizard(qtbot, catalog, path)
        wizard.geocoding_client = GeocodingClient(fake.url)
        to_check_page(qtbot, wizard)
        page = wizard.check_page
        assert fake.queries == []                                 # nothing sent before the agent asks
        assert page.geocode.isEnabled() and "1 adresse" in page.geocode.text()
        asked = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.Yes)
        page.geocode.click()
        qtbot.waitUntil(lambda: page.geocoded.isVisible(), timeout=10000)
        assert "Géoplateforme" in asked[0] and len(fake.queries) == 1
        friche = next(r.site for r in wizard.plan.rows if r.site.name == "Friche la Belle de Mai")
        assert (friche.latitude, friche.longitude, friche.location_precision) == (43.3103, 5.3905, "adresse")
        assert not page.geocode.isEnabled()
        with qtbot.waitSignal(wizard.imported, timeout=10000):
            wizard.button(QWizard.FinishButton).click()
        stored = {s.name: s for s in sites(catalog)}
        assert stored["Friche la Belle de Mai"].location_precision == "adresse"
        assert stored["Sans adresse"].location_precision == "commune"
    finally:
        fake.close()
