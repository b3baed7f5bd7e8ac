"""Participants from a spreadsheet and back: the lists agents really have (RNE, French Excel)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tl_desktop.base.errors import ImportFileError
from tl_desktop.domain import Attendance, Person, Tour
from tl_desktop.io.participants import add_participants, participants_csv, read_participants, write_participants
from tl_desktop.io.visit_export import ExportError

DATA = Path(__file__).resolve().parents[1] / "data" / "participants"


@pytest.fixture
def tour(store):
    return store.tours.save(Tour(title="Visite apprenante 2025", start_date="2025-02-11"))[0]


def test_the_published_list_of_elected_officials_is_read_by_its_column_names():
    read = read_participants(DATA / "rne-deputes-13.csv")
    assert len(read.people) == 16 and read.skipped == []
    first = read.people[0]
    assert (first.person.name, first.role, first.person.service, first.person.contact) == ("Monique GRISETI", "", "", "")
    assert read.people[8].person.name == "Joëlle MELIN"
    assert read.lines[:2] == [2, 3]
    assert "Date de naissance" in read.ignored_columns            # personal data not asked for stays out


def test_a_list_saved_by_french_excel_is_read_with_its_accents_and_its_problems(tmp_path):
    path = tmp_path / "participants.csv"
    path.write_bytes(("Prénom;Nom;Fonction;Service;Courriel;Téléphone\r\n"
                      "Awa;Diallo;Cheffe de projet;Direction de l'attractivité;awa.diallo@marseille.fr;04 91 55 11 11\r\n"
                      ";;;;;\r\n"
                      ";;Chauffeur;Parc auto;;\r\n"
                      "Zoé;Lefèvre;Élue;Conseil municipal;;\r\n"
                      "awa;DIALLO;;;;\r\n").encode("cp1252"))
    read = read_participants(path)
    assert [(a.person.name, a.role, a.person.service, a.person.contact) for a in read.people] == [
        ("Awa Diallo", "Cheffe de projet", "Direction de l'attractivité", "awa.diallo@marseille.fr, 04 91 55 11 11"),
        ("Zoé Lefèvre", "Élue", "Conseil municipal", "")]
    assert [(s.line, s.name, s.reason) for s in read.skipped] == [
        (4, "", "ligne sans nom"), (6, "awa DIALLO", "déjà plus haut dans le fichier")]


def test_a_lone_name_column_holds_the_whole_name(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Nom,Structure\nCamille Martin,Urbanisme\n", encoding="utf-8")
    assert [(a.person.name, a.person.service) for a in read_participants(path).people] == [("Camille Martin", "Urbanisme")]


def test_the_same_list_saved_as_an_excel_workbook_is_read_the_same(tmp_path):
    import csv

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    with open(DATA / "rne-deputes-13.csv", encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";"):
            sheet.append([int(v) if v.isdigit() else v for v in row])      # numbers typed as numbers
    workbook.save(tmp_path / "deputes.xlsx")
    read = read_participants(tmp_path / "deputes.xlsx")
    expected = read_participants(DATA / "rne-deputes-13.csv")
    assert [a.person.name for a in read.people] == [a.person.name for a in expected.people]
    assert read.lines[:2] == [2, 3] and len(read.people) == 16


@pytest.mark.parametrize("content, words", [
    (b"PK\x03\x04rest of a zip", "enregistrez-le au format Excel (.xlsx) ou CSV"),
    (b"\xd0\xcf\x11\xe0old excel", "ancien format Excel .xls"),
    (b"Code;Ville\n1;Die\n", "aucune colonne de nom"),
    (b"", "est vide"),
])
def test_files_that_cannot_be_used_say_why_in_french(tmp_path, content, words):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_participants(path)
    assert words in str(info.value)


def test_people_are_added_to_the_tour_once_in_one_transaction(store, tour):
    store.tours.add_participant(tour.id, Attendance(Person(name="Monique Griseti"), "élue"))
    read = read_participants(DATA / "rne-deputes-13.csv")
    result = add_participants(store, tour.id, read.people)
    assert result.already == ["Monique GRISETI"]                  # accents and case ignored
    assert len(result.added) == 15 and tour.id in result.changes.tours
    assert len(store.tours.participants(tour.id)) == 16
    again = add_participants(store, tour.id, read.people)          # importing twice adds nobody
    assert again.added == [] and len(store.tours.participants(tour.id)) == 16


def test_the_export_opens_in_french_excel_and_reads_back_the_same(store, tour, tmp_path):
    for name, role, service, contact in (("Awa Diallo", "Cheffe de projet", "Attractivité", "+33 6 12 34 56 78"),
                                         ("Zoé Lefèvre", "=HYPERLINK(\"x\")", "Conseil municipal; groupe 2", "")):
        store.tours.add_participant(tour.id, Attendance(Person(name=name, service=service, contact=contact), role))
    out = write_participants(store, tour.id, tmp_path / "participants.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNom;R\xc3\xb4le;Service;Contact\r\n")
    assert "'=HYPERLINK" in raw.decode("utf-8") and "'+33 6" in raw.decode("utf-8")   # never run as formulas
    back = read_participants(out)
    assert [(a.person.name, a.role, a.person.service, a.person.contact) for a in back.people] == [
        ("Awa Diallo", "Cheffe de projet", "Attractivité", "+33 6 12 34 56 78"),
        ("Zoé Lefèvre", "=HYPERLINK(\"x\")", "Conseil municipal; groupe 2", "")]


def test_a_failed_export_leaves_the_previous_file_and_no_temporary_file(store, tour, tmp_path, monkeypatch):
    store.tours.add_participant(tour.id, Attendance(Person(name="Awa Diallo")))
    out = tmp_path / "participants.csv"
    out.write_bytes(b"previous")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("tl_desktop.io.participants.os.replace", full_disk)
    with pytest.raises(ExportError) as info:
        write_participants(store, tour.id, out)
    assert "le disque est plein" in str(info.value)
    assert out.read_bytes() == b"previous" and list(tmp_path.glob(".participants-*")) == []
    assert participants_csv([]) == "\ufeffNom;Rôle;Service;Contact\r\n".encode("utf-8")


def test_the_export_can_leave_the_contacts_out(store, tour, tmp_path):
    store.tours.add_participant(tour.id, Attendance(Person(name="Awa Diallo", contact="awa@example.fr"), "cheffe"))
    out = write_participants(store, tour.id, tmp_path / "p.csv", include_contacts=False)
    assert out.read_bytes().decode("utf-8-sig") == "Nom;Rôle;Service\r\nAwa Diallo;cheffe;\r\n"
