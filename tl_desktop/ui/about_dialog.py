"""The About dialog: what the application is, and where its data comes from (with licences)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tl_desktop import __version__


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from tl_desktop.io.demo import DEMO_SOURCES  # the importers load when used, not at start

        self.setWindowTitle(self.tr("À propos de Tiers-Lieux Desktop"))
        licence = self.tr("Licence Ouverte 2.0 (ANCT)")
        sources = "".join(f"<li><a href='{escape(s.url)}'>{escape(QCoreApplication.translate('sources', s.label))}</a>"
                          f" — {escape(licence)}</li>" for s in DEMO_SOURCES)
        text = self.tr(
            "<h2>Tiers-Lieux Desktop {version}</h2>"
            "<p>Catalogue de tiers-lieux, visites apprenantes et études territoriales, "
            "pour les agents publics. Fonctionne sans réseau.</p>"
            "<h3>Données</h3><ul>{sources}"
            "<li>Communes de France (codes INSEE, codes postaux, centres) — geo.api.gouv.fr, Licence Ouverte</li>"
            "<li>Code officiel géographique 2026, arrondissements, anciens codes — INSEE et La Poste via "
            "@etalab/decoupage-administratif, Licence Ouverte</li>"
            "<li>Contours des communes — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte</li>"
            "<li>Centres des arrondissements et des communes d'outre-mer — GeoNames, CC BY 4.0</li>"
            "<li>Contours des départements — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte</li>"
            "</ul><h3>Carte</h3><p>Leaflet (BSD-2). Fond Plan IGN : © IGN, Géoplateforme, Licence Ouverte 2.0 "
            "(préparé pour le hors-ligne). Fond OpenStreetMap, en ligne seulement : © les contributeurs "
            "d'OpenStreetMap (ODbL).</p>"
        ).format(version=__version__, sources=sources)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(560, 420)
