"""The map's toolbar: the basemap, « Hors ligne » (prepare a tour or an area, the prepared areas),
zoom to the results, a tour shown alone, and placing a site by hand; then the map's status.

Only signals: the map view does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from tl_desktop.map.tiles import NO_BASEMAP, SOURCES


class MapToolBar(QToolBar):
    """The actions over the map (see the module's docstring)."""

    basemap_chosen = Signal(str)          # a source key, or "none"
    prepare_tour_requested = Signal()
    prepare_area_requested = Signal()
    areas_requested = Signal()
    download_toggled = Signal(bool)
    fit_requested = Signal()
    tour_only_toggled = Signal(bool)
    place_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("map_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.addWidget(QLabel(self.tr("Fond :"), self))
        self.basemap_combo = QComboBox(self)
        self.basemap_combo.setAccessibleName(self.tr("Fond de carte"))
        self.basemap_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.basemap_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for source in SOURCES.values():
            self.basemap_combo.addItem(QCoreApplication.translate("mappage", source.label), source.key)
        self.basemap_combo.addItem(self.tr("Aucun (contours)"), NO_BASEMAP)
        self.basemap_combo.currentIndexChanged.connect(
            lambda i: self.basemap_chosen.emit(self.basemap_combo.itemData(i)))
        self.addWidget(self.basemap_combo)

        menu = QMenu(self)
        self.prepare_tour_action = menu.addAction(self.tr("Préparer la visite apprenante affichée…"))
        self.prepare_area_action = menu.addAction(self.tr("Préparer une zone à tracer sur la carte…"))
        self.areas_action = menu.addAction(self.tr("Zones préparées…"))
        menu.addSeparator()
        self.download_action = menu.addAction(self.tr("Télécharger les tuiles manquantes quand le réseau est là"))
        self.download_action.setCheckable(True)
        self.download_action.setChecked(True)
        self.prepare_tour_action.setEnabled(False)
        self.prepare_tour_action.setToolTip(self.tr("Ouvrez une visite apprenante pour la préparer."))
        self.prepare_tour_action.triggered.connect(self.prepare_tour_requested)
        self.prepare_area_action.triggered.connect(self.prepare_area_requested)
        self.areas_action.triggered.connect(self.areas_requested)
        self.download_action.toggled.connect(self.download_toggled)
        self.offline_button = QToolButton(self)
        self.offline_button.setText(self.tr("Hors ligne"))
        self.offline_button.setToolTip(self.tr("Préparer le fond de carte pour travailler sans réseau"))
        self.offline_button.setMenu(menu)
        self.offline_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(self.offline_button)

        self.fit_action = QAction(self.tr("Voir les résultats"), self)
        self.fit_action.setToolTip(self.tr("Montrer tous les lieux affichés (ou la visite, quand elle est seule)"))
        self.fit_action.triggered.connect(self.fit_requested)
        self.addAction(self.fit_action)
        self.tour_only_action = QAction(self.tr("Visite seule"), self)
        self.tour_only_action.setCheckable(True)
        self.tour_only_action.setEnabled(False)
        self.tour_only_action.setToolTip(self.tr("Estomper les autres lieux du catalogue"))
        self.tour_only_action.toggled.connect(self.tour_only_toggled)
        self.addAction(self.tour_only_action)
        self.place_action = QAction(self.tr("Placer sur la carte"), self)
        self.place_action.setEnabled(False)
        self.place_action.triggered.connect(self.place_requested)
        self.addAction(self.place_action)

        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(self.status_label)

    def set_basemap(self, key: str) -> None:
        index = self.basemap_combo.findData(key)
        self.basemap_combo.setCurrentIndex(index if index >= 0 else self.basemap_combo.findData(NO_BASEMAP))

    def set_placeable(self, name: str | None) -> None:
        self.place_action.setEnabled(bool(name))
        self.place_action.setToolTip(self.tr("Cliquer sur la carte à l'emplacement de « {name} » "
                                             "(ou faire glisser son repère)").format(name=name) if name else "")

    def set_tour(self, shown: bool) -> None:
        self.prepare_tour_action.setEnabled(shown)
        self.tour_only_action.setEnabled(shown)
        if not shown:
            self.tour_only_action.setChecked(False)
