"""Choosing files: in French, starting in the user's documents, remembering the last folder per kind.

Which dialog, decided on purpose: Qt's static functions show the **system's own dialog**
on Windows and macOS (the Explorer dialog agents know, with their favourites, OneDrive and
network drives, in the language of their Windows: French on a French Windows). Where there
is no system dialog (Linux without a desktop portal, the tests offscreen), Qt draws its own,
translated by qtbase_fr.qm, which lacks two of its labels (« &Look in: », « Files of &type: »):
``QtDialogFrench`` supplies them, so no English is left on screen.

Each kind of document remembers its own folder (the PDFs for elected officials are not
saved where the photos come from); the first time, the documents folder
(``QStandardPaths.DocumentsLocation``: « Documents » on Windows, redirected or on OneDrive
included) rather than the program's working folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTranslator
from PySide6.QtWidgets import QFileDialog, QWidget

from tl_desktop.reports import slug, suggested_filename
from tl_desktop.ui.language import interface_language

SETTINGS_GROUP = "file_dialogs"
# Kinds of documents, each with its own remembered folder.
PDF_VISIT, PDF_PROGRAMME, PDF_BOOKLET = "pdf_visit", "pdf_programme", "pdf_booklet"
PARTICIPANTS, IMPORT_PLACES, PHOTOS, DOCUMENTS, TEXT_COPY = (
    "participants", "import_places", "photos", "documents", "text_copy")


class QtDialogFrench(QTranslator):
    """The labels of Qt's own file dialog that qtbase_fr.qm leaves in English."""

    # The words qtbase_fr.qm itself uses for « Look in: » and « Files of type: ».
    MISSING = {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 (Qt API)
        return self.MISSING.get((context, source))   # None: not ours, the next translator is asked

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


def documents_folder(kind: str = "") -> Path:
    """The user's documents folder (pictures for photos; the home folder if the system names none)."""
    where = QStandardPaths.PicturesLocation if kind == PHOTOS else QStandardPaths.DocumentsLocation
    for found in (QStandardPaths.writableLocation(where), QStandardPaths.writableLocation(
            QStandardPaths.DocumentsLocation)):
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


def start_folder(kind: str) -> Path:
    """Where a dialog for ``kind`` opens: the last folder used for it, if it still exists, else the documents."""
    last = QSettings().value(f"{SETTINGS_GROUP}/{kind}", "", type=str)
    return Path(last) if last and Path(last).is_dir() else documents_folder(kind)


def remember(kind: str, path: Path) -> None:
    """Remember the folder of ``path`` (a file) for the next dialog of ``kind``."""
    QSettings().setValue(f"{SETTINGS_GROUP}/{kind}", str(Path(path).parent))


def save_path(parent: QWidget | None, kind: str, title: str, suggested_name: str, filters: str) -> Path | None:
    """Ask where to save a document of ``kind``; return the path chosen, or None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / suggested_name), filters)
    if not chosen:
        return None
    path = Path(chosen)
    wanted = _first_extension(filters)
    if wanted and not path.suffix:
        path = path.with_suffix(wanted)        # « livret » typed alone is saved as « livret.pdf »
    remember(kind, path)
    return path


def open_path(parent: QWidget | None, kind: str, title: str, filters: str) -> Path | None:
    """Ask for one file to read; return it, or None if cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), filters)
    if not chosen:
        return None
    remember(kind, Path(chosen))
    return Path(chosen)


def open_paths(parent: QWidget | None, kind: str, title: str, filters: str) -> list[Path]:
    """Ask for files to read (several at once); return them (none if cancelled)."""
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(kind)), filters)
    if chosen:
        remember(kind, Path(chosen[0]))
    return [Path(p) for p in chosen]


def _first_extension(filters: str) -> str:
    start = filters.find("*.")
    if start < 0:
        return ""
    end = start + 2
    while end < len(filters) and (filters[end].isalnum()):
        end += 1
    return filters[start + 1:end]


def export_name(kind: str, name: str = "", day: str = "", extension: str = ".pdf") -> str:
    """The file name offered for an export: « synthese-friche-la-belle-de-mai-2025-02-11.pdf ».

    The documents (``kind`` "visit", "programme", "booklet") are named by
    ``reports.suggested_filename``; other exports (« participants ») the same way.
    """
    if extension == ".pdf" and kind in ("visit", "programme", "booklet"):
        return suggested_filename(kind, name, day, interface_language())   # « summary-… » in English
    parts = [kind, slug(name or ""), day if len(day) == 10 and day[4] == "-" else ""]
    return "-".join(p for p in parts if p) + extension


def install_french_file_dialog(app: QCoreApplication) -> QTranslator:
    """Install ``QtDialogFrench`` (after qtbase_fr: the last installed is asked first); return it."""
    translator = QtDialogFrench(app)
    app.installTranslator(translator)
    return translator
