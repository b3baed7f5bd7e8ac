"""Every action of the main window, built in one place with standard shortcuts, and its menus and toolbar.

``build_actions`` makes the actions (not yet connected: the window connects them to its slots);
``build_menus`` puts them in the menu bar and the toolbar.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QWidget


@dataclass
class Actions:
    import_file: QAction
    load_demo: QAction
    quit: QAction
    new_site: QAction
    save_site: QAction
    delete_site: QAction
    find_duplicates: QAction
    find: QAction
    open_site: QAction
    show_form: QAction
    new_visit: QAction
    show_tours: QAction
    export_visit: QAction
    show_study: QAction
    preferences: QAction
    about: QAction
    new_tour: QAction
    duplicate_tour: QAction
    export_programme: QAction
    export_booklet: QAction
    show_visits: QAction
    writing_mode: QAction


def build_actions(window: QWidget) -> Actions:
    """Create the actions (not yet connected) with French texts and shortcuts."""
    style = window.style()

    def make(text: str, shortcut=None, icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(QIcon(style.standardIcon(icon)) if icon is not None else QIcon(), text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    actions = Actions(
        import_file=make(QCoreApplication.translate("Actions", "&Importer une liste de lieux…"), "Ctrl+I", QStyle.SP_DialogOpenButton,
                         QCoreApplication.translate("Actions", "Importer un fichier CSV ou GeoJSON de lieux")),
        load_demo=make(QCoreApplication.translate("Actions", "Charger le catalogue de &démonstration…"), None, None,
                       QCoreApplication.translate("Actions", "France Services, Fabriques de territoire et Manufactures de proximité (données ouvertes)")),
        quit=make(QCoreApplication.translate("Actions", "&Quitter"), QKeySequence.Quit),
        new_site=make(QCoreApplication.translate("Actions", "&Nouveau lieu"), QKeySequence.New, QStyle.SP_FileIcon, QCoreApplication.translate("Actions", "Créer une fiche de lieu")),
        save_site=make(QCoreApplication.translate("Actions", "&Enregistrer la fiche"), QKeySequence.Save, QStyle.SP_DialogSaveButton,
                       QCoreApplication.translate("Actions", "Enregistrer les modifications de la fiche")),
        delete_site=make(QCoreApplication.translate("Actions", "&Supprimer le lieu…"), QKeySequence.Delete, QStyle.SP_TrashIcon,
                         QCoreApplication.translate("Actions", "Supprimer le lieu sélectionné (annulable)")),
        find_duplicates=make(QCoreApplication.translate("Actions", "Doublons &probables du catalogue…"), None, None,
                             QCoreApplication.translate("Actions", "Chercher les fiches qui semblent décrire le même lieu, "
                                                        "les comparer et les fusionner")),
        find=make(QCoreApplication.translate("Actions", "&Rechercher"), QKeySequence.Find, None, QCoreApplication.translate("Actions", "Aller à la recherche du catalogue")),
        open_site=make(QCoreApplication.translate("Actions", "&Ouvrir la fiche"), "Ctrl+O", QStyle.SP_FileDialogDetailedView,
                       QCoreApplication.translate("Actions", "Ouvrir la fiche du lieu sélectionné")),
        show_form=make(QCoreApplication.translate("Actions", "Fiche du &lieu"), "F4"),
        new_visit=make(QCoreApplication.translate("Actions", "Nouvelle &visite du lieu"), "Ctrl+Shift+V",
                       QStyle.SP_FileDialogNewFolder,
                       QCoreApplication.translate("Actions", "Ouvrir un carnet de visite pour le lieu sélectionné")),
        show_tours=make(QCoreApplication.translate("Actions", "Visites &apprenantes"), "Ctrl+T",
                        QStyle.SP_FileDialogContentsView,
                        QCoreApplication.translate("Actions", "Préparer une visite apprenante : lieux, jours, horaires")),
        export_visit=make(QCoreApplication.translate("Actions", "E&xporter la synthèse de la visite (PDF)…"),
                          "Ctrl+E", QStyle.SP_DialogSaveButton,
                          QCoreApplication.translate("Actions", "Écrire la synthèse de la visite ouverte en PDF")),
        show_study=make(QCoreApplication.translate("Actions", "Étude &territoriale…"), "Ctrl+Shift+E", None,
                        QCoreApplication.translate("Actions", "Chiffres, graphiques, comparaison et exports d'un territoire")),
        preferences=make(QCoreApplication.translate("Actions", "Pré&férences…"), QKeySequence.Preferences, None,
                         QCoreApplication.translate("Actions", "Langue de l'interface")),
        about=make(QCoreApplication.translate("Actions", "À &propos de Tiers-Lieux Desktop…")),
        new_tour=make(QCoreApplication.translate("Actions", "&Nouvelle visite apprenante…"), None, None,
                      QCoreApplication.translate("Actions", "Préparer une visite apprenante : titre, dates, organisateur")),
        duplicate_tour=make(QCoreApplication.translate("Actions", "&Dupliquer la visite apprenante…"), None, None,
                            QCoreApplication.translate("Actions", "Copier la visite apprenante ouverte à de nouvelles "
                                                       "dates (participants et étapes, sans les notes)")),
        export_programme=make(QCoreApplication.translate("Actions", "&Feuille de route (PDF)…"), None, None,
                              QCoreApplication.translate("Actions", "Le programme jour par jour, pour les participants")),
        export_booklet=make(QCoreApplication.translate("Actions", "&Livret de la visite apprenante (PDF)…"), None, None,
                            QCoreApplication.translate("Actions", "Programme, synthèse de chaque visite et comparaison "
                                                       "des lieux")),
        show_visits=make(QCoreApplication.translate("Actions", "&Toutes les visites"), "Ctrl+Shift+L",
                         QStyle.SP_FileDialogListView,
                         QCoreApplication.translate("Actions", "La liste de toutes les visites, avec des filtres")),
        writing_mode=make(QCoreApplication.translate("Actions", "Mode &écriture (plein écran)"), None, None,
                          QCoreApplication.translate("Actions", "Écrire les notes du carnet sur tout l'écran (F11 ou "
                                                     "Ctrl+Maj+F ; Échap pour revenir)")),
    )
    actions.show_form.setCheckable(True)
    actions.writing_mode.setCheckable(True)
    actions.writing_mode.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+F")])
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)   # the application menu on macOS
    return actions


def build_menus(window: QMainWindow, a: Actions, undo: QAction, redo: QAction) -> None:
    """Put the actions (and the window's undo and redo) in ``window``'s menu bar and toolbar."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&Fichier"))
    menu.addActions([a.import_file, a.load_demo])
    menu.addSeparator()
    menu.addAction(a.quit)
    # Mnemonics on plain ASCII letters, one per menu: Alt+É does not exist on a US keyboard.
    menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "É&dition"))
    menu.addActions([undo, redo])
    menu.addSeparator()
    menu.addActions([a.new_site, a.open_site, a.save_site, a.delete_site, a.find_duplicates])
    menu.addSeparator()
    menu.addActions([a.show_tours, a.new_visit, a.export_visit, a.show_study])
    menu.addSeparator()
    menu.addAction(a.find)
    menu.addSeparator()
    menu.addAction(a.preferences)
    # The learning tour and the visits have a menu of their own: the heart of a field day.
    menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&Visites"))
    menu.addActions([a.show_tours, a.new_tour, a.duplicate_tour])
    menu.addSeparator()
    menu.addActions([a.export_programme, a.export_booklet])
    menu.addSeparator()
    menu.addActions([a.show_visits, a.new_visit, a.export_visit])
    menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&Affichage"))
    menu.addAction(a.show_form)
    menu.addAction(a.writing_mode)
    # Shortcuts of actions only in menus die with a hidden menu bar (the writing mode hides
    # it): the window holds every action too, so F11, Ctrl+S, Ctrl+Z… keep working there.
    window.addActions([getattr(a, f.name) for f in fields(a)] + [undo, redo])
    menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "A&ide"))
    menu.addAction(a.about)
    toolbar = window.addToolBar(QCoreApplication.translate("Actions", "Outils"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    toolbar.addActions([a.new_site, a.open_site, a.save_site, a.delete_site, a.new_visit, a.import_file])
    toolbar.addSeparator()
    toolbar.addActions([a.show_tours, a.show_visits])
