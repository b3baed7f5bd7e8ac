<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos de Tiers-Lieux Desktop</source>
        <translation>About Tiers-Lieux Desktop</translation>
    </message>
    <message>
        <source>Licence Ouverte 2.0 (ANCT)</source>
        <translation>Licence Ouverte 2.0 (French open licence, ANCT)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tiers-Lieux Desktop {version}&lt;/h2&gt;&lt;p&gt;Catalogue de tiers-lieux, visites apprenantes et études territoriales, pour les agents publics. Fonctionne sans réseau.&lt;/p&gt;&lt;h3&gt;Données&lt;/h3&gt;&lt;ul&gt;{sources}&lt;li&gt;Communes de France (codes INSEE, codes postaux, centres) — geo.api.gouv.fr, Licence Ouverte&lt;/li&gt;&lt;li&gt;Code officiel géographique 2026, arrondissements, anciens codes — INSEE et La Poste via @etalab/decoupage-administratif, Licence Ouverte&lt;/li&gt;&lt;li&gt;Contours des communes — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte&lt;/li&gt;&lt;li&gt;Centres des arrondissements et des communes d&apos;outre-mer — GeoNames, CC BY 4.0&lt;/li&gt;&lt;li&gt;Contours des départements — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Carte&lt;/h3&gt;&lt;p&gt;Leaflet (BSD-2). Fond Plan IGN : © IGN, Géoplateforme, Licence Ouverte 2.0 (préparé pour le hors-ligne). Fond OpenStreetMap, en ligne seulement : © les contributeurs d&apos;OpenStreetMap (ODbL).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tiers-Lieux Desktop {version}&lt;/h2&gt;&lt;p&gt;A catalogue of third places (tiers-lieux), learning tours and territorial studies, for public officers. Works without a network connection.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;ul&gt;{sources}&lt;li&gt;Municipalities of France (INSEE codes, postcodes, centres) — geo.api.gouv.fr, Licence Ouverte&lt;/li&gt;&lt;li&gt;Official geographic code 2026, arrondissements, former codes — INSEE and La Poste via @etalab/decoupage-administratif, Licence Ouverte&lt;/li&gt;&lt;li&gt;Municipal boundaries — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte&lt;/li&gt;&lt;li&gt;Centres of arrondissements and overseas municipalities — GeoNames, CC BY 4.0&lt;/li&gt;&lt;li&gt;Département boundaries — IGN Admin Express COG 2018, via france-geojson, Licence Ouverte&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Map&lt;/h3&gt;&lt;p&gt;Leaflet (BSD-2). Plan IGN background: © IGN, Géoplateforme, Licence Ouverte 2.0 (prepared for offline use). OpenStreetMap background, online only: © OpenStreetMap contributors (ODbL).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Importer une liste de lieux…</source>
        <translation>&amp;Import a list of places…</translation>
    </message>
    <message>
        <source>Importer un fichier CSV ou GeoJSON de lieux</source>
        <translation>Import a CSV or GeoJSON file of places</translation>
    </message>
    <message>
        <source>Charger le catalogue de &amp;démonstration…</source>
        <translation>Load the &amp;demonstration catalogue…</translation>
    </message>
    <message>
        <source>France Services, Fabriques de territoire et Manufactures de proximité (données ouvertes)</source>
        <translation>France Services, Fabriques de territoire and Manufactures de proximité (open data)</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Nouveau lieu</source>
        <translation>&amp;New place</translation>
    </message>
    <message>
        <source>Créer une fiche de lieu</source>
        <translation>Create a place record</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la fiche</source>
        <translation>&amp;Save record</translation>
    </message>
    <message>
        <source>Enregistrer les modifications de la fiche</source>
        <translation>Save the changes to the record</translation>
    </message>
    <message>
        <source>&amp;Supprimer le lieu…</source>
        <translation>&amp;Delete place…</translation>
    </message>
    <message>
        <source>Supprimer le lieu sélectionné (annulable)</source>
        <translation>Delete the selected place (can be undone)</translation>
    </message>
    <message>
        <source>Doublons &amp;probables du catalogue…</source>
        <translation>Probable d&amp;uplicates in the catalogue…</translation>
    </message>
    <message>
        <source>Chercher les fiches qui semblent décrire le même lieu, les comparer et les fusionner</source>
        <translation>Find records that seem to describe the same place, compare them and merge them</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Aller à la recherche du catalogue</source>
        <translation>Go to the catalogue search</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la fiche</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>Ouvrir la fiche du lieu sélectionné</source>
        <translation>Open the record of the selected place</translation>
    </message>
    <message>
        <source>Fiche du &amp;lieu</source>
        <translation>Place &amp;record</translation>
    </message>
    <message>
        <source>Nouvelle &amp;visite du lieu</source>
        <translation>New &amp;visit to this place</translation>
    </message>
    <message>
        <source>Ouvrir un carnet de visite pour le lieu sélectionné</source>
        <translation>Open a visit notebook for the selected place</translation>
    </message>
    <message>
        <source>Visites &amp;apprenantes</source>
        <translation>&amp;Learning tours</translation>
    </message>
    <message>
        <source>Préparer une visite apprenante : lieux, jours, horaires</source>
        <translation>Prepare a learning tour: places, days, times</translation>
    </message>
    <message>
        <source>E&amp;xporter la synthèse de la visite (PDF)…</source>
        <translation>E&amp;xport the visit summary (PDF)…</translation>
    </message>
    <message>
        <source>Écrire la synthèse de la visite ouverte en PDF</source>
        <translation>Write the summary of the open visit as a PDF</translation>
    </message>
    <message>
        <source>Étude &amp;territoriale…</source>
        <translation>&amp;Territorial study…</translation>
    </message>
    <message>
        <source>Chiffres, graphiques, comparaison et exports d&apos;un territoire</source>
        <translation>Figures, charts, comparison and exports for a territory</translation>
    </message>
    <message>
        <source>Pré&amp;férences…</source>
        <translation>P&amp;references…</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>À &amp;propos de Tiers-Lieux Desktop…</source>
        <translation>&amp;About Tiers-Lieux Desktop…</translation>
    </message>
    <message>
        <source>&amp;Nouvelle visite apprenante…</source>
        <translation>&amp;New learning tour…</translation>
    </message>
    <message>
        <source>Préparer une visite apprenante : titre, dates, organisateur</source>
        <translation>Prepare a learning tour: title, dates, organiser</translation>
    </message>
    <message>
        <source>&amp;Dupliquer la visite apprenante…</source>
        <translation>&amp;Duplicate the learning tour…</translation>
    </message>
    <message>
        <source>Copier la visite apprenante ouverte à de nouvelles dates (participants et étapes, sans les notes)</source>
        <translation>Copy the open learning tour to new dates (participants and stops, without the notes)</translation>
    </message>
    <message>
        <source>&amp;Feuille de route (PDF)…</source>
        <translation>&amp;Programme sheet (PDF)…</translation>
    </message>
    <message>
        <source>Le programme jour par jour, pour les participants</source>
        <translation>The day-by-day programme, for the participants</translation>
    </message>
    <message>
        <source>&amp;Livret de la visite apprenante (PDF)…</source>
        <translation>Learning tour &amp;booklet (PDF)…</translation>
    </message>
    <message>
        <source>Programme, synthèse de chaque visite et comparaison des lieux</source>
        <translation>Programme, summary of each visit and comparison of the places</translation>
    </message>
    <message>
        <source>&amp;Toutes les visites</source>
        <translation>&amp;All visits</translation>
    </message>
    <message>
        <source>La liste de toutes les visites, avec des filtres</source>
        <translation>The list of all visits, with filters</translation>
    </message>
    <message>
        <source>Mode &amp;écriture (plein écran)</source>
        <translation>&amp;Writing mode (full screen)</translation>
    </message>
    <message>
        <source>Écrire les notes du carnet sur tout l&apos;écran (F11 ou Ctrl+Maj+F ; Échap pour revenir)</source>
        <translation>Write the notebook’s notes on the whole screen (F11 or Ctrl+Shift+F; Esc to come back)</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visites</source>
        <translation>Vi&amp;sits</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Outils</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation>Programmes and labels</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Rechercher un lieu, une commune, un type… (sans accents)</source>
        <translation>Search for a place, a municipality, a type… (accents optional)</translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Tous les programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Tous les départements</source>
        <translation>All départements</translation>
    </message>
    <message>
        <source>Accueille un service public</source>
        <translation>Hosts a public service</translation>
    </message>
    <message>
        <source>{n} lieu</source>
        <translation>{n} place</translation>
    </message>
    <message>
        <source>{n} lieux</source>
        <translation>{n} places</translation>
    </message>
    <message>
        <source>{n} lieu sur {total}</source>
        <translation>{n} place of {total}</translation>
    </message>
    <message>
        <source>{n} lieux sur {total}</source>
        <translation>{n} places of {total}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Vérification avant l&apos;import</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Rien n&apos;est encore écrit. L&apos;import se fera en une fois : interrompu, il ne laisse rien.</source>
        <translation>Nothing has been written yet. The import is done in one go: if interrupted, it leaves nothing behind.</translation>
    </message>
    <message>
        <source>Géocoder les adresses en ligne…</source>
        <translation>Geocode the addresses online…</translation>
    </message>
    <message>
        <source>Placer à leur adresse, avec le service national de géocodage (Géoplateforme, en ligne), les lieux qui n&apos;ont que la position de leur commune. Rien n&apos;est envoyé sans votre accord.</source>
        <translation>Place at their address, with the French national geocoding service (Géoplateforme, online), the places that only have the position of their municipality. Nothing is sent without your consent.</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>{read} ligne(s) lue(s) : {create} lieu(x) à créer</source>
        <translation>{read} line(s) read: {create} place(s) to create</translation>
    </message>
    <message>
        <source>{n} à mettre à jour</source>
        <translation>{n} to update</translation>
    </message>
    <message>
        <source>{n} déjà au catalogue</source>
        <translation>{n} already in the catalogue</translation>
    </message>
    <message>
        <source>{n} en double dans le fichier</source>
        <translation>{n} duplicated in the file</translation>
    </message>
    <message>
        <source>{n} rejetée(s)</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <source>{n} avertissement(s)</source>
        <translation>{n} warning(s)</translation>
    </message>
    <message>
        <source>Types : {kinds}</source>
        <translation>Types: {kinds}</translation>
    </message>
    <message>
        <source>Mettre à jour les {n} lieu(x) déjà importés de cette liste (même identifiant)</source>
        <translation>Update the {n} place(s) already imported from this list (same identifier)</translation>
    </message>
    <message>
        <source>Compléter les lieux déjà présents ({n} au catalogue, {m} en double dans le fichier) au lieu de les créer une seconde fois</source>
        <translation>Complete the places already present ({n} in the catalogue, {m} duplicated in the file) instead of creating them a second time</translation>
    </message>
    <message>
        <source>Géocoder {n} adresse(s) en ligne…</source>
        <translation>Geocode {n} address(es) online…</translation>
    </message>
    <message>
        <source>Géocoder les adresses</source>
        <translation>Geocode the addresses</translation>
    </message>
    <message>
        <source>Les adresses de {n} lieu(x) vont être envoyées au service national de géocodage (Géoplateforme, data.geopf.fr), par lots, pour les placer à leur adresse. Il faut être connecté à internet. Continuer ?</source>
        <translation>The addresses of {n} place(s) will be sent to the French national geocoding service (Géoplateforme, data.geopf.fr), in batches, to place them at their address. An Internet connection is needed. Continue?</translation>
    </message>
    <message>
        <source>Géocodage : {updated} lieu(x) placé(s) à l&apos;adresse, {uncertain} réponse(s) incertaine(s) non retenue(s), {missing} adresse(s) non trouvée(s).</source>
        <translation>Geocoding: {updated} place(s) placed at their address, {uncertain} uncertain answer(s) not kept, {missing} address(es) not found.</translation>
    </message>
    <message>
        <source>À créer</source>
        <translation>To create</translation>
    </message>
    <message>
        <source>Mise à jour</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Déjà au catalogue</source>
        <translation>Already in the catalogue</translation>
    </message>
    <message>
        <source>Toutes les lignes</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Mises à jour</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>En double dans le fichier</source>
        <translation>Duplicated in the file</translation>
    </message>
    <message>
        <source>Rejetées</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>En double</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejetée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Ce que vous avez saisi dans le carnet n&apos;a pas pu être enregistré :
{reason}

Réessayez après avoir réglé le problème, ou enregistrez une copie du texte non enregistré dans un autre dossier (une clé USB…).</source>
        <translation>What you typed in the notebook could not be saved:
{reason}

Try again once the problem is solved, or save a copy of the unsaved text in another folder (a USB stick…).</translation>
    </message>
    <message>
        <source>Une réponse du carnet n&apos;a pas pu être enregistrée (elle est signalée en rouge).</source>
        <translation>An answer in the notebook could not be saved (it is marked in red).</translation>
    </message>
    <message>
        <source>Carnet non enregistré</source>
        <translation>Notebook not saved</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Fermer sans enregistrer</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enregistrer une copie du carnet</source>
        <translation>Save a copy of the notebook</translation>
    </message>
    <message>
        <source>carnet-non-enregistre.txt</source>
        <translation>unsaved-notebook.txt</translation>
    </message>
    <message>
        <source>Texte (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite dans « {path} » : {reason}.</source>
        <translation>The copy could not be written to “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Ce que contient chaque colonne. Les colonnes non reprises peuvent être gardées comme « autres informations » dans la description du lieu.</source>
        <translation>What each column holds. Columns not used can be kept as “other information” in the description of the place.</translation>
    </message>
    <message>
        <source>Colonne du fichier</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Exemples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>par défaut : le nom du fichier</source>
        <translation>default: the name of the file</translation>
    </message>
    <message>
        <source>Reconnaître d&apos;après les coordonnées</source>
        <translation>Recognise from the coordinates</translation>
    </message>
    <message>
        <source>Projection des X/Y</source>
        <translation>Projection of X/Y</translation>
    </message>
    <message>
        <source>Les coordonnées sont celles des communes, pas des lieux (positions approximatives)</source>
        <translation>The coordinates are those of the municipalities, not of the places (approximate positions)</translation>
    </message>
    <message>
        <source>Enregistrer la correspondance…</source>
        <translation>Save the mapping…</translation>
    </message>
    <message>
        <source>Charger une correspondance…</source>
        <translation>Load a mapping…</translation>
    </message>
    <message>
        <source>Nom de la liste (source)</source>
        <translation>Name of the list (source)</translation>
    </message>
    <message>
        <source>Correspondance reprise de la dernière liste importée qui avait ces colonnes.</source>
        <translation>Mapping taken from the last list imported with these columns.</translation>
    </message>
    <message>
        <source>Correspondance chargée depuis un fichier.</source>
        <translation>Mapping loaded from a file.</translation>
    </message>
    <message>
        <source>Correspondance devinée d&apos;après les noms des colonnes : vérifiez-la.</source>
        <translation>Mapping guessed from the names of the columns: check it.</translation>
    </message>
    <message>
        <source>Devinées d&apos;après leurs valeurs (à vérifier) : {columns}.</source>
        <translation>Guessed from their values (to check): {columns}.</translation>
    </message>
    <message>
        <source>Enregistrer la correspondance</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <source>Correspondance (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <source>Charger une correspondance</source>
        <translation>Load a mapping</translation>
    </message>
</context>
<context>
    <name>DocumentExports</name>
    <message>
        <source>Exporter la feuille de route</source>
        <translation>Export the programme sheet</translation>
    </message>
    <message>
        <source>Exporter le livret de la visite apprenante</source>
        <translation>Export the learning tour booklet</translation>
    </message>
    <message>
        <source>Inclure les participants et les personnes rencontrées ?</source>
        <translation>Include the participants and the people met?</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Ce sont des données personnelles : ne les diffusez qu&apos;aux personnes concernées.</source>
        <translation>This is personal data: share it only with the people concerned.</translation>
    </message>
    <message>
        <source>Document écrit : {path}</source>
        <translation>Document written: {path}</translation>
    </message>
    <message>
        <source>Écriture du document…</source>
        <translation>Writing the document…</translation>
    </message>
    <message>
        <source>Ouvrez d&apos;abord une visite.</source>
        <translation>First open a visit.</translation>
    </message>
    <message>
        <source>Exporter la synthèse de la visite</source>
        <translation>Export the visit summary</translation>
    </message>
    <message>
        <source>Inclure les personnes rencontrées dans le document ?</source>
        <translation>Include the people met in the document?</translation>
    </message>
    <message>
        <source>Synthèse écrite : {path}</source>
        <translation>Summary written: {path}</translation>
    </message>
    <message>
        <source>Écriture de la synthèse…</source>
        <translation>Writing the summary…</translation>
    </message>
</context>
<context>
    <name>DocumentNotice</name>
    <message>
        <source>Ouvrir le document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Fermer ce message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Document écrit : {name}</source>
        <translation>Document written: {name}</translation>
    </message>
    <message>
        <source>« {path} » n&apos;existe plus (déplacé ou supprimé ?).</source>
        <translation>“{path}” no longer exists (moved or deleted?).</translation>
    </message>
    <message>
        <source>Aucune application n&apos;a pu ouvrir « {name} ». Il est dans le dossier « {folder} ».</source>
        <translation>No application could open “{name}”. It is in the folder “{folder}”.</translation>
    </message>
</context>
<context>
    <name>DocumentOptionsBox</name>
    <message>
        <source>Langue du document</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>&amp;Langue du document :</source>
        <translation>Document &amp;language:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>même identifiant</source>
        <translation>same identifier</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>Doublons probables du catalogue</source>
        <translation>Probable duplicates in the catalogue</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Semble être</source>
        <translation>Seems to be</translation>
    </message>
    <message>
        <source>Certitude</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Paires de fiches qui semblent décrire le même lieu</source>
        <translation>Pairs of records that seem to describe the same place</translation>
    </message>
    <message>
        <source>Comparer et fusionner…</source>
        <translation>Compare and merge…</translation>
    </message>
    <message>
        <source>Pas un doublon</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Ces deux fiches décrivent deux lieux différents : ne plus proposer cette paire (Ctrl+Z pour revenir en arrière)</source>
        <translation>These two records are two different places: stop offering this pair (Ctrl+Z to take it back)</translation>
    </message>
    <message>
        <source>Ouvrir la fiche</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Chercher à nouveau</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Recherche des doublons probables…</source>
        <translation>Looking for probable duplicates…</translation>
    </message>
    <message>
        <source>La recherche n&apos;a pas abouti.</source>
        <translation>The search could not be completed.</translation>
    </message>
    <message>
        <source>Recherche annulée.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <source>{n} paire(s) de fiches semblent décrire le même lieu, parmi {total} lieux. « À vérifier » : même nom dans la même commune, sans adresse ni position précise pour trancher.</source>
        <translation>{n} pair(s) of records seem to describe the same place, among {total} places. “To check”: same name in the same municipality, with no address or precise position to decide.</translation>
    </message>
    <message>
        <source>Aucun doublon probable parmi les {total} lieux du catalogue.</source>
        <translation>No probable duplicates among the {total} places in the catalogue.</translation>
    </message>
    <message>
        <source>{n} paire(s) dite(s) « pas un doublon » ne sont plus proposées.</source>
        <translation>{n} pair(s) marked “not a duplicate” are no longer offered.</translation>
    </message>
    <message>
        <source>« {first} » et « {second} » : pas un doublon</source>
        <translation>“{first}” and “{second}”: not a duplicate</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Copier le tableau</source>
        <translation>Copy the table</translation>
    </message>
    <message>
        <source>Copie les chiffres (texte séparé par des tabulations, pour un tableur)</source>
        <translation>Copies the figures (tab-separated text, for a spreadsheet)</translation>
    </message>
    <message>
        <source>Graphique : {title}</source>
        <translation>Chart: {title}</translation>
    </message>
    <message>
        <source>Les mêmes chiffres sont dans le tableau qui suit.</source>
        <translation>The same figures are in the table that follows.</translation>
    </message>
    <message>
        <source>Tableau : {title}</source>
        <translation>Table: {title}</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Valeur ({unit})</source>
        <translation>Value ({unit})</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Aperçu du fichier</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <source>Vérifiez que les colonnes et les accents sont bien lus ; sinon, changez l&apos;encodage, le séparateur ou la feuille.</source>
        <translation>Check that the columns and accents are read correctly; if not, change the encoding, the separator or the sheet.</translation>
    </message>
    <message>
        <source>Reconnaître</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Point-virgule (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Virgule (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tabulation</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Barre verticale (|)</source>
        <translation>Vertical bar (|)</translation>
    </message>
    <message>
        <source>Oui : la première ligne nomme les colonnes</source>
        <translation>Yes: the first line names the columns</translation>
    </message>
    <message>
        <source>Non : la première ligne est déjà un lieu</source>
        <translation>No: the first line is already a place</translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Séparateur</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Ligne d&apos;en-tête</source>
        <translation>Header line</translation>
    </message>
    <message>
        <source>texte CSV</source>
        <translation>CSV text</translation>
    </message>
    <message>
        <source>classeur Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>classeur Excel (ancien)</source>
        <translation>Excel workbook (old format)</translation>
    </message>
    <message>
        <source>classeur OpenDocument</source>
        <translation>OpenDocument workbook</translation>
    </message>
    <message>
        <source>{name} : {kind}, {rows} ligne(s) de lieux, {columns} colonne(s).</source>
        <translation>{name}: {kind}, {rows} line(s) of places, {columns} column(s).</translation>
    </message>
    <message>
        <source>Reconnaître ({encoding})</source>
        <translation>Detect ({encoding})</translation>
    </message>
    <message>
        <source>Reconnaître ({separator})</source>
        <translation>Detect ({separator})</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Type : {label}</source>
        <translation>Type: {label}</translation>
    </message>
    <message>
        <source>Programme : {label}</source>
        <translation>Programme: {label}</translation>
    </message>
    <message>
        <source>Service public : {label}</source>
        <translation>Public service: {label}</translation>
    </message>
    <message>
        <source>(rien : « Autre »)</source>
        <translation>(nothing: “Other”)</translation>
    </message>
    <message>
        <source>Importer « {name} »</source>
        <translation>Import “{name}”</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lecture de « {name} »…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <source>Vérification de « {name} »…</source>
        <translation>Checking “{name}”…</translation>
    </message>
    <message>
        <source>Géocodage des adresses…</source>
        <translation>Geocoding the addresses…</translation>
    </message>
    <message>
        <source>Import de « {name} »…</source>
        <translation>Importing “{name}”…</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Veuillez patienter</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Suppression de « {name} »</source>
        <translation>Deletion of “{name}”</translation>
    </message>
    <message>
        <source>Tiers-Lieux Desktop</source>
        <translation>Tiers-Lieux Desktop</translation>
    </message>
    <message>
        <source>Chargement de la carte…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <source>Fiche du lieu</source>
        <translation>Place record</translation>
    </message>
    <message>
        <source>Carnet de visite</source>
        <translation>Visit notebook</translation>
    </message>
    <message>
        <source>Visites apprenantes</source>
        <translation>Learning tours</translation>
    </message>
    <message>
        <source>Catalogue : {path}</source>
        <translation>Catalogue: {path}</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Enregistré à {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Carnet de visite rouvert là où vous l&apos;aviez laissé.</source>
        <translation>Visit notebook reopened where you left it.</translation>
    </message>
    <message>
        <source>Supprimer le lieu</source>
        <translation>Delete place</translation>
    </message>
    <message>
        <source>Supprimer « {name} » ({commune}) du catalogue ?
Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Delete “{name}” ({commune}) from the catalogue?
You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>« {name} » supprimé. Ctrl+Z pour annuler.</source>
        <translation>“{name}” deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un lieu dans le catalogue.</source>
        <translation>First choose a place in the catalogue.</translation>
    </message>
    <message>
        <source>Suppression de la visite « {label} »</source>
        <translation>Deletion of the visit “{label}”</translation>
    </message>
    <message>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Disque plein : lecture seule</source>
        <translation>Disk full: read-only</translation>
    </message>
    <message>
        <source>Le disque du catalogue était plein à l&apos;ouverture : il se consulte, mais aucune modification ne peut y être enregistrée. Libérez de la place, puis rouvrez l&apos;application.</source>
        <translation>The catalogue&apos;s disk was full when it was opened: it can be consulted, but no change can be saved to it. Free some space, then reopen the application.</translation>
    </message>
    <message>
        <source>Ce catalogue est dans un dossier où l&apos;on ne peut pas écrire : il se consulte, mais aucune modification ne peut y être enregistrée.</source>
        <translation>This catalogue is in a folder that cannot be written to: you can consult it, but no change can be saved in it.</translation>
    </message>
    <message>
        <source>Toutes les visites</source>
        <translation>All visits</translation>
    </message>
    <message>
        <source>Disque plein</source>
        <translation>Disk full</translation>
    </message>
    <message>
        <source>Le disque du catalogue « {path} » est plein : le catalogue s&apos;ouvre en consultation, et rien ne peut y être enregistré. Libérez de la place sur ce disque (fichiers volumineux, corbeille), puis rouvrez l&apos;application.</source>
        <translation>The disk of the catalogue “{path}” is full: the catalogue opens for consultation only, and nothing can be saved to it. Free some space on this disk (large files, the recycle bin), then reopen the application.</translation>
    </message>
    <message>
        <source>Catalogue en lecture seule</source>
        <translation>Read-only catalogue</translation>
    </message>
    <message>
        <source>Le catalogue « {path} » est dans un dossier où l&apos;on ne peut pas écrire (clé USB protégée, dossier partagé, droits insuffisants, ou disque plein au démarrage). Vous pouvez le consulter et exporter des documents ; rien ne peut y être modifié.</source>
        <translation>The catalogue “{path}” is in a folder that cannot be written to (write-protected USB stick, shared folder, insufficient rights, or a full disk at start-up). You can consult it and export documents; nothing in it can be changed.</translation>
    </message>
    <message>
        <source>« {name} » fusionné dans « {kept} ». Ctrl+Z pour annuler.</source>
        <translation>“{name}” merged into “{kept}”. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Enregistrez ou annulez d&apos;abord les modifications de la fiche de « {name} », puis placez-le.</source>
        <translation>First save or discard the changes to the record of “{name}”, then place it.</translation>
    </message>
    <message>
        <source>« {name} » placé sur la carte. Ctrl+Z pour annuler.</source>
        <translation>“{name}” placed on the map. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Le carnet ouvert n&apos;a pas pu être enregistré : il reste affiché.</source>
        <translation>The open notebook could not be saved: it stays on screen.</translation>
    </message>
    <message>
        <source>date à préciser</source>
        <translation>date to be confirmed</translation>
    </message>
    <message>
        <source>Supprimer la visite « {label} », ses notes, ses réponses et ses {n} photo(s) ou document(s) ?
Vous pourrez annuler avec Ctrl+Z tant que l&apos;application reste ouverte.</source>
        <translation>Delete the visit “{label}”, its notes, its answers and its {n} photo(s) or document(s)?
You can undo this with Ctrl+Z as long as the application stays open.</translation>
    </message>
    <message>
        <source>Supprimer la visite</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <source>Visite supprimée. Ctrl+Z pour annuler.</source>
        <translation>Visit deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Étude territoriale — Tiers-Lieux Desktop</source>
        <translation>Territorial study — Tiers-Lieux Desktop</translation>
    </message>
    <message>
        <source>La langue choisie s&apos;appliquera au prochain démarrage de l&apos;application.</source>
        <translation>The language chosen will apply the next time the application starts.</translation>
    </message>
    <message>
        <source>Importer une liste de lieux</source>
        <translation>Import a list of places</translation>
    </message>
    <message>
        <source>Listes de lieux (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.geojson *.json);;Tous les fichiers (*)</source>
        <translation>Lists of places (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>« {name} » importé : {changed} lieu(x) créé(s) ou complété(s), {rejected} ligne(s) rejetée(s).</source>
        <translation>“{name}” imported: {changed} place(s) created or completed, {rejected} line(s) rejected.</translation>
    </message>
    <message>
        <source>Catalogue de démonstration</source>
        <translation>Demonstration catalogue</translation>
    </message>
    <message>
        <source>Charger le catalogue de démonstration ?

Il contient des données publiques réelles : les espaces France Services, les Fabriques de territoire et les Manufactures de proximité (ANCT, Licence Ouverte). Vous pourrez modifier ou supprimer ces lieux.</source>
        <translation>Load the demonstration catalogue?

It contains real public data: the France Services centres, the Fabriques de territoire and the Manufactures de proximité (ANCT, Licence Ouverte). You can change or delete these places.</translation>
    </message>
    <message>
        <source>Catalogue de démonstration chargé : {n} lieux.</source>
        <translation>Demonstration catalogue loaded: {n} places.</translation>
    </message>
    <message>
        <source>Chargement du catalogue de démonstration…</source>
        <translation>Loading the demonstration catalogue…</translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation>Record saved.</translation>
    </message>
    <message>
        <source>⚠ Carnet non enregistré : {reason}</source>
        <translation>⚠ Notebook not saved: {reason}</translation>
    </message>
    <message>
        <source>Carnet enregistré : tout ce qui était en attente est écrit.</source>
        <translation>Notebook saved: everything that was waiting has been written.</translation>
    </message>
    <message>
        <source>Position de « {name} » sur la carte</source>
        <translation>Position of “{name}” on the map</translation>
    </message>
</context>
<context>
    <name>MapPageHost</name>
    <message>
        <source>Chargement de la carte…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <source>Carte des lieux</source>
        <translation>Map of places</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <source>Fond :</source>
        <translation>Background:</translation>
    </message>
    <message>
        <source>Fond de carte</source>
        <translation>Background map</translation>
    </message>
    <message>
        <source>Aucun (contours)</source>
        <translation>None (boundaries)</translation>
    </message>
    <message>
        <source>Préparer la visite apprenante affichée…</source>
        <translation>Prepare the learning tour shown…</translation>
    </message>
    <message>
        <source>Préparer une zone à tracer sur la carte…</source>
        <translation>Prepare an area drawn on the map…</translation>
    </message>
    <message>
        <source>Zones préparées…</source>
        <translation>Prepared areas…</translation>
    </message>
    <message>
        <source>Télécharger les tuiles manquantes quand le réseau est là</source>
        <translation>Download missing tiles when the network is available</translation>
    </message>
    <message>
        <source>Ouvrez une visite apprenante pour la préparer.</source>
        <translation>Open a learning tour to prepare it.</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Préparer le fond de carte pour travailler sans réseau</source>
        <translation>Prepare the background map for working without a network</translation>
    </message>
    <message>
        <source>Voir les résultats</source>
        <translation>Show results</translation>
    </message>
    <message>
        <source>Montrer tous les lieux affichés (ou la visite, quand elle est seule)</source>
        <translation>Show all the places listed (or the tour, when shown alone)</translation>
    </message>
    <message>
        <source>Visite seule</source>
        <translation>Tour alone</translation>
    </message>
    <message>
        <source>Estomper les autres lieux du catalogue</source>
        <translation>Fade the catalogue&apos;s other places</translation>
    </message>
    <message>
        <source>Placer sur la carte</source>
        <translation>Place on the map</translation>
    </message>
    <message>
        <source>Cliquer sur la carte à l&apos;emplacement de « {name} » (ou faire glisser son repère)</source>
        <translation>Click on the map where “{name}” is (or drag its marker)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Cliquez sur la carte à l&apos;emplacement du lieu (Échap pour annuler).</source>
        <translation>Click on the map where the place is (Esc to cancel).</translation>
    </message>
    <message>
        <source>Visite apprenante « {title} »</source>
        <translation>Learning tour “{title}”</translation>
    </message>
    <message>
        <source>Visite apprenante</source>
        <translation>Learning tour</translation>
    </message>
    <message>
        <source>Aucune étape de cette visite n&apos;est placée sur la carte.</source>
        <translation>None of this tour&apos;s stops is placed on the map.</translation>
    </message>
    <message>
        <source>Tracez la zone sur la carte en faisant glisser la souris (Échap pour annuler).</source>
        <translation>Draw the area on the map by dragging the mouse (Esc to cancel).</translation>
    </message>
    <message>
        <source>Zone tracée sur la carte</source>
        <translation>Area drawn on the map</translation>
    </message>
    <message>
        <source>Hors ligne — fond de carte en cache</source>
        <translation>Offline — background map from the cache</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>{latitude} ; {longitude}</source>
        <translation>{latitude}, {longitude}</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Types de lieu</source>
        <translation>Types of place</translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation>Programmes and labels</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source principale</source>
        <translation>Main source</translation>
    </message>
    <message>
        <source>Fusionner deux fiches du même lieu</source>
        <translation>Merge two records of the same place</translation>
    </message>
    <message>
        <source>Choisissez, ligne par ligne, la valeur à garder. Les visites, photos, étapes de visites apprenantes et sources des deux fiches sont toutes conservées ; la fiche de droite va à la corbeille. Ctrl+Z annule la fusion tant que l&apos;application reste ouverte.</source>
        <translation>Choose, row by row, the value to keep. The visits, photos, learning tour stops and sources of both records are all kept; the record on the right goes to the bin. Ctrl+Z undoes the merge as long as the application stays open.</translation>
    </message>
    <message>
        <source>Fiche conservée</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <source>Fiche mise à la corbeille</source>
        <translation>Record moved to the bin</translation>
    </message>
    <message>
        <source>Photo de couverture</source>
        <translation>Cover photo</translation>
    </message>
    <message>
        <source>Conservé des deux fiches</source>
        <translation>Kept from both records</translation>
    </message>
    <message>
        <source>{visits} visite(s), {files} photo(s) ou document(s), {stops} étape(s), {sources} source(s)</source>
        <translation>{visits} visit(s), {files} photo(s) or document(s), {stops} stop(s), {sources} source(s)</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>(vide des deux côtés)</source>
        <translation>(empty on both sides)</translation>
    </message>
    <message>
        <source>Identique dans les deux fiches</source>
        <translation>Identical in both records</translation>
    </message>
    <message>
        <source>les deux</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Fusion de « {name} »</source>
        <translation>Merge of “{name}”</translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <source>Réponse modifiée</source>
        <translation>Answer changed</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Date, auteur et étape de la visite ; suppression</source>
        <translation>Date, author and stop of the visit; deletion</translation>
    </message>
    <message>
        <source>Modifier la date, l&apos;auteur, l&apos;étape…</source>
        <translation>Change the date, author, stop…</translation>
    </message>
    <message>
        <source>Supprimer la visite…</source>
        <translation>Delete the visit…</translation>
    </message>
    <message>
        <source>Plein écran</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Mode écriture : le carnet sur tout l&apos;écran (F11 ou Ctrl+Maj+F ; Échap pour revenir)</source>
        <translation>Writing mode: the notebook on the whole screen (F11 or Ctrl+Shift+F; Esc to come back)</translation>
    </message>
    <message>
        <source>Notes libres : ce que vous voyez, entendez, retenez…</source>
        <translation>Free notes: what you see, hear, remember…</translation>
    </message>
    <message>
        <source>Notes libres</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>Grille</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Grille d&apos;observation</source>
        <translation>Observation grid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Personnes rencontrées</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos et documents joints à la visite</source>
        <translation>Photos and documents attached to the visit</translation>
    </message>
    <message>
        <source>Aucune visite ouverte</source>
        <translation>No visit open</translation>
    </message>
    <message>
        <source>date à préciser</source>
        <translation>date to be confirmed</translation>
    </message>
    <message>
        <source>Lecture seule : ce catalogue ne peut pas être modifié ici (voir la barre d&apos;état).</source>
        <translation>Read only: this catalog cannot be changed here (see the status bar).</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Commentaire : {theme}</source>
        <translation>Comment: {theme}</translation>
    </message>
    <message>
        <source>Quitter le plein écran</source>
        <translation>Leave full screen</translation>
    </message>
</context>
<context>
    <name>OfflinePreparer</name>
    <message>
        <source>Téléchargement du fond de carte de « {label} »…</source>
        <translation>Downloading the background map of “{label}”…</translation>
    </message>
    <message>
        <source>« {label} » prête pour le hors-ligne : {n} tuiles téléchargées ({size}), {already} déjà en cache.</source>
        <translation>“{label}” ready for offline use: {n} tiles downloaded ({size}), {already} already cached.</translation>
    </message>
    <message>
        <source>{n} tuiles n&apos;ont pas pu être obtenues.</source>
        <translation>{n} tiles could not be fetched.</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>Données personnelles : ne notez que ce qui est utile à l&apos;étude. Chaque export permet de les laisser de côté.</source>
        <translation>Personal data: note only what the study needs. Every export can leave it out.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Double-clic ou F2 pour corriger une case</source>
        <translation>Double-click or F2 to correct a cell</translation>
    </message>
    <message>
        <source>Nom *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer de la visite</source>
        <translation>Remove from the visit</translation>
    </message>
    <message>
        <source>Retirer de la visite apprenante</source>
        <translation>Remove from the learning tour</translation>
    </message>
    <message>
        <source>Effacer partout…</source>
        <translation>Erase everywhere…</translation>
    </message>
    <message>
        <source>Supprimer cette personne de toutes les visites et visites apprenantes (droit à l&apos;effacement)</source>
        <translation>Delete this person from every visit and learning tour (right to erasure)</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Ajouter les personnes d&apos;un tableur Excel (.xlsx) ou CSV (colonnes Nom, Prénom, Fonction, Service, Courriel…)</source>
        <translation>Add the people of an Excel (.xlsx) or CSV spreadsheet (columns such as Nom, Prénom, Fonction, Service, Courriel, or Name, Role, Email…)</translation>
    </message>
    <message>
        <source>Exporter (CSV)…</source>
        <translation>Export (CSV)…</translation>
    </message>
    <message>
        <source>Enregistrer la liste des participants pour un tableur</source>
        <translation>Save the list of participants for a spreadsheet</translation>
    </message>
    <message>
        <source>Le nom ne peut pas être vide : pour retirer la personne, utilisez « Retirer ».</source>
        <translation>The name cannot be empty: to remove the person, use “Remove”.</translation>
    </message>
    <message>
        <source>Effacer une personne</source>
        <translation>Erase a person</translation>
    </message>
    <message>
        <source>Effacer « {name} » de toutes les visites et visites apprenantes ? Cette suppression est définitive.</source>
        <translation>Erase “{name}” from every visit and learning tour? This deletion is permanent.</translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Tableurs (*.xlsx *.csv *.txt);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import des participants impossible</source>
        <translation>The participants cannot be imported</translation>
    </message>
    <message>
        <source>ligne {line} : {reason}{name}</source>
        <translation>line {line}: {reason}{name}</translation>
    </message>
    <message>
        <source>{n} personne(s) trouvée(s) dans « {file} ».</source>
        <translation>{n} person(s) found in “{file}”.</translation>
    </message>
    <message>
        <source>Lignes laissées de côté :</source>
        <translation>Lines left out:</translation>
    </message>
    <message>
        <source>Ajouter ces personnes aux participants ? Ce sont des données personnelles : n&apos;importez que ce qui est utile à la visite.</source>
        <translation>Add these people to the participants? This is personal data: import only what the tour needs.</translation>
    </message>
    <message>
        <source>{n} participant(s) ajouté(s).</source>
        <translation>{n} participant(s) added.</translation>
    </message>
    <message>
        <source>Déjà inscrits : {names}.</source>
        <translation>Already registered: {names}.</translation>
    </message>
    <message>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>La liste des participants contient des données personnelles. Ne la transmettez qu&apos;aux personnes qui en ont besoin.

Inclure leurs coordonnées (courriel, téléphone) ?</source>
        <translation>The list of participants contains personal data. Pass it on only to the people who need it.

Include their contact details (email, phone)?</translation>
    </message>
    <message>
        <source>Avec les coordonnées</source>
        <translation>With contact details</translation>
    </message>
    <message>
        <source>Sans les coordonnées</source>
        <translation>Without contact details</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporter les participants</source>
        <translation>Export the participants</translation>
    </message>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Photos de la visite</source>
        <translation>Photos of the visit</translation>
    </message>
    <message>
        <source>Aucune photo. Glissez des photos ici, collez-les (Ctrl+V) ou cliquez sur « Ajouter des photos… ».</source>
        <translation>No photos. Drag photos here, paste them (Ctrl+V) or click “Add photos…”.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Légende : ce que montre la photo</source>
        <translation>Caption: what the photo shows</translation>
    </message>
    <message>
        <source>Légende</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Photo de couverture du lieu</source>
        <translation>Cover photo of the place</translation>
    </message>
    <message>
        <source>◀ Précédente</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Suivante ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>prise le {date} à {time}</source>
        <translation>taken on {date} at {time}</translation>
    </message>
    <message>
        <source>Cette photo n&apos;a pas pu être lue.</source>
        <translation>This photo could not be read.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Retrait de « {name} »</source>
        <translation>Removal of “{name}”</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Ajouter des photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Joindre un document…</source>
        <translation>Attach a document…</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Documents joints</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Aucun document. Glissez ici une plaquette, un tableau de chiffres…</source>
        <translation>No documents. Drag a brochure, a table of figures… here.</translation>
    </message>
    <message>
        <source>Documents joints (double-clic pour ouvrir)</source>
        <translation>Attached documents (double-click to open)</translation>
    </message>
    <message>
        <source>Prise le {date} à {time}</source>
        <translation>Taken on {date} at {time}</translation>
    </message>
    <message>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Photo de couverture du lieu</source>
        <translation>Cover photo of the place</translation>
    </message>
    <message>
        <source>Ajouter des photos à la visite</source>
        <translation>Add photos to the visit</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <source>Joindre des documents à la visite</source>
        <translation>Attach documents to the visit</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>Image collée</source>
        <translation>Pasted image</translation>
    </message>
    <message>
        <source>L&apos;image du presse-papiers n&apos;a pas pu être lue.</source>
        <translation>The image on the clipboard could not be read.</translation>
    </message>
    <message>
        <source>Le presse-papiers ne contient ni photo ni fichier.</source>
        <translation>The clipboard holds neither a photo nor a file.</translation>
    </message>
    <message>
        <source>Un ajout est déjà en cours ; attendez qu&apos;il finisse.</source>
        <translation>Files are already being added; wait until they are done.</translation>
    </message>
    <message>
        <source>Ajout des photos…</source>
        <translation>Adding the photos…</translation>
    </message>
    <message>
        <source>{n} fichier(s) joint(s) à la visite.</source>
        <translation>{n} file(s) attached to the visit.</translation>
    </message>
    <message>
        <source>{n} fichier(s) déjà joint(s) : ignoré(s).</source>
        <translation>{n} file(s) already attached: ignored.</translation>
    </message>
    <message>
        <source>Ajout annulé ; les fichiers déjà copiés restent joints.</source>
        <translation>Adding cancelled; the files already copied stay attached.</translation>
    </message>
    <message>
        <source>{n} fichier(s) n&apos;ont pas été joints :</source>
        <translation>{n} file(s) were not attached:</translation>
    </message>
    <message>
        <source>Fichiers refusés</source>
        <translation>Files refused</translation>
    </message>
    <message>
        <source>Date de la visite reprise des photos : {date}.</source>
        <translation>Visit date taken from the photos: {date}.</translation>
    </message>
    <message>
        <source>« {site} » n&apos;a pas de position sur la carte.</source>
        <translation>“{site}” has no position on the map.</translation>
    </message>
    <message>
        <source>« {site} » est placé au centre de sa commune, approximativement.</source>
        <translation>“{site}” is placed at the centre of its municipality, approximately.</translation>
    </message>
    <message>
        <source>Une photo a été prise en {lat} ; {lon}. Placer le lieu à cet endroit ?</source>
        <translation>A photo was taken at {lat}; {lon}. Put the place at that spot?</translation>
    </message>
    <message>
        <source>Position de la photo</source>
        <translation>Position of the photo</translation>
    </message>
    <message>
        <source>« {site} » placé d&apos;après la photo.</source>
        <translation>“{site}” placed from the photo.</translation>
    </message>
    <message>
        <source>Lecture seule : les photos de ce catalogue se consultent, sans modification.</source>
        <translation>Read only: the photos of this catalog can be looked at, not changed.</translation>
    </message>
    <message>
        <source>Légende</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Légende de « {name} » :</source>
        <translation>Caption of “{name}”:</translation>
    </message>
    <message>
        <source>Photo de couverture du lieu retirée.</source>
        <translation>Cover photo of the place removed.</translation>
    </message>
    <message>
        <source>Photo de couverture du lieu choisie.</source>
        <translation>Cover photo of the place chosen.</translation>
    </message>
    <message>
        <source>Retiré de la visite (Ctrl+Z pour annuler).</source>
        <translation>Removed from the visit (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <source>Aucune application de cet ordinateur n&apos;ouvre « {name} ».</source>
        <translation>No application on this computer opens “{name}”.</translation>
    </message>
    <message>
        <source>Ouvrir en grand</source>
        <translation>Open full size</translation>
    </message>
    <message>
        <source>Modifier la légende…</source>
        <translation>Edit the caption…</translation>
    </message>
    <message>
        <source>Déplacer vers la gauche</source>
        <translation>Move left</translation>
    </message>
    <message>
        <source>Déplacer vers la droite</source>
        <translation>Move right</translation>
    </message>
    <message>
        <source>Ouvrir avec l&apos;application du système</source>
        <translation>Open with the system&apos;s application</translation>
    </message>
    <message>
        <source>Retirer de la visite</source>
        <translation>Remove from the visit</translation>
    </message>
    <message>
        <source>Coller</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Modifier la description…</source>
        <translation>Edit the description…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>La langue choisie s&apos;appliquera au prochain démarrage de l&apos;application.</source>
        <translation>The language chosen will apply the next time the application starts.</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Automatique (langue du système : {language})</source>
        <translation>Automatic (system language: {language})</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>La langue des documents (PDF, exports) se choisit au moment de les exporter.</source>
        <translation>The language of documents (PDFs, exports) is chosen when you export them.</translation>
    </message>
</context>
<context>
    <name>PrepareOfflineDialog</name>
    <message>
        <source>Préparer le fond de carte hors ligne</source>
        <translation>Prepare the background map for offline use</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Fond de carte</source>
        <translation>Background map</translation>
    </message>
    <message>
        <source>Plan IGN (seul fond préparé : celui d&apos;OpenStreetMap ne peut pas l&apos;être)</source>
        <translation>Plan IGN (the only background prepared: OpenStreetMap&apos;s cannot be)</translation>
    </message>
    <message>
        <source>Zoom minimal</source>
        <translation>Minimum zoom</translation>
    </message>
    <message>
        <source>Zoom maximal</source>
        <translation>Maximum zoom</translation>
    </message>
    <message>
        <source>Zoom maximal (17 : les rues et les numéros)</source>
        <translation>Maximum zoom (17: streets and house numbers)</translation>
    </message>
    <message>
        <source>Calcul…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Taille estimée</source>
        <translation>Estimated size</translation>
    </message>
    <message>
        <source>Cache du Plan IGN</source>
        <translation>Plan IGN cache</translation>
    </message>
    <message>
        <source>Télécharger</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>C&apos;est plus de {limit} tuiles : tracez une zone plus petite ou baissez le zoom maximal.</source>
        <translation>That is more than {limit} tiles: draw a smaller area or lower the maximum zoom.</translation>
    </message>
    <message>
        <source>{n} (dont {cached} déjà en cache)</source>
        <translation>{n} ({cached} of them already cached)</translation>
    </message>
    <message>
        <source>rien à télécharger</source>
        <translation>nothing to download</translation>
    </message>
    <message>
        <source>{used} sur {cap}</source>
        <translation>{used} of {cap}</translation>
    </message>
    <message>
        <source>Le cache dépassera sa taille maximale : les tuiles utilisées le moins récemment, hors des zones préparées, seront retirées.</source>
        <translation>The cache will exceed its maximum size: the least recently used tiles outside the prepared areas will be removed.</translation>
    </message>
</context>
<context>
    <name>PreparedAreasDialog</name>
    <message>
        <source>Zones préparées pour le hors-ligne</source>
        <translation>Areas prepared for offline use</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Étendue</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Zooms</source>
        <translation>Zooms</translation>
    </message>
    <message>
        <source>Tuiles (en cache / de la zone)</source>
        <translation>Tiles (cached / in the area)</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Préparée le</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <source>Zones préparées</source>
        <translation>Prepared areas</translation>
    </message>
    <message>
        <source>Supprimer la zone…</source>
        <translation>Delete the area…</translation>
    </message>
    <message>
        <source>Cache du Plan IGN : {n} tuiles, {used} sur {cap}.</source>
        <translation>Plan IGN cache: {n} tiles, {used} of {cap}.</translation>
    </message>
    <message>
        <source>Supprimer la zone</source>
        <translation>Delete the area</translation>
    </message>
    <message>
        <source>Supprimer la zone « {label} » et ses tuiles ({size}) ?
Les tuiles qu&apos;une autre zone utilise sont gardées.</source>
        <translation>Delete the area “{label}” and its tiles ({size})?
Tiles that another area uses are kept.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>en %, ex. 60</source>
        <translation>in %, e.g. 60</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Effacer la date (non renseigné)</source>
        <translation>Clear the date (not given)</translation>
    </message>
    <message>
        <source>Valeur enregistrée illisible : {value}</source>
        <translation>Unreadable saved value: {value}</translation>
    </message>
    <message>
        <source>un élément par ligne</source>
        <translation>one item per line</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>PMR</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Équipement</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Salles de réunion</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>Ajouter une salle</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <source>Retirer la salle</source>
        <translation>Remove the room</translation>
    </message>
    <message>
        <source>ex. grande salle</source>
        <translation>e.g. main hall</translation>
    </message>
    <message>
        <source>Nom de la salle</source>
        <translation>Name of the room</translation>
    </message>
    <message>
        <source>Nombre de personnes pour une réunion</source>
        <translation>Number of people for a meeting</translation>
    </message>
    <message>
        <source>Accessible aux personnes à mobilité réduite</source>
        <translation>Accessible to people with reduced mobility</translation>
    </message>
    <message>
        <source>Équipement de la salle</source>
        <translation>Equipment of the room</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>Nom *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>degrés décimaux, ex. 43,2965</source>
        <translation>decimal degrees, e.g. 43.2965</translation>
    </message>
    <message>
        <source>degrés décimaux, ex. 5,3698</source>
        <translation>decimal degrees, e.g. 5.3698</translation>
    </message>
    <message>
        <source>Non précisée</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Non renseignée</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Compléter depuis la commune</source>
        <translation>Complete from the municipality</translation>
    </message>
    <message>
        <source>Retrouve le code INSEE, le département et la région ; sans coordonnées, place le lieu au centre de la commune.</source>
        <translation>Finds the INSEE code, the département and the region; without coordinates, places the place at the centre of the municipality.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Visites de ce lieu</source>
        <translation>Visits to this place</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
    <message>
        <source>précision (ex. permanence le mardi)</source>
        <translation>details (e.g. drop-in on Tuesdays)</translation>
    </message>
    <message>
        <source>Précision : {service}</source>
        <translation>Details: {service}</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Précision de la position</source>
        <translation>Precision of the position</translation>
    </message>
    <message>
        <source>Localisation</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Types de lieu</source>
        <translation>Types of place</translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation>Programmes and labels</translation>
    </message>
    <message>
        <source>Salles de réunion (pour accueillir les réunions d&apos;une collectivité)</source>
        <translation>Meeting rooms (to host a local authority&apos;s meetings)</translation>
    </message>
    <message>
        <source>Visites de ce lieu (double-clic pour ouvrir le carnet)</source>
        <translation>Visits to this place (double-click to open the notebook)</translation>
    </message>
    <message>
        <source>date à préciser</source>
        <translation>date to be confirmed</translation>
    </message>
    <message>
        <source>Ouvrir le carnet</source>
        <translation>Open the notebook</translation>
    </message>
    <message>
        <source>Supprimer la visite…</source>
        <translation>Delete the visit…</translation>
    </message>
    <message>
        <source>Nouveau lieu, pas encore enregistré.</source>
        <translation>New place, not saved yet.</translation>
    </message>
    <message>
        <source>Source : {source}.</source>
        <translation>Source: {source}.</translation>
    </message>
    <message>
        <source>Source : {source}. Créé le {created}, modifié le {updated}.</source>
        <translation>Source: {source}. Created on {created}, changed on {updated}.</translation>
    </message>
    <message>
        <source>Nouveau lieu</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Réseau régional des tiers-lieux : {name}</source>
        <translation>Regional network of third places: {name}</translation>
    </message>
    <message>
        <source>Commune introuvable : vérifiez le code postal et le nom.</source>
        <translation>Municipality not found: check the postcode and the name.</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Ce lieu est peut-être déjà au catalogue</source>
        <translation>This place may already be in the catalogue</translation>
    </message>
    <message>
        <source>Le catalogue a déjà un lieu qui semble être celui-ci :</source>
        <translation>The catalogue already has a place that seems to be this one:</translation>
    </message>
    <message>
        <source>Ouvrir la fiche existante plutôt que d&apos;en créer une seconde ?</source>
        <translation>Open the existing record rather than create a second one?</translation>
    </message>
    <message>
        <source>Ouvrir la fiche existante</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Créer quand même</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Coordonnées inversées ?</source>
        <translation>Coordinates swapped?</translation>
    </message>
    <message>
        <source>Ce point tombe hors de France, mais en France si l&apos;on inverse latitude et longitude. Les inverser ?</source>
        <translation>This point falls outside France, but inside France if latitude and longitude are swapped. Swap them?</translation>
    </message>
    <message>
        <source>Lieu hors de France ?</source>
        <translation>Place outside France?</translation>
    </message>
    <message>
        <source>Ce point est hors de France. Enregistrer quand même ?</source>
        <translation>This point is outside France. Save anyway?</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>La fiche « {name} » a des modifications non enregistrées. Les enregistrer ?</source>
        <translation>The record “{name}” has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Catalogue endommagé</source>
        <translation>Damaged catalogue</translation>
    </message>
    <message>
        <source>Sauvegarde du jour impossible : {reason}</source>
        <translation>Today&apos;s backup could not be made: {reason}</translation>
    </message>
</context>
<context>
    <name>StopEditor</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>à pied</source>
        <translation>on foot</translation>
    </message>
    <message>
        <source>en voiture</source>
        <translation>by car</translation>
    </message>
    <message>
        <source>≈ {n} min {how}</source>
        <translation>≈ {n} min {how}</translation>
    </message>
    <message>
        <source>≈ {n} min {how} ({km} km)</source>
        <translation>≈ {n} min {how} ({km} km)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Heure prévue</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Fin prévue</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>nom, fonction</source>
        <translation>name, role</translation>
    </message>
    <message>
        <source>pour le joindre le jour même</source>
        <translation>to reach them on the day</translation>
    </message>
    <message>
        <source>ex. « devant l&apos;accueil, 41 rue Jobin »</source>
        <translation>e.g. “in front of the reception, 41 rue Jobin”</translation>
    </message>
    <message>
        <source>Trajet vers l&apos;étape suivante</source>
        <translation>Trip to the next stop</translation>
    </message>
    <message>
        <source>Tapez la durée réelle si vous la connaissez ; effacez-la (—) pour revenir à l&apos;estimation.</source>
        <translation>Type the real duration if you know it; clear it (—) to go back to the estimate.</translation>
    </message>
    <message>
        <source>Estimation : distance × 1,3, à pied ou en voiture</source>
        <translation>Estimate: distance × 1.3, on foot or by car</translation>
    </message>
    <message>
        <source>pendant</source>
        <translation>for</translation>
    </message>
    <message>
        <source>&amp;Heure prévue</source>
        <translation>Planned &amp;time</translation>
    </message>
    <message>
        <source>&amp;Accueilli par</source>
        <translation>&amp;Hosted by</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Rendez-vous</source>
        <translation>&amp;Meeting point</translation>
    </message>
    <message>
        <source>Trajet &amp;suivant</source>
        <translation>Trip to &amp;next stop</translation>
    </message>
    <message>
        <source>— (dernière étape du jour)</source>
        <translation>— (last stop of the day)</translation>
    </message>
    <message>
        <source>— (lieu sans position : tapez la durée)</source>
        <translation>— (place without a position: type the duration)</translation>
    </message>
    <message>
        <source>estimé : {text}</source>
        <translation>estimated: {text}</translation>
    </message>
    <message>
        <source>→ fin à {end}</source>
        <translation>→ ends at {end}</translation>
    </message>
    <message>
        <source>« {time} » n&apos;est pas une heure (de 00:00 à 23:59) : l&apos;heure enregistrée reste « {kept} ». Corrigez-la ou effacez-la.</source>
        <translation>“{time}” is not a time (00:00 to 23:59): the saved time stays “{kept}”. Correct it or clear it.</translation>
    </message>
</context>
<context>
    <name>StudyPlacesModel</name>
    <message>
        <source>Comparer</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Réseau régional</source>
        <translation>Regional network</translation>
    </message>
    <message>
        <source>Salle (pers.)</source>
        <translation>Room (people)</translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Lieux de l&apos;étude</source>
        <translation>Places in the study</translation>
    </message>
    <message>
        <source>Comparer les lieux cochés</source>
        <translation>Compare the ticked places</translation>
    </message>
    <message>
        <source>Cochez de 2 à 15 lieux dans la colonne « Comparer ».</source>
        <translation>Tick 2 to 15 places in the “Compare” column.</translation>
    </message>
    <message>
        <source>Comparaison des lieux</source>
        <translation>Comparison of places</translation>
    </message>
    <message>
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Études enregistrées</source>
        <translation>Saved studies</translation>
    </message>
    <message>
        <source>Nom de l&apos;étude</source>
        <translation>Name of the study</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;étude</source>
        <translation>Save the study</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Document PDF…</source>
        <translation>PDF document…</translation>
    </message>
    <message>
        <source>Document modifiable (DOCX)…</source>
        <translation>Editable document (DOCX)…</translation>
    </message>
    <message>
        <source>Tableur XLSX (lieux, visites, forces et fragilités)…</source>
        <translation>XLSX spreadsheet (places, visits, strengths and weaknesses)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>CSV pour Excel en français (;)…</source>
        <translation>CSV for Excel in French (;)…</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Lieux de médiation numérique (schéma national)…</source>
        <translation>Digital inclusion places (French national schema)…</translation>
    </message>
    <message>
        <source>Langue des documents et des exports de l&apos;étude</source>
        <translation>Language of the study’s documents and exports</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Marseille, Aubagne… ou codes INSEE</source>
        <translation>Marseille, Aubagne… or INSEE codes</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Prendre la zone affichée sur la carte</source>
        <translation>Take the area shown on the map</translation>
    </message>
    <message>
        <source>Cadrez la carte sur le territoire voulu, puis cliquez.</source>
        <translation>Frame the map on the territory you want, then click.</translation>
    </message>
    <message>
        <source>Aucune zone prise.</source>
        <translation>No area taken.</translation>
    </message>
    <message>
        <source>Types de lieu</source>
        <translation>Types of place</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
    <message>
        <source>Accueille au moins un service public</source>
        <translation>Hosts at least one public service</translation>
    </message>
    <message>
        <source>Réseau régional</source>
        <translation>Regional network</translation>
    </message>
    <message>
        <source>Visites</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visités ou non</source>
        <translation>Visited or not</translation>
    </message>
    <message>
        <source>Visités</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Jamais visités</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>Visite apprenante</source>
        <translation>Learning tour</translation>
    </message>
    <message>
        <source>Visite entre le</source>
        <translation>Visit between</translation>
    </message>
    <message>
        <source>Début de période</source>
        <translation>Start of period</translation>
    </message>
    <message>
        <source>Fin de période</source>
        <translation>End of period</translation>
    </message>
    <message>
        <source>indifférent</source>
        <translation>any</translation>
    </message>
    <message>
        <source> personnes</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Peut accueillir une réunion de</source>
        <translation>Can host a meeting of</translation>
    </message>
    <message>
        <source>Salle accessible (PMR)</source>
        <translation>Accessible room (reduced mobility)</translation>
    </message>
    <message>
        <source>Équipement de la salle</source>
        <translation>Equipment of the room</translation>
    </message>
    <message>
        <source>Regrouper les chiffres par</source>
        <translation>Group the figures by</translation>
    </message>
    <message>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation>Programmes and labels</translation>
    </message>
    <message>
        <source>Pendant</source>
        <translation>During</translation>
    </message>
    <message>
        <source>et le</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Regrouper par</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Étude :</source>
        <translation>Study:</translation>
    </message>
    <message>
        <source>&amp;Langue des documents :</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>Introuvable : {names}</source>
        <translation>Not found: {names}</translation>
    </message>
    <message>
        <source>Zone prise.</source>
        <translation>Area taken.</translation>
    </message>
    <message>
        <source>n&apos;importe quelle visite</source>
        <translation>any visit</translation>
    </message>
    <message>
        <source>Lecture du catalogue pour l&apos;étude…</source>
        <translation>Reading the catalogue for the study…</translation>
    </message>
    <message>
        <source>Calcul des chiffres…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>{label} : {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Aucun de ces lieux n&apos;a encore été visité : le modèle économique, le foncier, les impacts, les forces et les fragilités viendront des visites.</source>
        <translation>None of these places has been visited yet: the economic model, premises, impacts, strengths and weaknesses will come from the visits.</translation>
    </message>
    <message>
        <source>La carte n&apos;est pas encore prête.</source>
        <translation>The map is not ready yet.</translation>
    </message>
    <message>
        <source>Zone prise : latitude {s:.2f} à {n:.2f}, longitude {w:.2f} à {e:.2f}.</source>
        <translation>Area taken: latitude {s:.2f} to {n:.2f}, longitude {w:.2f} to {e:.2f}.</translation>
    </message>
    <message>
        <source>{n} lieux comparés, d&apos;après leur dernière visite.</source>
        <translation>{n} places compared, from their latest visit.</translation>
    </message>
    <message>
        <source>Nouvelle étude</source>
        <translation>New study</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Étude « {name} » enregistrée.</source>
        <translation>Study “{name}” saved.</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>etude</source>
        <translation>study</translation>
    </message>
    <message>
        <source>Exporter l&apos;étude</source>
        <translation>Export the study</translation>
    </message>
    <message>
        <source>Étude sans nom</source>
        <translation>Untitled study</translation>
    </message>
    <message>
        <source>Écrit : {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Export de l&apos;étude…</source>
        <translation>Exporting the study…</translation>
    </message>
</context>
<context>
    <name>TargetCombo</name>
    <message>
        <source>Plusieurs…</source>
        <translation>Several…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>« {value} » correspond à…</source>
        <translation>“{value}” means…</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Dupliquer la visite apprenante</source>
        <translation>Duplicate the learning tour</translation>
    </message>
    <message>
        <source>Nouvelle visite apprenante</source>
        <translation>New learning tour</translation>
    </message>
    <message>
        <source>ex. « Tiers-lieux et services publics, Marseille 2025 »</source>
        <translation>e.g. “Third places and public services, Marseille 2025”</translation>
    </message>
    <message>
        <source>la collectivité : « Ville de Marseille »</source>
        <translation>the local authority: “Ville de Marseille”</translation>
    </message>
    <message>
        <source>le service qui organise : « Direction de l&apos;attractivité »</source>
        <translation>the organising service: “Direction de l’attractivité”</translation>
    </message>
    <message>
        <source>{title} (copie)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Copiés : les {stops} étape(s) avec leurs horaires, accueil et points de rendez-vous, décalées aux nouvelles dates, et les {people} participant(s). Les notes des visites ne sont pas copiées.</source>
        <translation>Copied: the {stops} stop(s) with their times, hosts and meeting points, moved to the new dates, and the {people} participant(s). The notes of the visits are not copied.</translation>
    </message>
    <message>
        <source>Vous ajouterez ensuite les lieux, jour par jour, et les participants.</source>
        <translation>You will then add the places, day by day, and the participants.</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Organisateur</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <source>Visite apprenante</source>
        <translation>Learning tour</translation>
    </message>
    <message>
        <source>Aucune visite apprenante</source>
        <translation>No learning tour</translation>
    </message>
    <message>
        <source>Nouvelle…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Préparer une nouvelle visite apprenante</source>
        <translation>Prepare a new learning tour</translation>
    </message>
    <message>
        <source>Dupliquer…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Copier cette visite apprenante à de nouvelles dates : participants et étapes, sans les notes des visites</source>
        <translation>Copy this learning tour to new dates: participants and stops, without the notes of the visits</translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Supprimer cette visite apprenante et ses étapes (les carnets de visite restent, détachés)</source>
        <translation>Delete this learning tour and its stops (the visit notebooks stay, detached)</translation>
    </message>
    <message>
        <source>Feuille de route (PDF)…</source>
        <translation>Programme sheet (PDF)…</translation>
    </message>
    <message>
        <source>Livret (PDF)…</source>
        <translation>Booklet (PDF)…</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Trajet ensuite</source>
        <translation>Next trip</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Préparer une visite apprenante</source>
        <translation>Prepare a learning tour</translation>
    </message>
    <message>
        <source>Une visite apprenante emmène élus et agents découvrir plusieurs tiers-lieux, sur une ou plusieurs journées, pour apprendre de ce qui s&apos;y fait.

Préparez-la ici : les lieux à voir jour par jour (choisis dans le catalogue ou sur la carte), les horaires et l&apos;accueil, les participants. Imprimez la feuille de route pour le jour J ; après les visites, le livret rassemble les carnets et compare les lieux.</source>
        <translation>A learning tour takes elected officials and officers to discover several third places (tiers-lieux), over one or more days, to learn from what is done there.

Prepare it here: the places to see day by day (chosen in the catalogue or on the map), the times and hosts, the participants. Print the programme sheet for the day itself; after the visits, the booklet gathers the notebooks and compares the places.</translation>
    </message>
    <message>
        <source>Nouvelle visite apprenante…</source>
        <translation>New learning tour…</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Visite apprenante dupliquée</source>
        <translation>Learning tour duplicated</translation>
    </message>
    <message>
        <source>Ces lieux, supprimés du catalogue depuis, n&apos;ont pas été repris :
{names}</source>
        <translation>These places, deleted from the catalogue since, were not carried over:
{names}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Ajouter le lieu sélectionné</source>
        <translation>Add the selected place</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Alt+↑</source>
        <translation>Alt+↑</translation>
    </message>
    <message>
        <source>Alt+↓</source>
        <translation>Alt+↓</translation>
    </message>
    <message>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <source>Alt+→</source>
        <translation>Alt+→</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Carnet de cette étape</source>
        <translation>Notebook of this stop</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisateur (collectivité)</source>
        <translation>Organiser (local authority)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Supprimer la visite apprenante « {title} » et toutes ses étapes ?</source>
        <translation>Delete the learning tour “{title}” and all its stops?</translation>
    </message>
    <message>
        <source>Ses {n} carnet(s) de visite sont gardés, rattachés à leur lieu.</source>
        <translation>Its {n} visit notebook(s) are kept, attached to their place.</translation>
    </message>
    <message>
        <source>Supprimer la visite apprenante</source>
        <translation>Delete learning tour</translation>
    </message>
    <message>
        <source>Estimé d&apos;après la distance ; tapez la durée réelle si vous la connaissez.</source>
        <translation>Estimated from the distance; type the real duration if you know it.</translation>
    </message>
    <message>
        <source>{n} carnet(s) de visite</source>
        <translation>{n} visit notebook(s)</translation>
    </message>
    <message>
        <source>(lieu supprimé)</source>
        <translation>(place deleted)</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Valeurs</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Ce que veut dire chaque valeur des colonnes de type, de label ou de services : le type du lieu n&apos;est jamais deviné d&apos;après son nom.</source>
        <translation>What each value of the type, label or service columns means: the type of a place is never guessed from its name.</translation>
    </message>
    <message>
        <source>Aucune colonne de type, de programme ou de case oui/non : tous les lieux auront le type choisi pour toute la liste, ou « Autre ».</source>
        <translation>No type, programme or yes/no column: every place will have the type chosen for the whole list, or “Other”.</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Lignes</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Correspond à</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>(toute la liste)</source>
        <translation>(the whole list)</translation>
    </message>
    <message>
        <source>chaque lieu de la liste</source>
        <translation>every place of the list</translation>
    </message>
    <message>
        <source>oui (case cochée)</source>
        <translation>yes (box ticked)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Modifier la visite</source>
        <translation>Edit the visit</translation>
    </message>
    <message>
        <source>Date à préciser</source>
        <translation>Date to be confirmed</translation>
    </message>
    <message>
        <source>un agent, ou un groupe : « Groupe 2 — urbanisme »</source>
        <translation>an officer, or a group: “Group 2 — planning”</translation>
    </message>
    <message>
        <source>Aucune (visite hors visite apprenante)</source>
        <translation>None (visit outside a learning tour)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Étape de visite apprenante</source>
        <translation>Learning tour stop</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Visite apprenante</source>
        <translation>Learning tour</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>à préciser</source>
        <translation>to be confirmed</translation>
    </message>
    <message>
        <source>date à préciser</source>
        <translation>date to be confirmed</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Rechercher dans les lieux, les notes et les réponses…</source>
        <translation>Search the places, notes and answers…</translation>
    </message>
    <message>
        <source>Rechercher une visite</source>
        <translation>Search for a visit</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Visite apprenante</source>
        <translation>Learning tour</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>début</source>
        <translation>start</translation>
    </message>
    <message>
        <source>fin</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Visites depuis le</source>
        <translation>Visits since</translation>
    </message>
    <message>
        <source>Visites jusqu&apos;au</source>
        <translation>Visits until</translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Double-clic ou Entrée : ouvrir le carnet de la visite</source>
        <translation>Double-click or Enter: open the visit’s notebook</translation>
    </message>
    <message>
        <source>Ouvrir le carnet</source>
        <translation>Open the notebook</translation>
    </message>
    <message>
        <source>D&amp;u</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tous les lieux</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>Toutes les visites apprenantes</source>
        <translation>All learning tours</translation>
    </message>
    <message>
        <source>Tous les auteurs</source>
        <translation>All authors</translation>
    </message>
    <message>
        <source>{n} visite(s)</source>
        <translation>{n} visit(s)</translation>
    </message>
    <message>
        <source>Notes : {text}</source>
        <translation>Notes: {text}</translation>
    </message>
    <message>
        <source>Pas encore de notes.</source>
        <translation>No notes yet.</translation>
    </message>
</context>
<context>
    <name>WritingMode</name>
    <message>
        <source>Ouvrez d&apos;abord une visite : le mode écriture montre son carnet.</source>
        <translation>First open a visit: the writing mode shows its notebook.</translation>
    </message>
    <message>
        <source>Mode écriture : Échap, F11 ou Ctrl+Maj+F pour revenir.</source>
        <translation>Writing mode: Esc, F11 or Ctrl+Shift+F to come back.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Ouverture du catalogue impossible</source>
        <translation>The catalogue cannot be opened</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Coworking</source>
        <translation>Coworking space</translation>
    </message>
    <message>
        <source>Fablab / atelier partagé</source>
        <translation>Fablab / shared workshop</translation>
    </message>
    <message>
        <source>Café associatif</source>
        <translation>Community café</translation>
    </message>
    <message>
        <source>Friche culturelle</source>
        <translation>Repurposed cultural site</translation>
    </message>
    <message>
        <source>Garage solidaire</source>
        <translation>Community garage</translation>
    </message>
    <message>
        <source>Tiers-lieu nourricier</source>
        <translation>Food-focused third place</translation>
    </message>
    <message>
        <source>Manufacture de proximité</source>
        <translation>Manufacture de proximité</translation>
    </message>
    <message>
        <source>Campus connecté</source>
        <translation>Campus connecté</translation>
    </message>
    <message>
        <source>Micro-Folie</source>
        <translation>Micro-Folie</translation>
    </message>
    <message>
        <source>Espace de médiation numérique</source>
        <translation>Digital inclusion space</translation>
    </message>
    <message>
        <source>France Services</source>
        <translation>France Services</translation>
    </message>
    <message>
        <source>Tiers-lieu (sans précision)</source>
        <translation>Third place (unspecified)</translation>
    </message>
    <message>
        <source>Bibliothèque / médiathèque</source>
        <translation>Library / media library</translation>
    </message>
    <message>
        <source>Centre social, MJC, maison de quartier</source>
        <translation>Community centre, youth and culture centre (MJC)</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Fabrique de territoire</source>
        <translation>Fabrique de territoire</translation>
    </message>
    <message>
        <source>Fabrique numérique de territoire</source>
        <translation>Fabrique numérique de territoire</translation>
    </message>
    <message>
        <source>Conseiller numérique</source>
        <translation>Conseiller numérique (digital adviser)</translation>
    </message>
    <message>
        <source>Guichet France Services</source>
        <translation>France Services counter</translation>
    </message>
    <message>
        <source>Mission Locale</source>
        <translation>Mission Locale (youth employment)</translation>
    </message>
    <message>
        <source>Service municipal</source>
        <translation>Municipal service</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association (non-profit)</translation>
    </message>
    <message>
        <source>SCIC</source>
        <translation>SCIC (multi-stakeholder cooperative)</translation>
    </message>
    <message>
        <source>SCOP</source>
        <translation>SCOP (worker cooperative)</translation>
    </message>
    <message>
        <source>SAS / SARL</source>
        <translation>SAS / SARL (company)</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>À l&apos;adresse</source>
        <translation>At the address</translation>
    </message>
    <message>
        <source>Centre de la commune (approximatif)</source>
        <translation>Centre of the municipality (approximate)</translation>
    </message>
    <message>
        <source>Position GPS d&apos;une photo de visite</source>
        <translation>GPS position of a visit photo</translation>
    </message>
    <message>
        <source>Placé à la main sur la carte</source>
        <translation>Placed by hand on the map</translation>
    </message>
    <message>
        <source>Visioconférence</source>
        <translation>Video conferencing</translation>
    </message>
    <message>
        <source>Vidéoprojecteur ou écran</source>
        <translation>Projector or screen</translation>
    </message>
    <message>
        <source>Sonorisation, micros</source>
        <translation>Sound system, microphones</translation>
    </message>
    <message>
        <source>Boucle magnétique</source>
        <translation>Hearing loop</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Cuisine ou office</source>
        <translation>Kitchen or pantry</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Une erreur inattendue est survenue. Vos données enregistrées ne sont pas touchées. Les détails ci-dessous aideront l&apos;équipe à corriger le problème.</source>
        <translation>An unexpected error occurred. Your saved data is untouched. The details below will help the team fix the problem.</translation>
    </message>
    <message>
        <source>Tiers-Lieux Desktop</source>
        <translation>Tiers-Lieux Desktop</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>{n} lieu exporté dans {path}</source>
        <translation>{n} place exported to {path}</translation>
    </message>
    <message>
        <source>{n} lieux exportés dans {path}</source>
        <translation>{n} places exported to {path}</translation>
    </message>
    <message>
        <source> ; {n} laissé de côté</source>
        <translation>; {n} left out</translation>
    </message>
    <message>
        <source> ; {n} laissés de côté</source>
        <translation>; {n} left out</translation>
    </message>
    <message>
        <source> ; {n} texte plus long qu&apos;une cellule d&apos;Excel (32 767 caractères), coupé et marqué « texte coupé » : les notes entières sont dans la synthèse PDF ou l&apos;export de la visite</source>
        <translation>; {n} text longer than an Excel cell (32,767 characters), cut and marked “text cut”: the full notes are in the PDF summary or the visit&apos;s export</translation>
    </message>
    <message>
        <source> ; {n} textes plus longs qu&apos;une cellule d&apos;Excel (32 767 caractères), coupés et marqués « texte coupé » : les notes entières sont dans la synthèse PDF ou l&apos;export de la visite</source>
        <translation>; {n} texts longer than an Excel cell (32,767 characters), cut and marked “text cut”: the full notes are in the PDF summary or the visit&apos;s export</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>services_publics</source>
        <translation>public_services</translation>
    </message>
    <message>
        <source>forme_juridique</source>
        <translation>legal_form</translation>
    </message>
    <message>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <source>code_postal</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>code_insee</source>
        <translation>insee_code</translation>
    </message>
    <message>
        <source>departement</source>
        <translation>departement</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>reseau_regional</source>
        <translation>regional_network</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>position_approximative</source>
        <translation>approximate_position</translation>
    </message>
    <message>
        <source>site_web</source>
        <translation>website</translation>
    </message>
    <message>
        <source>courriel</source>
        <translation>email</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>salle_capacite_max</source>
        <translation>room_max_capacity</translation>
    </message>
    <message>
        <source>salle_pmr_capacite_max</source>
        <translation>room_accessible_max_capacity</translation>
    </message>
    <message>
        <source>salle_equipements</source>
        <translation>room_equipment</translation>
    </message>
    <message>
        <source>nombre_visites</source>
        <translation>visit_count</translation>
    </message>
    <message>
        <source>derniere_visite</source>
        <translation>last_visit</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>mise_a_jour</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>{theme} — commentaire</source>
        <translation>{theme} — comment</translation>
    </message>
    <message>
        <source> […] (texte coupé : une cellule d&apos;Excel tient 32 767 caractères)</source>
        <translation> […] (text cut: an Excel cell holds 32,767 characters)</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Visites</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>id_visite</source>
        <translation>visit_id</translation>
    </message>
    <message>
        <source>id_lieu</source>
        <translation>place_id</translation>
    </message>
    <message>
        <source>lieu</source>
        <translation>place</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>grille</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>auteur</source>
        <translation>author</translation>
    </message>
    <message>
        <source>personnes_rencontrees</source>
        <translation>people_met</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Forces et fragilités</source>
        <translation>Strengths and weaknesses</translation>
    </message>
    <message>
        <source>date_visite</source>
        <translation>visit_date</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <source>regroupement</source>
        <translation>grouping</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Fragilité</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Piste de coopération</source>
        <translation>Cooperation idea</translation>
    </message>
    <message>
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>libellé</source>
        <translation>label</translation>
    </message>
    <message>
        <source>valeur</source>
        <translation>value</translation>
    </message>
    <message>
        <source>sur</source>
        <translation>out_of</translation>
    </message>
    <message>
        <source>Chiffres clés</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>{label} : {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation>Programmes and labels</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
    <message>
        <source>Date de la visite</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Personnes rencontrées</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Photos : {n} (dossier « photos », légendes dans photos/legendes.csv)</source>
        <translation>Photos: {n} (folder “photos”, captions in photos/legendes.csv)</translation>
    </message>
    <message>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <source>légende</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>prise de vue</source>
        <translation>taken on</translation>
    </message>
    <message>
        <source>fichier d&apos;origine</source>
        <translation>original file</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>métropole</source>
        <translation>metropolitan France</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Guyane</source>
        <translation>French Guiana</translation>
    </message>
    <message>
        <source>La Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon</source>
        <translation>Saint Pierre and Miquelon</translation>
    </message>
    <message>
        <source>Saint-Martin et Saint-Barthélemy</source>
        <translation>Saint Martin and Saint Barthélemy</translation>
    </message>
    <message>
        <source>Polynésie française</source>
        <translation>French Polynesia</translation>
    </message>
    <message>
        <source>Nouvelle-Calédonie</source>
        <translation>New Caledonia</translation>
    </message>
    <message>
        <source>Wallis-et-Futuna</source>
        <translation>Wallis and Futuna</translation>
    </message>
</context>
<context>
    <name>grid</name>
    <message>
        <source>Synthèse : les lieux côte à côte</source>
        <translation>Summary: the places side by side</translation>
    </message>
    <message>
        <source>Grille d&apos;observation des tiers-lieux</source>
        <translation>Observation grid for third places</translation>
    </message>
    <message>
        <source>Grille de la visite apprenante : ce que l&apos;on observe d&apos;un tiers-lieu et de l&apos;action publique autour de lui. Chaque thème a des réponses structurées et un commentaire libre ; un thème sans réponse n&apos;est pas imprimé.</source>
        <translation>Grid for the learning tour: what to observe about a third place (tiers-lieu) and the public action around it. Each theme has structured answers and a free comment; a theme without answers is not printed.</translation>
    </message>
    <message>
        <source>Activités et services proposés</source>
        <translation>Activities and services offered</translation>
    </message>
    <message>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Espace de travail partagé</source>
        <translation>Shared workspace</translation>
    </message>
    <message>
        <source>Fabrication, atelier, réparation</source>
        <translation>Making, workshop, repair</translation>
    </message>
    <message>
        <source>Restauration, café</source>
        <translation>Food, café</translation>
    </message>
    <message>
        <source>Culture, spectacle, exposition</source>
        <translation>Culture, performances, exhibitions</translation>
    </message>
    <message>
        <source>Formation, ateliers d&apos;initiation</source>
        <translation>Training, introductory workshops</translation>
    </message>
    <message>
        <source>Médiation numérique</source>
        <translation>Digital inclusion support</translation>
    </message>
    <message>
        <source>Alimentation, agriculture urbaine</source>
        <translation>Food, urban farming</translation>
    </message>
    <message>
        <source>Réemploi, économie circulaire</source>
        <translation>Reuse, circular economy</translation>
    </message>
    <message>
        <source>Accompagnement de projets, incubation</source>
        <translation>Project support, incubation</translation>
    </message>
    <message>
        <source>Accès aux services publics</source>
        <translation>Access to public services</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Jours et heures d&apos;ouverture</source>
        <translation>Opening days and hours</translation>
    </message>
    <message>
        <source>Publics et fréquentation</source>
        <translation>Users and attendance</translation>
    </message>
    <message>
        <source>Fréquentation par semaine (personnes)</source>
        <translation>Attendance per week (people)</translation>
    </message>
    <message>
        <source>personnes</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Publics accueillis</source>
        <translation>Users welcomed</translation>
    </message>
    <message>
        <source>Habitants du quartier ou de la commune</source>
        <translation>Residents of the neighbourhood or municipality</translation>
    </message>
    <message>
        <source>Indépendants, télétravailleurs</source>
        <translation>Freelancers, remote workers</translation>
    </message>
    <message>
        <source>Jeunes</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Personnes âgées</source>
        <translation>Older people</translation>
    </message>
    <message>
        <source>Demandeurs d&apos;emploi</source>
        <translation>Jobseekers</translation>
    </message>
    <message>
        <source>Familles</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Non-profit associations</translation>
    </message>
    <message>
        <source>Entreprises</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Mixité des publics</source>
        <translation>Social mix of users</translation>
    </message>
    <message>
        <source>très faible</source>
        <translation>very low</translation>
    </message>
    <message>
        <source>très forte</source>
        <translation>very high</translation>
    </message>
    <message>
        <source>Gouvernance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Qui décide ?</source>
        <translation>Who decides?</translation>
    </message>
    <message>
        <source>Place des habitants et des usagers dans les décisions</source>
        <translation>Role of residents and users in decisions</translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Consultés</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Associés aux décisions</source>
        <translation>Involved in decisions</translation>
    </message>
    <message>
        <source>Membres de la gouvernance (sociétariat, collège)</source>
        <translation>Members of the governance (shareholders, voting college)</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Modèle économique</source>
        <translation>Economic model</translation>
    </message>
    <message>
        <source>Part d&apos;autofinancement</source>
        <translation>Share of self-financing</translation>
    </message>
    <message>
        <source>Part de subventions</source>
        <translation>Share of grants</translation>
    </message>
    <message>
        <source>Principales sources de recettes</source>
        <translation>Main sources of income</translation>
    </message>
    <message>
        <source>Location d&apos;espaces</source>
        <translation>Renting out spaces</translation>
    </message>
    <message>
        <source>Adhésions, abonnements</source>
        <translation>Memberships, subscriptions</translation>
    </message>
    <message>
        <source>Bar, restauration</source>
        <translation>Bar, catering</translation>
    </message>
    <message>
        <source>Prestations, formations</source>
        <translation>Services, training</translation>
    </message>
    <message>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Vente de productions</source>
        <translation>Sale of products</translation>
    </message>
    <message>
        <source>Subventions</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Mécénat, dons</source>
        <translation>Sponsorship, donations</translation>
    </message>
    <message>
        <source>Financements publics reçus</source>
        <translation>Public funding received</translation>
    </message>
    <message>
        <source>Pression vers l&apos;autonomie financière</source>
        <translation>Pressure towards financial self-sufficiency</translation>
    </message>
    <message>
        <source>Foncier et locaux</source>
        <translation>Land and premises</translation>
    </message>
    <message>
        <source>Statut d&apos;occupation</source>
        <translation>Occupancy status</translation>
    </message>
    <message>
        <source>Propriétaire</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Locataire</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Occupation temporaire</source>
        <translation>Temporary occupation</translation>
    </message>
    <message>
        <source>Mis à disposition par la collectivité</source>
        <translation>Provided by the local authority</translation>
    </message>
    <message>
        <source>Propriétaire des locaux</source>
        <translation>Owner of the premises</translation>
    </message>
    <message>
        <source>Fin de l&apos;occupation</source>
        <translation>End of occupancy</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
    <message>
        <source>Services accueillis</source>
        <translation>Services hosted</translation>
    </message>
    <message>
        <source>Ce que leur présence a changé pour la fréquentation</source>
        <translation>What their presence changed for attendance</translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation>Impacts</translation>
    </message>
    <message>
        <source>impact très faible</source>
        <translation>very low impact</translation>
    </message>
    <message>
        <source>impact très fort</source>
        <translation>very high impact</translation>
    </message>
    <message>
        <source>Lien social, rupture de l&apos;isolement</source>
        <translation>Social ties, breaking isolation</translation>
    </message>
    <message>
        <source>Formation, montée en compétences</source>
        <translation>Training, skills development</translation>
    </message>
    <message>
        <source>Emplois locaux</source>
        <translation>Local jobs</translation>
    </message>
    <message>
        <source>Développement économique</source>
        <translation>Economic development</translation>
    </message>
    <message>
        <source>Transition écologique</source>
        <translation>Ecological transition</translation>
    </message>
    <message>
        <source>Forces et fragilités</source>
        <translation>Strengths and weaknesses</translation>
    </message>
    <message>
        <source>Forces</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Fragilités</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Besoins et pistes de coopération</source>
        <translation>Needs and ideas for cooperation</translation>
    </message>
    <message>
        <source>Besoins exprimés</source>
        <translation>Needs expressed</translation>
    </message>
    <message>
        <source>Pistes de coopération avec la collectivité</source>
        <translation>Ideas for cooperation with the local authority</translation>
    </message>
    <message>
        <source>Forces et fragilités, modèle économique, foncier et services publics accueillis, tels que notés pendant les visites.</source>
        <translation>Strengths and weaknesses, economic model, premises and public services hosted, as noted during the visits.</translation>
    </message>
    <message>
        <source>autofinancement</source>
        <translation>self-financing</translation>
    </message>
    <message>
        <source>subventions</source>
        <translation>grants</translation>
    </message>
    <message>
        <source>Foncier</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>jusqu&apos;au</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Services publics</source>
        <translation>Public services</translation>
    </message>
</context>
<context>
    <name>mappage</name>
    <message>
        <source>Types de lieux</source>
        <translation>Types of place</translation>
    </message>
    <message>
        <source>Position approximative (centre de la commune)</source>
        <translation>Approximate position (centre of the municipality)</translation>
    </message>
    <message>
        <source>Ouvrir la fiche</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>{n} lieux : cliquer pour zoomer</source>
        <translation>{n} places: click to zoom in</translation>
    </message>
    <message>
        <source>Plan IGN</source>
        <translation>Plan IGN</translation>
    </message>
    <message>
        <source>OpenStreetMap (en ligne)</source>
        <translation>OpenStreetMap (online)</translation>
    </message>
    <message>
        <source>Recentrer sur les lieux affichés</source>
        <translation>Zoom to the places shown</translation>
    </message>
    <message>
        <source>{n} lieu affiché</source>
        <translation>{n} place shown</translation>
    </message>
    <message>
        <source>{n} lieux affichés</source>
        <translation>{n} places shown</translation>
    </message>
    <message>
        <source>Carte des tiers-lieux</source>
        <translation>Map of third places</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>du {start} au {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>[Photo illisible : {name}]</source>
        <translation>[Unreadable photo: {name}]</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <source>synthese</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>livret</source>
        <translation>booklet</translation>
    </message>
    <message>
        <source>Étude territoriale</source>
        <translation>Territorial study</translation>
    </message>
    <message>
        <source>Établie le {date} à partir du catalogue local.</source>
        <translation>Prepared on {date} from the local catalogue.</translation>
    </message>
    <message>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Tous les lieux du territoire.</source>
        <translation>All the places in the territory.</translation>
    </message>
    <message>
        <source>Chiffres clés</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Carte des lieux</source>
        <translation>Map of places</translation>
    </message>
    <message>
        <source>Points noirs : lieux visités ; points gris : lieux non visités.</source>
        <translation>Black dots: places visited; grey dots: places not visited.</translation>
    </message>
    <message>
        <source>{n} lieu sans coordonnées ne figure pas sur la carte.</source>
        <translation>{n} place without coordinates is not on the map.</translation>
    </message>
    <message>
        <source>{n} lieux sans coordonnées ne figurent pas sur la carte.</source>
        <translation>{n} places without coordinates are not on the map.</translation>
    </message>
    <message>
        <source>{n} lieu d&apos;outre-mer hors de ce fond de carte.</source>
        <translation>{n} overseas place is outside this base map.</translation>
    </message>
    <message>
        <source>{n} lieux d&apos;outre-mer hors de ce fond de carte.</source>
        <translation>{n} overseas places are outside this base map.</translation>
    </message>
    <message>
        <source>Les lieux retenus</source>
        <translation>Places selected</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>La liste des {n} lieux est dans les exports (CSV, XLSX).</source>
        <translation>The list of the {n} places is in the exports (CSV, XLSX).</translation>
    </message>
    <message>
        <source>Chiffres et graphiques</source>
        <translation>Figures and charts</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Valeur ({unit})</source>
        <translation>Value ({unit})</translation>
    </message>
    <message>
        <source>Pourcentages calculés sur {n} lieu.</source>
        <translation>Percentages calculated on {n} place.</translation>
    </message>
    <message>
        <source>Pourcentages calculés sur {n} lieux.</source>
        <translation>Percentages calculated on {n} places.</translation>
    </message>
    <message>
        <source>Aucun lieu retenu n&apos;a encore été visité : les chiffres tirés des grilles d&apos;observation (modèle économique, foncier, impacts, forces et fragilités) apparaîtront avec les visites.</source>
        <translation>None of the places selected has been visited yet: the figures taken from the observation grids (economic model, premises, impacts, strengths and weaknesses) will appear with the visits.</translation>
    </message>
    <message>
        <source>Les lieux comparés</source>
        <translation>The places compared</translation>
    </message>
    <message>
        <source>Thèmes de la grille d&apos;observation, d&apos;après la dernière visite de chaque lieu.</source>
        <translation>Themes of the observation grid, from the latest visit to each place.</translation>
    </message>
    <message>
        <source>Dernière visite : {date}</source>
        <translation>Last visit: {date}</translation>
    </message>
    <message>
        <source>Visite non datée</source>
        <translation>Undated visit</translation>
    </message>
    <message>
        <source>Étude territoriale — {name}</source>
        <translation>Territorial study — {name}</translation>
    </message>
    <message>
        <source>{name} — étude territoriale</source>
        <translation>{name} — territorial study</translation>
    </message>
    <message>
        <source>Étude territoriale — {territory}</source>
        <translation>Territorial study — {territory}</translation>
    </message>
    <message>
        <source>Chiffre</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>{n} lieu, dont {visited} visité</source>
        <translation>{n} place, {visited} of them visited</translation>
    </message>
    <message>
        <source>{n} lieux, dont {visited} visités</source>
        <translation>{n} places, {visited} of them visited</translation>
    </message>
    <message>
        <source> ; {n} sans coordonnées.</source>
        <translation>; {n} without coordinates.</translation>
    </message>
    <message>
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Les lieux visités</source>
        <translation>The places visited</translation>
    </message>
    <message>
        <source>visite du {date}</source>
        <translation>visit on {date}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Hors de la carte : {places}.</source>
        <translation>Off the map: {places}.</translation>
    </message>
    <message>
        <source>(lieu supprimé)</source>
        <translation>(place deleted)</translation>
    </message>
    <message>
        <source>{place} (position inconnue)</source>
        <translation>{place} (position unknown)</translation>
    </message>
    <message>
        <source>{n} jour</source>
        <translation>{n} day</translation>
    </message>
    <message>
        <source>{n} jours</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} lieu</source>
        <translation>{n} place</translation>
    </message>
    <message>
        <source>{n} lieux</source>
        <translation>{n} places</translation>
    </message>
    <message>
        <source>{n} visite notée</source>
        <translation>{n} visit with notes</translation>
    </message>
    <message>
        <source>{n} visites notées</source>
        <translation>{n} visits with notes</translation>
    </message>
    <message>
        <source>VISITE APPRENANTE</source>
        <translation>LEARNING TOUR</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>{duration} à pied</source>
        <translation>{duration} on foot</translation>
    </message>
    <message>
        <source>{duration} en voiture</source>
        <translation>{duration} by car</translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Trajet ensuite</source>
        <translation>Next trip</translation>
    </message>
    <message>
        <source>Rendez-vous : {place}</source>
        <translation>Meeting point: {place}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Aucune étape n&apos;est encore prévue.</source>
        <translation>No stops planned yet.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Feuille de route — {title}</source>
        <translation>Programme — {title}</translation>
    </message>
    <message>
        <source>{title} — feuille de route</source>
        <translation>{title} — programme</translation>
    </message>
    <message>
        <source>jour</source>
        <translation>day</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>lieu visité</source>
        <translation>place visited</translation>
    </message>
    <message>
        <source>lieux visités</source>
        <translation>places visited</translation>
    </message>
    <message>
        <source>visite notée</source>
        <translation>visit with notes</translation>
    </message>
    <message>
        <source>visites notées</source>
        <translation>visits with notes</translation>
    </message>
    <message>
        <source>(notes de {author})</source>
        <translation>(notes by {author})</translation>
    </message>
    <message>
        <source>Pas de notes de visite pour cette étape.</source>
        <translation>No visit notes for this stop.</translation>
    </message>
    <message>
        <source>Visite notée, mais rien sur ces thèmes.</source>
        <translation>Visit noted, but nothing on these themes.</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Livret — {title}</source>
        <translation>Booklet — {title}</translation>
    </message>
    <message>
        <source>{title} — livret de la visite apprenante</source>
        <translation>{title} — learning tour booklet</translation>
    </message>
    <message>
        <source>{place} — visite du {date}</source>
        <translation>{place} — visit on {date}</translation>
    </message>
    <message>
        <source>{place} — visite</source>
        <translation>{place} — visit</translation>
    </message>
    <message>
        <source>Visite — {place}</source>
        <translation>Visit — {place}</translation>
    </message>
    <message>
        <source>Programmes et labels</source>
        <translation>Programmes and labels</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Aucune observation saisie pour cette visite.</source>
        <translation>No observations recorded for this visit.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Personnes rencontrées</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Contours : IGN Admin Express</source>
        <translation>Boundaries: IGN Admin Express</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>saisie manuelle</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>France Services — liste ANCT du 1er août 2024</source>
        <translation>France Services — ANCT list of 1 August 2024</translation>
    </message>
    <message>
        <source>Fabriques de territoire — ANCT (position : centre de la commune)</source>
        <translation>Fabriques de territoire — ANCT (position: centre of the municipality)</translation>
    </message>
    <message>
        <source>Manufactures de proximité — ANCT (position : centre de la commune)</source>
        <translation>Manufactures de proximité — ANCT (position: centre of the municipality)</translation>
    </message>
</context>
<context>
    <name>study</name>
    <message>
        <source>Toute la France</source>
        <translation>All of France</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Commune ou liste de communes</source>
        <translation>Municipality or list of municipalities</translation>
    </message>
    <message>
        <source>Zone dessinée sur la carte</source>
        <translation>Area drawn on the map</translation>
    </message>
    <message>
        <source>Types : {list}</source>
        <translation>Types: {list}</translation>
    </message>
    <message>
        <source>Programmes : {list}</source>
        <translation>Programmes: {list}</translation>
    </message>
    <message>
        <source>Services publics accueillis : {list}</source>
        <translation>Public services hosted: {list}</translation>
    </message>
    <message>
        <source>Accueille au moins un service public</source>
        <translation>Hosts at least one public service</translation>
    </message>
    <message>
        <source>Réseau régional : {list}</source>
        <translation>Regional network: {list}</translation>
    </message>
    <message>
        <source>Lieux visités</source>
        <translation>Places visited</translation>
    </message>
    <message>
        <source>Lieux jamais visités</source>
        <translation>Places never visited</translation>
    </message>
    <message>
        <source>Visités pendant la visite apprenante « {title} »</source>
        <translation>Visited during the learning tour “{title}”</translation>
    </message>
    <message>
        <source>Visite entre le {start} et le {end}</source>
        <translation>Visit between {start} and {end}</translation>
    </message>
    <message>
        <source>Visite depuis le {start}</source>
        <translation>Visit since {start}</translation>
    </message>
    <message>
        <source>Visite jusqu&apos;au {end}</source>
        <translation>Visit until {end}</translation>
    </message>
    <message>
        <source>Peut accueillir une réunion de {n} personnes</source>
        <translation>Can host a meeting of {n} people</translation>
    </message>
    <message>
        <source> dans une salle accessible (PMR)</source>
        <translation> in an accessible room (reduced mobility)</translation>
    </message>
    <message>
        <source> ; équipement : {list}</source>
        <translation>; equipment: {list}</translation>
    </message>
    <message>
        <source>{question} : {answer}</source>
        <translation>{question}: {answer}</translation>
    </message>
    <message>
        <source>{n} personnes</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source> (accessible PMR)</source>
        <translation> (accessible)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Réseau régional</source>
        <translation>Regional network</translation>
    </message>
    <message>
        <source>Services publics (fiche)</source>
        <translation>Public services (record)</translation>
    </message>
    <message>
        <source>Plus grande salle de réunion</source>
        <translation>Largest meeting room</translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>non visité</source>
        <translation>not visited</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Moins de 25 %</source>
        <translation>Under 25%</translation>
    </message>
    <message>
        <source>De 25 à 49 %</source>
        <translation>25 to 49%</translation>
    </message>
    <message>
        <source>De 50 à 74 %</source>
        <translation>50 to 74%</translation>
    </message>
    <message>
        <source>75 % et plus</source>
        <translation>75% and over</translation>
    </message>
    <message>
        <source>Lieux par département</source>
        <translation>Places by département</translation>
    </message>
    <message>
        <source>Lieux par commune</source>
        <translation>Places by municipality</translation>
    </message>
    <message>
        <source>Lieux par région</source>
        <translation>Places by region</translation>
    </message>
    <message>
        <source>Lieux par réseau régional</source>
        <translation>Places by regional network</translation>
    </message>
    <message>
        <source>Lieux retenus</source>
        <translation>Places selected</translation>
    </message>
    <message>
        <source>Accueillent un service public</source>
        <translation>Host a public service</translation>
    </message>
    <message>
        <source>Visités</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Peuvent accueillir la réunion</source>
        <translation>Can host the meeting</translation>
    </message>
    <message>
        <source>lieux</source>
        <translation>places</translation>
    </message>
    <message>
        <source>Réseau non identifié</source>
        <translation>Network not identified</translation>
    </message>
    <message>
        <source>Lieux par type</source>
        <translation>Places by type</translation>
    </message>
    <message>
        <source>Un lieu peut avoir plusieurs types.</source>
        <translation>A place can have several types.</translation>
    </message>
    <message>
        <source>Lieux par programme ou label</source>
        <translation>Places by programme or label</translation>
    </message>
    <message>
        <source>Services publics accueillis</source>
        <translation>Public services hosted</translation>
    </message>
    <message>
        <source>{n} lieu sur {total} en accueille au moins un ({share}).</source>
        <translation>{n} place of {total} hosts at least one ({share}).</translation>
    </message>
    <message>
        <source>{n} lieux sur {total} en accueillent au moins un ({share}).</source>
        <translation>{n} places of {total} host at least one ({share}).</translation>
    </message>
    <message>
        <source>{n} réponse</source>
        <translation>{n} answer</translation>
    </message>
    <message>
        <source>{n} réponses</source>
        <translation>{n} answers</translation>
    </message>
    <message>
        <source>Part d&apos;autofinancement des lieux visités</source>
        <translation>Share of self-financing of the places visited</translation>
    </message>
    <message>
        <source>Statut d&apos;occupation des locaux (lieux visités)</source>
        <translation>Occupancy status of the premises (places visited)</translation>
    </message>
    <message>
        <source>Forme juridique (lieux visités)</source>
        <translation>Legal form (places visited)</translation>
    </message>
    <message>
        <source>Impacts notés pendant les visites</source>
        <translation>Impacts rated during the visits</translation>
    </message>
    <message>
        <source>note moyenne sur 5</source>
        <translation>average rating out of 5</translation>
    </message>
    <message>
        <source>Forces les plus citées</source>
        <translation>Strengths most often cited</translation>
    </message>
    <message>
        <source>Fragilités les plus citées</source>
        <translation>Weaknesses most often cited</translation>
    </message>
    <message>
        <source>Besoins les plus exprimés</source>
        <translation>Needs most often expressed</translation>
    </message>
    <message>
        <source>Nombre de lieux visités qui l&apos;ont dit.</source>
        <translation>Number of places visited that said so.</translation>
    </message>
</context>
<context>
    <name>tl_desktop</name>
    <message>
        <source>Une erreur est survenue.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <source>Le catalogue n&apos;a pas pu être lu ou écrit. Rien n&apos;a été modifié ; ce que vous avez saisi reste à l&apos;écran.</source>
        <translation>The catalogue could not be read or written. Nothing was changed; what you typed stays on screen.</translation>
    </message>
    <message>
        <source>Le catalogue est occupé par une autre opération (un import, ou une autre fenêtre de l&apos;application ?). Rien n&apos;a été modifié ; réessayez dans un instant.</source>
        <translation>The catalogue is busy with another operation (an import, or another window of the application?). Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>Le disque du catalogue est plein : la dernière modification n&apos;a pas pu être enregistrée. Ce que vous avez saisi reste à l&apos;écran. Libérez de la place sur le disque ; l&apos;enregistrement reprendra de lui-même.</source>
        <translation>The catalogue’s disk is full: the last change could not be saved. What you typed stays on screen. Free some space on the disk; saving will resume by itself.</translation>
    </message>
    <message>
        <source>Le catalogue est en lecture seule (clé USB protégée, dossier partagé ou droits insuffisants) : rien ne peut y être enregistré. Pour le modifier, copiez le dossier des données dans un dossier où vous pouvez écrire et ouvrez-le avec --data-dir.</source>
        <translation>The catalogue is read-only (write-protected USB stick, shared folder or insufficient rights): nothing can be saved in it. To change it, copy the data folder to a folder you can write to and open it with --data-dir.</translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture sur le disque du catalogue (support retiré ou défaillant ?). La dernière modification n&apos;a pas été enregistrée ; ce que vous avez saisi reste à l&apos;écran et l&apos;enregistrement sera réessayé.</source>
        <translation>Read or write error on the catalogue’s disk (drive removed or failing?). The last change was not saved; what you typed stays on screen and saving will be tried again.</translation>
    </message>
    <message>
        <source>Le catalogue « {path} » est endommagé : une partie du fichier est illisible. Ne le modifiez plus. Restaurez la dernière sauvegarde (dossier « sauvegardes » du dossier des données) ou récupérez ce qui peut être lu avec « tl-desktop recover », puis ouvrez la copie récupérée.</source>
        <translation>The catalogue “{path}” is damaged: part of the file cannot be read. Do not change it any more. Restore the latest backup (the “sauvegardes” folder in the data folder) or recover what can be read with “tl-desktop recover”, then open the recovered copy.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <source>le fichier ou le dossier n&apos;existe pas</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>accès refusé</source>
        <translation>access denied</translation>
    </message>
    <message>
        <source>opération non permise</source>
        <translation>operation not permitted</translation>
    </message>
    <message>
        <source>c&apos;est un dossier, pas un fichier</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>le support est en lecture seule</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>un élément du chemin est un fichier, pas un dossier</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>le nom ou le chemin du fichier est trop long</source>
        <translation>the file&apos;s name or path is too long</translation>
    </message>
    <message>
        <source>erreur de lecture ou d&apos;écriture sur le disque (support retiré ou défaillant ?)</source>
        <translation>read or write error on the disk (medium removed or failing?)</translation>
    </message>
    <message>
        <source>nom de fichier invalide (caractère interdit ?)</source>
        <translation>invalid file name (a forbidden character?)</translation>
    </message>
    <message>
        <source>un fichier de ce nom existe déjà</source>
        <translation>a file of that name already exists</translation>
    </message>
    <message>
        <source>le fichier est utilisé par une autre application</source>
        <translation>the file is in use by another application</translation>
    </message>
    <message>
        <source>votre quota d&apos;espace disque est atteint</source>
        <translation>your disk quota is reached</translation>
    </message>
    <message>
        <source>trop de fichiers ouverts ; fermez des applications et réessayez</source>
        <translation>too many open files; close some applications and try again</translation>
    </message>
    <message>
        <source>Nom du lieu</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>Adresse (numéro, voie)</source>
        <translation>Address (number, street)</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Address, second line</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Code INSEE de la commune</source>
        <translation>INSEE code of the municipality</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>« latitude, longitude » dans une colonne</source>
        <translation>“latitude, longitude” in one column</translation>
    </message>
    <message>
        <source>X (longitude, ou mètres en Lambert 93…)</source>
        <translation>X (longitude, or metres in Lambert 93…)</translation>
    </message>
    <message>
        <source>Y (latitude, ou mètres en Lambert 93…)</source>
        <translation>Y (latitude, or metres in Lambert 93…)</translation>
    </message>
    <message>
        <source>Type de lieu (valeurs à associer)</source>
        <translation>Type of place (values to match)</translation>
    </message>
    <message>
        <source>Programme ou label (valeurs à associer)</source>
        <translation>Programme or label (values to match)</translation>
    </message>
    <message>
        <source>Services publics accueillis (valeurs à associer)</source>
        <translation>Public services hosted (values to match)</translation>
    </message>
    <message>
        <source>Case oui/non d&apos;une activité (ex. c_coworking)</source>
        <translation>Yes/no box for an activity (e.g. c_coworking)</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Identifiant dans la liste</source>
        <translation>Identifier in the list</translation>
    </message>
    <message>
        <source>Autres informations (gardées dans la description)</source>
        <translation>Other information (kept in the description)</translation>
    </message>
    <message>
        <source>(ne pas reprendre)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Cannot read “{path}”: {reason}</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas une correspondance de colonnes de Tiers-Lieux Desktop.</source>
        <translation>“{path}” is not a Tiers-Lieux Desktop column mapping.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » est vide.</source>
        <translation>The file “{path}” is empty.</translation>
    </message>
    <message>
        <source>« {path} », ligne {line} : le fichier CSV est mal formé ({reason}).</source>
        <translation>“{path}”, line {line}: the CSV file is malformed ({reason}).</translation>
    </message>
    <message>
        <source>« {path} » ne contient aucun lieu : seulement des lignes vides.</source>
        <translation>“{path}” contains no place: only empty lines.</translation>
    </message>
    <message>
        <source>La première ligne ressemble à des données : le fichier n&apos;a pas de ligne d&apos;en-tête (modifiable dans l&apos;aperçu).</source>
        <translation>The first line looks like data: the file has no header line (can be changed in the preview).</translation>
    </message>
    <message>
        <source>{found} colonnes au lieu de {expected} (séparateur ou guillemets en trop ?)</source>
        <translation>{found} columns instead of {expected} (an extra separator or quote mark?)</translation>
    </message>
    <message>
        <source>un guillemet ouvert n&apos;est jamais fermé</source>
        <translation>an opening quote mark is never closed</translation>
    </message>
    <message>
        <source>« {path} » ne contient aucun lieu : seulement une ligne d&apos;en-tête, ou des lignes vides.</source>
        <translation>“{path}” contains no place: only a header line, or empty lines.</translation>
    </message>
    <message>
        <source>« {path} » est une archive ZIP qui n&apos;est ni un classeur Excel (.xlsx) ni un classeur OpenDocument (.ods).</source>
        <translation>“{path}” is a ZIP archive that is neither an Excel workbook (.xlsx) nor an OpenDocument workbook (.ods).</translation>
    </message>
    <message>
        <source>Encodage inconnu : « {encoding} ».</source>
        <translation>Unknown encoding: “{encoding}”.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un fichier texte (CSV, JSON ou GeoJSON) ni un classeur (XLSX, ODS).</source>
        <translation>“{path}” is neither a text file (CSV, JSON or GeoJSON) nor a workbook (XLSX, ODS).</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas en UTF-8 : lu comme {encoding} (modifiable dans l&apos;aperçu).</source>
        <translation>The file is not in UTF-8: read as {encoding} (can be changed in the preview).</translation>
    </message>
    <message>
        <source>fin de ligne inattendue</source>
        <translation>unexpected end of line</translation>
    </message>
    <message>
        <source>un champ est démesurément long</source>
        <translation>a field is extremely long</translation>
    </message>
    <message>
        <source>caractère nul dans le texte</source>
        <translation>null character in the text</translation>
    </message>
    <message>
        <source>guillemets ou séparateurs incohérents</source>
        <translation>inconsistent quote marks or separators</translation>
    </message>
    <message>
        <source>une colonne de moins que l&apos;en-tête : la dernière est considérée vide</source>
        <translation>one column fewer than the header: the last one is taken as empty</translation>
    </message>
    <message>
        <source>{found} colonnes au lieu de {expected} (ligne coupée ?)</source>
        <translation>{found} columns instead of {expected} (a line cut in two?)</translation>
    </message>
    <message>
        <source>« {path} » : classeur illisible ou protégé ({reason}).</source>
        <translation>“{path}”: unreadable or protected workbook ({reason}).</translation>
    </message>
    <message>
        <source>« {path} » n&apos;a pas de feuille « {sheet} » (feuilles : {sheets}).</source>
        <translation>“{path}” has no sheet “{sheet}” (sheets: {sheets}).</translation>
    </message>
    <message>
        <source>« {path} » ne contient aucun lieu : la feuille « {sheet} » est vide.</source>
        <translation>“{path}” contains no place: the sheet “{sheet}” is empty.</translation>
    </message>
    <message>
        <source>Feuille lue : « {sheet} » ({count} feuilles dans le classeur ; une autre se choisit dans l&apos;aperçu).</source>
        <translation>Sheet read: “{sheet}” ({count} sheets in the workbook; another can be chosen in the preview).</translation>
    </message>
    <message>
        <source>« {path} » est imbriqué trop profondément pour être une liste de lieux.</source>
        <translation>“{path}” is nested too deeply to be a list of places.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un JSON ou GeoJSON valide ({reason}).</source>
        <translation>“{path}” is not valid JSON or GeoJSON ({reason}).</translation>
    </message>
    <message>
        <source>« {path} » ne contient ni entités GeoJSON ni liste d&apos;enregistrements (un tableau d&apos;objets).</source>
        <translation>“{path}” contains neither GeoJSON features nor a list of records (an array of objects).</translation>
    </message>
    <message>
        <source>enregistrement illisible : un objet était attendu</source>
        <translation>unreadable record: an object was expected</translation>
    </message>
    <message>
        <source>entité illisible : un objet GeoJSON était attendu</source>
        <translation>unreadable feature: a GeoJSON object was expected</translation>
    </message>
    <message>
        <source>propriétés illisibles (un objet était attendu, pas « {found} »)</source>
        <translation>unreadable properties (an object was expected, not “{found}”)</translation>
    </message>
    <message>
        <source>surface : placé en un point à l&apos;intérieur du contour</source>
        <translation>area: placed at a point inside its outline</translation>
    </message>
    <message>
        <source>géométrie multiple : placé sur son premier point</source>
        <translation>multiple geometry: placed on its first point</translation>
    </message>
    <message>
        <source>géométrie illisible : ignorée</source>
        <translation>unreadable geometry: ignored</translation>
    </message>
    <message>
        <source>{count} entité(s) sont des surfaces (polygones) : chacune est placée en un point situé à l&apos;intérieur de son contour.</source>
        <translation>{count} feature(s) are areas (polygons): each is placed at a point inside its outline.</translation>
    </message>
    <message>
        <source>Lambert 93 (métropole)</source>
        <translation>Lambert 93 (metropolitan France)</translation>
    </message>
    <message>
        <source>Lambert II étendu (ancien)</source>
        <translation>Extended Lambert II (old)</translation>
    </message>
    <message>
        <source>Lambert conique conforme CC{zone}</source>
        <translation>Lambert conformal conic CC{zone}</translation>
    </message>
    <message>
        <source>UTM 20N (Guadeloupe, Martinique)</source>
        <translation>UTM 20N (Guadeloupe, Martinique)</translation>
    </message>
    <message>
        <source>UTM 22N (Guyane)</source>
        <translation>UTM 22N (French Guiana)</translation>
    </message>
    <message>
        <source>UTM 40S (La Réunion)</source>
        <translation>UTM 40S (Réunion)</translation>
    </message>
    <message>
        <source>UTM 38S (Mayotte)</source>
        <translation>UTM 38S (Mayotte)</translation>
    </message>
    <message>
        <source>Web Mercator (cartes en ligne)</source>
        <translation>Web Mercator (online maps)</translation>
    </message>
    <message>
        <source>aucune colonne n&apos;est associée au nom du lieu</source>
        <translation>no column is matched with the name of the place</translation>
    </message>
    <message>
        <source>nom vide</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>nom sans lettre ni chiffre (« {name} ») : mauvais séparateur ?</source>
        <translation>a name with neither letters nor digits (“{name}”): wrong separator?</translation>
    </message>
    <message>
        <source>Les coordonnées de cette liste sont celles des communes, pas des lieux : positions approximatives.</source>
        <translation>The coordinates of this list are those of the municipalities, not of the places: approximate positions.</translation>
    </message>
    <message>
        <source>coordonnées en mètres ({x}, {y}) dans une projection inconnue : choisissez-la dans la correspondance des colonnes</source>
        <translation>coordinates in metres ({x}, {y}) in an unknown projection: choose it in the column mapping</translation>
    </message>
    <message>
        <source>Coordonnées X/Y converties depuis {crs} ({label}).</source>
        <translation>X/Y coordinates converted from {crs} ({label}).</translation>
    </message>
    <message>
        <source>le nom contient « � » : caractères abîmés à la source (mauvais encodage ?)</source>
        <translation>the name contains “�”: characters damaged at the source (wrong encoding?)</translation>
    </message>
    <message>
        <source>code postal « {postcode} » : 5 chiffres attendus</source>
        <translation>postcode “{postcode}”: 5 digits expected</translation>
    </message>
    <message>
        <source>coordonnées illisibles (latitude « {lat} », longitude « {lon} »)</source>
        <translation>unreadable coordinates (latitude “{lat}”, longitude “{lon}”)</translation>
    </message>
    <message>
        <source>coordonnées hors limites (latitude {lat}, longitude {lon}) : attendu des degrés décimaux, par exemple 43,29 et 5,37</source>
        <translation>coordinates out of range (latitude {lat}, longitude {lon}): decimal degrees expected, for example 43.29 and 5.37</translation>
    </message>
    <message>
        <source>coordonnées en mètres (latitude {lat}, longitude {lon}), sans doute du Lambert 93 : associez ces colonnes à X et Y</source>
        <translation>coordinates in metres (latitude {lat}, longitude {lon}), probably Lambert 93: match these columns with X and Y</translation>
    </message>
    <message>
        <source>même identifiant « {ref} » dans la même liste</source>
        <translation>same identifier “{ref}” in the same list</translation>
    </message>
    <message>
        <source>doublon possible d&apos;un lieu du catalogue, créé quand même : {why}</source>
        <translation>possible duplicate of a place in the catalogue, created anyway: {why}</translation>
    </message>
    <message>
        <source>en double avec la ligne {line} : {why}</source>
        <translation>duplicate of line {line}: {why}</translation>
    </message>
    <message>
        <source>doublon possible de la ligne {line}, créé quand même : {why}</source>
        <translation>possible duplicate of line {line}, created anyway: {why}</translation>
    </message>
    <message>
        <source>coordonnées 0, 0 (position manquante ?)</source>
        <translation>coordinates 0, 0 (missing position?)</translation>
    </message>
    <message>
        <source>latitude ou longitude manquante</source>
        <translation>latitude or longitude missing</translation>
    </message>
    <message>
        <source>pas de coordonnées ni de commune reconnue : absent de la carte</source>
        <translation>no coordinates and no recognised municipality: not on the map</translation>
    </message>
    <message>
        <source>La mise à jour « {name} » de la base a échoué ; la base est restée dans son état précédent.</source>
        <translation>The database update “{name}” failed; the database was left as it was.</translation>
    </message>
    <message>
        <source>Aucun catalogue dans « {folder} ».</source>
        <translation>No catalogue in “{folder}”.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « {folder} » : {reason}.</source>
        <translation>Cannot create the folder “{folder}”: {reason}.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir « {path} » : {reason}</source>
        <translation>Cannot open “{path}”: {reason}</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas une base Tiers-Lieux Desktop. Le fichier n&apos;a pas été modifié.</source>
        <translation>“{path}” is not a Tiers-Lieux Desktop database. The file was not changed.</translation>
    </message>
    <message>
        <source>Le catalogue « {path} » est en lecture seule et a été créé par une version plus ancienne de l&apos;application : il doit être mis à jour avant d&apos;être lu, ce qui est impossible ici. Copiez le dossier des données dans un dossier où vous pouvez écrire.</source>
        <translation>The catalogue “{path}” is read-only and was created by an older version of the application: it must be updated before it can be read, which is impossible here. Copy the data folder to a folder you can write to.</translation>
    </message>
    <message>
        <source>Le disque du catalogue était plein à l&apos;ouverture : le catalogue ne peut être que consulté, rien n&apos;y est enregistré. Libérez de la place sur ce disque, puis rouvrez l&apos;application (ou relancez la commande).</source>
        <translation>The catalogue&apos;s disk was full when it was opened: the catalogue can only be consulted, nothing is saved to it. Free some space on this disk, then reopen the application (or run the command again).</translation>
    </message>
    <message>
        <source>« {path} » a été créée par une version plus récente de Tiers-Lieux Desktop. Mettez l&apos;application à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation>“{path}” was created by a newer version of Tiers-Lieux Desktop. Update the application to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>Un lieu ne peut pas être fusionné avec lui-même.</source>
        <translation>A place cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Aucune fusion à annuler pour ce lieu ({id}).</source>
        <translation>No merge to undo for this place ({id}).</translation>
    </message>
    <message>
        <source>« {name} » a été supprimé ou fusionné depuis : annulez d&apos;abord cette opération.</source>
        <translation>“{name}” has been deleted or merged since: undo that operation first.</translation>
    </message>
    <message>
        <source>Un lieu ne peut pas être différent de lui-même.</source>
        <translation>A place cannot be different from itself.</translation>
    </message>
    <message>
        <source>Ce lieu n&apos;existe pas ou a été supprimé ({id}).</source>
        <translation>This place does not exist or has been deleted ({id}).</translation>
    </message>
    <message>
        <source>Le nom du lieu est obligatoire.</source>
        <translation>The name of the place is required.</translation>
    </message>
    <message>
        <source>« {name} » : indiquez la latitude et la longitude, ou aucune des deux.</source>
        <translation>“{name}”: give both the latitude and the longitude, or neither.</translation>
    </message>
    <message>
        <source>« {name} » : la latitude {value} n&apos;est pas entre -90 et 90.</source>
        <translation>“{name}”: the latitude {value} is not between -90 and 90.</translation>
    </message>
    <message>
        <source>« {name} » : la longitude {value} n&apos;est pas entre -180 et 180.</source>
        <translation>“{name}”: the longitude {value} is not between -180 and 180.</translation>
    </message>
    <message>
        <source>« {name} » : valeur inconnue « {code} ».</source>
        <translation>“{name}”: unknown value “{code}”.</translation>
    </message>
    <message>
        <source>« {name} » : forme juridique inconnue « {code} ».</source>
        <translation>“{name}”: unknown legal form “{code}”.</translation>
    </message>
    <message>
        <source>« {name} » : précision de position inconnue « {code} ».</source>
        <translation>“{name}”: unknown position precision “{code}”.</translation>
    </message>
    <message>
        <source>Type de question inconnu « {kind} ».</source>
        <translation>Unknown question type “{kind}”.</translation>
    </message>
    <message>
        <source>La question « {id} » n&apos;a pas d&apos;options.</source>
        <translation>The question “{id}” has no options.</translation>
    </message>
    <message>
        <source>La grille d&apos;observation v{version} est illisible.</source>
        <translation>The observation grid v{version} cannot be read.</translation>
    </message>
    <message>
        <source>Réponse invalide pour « {question} » : {value}</source>
        <translation>Invalid answer for “{question}”: {value}</translation>
    </message>
    <message>
        <source>Réponse invalide pour « {question} » : « {value} » n&apos;est pas un nombre.</source>
        <translation>Invalid answer for “{question}”: “{value}” is not a number.</translation>
    </message>
    <message>
        <source>Réponse invalide pour « {question} » : {value} dépasse {limit} (faute de frappe ?).</source>
        <translation>Invalid answer for “{question}”: {value} is more than {limit} (a typing slip?).</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Visite apprenante</source>
        <translation>Learning tour</translation>
    </message>
    <message>
        <source>{what} introuvable ({id}).</source>
        <translation>{what} not found ({id}).</translation>
    </message>
    <message>
        <source>Le nom de la personne est obligatoire.</source>
        <translation>The name of the person is required.</translation>
    </message>
    <message>
        <source>Le titre de la visite apprenante est obligatoire.</source>
        <translation>The title of the learning tour is required.</translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Le temps de trajet ne peut pas être négatif.</source>
        <translation>The travel time cannot be negative.</translation>
    </message>
    <message>
        <source>« {date} » n&apos;est pas une date.</source>
        <translation>“{date}” is not a date.</translation>
    </message>
    <message>
        <source>Cette étape est la visite d&apos;un autre lieu : la visite ne peut pas y être rattachée.</source>
        <translation>This stop is the visit of another place: the visit cannot be attached to it.</translation>
    </message>
    <message>
        <source>Question inconnue de la grille : {theme}/{question}.</source>
        <translation>Unknown question of the grid: {theme}/{question}.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation>Cannot write “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Pièce jointe introuvable ({id}).</source>
        <translation>Attachment not found ({id}).</translation>
    </message>
    <message>
        <source>« {file} » ne peut pas être remis : son fichier a été supprimé du dossier des données entre-temps (réparation de la base).</source>
        <translation>“{file}” cannot be put back: its file was deleted from the data folder in the meantime (database repair).</translation>
    </message>
    <message>
        <source>La photo de couverture doit être une photo d&apos;une visite de ce lieu.</source>
        <translation>The cover photo must be a photo from a visit to this place.</translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas été joint : ce type de fichier n&apos;est pas pris en charge. Photos : JPEG, PNG, WebP, TIFF, HEIC ; documents : PDF, bureautique, texte, son, vidéo.</source>
        <translation>“{file}” was not attached: this type of file is not supported. Photos: JPEG, PNG, WebP, TIFF, HEIC; documents: PDF, office files, text, audio, video.</translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas pu être lu : {reason}.</source>
        <translation>“{file}” could not be read: {reason}.</translation>
    </message>
    <message>
        <source>« {file} » est vide (0 octet) : il n&apos;a pas été joint.</source>
        <translation>“{file}” is empty (0 bytes): it was not attached.</translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas pu être copié dans le dossier des données : {reason}.</source>
        <translation>“{file}” could not be copied into the data folder: {reason}.</translation>
    </message>
    <message>
        <source>« {file} » est une photo HEIC, que cet ordinateur ne sait pas lire (module pillow-heif absent). Exportez-la en JPEG depuis le téléphone, puis joignez-la.</source>
        <translation>“{file}” is a HEIC photo, which this computer cannot read (the pillow-heif module is missing). Export it as JPEG from the phone, then attach it.</translation>
    </message>
    <message>
        <source>« {file} » est une image au format {format}, qui n&apos;est pas pris en charge : enregistrez-la en JPEG ou en PNG.</source>
        <translation>“{file}” is an image in {format} format, which is not supported: save it as JPEG or PNG.</translation>
    </message>
    <message>
        <source>« {file} » est trop grande pour être ouverte sans risque (plus de {limit} millions de pixels) : elle n&apos;a pas été jointe.</source>
        <translation>“{file}” is too large to be opened safely (more than {limit} million pixels): it was not attached.</translation>
    </message>
    <message>
        <source>« {file} » n&apos;est pas une image lisible (le nom dit photo, le contenu non) : elle n&apos;a pas été jointe.</source>
        <translation>“{file}” is not a readable image (the name says photo, the content does not): it was not attached.</translation>
    </message>
    <message>
        <source>« {file} » est incomplète ou endommagée (fichier tronqué ?) : elle n&apos;a pas été jointe.</source>
        <translation>“{file}” is incomplete or damaged (a truncated file?): it was not attached.</translation>
    </message>
    <message>
        <source>La photo {file} n&apos;a pas pu être lue dans le dossier des données : {reason}.</source>
        <translation>The photo {file} could not be read in the data folder: {reason}.</translation>
    </message>
    <message>
        <source>La photo {file} n&apos;a pas pu être préparée pour l&apos;affichage : {reason}.</source>
        <translation>The photo {file} could not be prepared for display: {reason}.</translation>
    </message>
    <message>
        <source>« {file} » n&apos;a pas pu être ouvert : {reason}.</source>
        <translation>“{file}” could not be opened: {reason}.</translation>
    </message>
    <message>
        <source>« {path} » est trop grand pour une liste de participants ({size} Mo).</source>
        <translation>“{path}” is too large for a list of participants ({size} MB).</translation>
    </message>
    <message>
        <source>« {path} » est un classeur que l&apos;application ne lit pas (ancien format Excel .xls, ou LibreOffice .ods) : enregistrez-le au format Excel (.xlsx) ou CSV, puis importez ce fichier.</source>
        <translation>“{path}” is a workbook the application cannot read (the old Excel .xls format, or LibreOffice .ods): save it in Excel (.xlsx) or CSV format, then import that file.</translation>
    </message>
    <message>
        <source>« {path} », ligne {line} : le fichier CSV est mal formé.</source>
        <translation>“{path}”, line {line}: the CSV file is malformed.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un classeur Excel lisible.</source>
        <translation>“{path}” is not a readable Excel workbook.</translation>
    </message>
    <message>
        <source>« {path} » : aucune colonne de nom trouvée (attendu : Nom, Prénom, Nom complet…). Colonnes lues : {columns}.</source>
        <translation>“{path}”: no name column found (expected: Nom, Prénom, Nom complet, Name…). Columns read: {columns}.</translation>
    </message>
    <message>
        <source>ligne sans nom</source>
        <translation>line without a name</translation>
    </message>
    <message>
        <source>déjà plus haut dans le fichier</source>
        <translation>already higher up in the file</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : {reason}.</source>
        <translation>Cannot write “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Format d&apos;export inconnu « {fmt} ».</source>
        <translation>Unknown export format “{fmt}”.</translation>
    </message>
    <message>
        <source>Le fichier de « {file} » manque dans le dossier des données ; lancez « tl-desktop check » pour faire le point.</source>
        <translation>The file of “{file}” is missing from the data folder; run “tl-desktop check” to take stock.</translation>
    </message>
    <message>
        <source>La capacité d&apos;une salle est un nombre de personnes entre 1 et {max} (« {value} »).</source>
        <translation>The capacity of a room is a number of people between 1 and {max} (“{value}”).</translation>
    </message>
    <message>
        <source>Équipement de salle inconnu « {code} ».</source>
        <translation>Unknown room equipment “{code}”.</translation>
    </message>
    <message>
        <source>Donnez un nom à l&apos;étude.</source>
        <translation>Give the study a name.</translation>
    </message>
    <message>
        <source>Une autre étude s&apos;appelle déjà « {name} » : choisissez un autre nom.</source>
        <translation>Another study is already called “{name}”: choose another name.</translation>
    </message>
    <message>
        <source>Choisissez de {min} à {max} lieux à comparer ({count} choisis).</source>
        <translation>Choose {min} to {max} places to compare ({count} chosen).</translation>
    </message>
    <message>
        <source>Aucun mot à chercher : donnez au moins un mot (lettres ou chiffres), par exemple « tl-desktop search cafe ». Pour lister tous les lieux : « tl-desktop list ».</source>
        <translation>No word to search for: give at least one word (letters or digits), for example “tl-desktop search cafe”. To list all the places: “tl-desktop list”.</translation>
    </message>
    <message>
        <source>« {name} » : ce document s&apos;écrit en {formats}, pas en {suffix} ; donnez un nom de fichier en {first}.</source>
        <translation>“{name}”: this document is written as {formats}, not {suffix}; give a file name ending in {first}.</translation>
    </message>
    <message>
        <source>Le géocodage en ligne n&apos;a pas abouti. Rien n&apos;a été modifié.</source>
        <translation>Online geocoding did not succeed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Le service de géocodage de la Géoplateforme ({host}) est injoignable : vérifiez la connexion à Internet (ou le proxy) puis réessayez. Rien n&apos;a été modifié ; sans réseau, les lieux restent placés au centre de leur commune.</source>
        <translation>The Géoplateforme geocoding service ({host}) cannot be reached: check the Internet connection (or the proxy) and try again. Nothing was changed; without a network, places stay at the centre of their municipality.</translation>
    </message>
    <message>
        <source>Le service de géocodage limite le nombre de demandes et refuse encore après {tries} essais : réessayez dans quelques minutes. Les {done} adresses déjà traitées sont conservées.</source>
        <translation>The geocoding service limits the number of requests and still refuses after {tries} attempts: try again in a few minutes. The {done} addresses already processed are kept.</translation>
    </message>
    <message>
        <source>Le service de géocodage a répondu par une erreur ({status}) : réessayez plus tard.</source>
        <translation>The geocoding service answered with an error ({status}): try again later.</translation>
    </message>
    <message>
        <source>réponse illisible</source>
        <translation>unreadable answer</translation>
    </message>
    <message>
        <source>Géocodage des adresses</source>
        <translation>Geocoding the addresses</translation>
    </message>
    <message>
        <source>même identifiant « {id} » dans « {source} »</source>
        <translation>same identifier “{id}” in “{source}”</translation>
    </message>
    <message>
        <source>même nom</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>nom semblable ({score}&#xa0;%)</source>
        <translation>similar name ({score}%)</translation>
    </message>
    <message>
        <source>nom différent ({score}&#xa0;%)</source>
        <translation>different name ({score}%)</translation>
    </message>
    <message>
        <source>même adresse ({street})</source>
        <translation>same address ({street})</translation>
    </message>
    <message>
        <source>à {distance} m l&apos;un de l&apos;autre</source>
        <translation>{distance} m apart</translation>
    </message>
    <message>
        <source>même commune ({commune}), sans adresse ni position précise à comparer</source>
        <translation>same municipality ({commune}), with no address or precise position to compare</translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré : le disque est plein. Libérez de la place ou choisissez un autre dossier. Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation>The document “{path}” could not be saved: the disk is full. Free some space or choose another folder. The document that was there, if any, is intact.</translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré : votre quota d&apos;espace disque est atteint. Libérez de la place ou choisissez un autre dossier. Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation>The document “{path}” could not be saved: your disk quota has been reached. Free some space or choose another folder. The document that was there, if any, is intact.</translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré : le dossier est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire, ou le document est ouvert dans un autre programme. Fermez-le ou choisissez un autre dossier. Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation>The document “{path}” could not be saved: the folder is read-only or you are not allowed to write to it, or the document is open in another program. Close it or choose another folder. The document that was there, if any, is intact.</translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être enregistré ({reason}). Le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation>The document “{path}” could not be saved ({reason}). The document that was there, if any, is intact.</translation>
    </message>
    <message>
        <source>Le document « {path} » n&apos;a pas pu être mis en page. Rien n&apos;a été enregistré ; le document qui s&apos;y trouvait, s&apos;il y en avait un, est intact.</source>
        <translation>The document “{path}” could not be laid out. Nothing was saved; the document that was there, if any, is intact.</translation>
    </message>
    <message>
        <source>La sauvegarde du catalogue n&apos;a pas pu être écrite dans « {folder} » : {reason}.</source>
        <translation>The catalogue backup could not be written to “{folder}”: {reason}.</translation>
    </message>
    <message>
        <source>« {path} » existe déjà : choisissez un nouveau fichier.</source>
        <translation>“{path}” already exists: choose a new file.</translation>
    </message>
    <message>
        <source>« {path} » est trop endommagé : même la liste de ses tables est illisible.</source>
        <translation>“{path}” is too badly damaged: even the list of its tables cannot be read.</translation>
    </message>
    <message>
        <source>Les coordonnées doivent être des nombres décimaux (ex. 43,2965 et 5,3698).</source>
        <translation>Coordinates must be decimal numbers (e.g. 43.2965 and 5.3698).</translation>
    </message>
    <message>
        <source>Trajets estimés hors ligne : distance à vol d&apos;oiseau × 1,3 ; à pied (4,5 km/h) jusqu&apos;à 1,5 km, au-delà en voiture (25 km/h sur les 15 premiers kilomètres, 60 km/h ensuite, plus 5 min pour stationner) ; arrondi aux 5 minutes supérieures.</source>
        <translation>Trips estimated offline: straight-line distance × 1.3; on foot (4.5 km/h) up to 1.5 km, beyond that by car (25 km/h for the first 15 km, 60 km/h after, plus 5 min to park); rounded up to the next 5 minutes.</translation>
    </message>
    <message>
        <source>« {path} » : aucun lieu importable ({rejected} ligne(s) rejetée(s)).</source>
        <translation>“{path}”: no place can be imported ({rejected} line(s) rejected).</translation>
    </message>
    <message>
        <source>« {path} » : aucune colonne de nom trouvée (attendu : nom, name, libelle…). Colonnes lues : {columns}. Indiquez la colonne du nom dans l&apos;assistant d&apos;import, ou avec une correspondance enregistrée (--mapping).</source>
        <translation>“{path}”: no name column found (expected: nom, name, libelle…). Columns read: {columns}. Give the name column in the import wizard, or with a saved mapping (--mapping).</translation>
    </message>
    <message>
        <source>« {path} » ne contient aucun lieu.</source>
        <translation>“{path}” contains no place.</translation>
    </message>
    <message>
        <source>coordonnées illisibles (latitude « {lat} », longitude « {lon} ») : ignorées</source>
        <translation>unreadable coordinates (latitude “{lat}”, longitude “{lon}”): ignored</translation>
    </message>
    <message>
        <source>latitude ou longitude manquante : coordonnées ignorées</source>
        <translation>latitude or longitude missing: coordinates ignored</translation>
    </message>
    <message>
        <source>coordonnées 0, 0 (position manquante ?) : ignorées</source>
        <translation>coordinates 0, 0 (missing position?): ignored</translation>
    </message>
    <message>
        <source>coordonnées hors limites (latitude {lat}, longitude {lon}) : attendu des degrés décimaux (WGS84), par exemple 43,29 et 5,37 ; ignorées</source>
        <translation>coordinates out of range (latitude {lat}, longitude {lon}): decimal degrees (WGS84) expected, for example 43.29 and 5.37; ignored</translation>
    </message>
    <message>
        <source>coordonnées inversées corrigées (latitude {lat}, longitude {lon})</source>
        <translation>swapped coordinates corrected (latitude {lat}, longitude {lon})</translation>
    </message>
    <message>
        <source>coordonnées hors de France (latitude {lat}, longitude {lon}) : à vérifier</source>
        <translation>coordinates outside France (latitude {lat}, longitude {lon}): to check</translation>
    </message>
    <message>
        <source>code INSEE « {given} » lu comme {code}</source>
        <translation>INSEE code “{given}” read as {code}</translation>
    </message>
    <message>
        <source>code INSEE {old} ({old_name}) remplacé par {code} (commune nouvelle {name})</source>
        <translation>INSEE code {old} ({old_name}) replaced with {code} (the merged municipality of {name})</translation>
    </message>
    <message>
        <source>code INSEE {old} remplacé par {code} (commune nouvelle {name})</source>
        <translation>INSEE code {old} replaced with {code} (the merged municipality of {name})</translation>
    </message>
    <message>
        <source>code INSEE « {code} » inconnu</source>
        <translation>unknown INSEE code “{code}”</translation>
    </message>
    <message>
        <source>{name} d&apos;après le code postal {postcode}</source>
        <translation>{name}, from the postcode {postcode}</translation>
    </message>
    <message>
        <source>le code postal {postcode} n&apos;est pas celui de {name} : commune retenue d&apos;après son nom</source>
        <translation>the postcode {postcode} is not that of {name}: municipality kept from its name</translation>
    </message>
    <message>
        <source>code postal {postcode} inconnu (Cedex ?) : commune retenue d&apos;après son nom, {name}</source>
        <translation>unknown postcode {postcode} (Cedex?): municipality kept from its name, {name}</translation>
    </message>
    <message>
        <source>{count} communes s&apos;appellent « {name} » : précisez le code postal ou le code INSEE</source>
        <translation>{count} municipalities are called “{name}”: give the postcode or the INSEE code</translation>
    </message>
    <message>
        <source>commune « {given} » non reconnue : {name} d&apos;après le code postal {postcode}</source>
        <translation>municipality “{given}” not recognised: {name}, from the postcode {postcode}</translation>
    </message>
    <message>
        <source>commune déduite du code postal {postcode} : {name}</source>
        <translation>municipality deduced from the postcode {postcode}: {name}</translation>
    </message>
    <message>
        <source>{count} communes ont le code postal {postcode} : précisez la commune</source>
        <translation>{count} municipalities have the postcode {postcode}: give the municipality</translation>
    </message>
    <message>
        <source>commune « {name} » introuvable avec le code postal {postcode}</source>
        <translation>municipality “{name}” not found with the postcode {postcode}</translation>
    </message>
    <message>
        <source>commune « {name} » introuvable</source>
        <translation>municipality “{name}” not found</translation>
    </message>
    <message>
        <source>code postal {postcode} inconnu</source>
        <translation>unknown postcode {postcode}</translation>
    </message>
    <message>
        <source>commune lue comme {name} (orthographe proche)</source>
        <translation>municipality read as {name} (similar spelling)</translation>
    </message>
    <message>
        <source>{old} est aujourd&apos;hui une commune déléguée de {name} ({code})</source>
        <translation>{old} is now a delegated municipality (commune déléguée) of {name} ({code})</translation>
    </message>
    <message>
        <source>{old} est aujourd&apos;hui une commune associée de {name} ({code})</source>
        <translation>{old} is now an associated municipality (commune associée) of {name} ({code})</translation>
    </message>
    <message>
        <source>{old} : ancien nom, aujourd&apos;hui {name} ({code})</source>
        <translation>{old}: former name, now {name} ({code})</translation>
    </message>
    <message>
        <source>le code postal {postcode} n&apos;est pas celui de {name} ({postcodes})</source>
        <translation>the postcode {postcode} is not that of {name} ({postcodes})</translation>
    </message>
    <message>
        <source>commune trouvée d&apos;après les coordonnées : {name}</source>
        <translation>municipality found from the coordinates: {name}</translation>
    </message>
    <message>
        <source>aucune commune à moins de {km} km de ce point</source>
        <translation>no municipality within {km} km of this point</translation>
    </message>
    <message>
        <source>aucun contour de commune ne contient ce point : commune au centre le plus proche, {name} (à {km} km)</source>
        <translation>no municipal boundary contains this point: the municipality with the nearest centre, {name} ({km} km away)</translation>
    </message>
    <message>
        <source>{name} : arrondissement au centre le plus proche des coordonnées (à vérifier près des limites)</source>
        <translation>{name}: the arrondissement whose centre is nearest to the coordinates (to check near the boundaries)</translation>
    </message>
    <message>
        <source>position à {km} km du centre {of_name} : à vérifier</source>
        <translation>position {km} km from the centre of {name}: to check</translation>
    </message>
    <message>
        <source>position à {km} km du centre {of_name} (dans {there}) : à vérifier</source>
        <translation>position {km} km from the centre of {name} (in {there}): to check</translation>
    </message>
    <message>
        <source>position : centre {of_name} (approximative)</source>
        <translation>position: centre of {name} (approximate)</translation>
    </message>
    <message>
        <source>les coordonnées données sont celles du centre {of_name} : position approximative</source>
        <translation>the coordinates given are those of the centre of {name}: approximate position</translation>
    </message>
    <message>
        <source>Le serveur du fond de carte n&apos;a pas pu être joint ({reason}).</source>
        <translation>The background map&apos;s server could not be reached ({reason}).</translation>
    </message>
    <message>
        <source>Pas de connexion au réseau : le fond de carte ne peut pas être téléchargé maintenant. La carte affiche ce qui est déjà en cache.</source>
        <translation>No network connection: the background map cannot be downloaded now. The map shows what is already cached.</translation>
    </message>
    <message>
        <source>Le fond « {source} » ne peut pas être préparé pour le hors-ligne : ses conditions d&apos;utilisation l&apos;interdisent. Choisissez le Plan IGN.</source>
        <translation>The “{source}” background cannot be prepared for offline use: its terms of use forbid it. Choose Plan IGN.</translation>
    </message>
    <message>
        <source>Cette zone compte {count} tuiles, au-delà de la limite de {limit} : tracez une zone plus petite ou réduisez le zoom maximal.</source>
        <translation>This area has {count} tiles, beyond the limit of {limit}: draw a smaller area or lower the maximum zoom.</translation>
    </message>
    <message>
        <source>Le cache du fond de carte « {source} » était endommagé : il a été mis de côté (« {backup} ») et un cache vide a été créé. Les zones préparées pour le hors-ligne sont à télécharger de nouveau. Le catalogue et vos visites ne sont pas concernés.</source>
        <translation>The cache of the “{source}” background map was damaged: it has been set aside (“{backup}”) and an empty cache created. The areas prepared for offline use need downloading again. The catalogue and your visits are not affected.</translation>
    </message>
</context>
</TS>
