"""The notebook refuses « nan », « inf » and absurd numbers with a message, and loses nothing."""

from __future__ import annotations

import pytest

from tl_desktop.domain import Site
from tl_desktop.views.notebook_view import NotebookView


@pytest.fixture
def notebook(qtbot, store, ops):
    site, _ = store.sites.save(Site(name="Friche la Belle de Mai", commune="Marseille"))
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11")
    store.visits.set_answer(visit.id, "foncier", "surface", "45000")
    view = NotebookView(store, ops)
    qtbot.addWidget(view)
    view.open_visit(visit.id)
    view.show()
    return view


@pytest.mark.parametrize("typed", ["nan", "inf", "1e400", "1e308"])
def test_a_hostile_number_stays_on_screen_marked_and_the_store_keeps_the_previous_value(
        qtbot, store, notebook, type_text, typed):
    problems = []
    notebook.problem.connect(problems.append)
    surface = notebook._editors[("foncier", "surface")]
    assert surface.edit.text() == "45000"
    surface.edit.selectAll()
    type_text(surface.edit, typed)
    type_text(notebook.notes_edit, "Visite du toit-terrasse")
    assert not notebook.flush()                   # no unexpected-error dialog: a refusal, said in French
    assert problems and "Réponse invalide pour « Surface (m²) »" in problems[0]
    assert surface.edit.text() == typed and "c0392b" in surface.styleSheet()
    assert "Réponse invalide" in surface.toolTip()
    visit = store.visits.get(notebook.visit_id())
    assert visit.answers["foncier"]["surface"] == 45000
    assert visit.notes == "Visite du toit-terrasse"     # the rest was written
    assert notebook.has_pending()                       # retried at the next change
    surface.edit.setText("4500")
    assert notebook.flush() and store.visits.get(notebook.visit_id()).answers["foncier"]["surface"] == 4500
