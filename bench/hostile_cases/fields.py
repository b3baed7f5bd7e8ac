"""Text in fields: search syntax, markup, controls, Unicode, long texts and numbers (core and command line).

What a hostile or unlucky user types reaches the store through the same core calls the GUI
makes (``store.sites.save``, ``store.visits.set_answer``…); the GUI's own widgets are tried
in the ``gui`` family.
"""

from __future__ import annotations

import math
import unicodedata

from bench.hostile_cases.lab import LOST, WRONG, case, short

F = "fields"


def _catalog(lab):
    """Five real places and three with names that search syntax could trip over."""
    from tl_desktop.domain import Site

    store = lab.places(5)
    for name in ("Café des Possibles", "L'Atelier du Coin", "Œil de la Drôme"):
        store.sites.save(Site(name=name, commune="Die"))
    return store


def _search_ok(lab, text, expect=None):
    _catalog(lab)
    result = lab.cli("search", text)
    if result.crashed:
        lab.fail("traceback", short(result.err))
    if expect is None:                           # no word in it: said, and not the whole catalog
        lab.refused(result, "aucun mot")
        lab.expect(result.out.count("\n") == 0, WRONG, "lists places for a search with no word")
    else:
        lab.succeeded(result)
        if not expect:
            lab.expect(result.out.count("\n") < 8, WRONG, f"« {text} » lists the whole catalog")
        for name in expect:
            lab.expect(name in result.out, WRONG, f"« {text} » does not find « {name} »: {short(result.out)}")


for _n, (_text, _expect) in enumerate([
        ('"', None), ("*", None), ("", None), ("-", None), ("()", None), ("^", None), ("  ", None),
        ("cafe", ["Café des Possibles"]), ("CAFÉ possibles", ["Café des Possibles"]),
        ("l'atelier", ["L'Atelier du Coin"]), ("oeil", ["Œil de la Drôme"]),
        ('cafe"', ["Café des Possibles"]), ("NEAR(cafe possibles)", []), ("cafe AND possibles OR", []),
        ("name:cafe", []), ("caf*", ["Café des Possibles"]), ("%_\\", []), ("café' OR 1=1 --", []),
        ("🙂 cafe", ["Café des Possibles"]), ("valserhone", ["France services de Valserhône"])]):
    def _make(text=_text, expect=_expect):
        return lambda lab: _search_ok(lab, text, expect)
    case(F, f"search_{_n:02d}", f"tl-desktop search « {_text} »")(_make())


@case(F, "search_very_long", "a search of 20,000 characters")
def _(lab):
    _catalog(lab)
    result = lab.cli("search", "cafe " * 4000)
    if result.crashed:
        lab.fail("traceback", short(result.err))
    lab.expect(result.status in (0, 1), WRONG, f"exit {result.status}")


@case(F, "search_core_syntax", "search syntax through the catalog's own query (the GUI's path)")
def _(lab):
    from tl_desktop.domain import SiteFilter

    store = _catalog(lab)
    for text in ('"', "*", "NEAR(", "a\"b", "col:val", "-x", "(((", "AND", "\x00", "\u202e", "ǅ", "ß", "İstanbul"):
        store.sites.query_ids(SiteFilter(text=text))
        store.sites.count()


def _save(lab, **fields):
    from tl_desktop.domain import Site

    store = lab.store()
    site, _ = store.sites.save(Site(**{"name": "La Ruche", "commune": "Die", **fields}))
    return store, store.sites.get(site.id)


MARKUP = '<script>alert("x")</script> & <b>gras</b> </script><img src=x onerror=alert(1)> javascript:alert(1)'


@case(F, "site_markup_every_field", "markup and script in every text field of a site")
def _(lab):
    fields = {f: f"{f} {MARKUP}" for f in ("name", "address", "commune", "website", "email", "phone", "description")}
    _, site = _save(lab, **fields)
    for f, value in fields.items():
        lab.expect(getattr(site, f) == value, WRONG, f"{f} stored as « {short(getattr(site, f))} »")


@case(F, "site_name_blank", "a site named only with spaces and tabs")
def _(lab):
    from tl_desktop.base.errors import ValidationError

    try:
        _save(lab, name=" \t ")
    except ValidationError as exc:
        lab.french(str(exc), "nom")
    else:
        lab.fail(WRONG, "saved a site without a name")


@case(F, "site_latitude_nan", "latitude NaN, longitude inf")
def _(lab):
    from tl_desktop.base.errors import ValidationError

    try:
        _, site = _save(lab, latitude=float("nan"), longitude=float("inf"))
    except ValidationError as exc:
        lab.french(str(exc), "latitude")
    else:
        lab.fail(WRONG, f"stored at {site.latitude}, {site.longitude}")


@case(F, "site_latitude_without_longitude", "a latitude without longitude")
def _(lab):
    from tl_desktop.base.errors import ValidationError

    try:
        _save(lab, latitude=44.7)
    except ValidationError as exc:
        lab.french(str(exc), "longitude")
    else:
        lab.fail(WRONG, "saved half a position")


@case(F, "site_controls_and_surrogates", "controls, a lone surrogate and CR line ends in a description")
def _(lab):
    _, site = _save(lab, name="Café\x1b[2J\x07 rouge", description="ligne 1\r\nligne 2\rfin \ud83d\x00 ok")
    lab.expect(site.name == "Café[2J rouge", WRONG, f"name stored as {site.name!r}")
    lab.expect(site.description == "ligne 1\nligne 2\nfin  ok", WRONG, f"description stored as {site.description!r}")


@case(F, "site_decomposed_accents", "a name typed on a Mac (decomposed accents)")
def _(lab):
    from tl_desktop.domain import SiteFilter

    store, site = _save(lab, name=unicodedata.normalize("NFD", "Fabrique de l'Écluse à Crest"))
    lab.expect(unicodedata.is_normalized("NFC", site.name), WRONG, "stored decomposed")
    lab.expect(store.sites.query_ids(SiteFilter(text="ecluse")), WRONG, "« ecluse » does not find it")


@case(F, "site_every_script", "names in Arabic, Hebrew, Chinese, emoji, Greek, Cyrillic")
def _(lab):
    from tl_desktop.domain import Site, SiteFilter

    store = lab.store()
    names = ["مقهى الحي", "בית קפה", "咖啡馆第三空间", "Café 🌱☕", "Καφενείο", "Кафе «Место»"]
    for name in names:
        store.sites.save(Site(name=name, commune="Die"))
    out = lab.cli("list").out
    lab.expect(all(n in out for n in names), WRONG, "a name is not listed as it was typed")
    lab.expect(store.sites.query_ids(SiteFilter(text="кафе")), WRONG, "Cyrillic search finds nothing")


@case(F, "site_name_100k", "a name of 100,000 characters")
def _(lab):
    _, site = _save(lab, name="Tiers-lieu " * 10_000)
    lab.expect(len(site.name) > 99_000, WRONG, "the name was cut")
    lab.succeeded(lab.cli("list"))


@case(F, "site_sql_like_text", "names that look like SQL")
def _(lab):
    name = "Robert'); DROP TABLE sites;--"
    store, site = _save(lab, name=name)
    lab.expect(site.name == name and store.sites.count() == 1, WRONG, "the name was changed")
    lab.succeeded(lab.cli("search", "robert"), "Robert")


def _visit(lab):
    store, site = _save(lab)
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11")
    return store, visit.id


@case(F, "notes_64k", "notes of 64,000 characters, saved then read")
def _(lab):
    store, visit = _visit(lab)
    text = "Ce que dit l'équipe : bénévoles, atelier ; " * 1500
    store.visits.set_notes(visit, text)
    lab.expect(store.visits.get(visit).notes == text, LOST, "the notes came back different")


@case(F, "notes_5mb", "notes of 5 MB pasted at once")
def _(lab):
    store, visit = _visit(lab)
    text = "x" * 5_000_000
    store.visits.set_notes(visit, text)
    lab.expect(len(store.visits.get(visit).notes) == 5_000_000, LOST, "the notes were cut")


@case(F, "notes_controls", "ESC, BEL, NUL, a lone surrogate and U+2028 in the notes")
def _(lab):
    store, visit = _visit(lab)
    store.visits.set_notes(visit, "a\x1b[31mb\x07c\x00d\ud800e\u2028f")
    notes = store.visits.get(visit).notes
    lab.expect(notes == "a[31mbcde\nf", WRONG, f"stored as {notes!r}")


def _answer(lab, theme, question, value):
    store, visit = _visit(lab)
    return store, visit, store.visits.set_answer(visit, theme, question, value)[0]


def _refused_answer(lab, theme, question, value, *words):
    from tl_desktop.base.errors import ValidationError

    store, visit = _visit(lab)
    if question == "surface":
        store.visits.set_answer(visit, theme, question, 7)      # what was answered before
    try:
        stored = store.visits.set_answer(visit, theme, question, value)[0]
    except ValidationError as exc:
        lab.french(str(exc), *words)
        kept = store.visits.get(visit).answers.get(theme, {}).get(question)
        lab.expect(kept == (7 if question == "surface" else None), LOST, f"the previous answer became {kept!r}")
        return
    lab.fail(WRONG, f"{value!r} stored as {stored!r}")


for _value in ("nan", "inf", "-Infinity", "1e400", "12abc", "--3", "0x1F", "1.2.3"):
    def _make(value=_value):
        return lambda lab: _refused_answer(lab, "foncier", "surface", value)
    case(F, f"number_{_value}", f"surface answered « {_value} »")(_make())


@case(F, "number_1e308", "surface answered « 1e308 »")
def _(lab):
    from tl_desktop.base.errors import ValidationError

    try:
        _, _, stored = _answer(lab, "foncier", "surface", "1e308")
    except ValidationError as exc:
        lab.french(str(exc))
        return
    lab.expect(len(str(stored)) < 30, WRONG, f"stored as a {len(str(stored))}-character number")


@case(F, "number_french_decimal", "surface answered « 1 250,5 » (French spaces and comma)")
def _(lab):
    from tl_desktop.base.errors import ValidationError

    try:
        _, _, stored = _answer(lab, "foncier", "surface", "1 250,5")
    except ValidationError as exc:
        lab.french(str(exc))
        return
    lab.expect(stored == 1250.5, WRONG, f"stored as {stored!r}")


@case(F, "number_negative", "surface answered « -40 »")
def _(lab):
    _refused_answer(lab, "foncier", "surface", "-40")


@case(F, "percent_150", "self-financing answered 150 %")
def _(lab):
    _refused_answer(lab, "modele_economique", "autofinancement", 150)


@case(F, "rating_out_of_scale", "an impact rated 7 / 5, then 2.5")
def _(lab):
    _refused_answer(lab, "impacts", "lien_social", 7)
    _refused_answer(lab, "impacts", "lien_social", 2.5)


@case(F, "choice_unknown_code", "a legal form the grid does not offer")
def _(lab):
    _refused_answer(lab, "gouvernance", "forme_juridique", "société_secrète")


@case(F, "multi_not_a_list", "a multiple choice given as one string")
def _(lab):
    _refused_answer(lab, "activites", "activites", "coworking")


@case(F, "items_thousands", "10,000 strengths, some empty or spaces")
def _(lab):
    items = [f"Force {i}" if i % 3 else "  " for i in range(10_000)]
    _, _, stored = _answer(lab, "forces_fragilites", "forces", items)
    lab.expect(len(stored) == 6666 and all(s.strip() for s in stored), WRONG, f"{len(stored)} items stored")


@case(F, "date_impossible", "an end of occupation on 30 February")
def _(lab):
    _refused_answer(lab, "foncier", "fin_occupation", "2025-02-30")


@case(F, "text_answer_1mb", "a text answer of 1 MB")
def _(lab):
    _, visit, stored = _answer(lab, "gouvernance", "decision", "Décision collégiale. " * 50_000)
    lab.expect(len(stored) > 1_000_000, LOST, "the answer was cut")


@case(F, "answer_unknown_question", "an answer to a question the grid does not have")
def _(lab):
    _refused_answer(lab, "gouvernance", "question_inventee", "oui", "question")


@case(F, "tour_title_blank", "a learning tour titled with spaces only")
def _(lab):
    from tl_desktop.base.errors import ValidationError
    from tl_desktop.domain import Tour

    try:
        lab.store().tours.save(Tour(title="   "))
    except ValidationError as exc:
        lab.french(str(exc), "titre")
    else:
        lab.fail(WRONG, "saved a tour without a title")


@case(F, "tour_end_before_start", "a tour ending before it starts")
def _(lab):
    from tl_desktop.base.errors import ValidationError
    from tl_desktop.domain import Tour

    try:
        lab.store().tours.save(Tour(title="Visite", start_date="2025-02-12", end_date="2025-02-11"))
    except ValidationError as exc:
        lab.french(str(exc), "date")
    else:
        lab.fail(WRONG, "saved a tour that ends before it starts")


@case(F, "person_blank_and_huge", "a person with no name, then one with a 50,000-character contact")
def _(lab):
    from tl_desktop.base.errors import ValidationError
    from tl_desktop.domain import Person

    store = lab.store()
    try:
        store.people.save(Person(name=" "))
        lab.fail(WRONG, "saved a person without a name")
    except ValidationError as exc:
        lab.french(str(exc), "nom")
    store.people.save(Person(name="Camille", contact="c" * 50_000))


@case(F, "room_capacity_absurd", "a meeting room for -5, then 10¹² people")
def _(lab):
    from tl_desktop.base.errors import ValidationError
    from tl_desktop.domain import Room

    store, site = _save(lab)
    for capacity in (-5, 10 ** 12):
        try:
            store.rooms.set_for_site(site.id, [Room(site_id=site.id, capacity=capacity)])
            lab.fail(WRONG, f"a room for {capacity} people was saved")
        except ValidationError as exc:
            lab.french(str(exc), "capacité")


@case(F, "study_name_taken", "two studies with the same name (spaces apart)")
def _(lab):
    from tl_desktop.base.errors import ValidationError
    from tl_desktop.domain import Study

    store = lab.store()
    store.studies.save(Study(name="Étude Drôme"))
    try:
        store.studies.save(Study(name="  Étude   Drôme "))
        lab.fail(WRONG, "two studies share a name")
    except ValidationError as exc:
        lab.french(str(exc), "nom")


@case(F, "stop_negative_travel", "a travel time of -20 min to the next stop")
def _(lab):
    from tl_desktop.base.errors import ValidationError
    from tl_desktop.domain import Stop, Tour

    store, site = _save(lab)
    tour, _ = store.tours.save(Tour(title="Visite", start_date="2025-02-11", end_date="2025-02-11"))
    stop, _ = store.tours.add_stop(Stop(tour.id, site.id, "2025-02-11"))
    try:
        store.tours.update_stop(Stop(**{**stop.__dict__, "travel_min": -20}))
        lab.fail(WRONG, "a negative travel time was saved")
    except ValidationError as exc:
        lab.french(str(exc), "trajet")


@case(F, "visit_date_free_text", "a visit dated « demain »")
def _(lab):
    from tl_desktop.base.errors import ValidationError

    store, visit = _visit(lab)
    try:
        store.visits.set_details(visit, visit_date="demain", author="Agent")
    except ValidationError as exc:
        lab.french(str(exc), "date")
        return
    lab.fail(WRONG, "a visit was dated « demain »")


@case(F, "coordinates_precision_kept", "a position typed with 15 decimals")
def _(lab):
    _, site = _save(lab, latitude=44.753912345678901, longitude=5.370123456789012)
    lab.expect(math.isclose(site.latitude, 44.753912345678901), WRONG, f"latitude {site.latitude}")
