<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../tl_desktop/ui/about_dialog.py" line="16"/>
        <source>À propos de Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/about_dialog.py" line="20"/>
        <source>&lt;h2&gt;Tiers-Lieux Desktop {version}&lt;/h2&gt;&lt;p&gt;Catalogue de tiers-lieux, visites apprenantes et études territoriales, pour les agents publics. Fonctionne sans réseau.&lt;/p&gt;&lt;h3&gt;Données&lt;/h3&gt;&lt;ul&gt;{sources}&lt;li&gt;Communes de France (codes INSEE, codes postaux, centres) — geo.api.gouv.fr, Licence Ouverte&lt;/li&gt;&lt;li&gt;Contours des départements — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Carte&lt;/h3&gt;&lt;p&gt;Leaflet (BSD-2), Leaflet.markercluster (MIT). Fond OpenStreetMap en ligne : © les contributeurs d&apos;OpenStreetMap (ODbL).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="43"/>
        <source>&amp;Importer une liste de lieux…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="44"/>
        <source>Importer un fichier CSV ou GeoJSON de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="45"/>
        <source>Charger le catalogue de &amp;démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="46"/>
        <source>France Services, Fabriques de territoire et Manufactures de proximité (données ouvertes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="47"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="48"/>
        <source>&amp;Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="48"/>
        <source>Créer une fiche de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="49"/>
        <source>&amp;Enregistrer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="50"/>
        <source>Enregistrer les modifications de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="51"/>
        <source>&amp;Supprimer le lieu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="52"/>
        <source>Supprimer le lieu sélectionné (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="53"/>
        <source>&amp;Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="53"/>
        <source>Aller à la recherche du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="54"/>
        <source>&amp;Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="55"/>
        <source>Ouvrir la fiche du lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="56"/>
        <source>Fiche du &amp;lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="57"/>
        <source>Nouvelle &amp;visite du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="59"/>
        <source>Ouvrir un carnet de visite pour le lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="60"/>
        <source>Visites &amp;apprenantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="61"/>
        <source>Préparer une visite apprenante : lieux, jours, horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="62"/>
        <source>E&amp;xporter la synthèse de la visite (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="64"/>
        <source>Écrire la synthèse de la visite ouverte en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="65"/>
        <source>À &amp;propos de Tiers-Lieux Desktop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../tl_desktop/ui/catalog_model.py" line="34"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/catalog_model.py" line="34"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/catalog_model.py" line="34"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/catalog_model.py" line="34"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/catalog_model.py" line="35"/>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/catalog_model.py" line="35"/>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="36"/>
        <source>Rechercher un lieu, une commune, un type… (sans accents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="38"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="39"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="40"/>
        <source>Tous les programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="41"/>
        <location filename="../../tl_desktop/views/catalog_view.py" line="116"/>
        <source>Tous les départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="42"/>
        <source>Accueille un service public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="176"/>
        <source>{n} lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="176"/>
        <source>{n} lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="178"/>
        <source>{n} lieu sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="178"/>
        <source>{n} lieux sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="15"/>
        <source>Import de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="18"/>
        <source>Rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="18"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="20"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="20"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="20"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="20"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="36"/>
        <source>Colonnes non reprises : {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="51"/>
        <source>{imported} lieu(x) importé(s) sur {read} ligne(s) lue(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="54"/>
        <source>{n} déjà présent(s) dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="56"/>
        <source>{n} ligne(s) rejetée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="58"/>
        <source>{n} avertissement(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../tl_desktop/ui/workers.py" line="58"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/workers.py" line="60"/>
        <source>Veuillez patienter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/workers.py" line="80"/>
        <source>Annulation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="33"/>
        <source>Suppression de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="65"/>
        <source>Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="71"/>
        <source>Chargement de la carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="77"/>
        <source>Fiche du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="102"/>
        <source>Carnet de visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="119"/>
        <source>Visites apprenantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="91"/>
        <source>Catalogue : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="142"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="144"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="151"/>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="162"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="164"/>
        <source>Outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="105"/>
        <source>Enregistré à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="225"/>
        <source>Carnet de visite rouvert là où vous l&apos;aviez laissé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="320"/>
        <source>Supprimer le lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="321"/>
        <source>Supprimer « {name} » ({commune}) du catalogue ?
Vous pourrez annuler avec Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="330"/>
        <source>« {name} » supprimé. Ctrl+Z pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="338"/>
        <source>Choisissez d&apos;abord un lieu dans le catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="381"/>
        <source>feuille-de-route.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="381"/>
        <source>livret-visite-apprenante.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="382"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="410"/>
        <source>Document écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="412"/>
        <source>Écriture du document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="418"/>
        <source>Ouvrez d&apos;abord une visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="421"/>
        <source>Exporter la synthèse de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="390"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="383"/>
        <source>Inclure les participants et les personnes rencontrées ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="394"/>
        <source>Données personnelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="395"/>
        <source>Ce sont des données personnelles : ne les diffusez qu&apos;aux personnes concernées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="421"/>
        <source>synthese-visite.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="422"/>
        <source>Inclure les personnes rencontrées dans le document ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="434"/>
        <source>Synthèse écrite : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="436"/>
        <source>Écriture de la synthèse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="451"/>
        <source>Importer une liste de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="452"/>
        <source>Listes de lieux (*.csv *.geojson *.json);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="471"/>
        <source>Import de « {name} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="476"/>
        <source>Catalogue de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="477"/>
        <source>Charger le catalogue de démonstration ?

Il contient des données publiques réelles : les espaces France Services, les Fabriques de territoire et les Manufactures de proximité (ANCT, Licence Ouverte). Vous pourrez modifier ou supprimer ces lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="493"/>
        <source>Catalogue de démonstration chargé : {n} lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="496"/>
        <source>Chargement du catalogue de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="509"/>
        <source>Fiche enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="542"/>
        <source>Réponse non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="543"/>
        <source>Une réponse du carnet n&apos;a pas pu être enregistrée (elle est signalée en rouge). Fermer quand même et la perdre ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../tl_desktop/views/map_view.py" line="111"/>
        <source>Carte des lieux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="37"/>
        <source>Réponse modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="79"/>
        <source>Notes libres : ce que vous voyez, entendez, retenez…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="80"/>
        <location filename="../../tl_desktop/views/notebook_view.py" line="88"/>
        <source>Notes libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="85"/>
        <source>Grille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="86"/>
        <source>Grille d&apos;observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="87"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="91"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="92"/>
        <source>Personnes rencontrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="98"/>
        <location filename="../../tl_desktop/views/notebook_view.py" line="150"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="99"/>
        <source>Photos et documents joints à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="142"/>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="178"/>
        <location filename="../../tl_desktop/views/notebook_view.py" line="184"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="179"/>
        <source>Commentaire : {theme}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="30"/>
        <source>Données personnelles : ne notez que ce qui est utile à l&apos;étude. Chaque export permet de les laisser de côté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="35"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="35"/>
        <location filename="../../tl_desktop/ui/people_widget.py" line="44"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="36"/>
        <location filename="../../tl_desktop/ui/people_widget.py" line="45"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="36"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="37"/>
        <location filename="../../tl_desktop/ui/people_widget.py" line="45"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="44"/>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="49"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="51"/>
        <source>Retirer de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="52"/>
        <source>Retirer de la visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="54"/>
        <source>Effacer partout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="55"/>
        <source>Supprimer cette personne de toutes les visites et visites apprenantes (droit à l&apos;effacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="122"/>
        <source>Effacer une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="123"/>
        <source>Effacer « {name} » de toutes les visites et visites apprenantes ? Cette suppression est définitive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="88"/>
        <source>Photos de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="89"/>
        <source>Aucune photo. Glissez des photos ici, collez-les (Ctrl+V) ou cliquez sur « Ajouter des photos… ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="30"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="40"/>
        <source>Légende : ce que montre la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="41"/>
        <source>Légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="43"/>
        <source>Photo de couverture du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="45"/>
        <source>◀ Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="46"/>
        <source>Suivante ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="51"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="82"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="86"/>
        <source>prise le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="110"/>
        <source>Cette photo n&apos;a pas pu être lue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="46"/>
        <source>Retrait de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="167"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="168"/>
        <source>illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="170"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="571"/>
        <source>Ajouter des photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="172"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="583"/>
        <source>Joindre un document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="176"/>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="178"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="201"/>
        <source>Documents joints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="202"/>
        <source>Aucun document. Glissez ici une plaquette, un tableau de chiffres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="211"/>
        <source>Documents joints (double-clic pour ouvrir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="279"/>
        <source>Prise le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="287"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="563"/>
        <source>Photo de couverture du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="318"/>
        <source>Ajouter des photos à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="319"/>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="325"/>
        <source>Joindre des documents à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="326"/>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="343"/>
        <source>Image collée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="345"/>
        <source>L&apos;image du presse-papiers n&apos;a pas pu être lue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="349"/>
        <source>Le presse-papiers ne contient ni photo ni fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="356"/>
        <source>Un ajout est déjà en cours ; attendez qu&apos;il finisse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="379"/>
        <source>Ajout des photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="422"/>
        <source>{n} fichier(s) joint(s) à la visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="424"/>
        <source>{n} fichier(s) déjà joint(s) : ignoré(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="426"/>
        <source>Ajout annulé ; les fichiers déjà copiés restent joints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="430"/>
        <source>{n} fichier(s) n&apos;ont pas été joints :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="432"/>
        <source>Fichiers refusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="446"/>
        <source>Date de la visite reprise des photos : {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="451"/>
        <source>« {site} » n&apos;a pas de position sur la carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="452"/>
        <source>« {site} » est placé au centre de sa commune, approximativement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="453"/>
        <source>Une photo a été prise en {lat} ; {lon}. Placer le lieu à cet endroit ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="455"/>
        <source>Position de la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="463"/>
        <source>« {site} » placé d&apos;après la photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="485"/>
        <source>Légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="485"/>
        <source>Légende de « {name} » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="496"/>
        <source>Photo de couverture du lieu retirée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="497"/>
        <source>Photo de couverture du lieu choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="529"/>
        <source>Retiré de la visite (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="541"/>
        <source>Aucune application de cet ordinateur n&apos;ouvre « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="561"/>
        <source>Ouvrir en grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="562"/>
        <source>Modifier la légende…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="564"/>
        <source>Déplacer vers la gauche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="565"/>
        <source>Déplacer vers la droite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="566"/>
        <source>Ouvrir avec l&apos;application du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="569"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="582"/>
        <source>Retirer de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="572"/>
        <source>Coller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="579"/>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="580"/>
        <source>Modifier la description…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="36"/>
        <location filename="../../tl_desktop/views/site_form.py" line="114"/>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="36"/>
        <location filename="../../tl_desktop/views/site_form.py" line="127"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="36"/>
        <location filename="../../tl_desktop/views/site_form.py" line="132"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="37"/>
        <location filename="../../tl_desktop/views/site_form.py" line="130"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="37"/>
        <location filename="../../tl_desktop/views/site_form.py" line="136"/>
        <source>Code INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="38"/>
        <location filename="../../tl_desktop/views/site_form.py" line="146"/>
        <source>Site web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="38"/>
        <location filename="../../tl_desktop/views/site_form.py" line="146"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="38"/>
        <location filename="../../tl_desktop/views/site_form.py" line="147"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="47"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="47"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="48"/>
        <source>degrés décimaux, ex. 43,2965</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="49"/>
        <source>degrés décimaux, ex. 5,3698</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="53"/>
        <source>Non précisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="58"/>
        <source>Non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="63"/>
        <location filename="../../tl_desktop/views/site_form.py" line="151"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="69"/>
        <source>Compléter depuis la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="70"/>
        <source>Retrouve le code INSEE, le département et la région ; sans coordonnées, place le lieu au centre de la commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="80"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="81"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="85"/>
        <source>Visites de ce lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="115"/>
        <source>Forme juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="116"/>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="120"/>
        <source>précision (ex. permanence le mardi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="121"/>
        <source>Précision : {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="141"/>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="142"/>
        <source>Précision de la position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="143"/>
        <source>Localisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="149"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="158"/>
        <source>Types de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="159"/>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="164"/>
        <source>Visites de ce lieu (double-clic pour ouvrir le carnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="220"/>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="234"/>
        <source>Source : {source}. Créé le {created}, modifié le {updated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="239"/>
        <location filename="../../tl_desktop/views/site_form.py" line="355"/>
        <source>Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="278"/>
        <source>Commune introuvable : vérifiez le code postal et le nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="327"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="337"/>
        <source>Coordonnées inversées ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="338"/>
        <source>Ce point tombe hors de France, mais en France si l&apos;on inverse latitude et longitude. Les inverser ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="346"/>
        <source>Lieu hors de France ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="347"/>
        <source>Ce point est hors de France. Enregistrer quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="357"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="358"/>
        <source>La fiche « {name} » a des modifications non enregistrées. Les enregistrer ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="81"/>
        <source>Visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="82"/>
        <source>Nouvelle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="83"/>
        <source>Feuille de route (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="84"/>
        <source>Livret (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="95"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="95"/>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="95"/>
        <location filename="../../tl_desktop/views/tour_view.py" line="136"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="95"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="99"/>
        <source>Ajouter le lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="100"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="100"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="101"/>
        <source>Jour précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="102"/>
        <source>Jour suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="103"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="104"/>
        <source>Carnet de cette étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="106"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="111"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="112"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="146"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="147"/>
        <source>Organisateur (collectivité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="148"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="152"/>
        <source>Du … au …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="153"/>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="155"/>
        <source>Étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="156"/>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="157"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="135"/>
        <source>Heure prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="137"/>
        <source>Accueilli par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="203"/>
        <source>Nouvelle visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="203"/>
        <source>Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="289"/>
        <source>(lieu supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tl_desktop/ui/app.py" line="92"/>
        <source>Ouverture du catalogue impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../tl_desktop/domain.py" line="66"/>
        <source>Coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="67"/>
        <source>Fablab / atelier partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="68"/>
        <source>Café associatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="69"/>
        <source>Friche culturelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="70"/>
        <source>Garage solidaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="71"/>
        <source>Tiers-lieu nourricier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="72"/>
        <location filename="../../tl_desktop/domain.py" line="83"/>
        <source>Manufacture de proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="73"/>
        <location filename="../../tl_desktop/domain.py" line="87"/>
        <source>Campus connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="74"/>
        <location filename="../../tl_desktop/domain.py" line="86"/>
        <source>Micro-Folie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="75"/>
        <source>Espace de médiation numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="76"/>
        <location filename="../../tl_desktop/domain.py" line="84"/>
        <source>France Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="77"/>
        <location filename="../../tl_desktop/domain.py" line="88"/>
        <location filename="../../tl_desktop/domain.py" line="96"/>
        <location filename="../../tl_desktop/domain.py" line="105"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="81"/>
        <source>Fabrique de territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="82"/>
        <source>Fabrique numérique de territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="85"/>
        <location filename="../../tl_desktop/domain.py" line="93"/>
        <source>Conseiller numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="92"/>
        <source>Guichet France Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="94"/>
        <source>Mission Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="95"/>
        <source>Service municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="100"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="101"/>
        <source>SCIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="102"/>
        <source>SCOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="103"/>
        <source>SAS / SARL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="104"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="110"/>
        <source>À l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="111"/>
        <source>Centre de la commune (approximatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain.py" line="112"/>
        <source>Position GPS d&apos;une photo de visite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tl_desktop/ui/errors.py" line="24"/>
        <source>Une erreur inattendue est survenue. Vos données enregistrées ne sont pas touchées. Les détails ci-dessous aideront l&apos;équipe à corriger le problème.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/errors.py" line="33"/>
        <source>Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mappage</name>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="34"/>
        <source>Types de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="35"/>
        <source>Position approximative (centre de la commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="36"/>
        <source>Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="37"/>
        <source>OpenStreetMap (en ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="38"/>
        <source>contributeurs d’OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="39"/>
        <source>Fond hors ligne (départements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="40"/>
        <source>Recentrer sur les lieux affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="41"/>
        <source>{n} lieu affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="42"/>
        <source>{n} lieux affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/mappage.py" line="44"/>
        <source>Carte des tiers-lieux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl_desktop</name>
    <message>
        <location filename="../../tl_desktop/errors.py" line="20"/>
        <source>Une erreur est survenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="63"/>
        <source>Le catalogue est occupé par une autre opération (un import ?). Rien n&apos;a été modifié ; réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="71"/>
        <source>Opération annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="75"/>
        <source>le fichier ou le dossier n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="76"/>
        <source>accès refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="77"/>
        <source>opération non permise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="78"/>
        <source>c&apos;est un dossier, pas un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="79"/>
        <source>le disque est plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/errors.py" line="80"/>
        <source>le support est en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="150"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="153"/>
        <source>Le fichier « {path} » est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="155"/>
        <source>« {path} » n&apos;est pas un fichier texte (CSV ou GeoJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="170"/>
        <source>« {path} » n&apos;a pas de ligne d&apos;en-tête lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="183"/>
        <source>« {path} », ligne {line} : le fichier CSV est mal formé ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="194"/>
        <source>{found} colonnes au lieu de {expected} (séparateur ou guillemets en trop ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="213"/>
        <source>un guillemet ouvert n&apos;est jamais fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="214"/>
        <source>fin de ligne inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="215"/>
        <source>un champ est démesurément long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="216"/>
        <source>caractère nul dans le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="230"/>
        <source>guillemets ou séparateurs incohérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="255"/>
        <source>« {path} » : aucune colonne de nom trouvée (attendu : nom, name, libelle…). Colonnes lues : {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="265"/>
        <source>« {path} » n&apos;est pas un GeoJSON valide ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="269"/>
        <source>« {path} » n&apos;est pas une collection d&apos;entités GeoJSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="290"/>
        <source>géométrie « {kind} » : seuls les points sont importés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="313"/>
        <source>nom vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="360"/>
        <source>coordonnées illisibles (latitude « {lat} », longitude « {lon} »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="362"/>
        <source>coordonnées hors limites (latitude {lat}, longitude {lon}) : attendu des degrés décimaux, par exemple 43,29 et 5,37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="419"/>
        <source>déjà au catalogue : non importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="420"/>
        <source>en double dans le fichier (ligne {first}) : non importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="365"/>
        <source>coordonnées 0, 0 (position manquante ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="366"/>
        <source>latitude ou longitude manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="369"/>
        <source>coordonnées en mètres (latitude {lat}, longitude {lon}), sans doute du Lambert 93 : attendu des degrés décimaux (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="375"/>
        <source>latitude et longitude inversées : corrigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="377"/>
        <source>position hors de France ({lat}, {lon})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="388"/>
        <source>position à {km} km de la commune {commune} : à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="393"/>
        <source>pas de coordonnées : placé au centre de {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/importing.py" line="396"/>
        <source>pas de coordonnées ni de commune reconnue : absent de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/migrations.py" line="270"/>
        <source>La mise à jour « {name} » de la base a échoué ; la base est restée dans son état précédent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="133"/>
        <source>Aucun catalogue dans « {folder} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="139"/>
        <source>Impossible de créer le dossier « {folder} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="145"/>
        <source>Impossible d&apos;ouvrir « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="167"/>
        <source>« {path} » n&apos;est pas une base Tiers-Lieux Desktop (ou elle est endommagée). Le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="185"/>
        <source>« {path} » a été créée par une version plus récente de Tiers-Lieux Desktop. Mettez l&apos;application à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="427"/>
        <source>Ce lieu n&apos;existe pas ou a été supprimé ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="437"/>
        <source>Le nom du lieu est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="439"/>
        <source>« {name} » : indiquez la latitude et la longitude, ou aucune des deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="443"/>
        <source>« {name} » : la latitude {value} n&apos;est pas entre -90 et 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="446"/>
        <source>« {name} » : la longitude {value} n&apos;est pas entre -180 et 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="452"/>
        <source>« {name} » : valeur inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="455"/>
        <source>« {name} » : forme juridique inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store.py" line="458"/>
        <source>« {name} » : précision de position inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/grid.py" line="77"/>
        <source>Type de question inconnu « {kind} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/grid.py" line="83"/>
        <source>La question « {id} » n&apos;a pas d&apos;options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/grid.py" line="99"/>
        <source>La grille d&apos;observation v{version} est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/grid.py" line="117"/>
        <source>Réponse invalide pour « {question} » : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/visits.py" line="23"/>
        <source>{what} introuvable ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/visits.py" line="34"/>
        <source>Le nom de la personne est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/visits.py" line="79"/>
        <source>Le titre de la visite apprenante est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/visits.py" line="81"/>
        <source>La date de fin précède la date de début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/visits.py" line="246"/>
        <source>Question inconnue de la grille : {theme}/{question}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/report_visit.py" line="270"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/attachments.py" line="46"/>
        <source>Pièce jointe introuvable ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/attachments.py" line="163"/>
        <source>« {file} » ne peut pas être remis : son fichier a été supprimé du dossier des données entre-temps (réparation de la base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/attachments.py" line="190"/>
        <source>La photo de couverture doit être une photo d&apos;une visite de ce lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="129"/>
        <source>« {file} » n&apos;a pas été joint : ce type de fichier n&apos;est pas pris en charge. Photos : JPEG, PNG, WebP, TIFF, HEIC ; documents : PDF, bureautique, texte, son, vidéo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="137"/>
        <location filename="../../tl_desktop/media.py" line="297"/>
        <source>« {file} » n&apos;a pas pu être lu : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="140"/>
        <source>« {file} » est vide (0 octet) : il n&apos;a pas été joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="154"/>
        <source>« {file} » n&apos;a pas pu être copié dans le dossier des données : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="161"/>
        <source>« {file} » est une photo HEIC, que cet ordinateur ne sait pas lire (module pillow-heif absent). Exportez-la en JPEG depuis le téléphone, puis joignez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="170"/>
        <source>« {file} » est une image au format {format}, qui n&apos;est pas pris en charge : enregistrez-la en JPEG ou en PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="182"/>
        <source>« {file} » est trop grande pour être ouverte sans risque (plus de {limit} millions de pixels) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="187"/>
        <source>« {file} » n&apos;est pas une image lisible (le nom dit photo, le contenu non) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="191"/>
        <source>« {file} » est incomplète ou endommagée (fichier tronqué ?) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="219"/>
        <source>La photo {file} n&apos;a pas pu être lue dans le dossier des données : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media.py" line="245"/>
        <source>« {file} » n&apos;a pas pu être ouvert : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/visit_export.py" line="136"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/visit_export.py" line="143"/>
        <source>Le fichier de « {file} » manque dans le dossier des données ; lancez « tl-desktop check » pour faire le point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
