<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos de Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tiers-Lieux Desktop {version}&lt;/h2&gt;&lt;p&gt;Catalogue de tiers-lieux, visites apprenantes et études territoriales, pour les agents publics. Fonctionne sans réseau.&lt;/p&gt;&lt;h3&gt;Données&lt;/h3&gt;&lt;ul&gt;{sources}&lt;li&gt;Communes de France (codes INSEE, codes postaux, centres) — geo.api.gouv.fr, Licence Ouverte&lt;/li&gt;&lt;li&gt;Code officiel géographique 2026, arrondissements, anciens codes — INSEE et La Poste via @etalab/decoupage-administratif, Licence Ouverte&lt;/li&gt;&lt;li&gt;Contours des communes — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte&lt;/li&gt;&lt;li&gt;Centres des arrondissements et des communes d&apos;outre-mer — GeoNames, CC BY 4.0&lt;/li&gt;&lt;li&gt;Contours des départements — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Carte&lt;/h3&gt;&lt;p&gt;Leaflet (BSD-2), Leaflet.markercluster (MIT). Fond OpenStreetMap en ligne : © les contributeurs d&apos;OpenStreetMap (ODbL).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Importer une liste de lieux…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un fichier CSV ou GeoJSON de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger le catalogue de &amp;démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Services, Fabriques de territoire et Manufactures de proximité (données ouvertes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une fiche de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les modifications de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer le lieu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le lieu sélectionné (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doublons &amp;probables du catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher les fiches qui semblent décrire le même lieu, les comparer et les fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aller à la recherche du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la fiche du lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche du &amp;lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle &amp;visite du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir un carnet de visite pour le lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites &amp;apprenantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer une visite apprenante : lieux, jours, horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporter la synthèse de la visite (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrire la synthèse de la visite ouverte en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude &amp;territoriale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres, graphiques, comparaison et exports d&apos;un territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pré&amp;férences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos de Tiers-Lieux Desktop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Rechercher un lieu, une commune, un type… (sans accents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueille un service public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentOptionsBox</name>
    <message>
        <source>Langue du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue du document :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>même identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doublons probables du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semble être</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paires de fiches qui semblent décrire le même lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparer et fusionner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher à nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche des doublons probables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La recherche n&apos;a pas abouti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} paire(s) de fiches semblent décrire le même lieu, parmi {total} lieux. « À vérifier » : même nom dans la même commune, sans adresse ni position précise pour trancher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun doublon probable parmi les {total} lieux du catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Copier le tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie les chiffres (texte séparé par des tabulations, pour un tableur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les mêmes chiffres sont dans le tableau qui suit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonnes non reprises : {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} lieu(x) importé(s) sur {read} ligne(s) lue(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} déjà présent(s) dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ligne(s) rejetée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} avertissement(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veuillez patienter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Suppression de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement de la carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet de visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites apprenantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet de visite rouvert là où vous l&apos;aviez laissé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer « {name} » ({commune}) du catalogue ?
Vous pourrez annuler avec Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » supprimé. Ctrl+Z pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un lieu dans le catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feuille-de-route.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>livret-visite-apprenante.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture du document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrez d&apos;abord une visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter la synthèse de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression de la visite « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce catalogue est dans un dossier où l&apos;on ne peut pas écrire : il se consulte, mais aucune modification ne peut y être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue « {path} » est dans un dossier où l&apos;on ne peut pas écrire (clé USB protégée, dossier partagé, droits insuffisants, ou disque plein au démarrage). Vous pouvez le consulter et exporter des documents ; rien ne peut y être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue endommagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde du jour impossible : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » fusionné dans « {kept} ». Ctrl+Z pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le carnet ouvert n&apos;a pas pu être enregistré : il reste affiché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la visite « {label} », ses notes, ses réponses et ses {n} photo(s) ou document(s) ?
Vous pourrez annuler avec Ctrl+Z tant que l&apos;application reste ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite supprimée. Ctrl+Z pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude territoriale — Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La langue choisie s&apos;appliquera au prochain démarrage de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclure les participants et les personnes rencontrées ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données personnelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce sont des données personnelles : ne les diffusez qu&apos;aux personnes concernées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthese-visite.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclure les personnes rencontrées dans le document ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse écrite : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture de la synthèse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer une liste de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listes de lieux (*.csv *.geojson *.json);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import de « {name} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger le catalogue de démonstration ?

Il contient des données publiques réelles : les espaces France Services, les Fabriques de territoire et les Manufactures de proximité (ANCT, Licence Ouverte). Vous pourrez modifier ou supprimer ces lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue de démonstration chargé : {n} lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement du catalogue de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Carnet non enregistré : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet enregistré : tout ce qui était en attente est écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que vous avez saisi dans le carnet n&apos;a pas pu être enregistré :
{reason}

Réessayez après avoir réglé le problème, ou enregistrez une copie du texte non enregistré dans un autre dossier (une clé USB…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une réponse du carnet n&apos;a pas pu être enregistrée (elle est signalée en rouge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer sans enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une copie du carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carnet-non-enregistre.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite dans « {path} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Carte des lieux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source principale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner deux fiches du même lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez, ligne par ligne, la valeur à garder. Les visites, photos, étapes de visites apprenantes et sources des deux fiches sont toutes conservées ; la fiche de droite va à la corbeille. Ctrl+Z annule la fusion tant que l&apos;application reste ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche conservée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche mise à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo de couverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservé des deux fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visits} visite(s), {files} photo(s) ou document(s), {stops} étape(s), {sources} source(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vide des deux côtés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identique dans les deux fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les deux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <source>Réponse modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, auteur et étape de la visite ; suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la date, l&apos;auteur, l&apos;étape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la visite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes libres : ce que vous voyez, entendez, retenez…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille d&apos;observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes rencontrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos et documents joints à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune visite ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire : {theme}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>Données personnelles : ne notez que ce qui est utile à l&apos;étude. Chaque export permet de les laisser de côté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer de la visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer partout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer cette personne de toutes les visites et visites apprenantes (droit à l&apos;effacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer « {name} » de toutes les visites et visites apprenantes ? Cette suppression est définitive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Photos de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune photo. Glissez des photos ici, collez-les (Ctrl+V) ou cliquez sur « Ajouter des photos… ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende : ce que montre la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo de couverture du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivante ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prise le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette photo n&apos;a pas pu être lue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Retrait de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter des photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joindre un document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents joints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun document. Glissez ici une plaquette, un tableau de chiffres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents joints (double-clic pour ouvrir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prise le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo de couverture du lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter des photos à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joindre des documents à la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image collée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;image du presse-papiers n&apos;a pas pu être lue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le presse-papiers ne contient ni photo ni fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un ajout est déjà en cours ; attendez qu&apos;il finisse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajout des photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fichier(s) joint(s) à la visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fichier(s) déjà joint(s) : ignoré(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajout annulé ; les fichiers déjà copiés restent joints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fichier(s) n&apos;ont pas été joints :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers refusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de la visite reprise des photos : {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {site} » n&apos;a pas de position sur la carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {site} » est placé au centre de sa commune, approximativement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une photo a été prise en {lat} ; {lon}. Placer le lieu à cet endroit ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position de la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {site} » placé d&apos;après la photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende de « {name} » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo de couverture du lieu retirée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo de couverture du lieu choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiré de la visite (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune application de cet ordinateur n&apos;ouvre « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir en grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la légende…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer vers la gauche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer vers la droite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir avec l&apos;application du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la description…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>La langue choisie s&apos;appliquera au prochain démarrage de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatique (langue du système : {language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les documents (PDF, exports) se choisissent dans une autre langue au moment de les exporter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>en %, ex. 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un élément par ligne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salles de réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. grande salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de personnes pour une réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible aux personnes à mobilité réduite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipement de la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degrés décimaux, ex. 43,2965</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degrés décimaux, ex. 5,3698</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non précisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compléter depuis la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrouve le code INSEE, le département et la région ; sans coordonnées, place le lieu au centre de la commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites de ce lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>précision (ex. permanence le mardi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précision : {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précision de la position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salles de réunion (pour accueillir les réunions d&apos;une collectivité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites de ce lieu (double-clic pour ouvrir le carnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la visite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau lieu, pas encore enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source : {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source : {source}. Créé le {created}, modifié le {updated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau régional des tiers-lieux : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune introuvable : vérifiez le code postal et le nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lieu est peut-être déjà au catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue a déjà un lieu qui semble être celui-ci :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la fiche existante plutôt que d&apos;en créer une seconde ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la fiche existante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordonnées inversées ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce point tombe hors de France, mais en France si l&apos;on inverse latitude et longitude. Les inverser ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu hors de France ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce point est hors de France. Enregistrer quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche « {name} » a des modifications non enregistrées. Les enregistrer ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlacesModel</name>
    <message>
        <source>Comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle (pers.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Lieux de l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparer les lieux cochés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez de 2 à 15 lieux dans la colonne « Comparer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparaison des lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Études enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document modifiable (DOCX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableur XLSX (lieux, visites, forces et fragilités)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV pour Excel en français (;)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux de médiation numérique (schéma national)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des documents et des exports de l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marseille, Aubagne… ou codes INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prendre la zone affichée sur la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadrez la carte sur le territoire voulu, puis cliquez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune zone prise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueille au moins un service public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visités ou non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamais visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite entre le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indifférent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peut accueillir une réunion de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle accessible (PMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipement de la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regrouper les chiffres par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>et le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regrouper par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue des documents :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introuvable : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone prise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n&apos;importe quelle visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du catalogue pour l&apos;étude…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La carte n&apos;a pas pu être préparée : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul des chiffres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun de ces lieux n&apos;a encore été visité : le modèle économique, le foncier, les impacts, les forces et les fragilités viendront des visites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La carte n&apos;est pas encore prête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone prise : latitude {s:.2f} à {n:.2f}, longitude {w:.2f} à {e:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux comparés, d&apos;après leur dernière visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude « {name} » enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;étude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude sans nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export de l&apos;étude…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <source>Visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer cette visite apprenante et ses étapes (les carnets de visite restent, détachés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille de route (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livret (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le lieu sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet de cette étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisateur (collectivité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du … au …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueilli par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la visite apprenante « {title} » et toutes ses étapes ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ses {n} carnet(s) de visite sont gardés, rattachés à leur lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lieu supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Modifier la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un agent, ou un groupe : « Groupe 2 — urbanisme »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune (visite hors visite apprenante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape de visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Ouverture du catalogue impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fablab / atelier partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café associatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friche culturelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage solidaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers-lieu nourricier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacture de proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-Folie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace de médiation numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabrique de territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabrique numérique de territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet France Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAS / SARL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre de la commune (approximatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position GPS d&apos;une photo de visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visioconférence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidéoprojecteur ou écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonorisation, micros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boucle magnétique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuisine ou office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Une erreur inattendue est survenue. Vos données enregistrées ne sont pas touchées. Les détails ci-dessous aideront l&apos;équipe à corriger le problème.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers-Lieux Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>{n} lieu exporté dans {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux exportés dans {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; {n} laissé de côté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; {n} laissés de côté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services_publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forme_juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_insee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reseau_regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position_approximative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site_web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salle_capacite_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salle_pmr_capacite_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salle_equipements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre_visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derniere_visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mise_a_jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme} — commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personnes_rencontrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces et fragilités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date_visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regroupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piste de coopération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes rencontrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos : {n} (dossier « photos », légendes dans photos/legendes.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prise de vue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>métropole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guyane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La Réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint-Martin et Saint-Barthélemy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polynésie française</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle-Calédonie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallis-et-Futuna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid</name>
    <message>
        <source>Synthèse : les lieux côte à côte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille d&apos;observation des tiers-lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille de la visite apprenante : ce que l&apos;on observe d&apos;un tiers-lieu et de l&apos;action publique autour de lui. Chaque thème a des réponses structurées et un commentaire libre ; un thème sans réponse n&apos;est pas imprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activités et services proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace de travail partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabrication, atelier, réparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration, café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture, spectacle, exposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation, ateliers d&apos;initiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiation numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alimentation, agriculture urbaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réemploi, économie circulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement de projets, incubation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès aux services publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours et heures d&apos;ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publics et fréquentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fréquentation par semaine (personnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitants du quartier ou de la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indépendants, télétravailleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes âgées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandeurs d&apos;emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entreprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixité des publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gouvernance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui décide ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place des habitants et des usagers dans les décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associés aux décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres de la gouvernance (sociétariat, collège)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle économique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part d&apos;autofinancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part de subventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principales sources de recettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location d&apos;espaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adhésions, abonnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar, restauration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prestations, formations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Événements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vente de productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mécénat, dons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financements publics reçus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pression vers l&apos;autonomie financière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foncier et locaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut d&apos;occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propriétaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation temporaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mis à disposition par la collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propriétaire des locaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de l&apos;occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que leur présence a changé pour la fréquentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien social, rupture de l&apos;isolement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation, montée en compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplois locaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Développement économique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition écologique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces et fragilités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragilités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins et pistes de coopération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins exprimés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pistes de coopération avec la collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces et fragilités, modèle économique, foncier et services publics accueillis, tels que notés pendant les visites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autofinancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foncier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mappage</name>
    <message>
        <source>Types de lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position approximative (centre de la commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap (en ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributeurs d’OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fond hors ligne (départements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recentrer sur les lieux affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte des tiers-lieux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>du {start} au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Photo illisible : {name}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>livret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude territoriale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Établie le {date} à partir du catalogue local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les lieux du territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte des lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points noirs : lieux visités ; points gris : lieux non visités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu sans coordonnées ne figure pas sur la carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux sans coordonnées ne figurent pas sur la carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu d&apos;outre-mer hors de ce fond de carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux d&apos;outre-mer hors de ce fond de carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les lieux retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La liste des {n} lieux est dans les exports (CSV, XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres et graphiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentages calculés sur {n} lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentages calculés sur {n} lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun lieu retenu n&apos;a encore été visité : les chiffres tirés des grilles d&apos;observation (modèle économique, foncier, impacts, forces et fragilités) apparaîtront avec les visites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les lieux comparés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thèmes de la grille d&apos;observation, d&apos;après la dernière visite de chaque lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite : {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite non datée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude territoriale — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — étude territoriale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étude territoriale — {territory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu, dont {visited} visité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux, dont {visited} visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; {n} sans coordonnées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les lieux visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visite du {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors de la carte : {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lieu supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} (position inconnue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visite notée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visites notées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VISITE APPRENANTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune étape n&apos;est encore prévue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille de route — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — feuille de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lieu visité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lieux visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visite notée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visites notées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(notes de {author})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de notes de visite pour cette étape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite notée, mais rien sur ces thèmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livret — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — livret de la visite apprenante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} — visite du {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} — visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune observation saisie pour cette visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes rencontrées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>study</name>
    <message>
        <source>Toute la France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune ou liste de communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone dessinée sur la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types : {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes : {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis : {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueille au moins un service public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau régional : {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux jamais visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visités pendant la visite apprenante « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite entre le {start} et le {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite depuis le {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite jusqu&apos;au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peut accueillir une réunion de {n} personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dans une salle accessible (PMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; équipement : {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} : {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accessible PMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics (fiche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus grande salle de réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non visité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moins de 25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De 25 à 49 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De 50 à 74 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 % et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux par département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux par commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux par région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux par réseau régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueillent un service public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peuvent accueillir la réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau non identifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un lieu peut avoir plusieurs types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux par programme ou label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieu sur {total} en accueille au moins un ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lieux sur {total} en accueillent au moins un ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part d&apos;autofinancement des lieux visités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut d&apos;occupation des locaux (lieux visités)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme juridique (lieux visités)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impacts notés pendant les visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note moyenne sur 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces les plus citées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragilités les plus citées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins les plus exprimés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de lieux visités qui l&apos;ont dit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl_desktop</name>
    <message>
        <source>Une erreur est survenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue n&apos;a pas pu être lu ou écrit. Rien n&apos;a été modifié ; ce que vous avez saisi reste à l&apos;écran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue est occupé par une autre opération (un import, ou une autre fenêtre de l&apos;application ?). Rien n&apos;a été modifié ; réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le disque du catalogue est plein : la dernière modification n&apos;a pas pu être enregistrée. Ce que vous avez saisi reste à l&apos;écran. Libérez de la place sur le disque ; l&apos;enregistrement reprendra de lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue est en lecture seule (clé USB protégée, dossier partagé ou droits insuffisants) : rien ne peut y être enregistré. Pour le modifier, copiez le dossier des données dans un dossier où vous pouvez écrire et ouvrez-le avec --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture sur le disque du catalogue (support retiré ou défaillant ?). La dernière modification n&apos;a pas été enregistrée ; ce que vous avez saisi reste à l&apos;écran et l&apos;enregistrement sera réessayé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue « {path} » est endommagé : une partie du fichier est illisible. Ne le modifiez plus. Restaurez la dernière sauvegarde (dossier « sauvegardes » du dossier des données) ou récupérez ce qui peut être lu avec « tl-desktop recover », puis ouvrez la copie récupérée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier ou le dossier n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accès refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opération non permise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&apos;est un dossier, pas un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le support est en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {path} » est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un fichier texte (CSV ou GeoJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » n&apos;a pas de ligne d&apos;en-tête lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} », ligne {line} : le fichier CSV est mal formé ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} colonnes au lieu de {expected} (séparateur ou guillemets en trop ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un guillemet ouvert n&apos;est jamais fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fin de ligne inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un champ est démesurément long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caractère nul dans le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guillemets ou séparateurs incohérents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » : aucune colonne de nom trouvée (attendu : nom, name, libelle…). Colonnes lues : {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un GeoJSON valide ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas une collection d&apos;entités GeoJSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>géométrie « {kind} » : seuls les points sont importés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordonnées illisibles (latitude « {lat} », longitude « {lon} »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordonnées hors limites (latitude {lat}, longitude {lon}) : attendu des degrés décimaux, par exemple 43,29 et 5,37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déjà au catalogue : non importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en double dans le fichier (ligne {first}) : non importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordonnées 0, 0 (position manquante ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude ou longitude manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordonnées en mètres (latitude {lat}, longitude {lon}), sans doute du Lambert 93 : attendu des degrés décimaux (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude et longitude inversées : corrigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position hors de France ({lat}, {lon})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position à {km} km de la commune {commune} : à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de coordonnées : placé au centre de {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de coordonnées ni de commune reconnue : absent de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La mise à jour « {name} » de la base a échoué ; la base est restée dans son état précédent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun catalogue dans « {folder} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « {folder} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas une base Tiers-Lieux Desktop. Le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue « {path} » est en lecture seule et a été créé par une version plus ancienne de l&apos;application : il doit être mis à jour avant d&apos;être lu, ce qui est impossible ici. Copiez le dossier des données dans un dossier où vous pouvez écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » a été créée par une version plus récente de Tiers-Lieux Desktop. Mettez l&apos;application à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un lieu ne peut pas être fusionné avec lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fusion à annuler pour ce lieu ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » a été supprimé ou fusionné depuis : annulez d&apos;abord cette opération.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lieu n&apos;existe pas ou a été supprimé ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du lieu est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » : indiquez la latitude et la longitude, ou aucune des deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » : la latitude {value} n&apos;est pas entre -90 et 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » : la longitude {value} n&apos;est pas entre -180 et 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » : valeur inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » : forme juridique inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » : précision de position inconnue « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de question inconnu « {kind} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La question « {id} » n&apos;a pas d&apos;options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La grille d&apos;observation v{version} est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse invalide pour « {question} » : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse invalide pour « {question} » : « {value} » n&apos;est pas un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse invalide pour « {question} » : {value} dépasse {limit} (faute de frappe ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} introuvable ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la personne est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le titre de la visite apprenante est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {date} » n&apos;est pas une date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette étape est la visite d&apos;un autre lieu : la visite ne peut pas y être rattachée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question inconnue de la grille : {theme}/{question}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce jointe introuvable ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » ne peut pas être remis : son fichier a été supprimé du dossier des données entre-temps (réparation de la base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La photo de couverture doit être une photo d&apos;une visite de ce lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas été joint : ce type de fichier n&apos;est pas pris en charge. Photos : JPEG, PNG, WebP, TIFF, HEIC ; documents : PDF, bureautique, texte, son, vidéo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas pu être lu : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » est vide (0 octet) : il n&apos;a pas été joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas pu être copié dans le dossier des données : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » est une photo HEIC, que cet ordinateur ne sait pas lire (module pillow-heif absent). Exportez-la en JPEG depuis le téléphone, puis joignez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » est une image au format {format}, qui n&apos;est pas pris en charge : enregistrez-la en JPEG ou en PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » est trop grande pour être ouverte sans risque (plus de {limit} millions de pixels) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » n&apos;est pas une image lisible (le nom dit photo, le contenu non) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » est incomplète ou endommagée (fichier tronqué ?) : elle n&apos;a pas été jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La photo {file} n&apos;a pas pu être lue dans le dossier des données : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas pu être ouvert : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format d&apos;export inconnu « {fmt} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de « {file} » manque dans le dossier des données ; lancez « tl-desktop check » pour faire le point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La capacité d&apos;une salle est un nombre de personnes entre 1 et {max} (« {value} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipement de salle inconnu « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom à l&apos;étude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une autre étude s&apos;appelle déjà « {name} » : choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez de {min} à {max} lieux à comparer ({count} choisis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun mot à chercher : donnez au moins un mot (lettres ou chiffres), par exemple « tl-desktop search cafe ». Pour lister tous les lieux : « tl-desktop list ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le géocodage en ligne n&apos;a pas abouti. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service de géocodage de la Géoplateforme ({host}) est injoignable : vérifiez la connexion à Internet (ou le proxy) puis réessayez. Rien n&apos;a été modifié ; sans réseau, les lieux restent placés au centre de leur commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service de géocodage limite le nombre de demandes et refuse encore après {tries} essais : réessayez dans quelques minutes. Les {done} adresses déjà traitées sont conservées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service de géocodage a répondu par une erreur ({status}) : réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réponse illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Géocodage des adresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>même identifiant « {id} » dans « {source} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>même nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom semblable ({score}&#xa0;%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom différent ({score}&#xa0;%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>même adresse ({street})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à {distance} m l&apos;un de l&apos;autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>même commune ({commune}), sans adresse ni position précise à comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré : le disque est plein. Libérez de la place ou choisissez un autre dossier. Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré : votre quota d&apos;espace disque est atteint. Libérez de la place ou choisissez un autre dossier. Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré : le dossier est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire, ou le document est ouvert dans un autre programme. Fermez-le ou choisissez un autre dossier. Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré ({reason}). Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être mis en page. Rien n&apos;a été enregistré ; le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde du catalogue n&apos;a pas pu être écrite dans « {folder} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » existe déjà : choisissez un nouveau fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » est trop endommagé : même la liste de ses tables est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
