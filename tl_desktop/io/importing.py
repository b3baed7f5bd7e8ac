"""Import of lists of places, end to end: read, map, plan (dry run), write all or nothing.

The steps live in ``readers`` (file → table of text), ``mapping`` (what the columns and
values mean) and ``plan`` (rows → sites to create / update / merge, rejections, warnings);
this module chains them for the command line, the demo catalog and the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from tl_desktop.base.errors import ImportFileError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.domain import Changes, Site
from tl_desktop.io.column_guess import guess_mapping
from tl_desktop.io.mapping import Mapping, MappingMemory, header_key
from tl_desktop.io.plan import (
    CREATE,
    DUPLICATE,
    MERGE,
    UPDATE,
    ImportPlan,
    WriteChoices,
    execute_plan,
    plan_rows,
)
from tl_desktop.io.readers import ReadOptions, RowIssue, Table, read_table
from tl_desktop.store import Store, Write

__all__ = ["ImportPlan", "ImportReport", "Mapping", "Prepared", "RowIssue", "Table", "WriteChoices", "header_key",
           "import_file", "plan_file", "plan_table", "prepare", "read_file"]


@dataclass
class Prepared:
    """A file read and its mapping: guessed, remembered for these headers, or given."""

    table: Table
    mapping: Mapping
    origin: str                          # "guessed", "remembered" or "given"
    guessed_by_content: list[str] = field(default_factory=list)


def _progress_part(progress: Progress, start: int, span: int) -> Progress:
    """A progress callback reporting into [start, start + span) of a 0–100 scale."""
    def report(done: int, total: int, label: str) -> None:
        progress(start + (span * done // total if total else 0), 100, label)
    return report


def prepare(path: str | Path, *, mapping: Mapping | None = None, options: ReadOptions | None = None,
            memory: MappingMemory | None = None, progress: Progress = no_progress,
            cancel: CancelFlag | None = None) -> Prepared:
    """Read ``path`` and find its mapping (given > remembered > guessed); raise ImportFileError, Cancelled."""
    read_options = options or (mapping.read if mapping else ReadOptions())
    table = read_table(path, read_options, progress=progress, cancel=cancel)
    if mapping is not None:
        return Prepared(table, mapping, "given")
    remembered = memory.recall(table.headers) if memory else None
    if remembered is not None:
        if options is None and remembered.read != read_options:
            table = read_table(path, remembered.read, progress=progress, cancel=cancel)
        return Prepared(table, remembered, "remembered")
    guessed, by_content = guess_mapping(table)
    guessed.read = read_options
    return Prepared(table, guessed, "guessed", by_content)


def plan_table(store: Store, table: Table, mapping: Mapping, *, source: str = "", extra_known: Sequence[Site] = (),
               consume: bool = False, progress: Progress = no_progress,
               cancel: CancelFlag | None = None) -> ImportPlan:
    """Dry run of ``table`` against the catalog of ``store`` (read only); raise Cancelled.

    ``extra_known``: sites planned but not written yet (the demo's earlier lists), taken as
    catalog places. With ``consume``, the table's rows are dropped as they are planned.
    """
    source = source or mapping.source or table.name
    catalog = store.sites.places() + list(extra_known)
    return plan_rows(table, mapping, catalog, store.sites.refs(), store.sites.source_index(source), source=source,
                     consume=consume, progress=progress, cancel=cancel)


def plan_file(store: Store, path: str | Path, *, mapping: Mapping | None = None, source: str = "",
              options: ReadOptions | None = None, memory: MappingMemory | None = None,
              extra_known: Sequence[Site] = (), consume: bool = False, progress: Progress = no_progress,
              cancel: CancelFlag | None = None) -> tuple[Prepared, ImportPlan]:
    """Read ``path``, map it and plan it, writing nothing; raise ImportFileError, Cancelled."""
    prepared = prepare(path, mapping=mapping, options=options, memory=memory,
                       progress=_progress_part(progress, 0, 40), cancel=cancel)
    if "name" not in prepared.mapping.columns.values():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("tl_desktop", "« {path} » : aucune colonne de nom trouvée (attendu : nom, name, "
                              "libelle…). Colonnes lues : {columns}. Indiquez la colonne du nom dans l'assistant "
                              "d'import, ou avec une correspondance enregistrée (--mapping)."),
            path=Path(path).name, columns=", ".join(h for h in prepared.table.headers if h) or "aucune")
    plan = plan_table(store, prepared.table, prepared.mapping, source=source, extra_known=extra_known,
                      consume=consume, progress=_progress_part(progress, 40, 30), cancel=cancel)
    return prepared, plan


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    plan: ImportPlan
    changes: Changes = field(default_factory=Changes)
    written: bool = False
    mapping_origin: str = "guessed"
    mapping: Mapping | None = None

    @property
    def imported(self) -> int:
        return self.plan.counts[CREATE]

    @property
    def updated(self) -> int:
        return self.plan.counts[UPDATE]

    @property
    def duplicates(self) -> int:
        return self.plan.counts[MERGE] + self.plan.counts[DUPLICATE]

    @property
    def rejected(self) -> list[RowIssue]:
        return self.plan.rejected

    @property
    def warnings(self) -> list[RowIssue]:
        return self.plan.warnings

    @property
    def rows_read(self) -> int:
        return self.plan.rows_read

    @property
    def sites(self) -> list[Site]:
        """The sites created (for a dry run: that would be created)."""
        return [r.site for r in self.plan.rows if r.action == CREATE]

    def summary(self) -> str:
        return self.plan.summary(written=self.written)


def import_file(store: Store, path: str | Path, *, mapping: Mapping | None = None, source_label: str | None = None,
                options: ReadOptions | None = None, memory: MappingMemory | None = None, remember: bool = False,
                dry_run: bool = False, choices: WriteChoices = WriteChoices(), progress: Progress = no_progress,
                cancel: CancelFlag | None = None, write: Write | None = None) -> ImportReport:
    """Read, map, plan and (unless ``dry_run``) write ``path`` all or nothing; return the report.

    ``store`` is read; the sites are written through ``write(op)``, which runs ``op(store)``
    on the writer (default: on ``store`` itself), a short transaction at a time. A mapping
    remembered in ``memory`` for these headers is used; ``remember`` keeps this one there
    (only a mapping an agent has seen should be: a guess kept would outlive better guessing). Raise
    ImportFileError (nothing readable), Cancelled (nothing imported), StorageError.
    """
    prepared, plan = plan_file(store, path, mapping=mapping, source=source_label or "", options=options,
                               memory=memory, consume=True, progress=progress, cancel=cancel)
    report = ImportReport(plan, mapping_origin=prepared.origin, mapping=prepared.mapping)
    prepared.mapping.headers = list(prepared.table.headers)
    if not plan.rows and not plan.rejected:
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » ne contient aucun lieu."),
                              path=Path(path).name)
    if dry_run:
        return report
    report.changes = execute_plan(plan, write or (lambda op: op(store)), store.sites.get, choices=choices,
                                  progress=_progress_part(progress, 70, 30), cancel=cancel)
    report.written = True
    if memory is not None and remember:
        memory.remember(prepared.table.headers, prepared.mapping)
    return report


def read_file(path: str | Path, *, mapping: Mapping | None = None, progress: Progress = no_progress,
              cancel: CancelFlag | None = None) -> ImportReport:
    """Read and plan ``path`` against an empty catalog (no database): the sites a list holds."""
    prepared = prepare(path, mapping=mapping, progress=progress, cancel=cancel)
    return ImportReport(plan_rows(prepared.table, prepared.mapping, source=prepared.mapping.source
                                  or prepared.table.name, cancel=cancel), mapping_origin=prepared.origin)
