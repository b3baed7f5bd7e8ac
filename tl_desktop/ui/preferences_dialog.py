"""Preferences: the language of the interface (the system's, French or English), applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from tl_desktop.base.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translator
from tl_desktop.ui.language import AUTOMATIC, chosen_language, interface_language, set_chosen_language, system_language

NEXT_START = QT_TRANSLATE_NOOP("PreferencesDialog", "La langue choisie s'appliquera au prochain démarrage de "
                                                    "l'application.")


class PreferencesDialog(QDialog):
    """Choose the language of the interface; says when the choice takes effect."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        self.language_combo = QComboBox(self)
        system = LANGUAGES[system_language()]
        self.language_combo.addItem(self.tr("Automatique (langue du système : {language})").format(language=system),
                                    AUTOMATIC)
        for code, name in LANGUAGES.items():     # each language named in itself, as a reader of it looks for it
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen_language())))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("&Langue de l'interface :"), self.language_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._update_note)
        self._update_note()
        self.resize(520, 160)

    def language(self) -> str:
        """The language chosen in the list: « auto », « fr » or « en »."""
        return self.language_combo.currentData()

    def target_language(self) -> str:
        """The language the interface will start in with the choice made (« fr », « en »)."""
        chosen = self.language()
        return system_language() if chosen == AUTOMATIC else chosen

    def takes_effect_later(self) -> bool:
        """True when the choice differs from the language the interface is in now."""
        return self.target_language() != interface_language()

    def _update_note(self) -> None:
        if self.takes_effect_later():
            # Said in the language chosen too: someone who picks « English » may not read French.
            lines = [QCoreApplication.translate("PreferencesDialog", NEXT_START),
                     translator(self.target_language()).translate("PreferencesDialog", NEXT_START)]
            self.note.setText("\n".join(dict.fromkeys(lines)))
        else:
            self.note.setText(self.tr("La langue des documents (PDF, exports) se choisit au moment de les exporter."))

    def accept(self) -> None:
        set_chosen_language(self.language())
        super().accept()
