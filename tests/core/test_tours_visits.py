"""Learning tours, stops, visits and people: what the tour view and the notebook rely on."""

from __future__ import annotations

import sqlite3

import pytest

from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.domain import Attendance, Person, Site, Stop, Tour


@pytest.fixture
def sites(store):
    return [store.sites.save(Site(name=f"Lieu {i}", commune="Marseille"))[0] for i in range(5)]


@pytest.fixture
def tour(store):
    tour, _ = store.tours.save(Tour(title="Visite apprenante Marseille 2025", organiser="Ville de Marseille",
                                    start_date="2025-02-11", end_date="2025-02-13"))
    return tour


def names(store, tour):
    return [(s.day, store.sites.get(s.site_id).name) for s in store.tours.stops(tour.id)]


def test_stops_are_ordered_by_day_then_position_and_can_move(store, sites, tour):
    for i, day in enumerate(["2025-02-11", "2025-02-11", "2025-02-11", "2025-02-12"]):
        store.tours.add_stop(Stop(tour.id, sites[i].id, day))
    assert names(store, tour) == [("2025-02-11", "Lieu 0"), ("2025-02-11", "Lieu 1"),
                                  ("2025-02-11", "Lieu 2"), ("2025-02-12", "Lieu 3")]
    stop2 = store.tours.stops(tour.id)[2]
    store.tours.move_stop(stop2.id, "2025-02-11", 0)                  # reorder within the day
    assert [n for _, n in names(store, tour)][:3] == ["Lieu 2", "Lieu 0", "Lieu 1"]
    store.tours.move_stop(stop2.id, "2025-02-12", 5)                  # to another day, at its end
    assert names(store, tour) == [("2025-02-11", "Lieu 0"), ("2025-02-11", "Lieu 1"),
                                  ("2025-02-12", "Lieu 3"), ("2025-02-12", "Lieu 2")]
    assert [s.position for s in store.tours.stops(tour.id)] == [0, 1, 0, 1]
    store.tours.remove_stop(store.tours.stops(tour.id)[0].id)
    assert [s.position for s in store.tours.stops(tour.id)] == [0, 0, 1]


def test_a_tour_needs_a_title_and_coherent_dates(store):
    with pytest.raises(ValidationError):
        store.tours.save(Tour(title=" "))
    with pytest.raises(ValidationError):
        store.tours.save(Tour(title="T", start_date="2025-02-13", end_date="2025-02-11"))
    assert store.tours.list() == []


def test_answers_and_notes_are_written_one_at_a_time(store, sites):
    visit, _ = store.visits.create(sites[0].id, visit_date="2025-02-11", author="A. Agent")
    assert store.visits.set_answer(visit.id, "modele_economique", "autofinancement", "62,5")[0] == 62.5
    store.visits.set_answer(visit.id, "forces_fragilites", "forces", ["Réseau", " ", "Bénévoles & <élus>"])
    store.visits.set_answer(visit.id, "forces_fragilites", "_commentaire", "Très « vivant »")
    store.visits.set_notes(visit.id, "# Accueil\n- café offert <script>")
    again = store.visits.get(visit.id)
    assert again.answers == {"modele_economique": {"autofinancement": 62.5},
                             "forces_fragilites": {"forces": ["Réseau", "Bénévoles & <élus>"],
                                                   "_commentaire": "Très « vivant »"}}
    assert again.notes == "# Accueil\n- café offert <script>"
    store.visits.set_answer(visit.id, "modele_economique", "autofinancement", "")   # cleared
    assert store.visits.get(visit.id).answers["modele_economique"] == {}
    with pytest.raises(ValidationError):
        store.visits.set_answer(visit.id, "impacts", "lien_social", 9)
    with pytest.raises(ValidationError):
        store.visits.set_answer(visit.id, "piscine", "profondeur", 3)
    assert store.visits.get(visit.id).answers["forces_fragilites"]["forces"] == ["Réseau", "Bénévoles & <élus>"]


def test_visits_of_a_tour_follow_its_programme_and_survive_its_deletion(store, sites, tour):
    late, _ = store.tours.add_stop(Stop(tour.id, sites[1].id, "2025-02-12"))
    early, _ = store.tours.add_stop(Stop(tour.id, sites[0].id, "2025-02-11"))
    v_late, _ = store.visits.create(sites[1].id, stop_id=late.id)
    v_early, _ = store.visits.create(sites[0].id, stop_id=early.id)
    assert [v.id for v in store.visits.of_tour(tour.id)] == [v_early.id, v_late.id]
    store.tours.delete(tour.id)
    assert store.tours.stops(tour.id) == []
    assert store.visits.get(v_late.id).stop_id is None      # the notes stay


def test_deleting_a_person_removes_them_everywhere(store, sites, tour):
    person = Person(name="Camille Martin", service="Direction de l'urbanisme", contact="camille@example.org")
    store.tours.add_participant(tour.id, Attendance(person, "participante"))
    visit, _ = store.visits.create(sites[0].id)
    store.visits.add_person(visit.id, Attendance(person, "rencontrée"))
    assert store.tours.participants(tour.id)[0].person.name == "Camille Martin"
    store.people.delete(person.id)
    assert store.tours.participants(tour.id) == [] and store.visits.people(visit.id) == []
    assert store.db.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        store.people.delete(person.id)


def test_a_stop_must_point_at_a_live_site(store, sites, tour):
    store.sites.delete(sites[4].id)
    with pytest.raises(NotFoundError):
        store.tours.add_stop(Stop(tour.id, sites[4].id, "2025-02-11"))
    with pytest.raises(sqlite3.IntegrityError):    # the schema itself refuses a dangling site
        store.db.execute("INSERT INTO stops (id, tour_id, site_id, day, position) VALUES ('x', ?, 'nope', '', 0)",
                         [tour.id])
