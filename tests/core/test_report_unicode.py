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


def test_an_imported_list_is_stored_nfc(store, tmp_path):
    from tl_desktop.io.importing import import_file

    path = tmp_path / "lieux.csv"
    path.write_text("nom;commune;adresse\nCafe\u0301 des Ale\u0300s;Ale\u0300s;1 rue de la Re\u0301publique\x07\n",
                    encoding="utf-8")
    assert import_file(store, path).imported == 1
    site = store.sites.get(store.sites.query_ids()[0])
    assert (site.name, site.commune, site.address) == ("Café des Alès", "Alès", "1 rue de la République")


def test_captions_are_stored_nfc(store, tmp_path):
    from PIL import Image

    site, _ = store.sites.save(Site(name="Lieu"))
    visit, _ = store.visits.create(site.id)
    Image.new("RGB", (64, 48), "#336699").save(tmp_path / "p.jpg")
    photo = store.attachments.attach_files(visit.id, [tmp_path / "p.jpg"]).added[0]
    store.attachments.set_caption(photo.id, "La fac\u0327ade\x00 ")
    assert store.attachments.get(photo.id).caption == "La façade"
    assert unicodedata.is_normalized("NFC", store.attachments.get(photo.id).caption)


# Names as they reach a catalog: other scripts, emoji, a Mac's decomposed accents.
NAMES = {
    "greek": "Καφενείο Αθηνά",
    "cyrillic": "Коворкинг Москва",
    "arabic": "مكتبة الحي",
    "chinese": "北京共享空间",
    "korean": "한국어 공간",
    "emoji": "Fablab 🎉🚲 ☕ ❤️",
    "mac": MAC,
}


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def pdf_fonts(path) -> dict[str, bool]:
    """Every font the pages use: base name → embedded (has a font file)."""
    from pypdf import PdfReader

    fonts = {}
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"]).split("+")[-1]] = embedded
    return fonts


def typed_and_printed(typed: str, text: str) -> bool:
    """True if ``typed`` (as stored: NFC) is in the extracted text. Arabic is printed in its
    joined forms (Unicode presentation forms), which NFKC maps back to the letters typed."""
    typed = unicodedata.normalize("NFC", typed)
    return typed in text or typed in unicodedata.normalize("NFKC", text)


@pytest.fixture
def world(store):
    site, _ = store.sites.save(Site(name=NAMES["chinese"], commune="Marseille", latitude=43.3, longitude=5.38))
    tour, _ = store.tours.save(Tour(title=NAMES["greek"], organiser=NAMES["cyrillic"], start_date="2025-02-11"))
    stop, _ = store.tours.add_stop(Stop(tour.id, site.id, "2025-02-11", host=NAMES["arabic"], duration_min=120))
    visit, _ = store.visits.create(site.id, stop_id=stop.id, visit_date="2025-02-11", author=NAMES["mac"])
    store.visits.set_answer(visit.id, "forces_fragilites", "forces", list(NAMES.values()))
    store.visits.set_notes(visit.id, "\n".join(NAMES.values()))
    store.visits.add_person(visit.id, Attendance(Person(name=NAMES["arabic"]), NAMES["korean"]))
    store.tours.add_participant(tour.id, Attendance(Person(name=NAMES["emoji"])))
    return tour, visit


def test_names_in_any_script_print_as_typed_in_every_document(store, world, tmp_path):
    from tl_desktop.reports.tour import build_programme, build_tour_booklet
    from tl_desktop.reports.visit import build_visit_summary

    tour, visit = world
    documents = {"synthese": build_visit_summary(store, visit.id, tmp_path / "s.pdf"),
                 "programme": build_programme(store, tour.id, tmp_path / "p.pdf"),
                 "livret": build_tour_booklet(store, tour.id, tmp_path / "l.pdf")}
    for kind, path in documents.items():
        text = pdf_text(path)
        expected = ["chinese", "greek", "arabic", "emoji"] if kind == "programme" else list(NAMES)
        for script in expected:
            assert typed_and_printed(NAMES[script], text), (kind, script)
        assert "\ufffd" not in text                      # nothing replaced: every character had a font
        fonts = pdf_fonts(path)
        assert all(fonts.values()), fonts                # every font embedded: the PDF reads the same anywhere
        assert "DejaVuSans" in fonts and not any(f.startswith("Helvetica") for f in fonts)
    # Chinese and Korean come from the CJK fallback, emoji from the symbols one.
    assert {"DroidSansFallback", "Symbola"} <= set(pdf_fonts(documents["synthese"]))


def test_arabic_is_printed_joined_and_right_to_left():
    from tl_desktop.reports.fonts import visual

    drawn = visual("Café " + NAMES["arabic"] + " (Marseille)")
    assert drawn.startswith("Café ") and drawn.endswith(" (Marseille)")
    arabic = drawn[len("Café "):-len(" (Marseille)")]
    # Joined forms (presentation forms), drawn right to left: the last word typed comes first.
    assert all("\ufe70" <= c <= "\ufeff" or c == " " for c in arabic)
    assert unicodedata.normalize("NFKC", arabic)[::-1] == NAMES["arabic"]
    assert visual("Καφενείο") == "Καφενείο"          # left-to-right text is left alone


def test_a_character_no_shipped_font_has_prints_visibly_never_as_a_box(store, tmp_path):
    from tl_desktop.reports.fonts import REPLACEMENT, font_runs
    from tl_desktop.reports.visit import build_visit_summary

    thai = "ภาษาไทย"      # no shipped font covers Thai
    assert {text for _, text in font_runs(thai)} == {REPLACEMENT * len(thai)}
    site, _ = store.sites.save(Site(name="Espace " + thai))
    visit, _ = store.visits.create(site.id)
    text = pdf_text(build_visit_summary(store, visit.id, tmp_path / "t.pdf"))
    assert "Espace " + REPLACEMENT in text


def test_a_style_in_another_font_still_gets_the_fallbacks():
    # A later document (the study) may use its own styles: reportlab's Helvetica has cp1252 only.
    from tl_desktop.reports.fonts import font_runs

    assert font_runs("Café 北京 €", "Helvetica") == [("Helvetica", "Café "), ("TLFallbackCJK", "北京 "),
                                                      ("Helvetica", "€")]
