"""Shared test set-up: no test touches the real user folders; GUI tests run offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")   # CI runs as root
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-background-networking")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Point HOME, XDG folders and the app's data folder at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("TL_DESKTOP_DATA", str(home / "data"))
    return home


@pytest.fixture
def store(tmp_path):
    """A fresh, empty catalog in a temporary folder."""
    from tl_desktop.store import Store

    with Store(tmp_path / "catalogue.tldb") as s:
        yield s


# ---------------------------------------------------------------- a real catalog with real visits

@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo catalog (real open data: France Services, Fabriques, Manufactures), built once per run."""
    from tl_desktop.io.demo import load_demo
    from tl_desktop.store import Store

    path = tmp_path_factory.mktemp("demo") / "catalogue.tldb"
    with Store(path) as store:
        load_demo(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_store(demo_template, tmp_path):
    """A copy of the demo catalog in a temporary folder."""
    import shutil

    from tl_desktop.store import Store

    path = tmp_path / "catalogue.tldb"
    shutil.copyfile(demo_template, path)
    with Store(path) as store:
        yield store


# Visits written as agents write them after a learning tour of Marseille's places: the same
# strengths and fragilities come back in other words (case, accents, plural).
MARSEILLE_VISITS = [
    {"modele_economique": {"autofinancement": 35, "subventions": 65, "recettes": ["location", "evenements"]},
     "foncier": {"statut": "occupation_temporaire", "fin_occupation": "2026-06-30", "surface": 1200},
     "gouvernance": {"forme_juridique": "association"},
     "impacts": {"lien_social": 5, "formation": 3, "emploi": 2, "developpement": 3, "transition": 4},
     "forces_fragilites": {"forces": ["Ancrage fort dans le quartier", "Bénévoles très impliqués"],
                           "fragilites": ["Bail précaire", "Dépendance aux subventions"]},
     "besoins": {"besoins": ["Locaux plus grands", "Un poste de coordination"]}},
    {"modele_economique": {"autofinancement": 70, "subventions": 30},
     "foncier": {"statut": "locataire", "surface": 450},
     "gouvernance": {"forme_juridique": "scic"},
     "impacts": {"lien_social": 4, "formation": 4, "emploi": 4, "developpement": 4, "transition": 3},
     "forces_fragilites": {"forces": ["ancrage fort dans le quartier.", "Offre de formation reconnue"],
                           "fragilites": ["Dépendance aux Subventions", "Loyer élevé"]},
     "besoins": {"besoins": ["Un poste de coordination"]}},
    {"modele_economique": {"autofinancement": 15, "subventions": 85},
     "foncier": {"statut": "mise_a_disposition"},
     "impacts": {"lien_social": 5, "formation": 2, "emploi": 1, "developpement": 2, "transition": 2},
     "forces_fragilites": {"forces": ["Bénévole très impliqué"], "fragilites": ["Local trop petit",
                                                                               "dépendance aux subventions"]},
     "besoins": {"besoins": ["locaux plus grand"]}},
    {"modele_economique": {"autofinancement": 55},
     "foncier": {"statut": "proprietaire"},
     "gouvernance": {"forme_juridique": "association"},
     "impacts": {"lien_social": 3, "emploi": 3},
     "forces_fragilites": {"forces": ["Café associatif qui fait vivre la place"], "fragilites": ["Bail précaire"]}},
]


@pytest.fixture
def study_store(demo_store):
    """The demo catalog, four Marseille places visited during a tour, meeting rooms, a saved study."""
    from tl_desktop.domain import Room, Stop, Study, Tour
    from tl_desktop.study import Criteria, Territory

    store = demo_store
    marseille = [r[0] for r in store.db.execute(
        "SELECT id FROM sites WHERE commune LIKE 'Marseille%' AND deleted_at IS NULL ORDER BY sort_name").fetchall()]
    tour, _ = store.tours.save(Tour(title="Tiers-lieux marseillais", organiser="Ville de Marseille",
                                    start_date="2025-02-11", end_date="2025-02-12"))
    visited = marseille[:len(MARSEILLE_VISITS)]
    for number, (site_id, answers) in enumerate(zip(visited, MARSEILLE_VISITS)):
        stop, _ = store.tours.add_stop(Stop(tour_id=tour.id, site_id=site_id, day="2025-02-11"))
        visit, _ = store.visits.create(site_id, stop_id=stop.id, visit_date=f"2025-02-1{1 + number % 2}",
                                       author="Agent de la ville")
        for theme_id, given in answers.items():
            for question_id, value in given.items():
                store.visits.set_answer(visit.id, theme_id, question_id, value)
    store.rooms.set_for_site(visited[0], [Room(site_id=visited[0], name="Grande salle", capacity=40, accessible=True,
                                              equipment=["visio", "videoprojecteur"])])
    store.rooms.set_for_site(visited[1], [Room(site_id=visited[1], name="Salle du haut", capacity=35)])
    store.rooms.set_for_site(marseille[-1], [Room(site_id=marseille[-1], capacity=12, accessible=True)])
    store.studies.save(Study(name="Tiers-lieux marseillais", territory=Territory("departement", ("13",)).to_dict(),
                             criteria=Criteria().to_dict(), compared=visited))
    store.fixture = {"tour": tour, "visited": visited, "marseille": marseille}
    return store
