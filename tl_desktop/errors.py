"""Typed errors of the core, each carrying a French message meant for the user.

A message is a template marked with ``QT_TRANSLATE_NOOP("tl_desktop", ...)`` plus its
arguments, so the GUI can translate the template before filling it in, and the command
line can print it as it is.
"""

from __future__ import annotations

import errno

from .i18n import QT_TRANSLATE_NOOP

TR_CONTEXT = "tl_desktop"


class TlError(Exception):
    """Base of every error the user may see; ``str(exc)`` is a French sentence."""

    template = QT_TRANSLATE_NOOP("tl_desktop", "Une erreur est survenue.")

    def __init__(self, template: str | None = None, *, details: str = "", **args: object):
        self.template = template or type(self).template
        self.args_ = args
        self.details = details
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.args_)

    def __str__(self) -> str:
        return self.message


class NotADatabaseError(TlError):
    """The file is not a Tiers-Lieux Desktop database (or is damaged)."""


class NewerDatabaseError(TlError):
    """The database was written by a newer version of the application."""


class MigrationError(TlError):
    """A schema migration failed and was rolled back."""


class NotFoundError(TlError):
    """A record asked for does not exist (or was deleted)."""


class ValidationError(TlError):
    """A value given by the user is not acceptable (e.g. a latitude of 123)."""


class ImportFileError(TlError):
    """A file to import cannot be read at all (format, encoding, no usable column)."""


class BusyError(TlError):
    """Another connection (an import running) holds the catalog's write lock."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le catalogue est occupé par une autre opération (un import ?). Rien n'a été "
        "modifié ; réessayez dans un instant.")


class Cancelled(TlError):
    """A long job was cancelled by the user; nothing was changed."""

    template = QT_TRANSLATE_NOOP("tl_desktop", "Opération annulée.")


_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("tl_desktop", "le fichier ou le dossier n'existe pas"),
    errno.EACCES: QT_TRANSLATE_NOOP("tl_desktop", "accès refusé"),
    errno.EPERM: QT_TRANSLATE_NOOP("tl_desktop", "opération non permise"),
    errno.EISDIR: QT_TRANSLATE_NOOP("tl_desktop", "c'est un dossier, pas un fichier"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("tl_desktop", "le disque est plein"),
    errno.EROFS: QT_TRANSLATE_NOOP("tl_desktop", "le support est en lecture seule"),
}


def describe_os_error(exc: OSError) -> str:
    """Return a short French reason for an OSError (the system's text when unknown)."""
    return _OS_REASONS.get(exc.errno, exc.strerror or str(exc))
