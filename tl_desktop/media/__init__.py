"""Photos and files of visits on disk: checks, content-addressed copies, derived images."""

from tl_desktop.media.library import (
                                      DOCUMENT_EXTENSIONS,
                                      HEIF_EXTENSIONS,
                                      PHOTO_EXTENSIONS,
                                      PHOTO_FORMATS,
                                      PREVIEW_PX,
                                      PRINT_DPI,
                                      REPAIR_GRACE_S,
                                      THUMBNAIL_PX,
                                      Ingested,
                                      MediaError,
                                      MediaLibrary,
                                      heif_available,
)

__all__ = [
    "DOCUMENT_EXTENSIONS", "HEIF_EXTENSIONS", "PHOTO_EXTENSIONS", "PHOTO_FORMATS", "PREVIEW_PX", "PRINT_DPI",
    "REPAIR_GRACE_S", "THUMBNAIL_PX", "Ingested", "MediaError", "MediaLibrary", "heif_available",
]
