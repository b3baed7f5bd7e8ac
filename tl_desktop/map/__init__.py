"""The offline map: the page the map view loads (``map.page``)."""
