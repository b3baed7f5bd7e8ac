"""Two records of one place side by side, field by field: the agent picks each value, then merges.

The kept record (left) keeps its id; the other goes to the bin. Visits, photos, tour stops and
source lists of both are kept whatever is chosen here. ``MergeCommand`` makes the merge
undoable (Ctrl+Z) until the application closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tl_desktop import geo
from tl_desktop.base.errors import TR_CONTEXT
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.domain import KINDS, LEGAL_FORMS, LOCATION_PRECISIONS, PROGRAMMES, Site
from tl_desktop.io.duplicates import Evidence
from tl_desktop.store import Store
from tl_desktop.ui.language import interface_language

LEFT, RIGHT, BOTH = "left", "right", "both"
# Fields chosen as one block: a commune with its postcode and codes, a position with its precision.
_BLOCKS = {
    "commune": ("postcode", "commune", "insee_code", "departement", "region"),
    "position": ("latitude", "longitude", "location_precision"),
}
# Fields whose values can be added together (« les deux »).
_UNITED = ("kinds", "programmes", "public_services", "description")



@dataclass(frozen=True)
class MergeChoice:
    keep_id: str
    other_id: str
    site: Site               # the merged values, with the kept id
    cover_from: str | None   # the site whose cover photo the merged place keeps
    other_name: str = ""


Merge = Callable[[MergeChoice], bool]   # writes the merge; False if refused (and said so)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def _labels(choices, codes) -> str:
    return ", ".join(QCoreApplication.translate("domain", choices.label(c)) for c in codes)


def _coord(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if interface_language() == "fr" else text    # the interface's decimal mark


def show_value(site: Site, field: str) -> str:
    """The value of one field (or block) of ``site`` as the dialog shows it, "" when empty."""
    if field == "kinds":
        return _labels(KINDS, site.kinds)
    if field == "programmes":
        return _labels(PROGRAMMES, site.programmes)
    if field == "public_services":
        return ", ".join(s.label() for s in site.public_services)
    if field == "legal_form":
        return QCoreApplication.translate("domain", LEGAL_FORMS.label(site.legal_form)) if site.legal_form else ""
    if field == "commune":
        place = " ".join(p for p in (site.postcode, site.commune) if p)
        return f"{place} (INSEE {site.insee_code})" if site.insee_code else place
    if field == "position":
        if site.latitude is None:
            return ""
        text = QCoreApplication.translate("MergeDialog", "{latitude} ; {longitude}").format(latitude=_coord(site.latitude), longitude=_coord(site.longitude))
        if site.location_precision:
            text += " — " + QCoreApplication.translate("domain", LOCATION_PRECISIONS.label(site.location_precision))
        return text
    return str(getattr(site, field) or "")


def _united(field: str, left: Site, right: Site) -> dict:
    if field == "kinds":
        return {"kinds": list(dict.fromkeys(left.kinds + right.kinds))}
    if field == "programmes":
        return {"programmes": list(dict.fromkeys(left.programmes + right.programmes))}
    if field == "public_services":
        seen = {s.code for s in left.public_services}
        return {"public_services": left.public_services + [s for s in right.public_services if s.code not in seen]}
    return {"description": "\n\n".join(d for d in (left.description.strip(), right.description.strip()) if d)}


class _Choice(QWidget):
    """A radio button with a wrapped, plain-text value: clicking the text picks it too."""

    def __init__(self, text: str, group: QButtonGroup, parent: QWidget):
        super().__init__(parent)
        self.radio = QRadioButton(self)
        self.label = QLabel(text or QCoreApplication.translate("MergeDialog", "(vide)"), self)
        self.label.setTextFormat(Qt.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.NoTextInteraction)
        self.label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        if not text:
            self.label.setStyleSheet("color: #5f6368; font-style: italic;")
        self.radio.setAccessibleName(text or QCoreApplication.translate("MergeDialog", "(vide)"))
        group.addButton(self.radio)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.radio, 0, Qt.AlignTop)
        row.addWidget(self.label, 1)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.radio.setChecked(True)


class MergeDialog(QDialog):
    """Compare two records of one place and merge them with the values the agent picks."""

    FIELDS = [
        ("name", QT_TRANSLATE_NOOP("MergeDialog", "Nom")),
        ("legal_form", QT_TRANSLATE_NOOP("MergeDialog", "Forme juridique")),
        ("kinds", QT_TRANSLATE_NOOP("MergeDialog", "Types de lieu")),
        ("programmes", QT_TRANSLATE_NOOP("MergeDialog", "Programmes et labels")),
        ("public_services", QT_TRANSLATE_NOOP("MergeDialog", "Services publics accueillis")),
        ("address", QT_TRANSLATE_NOOP("MergeDialog", "Adresse")),
        ("commune", QT_TRANSLATE_NOOP("MergeDialog", "Commune")),
        ("position", QT_TRANSLATE_NOOP("MergeDialog", "Position")),
        ("website", QT_TRANSLATE_NOOP("MergeDialog", "Site web")),
        ("email", QT_TRANSLATE_NOOP("MergeDialog", "Courriel")),
        ("phone", QT_TRANSLATE_NOOP("MergeDialog", "Téléphone")),
        ("description", QT_TRANSLATE_NOOP("MergeDialog", "Description")),
        ("source", QT_TRANSLATE_NOOP("MergeDialog", "Source principale")),
    ]

    def __init__(self, store: Store, first_id: str, second_id: str, merge: Merge,
                 evidence: Evidence | None = None, parent: QWidget | None = None):
        """Raise TlError if a site cannot be read (deleted since)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fusionner deux fiches du même lieu"))
        self._merge = merge
        first, second = store.sites.get(first_id), store.sites.get(second_id)
        counts = {s.id: store.merges.summary(s.id) for s in (first, second)}
        # The record with more attached to it (then the older) is kept: its id changes least.
        weight = {s.id: (sum(counts[s.id].values()) - counts[s.id]["sources"], s.created_at) for s in (first, second)}
        self.left, self.right = sorted((first, second), key=lambda s: (-weight[s.id][0], weight[s.id][1]))
        covers = {s.id: store.attachments.cover_id(s.id) for s in (first, second)}
        self.groups: dict[str, QButtonGroup] = {}
        self.choices: dict[str, dict[str, _Choice]] = {}

        intro = QLabel(self)
        intro.setTextFormat(Qt.PlainText)
        intro.setWordWrap(True)
        why = evidence.text(lambda t: QCoreApplication.translate(TR_CONTEXT, t)) if evidence else ""
        intro.setText((why + "\n" if why else "") + self.tr(
            "Choisissez, ligne par ligne, la valeur à garder. Les visites, photos, étapes de visites "
            "apprenantes et sources des deux fiches sont toutes conservées ; la fiche de droite va à la "
            "corbeille. Ctrl+Z annule la fusion tant que l'application reste ouverte."))

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, (site, title) in enumerate(((self.left, self.tr("Fiche conservée")),
                                                (self.right, self.tr("Fiche mise à la corbeille"))), start=1):
            header = QLabel(f"{title}\n{site.name}", self)
            header.setTextFormat(Qt.PlainText)
            header.setWordWrap(True)
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        row = 1
        for field, label in self.FIELDS:
            self._add_row(grid, row, field, _tr(label))
            row += 1
        if covers[self.left.id] and covers[self.right.id] and covers[self.left.id] != covers[self.right.id]:
            names = {s.id: self._photo_name(store, covers[s.id]) for s in (self.left, self.right)}
            self._add_choice_row(grid, row, "cover", self.tr("Photo de couverture"),
                                 names[self.left.id], names[self.right.id], united=False, default=LEFT)
            row += 1
        line = QFrame(self)
        line.setFrameShape(QFrame.HLine)
        grid.addWidget(line, row, 0, 1, 4)
        row += 1
        kept = QLabel(self.tr("Conservé des deux fiches"), self)
        kept.setStyleSheet("font-weight: 600;")
        grid.addWidget(kept, row, 0, Qt.AlignTop)
        for column, site in enumerate((self.left, self.right), start=1):
            c = counts[site.id]
            text = QLabel(self.tr("{visits} visite(s), {files} photo(s) ou document(s), {stops} étape(s), "
                                  "{sources} source(s)").format(visits=c["visits"], files=c["attachments"],
                                                                stops=c["stops"], sources=c["sources"]), self)
            text.setWordWrap(True)
            grid.addWidget(text, row, column, Qt.AlignTop)
        grid.setRowStretch(row + 1, 1)      # rows keep their height; the space left goes below

        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.NoFrame)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("Fusionner"), QDialogButtonBox.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        geometry = QSettings().value("merge_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 680)

    @staticmethod
    def _photo_name(store: Store, attachment_id: str) -> str:
        attachment = store.attachments.get(attachment_id)
        return attachment.caption or attachment.filename

    def _add_row(self, grid: QGridLayout, row: int, field: str, label: str) -> None:
        left, right = show_value(self.left, field), show_value(self.right, field)
        if left == right:
            name = QLabel(label, self)
            grid.addWidget(name, row, 0, Qt.AlignTop)
            same = QLabel(left or self.tr("(vide des deux côtés)"), self)
            same.setTextFormat(Qt.PlainText)
            same.setWordWrap(True)
            same.setStyleSheet("color: #5f6368;")
            same.setToolTip(self.tr("Identique dans les deux fiches"))
            grid.addWidget(same, row, 1, 1, 2, Qt.AlignTop)
            return
        united = field in _UNITED and bool(left) and bool(right)
        if field == "position":
            # A precise position beats a commune's centre.
            default = RIGHT if not left or (self.left.location_precision == "commune"
                                            and self.right.location_precision not in (None, "commune")) else LEFT
        else:
            default = BOTH if united else (RIGHT if not left else LEFT)
        self._add_choice_row(grid, row, field, label, left, right, united=united, default=default)

    def _add_choice_row(self, grid: QGridLayout, row: int, field: str, label: str, left: str, right: str,
                        *, united: bool, default: str) -> None:
        name = QLabel(label, self)
        name.setStyleSheet("font-weight: 600;")
        grid.addWidget(name, row, 0, Qt.AlignTop)
        group = QButtonGroup(self)
        choices = {LEFT: _Choice(left, group, self), RIGHT: _Choice(right, group, self)}
        grid.addWidget(choices[LEFT], row, 1)
        grid.addWidget(choices[RIGHT], row, 2)
        if united:
            choices[BOTH] = _Choice(self.tr("les deux"), group, self)
            grid.addWidget(choices[BOTH], row, 3, Qt.AlignTop)
        for side, choice in choices.items():
            choice.radio.setAccessibleDescription(f"{label} : {side}")
        choices[default].radio.setChecked(True)
        self.groups[field] = group
        self.choices[field] = choices

    def picked(self, field: str) -> str:
        """LEFT, RIGHT or BOTH for a field shown with a choice (LEFT when both sides are the same)."""
        for side, choice in self.choices.get(field, {}).items():
            if choice.radio.isChecked():
                return side
        return LEFT

    def pick(self, field: str, side: str) -> None:
        self.choices[field][side].radio.setChecked(True)

    def choice(self) -> MergeChoice:
        """The merge as the dialog shows it now."""
        values: dict = {}
        for field, _ in self.FIELDS:
            side = self.picked(field)
            if side == BOTH:
                values.update(_united(field, self.left, self.right))
                continue
            source = self.right if side == RIGHT else self.left
            for name in _BLOCKS.get(field, (field,)):
                values[name] = getattr(source, name)
        if values.get("insee_code") and not values.get("departement"):
            values["departement"] = geo.departement_of_insee(values["insee_code"])
        cover_from = self.right.id if self.picked("cover") == RIGHT else None
        return MergeChoice(self.left.id, self.right.id, self.left.replace(**values), cover_from, self.right.name)

    def accept(self) -> None:
        """Merge; close only if the merge was written (a refusal was already shown)."""
        if self._merge(self.choice()):
            QSettings().setValue("merge_dialog/geometry", self.saveGeometry())
            super().accept()


class MergeCommand(QUndoCommand):
    """A merge, undoable until the application closes (the other record waits in the bin)."""

    def __init__(self, apply: Callable, choice: MergeChoice):
        """``apply(mutation)`` runs ``mutation(store)`` and returns None if it was refused (and said so)."""
        super().__init__(QCoreApplication.translate("MergeDialog", "Fusion de « {name} »").format(
            name=choice.other_name))
        self._apply, self._choice = apply, choice
        self._done = True   # pushed once the merge has succeeded: the first redo() is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        c = self._choice
        self._apply(lambda store: store.merges.merge(c.keep_id, c.other_id, c.site, cover_from=c.cover_from))

    def undo(self) -> None:
        self._apply(lambda store: store.merges.unmerge(self._choice.other_id))
