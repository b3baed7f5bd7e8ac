"""A realistic learning tour for tests and benches: 3 days, 5 sites a day, every grid question answered."""
import sys
from pathlib import Path

from tl_desktop.domain import Attendance, Person, Site, Stop, Tour
from tl_desktop.domain.grid import load_grid
from tl_desktop.store import Store


def make(store):
    """Add the tour, its 15 sites, stops and visits to ``store``; return the tour."""
    tour, _ = store.tours.save(Tour(title="Visite apprenante des tiers-lieux marseillais", organiser="Ville de Marseille",
        service="Direction de l'attractivité", start_date="2025-02-11", end_date="2025-02-13",
        objectives="Apprendre des forces et des fragilités de 15 tiers-lieux ; préparer une politique d'appui."))
    store.tours.add_participant(tour.id, Attendance(Person(name="Camille Martin", service="Urbanisme"), "participante"))
    names = ["Friche la Belle de Mai", "Les Ateliers Vian", "Heko Farm", "La Fabulerie", "Urban Prod", "Foresta",
             "Le Monticole Culinaire", "Les Ateliers de l'Épopée", "Café associatif « La Cantine »", "Garage solidaire du Nord",
             "Coworking du Panier", "Fablab Provence", "Ressourcerie Les Chaussettes", "Tiers-lieu nourricier de l'Estaque", "Manufacture de Saint-Henri"]
    for i, name in enumerate(names):
        site, _ = store.sites.save(Site(name=name, commune="Marseille", postcode="1300%d" % (i % 9 + 1), address=f"{i+1} rue de la République",
                                       kinds=["friche_culturelle"], departement="13", latitude=43.29 + i * 0.005, longitude=5.37 + i * 0.004))
        stop, _ = store.tours.add_stop(Stop(tour.id, site.id, ["2025-02-11", "2025-02-12", "2025-02-13"][i // 5], planned_time="%02d:30" % (9 + i % 5 * 2), duration_min=90, host="L'équipe du lieu"))
        visit, _ = store.visits.create(site.id, stop_id=stop.id, visit_date=stop.day, author="Agent")
        grid = load_grid()
        for theme in grid.themes:
            for q in theme.questions:
                v = {"choice": q.options[i % len(q.options)].code if q.options else None,
                     "multi": [o.code for o in q.options[: 2 + i % 3]], "rating": 1 + i % 5, "percent": 30 + i * 3,
                     "number": 100 + i * 10, "date": "2027-06-30", "text": f"Réponse détaillée n°{i} : gouvernance partagée & ouverte.",
                     "items": [f"Élément {k} pour {name}" for k in range(3)]}[q.type]
                store.visits.set_answer(visit.id, theme.id, q.id, v)
            store.visits.set_answer(visit.id, theme.id, "_commentaire", f"Commentaire du thème {theme.label} : échanges riches.")
        store.visits.set_notes(visit.id, "# Accueil\n" + "Notes prises pendant la visite. " * 30 + "\n# Échanges\nQuestion : a < b & c ?")
    return tour

if __name__ == "__main__":
    store = Store(Path(sys.argv[1]))
    t = make(store)
    print(t.id)
