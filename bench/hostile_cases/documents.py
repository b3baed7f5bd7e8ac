"""Documents: the PDFs for elected officials, the study's DOCX and the exports, whatever the text holds.

Each document is made through the command line (``tl-desktop report …``, ``export …``) and read
back: pdftotext for the words, pdffonts for the embedded fonts.
"""

from __future__ import annotations

import subprocess
import unicodedata

from bench.hostile_cases.lab import LOST, WRONG, case, sha256, short

F = "documents"
MARKUP = 'a < b & c <b>gras <i>x</b> AT&T <script>alert(1)</script> </para> <font name="x">'


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          timeout=60).stdout


def _fonts(path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, timeout=60).stdout
    return out.splitlines()[2:]


def _fonts_embedded(lab, path) -> None:
    fonts = _fonts(path)
    lab.expect(fonts, WRONG, "no font in the PDF")
    bare = [line.split()[0] for line in fonts if " no " in f" {line} ".split("Type")[-1][:40] and "yes" not in
            line.split()[-5:-2]]
    lab.expect(not bare, WRONG, f"fonts not embedded: {bare}")


def _words(text: str) -> str:
    """Words as a reader reads them: French typography's non-breaking spaces are spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _visit(lab, *, name="Friche la Belle de Mai", notes="", answers=(), people=()):
    from tl_desktop.domain import Attendance, Person, Site

    store = lab.store()
    site, _ = store.sites.save(Site(name=name, commune="Marseille", address="41 rue Jobin", postcode="13003",
                                    latitude=43.3103, longitude=5.3905, kinds=["friche_culturelle"]))
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11", author="Agent de la ville")
    if notes:
        store.visits.set_notes(visit.id, notes)
    for theme, question, value in answers:
        store.visits.set_answer(visit.id, theme, question, value)
    for person in people:
        store.visits.add_person(visit.id, Attendance(Person(name=person, contact="06 00 00 00 00"), "directrice"))
    store.close()
    return visit.id


def _report(lab, kind, ident, name="doc.pdf", *extra):
    out = lab.root / name
    result = lab.cli("report", kind, ident, "-o", out, *extra)
    lab.succeeded(result, "Document écrit")
    lab.expect(out.exists() and out.read_bytes().rstrip().endswith(b"%%EOF"), WRONG, "no complete PDF")
    return out


@case(F, "visit_markup_everywhere", "markup, < and & in the name, notes and answers of a visit summary")
def _(lab):
    visit = _visit(lab, name="Café " + MARKUP, notes="Notes : " + MARKUP,
                   answers=[("gouvernance", "decision", "Décision : " + MARKUP),
                            ("forces_fragilites", "forces", ["Force " + MARKUP])])
    text = _words(_pdf_text(_report(lab, "visit", visit)))
    for piece in ("a < b & c <b>gras", "AT&T <script>alert(1)</script>"):
        lab.expect(piece in text, WRONG, f"« {piece} » is not printed as typed")


@case(F, "visit_long_answer", "a text answer of 300 words and a word of 500 letters")
def _(lab):
    visit = _visit(lab, answers=[("gouvernance", "decision", " ".join(["collégialement"] * 300)),
                                 ("activites", "ouverture", "x" * 500)], notes="y" * 3000)
    _report(lab, "visit", visit)


@case(F, "visit_64k_notes", "a visit summary with 64,000 characters of notes in one paragraph")
def _(lab):
    visit = _visit(lab, notes="Ce que dit l'équipe : bénévoles, atelier ; " * 1500)
    out = _report(lab, "visit", visit)
    lab.expect(_pdf_text(out).count("atelier") > 1000, LOST, "the notes are not all printed")


@case(F, "visit_decomposed_accents", "a name and notes typed on a Mac (decomposed accents)")
def _(lab):
    visit = _visit(lab, name=unicodedata.normalize("NFD", "Fabrique de l'Écluse"),
                   notes=unicodedata.normalize("NFD", "Équipe très impliquée, café associatif."))
    out = _report(lab, "visit", visit)
    text = unicodedata.normalize("NFC", _pdf_text(out))
    lab.expect("Écluse" in text and "Équipe très impliquée" in text, WRONG, "the accents do not print")
    lab.expect("\u0301" not in _pdf_text(out), WRONG, "combining accents reached the PDF")
    _fonts_embedded(lab, out)


@case(F, "visit_every_script", "names and notes in Arabic, Hebrew, Chinese, emoji, Greek, Cyrillic")
def _(lab):
    words = ["مقهى", "קפה", "咖啡馆", "Καφενείο", "Кафе", "🌱"]
    visit = _visit(lab, name="Lieu " + " ".join(words[:3]), notes=" ".join(words))
    out = _report(lab, "visit", visit)
    text = _pdf_text(out)
    missing = [w for w in ("咖啡馆", "Καφενείο", "Кафе") if w not in text]
    lab.expect(not missing, WRONG, f"not printed: {missing}")
    _fonts_embedded(lab, out)


@case(F, "visit_without_people", "report visit --sans-personnes: nobody met is printed")
def _(lab):
    visit = _visit(lab, people=["Camille Martin", "Dominique Durand"])
    text = _pdf_text(_report(lab, "visit", visit, "s.pdf", "--sans-personnes"))
    lab.expect("Camille" not in text and "06 00" not in text, WRONG, "personal data printed")
    text = _pdf_text(_report(lab, "visit", visit, "p.pdf"))
    lab.expect("Camille Martin" in text, WRONG, "the people met are missing when asked for")


@case(F, "visit_empty", "the summary of a visit where nothing was noted")
def _(lab):
    _report(lab, "visit", _visit(lab))


def _tour(lab, *, strengths=3, word="", title="Visite apprenante de la Belle de Mai", people=True):
    from tests.factories.reports import small_tour

    store = lab.store()
    tour = small_tour(store, title=title)
    visits = store.visits.of_tour(tour.id)
    store.visits.set_answer(visits[0].id, "forces_fragilites", "forces",
                            [f"Force n°{i} : accueil des habitants & associations" for i in range(strengths)])
    if word:
        store.visits.set_answer(visits[1].id, "forces_fragilites", "fragilites", [word])
        stop = store.tours.stops(tour.id)[0]
        store.tours.update_stop(stop.__class__(**{**stop.__dict__, "meeting_point": word, "host": word}))
    store.close()
    return tour.id


@case(F, "booklet_20_strengths", "a tour booklet with one visit noting 25 strengths")
def _(lab):
    out = _report(lab, "tour", _tour(lab, strengths=25))
    lab.expect("Force n°24" in _pdf_text(out), LOST, "the last strengths are not printed")


@case(F, "booklet_500_letter_word", "a tour booklet and programme with a 500-letter word")
def _(lab):
    tour = _tour(lab, word="Anticonstitutionnellement" * 20)
    _report(lab, "tour", tour)
    _report(lab, "programme", tour, "programme.pdf")


@case(F, "booklet_markup_title", "a tour titled with markup, slashes and quotes")
def _(lab):
    tour = _tour(lab, title='Visite <b>2025</b> & "Marseille/Aix" : tiers-lieux')
    text = _words(_pdf_text(_report(lab, "tour", tour)))
    lab.expect('Visite <b>2025</b> & "Marseille/Aix"' in text, WRONG, "the title is not printed as typed")


@case(F, "booklet_without_people", "report tour --sans-personnes: no participant printed")
def _(lab):
    text = _pdf_text(_report(lab, "tour", _tour(lab), "l.pdf", "--sans-personnes"))
    lab.expect("Camille Martin" not in text, WRONG, "a participant is printed")


def _tour_with_photo(lab):
    from tests.factories.photos import make_photo

    tour = _tour(lab)
    store = lab.store()
    visit = store.visits.of_tour(tour)[0]
    store.attachments.attach_files(visit.id, [make_photo(lab.root / "p.jpg", (1600, 1200), orientation=6)])
    return store, tour, store.attachments.of_visit(visit.id)[0]


@case(F, "booklet_photo_file_missing", "a booklet whose photo's stored file was deleted")
def _(lab):
    store, tour, photo = _tour_with_photo(lab)
    store.attachments.file_path(photo).unlink()
    for path in store.media.cache_dir.rglob("*"):
        if path.is_file():
            path.unlink()
    store.close()
    result = lab.cli("report", "tour", tour, "-o", lab.root / "l.pdf")
    if result.status == 0:
        lab.expect("photo" in (result.out + result.err).lower(), WRONG, "a photo is missing from the PDF, unsaid")
    else:
        lab.refused(result, "photo")


@case(F, "booklet_photo_file_damaged", "a booklet whose photo's stored file was overwritten with garbage")
def _(lab):
    store, tour, photo = _tour_with_photo(lab)
    store.attachments.file_path(photo).write_bytes(b"\x00garbage" * 1000)
    for path in store.media.cache_dir.rglob("*"):
        if path.is_file():
            path.unlink()
    store.close()
    result = lab.cli("report", "tour", tour, "-o", lab.root / "l.pdf")
    if result.status == 0:
        lab.expect("photo" in (result.out + result.err).lower(), WRONG, "a photo is missing from the PDF, unsaid")
    else:
        lab.refused(result, "photo")


@case(F, "pdf_over_existing", "a summary written over an existing one: replaced whole, nothing left beside")
def _(lab):
    visit = _visit(lab, notes="première version")
    out = _report(lab, "visit", visit, "s.pdf")
    store = lab.store()
    store.visits.set_notes(visit, "seconde version")
    store.close()
    _report(lab, "visit", visit, "s.pdf")
    lab.expect("seconde version" in _pdf_text(out), WRONG, "the old document is still there")
    left = [p.name for p in lab.root.iterdir() if p.name.startswith(".")]
    lab.expect(not left, WRONG, f"temporary files left: {left}")


@case(F, "pdf_over_open_readonly_file", "a summary written over a read-only PDF (opened elsewhere)")
def _(lab):
    import os

    visit = _visit(lab)
    out = _report(lab, "visit", visit, "s.pdf")
    os.chmod(out, 0o444)
    before = sha256(out)
    result = lab.cli("report", "visit", visit, "-o", out)
    if result.status != 0:
        lab.refused(result)
        lab.expect(sha256(out) == before, LOST, "the previous PDF changed")


def _study(lab, name):
    from tl_desktop.domain import Site, Study
    from tl_desktop.study import Criteria, Territory

    store = lab.places(5)
    store.sites.save(Site(name="Café " + MARKUP, commune="Valserhône", insee_code="01033", departement="01",
                          latitude=46.1, longitude=5.82, kinds=["cafe_associatif"]))
    store.studies.save(Study(name=name, territory=Territory("departement", ("01",)).to_dict(),
                             criteria=Criteria().to_dict(), compared=store.sites.query_ids()[:3]))
    store.close()


@case(F, "study_pdf_hostile", "a study named with markup, its places too (PDF)")
def _(lab):
    name = "Étude <b>Ain</b> & « Bugey »"
    _study(lab, name)
    out = lab.root / "etude.pdf"
    lab.succeeded(lab.cli("report", "study", name, "-o", out), "Document écrit")
    lab.expect("Étude <b>Ain</b> & « Bugey »" in _words(_pdf_text(out)), WRONG, "the name is not printed as typed")


@case(F, "study_docx_hostile", "the same study as an editable DOCX")
def _(lab):
    name = "Étude <b>Ain</b> & « Bugey »"
    _study(lab, name)
    out = lab.root / "etude.docx"
    lab.succeeded(lab.cli("report", "study", name, "-o", out), "Document écrit")
    import docx

    text = _words("\n".join(p.text for p in docx.Document(str(out)).paragraphs))
    lab.expect(name in text, WRONG, "the name is not in the DOCX as typed")


@case(F, "xlsx_formula_names", "names starting with = + - @ exported to XLSX")
def _(lab):
    from openpyxl import load_workbook

    from tl_desktop.domain import Site

    names = ["=HYPERLINK(\"http://x\",\"clic\")", "=1+1", "+33 4 75 00 00 00", "@SUM(A1)", "-2"]
    store = lab.store()
    for name in names:
        store.sites.save(Site(name=name, commune="Die"))
    store.close()
    out = lab.root / "lieux.xlsx"
    lab.succeeded(lab.cli("export", "xlsx", "-o", out))
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row]
    formulas = [c.value for c in cells if c.data_type == "f"]
    lab.expect(not formulas, WRONG, f"names became formulas: {formulas}")
    values = {c.value for c in cells}
    lab.expect(all(n in values for n in names), WRONG, "a name is not in the workbook as typed")


@case(F, "xlsx_long_notes", "a visit with 64,000 characters of notes exported to XLSX")
def _(lab):
    from openpyxl import load_workbook

    visit = _visit(lab, notes="Ce que dit l'équipe : bénévoles, atelier ; " * 1500)
    out = lab.root / "l.xlsx"
    result = lab.cli("export", "xlsx", "-o", out)
    lab.succeeded(result)
    cells = [c.value for sheet in load_workbook(out).worksheets for row in sheet.iter_rows() for c in row if c.value]
    longest = max(len(str(v)) for v in cells)
    lab.expect(longest <= 32767, WRONG, f"a cell of {longest} characters: Excel refuses the workbook (limit 32,767)")
    lab.expect(any("atelier" in str(v) for v in cells), LOST, "the notes are not exported")
    if not any(len(str(v)) > 60_000 for v in cells):
        lab.expect("coupé" in (result.out + result.err).lower(), WRONG, "the notes were cut without a word")
    _ = visit


@case(F, "suggested_names_hostile", "file names offered for documents of hostile titles")
def _(lab):
    from tl_desktop.reports.names import suggested_filename

    for title in ('<a/b:c*?"d|e>', "CON", "..", "\x1b[2J\u202eexe.fdp", "", "   ", "é" * 300):
        name = suggested_filename("booklet", title, "2025-02-11")
        lab.expect(name.endswith(".pdf") and name.startswith("livret"), WRONG, f"« {name} »")
        lab.expect(not any(c in name for c in '<>:"/\\|?*\u202e\x1b'), WRONG, f"unsafe « {short(name)} »")
        lab.expect(len(name.encode()) < 200, WRONG, f"{len(name.encode())} bytes long")


@case(F, "programme_empty_tour", "the programme of a tour with no stop yet")
def _(lab):
    from tl_desktop.domain import Tour

    store = lab.store()
    tour, _ = store.tours.save(Tour(title="Visite à préparer"))
    store.close()
    _report(lab, "programme", tour.id)
    _report(lab, "tour", tour.id, "l.pdf")
