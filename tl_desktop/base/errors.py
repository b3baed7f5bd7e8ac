"""Typed errors of the core, each carrying a French message meant for the user.

A message is a template marked with ``QT_TRANSLATE_NOOP("tl_desktop", ...)`` plus its
arguments, so the GUI can translate the template before filling it in, and the command
line can print it as it is.
"""

from __future__ import annotations

import errno

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP

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


class StorageError(TlError):
    """The catalog's file could not be read or written (disk full, read-only, locked, I/O, damage).

    Nothing was changed by the operation that failed; what the user typed stays on screen.
    """

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le catalogue n'a pas pu être lu ou écrit. Rien n'a été modifié ; ce que vous avez "
        "saisi reste à l'écran.")


class BusyError(StorageError):
    """Another connection (an import running, another copy of the app) holds the catalog's write lock."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le catalogue est occupé par une autre opération (un import, ou une autre fenêtre de "
        "l'application ?). Rien n'a été modifié ; réessayez dans un instant.")


class DiskFullError(StorageError):
    """The disk holding the catalog is full."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le disque du catalogue est plein : la dernière modification n'a pas pu être "
        "enregistrée. Ce que vous avez saisi reste à l'écran. Libérez de la place sur le disque ; "
        "l'enregistrement reprendra de lui-même.")


class ReadOnlyError(StorageError):
    """The catalog is on a read-only medium or folder: it can be read, not changed."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le catalogue est en lecture seule (clé USB protégée, dossier partagé ou droits "
        "insuffisants) : rien ne peut y être enregistré. Pour le modifier, copiez le dossier des données "
        "dans un dossier où vous pouvez écrire et ouvrez-le avec --data-dir.")


class StorageIOError(StorageError):
    """The system reported an input/output error on the catalog's disk."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Erreur de lecture ou d'écriture sur le disque du catalogue (support retiré ou "
        "défaillant ?). La dernière modification n'a pas été enregistrée ; ce que vous avez saisi reste à "
        "l'écran et l'enregistrement sera réessayé.")


class DamagedDatabaseError(StorageError):
    """SQLite found damaged pages in the catalog's file."""

    template = QT_TRANSLATE_NOOP(
        "tl_desktop", "Le catalogue « {path} » est endommagé : une partie du fichier est illisible. Ne le "
        "modifiez plus. Restaurez la dernière sauvegarde (dossier « sauvegardes » du dossier des données) "
        "ou récupérez ce qui peut être lu avec « tl-desktop recover », puis ouvrez la copie récupérée.")

    def __init__(self, template: str | None = None, *, details: str = "", **args: object):
        args.setdefault("path", "")
        super().__init__(template, details=details, **args)


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
    errno.ENOTDIR: QT_TRANSLATE_NOOP("tl_desktop", "un élément du chemin est un fichier, pas un dossier"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("tl_desktop", "le nom ou le chemin du fichier est trop long"),
    errno.EIO: QT_TRANSLATE_NOOP("tl_desktop", "erreur de lecture ou d'écriture sur le disque (support retiré ou "
                                               "défaillant ?)"),
    errno.EINVAL: QT_TRANSLATE_NOOP("tl_desktop", "nom de fichier invalide (caractère interdit ?)"),
    errno.EEXIST: QT_TRANSLATE_NOOP("tl_desktop", "un fichier de ce nom existe déjà"),
    errno.EBUSY: QT_TRANSLATE_NOOP("tl_desktop", "le fichier est utilisé par une autre application"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("tl_desktop", "le fichier est utilisé par une autre application"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("tl_desktop", "votre quota d'espace disque est atteint"),
    errno.EMFILE: QT_TRANSLATE_NOOP("tl_desktop", "trop de fichiers ouverts ; fermez des applications et réessayez"),
}


def describe_os_error(exc: OSError) -> str:
    """Return a short French reason for an OSError (the system's text when unknown)."""
    return _OS_REASONS.get(exc.errno, exc.strerror or str(exc))
