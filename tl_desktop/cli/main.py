"""The command line: ``tl-desktop import|search|list|check|demo|report|export-visit``, on the same core as the GUI.

Exit status: 0 success, 1 user error (a French message on stderr, never a traceback),
2 bad usage (argparse's own).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from tl_desktop import __version__
from tl_desktop.base.errors import TlError, describe_os_error
from tl_desktop.base.paths import data_dir, database_path
from tl_desktop.domain import SiteFilter
from tl_desktop.store import Store

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line (no subcommand means: open the window)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DOSSIER",
                        help="dossier des données (par défaut : dossier de données de l'utilisateur, "
                             "ou $TL_DESKTOP_DATA)")
    parser = argparse.ArgumentParser(
        prog="tl-desktop", parents=[common],
        description="Tiers-Lieux Desktop : catalogue de tiers-lieux, visites apprenantes, études. "
                    "Sans sous-commande, ouvre la fenêtre.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    p = sub.add_parser("import", parents=[common], help="importer un fichier CSV ou GeoJSON de lieux")
    p.add_argument("file", metavar="FICHIER", type=Path)
    p.add_argument("--source", metavar="LIBELLÉ", help="nom de la source à enregistrer (par défaut : le nom du fichier)")
    p = sub.add_parser("search", parents=[common], help="chercher des lieux (sans tenir compte des accents)")
    p.add_argument("text", metavar="TEXTE", nargs="+")
    sub.add_parser("list", parents=[common], help="lister tous les lieux")
    p = sub.add_parser("check", parents=[common], help="vérifier l'intégrité de la base et des photos")
    p.add_argument("--repair", action="store_true",
                   help="supprimer les fichiers joints que plus aucune visite n'utilise")
    sub.add_parser("demo", parents=[common], help="charger le catalogue de démonstration (données ouvertes)")
    p = sub.add_parser("export-visit", parents=[common],
                       help="exporter une visite : notes, photos originales avec légendes, documents")
    p.add_argument("visit_id", metavar="ID_VISITE")
    p.add_argument("-o", "--output", metavar="DOSSIER|FICHIER.zip", type=Path, required=True)
    p.add_argument("--sans-personnes", dest="without_people", action="store_true",
                   help="ne pas écrire les personnes rencontrées (données personnelles)")
    p = sub.add_parser("report", parents=[common], help="produire un document PDF")
    kinds = p.add_subparsers(dest="report", metavar="TYPE", required=True)
    r = kinds.add_parser("visit", parents=[common], help="synthèse d'une visite")
    r.add_argument("visit_id", metavar="ID_VISITE")
    r.add_argument("-o", "--output", metavar="FICHIER.pdf", type=Path, required=True)
    r.add_argument("--sans-personnes", dest="without_people", action="store_true",
                   help="ne pas imprimer les personnes rencontrées (données personnelles)")
    for kind, text in (("tour", "livret d'une visite apprenante (programme, visites, synthèse)"),
                       ("programme", "feuille de route d'une visite apprenante")):
        r = kinds.add_parser(kind, parents=[common], help=text)
        r.add_argument("tour_id", metavar="ID_VISITE_APPRENANTE")
        r.add_argument("-o", "--output", metavar="FICHIER.pdf", type=Path, required=True)
        r.add_argument("--sans-personnes", dest="without_people", action="store_true",
                       help="ne pas imprimer les participants ni les personnes rencontrées")
    return parser


def _print_sites(store: Store, ids: list[str]) -> None:
    rows = store.sites.catalog_rows(ids)
    for site_id in ids:
        row = rows[site_id]
        fields = (row.id, row.name, row.commune)
        print("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields))


def _check(store: Store, *, repair: bool) -> int:
    problems = store.check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if repair:
        count, freed = store.repair_media()
        print(f"{count} fichier(s) joint(s) inutilisé(s) supprimé(s) ({freed / 1e6:.1f} Mo libérés).")
    else:
        unused = store.unreferenced_media()
        if unused:
            size = sum(p.stat().st_size for p in unused if p.exists())
            print(f"{len(unused)} fichier(s) joint(s) ne servent plus ({size / 1e6:.1f} Mo) : "
                  "« tl-desktop check --repair » les supprime.")
    if problems:
        print(f"{len(problems)} problème(s) trouvé(s) dans {store.path}.", file=sys.stderr)
        return 1
    print(f"Base saine : {store.sites.count()} lieu(x) dans {store.path}.")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one subcommand; return the exit status."""
    store = Store(database_path(data_dir(args.data_dir)), create=args.command in ("import", "demo"))
    # The PDF code (reportlab) loads only for the report command.
    from tl_desktop.reports.tour import build_programme, build_tour_booklet
    from tl_desktop.reports.visit import build_visit_summary
    try:
        if args.command == "import":
            from tl_desktop.io.importing import import_file  # not at every start of the GUI or a search

            report = import_file(store, args.file, source_label=args.source)
            for issue in report.rejected:
                print(f"ligne {issue.line} rejetée : {issue.message} ({issue.name})", file=sys.stderr)
            for issue in report.warnings:
                print(f"ligne {issue.line} : {issue.message} ({issue.name})", file=sys.stderr)
            if report.ignored_columns:
                print("colonnes ignorées : " + ", ".join(report.ignored_columns), file=sys.stderr)
            print(report.summary())
        elif args.command == "search":
            _print_sites(store, store.sites.query_ids(SiteFilter(text=" ".join(args.text))))
        elif args.command == "list":
            _print_sites(store, store.sites.query_ids())
        elif args.command == "check":
            return _check(store, repair=args.repair)
        elif args.command == "export-visit":
            from tl_desktop.io.visit_export import export_visit
            out = export_visit(store, args.visit_id, args.output, include_people=not args.without_people)
            print(f"Visite exportée : {out}")
        elif args.command == "report":
            people = not args.without_people
            if args.report == "visit":
                out = build_visit_summary(store, args.visit_id, args.output, include_people=people)
            elif args.report == "tour":
                out = build_tour_booklet(store, args.tour_id, args.output, include_people=people)
            else:
                out = build_programme(store, args.tour_id, args.output, include_people=people)
            print(f"Document écrit : {out}")
        elif args.command == "demo":
            from tl_desktop.io.demo import load_demo

            reports, _ = load_demo(store)
            print(f"Catalogue de démonstration chargé : {sum(r.imported for r in reports)} lieu(x).")
    finally:
        store.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run a subcommand; return the exit status (GUI dispatch is in __main__)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a Windows console may not encode « œ »
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
    try:
        return run(args)
    except TlError as exc:
        print(f"tl-desktop : {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"tl-desktop : {exc.filename or ''} : {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 — the user gets a sentence, the details go to the log
        log.exception("unexpected error")
        print("tl-desktop : une erreur inattendue est survenue ; relancez avec "
              "TL_DESKTOP_DEBUG=1 pour les détails.", file=sys.stderr)
        return 1
