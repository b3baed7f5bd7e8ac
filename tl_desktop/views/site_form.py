"""The form of one site: view, edit, create. Unsaved changes are never dropped silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tl_desktop import geo
from tl_desktop.base.errors import TR_CONTEXT, TlError, ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.domain import (
    KINDS,
    LEGAL_FORMS,
    LOCATION_PRECISIONS,
    PROGRAMMES,
    PUBLIC_SERVICES,
    Changes,
    ChoiceList,
    PublicService,
    Site,
)
from tl_desktop.store import Store
from tl_desktop.ui.errors import show_error
from tl_desktop.ui.language import interface_language
from tl_desktop.ui.messages import ask
from tl_desktop.ui.operations import Operations
from tl_desktop.ui.rooms_widget import RoomsEditor
from tl_desktop.ui.read_only import show_read_only

TEXT_FIELDS = ("name", "address", "postcode", "commune", "insee_code", "website", "email", "phone")


class SiteForm(QWidget):
    """Edits one site; emits ``site_saved`` with the store's Changes after each save."""

    site_saved = Signal(object)      # tl_desktop.domain.Changes
    dirty_changed = Signal(bool)
    visit_open_requested = Signal(str)   # a visit of this site, double-clicked
    visit_delete_requested = Signal(str)   # « Supprimer… » in a visit's context menu
    site_open_requested = Signal(str)    # « open the existing one instead » of a probable duplicate

    def __init__(self, store: Store, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._ops = ops
        ops.executed.connect(self.on_changes)
        self._original: Site | None = None
        self._dirty = False
        self._loading = False

        self.edits: dict[str, QLineEdit] = {}
        labels = {"name": self.tr("Nom *"), "address": self.tr("Adresse"), "postcode": self.tr("Code postal"),
                  "commune": self.tr("Commune"), "insee_code": self.tr("Code INSEE"),
                  "website": self.tr("Site web"), "email": self.tr("Courriel"), "phone": self.tr("Téléphone")}
        for key in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setAccessibleName(labels[key])
            edit.textChanged.connect(self._on_edited)
            self.edits[key] = edit
        self.edits["postcode"].setMaxLength(5)
        self.edits["insee_code"].setMaxLength(5)
        self.latitude_edit, self.longitude_edit = QLineEdit(self), QLineEdit(self)
        for edit, name in ((self.latitude_edit, self.tr("Latitude")), (self.longitude_edit, self.tr("Longitude"))):
            edit.setPlaceholderText(self.tr("degrés décimaux, ex. 43,2965") if edit is self.latitude_edit
                                    else self.tr("degrés décimaux, ex. 5,3698"))
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._on_edited)
        self.precision_combo = QComboBox(self)
        self.precision_combo.addItem(self.tr("Non précisée"), None)
        for choice in LOCATION_PRECISIONS:
            self.precision_combo.addItem(QCoreApplication.translate("domain", choice.label), choice.code)
        self.precision_combo.currentIndexChanged.connect(self._on_edited)
        self.legal_combo = QComboBox(self)
        self.legal_combo.addItem(self.tr("Non renseignée"), None)
        for choice in LEGAL_FORMS:
            self.legal_combo.addItem(QCoreApplication.translate("domain", choice.label), choice.code)
        self.legal_combo.currentIndexChanged.connect(self._on_edited)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.textChanged.connect(self._on_edited)
        self.kind_checks = self._check_grid(KINDS)
        self.programme_checks = self._check_grid(PROGRAMMES)
        self.service_checks = self._check_grid(PUBLIC_SERVICES)
        self.service_details: dict[str, QLineEdit] = {}
        self.place_button = QPushButton(self.tr("Compléter depuis la commune"), self)
        self.place_button.setToolTip(self.tr("Retrouve le code INSEE, le département et la région ; "
                                             "sans coordonnées, place le lieu au centre de la commune."))
        self.place_button.clicked.connect(self.complete_from_commune)
        self.place_info = QLabel(self)
        self.place_info.setTextFormat(Qt.PlainText)
        self.place_info.setWordWrap(True)   # notes from geo.locate() can be long
        self.source_label = QLabel(self)
        self.source_label.setTextFormat(Qt.PlainText)
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Enregistrer"), QDialogButtonBox.AcceptRole)
        self.revert_button = self.buttons.addButton(self.tr("Annuler les modifications"), QDialogButtonBox.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.rooms_editor = RoomsEditor(self)
        self.rooms_editor.edited.connect(self._on_edited)
        self._original_rooms: list = []
        self.visits_list = QListWidget(self)
        self.visits_list.setAccessibleName(self.tr("Visites de ce lieu"))
        self.visits_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.visits_list.itemActivated.connect(
            lambda item: self.visit_open_requested.emit(item.data(Qt.UserRole)))
        self.visits_list.setContextMenuPolicy(Qt.CustomContextMenu)
        self.visits_list.customContextMenuRequested.connect(self._visit_menu)
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.PlainText)   # the site's name, as typed
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self._build_layout()
        self.setEnabled(False)
        self._set_dirty(False)

    def _check_grid(self, choices: ChoiceList) -> dict[str, QCheckBox]:
        checks = {}
        for choice in choices:
            box = QCheckBox(QCoreApplication.translate("domain", choice.label), self)
            box.toggled.connect(self._on_edited)
            checks[choice.code] = box
        return checks

    def _grid_box(self, title: str, checks: dict[str, QCheckBox], columns: int = 2) -> QGroupBox:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        for i, check in enumerate(checks.values()):
            grid.addWidget(check, i // columns, i % columns)
        return box

    def _build_layout(self) -> None:
        identity = QFormLayout()
        identity.addRow(self.tr("Nom *"), self.edits["name"])
        identity.addRow(self.tr("Forme juridique"), self.legal_combo)
        services = QGroupBox(self.tr("Services publics accueillis"), self)
        grid = QGridLayout(services)
        for row, (code, check) in enumerate(self.service_checks.items()):
            detail = QLineEdit(self)
            detail.setPlaceholderText(self.tr("précision (ex. permanence le mardi)"))
            detail.setAccessibleName(self.tr("Précision : {service}").format(service=check.text()))
            detail.textChanged.connect(self._on_edited)
            self.service_details[code] = detail
            grid.addWidget(check, row, 0)
            grid.addWidget(detail, row, 1)
        place = QFormLayout()
        place.addRow(self.tr("Adresse"), self.edits["address"])
        postcode_row = QHBoxLayout()
        postcode_row.addWidget(self.edits["postcode"], 1)
        postcode_row.addWidget(QLabel(self.tr("Commune"), self))
        postcode_row.addWidget(self.edits["commune"], 3)
        place.addRow(self.tr("Code postal"), postcode_row)
        insee_row = QHBoxLayout()
        insee_row.addWidget(self.edits["insee_code"], 1)
        insee_row.addWidget(self.place_button)
        place.addRow(self.tr("Code INSEE"), insee_row)
        place.addRow("", self.place_info)
        coords = QHBoxLayout()
        coords.addWidget(self.latitude_edit)
        coords.addWidget(self.longitude_edit)
        place.addRow(self.tr("Latitude, longitude"), coords)
        place.addRow(self.tr("Précision de la position"), self.precision_combo)
        place_box = QGroupBox(self.tr("Localisation"), self)
        place_box.setLayout(place)
        contact = QFormLayout()
        for key, label in (("website", self.tr("Site web")), ("email", self.tr("Courriel")),
                           ("phone", self.tr("Téléphone"))):
            contact.addRow(label, self.edits[key])
        contact_box = QGroupBox(self.tr("Contact"), self)
        contact_box.setLayout(contact)
        description_box = QGroupBox(self.tr("Description"), self)
        QVBoxLayout(description_box).addWidget(self.description_edit)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.title_label)
        column.addLayout(identity)
        column.addWidget(self._grid_box(self.tr("Types de lieu"), self.kind_checks))
        column.addWidget(self._grid_box(self.tr("Programmes et labels"), self.programme_checks))
        column.addWidget(services)
        column.addWidget(place_box)
        column.addWidget(contact_box)
        column.addWidget(description_box)
        rooms_box = QGroupBox(self.tr("Salles de réunion (pour accueillir les réunions d'une collectivité)"), self)
        QVBoxLayout(rooms_box).addWidget(self.rooms_editor)
        column.addWidget(rooms_box)
        visits_box = QGroupBox(self.tr("Visites de ce lieu (double-clic pour ouvrir le carnet)"), self)
        QVBoxLayout(visits_box).addWidget(self.visits_list)
        column.addWidget(visits_box)
        column.addWidget(self.source_label)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.buttons)

    # ---- loading and reading

    def site_id(self) -> str | None:
        return self._original.id if self._original else None

    def is_dirty(self) -> bool:
        return self._dirty

    def load_site(self, site: Site | None) -> None:
        """Show ``site`` (None: empty the form). Call maybe_save() first."""
        same_site = site is not None and site.id == self.site_id()
        self._loading = True
        try:
            self._original = site
            self.setEnabled(site is not None)
            site = site or Site(name="")
            for key, edit in self.edits.items():
                edit.setText(getattr(site, key))
            self.latitude_edit.setText(_format_coord(site.latitude))
            self.longitude_edit.setText(_format_coord(site.longitude))
            self.precision_combo.setCurrentIndex(max(0, self.precision_combo.findData(site.location_precision)))
            self.legal_combo.setCurrentIndex(max(0, self.legal_combo.findData(site.legal_form)))
            self.description_edit.setPlainText(site.description)
            for code, box in self.kind_checks.items():
                box.setChecked(code in site.kinds)
            for code, box in self.programme_checks.items():
                box.setChecked(code in site.programmes)
            services = {s.code: s.detail for s in site.public_services}
            for code, box in self.service_checks.items():
                box.setChecked(code in services)
                self.service_details[code].setText(services.get(code, ""))
            self._show_place_info(site)
            self._original_rooms = self._store.rooms.of_site(self._original.id) if self._original else []
            self.rooms_editor.set_rooms(self._original_rooms)
            self.reload_visits()
            self._update_title()
            self.source_label.setText(self._source_text(site) if self._original else "")
        finally:
            self._loading = False
        self._set_dirty(False)
        if self._store.read_only:
            show_read_only(self, keep=[self.visits_list])   # a catalog that cannot be written: read, not edit
        if not same_site:
            # Another place starts at its name, not where the previous one was scrolled to.
            self.scroll_area.verticalScrollBar().setValue(0)

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Follow what other views changed: this site elsewhere (a photo placed it), its visits."""
        site_id = self.site_id()
        if site_id is None:
            return
        if site_id in changes.sites and origin is not self:
            if self._dirty:
                return   # the agent's edits win; saving them writes over the other change
            try:
                self.load_site(self._store.sites.get(site_id))
            except TlError:
                self.load_site(None)   # deleted (or merged) elsewhere
            return
        if changes.visits:
            self.reload_visits()

    def reload_visits(self) -> None:
        """List the visits of the shown site, newest first."""
        self.visits_list.clear()
        if self._original is None:
            return
        for visit in self._store.visits.of_site(self._original.id):
            when = visit.visit_date or self.tr("date à préciser")
            item = QListWidgetItem(" — ".join(t for t in (when, visit.author) if t))
            item.setData(Qt.UserRole, visit.id)
            self.visits_list.addItem(item)

    def _visit_menu(self, pos) -> None:
        item = self.visits_list.itemAt(pos)
        if item is None:
            return
        visit_id = item.data(Qt.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Ouvrir le carnet"), lambda: self.visit_open_requested.emit(visit_id))
        menu.addAction(self.tr("Supprimer la visite…"), lambda: self.visit_delete_requested.emit(visit_id))
        menu.exec(self.visits_list.viewport().mapToGlobal(pos))

    def new_site(self) -> None:
        """Start a new, unsaved site (its name is asked for in the form)."""
        self.load_site(Site(name="", kinds=[]))
        self._original = None
        self.setEnabled(True)
        self._update_title()
        self.source_label.setText(self.tr("Nouveau lieu, pas encore enregistré."))
        self.scroll_area.verticalScrollBar().setValue(0)
        self.edits["name"].setFocus(Qt.OtherFocusReason)

    def _source_text(self, site: Site) -> str:
        source = QCoreApplication.translate("sources", site.source)   # the demo lists' names, « saisie manuelle »
        if not site.created_at:
            return self.tr("Source : {source}.").format(source=source) if site.source else ""
        return self.tr("Source : {source}. Créé le {created}, modifié le {updated}.").format(
            source=source, created=site.created_at[:10], updated=site.updated_at[:10])

    def _update_title(self) -> None:
        name = self.edits["name"].text().strip()
        self.title_label.setText(name or self.tr("Nouveau lieu"))

    def _show_place_info(self, site: Site) -> None:
        dep = geo.departements().get(site.departement)
        text = f"{dep.code} · {dep.name} — {dep.region}" if dep else site.region
        network = geo.network_of_region(dep.region if dep else site.region)
        if network:
            text += "\n" + self.tr("Réseau régional des tiers-lieux : {name}").format(name=network.name)
            if network.website:
                text += f" ({network.website})"
        self.place_info.setText(text)

    def site_from_form(self) -> Site:
        """Return the site as the form shows it; raise ValidationError for unreadable coordinates."""
        base = self._original or Site(name="")
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        try:
            lat = geo.parse_number(self.latitude_edit.text())
            lon = geo.parse_number(self.longitude_edit.text())
        except ValueError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP(    # translated when shown (ui.errors)
                "tl_desktop", "Les coordonnées doivent être des nombres décimaux (ex. 43,2965 et 5,3698).")) from exc
        services = [PublicService(code, self.service_details[code].text().strip())
                    for code, box in self.service_checks.items() if box.isChecked()]
        site = base.replace(
            **values, latitude=lat, longitude=lon,
            location_precision=self.precision_combo.currentData() if lat is not None else None,
            legal_form=self.legal_combo.currentData(),
            description=self.description_edit.toPlainText(),
            kinds=[c for c, b in self.kind_checks.items() if b.isChecked()],
            programmes=[c for c, b in self.programme_checks.items() if b.isChecked()],
            public_services=services)
        if site.insee_code != base.insee_code:
            placement = geo.locate(insee=site.insee_code)
            site.departement = placement.departement or geo.departement_of_insee(site.insee_code)
            site.region = placement.region
        return site

    # ---- editing

    def complete_from_commune(self) -> None:
        """Fill INSEE code, commune, département and région from what the form has (geo.locate, as the
        importer); place the site at its commune's (or arrondissement's) centre if it has no coordinates."""
        lat_text, lon_text = self.latitude_edit.text().strip(), self.longitude_edit.text().strip()
        typed = self.edits["commune"].text().strip()
        placement = geo.locate(insee=self.edits["insee_code"].text(), postcode=self.edits["postcode"].text(),
                               commune=typed, latitude=lat_text or None, longitude=lon_text or None)
        notes = [QCoreApplication.translate(TR_CONTEXT, n.template).format(**n.args) for n in placement.notes]
        if not placement.found:
            self.place_info.setText("\n".join(
                [self.tr("Commune introuvable : vérifiez le code postal et le nom.")] + notes))
            return
        self.edits["insee_code"].setText(placement.insee_code)
        # The official name (« St Ouen Cedex » → « Saint-Ouen-sur-Seine »); the city for an arrondissement.
        if typed not in (placement.commune, placement.city):
            self.edits["commune"].setText(placement.city)
        if not self.edits["postcode"].text().strip() and placement.postcode:
            self.edits["postcode"].setText(placement.postcode)
        if not lat_text and not lon_text and placement.location_precision == geo.PRECISION_COMMUNE:
            self.latitude_edit.setText(_format_coord(placement.latitude))
            self.longitude_edit.setText(_format_coord(placement.longitude))
            self.precision_combo.setCurrentIndex(self.precision_combo.findData(geo.PRECISION_COMMUNE))
        dep = geo.departements().get(placement.departement)
        where = f"{placement.commune} ({placement.insee_code})"
        if dep:
            where += f" — {dep.code} · {dep.name}, {dep.region}"
        self.place_info.setText("\n".join([where] + notes))

    def _on_edited(self, *args) -> None:
        if self._loading:
            return
        self._update_title()
        try:
            dirty = (self._original is None or self.site_from_form() != self._original
                     or self._rooms_changed())
        except TlError:
            dirty = True
        self._set_dirty(dirty)

    def _rooms_changed(self) -> bool:
        def key(rooms):
            return [(r.name, r.capacity, r.accessible, sorted(r.equipment)) for r in rooms]
        return key(self.rooms_editor.rooms()) != key(self._original_rooms)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    def revert(self) -> None:
        """Drop the changes and show the stored site again."""
        if self._original is None:
            self.load_site(None)
        else:
            self.load_site(self._original)

    def save(self) -> bool:
        """Validate and write the site; return True if saved (or nothing to save)."""
        if not self._dirty:
            return True
        try:
            site = self.site_from_form()
            if self._original is None and not self._confirm_not_duplicate(site):
                return False
            if site.latitude is not None and site.longitude is not None and not self._confirm_position(site):
                return False
            rooms = self.rooms_editor.rooms(site.id) if self._original is None or self._rooms_changed() else None

            def op(store):
                with store.atomic():   # the site and its rooms, both or neither
                    stored, changes = store.sites.save(site)
                    if rooms is not None:
                        changes = changes | store.rooms.set_for_site(stored.id, rooms)
                return stored, changes
            stored, changes = self._ops.call(op, origin=self)
        except TlError as exc:
            show_error(self, exc, self.tr("Enregistrement impossible"))
            return False
        position = self.scroll_area.verticalScrollBar().value()
        self.load_site(stored)
        self.scroll_area.verticalScrollBar().setValue(position)    # a new place, just saved: stay where it was
        self.site_saved.emit(changes)
        return True

    def _confirm_not_duplicate(self, site: Site) -> bool:
        """A new site the catalog probably holds already: say which, offer to open it; False to stop saving."""
        from tl_desktop.io.duplicates import catalog_matches  # rapidfuzz: at the first check, not at start

        found = catalog_matches(self._store, site)
        if not found:
            return True
        lines = []
        for site_id, evidence in found[:3]:
            try:
                existing = self._store.sites.get(site_id)
            except TlError:
                continue
            why = evidence.text(lambda template: QCoreApplication.translate(TR_CONTEXT, template))
            lines.append(f"• « {existing.name} » ({existing.commune or '—'}) : {why}")
        if not lines:
            return True
        box = QMessageBox(QMessageBox.Question, self.tr("Ce lieu est peut-être déjà au catalogue"),
                          self.tr("Le catalogue a déjà un lieu qui semble être celui-ci :") + "\n\n"
                          + "\n".join(lines) + "\n\n" + self.tr("Ouvrir la fiche existante plutôt que d'en créer "
                                                                 "une seconde ?"),
                          QMessageBox.Open | QMessageBox.Save | QMessageBox.Cancel, self)
        box.setTextFormat(Qt.PlainText)      # names as typed, never markup
        box.button(QMessageBox.Open).setText(self.tr("Ouvrir la fiche existante"))
        box.button(QMessageBox.Save).setText(self.tr("Créer quand même"))
        box.setDefaultButton(QMessageBox.Open)
        answer = box.exec()
        if answer == QMessageBox.Open:
            self.load_site(None)          # the draft is dropped: the agent chose the existing place
            self.site_open_requested.emit(found[0][0])
            return False
        return answer == QMessageBox.Save

    def _confirm_position(self, site: Site) -> bool:
        check = geo.check_coordinates(site.latitude, site.longitude)
        if check.status is geo.CoordStatus.SWAPPED:
            answer = ask(
                self, self.tr("Coordonnées inversées ?"),
                self.tr("Ce point tombe hors de France, mais en France si l'on inverse latitude et longitude. "
                        "Les inverser ?"), QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
            if answer == QMessageBox.Cancel:
                return False
            if answer == QMessageBox.Yes:
                site.latitude, site.longitude = check.latitude, check.longitude
        elif check.status is geo.CoordStatus.OUTSIDE_FRANCE:
            answer = ask(
                self, self.tr("Lieu hors de France ?"),
                self.tr("Ce point est hors de France. Enregistrer quand même ?"), QMessageBox.Yes | QMessageBox.No)
            return answer == QMessageBox.Yes
        return True

    def maybe_save(self) -> bool:
        """If there are unsaved changes, ask what to do; return False if the user cancels."""
        if not self._dirty:
            return True
        name = self.edits["name"].text().strip() or self.tr("Nouveau lieu")
        answer = ask(
            self, self.tr("Modifications non enregistrées"),
            self.tr("La fiche « {name} » a des modifications non enregistrées. Les enregistrer ?").format(name=name),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        if answer == QMessageBox.Discard:
            self.revert()
            return True
        return False


def _format_coord(value: float | None) -> str:
    # The interface's decimal mark (a comma in French, as agents type it); both forms are read back.
    if value is None:
        return ""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if interface_language() == "fr" else text
