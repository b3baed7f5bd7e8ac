"""Learning tours for the documents' tests: small ones, and large ones with every grid question answered."""

from __future__ import annotations

from datetime import date, timedelta

from tl_desktop.domain import Attendance, Person, Site, Stop, Tour
from tl_desktop.domain.grid import load_grid

# Real tiers-lieux of Marseille (names and streets as published), positions near their address.
PLACES = [
    ("Friche la Belle de Mai", "41 rue Jobin", "13003", 43.3103, 5.3905),
    ("Les Ateliers Vian", "7 rue Vian", "13006", 43.2934, 5.3859),
    ("Heko Farm", "Chemin de la Bigotte", "13015", 43.3695, 5.3643),
    ("La Fabulerie", "4 rue de la Bibliothèque", "13001", 43.2987, 5.3842),
    ("Urban Prod", "1 place de Strasbourg", "13003", 43.3113, 5.3819),
    ("Foresta", "Chemin de la Nerthe", "13016", 43.3600, 5.3318),
    ("Le Talus", "Rue Gaston Berger", "13012", 43.3066, 5.4412),
    ("Café associatif « La Cantine »", "2 rue Consolat", "13001", 43.3027, 5.3863),
]


def small_tour(store, *, title: str = "Visite apprenante de la Belle de Mai"):
    """Two days, four stops (the last without notes), three noted visits; return the tour."""
    tour, _ = store.tours.save(Tour(title=title, organiser="Ville de Marseille", service="Direction de l'attractivité",
                                    start_date="2025-02-11", end_date="2025-02-12",
                                    objectives="Voir comment les tiers-lieux accueillent les services publics."))
    store.tours.add_participant(tour.id, Attendance(Person(name="Camille Martin", service="Urbanisme"), "participante"))
    for i, (name, address, postcode, lat, lon) in enumerate(PLACES[:4]):
        site, _ = store.sites.save(Site(name=name, address=address, postcode=postcode, commune="Marseille",
                                        departement="13", latitude=lat, longitude=lon, kinds=["friche_culturelle"]))
        day = "2025-02-11" if i < 2 else "2025-02-12"
        stop, _ = store.tours.add_stop(Stop(tour.id, site.id, day, planned_time=f"{9 + 2 * i:02d}:30",
                                            duration_min=120 if i == 0 else 90, host="L'équipe du lieu"))
        if i < 3:
            visit, _ = store.visits.create(site.id, stop_id=stop.id, visit_date=day, author="Agent")
            store.visits.set_answer(visit.id, "forces_fragilites", "forces", [f"Réseau de bénévoles de {name}"])
            store.visits.set_answer(visit.id, "forces_fragilites", "fragilites", ["Bail précaire"])
            store.visits.set_answer(visit.id, "modele_economique", "autofinancement", 40 + i)
            store.visits.set_notes(visit.id, f"# Accueil\nNotes de la visite de {name}.")
    return tour


def answer_everything(store, visit_id: str, i: int, name: str) -> None:
    """Answer every question of the grid, and each theme's comment."""
    grid = load_grid()
    for theme in grid.themes:
        for q in theme.questions:
            value = {"choice": q.options[i % len(q.options)].code if q.options else None,
                     "multi": [o.code for o in q.options[: 2 + i % 3]], "rating": 1 + i % 5, "percent": 30 + i % 50,
                     "number": 100 + i * 10, "date": "2027-06-30",
                     "text": f"Réponse détaillée n°{i} : gouvernance partagée & ouverte.",
                     "items": [f"Élément {k} pour {name}" for k in range(3)]}[q.type]
            store.visits.set_answer(visit_id, theme.id, q.id, value)
        store.visits.set_answer(visit_id, theme.id, "_commentaire", f"Commentaire du thème {theme.label} : échanges.")


def full_tour(store, *, visits: int = 15):
    """A tour of ``visits`` places, five a day, every grid question answered and long notes; return it."""
    days = (visits + 4) // 5
    first = date(2025, 2, 11)
    tour, _ = store.tours.save(Tour(title="Visite apprenante des tiers-lieux marseillais", organiser="Ville de Marseille",
                                    service="Direction de l'attractivité", start_date=first.isoformat(),
                                    end_date=(first + timedelta(days=days - 1)).isoformat()))
    for i in range(visits):
        name, address, postcode, lat, lon = PLACES[i % len(PLACES)]
        name = f"{name} ({i + 1})" if i >= len(PLACES) else name
        site, _ = store.sites.save(Site(name=name, address=address, postcode=postcode, commune="Marseille",
                                        departement="13", latitude=lat + 0.001 * i, longitude=lon))
        day = (first + timedelta(days=i // 5)).isoformat()
        stop, _ = store.tours.add_stop(Stop(tour.id, site.id, day, planned_time=f"{9 + i % 5 * 2:02d}:30",
                                            duration_min=90, host="L'équipe du lieu"))
        visit, _ = store.visits.create(site.id, stop_id=stop.id, visit_date=day, author="Agent")
        answer_everything(store, visit.id, i, name)
        store.visits.set_notes(visit.id, "# Accueil\n" + "Notes prises pendant la visite. " * 30)
    return tour
