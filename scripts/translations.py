"""Compile the translations for the window, and tell what is left to translate (cross-platform).

    python scripts/translations.py compile [--force]   # .ts → .qm where the .qm is missing or older
    python scripts/translations.py status              # unfinished messages per language

The window loads ``resources/translations/tl_desktop_<lang>.qm`` (Qt's compiled format); the
documents read the .ts itself (``tl_desktop.base.i18n``). The .qm files are not kept in git:
scripts/bootstrap.sh, scripts/update-translations, build.spec and the GUI tests compile them here,
with the ``lrelease`` that ships inside the PySide6 wheel (Windows included).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> Path:
    """The lrelease executable of the installed PySide6."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


def sources() -> list[Path]:
    return sorted(TRANSLATIONS.glob("tl_desktop_*.ts"))


def compile_all(force: bool = False) -> list[Path]:
    """Compile every .ts whose .qm is missing or older; return the .qm files written."""
    written = []
    for ts in sources():
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
            written.append(qm)
    return written


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of the messages of ``ts`` still to translate (vanished ones aside)."""
    left = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind == "unfinished" or not (translation.text or "").strip():
                if kind not in ("vanished", "obsolete"):
                    left.append((name, message.findtext("source") or ""))
    return left


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "compile":
        for qm in compile_all(force="--force" in argv):
            print(f"compiled {qm.relative_to(ROOT)}")
        return 0
    if command == "status":
        for ts in sources():
            total = sum(1 for _ in ElementTree.parse(ts).getroot().iter("message"))
            left = unfinished(ts)
            print(f"{ts.relative_to(ROOT)}: {total} messages, {len(left)} left to translate")
            for context, source in left[:20]:
                print(f"  [{context}] {source[:90]!r}")
            if len(left) > 20:
                print(f"  … and {len(left) - 20} more (Qt Linguist lists them all)")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
