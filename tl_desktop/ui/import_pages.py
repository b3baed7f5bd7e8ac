"""The import wizard's two mapping pages: what each column is, and what each value means.

They edit the wizard's ``Mapping`` in place (io.mapping); the wizard re-plans when the user
moves on. Widgets only: reading and planning run in the wizard's workers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tl_desktop.base.errors import TlError
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES
from tl_desktop.io.mapping import FIELDS, Mapping, all_targets, column_keys, distinct_values, is_flag_value
from tl_desktop.io.plan import PROJECTIONS
from tl_desktop.ui.errors import show_error

CORE = "tl_desktop"


def core_tr(text: str) -> str:
    """Translate a string the core marked with QT_TRANSLATE_NOOP("tl_desktop", …)."""
    return QCoreApplication.translate(CORE, text)


def target_text(target: str) -> str:
    """« Type : Coworking », translated."""
    kind, _, code = target.partition(":")
    if kind == "kind":
        return QCoreApplication.translate("ImportWizard", "Type : {label}").format(
            label=QCoreApplication.translate("domain", KINDS.label(code)))
    if kind == "programme":
        return QCoreApplication.translate("ImportWizard", "Programme : {label}").format(
            label=QCoreApplication.translate("domain", PROGRAMMES.label(code)))
    return QCoreApplication.translate("ImportWizard", "Service public : {label}").format(
        label=QCoreApplication.translate("domain", PUBLIC_SERVICES.label(code)))


def targets_text(targets: list[str]) -> str:
    if not targets:
        return QCoreApplication.translate("ImportWizard", "(rien : « Autre »)")
    return " + ".join(target_text(t) for t in targets)


class TargetsDialog(QDialog):
    """Several meanings at once for one value (« Fablab » and « Coworking », a type and a programme)."""

    def __init__(self, value: str, current: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("« {value} » correspond à…").format(value=value[:60]))
        self.list = QListWidget(self)
        for target in all_targets():
            item = QListWidgetItem(target_text(target), self.list)
            item.setData(Qt.UserRole, target)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if target in current else Qt.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Valider"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def targets(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]


class TargetCombo(QComboBox):
    """A value's meaning: nothing, what it was mapped to (several codes at once), one code, or « Plusieurs… »."""

    MANY = "many"

    def __init__(self, current: list[str], parent=None, value: str = ""):
        super().__init__(parent)
        self.value = value
        self.setFocusPolicy(Qt.StrongFocus)      # no change under a stray mouse wheel
        self.addItem(targets_text([]), [])
        if len(current) > 1:
            self.addItem(targets_text(current), list(current))
        for target in all_targets():
            self.addItem(target_text(target), [target])
        self.addItem(self.tr("Plusieurs…"), self.MANY)
        self._select(current)
        self._previous = self.currentIndex()
        self.activated.connect(self._on_activated)

    def targets(self) -> list[str]:
        data = self.currentData()
        return list(data) if isinstance(data, list) else []

    def set_targets(self, targets: list[str]) -> None:
        """Show ``targets`` (adding the combination if it is not offered yet)."""
        if not any(self.itemData(i) == list(targets) for i in range(self.count())):
            self.insertItem(1, targets_text(targets), list(targets))
        self._select(targets)

    def _select(self, targets: list[str]) -> None:
        self.setCurrentIndex(next((i for i in range(self.count()) if self.itemData(i) == list(targets)), 0))

    def _on_activated(self, index: int) -> None:
        if self.itemData(index) != self.MANY:
            self._previous = index
            return
        previous = self.itemData(self._previous)
        dialog = TargetsDialog(self.value, previous if isinstance(previous, list) else [], self)
        if dialog.exec() == QDialog.Accepted:
            self.set_targets(dialog.targets())
        else:
            self.setCurrentIndex(self._previous)
        self._previous = self.currentIndex()


class ColumnsPage(QWizardPage):
    """Each column of the file and the field it feeds, pre-filled, corrected by the agent."""

    mapping_changed = Signal()

    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Colonnes"))
        self.setSubTitle(self.tr("Ce que contient chaque colonne. Les colonnes non reprises peuvent être gardées "
                                 "comme « autres informations » dans la description du lieu."))
        self.origin_label = QLabel(self)
        self.origin_label.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Colonne du fichier"), self.tr("Exemples"), self.tr("Champ")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("par défaut : le nom du fichier"))
        self.projection = QComboBox(self)
        self.projection.setFocusPolicy(Qt.StrongFocus)
        self.projection.addItem(self.tr("Reconnaître d'après les coordonnées"), "")
        for code, label in PROJECTIONS.items():
            self.projection.addItem(f"{core_tr(label)} ({code})", code)
        self.projection_label = QLabel(self.tr("Projection des X/Y"), self)
        self.commune_positions = QCheckBox(self.tr("Les coordonnées sont celles des communes, pas des lieux "
                                                   "(positions approximatives)"), self)
        self.save_button = QPushButton(self.tr("Enregistrer la correspondance…"), self)
        self.load_button = QPushButton(self.tr("Charger une correspondance…"), self)
        form = QFormLayout()
        form.addRow(self.tr("Nom de la liste (source)"), self.source)
        form.addRow(self.projection_label, self.projection)
        form.addRow("", self.commune_positions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.source.textEdited.connect(self._on_source_edited)
        self.projection.currentIndexChanged.connect(self._on_projection_changed)
        self.commune_positions.toggled.connect(self._on_commune_positions_toggled)
        self._combos: dict[str, QComboBox] = {}

    # ---- filling

    def initializePage(self) -> None:
        self.fill()

    def fill(self) -> None:
        """Show the wizard's table and mapping."""
        prepared = self._wizard.prepared
        table, mapping = prepared.table, prepared.mapping
        origin = {"remembered": self.tr("Correspondance reprise de la dernière liste importée qui avait ces "
                                        "colonnes."),
                  "given": self.tr("Correspondance chargée depuis un fichier."),
                  "guessed": self.tr("Correspondance devinée d'après les noms des colonnes : vérifiez-la.")}
        text = origin.get(prepared.origin, "")
        if prepared.guessed_by_content:
            text += " " + self.tr("Devinées d'après leurs valeurs (à vérifier) : {columns}.").format(
                columns=", ".join(prepared.guessed_by_content))
        self.origin_label.setText(text)
        self.source.setText(mapping.source)
        keys = column_keys(table.headers)
        self.table.setRowCount(len(keys))
        self._combos.clear()
        for row, key in enumerate(keys):
            self.table.setItem(row, 0, QTableWidgetItem(key))
            samples = [v for v in table.column(row)[:200] if v][:3]
            sample = QTableWidgetItem(" · ".join(s.replace("\n", " ")[:40] for s in samples))
            sample.setToolTip("\n".join(samples))
            self.table.setItem(row, 1, sample)
            combo = QComboBox(self.table)
            combo.setFocusPolicy(Qt.StrongFocus)
            for field_name, label in FIELDS.items():
                combo.addItem(core_tr(label), field_name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(key, "extra"))))
            combo.currentIndexChanged.connect(lambda _i, key=key, combo=combo: self._on_field_changed(key, combo))
            self.table.setCellWidget(row, 2, combo)
            self._combos[key] = combo
        self.projection.setCurrentIndex(max(0, self.projection.findData(mapping.crs)))
        self.commune_positions.setChecked(mapping.commune_positions)
        self._show_projection()
        self.completeChanged.emit()

    def combo(self, column: str) -> QComboBox:
        return self._combos[column]

    def isComplete(self) -> bool:
        return "name" in self._wizard.prepared.mapping.columns.values()

    def _show_projection(self) -> None:
        shown = any(f in ("x", "y") for f in self._wizard.prepared.mapping.columns.values())
        self.projection.setVisible(shown)
        self.projection_label.setVisible(shown)

    # ---- slots

    def _on_field_changed(self, key: str, combo: QComboBox) -> None:
        mapping = self._wizard.prepared.mapping
        mapping.columns[key] = combo.currentData()
        if combo.currentData() == "flag" and not mapping.flags.get(key):
            mapping.flags[key] = []
        self._show_projection()
        self.completeChanged.emit()
        self.mapping_changed.emit()

    def _on_source_edited(self, text: str) -> None:
        self._wizard.prepared.mapping.source = text.strip()

    def _on_commune_positions_toggled(self, checked: bool) -> None:
        self._wizard.prepared.mapping.commune_positions = checked

    def _on_projection_changed(self) -> None:
        self._wizard.prepared.mapping.crs = self.projection.currentData() or ""

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer la correspondance"),
                                              self._wizard.default_mapping_path(),
                                              self.tr("Correspondance (*.json)"))
        if path:
            try:
                mapping = self._wizard.prepared.mapping
                mapping.headers = list(self._wizard.prepared.table.headers)
                mapping.save(path)
            except TlError as exc:
                show_error(self, exc)

    def _on_load_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Charger une correspondance"),
                                              self._wizard.default_mapping_path(), self.tr("Correspondance (*.json)"))
        if path:
            try:
                self._wizard.use_mapping(Mapping.load(path))
            except TlError as exc:
                show_error(self, exc)


class ValuesPage(QWizardPage):
    """The distinct values of the type / label / service columns and of the yes/no columns, mapped."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Valeurs"))
        self.setSubTitle(self.tr("Ce que veut dire chaque valeur des colonnes de type, de label ou de services : "
                                 "le type du lieu n'est jamais deviné d'après son nom."))
        self.empty = QLabel(self.tr("Aucune colonne de type, de programme ou de case oui/non : tous les lieux "
                                    "auront le type choisi pour toute la liste, ou « Autre »."), self)
        self.empty.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Colonne"), self.tr("Valeur"), self.tr("Lignes"),
                                              self.tr("Correspond à")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.rows: list[tuple[str, str, TargetCombo]] = []      # (kind, column or value, combo)

    def initializePage(self) -> None:
        self.fill()

    def fill(self) -> None:
        prepared = self._wizard.prepared
        mapping, table = prepared.mapping, prepared.table
        entries: list[tuple[str, str, str, int, list[str]]] = []   # kind, column, value, count, targets
        entries.append(("defaults", self.tr("(toute la liste)"), self.tr("chaque lieu de la liste"),
                        len(table.rows), list(mapping.defaults)))
        keys = column_keys(table.headers)
        for key in keys:
            if mapping.columns.get(key) == "flag":
                column = table.column(keys.index(key))
                count = sum(1 for v in column if is_flag_value(v))
                entries.append(("flag", key, self.tr("oui (case cochée)"), count, list(mapping.flags.get(key, []))))
        for column, value, count in distinct_values(table, mapping):
            entries.append(("value", column, value, count, mapping.targets_for(column, value)))
        self.table.setRowCount(len(entries))
        self.rows = []
        for row, (kind, column, value, count, targets) in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(column))
            self.table.setItem(row, 1, QTableWidgetItem(value))
            number = QTableWidgetItem()
            number.setData(Qt.DisplayRole, count)
            self.table.setItem(row, 2, number)
            combo = TargetCombo(targets, self.table, value)
            combo.currentIndexChanged.connect(lambda _i, kind=kind, column=column, value=value, combo=combo:
                                              self._on_target_changed(kind, column, value, combo))
            self.table.setCellWidget(row, 3, combo)
            self.rows.append((kind, f"{column}\x1f{value}", combo))
        self.empty.setVisible(len(entries) == 1)

    def combo_for(self, column: str, value: str) -> TargetCombo:
        return next(c for kind, key, c in self.rows if key == f"{column}\x1f{value}")

    def _on_target_changed(self, kind: str, column: str, value: str, combo: TargetCombo) -> None:
        mapping = self._wizard.prepared.mapping
        if kind == "defaults":
            mapping.defaults = combo.targets()
        elif kind == "flag":
            mapping.flags[column] = combo.targets()
        else:
            mapping.set_targets(column, value, combo.targets())
