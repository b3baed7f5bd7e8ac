"""A tour's programme as agents print it: end times, travel between stops, stop details, copies
to next year's dates, and the list of every visit with its filters."""

from __future__ import annotations

import pytest

from tl_desktop.base.errors import ValidationError
from tl_desktop.domain import Attendance, Person, Site, Stop, Tour, VisitFilter
from tl_desktop.geo import DRIVE, WALK, add_minutes, estimate_travel

# Real places and coordinates, from the ANCT's list of France Services (liste-fs-20240801.csv,
# Licence Ouverte 2.0; the demo catalog ships it in resources/demo/).
PANIER = dict(name="France services Marseille 2ème - Panier", address="11 - 13 Rue Caisserie", postcode="13002",
              commune="Marseille 2e", latitude=43.2972, longitude=5.368716)
NOAILLES = dict(name="France services multisites de Marseille - Noailles", address="16 rue Bernard du Bois",
                postcode="13001", commune="Marseille 1er", latitude=43.3012930634452, longitude=5.37621202998422)
SAINT_MAURONT = dict(name="France services Marseille 3ème - Saint-Mauront", address="50 Rue Felix Pyat",
                     postcode="13003", commune="Marseille 3e", latitude=43.31481, longitude=5.375499)
AIX = dict(name="France services d'Aix-en-Provence", address="Place de l'Hotel de ville", postcode="13100",
           commune="Aix-en-Provence", latitude=43.529931, longitude=5.447869)


@pytest.fixture
def places(store):
    return [store.sites.save(Site(**p))[0] for p in (PANIER, NOAILLES, SAINT_MAURONT, AIX)]


@pytest.fixture
def tour(store):
    tour, _ = store.tours.save(Tour(title="Visite apprenante 2025", organiser="Ville de Marseille",
                                    service="Direction de l'attractivité", start_date="2025-02-11",
                                    end_date="2025-02-12", objectives="Voir les France Services du centre."))
    return tour


def test_travel_is_walked_when_short_and_driven_beyond_rounded_to_five_minutes():
    panier_noailles = estimate_travel(PANIER["latitude"], PANIER["longitude"],
                                      NOAILLES["latitude"], NOAILLES["longitude"])
    assert panier_noailles.mode == WALK and panier_noailles.km == pytest.approx(1.0, abs=0.1)
    assert panier_noailles.minutes == 15                    # ~1 km at 4.5 km/h: 13 min, rounded up
    to_aix = estimate_travel(PANIER["latitude"], PANIER["longitude"], AIX["latitude"], AIX["longitude"])
    assert to_aix.mode == DRIVE and 30 < to_aix.km < 40
    assert to_aix.minutes == 65                              # 15 km in town, the rest by road, + parking
    same_place = estimate_travel(43.3, 5.37, 43.3, 5.37)
    assert same_place.minutes == 5                           # never « 0 min » on a programme


def test_end_time_is_time_plus_duration_and_says_nothing_without_both():
    assert add_minutes("09:30", 90) == "11:00"
    assert add_minutes("23:00", 120) == "23:59"              # a day's programme stays in its day
    assert add_minutes("", 90) == "" and add_minutes("09:30", None) == "" and add_minutes("9h", 30) == ""


def test_stop_details_are_stored_and_the_schedule_computes_ends_and_trips(store, places, tour):
    stops = [store.tours.add_stop(Stop(tour.id, place.id, "2025-02-11"))[0] for place in places[:3]]
    store.tours.add_stop(Stop(tour.id, places[3].id, "2025-02-12"))
    first = Stop(**{**stops[0].__dict__, "planned_time": "09:30", "duration_min": 90, "host": " Awa Diallo ",
                    "host_phone": "04 91 13 21 91", "meeting_point": "Devant l'accueil, rue Caisserie"})
    store.tours.update_stop(first)
    stored = store.tours.get_stop(first.id)
    assert (stored.host, stored.host_phone, stored.meeting_point) == \
        ("Awa Diallo", "04 91 13 21 91", "Devant l'accueil, rue Caisserie")
    second = Stop(**{**stops[1].__dict__, "travel_min": 25})          # the agent knows the bus takes 25 min
    store.tours.update_stop(second)
    plan = store.tours.schedule(tour.id)
    assert [p.number for p in plan] == [1, 2, 3, 1]
    assert plan[0].end_time == "11:00"
    assert plan[0].travel_min == 15 and plan[0].travel_estimated and plan[0].travel.mode == WALK
    assert plan[1].travel_min == 25 and not plan[1].travel_estimated
    assert plan[2].travel is None and plan[2].travel_min is None    # the day's last stop: no trip after it
    assert plan[3].site.name == AIX["name"] and plan[3].visits == 0


def test_a_negative_travel_time_is_refused(store, places, tour):
    stop, _ = store.tours.add_stop(Stop(tour.id, places[0].id, "2025-02-11"))
    with pytest.raises(ValidationError):
        store.tours.update_stop(Stop(**{**stop.__dict__, "travel_min": -5}))


def test_the_schedule_counts_the_notebooks_of_each_stop(store, places, tour):
    kept, _ = store.tours.add_stop(Stop(tour.id, places[0].id, "2025-02-11"))
    store.tours.add_stop(Stop(tour.id, places[1].id, "2025-02-11"))
    store.visits.create(places[0].id, stop_id=kept.id, visit_date="2025-02-11")
    assert [p.visits for p in store.tours.schedule(tour.id)] == [1, 0]


def test_a_tour_is_duplicated_to_new_dates_without_its_visits(store, places, tour):
    store.tours.add_participant(tour.id, Attendance(Person(name="Camille Martin", service="Urbanisme"), "élue"))
    day1, _ = store.tours.add_stop(Stop(tour.id, places[0].id, "2025-02-11", planned_time="09:30", duration_min=90,
                                        host="Awa", host_phone="04 91 13 21 91", meeting_point="Accueil"))
    store.tours.add_stop(Stop(tour.id, places[1].id, "2025-02-11", planned_time="11:30"))
    store.tours.add_stop(Stop(tour.id, places[3].id, "2025-02-12", planned_time="10:00", travel_min=40))
    store.visits.create(places[0].id, stop_id=day1.id, visit_date="2025-02-11")
    result = store.tours.duplicate(tour.id, title="Visite apprenante 2025 (copie)", start_date="2026-02-10")
    copy = store.tours.get(result.tour.id)
    assert (copy.title, copy.organiser, copy.service, copy.start_date, copy.end_date, copy.objectives) == (
        "Visite apprenante 2025 (copie)", "Ville de Marseille", "Direction de l'attractivité", "2026-02-10",
        "2026-02-11", "Voir les France Services du centre.")
    assert [(a.person.name, a.role) for a in store.tours.participants(copy.id)] == [("Camille Martin", "élue")]
    stops = store.tours.stops(copy.id)
    assert [(s.day, s.position, s.planned_time, s.site_id) for s in stops] == [
        ("2026-02-10", 0, "09:30", places[0].id), ("2026-02-10", 1, "11:30", places[1].id),
        ("2026-02-11", 0, "10:00", places[3].id)]
    assert (stops[0].host, stops[0].host_phone, stops[0].meeting_point, stops[0].duration_min) == \
        ("Awa", "04 91 13 21 91", "Accueil", 90)
    assert stops[2].travel_min == 40
    assert store.visits.of_tour(copy.id) == []                         # notes are not copied
    assert len(store.visits.of_tour(tour.id)) == 1                     # the original keeps its own
    assert copy.id in result.changes.tours and set(result.changes.stops) == {s.id for s in stops}
    # One person in the catalog, now on both tours: erasing them (RGPD) erases them from both.
    store.people.delete(store.tours.participants(copy.id)[0].person.id)
    assert store.tours.participants(tour.id) == [] and store.tours.participants(copy.id) == []


def test_a_duplicate_leaves_out_places_deleted_since_and_names_them(store, places, tour):
    store.tours.add_stop(Stop(tour.id, places[0].id, "2025-02-11"))
    store.tours.add_stop(Stop(tour.id, places[1].id, "2025-02-11"))
    store.sites.delete(places[0].id)
    result = store.tours.duplicate(tour.id, title="Copie", start_date="2025-03-04")
    assert result.skipped == [PANIER["name"]]
    assert [(s.site_id, s.position) for s in store.tours.stops(result.tour.id)] == [(places[1].id, 0)]


def test_a_duplicate_needs_a_title_and_a_date(store, tour):
    with pytest.raises(ValidationError):
        store.tours.duplicate(tour.id, title="  ", start_date="2026-02-10")
    with pytest.raises(ValidationError):
        store.tours.duplicate(tour.id, title="Copie", start_date="10/02/2026")
    assert len(store.tours.list()) == 1                                # nothing half made


def test_every_visit_is_listed_and_filtered_by_place_tour_dates_author_and_words(store, places, tour):
    stop, _ = store.tours.add_stop(Stop(tour.id, places[0].id, "2025-02-11"))
    in_tour, _ = store.visits.create(places[0].id, stop_id=stop.id, visit_date="2025-02-11", author="Awa")
    alone, _ = store.visits.create(places[1].id, visit_date="2024-10-03", author="Groupe 2 — urbanisme")
    undated, _ = store.visits.create(places[2].id, author="Awa")
    store.visits.set_notes(alone.id, "Un café associatif très fréquenté le matin.")
    store.visits.set_answer(in_tour.id, "forces_fragilites", "forces", ["Réseau d'habitants"])
    listing = store.visits.listing
    assert [r.id for r in listing()] == [in_tour.id, alone.id, undated.id]   # newest first, undated last
    row = listing()[0]
    assert (row.site_name, row.commune, row.tour_title, row.visit_date) == (
        PANIER["name"], "Marseille 2e", "Visite apprenante 2025", "2025-02-11")
    assert [r.id for r in listing(VisitFilter(tour_id=tour.id))] == [in_tour.id]
    assert [r.id for r in listing(VisitFilter(site_id=places[1].id))] == [alone.id]
    assert [r.id for r in listing(VisitFilter(date_from="2025-01-01"))] == [in_tour.id]
    assert [r.id for r in listing(VisitFilter(date_from="2024-01-01", date_to="2024-12-31"))] == [alone.id]
    assert [r.id for r in listing(VisitFilter(author="Awa"))] == [in_tour.id, undated.id]
    assert [r.id for r in listing(VisitFilter(text="cafe matin"))] == [alone.id]      # accents ignored
    assert [r.id for r in listing(VisitFilter(text="habitants"))] == [in_tour.id]     # in the grid's answers
    assert [r.id for r in listing(VisitFilter(text="saint-mauront"))] == [undated.id]  # the place's name
    assert listing(VisitFilter(text="cafe"))[0].excerpt == "Un café associatif très fréquenté le matin."
    assert store.visits.authors() == ["Awa", "Groupe 2 — urbanisme"]
    store.visits.delete(alone.id)
    store.sites.delete(places[2].id)
    assert [r.id for r in listing()] == [in_tour.id]                 # the bins are not listed


def test_the_programme_sheet_prints_hours_meeting_points_phones_and_trips(store, places, tour, tmp_path):
    from pypdf import PdfReader

    from tl_desktop.reports.tour import build_programme

    first, _ = store.tours.add_stop(Stop(tour.id, places[0].id, "2025-02-11", planned_time="09:30", duration_min=90,
                                         host="Awa Diallo", host_phone="04 91 13 21 91",
                                         meeting_point="Devant l'accueil"))
    second, _ = store.tours.add_stop(Stop(tour.id, places[1].id, "2025-02-11", duration_min=120, travel_min=25))
    store.tours.add_stop(Stop(tour.id, places[2].id, "2025-02-11", planned_time="14:00"))
    out = build_programme(store, tour.id, tmp_path / "programme.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "09:30–11:00" in text                                    # time + duration = the end
    assert "Rendez-vous : Devant l'accueil" in text.replace("\u00a0", " ")
    assert "Awa Diallo 04 91 13 21 91" in text
    assert "≈ 15 min à pied" in text.replace("\u00a0", " ")       # Panier → Noailles, estimated
    assert "25 min" in text.replace("\u00a0", " ")                 # Noailles → Saint-Mauront, typed
    assert "120 min" in text.replace("\u00a0", " ")                # a duration with no time
    assert "Trajets estimés hors ligne" in text                    # how the estimates were made
