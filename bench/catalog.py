"""The generated catalog the benchmarks share: realistic French sites, built once and cached.

Names combine kinds words (« Café associatif », « Fablab », « Friche »…) and place names
with real communes from ``resources/reference/communes.csv`` (a quarter of the sites in
big cities, the rest spread over all communes), sampled with a fixed seed. The file is
written with the real store API (``store.sites.add_many``) and cached in ``bench/.cache/``,
under a name that changes when this module, the store or the migrations change.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import time
from pathlib import Path

from bench import CACHE_DIR, REPO_DIR

SEED = 20261123

# (words, kind codes, weight): how often a kind word appears in names.
KIND_WORDS = [
    ("Café associatif", ["cafe_associatif"], 10), ("Fablab", ["fablab"], 10),
    ("Atelier partagé", ["fablab"], 4), ("Coworking", ["coworking"], 12),
    ("Espace de coworking", ["coworking"], 4), ("Friche", ["friche_culturelle"], 5),
    ("Friche culturelle", ["friche_culturelle"], 3), ("Garage solidaire", ["garage_solidaire"], 4),
    ("Tiers-lieu", ["autre"], 12), ("Tiers-lieu nourricier", ["tiers_lieu_nourricier"], 3),
    ("Ressourcerie", ["autre"], 4), ("Recyclerie", ["autre"], 2),
    ("La Fabrique", ["manufacture_proximite"], 5), ("Manufacture", ["manufacture_proximite"], 2),
    ("Épicerie solidaire", ["tiers_lieu_nourricier"], 2), ("Micro-Folie", ["micro_folie"], 1),
    ("Campus connecté", ["campus_connecte"], 1), ("Espace numérique", ["mediation_numerique"], 5),
    ("France Services", ["france_services"], 6), ("Maison des projets", ["autre"], 1),
]
PLACE_NAMES = [
    "La Ruche", "Le Hangar", "L'Atelier", "La Cantine", "Le Bocal", "La Forge", "Le Moulin",
    "La Grange", "L'Usine", "La Coopérative", "Le Quai", "La Gare", "L'Écluse", "La Verrerie",
    "Les Tanneries", "La Filature", "Le Préau", "La Ferme", "Le Local", "La Maison", "Le Lavoir",
    "La Scierie", "Les Ateliers du Lac", "La Rivière", "Le Champ commun", "La Papeterie",
    "L'Œuvrière", "La Cour", "Le Garage", "La Base", "Les Communs", "Le Phare", "La Boussole",
]
STREETS = ["rue de la République", "avenue Jean Jaurès", "place de la Mairie", "chemin des Écoliers",
           "rue Victor Hugo", "boulevard Gambetta", "route de la Rivière", "impasse du Moulin",
           "rue du Général de Gaulle", "quai de la Loire", "rue de l'Église", "allée des Tilleuls"]
DESCRIPTIONS = [
    "Atelier vélo et réparation d'objets du quotidien.", "Espace de travail partagé, salle de réunion.",
    "Café, concerts et ateliers numériques pour tous.", "Jardin partagé et cuisine collective.",
    "Accompagnement aux démarches administratives en ligne.",
    "Résidences d'artistes dans une ancienne usine.", "Imprimantes 3D, découpe laser, électronique.",
    "Recyclerie, boutique solidaire et ateliers de couture.",
]
# Big cities (INSEE codes): a quarter of the sites, as in the real lists.
BIG_CITIES = ["75056", "13055", "69123", "31555", "06088", "44109", "34172", "67482", "33063",
              "59350", "35238", "42218", "38185", "21231", "30189", "63113", "13001", "76351",
              "69266", "87085", "29019", "37261", "80021", "66136", "57463", "45234", "76540",
              "14118", "54395", "93048", "59512", "84007", "86194", "64445", "17300", "93066",
              "25056", "97302", "2A004", "97120"]


def load_communes() -> list[dict]:
    with open(REPO_DIR / "resources" / "reference" / "communes.csv", encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["latitude"] and r["longitude"]]


def _with_de(word: str, commune: str) -> str:
    if commune[:1].upper() in "AEIOUYÉÈÎÔH":
        return f"{word} d'{commune}"
    for article, contracted in (("Le ", "du "), ("Les ", "des ")):
        if commune.startswith(article):
            return f"{word} {contracted}{commune[len(article):]}"
    return f"{word} de {commune}"


def generate_sites(n: int, seed: int = SEED) -> list:
    """Return ``n`` realistic Site objects, the same for the same seed."""
    from tl_desktop.domain import PublicService, Site

    rng = random.Random(seed)
    communes = load_communes()
    by_code = {c["code"]: c for c in communes}
    big = [by_code[code] for code in BIG_CITIES if code in by_code]
    words = [w for w in KIND_WORDS]
    weights = [w[2] for w in words]
    sites = []
    for i in range(n):
        c = rng.choice(big) if rng.random() < 0.25 else rng.choice(communes)
        word, kinds, _ = rng.choices(words, weights)[0]
        kinds = list(kinds)
        if rng.random() < 0.15:
            kinds.append(rng.choice(["coworking", "fablab", "cafe_associatif", "mediation_numerique"]))
        place, town = rng.choice(PLACE_NAMES), c["nom"]
        pattern = rng.random()
        if pattern < 0.35:
            name = f"{word} {town}"
        elif pattern < 0.6:
            name = _with_de(word, town)
        elif pattern < 0.8:
            name = f"{place} — {word}"
        elif pattern < 0.92:
            name = f"{place} ({town})"
        else:
            name = f"{word} {place}"
        approximate = rng.random() < 0.3
        lat, lon = float(c["latitude"]), float(c["longitude"])
        if not approximate:
            lat += rng.uniform(-0.02, 0.02)
            lon += rng.uniform(-0.03, 0.03)
        programmes = []
        if rng.random() < 0.15:
            programmes.append("fabrique_territoire")
        if rng.random() < 0.05:
            programmes.append("conseiller_numerique")
        services = [PublicService("france_services")] if "france_services" in kinds else []
        sites.append(Site(
            name=name, kinds=list(dict.fromkeys(kinds)), programmes=programmes,
            public_services=services, commune=town, insee_code=c["code"],
            postcode=rng.choice(c["codes_postaux"].split(",")), departement=c["departement_code"],
            region=c["region_nom"], address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
            latitude=round(lat, 6), longitude=round(lon, 6),
            location_precision="commune" if approximate else "adresse",
            description=rng.choice(DESCRIPTIONS) if rng.random() < 0.3 else "",
            source="bench (généré)", id=f"bench-{i:06d}"))
    return sites


def _fingerprint() -> str:
    """What decides the file's content: the schema, how a site becomes a row, labels and folding."""
    import inspect

    from tl_desktop.store import sites

    h = hashlib.sha1()
    core = REPO_DIR / "tl_desktop"
    paths = [Path(__file__), core / "store" / "migrations.py", core / "store" / "sort_keys.py",
             core / "base" / "text.py"] + sorted((core / "domain").glob("*.py"))
    for path in paths:
        h.update(path.read_bytes())
    h.update(inspect.getsource(sites.row_of_site).encode())   # not the queries: they change often
    return h.hexdigest()[:10]


def catalog_path(n: int = 50_000) -> Path:
    """Return the cached catalog of ``n`` sites, building it first if absent (prints how long)."""
    path = CACHE_DIR / f"catalog-{n}-{_fingerprint()}.tldb"
    if path.exists():
        return path
    from tl_desktop.store import Store

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for old in CACHE_DIR.glob(f"catalog-{n}-*.tldb*"):
        old.unlink()
    tmp = path.with_name(path.name + ".building")
    for extra in ("", "-wal", "-shm"):
        Path(str(tmp) + extra).unlink(missing_ok=True)
    t0 = time.perf_counter()
    sites = generate_sites(n)
    t1 = time.perf_counter()
    with Store(tmp) as store:
        store.sites.add_many(sites)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    t2 = time.perf_counter()
    os.replace(tmp, path)
    print(f"  (catalog of {n:,} sites generated in {t1 - t0:.1f} s, stored in {t2 - t1:.1f} s: {path.name})",
          flush=True)
    return path
