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
        <location filename="../../tl_desktop/ui/actions.py" line="44"/>
        <source>&amp;Importer une liste de lieux…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="45"/>
        <source>Importer un fichier CSV ou GeoJSON de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="46"/>
        <source>Charger le catalogue de &amp;démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="47"/>
        <source>France Services, Fabriques de territoire et Manufactures de proximité (données ouvertes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="48"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="49"/>
        <source>&amp;Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="49"/>
        <source>Créer une fiche de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="50"/>
        <source>&amp;Enregistrer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="51"/>
        <source>Enregistrer les modifications de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="52"/>
        <source>&amp;Supprimer le lieu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="53"/>
        <source>Supprimer le lieu sélectionné (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="54"/>
        <source>&amp;Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="54"/>
        <source>Aller à la recherche du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="55"/>
        <source>&amp;Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="56"/>
        <source>Ouvrir la fiche du lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="57"/>
        <source>Fiche du &amp;lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="58"/>
        <source>Nouvelle &amp;visite du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="60"/>
        <source>Ouvrir un carnet de visite pour le lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="61"/>
        <source>Visites &amp;apprenantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="62"/>
        <source>Préparer une visite apprenante : lieux, jours, horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="63"/>
        <source>E&amp;xporter la synthèse de la visite (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="65"/>
        <source>Écrire la synthèse de la visite ouverte en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="66"/>
        <source>Étude &amp;territoriale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="67"/>
        <source>Chiffres, graphiques, comparaison et exports d&apos;un territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/actions.py" line="68"/>
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
        <location filename="../../tl_desktop/views/catalog_view.py" line="47"/>
        <source>Rechercher un lieu, une commune, un type… (sans accents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="49"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="50"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="51"/>
        <source>Tous les programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="52"/>
        <location filename="../../tl_desktop/views/catalog_view.py" line="127"/>
        <source>Tous les départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="53"/>
        <source>Accueille un service public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="187"/>
        <source>{n} lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="187"/>
        <source>{n} lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="189"/>
        <source>{n} lieu sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/catalog_view.py" line="189"/>
        <source>{n} lieux sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../../tl_desktop/ui/figure_widget.py" line="50"/>
        <source>Copier le tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/figure_widget.py" line="51"/>
        <source>Copie les chiffres (texte séparé par des tabulations, pour un tableur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/figure_widget.py" line="65"/>
        <source>Graphique : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/figure_widget.py" line="66"/>
        <source>Les mêmes chiffres sont dans le tableau qui suit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/figure_widget.py" line="70"/>
        <source>Tableau : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/figure_widget.py" line="71"/>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/figure_widget.py" line="71"/>
        <source>Valeur ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="23"/>
        <source>Import de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="26"/>
        <source>Rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="26"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="28"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="28"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="28"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="28"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="44"/>
        <source>Colonnes non reprises : {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="59"/>
        <source>{imported} lieu(x) importé(s) sur {read} ligne(s) lue(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="62"/>
        <source>{n} déjà présent(s) dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="64"/>
        <source>{n} ligne(s) rejetée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/import_dialog.py" line="66"/>
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
        <location filename="../../tl_desktop/ui/main_window.py" line="41"/>
        <source>Suppression de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="73"/>
        <source>Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="79"/>
        <source>Chargement de la carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="85"/>
        <source>Fiche du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="111"/>
        <source>Carnet de visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="128"/>
        <source>Visites apprenantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="100"/>
        <source>Catalogue : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="151"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="153"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="171"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="173"/>
        <source>Outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="114"/>
        <source>Enregistré à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="235"/>
        <source>Carnet de visite rouvert là où vous l&apos;aviez laissé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="332"/>
        <source>Supprimer le lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="333"/>
        <source>Supprimer « {name} » ({commune}) du catalogue ?
Vous pourrez annuler avec Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="342"/>
        <source>« {name} » supprimé. Ctrl+Z pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="350"/>
        <source>Choisissez d&apos;abord un lieu dans le catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="409"/>
        <source>feuille-de-route.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="409"/>
        <source>livret-visite-apprenante.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="410"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="438"/>
        <source>Document écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="440"/>
        <source>Écriture du document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="446"/>
        <source>Ouvrez d&apos;abord une visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="449"/>
        <source>Exporter la synthèse de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="418"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="375"/>
        <source>Étude territoriale — Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="411"/>
        <source>Inclure les participants et les personnes rencontrées ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="422"/>
        <source>Données personnelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="423"/>
        <source>Ce sont des données personnelles : ne les diffusez qu&apos;aux personnes concernées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="449"/>
        <source>synthese-visite.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="450"/>
        <source>Inclure les personnes rencontrées dans le document ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="462"/>
        <source>Synthèse écrite : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="464"/>
        <source>Écriture de la synthèse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="479"/>
        <source>Importer une liste de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="480"/>
        <source>Listes de lieux (*.csv *.geojson *.json);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="499"/>
        <source>Import de « {name} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="504"/>
        <source>Catalogue de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="505"/>
        <source>Charger le catalogue de démonstration ?

Il contient des données publiques réelles : les espaces France Services, les Fabriques de territoire et les Manufactures de proximité (ANCT, Licence Ouverte). Vous pourrez modifier ou supprimer ces lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="521"/>
        <source>Catalogue de démonstration chargé : {n} lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="524"/>
        <source>Chargement du catalogue de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="537"/>
        <source>Fiche enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="570"/>
        <source>Réponse non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/main_window.py" line="571"/>
        <source>Une réponse du carnet n&apos;a pas pu être enregistrée (elle est signalée en rouge). Fermer quand même et la perdre ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../tl_desktop/views/map_view.py" line="110"/>
        <source>Carte des lieux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="46"/>
        <source>Réponse modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="88"/>
        <source>Notes libres : ce que vous voyez, entendez, retenez…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="89"/>
        <location filename="../../tl_desktop/views/notebook_view.py" line="97"/>
        <source>Notes libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="94"/>
        <source>Grille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="95"/>
        <source>Grille d&apos;observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="100"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="101"/>
        <source>Personnes rencontrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="107"/>
        <location filename="../../tl_desktop/views/notebook_view.py" line="159"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="108"/>
        <source>Photos et documents joints à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="151"/>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="187"/>
        <location filename="../../tl_desktop/views/notebook_view.py" line="193"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/notebook_view.py" line="188"/>
        <source>Commentaire : {theme}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="42"/>
        <source>Données personnelles : ne notez que ce qui est utile à l&apos;étude. Chaque export permet de les laisser de côté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="47"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="47"/>
        <location filename="../../tl_desktop/ui/people_widget.py" line="56"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="48"/>
        <location filename="../../tl_desktop/ui/people_widget.py" line="57"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="48"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="49"/>
        <location filename="../../tl_desktop/ui/people_widget.py" line="57"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="56"/>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="61"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="63"/>
        <source>Retirer de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="64"/>
        <source>Retirer de la visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="66"/>
        <source>Effacer partout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="67"/>
        <source>Supprimer cette personne de toutes les visites et visites apprenantes (droit à l&apos;effacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="134"/>
        <source>Effacer une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/people_widget.py" line="135"/>
        <source>Effacer « {name} » de toutes les visites et visites apprenantes ? Cette suppression est définitive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="112"/>
        <source>Photos de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="113"/>
        <source>Aucune photo. Glissez des photos ici, collez-les (Ctrl+V) ou cliquez sur « Ajouter des photos… ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="38"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="48"/>
        <source>Légende : ce que montre la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="49"/>
        <source>Légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="51"/>
        <source>Photo de couverture du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="53"/>
        <source>◀ Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="54"/>
        <source>Suivante ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="59"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="90"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="94"/>
        <source>prise le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photo_viewer.py" line="118"/>
        <source>Cette photo n&apos;a pas pu être lue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="70"/>
        <source>Retrait de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="191"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="192"/>
        <source>illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="194"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="595"/>
        <source>Ajouter des photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="196"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="607"/>
        <source>Joindre un document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="200"/>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="202"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="225"/>
        <source>Documents joints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="226"/>
        <source>Aucun document. Glissez ici une plaquette, un tableau de chiffres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="235"/>
        <source>Documents joints (double-clic pour ouvrir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="303"/>
        <source>Prise le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="311"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="587"/>
        <source>Photo de couverture du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="342"/>
        <source>Ajouter des photos à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="343"/>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="349"/>
        <source>Joindre des documents à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="350"/>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="367"/>
        <source>Image collée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="369"/>
        <source>L&apos;image du presse-papiers n&apos;a pas pu être lue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="373"/>
        <source>Le presse-papiers ne contient ni photo ni fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="380"/>
        <source>Un ajout est déjà en cours ; attendez qu&apos;il finisse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="403"/>
        <source>Ajout des photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="446"/>
        <source>{n} fichier(s) joint(s) à la visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="448"/>
        <source>{n} fichier(s) déjà joint(s) : ignoré(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="450"/>
        <source>Ajout annulé ; les fichiers déjà copiés restent joints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="454"/>
        <source>{n} fichier(s) n&apos;ont pas été joints :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="456"/>
        <source>Fichiers refusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="470"/>
        <source>Date de la visite reprise des photos : {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="475"/>
        <source>« {site} » n&apos;a pas de position sur la carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="476"/>
        <source>« {site} » est placé au centre de sa commune, approximativement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="477"/>
        <source>Une photo a été prise en {lat} ; {lon}. Placer le lieu à cet endroit ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="479"/>
        <source>Position de la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="487"/>
        <source>« {site} » placé d&apos;après la photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="509"/>
        <source>Légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="509"/>
        <source>Légende de « {name} » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="520"/>
        <source>Photo de couverture du lieu retirée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="521"/>
        <source>Photo de couverture du lieu choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="553"/>
        <source>Retiré de la visite (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="565"/>
        <source>Aucune application de cet ordinateur n&apos;ouvre « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="585"/>
        <source>Ouvrir en grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="586"/>
        <source>Modifier la légende…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="588"/>
        <source>Déplacer vers la gauche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="589"/>
        <source>Déplacer vers la droite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="590"/>
        <source>Ouvrir avec l&apos;application du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="593"/>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="606"/>
        <source>Retirer de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="596"/>
        <source>Coller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="603"/>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/photos_widget.py" line="604"/>
        <source>Modifier la description…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="35"/>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="35"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="35"/>
        <source>PMR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="36"/>
        <source>Équipement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="37"/>
        <source>Salles de réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="44"/>
        <source>Ajouter une salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="45"/>
        <source>Retirer la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="74"/>
        <source>ex. grande salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="75"/>
        <source>Nom de la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="80"/>
        <source>Nombre de personnes pour une réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="84"/>
        <source>Accessible aux personnes à mobilité réduite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="88"/>
        <source>Équipement de la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/rooms_widget.py" line="131"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="61"/>
        <location filename="../../tl_desktop/views/site_form.py" line="142"/>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="61"/>
        <location filename="../../tl_desktop/views/site_form.py" line="155"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="61"/>
        <location filename="../../tl_desktop/views/site_form.py" line="160"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="62"/>
        <location filename="../../tl_desktop/views/site_form.py" line="158"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="62"/>
        <location filename="../../tl_desktop/views/site_form.py" line="164"/>
        <source>Code INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="63"/>
        <location filename="../../tl_desktop/views/site_form.py" line="174"/>
        <source>Site web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="63"/>
        <location filename="../../tl_desktop/views/site_form.py" line="174"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="63"/>
        <location filename="../../tl_desktop/views/site_form.py" line="175"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="72"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="72"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="73"/>
        <source>degrés décimaux, ex. 43,2965</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="74"/>
        <source>degrés décimaux, ex. 5,3698</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="78"/>
        <source>Non précisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="83"/>
        <source>Non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="88"/>
        <location filename="../../tl_desktop/views/site_form.py" line="179"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="94"/>
        <source>Compléter depuis la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="95"/>
        <source>Retrouve le code INSEE, le département et la région ; sans coordonnées, place le lieu au centre de la commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="105"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="106"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="113"/>
        <source>Visites de ce lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="143"/>
        <source>Forme juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="144"/>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="148"/>
        <source>précision (ex. permanence le mardi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="149"/>
        <source>Précision : {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="169"/>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="170"/>
        <source>Précision de la position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="171"/>
        <source>Localisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="177"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="186"/>
        <source>Types de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="187"/>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="192"/>
        <source>Salles de réunion (pour accueillir les réunions d&apos;une collectivité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="195"/>
        <source>Visites de ce lieu (double-clic pour ouvrir le carnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="253"/>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="267"/>
        <source>Source : {source}. Créé le {created}, modifié le {updated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="272"/>
        <location filename="../../tl_desktop/views/site_form.py" line="403"/>
        <source>Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="279"/>
        <source>Réseau régional des tiers-lieux : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="317"/>
        <source>Commune introuvable : vérifiez le code postal et le nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="375"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="385"/>
        <source>Coordonnées inversées ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="386"/>
        <source>Ce point tombe hors de France, mais en France si l&apos;on inverse latitude et longitude. Les inverser ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="394"/>
        <source>Lieu hors de France ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="395"/>
        <source>Ce point est hors de France. Enregistrer quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="405"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/site_form.py" line="406"/>
        <source>La fiche « {name} » a des modifications non enregistrées. Les enregistrer ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlacesModel</name>
    <message>
        <location filename="../../tl_desktop/ui/study_models.py" line="11"/>
        <source>Comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/study_models.py" line="12"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/study_models.py" line="13"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/study_models.py" line="14"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/study_models.py" line="15"/>
        <source>Réseau régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/study_models.py" line="16"/>
        <source>Salle (pers.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/ui/study_models.py" line="17"/>
        <source>Dernière visite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="134"/>
        <source>Lieux de l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="154"/>
        <source>Comparer les lieux cochés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="156"/>
        <source>Cochez de 2 à 15 lieux dans la colonne « Comparer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="160"/>
        <source>Comparaison des lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="173"/>
        <source>Chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="174"/>
        <source>Comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="183"/>
        <source>Études enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="186"/>
        <location filename="../../tl_desktop/views/study_view.py" line="187"/>
        <source>Nom de l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="188"/>
        <source>Enregistrer l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="190"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="193"/>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="196"/>
        <source>Document PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="196"/>
        <source>Document modifiable (DOCX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="197"/>
        <source>Tableur XLSX (lieux, visites, forces et fragilités)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="198"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="198"/>
        <source>CSV pour Excel en français (;)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="199"/>
        <source>GeoJSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="200"/>
        <source>Lieux de médiation numérique (schéma national)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="206"/>
        <location filename="../../tl_desktop/views/study_view.py" line="283"/>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="210"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="214"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="218"/>
        <source>Marseille, Aubagne… ou codes INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="219"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="228"/>
        <source>Prendre la zone affichée sur la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="229"/>
        <source>Cadrez la carte sur le territoire voulu, puis cliquez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="231"/>
        <location filename="../../tl_desktop/views/study_view.py" line="425"/>
        <source>Aucune zone prise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="243"/>
        <location filename="../../tl_desktop/views/study_view.py" line="288"/>
        <source>Types de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="245"/>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="247"/>
        <location filename="../../tl_desktop/views/study_view.py" line="290"/>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="248"/>
        <source>Accueille au moins un service public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="250"/>
        <location filename="../../tl_desktop/views/study_view.py" line="296"/>
        <source>Réseau régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="252"/>
        <location filename="../../tl_desktop/views/study_view.py" line="299"/>
        <source>Visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="253"/>
        <source>Visités ou non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="253"/>
        <source>Visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="254"/>
        <source>Jamais visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="257"/>
        <source>Visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="258"/>
        <source>Visite entre le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="261"/>
        <source>Début de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="261"/>
        <source>Fin de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="268"/>
        <source>indifférent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="269"/>
        <source> personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="270"/>
        <location filename="../../tl_desktop/views/study_view.py" line="309"/>
        <source>Peut accueillir une réunion de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="271"/>
        <source>Salle accessible (PMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="273"/>
        <source>Équipement de la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="275"/>
        <source>Regrouper les chiffres par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="278"/>
        <source>Tout effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="289"/>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="302"/>
        <source>Pendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="305"/>
        <source>et le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="316"/>
        <source>Regrouper par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="341"/>
        <source>Étude :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="405"/>
        <source>Introuvable : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="425"/>
        <source>Zone prise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="464"/>
        <source>n&apos;importe quelle visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="471"/>
        <source>Lecture du catalogue pour l&apos;étude…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="481"/>
        <source>La carte n&apos;a pas pu être préparée : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="508"/>
        <source>Calcul des chiffres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="530"/>
        <source>Aucun de ces lieux n&apos;a encore été visité : le modèle économique, le foncier, les impacts, les forces et les fragilités viendront des visites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="573"/>
        <source>La carte n&apos;est pas encore prête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="578"/>
        <source>Zone prise : latitude {s:.2f} à {n:.2f}, longitude {w:.2f} à {e:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="602"/>
        <source>{n} lieux comparés, d&apos;après leur dernière visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="620"/>
        <source>Nouvelle étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="659"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="664"/>
        <source>Étude « {name} » enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="683"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="683"/>
        <source>Document Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="684"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="684"/>
        <location filename="../../tl_desktop/views/study_view.py" line="685"/>
        <location filename="../../tl_desktop/views/study_view.py" line="686"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="685"/>
        <source>GeoJSON (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="688"/>
        <source>etude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="691"/>
        <source>Exporter l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="700"/>
        <source>Étude sans nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="729"/>
        <source>Écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/study_view.py" line="733"/>
        <source>Export de l&apos;étude…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="95"/>
        <source>Visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="96"/>
        <source>Nouvelle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="97"/>
        <source>Feuille de route (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="98"/>
        <source>Livret (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="109"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="109"/>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="109"/>
        <location filename="../../tl_desktop/views/tour_view.py" line="150"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="109"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="113"/>
        <source>Ajouter le lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="114"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="114"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="115"/>
        <source>Jour précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="116"/>
        <source>Jour suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="117"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="118"/>
        <source>Carnet de cette étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="120"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="125"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="126"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="160"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="161"/>
        <source>Organisateur (collectivité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="162"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="166"/>
        <source>Du … au …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="167"/>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="169"/>
        <source>Étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="170"/>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="171"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="149"/>
        <source>Heure prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="151"/>
        <source>Accueilli par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="217"/>
        <source>Nouvelle visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="217"/>
        <source>Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/views/tour_view.py" line="303"/>
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
        <location filename="../../tl_desktop/domain/choices.py" line="60"/>
        <source>Coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="61"/>
        <source>Fablab / atelier partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="62"/>
        <source>Café associatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="63"/>
        <source>Friche culturelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="64"/>
        <source>Garage solidaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="65"/>
        <source>Tiers-lieu nourricier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="66"/>
        <location filename="../../tl_desktop/domain/choices.py" line="77"/>
        <source>Manufacture de proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="67"/>
        <location filename="../../tl_desktop/domain/choices.py" line="81"/>
        <source>Campus connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="68"/>
        <location filename="../../tl_desktop/domain/choices.py" line="80"/>
        <source>Micro-Folie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="69"/>
        <source>Espace de médiation numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="70"/>
        <location filename="../../tl_desktop/domain/choices.py" line="78"/>
        <source>France Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="71"/>
        <location filename="../../tl_desktop/domain/choices.py" line="82"/>
        <location filename="../../tl_desktop/domain/choices.py" line="90"/>
        <location filename="../../tl_desktop/domain/choices.py" line="99"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="75"/>
        <source>Fabrique de territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="76"/>
        <source>Fabrique numérique de territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="79"/>
        <location filename="../../tl_desktop/domain/choices.py" line="87"/>
        <source>Conseiller numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="86"/>
        <source>Guichet France Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="88"/>
        <source>Mission Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="89"/>
        <source>Service municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="94"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="95"/>
        <source>SCIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="96"/>
        <source>SCOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="97"/>
        <source>SAS / SARL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="98"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="104"/>
        <source>À l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="105"/>
        <source>Centre de la commune (approximatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="106"/>
        <source>Position GPS d&apos;une photo de visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="111"/>
        <source>Visioconférence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="112"/>
        <source>Vidéoprojecteur ou écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="113"/>
        <source>Sonorisation, micros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="114"/>
        <source>Boucle magnétique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="115"/>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/choices.py" line="116"/>
        <source>Cuisine ou office</source>
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
        <location filename="../../tl_desktop/map/page.py" line="33"/>
        <source>Types de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="34"/>
        <source>Position approximative (centre de la commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="35"/>
        <source>Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="36"/>
        <source>OpenStreetMap (en ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="37"/>
        <source>contributeurs d’OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="38"/>
        <source>Fond hors ligne (départements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="39"/>
        <source>Recentrer sur les lieux affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="40"/>
        <source>{n} lieu affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="41"/>
        <source>{n} lieux affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/map/page.py" line="43"/>
        <source>Carte des tiers-lieux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>study</name>
    <message>
        <location filename="../../tl_desktop/study/criteria.py" line="16"/>
        <source>Toute la France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/criteria.py" line="17"/>
        <location filename="../../tl_desktop/study/criteria.py" line="26"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/criteria.py" line="18"/>
        <location filename="../../tl_desktop/study/criteria.py" line="24"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/criteria.py" line="19"/>
        <source>Commune ou liste de communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/criteria.py" line="20"/>
        <location filename="../../tl_desktop/study/criteria.py" line="61"/>
        <source>Zone dessinée sur la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/criteria.py" line="25"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/criteria.py" line="27"/>
        <source>Réseau régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/figures.py" line="23"/>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/figures.py" line="111"/>
        <source>Réseau non identifié</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl_desktop</name>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="20"/>
        <source>Une erreur est survenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="66"/>
        <source>Le catalogue n&apos;a pas pu être lu ou écrit. Rien n&apos;a été modifié ; ce que vous avez saisi reste à l&apos;écran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="74"/>
        <source>Le catalogue est occupé par une autre opération (un import, ou une autre fenêtre de l&apos;application ?). Rien n&apos;a été modifié ; réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="82"/>
        <source>Le disque du catalogue est plein : la dernière modification n&apos;a pas pu être enregistrée. Ce que vous avez saisi reste à l&apos;écran. Libérez de la place sur le disque ; l&apos;enregistrement reprendra de lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="91"/>
        <source>Le catalogue est en lecture seule (clé USB protégée, dossier partagé ou droits insuffisants) : rien ne peut y être enregistré. Pour le modifier, copiez le dossier des données dans un dossier où vous pouvez écrire et ouvrez-le avec --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="100"/>
        <source>Erreur de lecture ou d&apos;écriture sur le disque du catalogue (support retiré ou défaillant ?). La dernière modification n&apos;a pas été enregistrée ; ce que vous avez saisi reste à l&apos;écran et l&apos;enregistrement sera réessayé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="109"/>
        <source>Le catalogue « {path} » est endommagé : une partie du fichier est illisible. Ne le modifiez plus. Restaurez la dernière sauvegarde (dossier « sauvegardes » du dossier des données) ou récupérez ce qui peut être lu avec « tl-desktop recover », puis ouvrez la copie récupérée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="122"/>
        <source>Opération annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="126"/>
        <source>le fichier ou le dossier n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="127"/>
        <source>accès refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="128"/>
        <source>opération non permise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="129"/>
        <source>c&apos;est un dossier, pas un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="130"/>
        <source>le disque est plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/base/errors.py" line="131"/>
        <source>le support est en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="151"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="154"/>
        <source>Le fichier « {path} » est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="156"/>
        <source>« {path} » n&apos;est pas un fichier texte (CSV ou GeoJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="171"/>
        <source>« {path} » n&apos;a pas de ligne d&apos;en-tête lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="184"/>
        <source>« {path} », ligne {line} : le fichier CSV est mal formé ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="195"/>
        <source>{found} colonnes au lieu de {expected} (séparateur ou guillemets en trop ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="214"/>
        <source>un guillemet ouvert n&apos;est jamais fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="215"/>
        <source>fin de ligne inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="216"/>
        <source>un champ est démesurément long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="217"/>
        <source>caractère nul dans le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="231"/>
        <source>guillemets ou séparateurs incohérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="256"/>
        <source>« {path} » : aucune colonne de nom trouvée (attendu : nom, name, libelle…). Colonnes lues : {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="266"/>
        <source>« {path} » n&apos;est pas un GeoJSON valide ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="270"/>
        <source>« {path} » n&apos;est pas une collection d&apos;entités GeoJSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="291"/>
        <source>géométrie « {kind} » : seuls les points sont importés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="314"/>
        <source>nom vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="361"/>
        <source>coordonnées illisibles (latitude « {lat} », longitude « {lon} »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="363"/>
        <source>coordonnées hors limites (latitude {lat}, longitude {lon}) : attendu des degrés décimaux, par exemple 43,29 et 5,37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="422"/>
        <source>déjà au catalogue : non importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="423"/>
        <source>en double dans le fichier (ligne {first}) : non importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="366"/>
        <source>coordonnées 0, 0 (position manquante ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="367"/>
        <source>latitude ou longitude manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="370"/>
        <source>coordonnées en mètres (latitude {lat}, longitude {lon}), sans doute du Lambert 93 : attendu des degrés décimaux (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="376"/>
        <source>latitude et longitude inversées : corrigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="378"/>
        <source>position hors de France ({lat}, {lon})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="389"/>
        <source>position à {km} km de la commune {commune} : à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="394"/>
        <source>pas de coordonnées : placé au centre de {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/importing.py" line="397"/>
        <source>pas de coordonnées ni de commune reconnue : absent de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/migrations.py" line="347"/>
        <source>La mise à jour « {name} » de la base a échoué ; la base est restée dans son état précédent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/connection.py" line="102"/>
        <source>Aucun catalogue dans « {folder} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/connection.py" line="111"/>
        <source>Impossible de créer le dossier « {folder} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/connection.py" line="147"/>
        <source>Impossible d&apos;ouvrir « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/connection.py" line="152"/>
        <source>« {path} » n&apos;est pas une base Tiers-Lieux Desktop. Le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/connection.py" line="186"/>
        <source>Le catalogue « {path} » est en lecture seule et a été créé par une version plus ancienne de l&apos;application : il doit être mis à jour avant d&apos;être lu, ce qui est impossible ici. Copiez le dossier des données dans un dossier où vous pouvez écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/connection.py" line="177"/>
        <source>« {path} » a été créée par une version plus récente de Tiers-Lieux Desktop. Mettez l&apos;application à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="320"/>
        <source>Ce lieu n&apos;existe pas ou a été supprimé ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="330"/>
        <source>Le nom du lieu est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="332"/>
        <source>« {name} » : indiquez la latitude et la longitude, ou aucune des deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="336"/>
        <source>« {name} » : la latitude {value} n&apos;est pas entre -90 et 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="339"/>
        <source>« {name} » : la longitude {value} n&apos;est pas entre -180 et 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="345"/>
        <source>« {name} » : valeur inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="348"/>
        <source>« {name} » : forme juridique inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/sites.py" line="351"/>
        <source>« {name} » : précision de position inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/grid.py" line="77"/>
        <source>Type de question inconnu « {kind} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/grid.py" line="83"/>
        <source>La question « {id} » n&apos;a pas d&apos;options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/grid.py" line="99"/>
        <source>La grille d&apos;observation v{version} est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/domain/grid.py" line="117"/>
        <source>Réponse invalide pour « {question} » : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/people.py" line="23"/>
        <source>{what} introuvable ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/people.py" line="36"/>
        <source>Le nom de la personne est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/tours.py" line="25"/>
        <source>Le titre de la visite apprenante est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/tours.py" line="27"/>
        <source>La date de fin précède la date de début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/visits.py" line="92"/>
        <source>« {date} » n&apos;est pas une date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/visits.py" line="104"/>
        <source>Cette étape est la visite d&apos;un autre lieu : la visite ne peut pas y être rattachée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/visits.py" line="126"/>
        <source>Question inconnue de la grille : {theme}/{question}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/reports/study_docx.py" line="82"/>
        <location filename="../../tl_desktop/reports/visit.py" line="266"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/attachments.py" line="53"/>
        <source>Pièce jointe introuvable ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/attachments.py" line="168"/>
        <source>« {file} » ne peut pas être remis : son fichier a été supprimé du dossier des données entre-temps (réparation de la base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/attachments.py" line="196"/>
        <source>La photo de couverture doit être une photo d&apos;une visite de ce lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="130"/>
        <source>« {file} » n&apos;a pas été joint : ce type de fichier n&apos;est pas pris en charge. Photos : JPEG, PNG, WebP, TIFF, HEIC ; documents : PDF, bureautique, texte, son, vidéo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="138"/>
        <location filename="../../tl_desktop/media/library.py" line="300"/>
        <source>« {file} » n&apos;a pas pu être lu : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="141"/>
        <source>« {file} » est vide (0 octet) : il n&apos;a pas été joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="155"/>
        <source>« {file} » n&apos;a pas pu être copié dans le dossier des données : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="163"/>
        <source>« {file} » est une photo HEIC, que cet ordinateur ne sait pas lire (module pillow-heif absent). Exportez-la en JPEG depuis le téléphone, puis joignez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="172"/>
        <source>« {file} » est une image au format {format}, qui n&apos;est pas pris en charge : enregistrez-la en JPEG ou en PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="184"/>
        <source>« {file} » est trop grande pour être ouverte sans risque (plus de {limit} millions de pixels) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="189"/>
        <source>« {file} » n&apos;est pas une image lisible (le nom dit photo, le contenu non) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="193"/>
        <source>« {file} » est incomplète ou endommagée (fichier tronqué ?) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="223"/>
        <source>La photo {file} n&apos;a pas pu être lue dans le dossier des données : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/media/library.py" line="248"/>
        <source>« {file} » n&apos;a pas pu être ouvert : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/places_export.py" line="96"/>
        <location filename="../../tl_desktop/io/visit_export.py" line="136"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/places_export.py" line="248"/>
        <source>Format d&apos;export inconnu « {fmt} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/io/visit_export.py" line="143"/>
        <source>Le fichier de « {file} » manque dans le dossier des données ; lancez « tl-desktop check » pour faire le point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/rooms.py" line="19"/>
        <source>La capacité d&apos;une salle est un nombre de personnes entre 1 et {max} (« {value} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/rooms.py" line="24"/>
        <source>Équipement de salle inconnu « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/studies.py" line="37"/>
        <source>Donnez un nom à l&apos;étude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/store/studies.py" line="44"/>
        <location filename="../../tl_desktop/store/studies.py" line="61"/>
        <source>Une autre étude s&apos;appelle déjà « {name} » : choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tl_desktop/study/comparison.py" line="28"/>
        <source>Choisissez de {min} à {max} lieux à comparer ({count} choisis).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
