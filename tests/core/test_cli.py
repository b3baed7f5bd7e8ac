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
