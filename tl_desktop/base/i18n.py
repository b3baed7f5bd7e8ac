"""Marking of the core's user-facing strings for Qt's translation tools.

The core imports no Qt, yet its messages must be extracted by ``pyside6-lupdate``
and translated by the GUI. ``QT_TRANSLATE_NOOP`` has the name lupdate looks for; here it
returns the French source text unchanged. The GUI passes the text through
``QCoreApplication.translate(context, text)``; the command line prints it as is.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate knows)
    """Return ``text`` unchanged; marks it for extraction in ``context``."""
    return text
