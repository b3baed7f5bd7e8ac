"""Search-as-you-type on 50,000 sites: the app's path per keystroke against raw FTS5.

Every prefix of ~45 realistic queries (« c », « ca », « caf », « cafe »…) goes through what the
catalog model does per keystroke: ``store.sites.query_ids(SiteFilter(text=prefix))`` (ids of
all matches, sorted by name), then ``store.sites.catalog_rows(ids[:200])`` (the first visible
block). The baseline is raw FTS5 on the same file, same query string, all rows fetched:
``SELECT rowid FROM sites_fts WHERE sites_fts MATCH ?``. One untimed warm-up pass, then
ROUNDS timed passes; each keystroke is a sample.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sqlite3
import time

from bench import Figure, percentile, summary_ms
from bench.catalog import catalog_path

N_SITES = 50_000
ROUNDS = 3
BLOCK = 200   # tl_desktop.ui.catalog_model.BLOCK: rows read per block

QUERIES = [
    # common words, typed alone
    "cafe", "coworking", "fablab", "friche", "tiers lieu", "saint", "la fabrique", "atelier",
    "garage sol", "ressourcerie", "france services", "espace numerique",
    # big cities, alone and after a kind
    "paris", "lyon", "marseille", "bordeaux", "toulouse", "montreuil", "villeurbanne",
    "fablab marseille", "tiers lieu lyon", "cafe associatif nantes", "coworking paris",
    "garage solidaire bordeaux", "friche toulouse", "espace numerique lille",
    # accents, folded letters, rarer terms
    "riviere", "rivière salée", "écluse", "oeuvriere", "épicerie solidaire", "micro folie",
    "campus connecte", "saint etienne", "aix en provence", "pointe a pitre", "chamonix",
    "ajaccio", "besancon", "la ruche", "quimper",
    # codes and nothing
    "75011", "69", "zinzolin", "xyz",
]


def prefixes(query: str) -> list[str]:
    """What the search field holds after each keystroke (a trailing space included)."""
    return [query[:i] for i in range(1, len(query) + 1)]


def measure(store, raw: sqlite3.Connection, texts: list[str], record: bool, samples: dict) -> None:
    from tl_desktop.domain import SiteFilter
    from tl_desktop.store import fts_query

    clock = time.perf_counter
    for text in texts:
        t0 = clock()
        ids = store.sites.query_ids(SiteFilter(text=text))
        t1 = clock()
        store.sites.catalog_rows(ids[:BLOCK])
        t2 = clock()
        query = fts_query(text)
        t3 = clock()
        n_raw = len(raw.execute("SELECT rowid FROM sites_fts WHERE sites_fts MATCH ?", [query]).fetchall()) \
            if query else 0
        t4 = clock()
        store.sites.count()       # CatalogView._on_model_reset asks it on every reset too
        t5 = clock()
        if record:
            samples["count"].append(t5 - t4)
            samples["ids"].append(t1 - t0)
            samples["rows"].append(t2 - t1)
            samples["app"].append(t2 - t0)
            samples["raw"].append(t4 - t3)
            samples["per_text"].append((t2 - t0, t1 - t0, t4 - t3, text, len(ids), n_raw))


def profile_worst(store, texts: list[str]) -> str:
    """cProfile of the app's path on the slowest prefixes: where the time goes."""
    from tl_desktop.domain import SiteFilter

    prof = cProfile.Profile()
    prof.enable()
    for _ in range(3):
        for text in texts:
            ids = store.sites.query_ids(SiteFilter(text=text))
            store.sites.catalog_rows(ids[:BLOCK])
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(8)
    lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
    return "\n".join(lines[:20])


def explain(store, text: str) -> list[str]:
    """The query plan of the SQL the app really runs for ``text`` (caught by a trace callback)."""
    from tl_desktop.domain import SiteFilter

    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        store.sites.query_ids(SiteFilter(text=text))
    finally:
        store.db.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    if not selects:
        return []
    return [selects[-1]] + [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + selects[-1])]


def breakdown(store, text: str, repeat: int = 5) -> dict:
    """Where query_site_ids spends its time on ``text``: FTS alone, + the lookups, + the sort (ms, median)."""
    import statistics

    from tl_desktop.store import fts_query

    sql = explain(store, text)[0]
    variants = {
        "raw_fts_rowids": ("SELECT rowid FROM sites_fts WHERE sites_fts MATCH ?", [fts_query(text)]),
        "app_sql_without_order_by": (sql.split(" ORDER BY ")[0], []),
        "app_sql": (sql, []),
    }
    result = {}
    for name, (statement, params) in variants.items():
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            store.db.execute(statement, params).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
        result[name] = round(statistics.median(times), 2)
    return result


def run() -> list[Figure]:
    from tl_desktop.store import Store

    path = catalog_path(N_SITES)
    texts = [p for q in QUERIES for p in prefixes(q)]
    samples: dict = {"ids": [], "rows": [], "app": [], "raw": [], "count": [], "per_text": []}
    with Store(path, create=False) as store:
        raw = sqlite3.connect(str(path))
        try:
            measure(store, raw, texts, False, samples)        # warm-up: page cache, statements
            for _ in range(ROUNDS):
                measure(store, raw, texts, True, samples)
            worst = sorted(samples["per_text"], reverse=True)
            seen, worst_unique = set(), []
            for app, ids_t, raw_t, text, n_ids, n_raw in worst:
                if text not in seen:
                    seen.add(text)
                    worst_unique.append({"prefix": text, "app_ms": round(app * 1000, 2),
                                         "ids_ms": round(ids_t * 1000, 2), "raw_ms": round(raw_t * 1000, 2),
                                         "matches": n_ids, "raw_rows": n_raw})
                if len(worst_unique) == 8:
                    break
            profile = profile_worst(store, [w["prefix"] for w in worst_unique[:4]])
            plan = explain(store, "c")
            split = {w["prefix"]: breakdown(store, w["prefix"]) for w in worst_unique[:3]}
        finally:
            raw.close()

    app, ids, rows, rawf, count = (summary_ms(samples[k]) for k in ("app", "ids", "rows", "raw", "count"))
    by_len: dict[int, list[float]] = {}
    for a, _i, _r, text, *_ in samples["per_text"]:
        by_len.setdefault(min(len(text.strip()), 4), []).append(a * 1000)
    details = {
        "catalog": str(path.name), "sites": N_SITES, "queries": len(QUERIES), "prefixes": len(texts),
        "rounds": ROUNDS, "app_ms": app, "query_site_ids_ms": ids, "catalog_rows_ms": rows,
        "raw_fts_ms": rawf, "count_sites_ms": count, "app_p95_by_prefix_length": {
            ("4+" if k == 4 else str(k)): round(percentile(v, 95), 2) for k, v in sorted(by_len.items())},
        "slowest_prefixes": worst_unique, "query_plan_for_c": plan, "breakdown_ms": split, "profile_slowest": profile,
    }
    ratio = app["p95"] / rawf["p95"] if rawf["p95"] else float("inf")
    ratio_ids = ids["p95"] / rawf["p95"] if rawf["p95"] else float("inf")
    return [
        Figure("search", "search app p50 (query_site_ids + catalog_rows[:200])", app["p50"], "ms", details=details),
        Figure("search", "search app p95", app["p95"], "ms", "< 30 ms", app["p95"] < 30),
        Figure("search", "search app max", app["max"], "ms"),
        Figure("search", "search query_site_ids p50", ids["p50"], "ms"),
        Figure("search", "search query_site_ids p95", ids["p95"], "ms"),
        Figure("search", "search query_site_ids max", ids["max"], "ms"),
        Figure("search", "search catalog_rows[:200] p95", rows["p95"], "ms"),
        Figure("search", "search raw FTS5 p50", rawf["p50"], "ms"),
        Figure("search", "search raw FTS5 p95", rawf["p95"], "ms"),
        Figure("search", "search raw FTS5 max", rawf["max"], "ms"),
        Figure("search", "search app p95 / raw FTS5 p95", ratio, "x", "≤ 2×", ratio <= 2),
        Figure("search", "search count_sites() p50 (also run per keystroke by CatalogView, not in target)",
               count["p50"], "ms"),
        Figure("search", "search query_site_ids p95 / raw FTS5 p95", ratio_ids, "x"),
    ]
