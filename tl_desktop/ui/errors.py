"""One way to show an error to the user: a French sentence, details on demand, a log entry."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tl_desktop.base.errors import TR_CONTEXT, TlError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """Return the French sentence for ``exc`` (translated template for a TlError)."""
    if isinstance(exc, TlError):
        template = QCoreApplication.translate(TR_CONTEXT, exc.template)
        args = dict(exc.args_)
        # Arguments that are themselves the core's words: a grid question, a kind of record.
        if isinstance(args.get("question"), str):
            args["question"] = QCoreApplication.translate("grid", args["question"])
        if isinstance(args.get("what"), str):
            args["what"] = QCoreApplication.translate(TR_CONTEXT, args["what"])
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            return exc.message
    return QCoreApplication.translate(
        "errors", "Une erreur inattendue est survenue. Vos données enregistrées ne sont pas touchées. "
        "Les détails ci-dessous aideront l'équipe à corriger le problème.")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` to the user; unknown exceptions are logged with their traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning if isinstance(exc, TlError) else QMessageBox.Critical)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Tiers-Lieux Desktop"))
    box.setTextFormat(Qt.PlainText)   # messages quote user text: never rich text
    box.setText(error_text(exc))
    if isinstance(exc, TlError):
        if exc.details:
            box.setDetailedText(exc.details)
    else:
        log.error("unexpected error", exc_info=exc)
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
