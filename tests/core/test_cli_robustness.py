"""The command line under hostile use: options anywhere, hostile data, unexpected errors, quick start."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("reportlab", "PIL", "folium", "PySide6")


def _catalog(tmp_path):
    """A data folder with two real places (from the France Services list)."""
    from tl_desktop.cli import main

    data = tmp_path / "d"
    csv_path = tmp_path / "l.csv"
    csv_path.write_text("nom;commune;latitude;longitude\nFrance services de Die;Die;44,75;5,37\n"
                        "France services de Crest;Crest;44,72;5,02\n", encoding="utf-8")
    assert main(["import", str(csv_path), "--data-dir", str(data)]) == 0
    return data, csv_path


@pytest.mark.parametrize("command", [["search", "die"], ["list"], ["check"], ["import", "{csv}"]])
def test_quick_subcommands_load_neither_reportlab_pillow_folium_nor_qt(tmp_path, command):
    data, csv_path = _catalog(tmp_path)
    argv = [a.replace("{csv}", str(csv_path)) for a in command] + ["--data-dir", str(data)]
    script = ("import json, sys\n"
              "from tl_desktop.__main__ import main\n"
              f"status = main({argv!r})\n"
              f"print(json.dumps([status, [m for m in {HEAVY!r} if m in sys.modules]]), file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    status, loaded = json.loads(result.stderr.strip().splitlines()[-1])
    assert status == 0, result.stderr
    assert loaded == []


def _real_rows(tmp_path, count=3):
    """The first ``count`` rows of the real France Services list shipped for the demo (ANCT, Licence Ouverte)."""
    from tl_desktop.base.resources import resource

    lines = resource("demo", "liste-fs-20240801.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "france-services.csv"
    path.write_text("\n".join(lines[:count + 1]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def folders(tmp_path, isolated_user_folders):
    """A data folder X with places, a visit and a tour; the user's default folder, which must stay untouched."""
    from tl_desktop.cli import main
    from tl_desktop.domain import Stop, Tour
    from tl_desktop.store import Store

    data = tmp_path / "X"
    assert main(["import", str(_real_rows(tmp_path)), "--data-dir", str(data)]) == 0
    with Store(data / "catalogue.tldb") as store:
        site_id = store.sites.query_ids()[0]
        visit = store.visits.create(site_id, visit_date="2025-02-11", author="Agent A")[0]
        store.visits.set_notes(visit.id, "Accueil des usagers le matin.")
        tour = store.tours.save(Tour(title="Visite apprenante de l'Ain", start_date="2025-02-11",
                                     end_date="2025-02-11"))[0]
        store.tours.add_stop(Stop(tour.id, site_id, "2025-02-11"))
    default = isolated_user_folders / "data"       # $TL_DESKTOP_DATA, the user's own catalog
    return data, default, {"visit": visit.id, "tour": tour.id, "csv": str(_real_rows(tmp_path, 5))}


COMMANDS = {
    "import": ["import", "{csv}"],
    "search": ["search", "valserhone"],
    "list": ["list"],
    "check": ["check"],
    "check --repair": ["check", "--repair"],
    # Every place of X has its address position: nothing to ask, the (absent) service is never called.
    "geocode --dry-run": ["geocode", "--dry-run", "--service", "http://127.0.0.1:9"],
    "export-visit": ["export-visit", "{visit}", "-o", "{out}"],
    "export csv": ["export", "csv", "-o", "{out}.csv"],
    "recover": ["recover", "-o", "{out}.tldb"],
    "report visit": ["report", "visit", "{visit}", "-o", "{out}.pdf"],
    "report programme": ["report", "programme", "{tour}", "-o", "{out}.pdf"],
    "report tour": ["report", "tour", "{tour}", "-o", "{out}.pdf"],
}


@pytest.mark.parametrize("where", ["before", "after", "between"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_data_dir_works_before_or_after_every_subcommand(folders, tmp_path, capsys, name, where):
    from tl_desktop.cli import main

    data, default, ids = folders
    args = [a.format(out=tmp_path / "sortie", **ids) for a in COMMANDS[name]]
    option = ["--data-dir", str(data)]
    if where == "before":
        argv = option + args
    elif where == "after":
        argv = args + option
    else:                      # « report --data-dir X visit … », « check --data-dir X --repair »
        argv = args[:1] + option + args[1:]
    assert main(argv) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert not default.exists()          # nothing went to the user's own catalog
    if name == "import":
        assert "2 lieu(x) importé(s)" in out        # rows 4 and 5 are new in X; 1 to 3 already there
    if name in ("search", "list"):
        assert "France services de Valserhône" in out


def test_demo_with_data_dir_before_the_subcommand_fills_that_folder(folders, capsys):
    from tl_desktop.cli import main
    from tl_desktop.store import Store

    data, default, _ = folders
    assert main(["--data-dir", str(data), "demo"]) == 0
    assert not default.exists()
    with Store(data / "catalogue.tldb") as store:
        assert store.sites.count() > 3000


# ---- hostile data: nothing from the catalog drives the terminal or disguises a file name

BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe(text: str, allowed: str = "\n\t") -> list[str]:
    """The characters of ``text`` a terminal or a file manager would act on rather than show."""
    import unicodedata

    return [c for c in text if c not in allowed and (unicodedata.category(c) == "Cc" or c in BIDI
                                                     or c in "\u2028\u2029")]


HOSTILE_NAMES = [
    ("Café\x1b[31m des \x07Possibles", "Die\x1b]0;pwned\x07"),            # colour, bell, window title
    ("Tiers-lieu \u202eexe.fdp", "Crest"),                                   # right-to-left override
    ("Garage\x9b2J solidaire\x85", "Valence\u2066\u2069"),                  # C1 CSI and NEL, isolates
    ("Fablab\r\x08\x08 effacé\x7f", "Romans"),                               # CR, backspace, DEL
]


def test_imported_control_characters_never_reach_the_terminal(tmp_path, capsys):
    from tl_desktop.cli import main

    path = tmp_path / "hostile.csv"
    rows = "".join(f'"{name}";"{commune}"\n' for name, commune in HOSTILE_NAMES)
    path.write_text("nom;commune\n" + rows, encoding="utf-8")
    data = tmp_path / "d"
    assert main(["import", str(path), "--data-dir", str(data)]) == 0
    imported = capsys.readouterr()
    assert "4 lieu(x) importé(s)" in imported.out
    assert unsafe(imported.out + imported.err) == []          # the import's warnings name the places too
    assert main(["list", "--data-dir", str(data)]) == 0
    listed = capsys.readouterr().out
    assert unsafe(listed) == [] and len(listed.splitlines()) == 4
    assert all(len(line.split("\t")) == 3 for line in listed.splitlines())
    assert "Café[31m des Possibles" in listed     # controls were already dropped when stored; the rest is shown
    assert main(["search", "tiers", "lieu", "--data-dir", str(data)]) == 0
    found = capsys.readouterr().out
    assert unsafe(found) == [] and "Tiers-lieu �exe.fdp" in found


def test_a_file_name_in_an_error_message_is_cleaned_too(tmp_path, capsys):
    from tl_desktop.cli import main

    assert main(["import", str(tmp_path / "liste\x1b[2J\u202e.csv"), "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert "n'existe pas" in err and unsafe(err) == []


def test_export_visit_file_names_carry_no_control_or_bidi_character(tmp_path, capsys):
    import zipfile

    from tests.factories.photos import make_photo
    from tl_desktop.cli import main
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    data = tmp_path / "d"
    with Store(data / "catalogue.tldb", create=True) as store:
        site = store.sites.save(Site(name="Friche\x1b[5m \u202eanilorac", commune="Marseille"))[0]
        visit = store.visits.create(site.id, visit_date="2025-02-11")[0]
        photo = make_photo(tmp_path / "IMG_1.jpg", seed=1)
        brochure = tmp_path / "plaquette\x07\u2067.pdf"
        brochure.write_bytes(b"%PDF-1.4\n% plaquette\n")
        added = store.attachments.attach_files(visit.id, [photo, brochure]).added
        store.attachments.set_caption(added[0].id, "façade\u202egpj.exe")    # would show as « façadeexe.jpg »
    out = tmp_path / "out"
    assert main(["export-visit", visit.id, "-o", str(out), "--data-dir", str(data)]) == 0
    names = [str(p.relative_to(out)) for p in out.rglob("*")]
    assert len(names) == 7 and all(unsafe(n) == [] for n in names), names
    assert "2025-02-11 Friche[5m anilorac/photos/01 - façade gpj.exe.jpg" in names   # ESC dropped when stored
    assert main(["export-visit", visit.id, "-o", str(tmp_path / "v.zip"), "--data-dir", str(data)]) == 0
    with zipfile.ZipFile(tmp_path / "v.zip") as archive:
        assert all(unsafe(n) == [] for n in archive.namelist())
    assert unsafe(capsys.readouterr().out) == []


@pytest.mark.parametrize("words", [['"'], ["*"], [""], ["  "], ['"', "*", "-"]])
def test_search_without_a_word_says_so_instead_of_listing_everything(folders, capsys, words):
    from tl_desktop.cli import main

    data, _, _ = folders
    assert main(["search", *words, "--data-dir", str(data)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Aucun mot à chercher" in err and "tl-desktop list" in err


# ---- an unexpected error: a French sentence on the terminal, the traceback in the log only

BOOM = ("import importlib, sys\n"
        "cli = importlib.import_module('tl_desktop.cli.main')   # the module, not the function\n"
        "from tl_desktop.store import Store\n"
        "def damaged(*args):\n"
        "    raise RuntimeError('page 7 illisible \\x1b[31m')\n"
        "# Stands for a bug nobody foresaw: in the catalog's check, or before the catalog is open.\n"
        "if sys.argv[1] == 'check':\n"
        "    Store.check = damaged\n"
        "else:\n"
        "    cli.run = damaged\n"
        "sys.exit(cli.main(sys.argv[1:]))\n")


def _boom(data, debug: bool, command: str = "check"):
    import os

    env = {k: v for k, v in os.environ.items() if k != "TL_DESKTOP_DEBUG"}
    if debug:
        env["TL_DESKTOP_DEBUG"] = "1"
    return subprocess.run([sys.executable, "-c", BOOM, command, "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=120, env=env)


def test_an_unexpected_error_prints_no_traceback_and_logs_it(folders):
    data, _, _ = folders
    result = _boom(data, debug=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "RuntimeError" not in result.stderr
    assert "une erreur inattendue est survenue" in result.stderr and "TL_DESKTOP_DEBUG=1" in result.stderr
    log = data / "logs" / "tl-desktop.log"
    assert str(log) in result.stderr
    assert "Traceback" in log.read_text(encoding="utf-8") and "page 7 illisible" in log.read_text(encoding="utf-8")


def test_with_tl_desktop_debug_the_traceback_is_printed_without_control_characters(folders):
    data, _, _ = folders
    result = _boom(data, debug=True)
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "RuntimeError: page 7 illisible" in result.stderr
    assert unsafe(result.stderr) == []


def test_an_unexpected_error_never_creates_a_data_folder_for_its_log(tmp_path):
    result = _boom(tmp_path / "absent", debug=False, command="list")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "relancez avec TL_DESKTOP_DEBUG=1 pour les détails" in result.stderr
    assert not (tmp_path / "absent").exists()


def test_geocode_output_carries_no_control_character(tmp_path, capsys):
    """The online geocoding prints the places it placed or missed: their names come from imported data."""
    from tests.core.test_geocoding import FakeGeoplateforme  # the fake Géoplateforme on 127.0.0.1
    from tl_desktop.cli import main
    from tl_desktop.domain import Site
    from tl_desktop.store import Store

    with Store(tmp_path / "d" / "catalogue.tldb") as store:
        store.sites.save(Site(name="Friche\x1b[31m la Belle de Mai\u202e", address="41 rue Jobin", postcode="13003",
                              commune="Marseille", insee_code="13203", latitude=43.30257, longitude=5.37583,
                              location_precision="commune"))
        store.sites.save(Site(name="Nulle\x07 part\x9b2J", address="1 rue Introuvable", postcode="75001",
                              commune="Paris\u2066", latitude=48.86, longitude=2.34, location_precision="commune"))
    fake = FakeGeoplateforme()
    try:
        assert main(["geocode", "--dry-run", "--service", fake.url, "--data-dir", str(tmp_path / "d")]) == 0
    finally:
        fake.close()
    out, err = capsys.readouterr()
    assert "Friche[31m la Belle de Mai�" in out and "Nulle part2J" in err   # C0/C1 dropped when stored
    assert unsafe(out) == [] and unsafe(err, allowed="\n\t\r") == []     # \r: the progress line, ours
