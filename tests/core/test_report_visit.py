"""The visit summary PDF: what an elected official reads must be what the agent typed."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tl_desktop.base.text import french, long_date
from tl_desktop.cli import main
from tl_desktop.domain import Attendance, Person, PublicService, Site
from tl_desktop.reports.common import COVER_BOX, PHOTO_BOX
from tl_desktop.reports.visit import build_visit_summary


@pytest.fixture
def visit(store):
    site, _ = store.sites.save(Site(
        name="Friche & <script>alert(1)</script>", kinds=["friche_culturelle"], programmes=["fabrique_territoire"],
        public_services=[PublicService("mission_locale", "le jeudi")], commune="Marseille", departement="13",
        latitude=43.31, longitude=5.39))
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11", author="Agent")
    store.visits.set_answer(visit.id, "modele_economique", "autofinancement", "62,5")
    store.visits.set_answer(visit.id, "forces_fragilites", "forces", ["AT&T <b>pas gras</b>", "Bénévoles"])
    store.visits.set_answer(visit.id, "forces_fragilites", "fragilites", ["Fin du bail en 2027"])
    store.visits.set_notes(visit.id, "# Accueil\nQuestion : a < b & c ?")
    store.visits.add_person(visit.id, Attendance(Person(name="Camille Martin"), "coordinatrice"))
    return visit


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_summary_prints_what_was_typed(store, visit, tmp_path):
    text = text_of(build_visit_summary(store, visit.id, tmp_path / "v.pdf"))
    for expected in ("Friche & <script>alert(1)</script>", "AT&T <b>pas gras</b>", "a < b & c",
                     "62,5", "Fin du bail en 2027", "mardi 11 février 2025", "Mission Locale (le jeudi)",
                     "Fabrique de territoire", "Camille Martin"):
        assert expected in text.replace("\u00a0", " ")
    # Unanswered themes are left out, not printed empty.
    assert "Gouvernance" not in text and "Foncier" not in text
    assert "Forces et fragilités" in text


def test_people_met_can_be_left_out(store, visit, tmp_path):
    text = text_of(build_visit_summary(store, visit.id, tmp_path / "v.pdf", include_people=False))
    assert "Camille Martin" not in text and "Personnes rencontrées" not in text


def test_french_typography():
    assert french("Question : oui ? « très »") == "Question\u00a0: oui\u00a0? «\u00a0très\u00a0»"
    assert long_date("2025-02-11") == "mardi 11 février 2025"
    assert long_date("2025-03-01") == "samedi 1er mars 2025"


def test_command_line_report(store, visit, tmp_path, capsys):
    out = tmp_path / "synthese.pdf"
    assert main(["report", "visit", visit.id, "-o", str(out), "--sans-personnes",
                 "--data-dir", str(store.path.parent)]) == 0
    assert "Camille" not in text_of(out)
    assert main(["report", "visit", "inconnue", "-o", str(out), "--data-dir", str(store.path.parent)]) == 1
    assert "Visite introuvable" in capsys.readouterr().err


def test_photos_are_printed_cover_first_at_about_150_dpi_and_upright(store, visit, tmp_path):
    from tests.factories.photos import COLD, WARM, make_photo

    site_id = store.visits.get(visit.id).site_id
    sources = [make_photo(tmp_path / f"IMG_{i}.jpg", (3000, 2000), seed=i, orientation=6 if i == 2 else None)
               for i in range(3)]
    photos = store.attachments.attach_files(visit.id, sources).added
    store.attachments.set_caption(photos[1].id, "La façade <côté rue> & l'entrée")
    store.attachments.set_cover(site_id, photos[1].id)
    out = build_visit_summary(store, visit.id, tmp_path / "v.pdf")

    reader = PdfReader(str(out))
    images = [image.image for page in reader.pages for image in page.images]
    assert len(images) == 3
    assert "La façade <côté rue> & l'entrée" in text_of(out).replace("\n", " ")
    assert images[0].size[0] > images[1].size[0]             # the cover, first and larger
    # Each photo at about 150 dpi of its printed box (cover 175 × 102 mm, others 86 × 64 mm).
    cover_mm = min(COVER_BOX[0] / 3000, COVER_BOX[1] / 2000) * 3000
    assert 140 <= images[0].size[0] / (cover_mm / 25.4) <= 200
    portrait = next(i for i in images if i.size[1] > i.size[0])   # EXIF orientation 6, turned upright
    assert 140 <= portrait.size[1] / (PHOTO_BOX[1] / 25.4) <= 200
    top, bottom = portrait.convert("RGB").getpixel((portrait.size[0] // 2, 5)), \
        portrait.convert("RGB").getpixel((portrait.size[0] // 2, portrait.size[1] - 5))
    assert abs(top[0] - WARM[0]) < 40 and abs(bottom[2] - COLD[2]) < 40
    assert out.stat().st_size < sum(p.stat().st_size for p in sources)
