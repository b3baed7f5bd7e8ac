"""The territorial study as an editable DOCX (python-docx): real headings, real tables.

Elected officials' staff edit studies, and screen readers need the structure a reportlab PDF
cannot carry (no tagged PDF). Same content as the PDF (reports.study); each chart is given as
its table of figures, which is what a screen reader reads and what an editor copies.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from tl_desktop.base.errors import Cancelled, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP, Translator, translator
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.text import french
from tl_desktop.domain import KINDS
from tl_desktop.domain.grid import answer_text, load_grid
from tl_desktop.reports.common import ReportError
from tl_desktop.reports.study import COMPARED_PER_TABLE, LISTED_PLACES, StudyContent, study_content
from tl_desktop.store import Store
from tl_desktop.study import StudyQuestion


def _repeat_header(row) -> None:
    """Mark a table's first row as a header repeated on each page (and read as such by screen readers)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _table(doc, header: list[str], rows: list[list[str]]):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(french(text)).bold = True
    _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = french(text or "")
    return table


def _new_document(tag: str):
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    # The document's language (« fr-FR », « en-GB »), so that screen readers and spelling check read it so.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    run_properties.append(lang)
    return doc


def build_study_docx(store: Store, name: str, out: Path, *, question: StudyQuestion | None = None,
                     compared: list[str] | None = None, progress: Progress = no_progress,
                     cancel: CancelFlag | None = None, language: str = "fr") -> Path:
    """Write the study ``name`` (saved, or ``question`` as shown) as DOCX to ``out`` in ``language``;
    raise NotFoundError, ReportError, Cancelled."""
    progress(0, 3, "Chiffres")
    content = study_content(store, name, cancel, question=question, compared=compared, tr=translator(language))
    progress(1, 3, "Document")
    doc = _document(content, cancel)
    progress(2, 3, "Écriture")
    out = Path(out)
    tmp = out.with_name(f".{out.name}.part")
    try:
        doc.save(str(tmp))
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible d'écrire « {path} » : {reason}"),
                          path=str(out), reason=describe_os_error(exc)) from exc
    progress(3, 3, "")
    return out


def _document(content: StudyContent, cancel: CancelFlag | None):
    tr: Translator = content.tr
    doc = _new_document(tr.tag)
    doc.core_properties.title = tr.translate("reports", "Étude territoriale — {name}").format(name=content.name)
    doc.core_properties.language = tr.tag
    q = content.question
    doc.add_heading(french(content.name), level=0)
    doc.add_paragraph(french(tr.translate("reports", "Étude territoriale — {territory}").format(
        territory=q.territory.describe(tr))))
    doc.add_paragraph(french(tr.translate("reports", "Établie le {date} à partir du catalogue local.").format(
        date=tr.long_date(date.today().isoformat()))))
    doc.add_heading(tr.translate("reports", "Critères"), level=1)
    for line in q.criteria.describe(content.tour_title, tr) or [tr.translate("reports", "Tous les lieux du territoire.")]:
        doc.add_paragraph(french(line), style="List Bullet")
    doc.add_heading(tr.translate("reports", "Chiffres clés"), level=1)
    _table(doc, [tr.translate("reports", "Chiffre"), tr.translate("reports", "Valeur")],
           [list(r) for r in content.figures.headline()])

    doc.add_heading(tr.translate("reports", "Les lieux retenus"), level=1)
    unplaced = sum(p.latitude is None for p in content.places)
    line = tr.plural(len(content.places), tr.translate("reports", "{n} lieu, dont {visited} visité"),
                     tr.translate("reports", "{n} lieux, dont {visited} visités"), visited=content.figures.visited)
    line += tr.plural(unplaced, tr.translate("reports", " ; {n} sans coordonnées."),
                      tr.translate("reports", " ; {n} sans coordonnées.")) if unplaced else "."
    doc.add_paragraph(french(line))
    if len(content.places) <= LISTED_PLACES:
        _table(doc, [tr.translate("reports", "Lieu"), tr.translate("reports", "Commune"),
                     tr.translate("reports", "Types"), tr.translate("reports", "Dernière visite")], [
            [p.name, p.commune, ", ".join(KINDS.labels(p.kinds, tr)),
             tr.long_date(p.latest_visit.date) if p.latest_visit and p.latest_visit.date else ""]
            for p in content.places])

    doc.add_heading(tr.translate("reports", "Chiffres"), level=1)
    for dist in content.figures.distributions:
        if dist.is_empty():
            continue
        doc.add_heading(french(dist.title), level=2)
        _table(doc, [tr.translate("reports", "Libellé"), tr.translate("reports", "Valeur ({unit})").format(
            unit=dist.unit)], [list(r) for r in dist.table()])
        if dist.note:
            doc.add_paragraph(french(dist.note))

    if content.compared is not None:
        doc.add_heading(tr.translate("reports", "Les lieux comparés"), level=1)
        doc.add_paragraph(tr.translate(
            "reports", "Thèmes de la grille d'observation, d'après la dernière visite de chaque lieu."))
        places = content.compared.places
        for start in range(0, len(places), COMPARED_PER_TABLE):
            group = places[start:start + COMPARED_PER_TABLE]
            rows = [[label, *texts[start:start + COMPARED_PER_TABLE]] for label, texts in content.compared.rows
                    if any(texts[start:start + COMPARED_PER_TABLE])]
            _table(doc, [tr.translate("reports", "Thème"), *[p.name for p in group]], rows)
            doc.add_paragraph("")

    if content.visited:
        doc.add_heading(tr.translate("reports", "Les lieux visités"), level=1)
    for place in content.visited:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        visit = place.latest_visit
        grid = load_grid(visit.grid_version, tr.language)
        doc.add_heading(french(place.name), level=2)
        when = tr.translate("reports", "visite du {date}").format(date=tr.long_date(visit.date)) if visit.date else ""
        doc.add_paragraph(french(" — ".join(p for p in (place.commune, place.network, when) if p)))
        for theme_id, question_id in (("forces_fragilites", "forces"), ("forces_fragilites", "fragilites"),
                                      ("besoins", "besoins")):
            question = grid.theme(theme_id).question(question_id)
            items = (visit.answers.get(theme_id) or {}).get(question_id) or []
            if items:
                doc.add_heading(question.label, level=3)
                for item in items:
                    doc.add_paragraph(french(item), style="List Bullet")
        rows = []
        for theme_id in ("modele_economique", "foncier", "impacts"):
            for question in grid.theme(theme_id).questions:
                value = (visit.answers.get(theme_id) or {}).get(question.id)
                if value not in (None, "", []) and question.type != "items":
                    rows.append([question.label, answer_text(question, value, tr)])
        if rows:
            _table(doc, [tr.translate("reports", "Question"), tr.translate("reports", "Réponse")], rows)
    return doc
