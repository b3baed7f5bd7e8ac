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
    "export-visit": ["export-visit", "{visit}", "-o", "{out}"],
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
