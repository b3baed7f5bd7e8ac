"""The command line: same core as the GUI, tab-separated output, exit codes 0/1/2, no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tl_desktop.cli import main


def run(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "tl_desktop", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)


def test_import_then_search_and_list(tmp_path, capsys):
    csv_path = tmp_path / "l.csv"
    csv_path.write_text("nom;commune;latitude;longitude\nCafé des Possibles;Die;44,75;5,37\n"
                        "Garage\tsolidaire;Crest;44,72;5,02\n", encoding="utf-8")
    assert main(["import", str(csv_path), "--data-dir", str(tmp_path / "d")]) == 0
    assert "2 lieu(x) importé(s)" in capsys.readouterr().out
    assert main(["search", "cafe", "possib", "--data-dir", str(tmp_path / "d")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    site_id, name, commune = lines[0].split("\t")
    assert (name, commune) == ("Café des Possibles", "Die") and len(site_id) == 36
    assert main(["list", "--data-dir", str(tmp_path / "d")]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1] for line in listed] == ["Café des Possibles", "Garage solidaire"]
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 0


def test_user_errors_exit_1_with_a_french_message_and_no_traceback(tmp_path):
    bad = tmp_path / "bad" / "catalogue.tldb"
    bad.parent.mkdir()
    bad.write_bytes(b"GIF89a" + bytes(200))
    result = run("list", data_dir=bad.parent)
    assert result.returncode == 1
    assert "n'est pas une base Tiers-Lieux Desktop" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("import", str(tmp_path / "absent.csv"), data_dir=tmp_path / "d")
    assert result.returncode == 1 and "n'existe pas" in result.stderr and "Traceback" not in result.stderr
    result = run("check", data_dir=tmp_path / "nowhere")
    assert result.returncode == 1 and "Aucun catalogue" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_bad_usage_exits_2(tmp_path):
    assert run("frobnicate", data_dir=tmp_path).returncode == 2
    with pytest.raises(SystemExit) as info:
        main(["search"])
    assert info.value.code == 2


def test_check_reports_a_damaged_index(tmp_path, capsys):
    d = tmp_path / "d"
    (tmp_path / "l.csv").write_text("nom\nA\nB\n")
    main(["import", str(tmp_path / "l.csv"), "--data-dir", str(d)])
    from tl_desktop.store import Store
    with Store(d / "catalogue.tldb") as store:
        store.db.execute("DELETE FROM sites_fts")
    assert main(["check", "--data-dir", str(d)]) == 1
    assert "Index de recherche" in capsys.readouterr().err


def test_data_dir_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TL_DESKTOP_DATA", str(tmp_path / "env"))
    (tmp_path / "l.csv").write_text("nom\nA\n")
    assert main(["import", str(tmp_path / "l.csv")]) == 0
    assert (tmp_path / "env" / "catalogue.tldb").exists()


def _visit_with_photos(tmp_path):
    """A data folder holding one visit with notes, two captioned photos and a brochure."""
    from tests.factories.photos import make_photo
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    data = tmp_path / "d"
    with Store(data / "catalogue.tldb") as store:
        site = store.sites.save(Site(name="Friche <Belle> & Mai", commune="Marseille"))[0]
        visit = store.visits.create(site.id, visit_date="2025-02-11", author="Agent A")[0]
        store.visits.set_notes(visit.id, "Atelier partagé ; 40 adhérents.\nÀ revoir : l'accueil.")
        store.visits.set_answer(visit.id, "gouvernance", "forme_juridique", "association")
        photos = [make_photo(tmp_path / f"IMG_{i}.jpg", seed=i, taken=f"2025:02:11 1{i}:00:00") for i in range(2)]
        brochure = tmp_path / "plaquette.pdf"
        brochure.write_bytes(b"%PDF-1.4\n% plaquette\n")
        added = store.attachments.attach_files(visit.id, [*photos, brochure]).added
        store.attachments.set_caption(added[1].id, "Façade : côté rue / entrée?")
        store.attachments.move(added[1].id, 0)
    return data, visit.id, photos, brochure


def test_export_visit_writes_notes_original_photos_and_captions(tmp_path, capsys):
    import csv
    import zipfile

    data, visit_id, photos, brochure = _visit_with_photos(tmp_path)
    assert main(["export-visit", visit_id, "-o", str(tmp_path / "out"), "--data-dir", str(data)]) == 0
    [folder] = (tmp_path / "out").iterdir()
    assert folder.name == "2025-02-11 Friche Belle & Mai"      # < and > are not allowed on Windows
    notes = (folder / "notes.txt").read_text(encoding="utf-8")
    assert "Friche <Belle> & Mai" in notes and "40 adhérents" in notes and "Association" in notes
    exported = sorted(p.name for p in (folder / "photos").iterdir())
    assert exported == ["01 - Façade côté rue entrée.jpg", "02 - IMG_0.jpg", "legendes.csv"]
    assert (folder / "photos" / exported[0]).read_bytes() == photos[1].read_bytes()   # the original bytes
    rows = list(csv.reader((folder / "photos" / "legendes.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[1][:3] == [exported[0], "Façade : côté rue / entrée?", "2025-02-11T11:00:00"]
    assert (folder / "documents" / "plaquette.pdf").read_bytes() == brochure.read_bytes()

    assert main(["export-visit", visit_id, "-o", str(tmp_path / "visite.zip"), "--data-dir", str(data)]) == 0
    with zipfile.ZipFile(tmp_path / "visite.zip") as archive:
        names = archive.namelist()
        assert f"{folder.name}/photos/{exported[0]}" in names
        assert archive.read(f"{folder.name}/photos/{exported[1]}") == photos[0].read_bytes()


def test_check_repair_removes_only_files_no_visit_uses(tmp_path, capsys):
    import os
    import time

    from tl_desktop.store import Store

    data, visit_id, photos, _ = _visit_with_photos(tmp_path)
    with Store(data / "catalogue.tldb") as store:
        store.attachments.remove(store.attachments.of_visit(visit_id, "photo")[0].id)
    old = time.time() - 7200
    for path in (data / "media").rglob("*.*"):
        os.utime(path, (old, old))
    assert main(["check", "--data-dir", str(data)]) == 0
    assert "1 fichier(s) joint(s) ne servent plus" in capsys.readouterr().out
    assert main(["check", "--repair", "--data-dir", str(data)]) == 0
    assert "1 fichier(s) joint(s) inutilisé(s) supprimé(s)" in capsys.readouterr().out
    assert len([p for p in (data / "media").rglob("*") if p.is_file()]) == 2   # one photo, one brochure
    assert main(["export-visit", visit_id, "-o", str(tmp_path / "o"), "--data-dir", str(data)]) == 0


def test_duplicates_lists_pairs_with_the_reason(tmp_path, capsys):
    csv_path = tmp_path / "l.csv"
    csv_path.write_text("nom;adresse;commune;latitude;longitude\n"
                        "France services de Case-Pilote;place Gaston Monnerville, Bourg;Case-Pilote;"
                        "14,642812;-61,138635\n"
                        "Tiers-lieu des Possibles;2 rue Jobin;Marseille;43,31;5,39\n", encoding="utf-8")
    other = tmp_path / "m.csv"
    other.write_text("nom;adresse;commune;latitude;longitude\n"
                     "FRANCE SERVICES CASE PILOTE;Place Gaston Monnerville;Case-Pilote;14,6430354;-61,1388944\n",
                     encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "d")]
    # The import itself would complete the catalog's Case-Pilote with the second list's row:
    # --no-merge creates it, as a list imported before duplicates were looked for would have.
    assert main(["import", str(csv_path), *data]) == 0 and main(["import", str(other), "--no-merge", *data]) == 0
    capsys.readouterr()
    assert main(["duplicates", *data]) == 0
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    fields = line.split("\t")
    assert fields[0] == "probable" and {fields[2], fields[5]} == {"France services de Case-Pilote",
                                                                 "FRANCE SERVICES CASE PILOTE"}
    assert fields[7].lower() == "même nom, même adresse (place gaston monnerville), à 37 m l'un de l'autre."
    assert "1 paire(s)" in err and "3 lieu(x)" in err

    from tl_desktop.store import Store

    with Store(tmp_path / "d" / "catalogue.tldb") as store:     # « Pas un doublon » said in the window
        store.merges.set_distinct(fields[1], fields[4])
    assert main(["duplicates", *data]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 paire(s)" in err and "« pas un doublon » dans la fenêtre ne sont pas listées (1)" in err


def test_cli_export_and_study_report(study_store, tmp_path, capsys):
    """``tl-desktop export mednum --study NOM`` and ``report study NOM`` (PDF and DOCX), on a real study."""
    from tl_desktop.cli import main

    folder = str(study_store.path.parent)
    study_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert main(["export", "mednum", "--study", "Tiers-lieux marseillais", "-o", str(tmp_path / "m.csv"),
                 "--data-dir", folder]) == 0
    assert "lieux exportés" in capsys.readouterr().out
    assert main(["report", "study", "Tiers-lieux marseillais", "-o", str(tmp_path / "e.pdf"),
                 "--data-dir", folder]) == 0
    assert (tmp_path / "e.pdf").read_bytes().startswith(b"%PDF")
    assert main(["report", "study", "Tiers-lieux marseillais", "-o", str(tmp_path / "e.docx"),
                 "--data-dir", folder]) == 0
    assert (tmp_path / "e.docx").read_bytes().startswith(b"PK")
    assert main(["report", "study", "Inconnue", "-o", str(tmp_path / "x.pdf"), "--data-dir", folder]) == 1
    assert "introuvable" in capsys.readouterr().err


LISTS = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "lists"


def test_import_dry_run_writes_nothing_and_says_what_it_would_do(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["import", str(LISTS / "france-services-2024.csv"), "--dry-run", "--data-dir", str(data)]) == 0
    out = capsys.readouterr()
    assert "Essai à blanc" in out.out and "52 lieu(x) à créer sur 53" in out.out
    assert "ligne 57 : en double dans le fichier" in out.err
    assert main(["list", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out == ""


def test_import_with_a_saved_mapping_and_a_sheet(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["import", str(LISTS / "mednum-bfc.xlsx"), "--sheet", "Lieux",
                 "--mapping", str(LISTS / "mednum-bfc.mapping.json"), "--data-dir", str(data)]) == 0
    assert "54 lieu(x) importé(s) sur 55" in capsys.readouterr().out
    assert main(["search", "onlineformapro", "--data-dir", str(data)]) == 0
    assert "Onlineformapro Dijon" in capsys.readouterr().out
    assert main(["import", str(LISTS / "mednum-bfc.xlsx"), "--sheet", "Feuille 9", "--data-dir", str(data)]) == 1
    assert "pas de feuille « Feuille 9 »" in capsys.readouterr().err


def test_import_save_mapping_then_reuse_it(tmp_path, capsys):
    data, saved = tmp_path / "d", tmp_path / "m.json"
    assert main(["import", str(LISTS / "tiers-lieux-mayotte.json"), "--dry-run", "--save-mapping", str(saved),
                 "--data-dir", str(data)]) == 0
    assert '"Espace numérique": "name"' in saved.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(LISTS / "tiers-lieux-mayotte-texte-unicode.txt"), "--mapping", str(saved),
                 "--data-dir", str(data)]) == 0
    assert "14 lieu(x) importé(s)" in capsys.readouterr().out


@pytest.mark.parametrize("content, message", [
    ("nom;adresse;commune\n", "ne contient aucun lieu"),
    ("nom;latitude;longitude\nA;abc;5\n", "aucun lieu importable (1 ligne(s) rejetée(s))"),
])
def test_import_of_a_file_holding_no_place_fails_with_exit_1(tmp_path, capsys, content, message):
    path = tmp_path / "vide.csv"
    path.write_text(content, encoding="utf-8")
    assert main(["import", str(path), "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_command_line_speaks_french_to_its_usage_and_errors(tmp_path, capsys):
    # argparse's own words came out in English around French help texts.
    with pytest.raises(SystemExit) as ended:
        main(["search", "--data-dir", str(tmp_path)])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : tl-desktop search")
    assert "tl-desktop search : erreur : arguments obligatoires manquants : TEXTE" in err
    with pytest.raises(SystemExit):
        main(["export", "xlsm", "--data-dir", str(tmp_path)])
    assert "choix invalide : 'xlsm' (au choix : 'csv', 'xlsx'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "afficher cette aide et quitter" in out and "usage" not in out and "error" not in out


def test_an_import_is_refused_into_a_catalog_damaged_where_it_would_not_read(tmp_path, capsys):
    # The damage is in the studies table, which an import never reads: only a check of the
    # whole file finds it, and many rows must not be written into a damaged file.
    import sqlite3

    from tl_desktop.domain import Study
    from tl_desktop.store import Store

    d = tmp_path / "d"
    (tmp_path / "l.csv").write_text("nom;commune\nA;Die\nB;Die\n")
    assert main(["import", str(tmp_path / "l.csv"), "--data-dir", str(d)]) == 0
    path = d / "catalogue.tldb"
    with Store(path) as store:
        store.studies.save(Study(name="Étude du Diois"))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'studies'").fetchone()[0]
        size = store.db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size:page * size] = b"\xde\xad\xbe\xef" * (size // 4)
    path.write_bytes(bytes(data))
    capsys.readouterr()
    (tmp_path / "m.csv").write_text("nom;commune\nC;Die\nD;Die\n")
    assert main(["import", str(tmp_path / "m.csv"), "--data-dir", str(d)]) != 0
    assert "endommagé" in capsys.readouterr().err
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sites ORDER BY name")] == ["A", "B"]
