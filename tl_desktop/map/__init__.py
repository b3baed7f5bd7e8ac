"""The map, without Qt: the page the map view loads (``page``), basemap tiles and their cache
(``tiles``), fetching and preparing them for offline use (``prefetch``), maps drawn as images
for the PDFs (``static``, which loads Pillow)."""
