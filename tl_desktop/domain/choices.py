"""The controlled lists of the catalog: stable codes (stored, never translated) and French labels.

Labels are shown to the user and marked for translation (context "domain"). The observation
grid and the reports reuse these lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP, Translator


@dataclass(frozen=True)
class Choice:
    """One entry of a controlled list: a stable code and its French label."""

    code: str
    label: str
    colour: str = "#777777"


class ChoiceList:
    """An ordered controlled list; looks entries up by code."""

    def __init__(self, name: str, choices: list[Choice]):
        self.name = name
        self.choices = tuple(choices)
        self._by_code = {c.code: c for c in choices}

    def __iter__(self):
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def get(self, code: str) -> Choice | None:
        return self._by_code.get(code)

    def label(self, code: str, tr: Translator | None = None) -> str:
        """The label of ``code`` (in ``tr``'s language if given); an unknown code as it is."""
        choice = self._by_code.get(code)
        if choice is None:
            return code
        return tr.translate("domain", choice.label) if tr is not None else choice.label

    def labels(self, codes, tr: Translator | None = None) -> list[str]:
        return [self.label(c, tr) for c in codes]

    def index(self, code: str) -> int:
        return self.codes().index(code)


# Colours: a qualitative palette readable on a light map and by most colour-blind readers
# (derived from Paul Tol's "muted" and "bright" schemes).
KINDS = ChoiceList("kinds", [
    Choice("coworking", QT_TRANSLATE_NOOP("domain", "Coworking"), "#4477AA"),
    Choice("fablab", QT_TRANSLATE_NOOP("domain", "Fablab / atelier partagé"), "#EE6677"),
    Choice("cafe_associatif", QT_TRANSLATE_NOOP("domain", "Café associatif"), "#CCBB44"),
    Choice("friche_culturelle", QT_TRANSLATE_NOOP("domain", "Friche culturelle"), "#AA3377"),
    Choice("garage_solidaire", QT_TRANSLATE_NOOP("domain", "Garage solidaire"), "#66CCEE"),
    Choice("tiers_lieu_nourricier", QT_TRANSLATE_NOOP("domain", "Tiers-lieu nourricier"), "#228833"),
    Choice("manufacture_proximite", QT_TRANSLATE_NOOP("domain", "Manufacture de proximité"), "#882255"),
    Choice("campus_connecte", QT_TRANSLATE_NOOP("domain", "Campus connecté"), "#332288"),
    Choice("micro_folie", QT_TRANSLATE_NOOP("domain", "Micro-Folie"), "#DDAA33"),
    Choice("mediation_numerique", QT_TRANSLATE_NOOP("domain", "Espace de médiation numérique"), "#117733"),
    Choice("france_services", QT_TRANSLATE_NOOP("domain", "France Services"), "#000091"),
    # Kinds the published lists carry (typologie of the médiation numérique schema, regional
    # networks' lists): a place that is one of these is not « Autre ».
    Choice("tiers_lieu", QT_TRANSLATE_NOOP("domain", "Tiers-lieu (sans précision)"), "#999933"),
    Choice("bibliotheque", QT_TRANSLATE_NOOP("domain", "Bibliothèque / médiathèque"), "#44AA99"),
    Choice("centre_social", QT_TRANSLATE_NOOP("domain", "Centre social, MJC, maison de quartier"), "#CC6677"),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre"), "#888888"),
])

PROGRAMMES = ChoiceList("programmes", [
    Choice("fabrique_territoire", QT_TRANSLATE_NOOP("domain", "Fabrique de territoire")),
    Choice("fabrique_numerique_territoire", QT_TRANSLATE_NOOP("domain", "Fabrique numérique de territoire")),
    Choice("manufacture_proximite", QT_TRANSLATE_NOOP("domain", "Manufacture de proximité")),
    Choice("france_services", QT_TRANSLATE_NOOP("domain", "France Services")),
    Choice("conseiller_numerique", QT_TRANSLATE_NOOP("domain", "Conseiller numérique")),
    Choice("micro_folie", QT_TRANSLATE_NOOP("domain", "Micro-Folie")),
    Choice("campus_connecte", QT_TRANSLATE_NOOP("domain", "Campus connecté")),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre")),
])

PUBLIC_SERVICES = ChoiceList("public_services", [
    Choice("france_services", QT_TRANSLATE_NOOP("domain", "Guichet France Services")),
    Choice("conseiller_numerique", QT_TRANSLATE_NOOP("domain", "Conseiller numérique")),
    Choice("mission_locale", QT_TRANSLATE_NOOP("domain", "Mission Locale")),
    Choice("service_municipal", QT_TRANSLATE_NOOP("domain", "Service municipal")),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre")),
])

LEGAL_FORMS = ChoiceList("legal_forms", [
    Choice("association", QT_TRANSLATE_NOOP("domain", "Association")),
    Choice("scic", QT_TRANSLATE_NOOP("domain", "SCIC")),
    Choice("scop", QT_TRANSLATE_NOOP("domain", "SCOP")),
    Choice("sas_sarl", QT_TRANSLATE_NOOP("domain", "SAS / SARL")),
    Choice("collectivite", QT_TRANSLATE_NOOP("domain", "Collectivité")),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre")),
])

# How precise a site's coordinates are: many open lists only give the commune's centre.
LOCATION_PRECISIONS = ChoiceList("location_precisions", [
    Choice("adresse", QT_TRANSLATE_NOOP("domain", "À l'adresse")),
    Choice("commune", QT_TRANSLATE_NOOP("domain", "Centre de la commune (approximatif)")),
    Choice("photo", QT_TRANSLATE_NOOP("domain", "Position GPS d'une photo de visite")),
    Choice("carte", QT_TRANSLATE_NOOP("domain", "Placé à la main sur la carte")),
])
PRECISION_MAP = "carte"    # a site placed by a click on the map or by dragging its marker

# What a meeting room offers a collectivité's meeting (codes stored in rooms.equipment).
ROOM_EQUIPMENT = ChoiceList("room_equipment", [
    Choice("visio", QT_TRANSLATE_NOOP("domain", "Visioconférence")),
    Choice("videoprojecteur", QT_TRANSLATE_NOOP("domain", "Vidéoprojecteur ou écran")),
    Choice("sonorisation", QT_TRANSLATE_NOOP("domain", "Sonorisation, micros")),
    Choice("boucle_magnetique", QT_TRANSLATE_NOOP("domain", "Boucle magnétique")),
    Choice("wifi", QT_TRANSLATE_NOOP("domain", "Wi-Fi")),
    Choice("cuisine", QT_TRANSLATE_NOOP("domain", "Cuisine ou office")),
])

SOURCE_MANUAL = QT_TRANSLATE_NOOP("sources", "saisie manuelle")   # a source, stored; translated where shown
