"""Text pasted from anywhere prints as typed: stored in NFC without control characters,
printed with embedded fonts (DejaVu, then fallbacks) and never as boxes."""

from __future__ import annotations

import unicodedata

import pytest

from tl_desktop.base.text import normalise
from tl_desktop.domain import Attendance, Person, PublicService, Site, Stop, Tour

# « Café » as a Mac pastes it: « e » followed by the combining acute accent U+0301.
MAC = "Cafe\u0301 de la Re\u0301publique"
NFC = "Café de la République"


def test_normalise_composes_accents_and_drops_control_characters():
    assert normalise(MAC) == NFC
    assert normalise("ligne 1\r\nligne 2\rligne 3\u2028fin") == "ligne 1\nligne 2\nligne 3\nfin"
    # Escape sequences, BEL, NUL, C1 controls and a broken paste's lone surrogate go; tab stays.
    assert normalise("a\x1b[31mb\x07c\x00d\x85e\ud800f\tg") == "a[31mbcdef\tg"
    assert normalise("") == "" and normalise("Déjà composé") == "Déjà composé"


def test_every_store_write_path_stores_nfc(store):
    site, _ = store.sites.save(Site(name=MAC, address="1 rue de la Re\u0301publique\x07", commune="Ale\u0300s",
                                    description="e\u0301te\u0301\r\n2e ligne",
                                    public_services=[PublicService("mission_locale", "sur re\u0301servation")]))
    stored = store.sites.get(site.id)
    assert (stored.name, stored.address, stored.commune) == (NFC, "1 rue de la République", "Alès")
    assert stored.description == "été\n2e ligne" and stored.public_services[0].detail == "sur réservation"
    assert site.name == NFC     # what save() returns is what is stored

    store.sites.add_many([Site(name="Fablab d'Ale\u0300s", commune="Ale\u0300s")])
    assert store.sites.query_ids() and any(
        store.sites.get(i).name == "Fablab d'Alès" for i in store.sites.query_ids())

    tour, _ = store.tours.save(Tour(title="Visite apprenante de Ne\u0302mes", organiser="Re\u0301gion",
                                    service="Service \x1bculture", objectives="Apprendre\u0301"))
    tour = store.tours.get(tour.id)
    assert (tour.title, tour.organiser, tour.service) == ("Visite apprenante de Nêmes", "Région", "Service culture")
    stop, _ = store.tours.add_stop(Stop(tour.id, site.id, "2025-02-11", host="L'e\u0301quipe"))
    assert store.tours.get_stop(stop.id).host == "L'équipe"
    store.tours.update_stop(Stop(tour.id, site.id, "2025-02-11", id=stop.id, host="Me\u0301lanie"))
    assert store.tours.get_stop(stop.id).host == "Mélanie"

    visit, _ = store.visits.create(site.id, author="Ame\u0301lie")
    store.visits.set_notes(visit.id, "# Accueil\r\nQualite\u0301 de l'accueil\x0c")
    store.visits.set_answer(visit.id, "gouvernance", "decision", "Le colle\u0300ge")
    store.visits.set_answer(visit.id, "forces_fragilites", "forces", ["Be\u0301ne\u0301voles", "Re\u0301seau"])
    store.visits.set_answer(visit.id, "foncier", "_commentaire", "Bail pre\u0301caire")
    stored = store.visits.get(visit.id)
    assert stored.author == "Amélie" and stored.notes == "# Accueil\nQualité de l'accueil"
    assert stored.answers["gouvernance"]["decision"] == "Le collège"
    assert stored.answers["forces_fragilites"]["forces"] == ["Bénévoles", "Réseau"]
    assert stored.answers["foncier"]["_commentaire"] == "Bail précaire"
    store.visits.set_details(visit.id, visit_date="2025-02-11", author="He\u0301le\u0300ne")
    assert store.visits.get(visit.id).author == "Hélène"

    store.visits.add_person(visit.id, Attendance(Person(name="Zoe\u0301", service="Mairie d'Ale\u0300s"),
                                                 "pre\u0301sidente"))
    store.tours.add_participant(tour.id, Attendance(Person(name="Andre\u0301"), "e\u0301lu"))
    met = store.visits.people(visit.id)[0]
    assert (met.person.name, met.person.service, met.role) == ("Zoé", "Mairie d'Alès", "présidente")
    participant = store.tours.participants(tour.id)[0]
    assert (participant.person.name, participant.role) == ("André", "élu")


def test_captions_are_stored_nfc(store, tmp_path):
    from PIL import Image

    site, _ = store.sites.save(Site(name="Lieu"))
    visit, _ = store.visits.create(site.id)
    Image.new("RGB", (64, 48), "#336699").save(tmp_path / "p.jpg")
    photo = store.attachments.attach_files(visit.id, [tmp_path / "p.jpg"]).added[0]
    store.attachments.set_caption(photo.id, "La fac\u0327ade\x00 ")
    assert store.attachments.get(photo.id).caption == "La façade"
    assert unicodedata.is_normalized("NFC", store.attachments.get(photo.id).caption)
