"""The local catalog: one SQLite file, reached only through ``Store`` and its sub-APIs."""

from tl_desktop.store.attachments import AttachReport, Removed, attach_files, earliest_date, position_offer
from tl_desktop.store.connection import APPLICATION_ID, storage_error
from tl_desktop.store.database import Store
from tl_desktop.store.imports import Write, write_import
from tl_desktop.store.maintenance import RecoverReport, backup, damaged, quick_check, recover
from tl_desktop.store.sites import CatalogRow, PlaceRow, fts_query, site_key, validate_site
from tl_desktop.store.tours import Duplicated, PlannedStop
from tl_desktop.store.visits import VisitRow
from tl_desktop.store.writer import Writer

__all__ = ["APPLICATION_ID", "AttachReport", "CatalogRow", "Duplicated", "PlaceRow", "PlannedStop", "VisitRow", "attach_files", "Removed", "Store", "earliest_date", "fts_query",
           "position_offer", "site_key", "storage_error", "validate_site", "Write", "Writer", "write_import", "RecoverReport", "backup", "damaged",
           "quick_check", "recover"]
