"""The documents the main window writes: a visit's summary, a tour's programme sheet and booklet (PDF).

``DocumentExports`` is reached as ``window.documents``. ``export_visit()`` / ``export_tour()`` ask
where to write, whether to print personal data and in which language, then call
``export_visit_to()`` / ``export_tour_to()``, which write in a worker (reportlab loads on the first
export) and return the job runner; the written file is offered in the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from tl_desktop.base.errors import TlError
from tl_desktop.store import Store
from tl_desktop.ui import file_dialogs
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import interface_language
from tl_desktop.ui.workers import run_job


class DocumentExports(QObject):
    """Writes the window's PDF documents, asking first about personal data and the language."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._store = window.store

    def _say(self, text: str, timeout: int) -> None:
        self._window.statusBar().showMessage(text, timeout)

    def export_open_tour(self, kind: str) -> None:
        """Export the tour open in the tour view (``kind`` "programme" or "tour"), if there is one."""
        tour = self._window.tour_view.current_tour()
        if tour is not None:
            self.export_tour(tour.id, kind)

    def export_tour(self, tour_id: str, kind: str):
        """Write the tour's programme sheet or booklet in a worker, asking first about personal data."""
        notebook = self._window.notebook_if_built()
        if notebook is not None:
            notebook.flush()
        try:
            tour = self._store.tours.get(tour_id)
        except TlError as exc:
            show_error(self._window, exc)
            return None
        if kind == "programme":
            title, document = self.tr("Exporter la feuille de route"), file_dialogs.PDF_PROGRAMME
            name = file_dialogs.export_name("programme", tour.title, tour.start_date)
        else:
            title, document = self.tr("Exporter le livret de la visite apprenante"), file_dialogs.PDF_BOOKLET
            name = file_dialogs.export_name("booklet", tour.title, tour.start_date)
        choice = self._ask_export(title, document, name,
                                  self.tr("Inclure les participants et les personnes rencontrées ?"))
        return self.export_tour_to(tour_id, kind, *choice) if choice else None

    def _ask_export(self, title: str, document: str, default_name: str,
                    people_question: str) -> tuple[Path, bool, str] | None:
        """Ask where to write a PDF (a folder remembered per ``document`` kind), whether to print personal
        data and in which language (« Langue du document », the interface's by default); None if cancelled."""
        path = file_dialogs.save_path(self._window, document, title, default_name, self.tr("Documents PDF (*.pdf)"))
        if path is None:
            return None
        from tl_desktop.ui.export_options import ask_document_options  # an export's question, not at start

        people, language = ask_document_options(
            self._window, self.tr("Données personnelles"),
            people_question + "\n" + self.tr("Ce sont des données personnelles : ne les diffusez qu'aux personnes "
                                             "concernées."))
        return path, people, language

    def export_tour_to(self, tour_id: str, kind: str, path: Path, include_people: bool, language: str | None = None):
        """Write the tour's programme sheet or booklet (``kind`` "programme", "tour") in ``language`` (None:
        the interface's) in a worker; return the job runner."""
        language = language or interface_language()

        def build(store: Store) -> Path:
            from tl_desktop.reports.tour import build_programme, build_tour_booklet
            write = build_tour_booklet if kind == "tour" else build_programme
            return write(store, tour_id, path, include_people=include_people, language=language)

        return self._write(build, self.tr("Écriture du document…"), self.tr("Document écrit : {path}"))

    def export_visit(self):
        """Write the open visit's summary PDF in a worker, asking first about personal data."""
        notebook = self._window.notebook_if_built()
        visit_id = notebook.visit_id() if notebook is not None else None
        if not visit_id:
            self._say(self.tr("Ouvrez d'abord une visite."), 5000)
            return None
        notebook.flush()
        try:
            visit = self._store.visits.get(visit_id)
            place = self._store.sites.get(visit.site_id).name
        except TlError as exc:
            show_error(self._window, exc)
            return None
        choice = self._ask_export(self.tr("Exporter la synthèse de la visite"), file_dialogs.PDF_VISIT,
                                  file_dialogs.export_name("visit", place, visit.visit_date),
                                  self.tr("Inclure les personnes rencontrées dans le document ?"))
        return self.export_visit_to(visit_id, *choice) if choice else None

    def export_visit_to(self, visit_id: str, path: Path, include_people: bool, language: str | None = None):
        """Write the visit's summary in ``language`` (None: the interface's) in a worker; return the job runner."""
        language = language or interface_language()

        def build(store: Store) -> Path:
            from tl_desktop.reports.visit import build_visit_summary  # reportlab loads on first export
            return build_visit_summary(store, visit_id, path, include_people=include_people, language=language)

        return self._write(build, self.tr("Écriture de la synthèse…"), self.tr("Synthèse écrite : {path}"))

    def _write(self, build, busy: str, written: str):
        """Run ``build(store)`` in a worker on a connection of its own; say where it wrote, offer to open it."""
        db_path = self._store.path

        def job(progress, cancel):
            with Store(db_path) as store:
                return build(store)

        def done(out) -> None:
            self._say(written.format(path=out), 8000)
            self._window.document_notice.show_document(out)

        return self._window.track(run_job(self._window, busy, job, done))
