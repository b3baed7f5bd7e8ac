"""The local catalog: one SQLite file, reached only through ``Store`` and its sub-APIs."""

from tl_desktop.store.attachments import AttachReport, Removed, earliest_date, position_offer
from tl_desktop.store.connection import APPLICATION_ID, storage_error
from tl_desktop.store.database import Store
from tl_desktop.store.imports import Write, write_import
from tl_desktop.store.sites import CatalogRow, fts_query, site_key, validate_site

__all__ = ["APPLICATION_ID", "AttachReport", "CatalogRow", "Removed", "Store", "earliest_date", "fts_query",
           "position_offer", "site_key", "storage_error", "validate_site", "Write", "write_import"]
