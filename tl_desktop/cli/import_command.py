"""``tl-desktop import FILE [--mapping M.json] [--sheet NAME] [--dry-run]``: the wizard's steps, in a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tl_desktop.base.errors import ImportFileError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.paths import data_dir
from tl_desktop.base.text import printable
from tl_desktop.store import Store

if TYPE_CHECKING:
    from tl_desktop.io.importing import ImportReport

SEPARATORS = {"virgule": ",", "point-virgule": ";", "tabulation": "\t", "barre": "|"}


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Add the ``import`` subcommand to the command line's subparsers."""
    p = sub.add_parser(
        "import", parents=[common], help="importer une liste de lieux (CSV, XLSX, ODS, GeoJSON, JSON)",
        description="Importe une liste de lieux, tout ou rien. Les colonnes sont reconnues par leur nom, "
                    "ou lues selon une correspondance enregistrée depuis l'assistant d'import (--mapping) ; "
                    "une liste aux mêmes colonnes qu'une liste déjà importée reprend sa correspondance.")
    p.add_argument("file", metavar="FICHIER", type=Path)
    p.add_argument("--mapping", metavar="M.json", type=Path,
                   help="correspondance des colonnes et des valeurs enregistrée (assistant d'import)")
    p.add_argument("--save-mapping", metavar="M.json", type=Path,
                   help="enregistrer la correspondance utilisée (pour la corriger puis la réutiliser)")
    p.add_argument("--sheet", metavar="FEUILLE", help="feuille du classeur à lire (XLSX, ODS)")
    p.add_argument("--encoding", metavar="ENCODAGE", help="encodage du CSV (par défaut : détecté)")
    p.add_argument("--separator", metavar="SÉPARATEUR", choices=sorted(SEPARATORS),
                   help="séparateur du CSV : virgule, point-virgule, tabulation, barre (par défaut : détecté)")
    p.add_argument("--no-header", dest="no_header", action="store_true",
                   help="la première ligne est déjà un lieu (pas de ligne d'en-tête)")
    p.add_argument("--dry-run", action="store_true", help="dire ce qui serait fait, sans rien écrire")
    p.add_argument("--source", metavar="LIBELLÉ", help="nom de la liste à enregistrer (par défaut : le nom du fichier)")
    p.add_argument("--no-merge", dest="merge", action="store_false",
                   help="créer les doublons probables au lieu de compléter les lieux existants")
    p.add_argument("--no-update", dest="update", action="store_false",
                   help="ne pas mettre à jour les lieux déjà importés de la même liste")


def _out(text: str) -> None:
    """Print on stdout; imported data never sends escape sequences or bidi overrides to the terminal."""
    print(printable(text, keep="\n\t"))


def _err(text: str) -> None:
    print(printable(text, keep="\n\t"), file=sys.stderr)


def _line(issue) -> str:
    return f"ligne {issue.line} : {issue.message}" + (f" ({issue.name})" if issue.name else "")


def run(store: Store, args: argparse.Namespace) -> int:
    """Run ``import``; return the exit status; raise ImportFileError when the file holds no importable place."""
    # The importers (readers, mapping, plan): loaded by this command, not by every start of the
    # window, which builds this command line to read its own arguments.
    from tl_desktop.io.importing import import_file
    from tl_desktop.io.mapping import Mapping, MappingMemory
    from tl_desktop.io.plan import CREATE, DUPLICATE, MERGE, UPDATE, WriteChoices
    from tl_desktop.io.readers import ReadOptions

    if not args.dry_run:
        # Many rows are about to be written: never into a damaged file (the window checks it at
        # start; this command reads only what the import needs, which may miss the damage).
        from tl_desktop.store import damaged

        problems = store.damage()
        if problems:
            raise damaged(store.path, problems)
    mapping = Mapping.load(args.mapping) if args.mapping else None
    options = None
    if args.sheet or args.encoding or args.separator or args.no_header:
        base = mapping.read if mapping else ReadOptions()
        options = ReadOptions(encoding=args.encoding or base.encoding,
                              delimiter=SEPARATORS.get(args.separator or "", base.delimiter),
                              has_header=False if args.no_header else base.has_header,
                              sheet=args.sheet or base.sheet)
        if mapping:
            mapping.read = options
    memory = MappingMemory(data_dir(args.data_dir) / "mappings")
    # A mapping given with --mapping is the agent's: kept for the next list with these headers.
    report = import_file(store, args.file, mapping=mapping, options=options, source_label=args.source,
                         memory=memory, remember=mapping is not None, dry_run=args.dry_run,
                         choices=WriteChoices(update_existing=args.update, merge_duplicates=args.merge))
    _print_details(report)
    if args.save_mapping and report.mapping is not None:
        report.mapping.save(args.save_mapping)
        _err(f"correspondance enregistrée : {args.save_mapping}")
    plan = report.plan
    prefix = "Essai à blanc, rien n'a été écrit : " if args.dry_run else ""
    _out(prefix + plan.summary(written=report.written))
    counts = plan.counts
    if not (counts[CREATE] or counts[UPDATE] or counts[MERGE] or counts[DUPLICATE]):
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » : aucun lieu importable ({rejected} "
                                                "ligne(s) rejetée(s))."), path=args.file.name,
                              rejected=len(plan.rejected))
    return 0


def _print_details(report: ImportReport) -> None:
    from tl_desktop.io.mapping import FIELDS
    from tl_desktop.io.plan import DUPLICATE, MERGE, UPDATE

    plan = report.plan
    if report.mapping_origin == "remembered":
        _err("correspondance des colonnes : celle de la dernière liste importée aux mêmes colonnes")
    for note in plan.notes:
        _err(note.message)
    if report.mapping is not None:
        used = {}
        for column, field_name in report.mapping.columns.items():
            if field_name not in ("extra", "ignore"):
                used.setdefault(field_name, []).append(column)
        _err("colonnes : " + " ; ".join(f"{FIELDS[f]} ← {', '.join(c)}" for f, c in used.items()))
    for issue in plan.rejected:
        _err("rejetée, " + _line(issue))
    for issue in plan.warnings:
        _err(_line(issue))
    labels = {MERGE: "déjà au catalogue, complète le lieu existant", DUPLICATE: "en double dans le fichier",
              UPDATE: "mise à jour du lieu déjà importé"}
    for row in plan.rows:
        if row.action in labels:
            _err(f"ligne {row.line} : {labels[row.action]} — {row.evidence.format(**row.evidence_args)} "
                 f"({row.site.name})")
