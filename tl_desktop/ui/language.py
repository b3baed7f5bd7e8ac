"""The language of the interface: the system's (English or French), or the one chosen in the preferences.

Chosen once at start-up (``install_translations``): our messages (compiled .qm), Qt's own
(qtbase_*.qm: standard buttons, file dialogs), the default QLocale (dates and numbers in
widgets), and the translator the views use for text the core writes (figures, criteria,
dates). A change in the preferences applies at the next start: every widget is built in
one language, never half in another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tl_desktop.base.i18n import LANGUAGES, SOURCE_LANGUAGE, Translator, preferred_language, translator
from tl_desktop.base.resources import resource
from tl_desktop.base.text import long_date as _long_date

SETTING = "interface/language"
AUTOMATIC = "auto"
LOCALES = {"fr": (QLocale.French, QLocale.France), "en": (QLocale.English, QLocale.UnitedKingdom)}

_current = SOURCE_LANGUAGE


def system_language() -> str:
    """The language the system prefers among ours (« en » or « fr »; French when it prefers neither)."""
    return preferred_language(QLocale.system().uiLanguages())


def chosen_language() -> str:
    """What the preferences say: « auto » (the system's language), « fr » or « en »."""
    value = QSettings().value(SETTING, AUTOMATIC, type=str)
    return value if value in LANGUAGES else AUTOMATIC


def set_chosen_language(value: str) -> None:
    """Remember the language of the interface for the next start (« auto », « fr », « en »)."""
    QSettings().setValue(SETTING, value if value in LANGUAGES else AUTOMATIC)


def startup_language() -> str:
    """The language the interface starts in: the one chosen, or the system's."""
    chosen = chosen_language()
    return system_language() if chosen == AUTOMATIC else chosen


def interface_language() -> str:
    """The language the interface was started in (« fr », « en »)."""
    return _current


def interface_translator() -> Translator:
    """The core's translator in the interface's language: for text the core writes and a view shows."""
    return translator(_current)


def interface_locale() -> QLocale:
    """The locale of the interface's language (« 1 234,5 » / "1,234.5"), whatever the default was set to."""
    return QLocale(*LOCALES[_current])


def long_date(iso: str) -> str:
    """« mardi 11 février 2025 » / "Tuesday 11 February 2025", in the interface's language."""
    return _long_date(iso, _current)


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Put the interface in ``language`` (None: ``startup_language()``), replacing what was installed;
    return the translators installed (our catalog may be missing: the text then stays French)."""
    global _current
    language = language if language in LANGUAGES else startup_language()
    for old in getattr(app, "_translators", []):
        app.removeTranslator(old)
    locale = QLocale(*LOCALES[language])
    QLocale.setDefault(locale)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    # English is the language of Qt's own strings and French the source of ours: nothing to load for them.
    catalogs = [("qtbase", qt_dir)] if language != "en" else []
    if language != SOURCE_LANGUAGE:
        catalogs.append(("tl_desktop", str(resource("translations"))))
    for name, folder in catalogs:
        translator_ = QTranslator(app)
        if translator_.load(locale, name, "_", folder):
            app.installTranslator(translator_)
            installed.append(translator_)
    if language == "fr":
        from tl_desktop.ui.file_dialogs import install_french_file_dialog

        # Installed last, so asked first: the two labels of Qt's file dialog qtbase_fr.qm lacks.
        installed.append(install_french_file_dialog(app))
    app._translators = installed  # keep them alive
    _current = language
    return installed
