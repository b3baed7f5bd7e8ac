"""The import wizard: preview the file, map its columns and values, check the dry run, import.

Reading and planning run in workers (``ui/workers.py``) with their own read connection;
the final write goes through the operation runner's ``write`` (``ui/operations.py``), all or
nothing, with progress and cancel. The same core as ``tl-desktop import``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.domain import KINDS
from tl_desktop.io.geocoding import geocode_sites, needs_geocoding
from tl_desktop.io.importing import Prepared, plan_table, prepare
from tl_desktop.io.column_guess import guess_mapping
from tl_desktop.io.mapping import Mapping, MappingMemory
from tl_desktop.io.plan import CREATE, DUPLICATE, MERGE, UPDATE, ImportPlan, WriteChoices, execute_plan
from tl_desktop.io.readers import ENCODINGS, ReadOptions, read_table
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.import_pages import ColumnsPage, ValuesPage, core_tr
from tl_desktop.ui.messages import ask
from tl_desktop.ui.workers import run_job

PREVIEW_ROWS = 50
# Labels marked for lupdate in the context of the page that shows them (its self.tr()).
SEPARATORS = (("", QT_TRANSLATE_NOOP("FilePage", "Reconnaître")), (";", QT_TRANSLATE_NOOP("FilePage", "Point-virgule (;)")),
              (",", QT_TRANSLATE_NOOP("FilePage", "Virgule (,)")), ("\t", QT_TRANSLATE_NOOP("FilePage", "Tabulation")),
              ("|", QT_TRANSLATE_NOOP("FilePage", "Barre verticale (|)")))


class FilePage(QWizardPage):
    """What was read: format, encoding, separator, header row, sheet; the first rows."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Aperçu du fichier"))
        self.setSubTitle(self.tr("Vérifiez que les colonnes et les accents sont bien lus ; sinon, changez "
                                 "l'encodage, le séparateur ou la feuille."))
        self.detected = QLabel(self)
        self.detected.setWordWrap(True)
        self.detected.setTextFormat(Qt.PlainText)
        self.encoding = QComboBox(self)
        self.encoding.addItem(self.tr("Reconnaître"), "")
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.separator = QComboBox(self)
        for value, label in SEPARATORS:
            self.separator.addItem(self.tr(label), value)
        self.header = QComboBox(self)
        self.header.addItem(self.tr("Reconnaître"), None)
        self.header.addItem(self.tr("Oui : la première ligne nomme les colonnes"), True)
        self.header.addItem(self.tr("Non : la première ligne est déjà un lieu"), False)
        self.sheet = QComboBox(self)
        for combo in (self.encoding, self.separator, self.header, self.sheet):
            combo.setFocusPolicy(Qt.StrongFocus)
        self.sheet_label = QLabel(self.tr("Feuille"), self)
        self.encoding_label = QLabel(self.tr("Encodage"), self)
        self.separator_label = QLabel(self.tr("Séparateur"), self)
        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.encoding_label, self.encoding)
        form.addRow(self.separator_label, self.separator)
        form.addRow(self.tr("Ligne d'en-tête"), self.header)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setEditTriggers(QTableWidget.NoEditTriggers)
        self.preview.horizontalHeader().setDefaultSectionSize(140)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        for combo in (self.encoding, self.separator, self.header, self.sheet):
            combo.activated.connect(self._on_option_chosen)

    def fill(self) -> None:
        table = self._wizard.prepared.table
        kind = {"csv": self.tr("texte CSV"), "xlsx": self.tr("classeur Excel"), "xls": self.tr("classeur Excel (ancien)"),
                "ods": self.tr("classeur OpenDocument"), "geojson": "GeoJSON", "json": "JSON"}.get(table.format)
        text = self.tr("{name} : {kind}, {rows} ligne(s) de lieux, {columns} colonne(s).").format(
            name=table.name, kind=kind, rows=len(table.rows), columns=len(table.headers))
        notes = [core_tr(n.template).format(**n.args) for n in table.notes]
        self.detected.setText("\n".join([text] + notes))
        is_text = table.format == "csv"
        for widget in (self.encoding, self.encoding_label, self.separator, self.separator_label):
            widget.setVisible(is_text)
        self.sheet.setVisible(bool(table.sheets))
        self.sheet_label.setVisible(bool(table.sheets))
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        options = self._wizard.options
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(options.encoding)))
        if options.encoding == "" and table.encoding:
            self.encoding.setItemText(0, self.tr("Reconnaître ({encoding})").format(encoding=table.encoding))
        self.separator.setCurrentIndex(max(0, self.separator.findData(options.delimiter)))
        if not options.delimiter and table.delimiter:
            shown = dict(SEPARATORS).get(table.delimiter, table.delimiter)
            self.separator.setItemText(0, self.tr("Reconnaître ({separator})").format(separator=self.tr(shown)))
        self.header.setCurrentIndex({None: 0, True: 1, False: 2}[options.has_header])
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.lines[:PREVIEW_ROWS]])
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(value))

    def _on_option_chosen(self) -> None:
        options = ReadOptions(encoding=self.encoding.currentData() or "", delimiter=self.separator.currentData() or "",
                              has_header=self.header.currentData(), sheet=self.sheet.currentText() if
                              self.sheet.isVisible() else "")
        self._wizard.reread(options)


class CheckPage(QWizardPage):
    """The dry run: what will be created, updated, merged, rejected; nothing written yet."""

    FILTERS = (("all", QT_TRANSLATE_NOOP("CheckPage", "Toutes les lignes")),
               (CREATE, QT_TRANSLATE_NOOP("CheckPage", "À créer")), (UPDATE, QT_TRANSLATE_NOOP("CheckPage", "Mises à jour")),
               (MERGE, QT_TRANSLATE_NOOP("CheckPage", "Déjà au catalogue")),
               (DUPLICATE, QT_TRANSLATE_NOOP("CheckPage", "En double dans le fichier")),
               ("rejected", QT_TRANSLATE_NOOP("CheckPage", "Rejetées")),
               ("warning", QT_TRANSLATE_NOOP("CheckPage", "Avertissements")))

    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Vérification avant l'import"))
        self.setSubTitle(self.tr("Rien n'est encore écrit. L'import se fera en une fois : interrompu, il ne "
                                 "laisse rien."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.update_box = QCheckBox(self)
        self.merge_box = QCheckBox(self)
        for box in (self.update_box, self.merge_box):
            box.setChecked(True)
            box.hide()
        self.show = QComboBox(self)
        self.show.setFocusPolicy(Qt.StrongFocus)
        for value, label in self.FILTERS:
            self.show.addItem(self.tr(label), value)
        self.geocode = QPushButton(self.tr("Géocoder les adresses en ligne…"), self)
        self.geocode.setEnabled(False)
        self.geocode.setToolTip(self.tr("Placer à leur adresse, avec le service national de géocodage "
                                        "(Géoplateforme, en ligne), les lieux qui n'ont que la position de leur "
                                        "commune. Rien n'est envoyé sans votre accord."))
        self.geocode.clicked.connect(self._on_geocode_clicked)
        self.geocoded = QLabel(self)
        self.geocoded.setWordWrap(True)
        self.geocoded.setTextFormat(Qt.PlainText)
        self.geocoded.hide()
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Statut"), self.tr("Lieu"),
                                              self.tr("Commune"), self.tr("Détail")])
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSortingEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Afficher"), self))
        bar.addWidget(self.show)
        bar.addStretch(1)
        bar.addWidget(self.geocode)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.update_box)
        layout.addWidget(self.merge_box)
        layout.addLayout(bar)
        layout.addWidget(self.geocoded)
        layout.addWidget(self.table, 1)
        self.show.currentIndexChanged.connect(self._fill_table)

    def initializePage(self) -> None:
        self.summary.setText(self.tr("Préparation…"))
        self.table.setRowCount(0)
        self.update_box.hide()
        self.merge_box.hide()
        self._wizard.replan()

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and any(r.action != DUPLICATE for r in plan.rows)

    def fill(self) -> None:
        plan = self._wizard.plan
        c = plan.counts
        parts = [self.tr("{read} ligne(s) lue(s) : {create} lieu(x) à créer").format(read=plan.rows_read,
                                                                                      create=c[CREATE])]
        if c[UPDATE]:
            parts.append(self.tr("{n} à mettre à jour").format(n=c[UPDATE]))
        if c[MERGE]:
            parts.append(self.tr("{n} déjà au catalogue").format(n=c[MERGE]))
        if c[DUPLICATE]:
            parts.append(self.tr("{n} en double dans le fichier").format(n=c[DUPLICATE]))
        parts.append(self.tr("{n} rejetée(s)").format(n=len(plan.rejected)))
        parts.append(self.tr("{n} avertissement(s)").format(n=len(plan.warnings)))
        kinds: dict[str, int] = {}
        for row in plan.rows:
            if row.action == DUPLICATE:
                continue              # merged into its first line
            for kind in row.site.kinds:
                kinds[kind] = kinds.get(kind, 0) + 1
        kinds_text = ", ".join(f"{self._kind(k)} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
        notes = [core_tr(n.template).format(**n.args) for n in plan.notes if n not in self._wizard.prepared.table.notes]
        self.summary.setText("\n".join([", ".join(parts) + ".", self.tr("Types : {kinds}").format(kinds=kinds_text)]
                                       + notes))
        self.update_box.setText(self.tr("Mettre à jour les {n} lieu(x) déjà importés de cette liste (même "
                                        "identifiant)").format(n=c[UPDATE]))
        self.merge_box.setText(self.tr("Compléter les lieux déjà présents ({n} au catalogue, {m} en double dans le "
                                       "fichier) au lieu de les créer une seconde fois").format(n=c[MERGE], m=c[DUPLICATE]))
        self.update_box.setVisible(bool(c[UPDATE]))
        self.merge_box.setVisible(bool(c[MERGE] or c[DUPLICATE]))
        to_geocode = len(self.to_geocode())
        self.geocode.setEnabled(bool(to_geocode))
        self.geocode.setText(self.tr("Géocoder {n} adresse(s) en ligne…").format(n=to_geocode) if to_geocode
                             else self.tr("Géocoder les adresses en ligne…"))
        self._fill_table()
        self.completeChanged.emit()

    def to_geocode(self) -> list:
        """The planned sites with an address and only their commune's position (or none)."""
        plan = self._wizard.plan
        return [r.site for r in plan.rows if r.action != DUPLICATE and needs_geocoding(r.site)] if plan else []

    def _on_geocode_clicked(self) -> None:
        sites = self.to_geocode()
        answer = ask(self, self.tr("Géocoder les adresses"), self.tr(
            "Les adresses de {n} lieu(x) vont être envoyées au service national de géocodage (Géoplateforme, "
            "data.geopf.fr), par lots, pour les placer à leur adresse. Il faut être connecté à internet. "
            "Continuer ?").format(n=len(sites)))
        if answer == QMessageBox.Yes:
            self._wizard.geocode(sites)

    def show_geocoded(self, report) -> None:
        self.geocoded.setText(self.tr(
            "Géocodage : {updated} lieu(x) placé(s) à l'adresse, {uncertain} réponse(s) incertaine(s) non "
            "retenue(s), {missing} adresse(s) non trouvée(s).").format(
            updated=len(report.updated), uncertain=len(report.uncertain), missing=len(report.not_found)))
        self.geocoded.show()
        self.fill()

    def choices(self) -> WriteChoices:
        return WriteChoices(update_existing=self.update_box.isChecked(), merge_duplicates=self.merge_box.isChecked())

    @staticmethod
    def _kind(code: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("domain", KINDS.label(code))

    def _fill_table(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            return
        wanted = self.show.currentData()
        status = {CREATE: self.tr("À créer"), UPDATE: self.tr("Mise à jour"), MERGE: self.tr("Déjà au catalogue"),
                  DUPLICATE: self.tr("En double")}
        lines = []
        if wanted in ("all", CREATE, UPDATE, MERGE, DUPLICATE):
            for row in plan.rows:
                if wanted in ("all", row.action):
                    detail = core_tr(row.evidence).format(**row.evidence_args) if row.evidence else \
                        ", ".join(self._kind(k) for k in row.site.kinds)
                    lines.append((row.line, status[row.action], row.site.name, row.site.commune, detail))
        if wanted in ("all", "rejected"):
            lines += [(i.line, self.tr("Rejetée"), i.name, "", core_tr(i.template).format(**i.args))
                      for i in plan.rejected]
        if wanted in ("all", "warning"):
            lines += [(i.line, self.tr("Avertissement"), i.name, "", core_tr(i.template).format(**i.args))
                      for i in plan.warnings]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(lines))
        for r, (line, state, name, commune, detail) in enumerate(lines):
            number = QTableWidgetItem()
            number.setData(Qt.DisplayRole, line)      # a number: line 10 sorts after line 9
            self.table.setItem(r, 0, number)
            for c, text in enumerate((state, name, commune, detail), start=1):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)


class ImportWizard(QWizard):
    """Import one list: preview, columns, values, dry run; ``imported`` carries the write's result."""

    imported = Signal(object, object)        # Changes, ImportPlan
    busy_changed = Signal(bool)

    def __init__(self, path: Path, store_path: Path, data_folder: Path, write, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._store_path = store_path
        self._write = write
        self.memory = MappingMemory(Path(data_folder) / "mappings")
        self.options = ReadOptions()
        self.prepared: Prepared | None = None
        self.plan: ImportPlan | None = None
        self.runner = None
        self.geocoding_client = None        # the Géoplateforme by default; a fake server in tests
        self.setWindowTitle(self.tr("Importer « {name} »").format(name=self.path.name))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.columns_page, self.values_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.FinishButton, self.tr("Importer"))
        self.setButtonText(QWizard.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.CancelButton, self.tr("Annuler"))
        self.resize(1100, 680)
        geometry = QSettings().value("import_wizard/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # ---- reading and planning, off the GUI thread

    def start(self) -> None:
        """Read the file (mapping: remembered for its headers, else guessed), then show the wizard."""
        path, memory = self.path, self.memory

        def job(progress, cancel):
            return prepare(path, memory=memory, progress=progress, cancel=cancel)

        self._run(self.tr("Lecture de « {name} »…").format(name=path.name), job, self._on_prepared,
                  self._on_first_read_failed)

    def reread(self, options: ReadOptions) -> None:
        """Read the file again with the options the user chose in the preview; map it again."""
        path, memory = self.path, self.memory

        def job(progress, cancel):
            table = read_table(path, options, progress=progress, cancel=cancel)
            remembered = memory.recall(table.headers)
            if remembered is not None:
                return Prepared(table, remembered, "remembered")
            mapping, by_content = guess_mapping(table)
            return Prepared(table, mapping, "guessed", by_content)

        def done(prepared: Prepared) -> None:
            self.options = options
            prepared.mapping.read = options
            self._on_prepared(prepared)

        self._run(self.tr("Lecture de « {name} »…").format(name=path.name), job, done, lambda exc: show_error(self, exc))

    def use_mapping(self, mapping: Mapping) -> None:
        """Apply a mapping loaded from a file (its reading options too)."""
        if mapping.read != self.options:
            self.options = mapping.read
        path = self.path

        def job(progress, cancel):
            return Prepared(read_table(path, mapping.read, progress=progress, cancel=cancel), mapping, "given")

        self._run(self.tr("Lecture de « {name} »…").format(name=path.name), job, self._on_prepared,
                  lambda exc: show_error(self, exc))

    def replan(self) -> None:
        """Dry run of the current mapping against the catalog (a read connection of its own)."""
        store_path, prepared = self._store_path, self.prepared
        self.plan = None
        self.check_page.completeChanged.emit()

        def job(progress, cancel):
            with Store(store_path, create=False) as store:
                return plan_table(store, prepared.table, prepared.mapping, progress=progress, cancel=cancel)

        def done(plan: ImportPlan) -> None:
            self.plan = plan
            self.check_page.fill()

        self._run(self.tr("Vérification de « {name} »…").format(name=self.path.name), job, done,
                  lambda exc: show_error(self, exc))

    def geocode(self, sites: list) -> None:
        """Place ``sites`` at their address online (a worker, progress and cancel); the plan takes the result."""
        client = self.geocoding_client

        def job(progress, cancel):
            return geocode_sites(sites, progress=progress, cancel=cancel, client=client)

        def done(report) -> None:
            placed = {s.id: s for s in report.updated}
            for row in self.plan.rows:
                site = placed.get(row.site.id)
                if site is not None:
                    row.site.latitude, row.site.longitude = site.latitude, site.longitude
                    row.site.location_precision = site.location_precision
            self.check_page.show_geocoded(report)

        self._run(self.tr("Géocodage des adresses…"), job, done, lambda exc: show_error(self, exc))

    def _run(self, label: str, job, on_done, on_failed) -> None:
        self.busy_changed.emit(True)
        runner = run_job(self, label, job, on_done, on_failed)
        self.runner = runner

        def ended() -> None:       # also after a cancel, which calls neither on_done nor on_failed
            if self.runner is runner:
                self.runner = None
            self.busy_changed.emit(False)

        runner.finished.connect(ended)

    def _on_prepared(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.options = prepared.mapping.read if prepared.origin != "guessed" else self.options
        self.file_page.fill()
        if self.currentPage() is self.columns_page:
            self.columns_page.fill()
        if not self.isVisible():
            self.open()

    def _on_first_read_failed(self, exc: BaseException) -> None:
        show_error(self.parentWidget(), exc)
        self.deleteLater()

    # ---- the write

    def default_mapping_path(self) -> str:
        return str(self.path.with_name(self.path.stem + ".correspondance.json"))

    def accept(self) -> None:
        """« Importer »: write the plan through the writer, in a worker, all or nothing."""
        if self.plan is None:
            return
        plan, choices, write, store_path = self.plan, self.check_page.choices(), self._write, self._store_path
        self.memory.remember(self.prepared.table.headers, self.prepared.mapping)
        QSettings().setValue("import_wizard/geometry", self.saveGeometry())

        def job(progress, cancel):
            with Store(store_path, create=False) as store:
                return execute_plan(plan, write, store.sites.get, choices=choices, progress=progress, cancel=cancel)

        def done(changes) -> None:
            self.imported.emit(changes, plan)
            super(ImportWizard, self).accept()

        def failed(exc) -> None:
            show_error(self, exc)      # nothing was written: the wizard stays open on the dry run

        self._run(self.tr("Import de « {name} »…").format(name=self.path.name), job, done, failed)

    def reject(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()
        QSettings().setValue("import_wizard/geometry", self.saveGeometry())
        super().reject()
