"""The command line, on the same core as the GUI:
``tl-desktop import|search|list|duplicates|check|demo|geocode|report|export|export-visit``.

Exit status: 0 success, 1 user error (a French message on stderr, never a traceback),
2 bad usage (argparse's own).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from tl_desktop import __version__
from tl_desktop.base.errors import TlError, ValidationError, describe_os_error
from tl_desktop.base.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from tl_desktop.base.logfile import LogFile
from tl_desktop.base.paths import LOG_FORMAT, data_dir, database_path, debugging
from tl_desktop.base.text import printable
from tl_desktop.cli import import_command
from tl_desktop.cli.argparse_fr import speak_french
from tl_desktop.domain import SiteFilter
from tl_desktop.store import Store, fts_query

log = logging.getLogger(__name__)
INTERRUPTED = 130      # the shells' status for a command stopped by Ctrl+C (128 + SIGINT)


def _folder(text: str) -> str:
    """--data-dir's value: never empty (a script's unset variable must not mean the user's own catalog)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "le dossier des données est vide (une variable non définie dans un script ?) : donnez un dossier, "
            "ou retirez --data-dir pour utiliser le dossier habituel")
    return text


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line (no subcommand means: open the window)."""
    speak_french()
    data_help = "dossier des données (par défaut : dossier de données de l'utilisateur, ou $TL_DESKTOP_DATA)"
    # --data-dir is accepted before and after the subcommand. A subparser copies its own
    # defaults over what the main parser read (« --data-dir X import F » lost X and wrote
    # into the user's catalog): the subcommands' copy of the option has no default at all.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DOSSIER", type=_folder, default=argparse.SUPPRESS, help=data_help)
    # Documents and exports are written in the language asked for; the command line itself speaks French.
    language = argparse.ArgumentParser(add_help=False)
    language.add_argument("--langue", "--language", dest="language", choices=tuple(LANGUAGES), default="fr",
                          help="langue du document : fr (par défaut) ou en")
    parser = argparse.ArgumentParser(
        prog="tl-desktop",
        description="Tiers-Lieux Desktop : catalogue de tiers-lieux, visites apprenantes, études. "
                    "Sans sous-commande, ouvre la fenêtre.")
    parser.add_argument("--data-dir", metavar="DOSSIER", type=_folder, default=None, help=data_help)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="afficher la version et quitter")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    import_command.add_parser(sub, common)
    p = sub.add_parser("search", parents=[common], help="chercher des lieux (sans tenir compte des accents)")
    p.add_argument("text", metavar="TEXTE", nargs="+")
    sub.add_parser("list", parents=[common], help="lister tous les lieux")
    p = sub.add_parser("duplicates", parents=[common],
                       help="lister les fiches qui semblent décrire le même lieu, avec la raison")
    p.add_argument("--probables", dest="probable_only", action="store_true",
                   help="seulement les doublons probables ou certains, pas ceux « à vérifier »")
    p = sub.add_parser("check", parents=[common], help="vérifier l'intégrité de la base et des photos")
    p.add_argument("--repair", action="store_true",
                   help="supprimer les fichiers joints que plus aucune visite n'utilise")
    sub.add_parser("demo", parents=[common], help="charger le catalogue de démonstration (données ouvertes)")
    p = sub.add_parser("recover", parents=[common],
                       help="copier ce qui peut encore être lu d'un catalogue endommagé dans un nouveau catalogue")
    p.add_argument("-o", "--output", metavar="NOUVEAU.tldb", type=Path, required=True)
    p = sub.add_parser("geocode", parents=[common],
                       help="placer à leur adresse, en ligne (géocodeur de la Géoplateforme), les lieux qui "
                            "n'ont que le centre de leur commune")
    p.add_argument("--dry-run", action="store_true", help="dire ce qui serait changé, sans rien enregistrer")
    p.add_argument("--service", metavar="URL", default="https://data.geopf.fr/geocodage",
                   help="adresse du service de géocodage (par défaut : %(default)s)")
    p = sub.add_parser("export-visit", parents=[common, language],
                       help="exporter une visite : notes, photos originales avec légendes, documents")
    p.add_argument("visit_id", metavar="ID_VISITE")
    p.add_argument("-o", "--output", metavar="DOSSIER|FICHIER.zip", type=Path, required=True)
    p.add_argument("--sans-personnes", dest="without_people", action="store_true",
                   help="ne pas écrire les personnes rencontrées (données personnelles)")
    p = sub.add_parser("export", parents=[common, language],
                       help="exporter les lieux (tout le catalogue ou une étude) : csv, xlsx, geojson, mednum")
    p.add_argument("format", metavar="FORMAT", choices=("csv", "xlsx", "geojson", "mednum"),
                   help="csv (UTF-8 avec BOM), xlsx (lieux, visites, forces et fragilités), geojson (RFC 7946), "
                        "mednum (schéma national des lieux de médiation numérique v1.0.2)")
    p.add_argument("--study", "--etude", dest="study", metavar="NOM", help="seulement les lieux de cette étude")
    p.add_argument("-o", "--output", metavar="FICHIER", type=Path, required=True)
    p.add_argument("--point-virgule", dest="semicolon", action="store_true",
                   help="CSV séparé par des points-virgules (Excel en français)")
    p.add_argument("--avec-personnes", dest="with_people", action="store_true",
                   help="XLSX : inclure l'auteur des visites et les personnes rencontrées (données personnelles)")
    p = sub.add_parser("report", parents=[common], help="produire un document PDF (ou DOCX pour une étude)")
    kinds = p.add_subparsers(dest="report", metavar="TYPE", required=True)
    r = kinds.add_parser("visit", parents=[common, language], help="synthèse d'une visite")
    r.add_argument("visit_id", metavar="ID_VISITE")
    r.add_argument("-o", "--output", metavar="FICHIER.pdf", type=Path, required=True)
    r.add_argument("--sans-personnes", dest="without_people", action="store_true",
                   help="ne pas imprimer les personnes rencontrées (données personnelles)")
    for kind, text in (("tour", "livret d'une visite apprenante (programme, visites, synthèse)"),
                       ("programme", "feuille de route d'une visite apprenante")):
        r = kinds.add_parser(kind, parents=[common, language], help=text)
        r.add_argument("tour_id", metavar="ID_VISITE_APPRENANTE")
        r.add_argument("-o", "--output", metavar="FICHIER.pdf", type=Path, required=True)
        r.add_argument("--sans-personnes", dest="without_people", action="store_true",
                       help="ne pas imprimer les participants ni les personnes rencontrées")
    r = kinds.add_parser("study", parents=[common, language],
                         help="étude territoriale enregistrée (PDF, ou DOCX modifiable)")
    r.add_argument("study", metavar="NOM_ETUDE")
    r.add_argument("-o", "--output", metavar="FICHIER.pdf|FICHIER.docx", type=Path, required=True)
    return parser


def _out(text: str) -> None:
    """Print on stdout; imported data never sends escape sequences or bidi overrides to the terminal."""
    print(printable(text, keep="\n\t"))


def _err(text: str) -> None:
    print(printable(text, keep="\n\t"), file=sys.stderr)


def _field(text: str) -> str:
    """One field of a tab-separated line: no tab or line break inside."""
    return text.replace("\t", " ").replace("\n", " ")


def _print_sites(store: Store, ids: list[str]) -> None:
    rows = store.sites.catalog_rows(ids)
    lines = ("\t".join(_field(f) for f in (rows[i].id, rows[i].name, rows[i].commune)) for i in ids)
    if ids:
        _out("\n".join(lines))     # one pass of printable() over the whole list: 50,000 lines in ~0.1 s


def _search(store: Store, words: list[str]) -> None:
    text = " ".join(words)
    if fts_query(text) is None:
        # « "», « * » or nothing: no word to look for, which must not list the whole catalog.
        raise ValidationError(QT_TRANSLATE_NOOP(
            "tl_desktop", "Aucun mot à chercher : donnez au moins un mot (lettres ou chiffres), par exemple "
            "« tl-desktop search cafe ». Pour lister tous les lieux : « tl-desktop list »."))
    _print_sites(store, store.sites.query_ids(SiteFilter(text=text)))


def _print_duplicates(store: Store, *, probable_only: bool) -> None:
    """One line per pair: certainty, then id, name and commune of each, then why (tab-separated)."""
    from tl_desktop.io.duplicates import Strength, catalog_duplicates

    labels = {Strength.CERTAIN: "certain", Strength.PROBABLE: "probable", Strength.POSSIBLE: "à vérifier"}
    minimum = Strength.PROBABLE if probable_only else Strength.POSSIBLE
    matches = catalog_duplicates(store, minimum=minimum)
    places = {p.id: p for p in store.sites.places()}
    for m in matches:
        first, second = places[m.first], places[m.second]
        fields = (labels[m.evidence.strength], first.id, first.name, first.commune, second.id, second.name,
                  second.commune, m.evidence.why)
        _out("\t".join(_field(f) for f in fields))
    _err(f"{len(matches)} paire(s) de fiches semblent décrire le même lieu, parmi {len(places)} lieu(x).")
    set_aside = store.merges.distinct_count()
    if set_aside:
        _err(f"Les paires dites « pas un doublon » dans la fenêtre ne sont pas listées ({set_aside}).")


def _check(store: Store, *, repair: bool) -> int:
    problems = store.check()
    for problem in problems:
        _err(problem)
    if repair:
        count, freed = store.repair_media()
        _out(f"{count} fichier(s) joint(s) inutilisé(s) supprimé(s) ({freed / 1e6:.1f} Mo libérés).")
    else:
        unused = store.unreferenced_media()
        if unused:
            size = sum(p.stat().st_size for p in unused if p.exists())
            _out(f"{len(unused)} fichier(s) joint(s) ne servent plus ({size / 1e6:.1f} Mo) : "
                 "« tl-desktop check --repair » les supprime.")
    if problems:
        _err(f"{len(problems)} problème(s) trouvé(s) dans {store.path}.")
        return 1
    _out(f"Base saine : {store.sites.count()} lieu(x) dans {store.path}.")
    return 0


def _geocode(store: Store, service: str, *, dry_run: bool) -> None:
    from tl_desktop.geo import GeocodingClient
    from tl_desktop.io.geocoding import geocode_sites

    sites = [store.sites.get(i) for i in store.sites.query_ids()]

    def progress(done: int, total: int, label: str) -> None:
        print(f"\r{printable(label)} : {done}/{total}", end="", file=sys.stderr, flush=True)
    report = geocode_sites(sites, client=GeocodingClient(service), progress=progress)
    print(file=sys.stderr)
    for site in report.updated:
        if not dry_run:
            store.sites.save(site)
        _out(f"{site.id}\t{_field(site.name)}\t{site.latitude}\t{site.longitude}")
    for site in report.uncertain:
        _err(f"réponse incertaine, non retenue : {site.name} ({site.address}, {site.commune})")
    for site in report.not_found:
        _err(f"adresse non trouvée : {site.name} ({site.address}, {site.commune})")
    _out(("Simulation : rien n'a été enregistré. " if dry_run else "") + report.summary())


def _recover(source: Path, target: Path) -> int:
    from tl_desktop.store import recover

    if not source.exists():
        _err(f"tl-desktop : aucun catalogue dans {source.parent}.")
        return 1
    report = recover(source, target)
    _out(report.summary())
    lost = sum(report.lost.values())
    _out(f"Catalogue récupéré : {target}" + (f" ({lost} ligne(s) illisible(s) perdue(s))." if lost else "."))
    _out("Ouvrez-le avec « tl-desktop --data-dir DOSSIER » après l'avoir renommé catalogue.tldb dans un "
         "dossier de données, ou gardez-le à côté de l'ancien.")
    return 0


# The formats each document or export is written in; a file name announcing another one (a PDF
# in « synthese.docx », a CSV in « lieux.xlsx ») is refused: Word or Excel would call it damaged.
OUTPUT_FORMATS = {("export", "csv"): (".csv", ".txt"), ("export", "xlsx"): (".xlsx",),
                  ("export", "geojson"): (".geojson", ".json"), ("export", "mednum"): (".csv",),
                  ("report", "visit"): (".pdf",), ("report", "tour"): (".pdf",), ("report", "programme"): (".pdf",),
                  ("report", "study"): (".pdf", ".docx")}
KNOWN_EXTENSIONS = frozenset({".pdf", ".docx", ".doc", ".odt", ".ods", ".odp", ".xlsx", ".xls", ".csv", ".tsv",
                              ".txt", ".json", ".geojson", ".zip", ".html", ".htm", ".rtf", ".md", ".png", ".jpg"})


def _check_output(args: argparse.Namespace) -> None:
    """Raise ValidationError when ``-o`` names a file of another format than the one written."""
    allowed = OUTPUT_FORMATS.get((args.command, getattr(args, "format", None) or getattr(args, "report", None)))
    suffix = args.output.suffix.lower() if allowed else ""
    if suffix in KNOWN_EXTENSIONS and suffix not in allowed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "tl_desktop", "« {name} » : ce document s'écrit en {formats}, pas en {suffix} ; donnez un nom de fichier "
            "en {first}."), name=args.output.name, formats=" ou ".join(allowed), suffix=suffix, first=allowed[0])


def run(args: argparse.Namespace) -> int:
    """Run one subcommand; return the exit status."""
    if args.command in ("export", "report"):
        _check_output(args)
    if args.command == "recover":
        return _recover(database_path(data_dir(args.data_dir)), args.output)
    store = Store(database_path(data_dir(args.data_dir)), create=args.command in ("import", "demo"))
    if not store.read_only and args.command in ("import", "demo", "geocode"):
        store.imports.recover()   # an import a crash interrupted: finished or discarded first
    try:
        if args.command == "import":
            return import_command.run(store, args)
        elif args.command == "search":
            _search(store, args.text)
        elif args.command == "list":
            _print_sites(store, store.sites.query_ids())
        elif args.command == "duplicates":
            _print_duplicates(store, probable_only=args.probable_only)
        elif args.command == "check":
            return _check(store, repair=args.repair)
        elif args.command == "export-visit":
            from tl_desktop.io.visit_export import export_visit
            out = export_visit(store, args.visit_id, args.output, include_people=not args.without_people,
                               language=args.language)
            _out(f"Visite exportée : {out}")
        elif args.command == "export":
            from tl_desktop.io.places_export import export_places
            report = export_places(store, args.format, args.output, study=args.study, semicolon=args.semicolon,
                                   include_people=args.with_people, language=args.language)
            for name, reason in report.skipped:
                _err(f"laissé de côté : {name} ({reason})")
            _out(report.summary())
        elif args.command == "report" and args.report == "study":
            if args.output.suffix.lower() == ".docx":
                from tl_desktop.reports.study_docx import build_study_docx
                out = build_study_docx(store, args.study, args.output, language=args.language)
            else:
                from tl_desktop.reports.study import build_study_pdf
                out = build_study_pdf(store, args.study, args.output, language=args.language)
            _out(f"Document écrit : {out}")
        elif args.command == "report":
            # The PDF code (reportlab, and Pillow through it) loads for this command only:
            # search, list and check answer in a fraction of the time without it.
            from tl_desktop.reports.tour import build_programme, build_tour_booklet
            from tl_desktop.reports.visit import build_visit_summary

            people, language = not args.without_people, args.language
            if args.report == "visit":
                out = build_visit_summary(store, args.visit_id, args.output, include_people=people, language=language)
            elif args.report == "tour":
                out = build_tour_booklet(store, args.tour_id, args.output, include_people=people, language=language)
            else:
                out = build_programme(store, args.tour_id, args.output, include_people=people, language=language)
            _out(f"Document écrit : {out}")
        elif args.command == "geocode":
            _geocode(store, args.service, dry_run=args.dry_run)
        elif args.command == "demo":
            from tl_desktop.io.demo import load_demo

            reports, _ = load_demo(store)
            _out(f"Catalogue de démonstration chargé : {sum(r.imported for r in reports)} lieu(x).")
    finally:
        store.close()
    return 0


class _DebugStream(logging.Handler):
    """TL_DESKTOP_DEBUG=1: log records, tracebacks included, on stderr (controls replaced)."""

    def emit(self, record: logging.LogRecord) -> None:
        _err(logging.Formatter(LOG_FORMAT).format(record))


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run a subcommand; return the exit status (GUI dispatch is in __main__)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a Windows console may not encode « œ »
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
    # Every log record goes to the log file, and to the terminal only when debugging: with no
    # handler, logging's last resort would print tracebacks on stderr.
    root = logging.getLogger()
    log_file = LogFile(data_dir(args.data_dir))
    handlers = [log_file] + ([_DebugStream()] if debugging() else [])
    for handler in handlers:
        root.addHandler(handler)
    try:
        return run(args)
    except KeyboardInterrupt:
        # Ctrl+C: every write is one transaction, rolled back; an import's staged rows are
        # finished or discarded at the next start (store.imports.recover).
        _err("tl-desktop : interrompu (Ctrl+C). Le catalogue est intact ; un import interrompu est terminé ou "
             "effacé au prochain lancement.")
        return INTERRUPTED
    except TlError as exc:
        _err(f"tl-desktop : {exc}")
        return 1
    except OSError as exc:
        _err(f"tl-desktop : {exc.filename or ''} : {describe_os_error(exc)}")
        return 1
    except Exception:  # noqa: BLE001 — the user gets a sentence, the details go to the log
        log.exception("unexpected error")
        unexpected = "tl-desktop : une erreur inattendue est survenue"
        if debugging():
            _err(f"{unexpected} (détails ci-dessus).")
        elif log_file.used:
            _err(f"{unexpected} ; les détails sont dans « {log_file.baseFilename} » (ou relancez avec "
                 "TL_DESKTOP_DEBUG=1 pour les afficher ici).")
        else:
            _err(f"{unexpected} ; relancez avec TL_DESKTOP_DEBUG=1 pour les détails.")
        return 1
    finally:
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
