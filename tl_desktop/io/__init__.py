"""Lists in and out of the catalog: import of places, the demo catalog, export of a visit."""
