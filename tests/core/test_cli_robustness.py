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
