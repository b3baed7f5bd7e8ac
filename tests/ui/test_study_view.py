"""The territorial study view, driven as a chargé de mission does, on the real demo catalog with real visits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tl_desktop.study import Criteria, StudyData, Territory, select
from tl_desktop.ui.study_models import COMPARE
from tl_desktop.views.site_form import SiteForm
from tl_desktop.views.study_view import StudyView


@pytest.fixture
def ops(study_store, qapp):
    """The operation runner on the study's catalog (the shared fixture's is on another one)."""
    from tl_desktop.store import Writer
    from tl_desktop.ui.operations import Operations

    runner = Operations(Writer(study_store.path))
    yield runner
    runner.close()


def open_view(qtbot, store, ops, with_map=False) -> StudyView:
    view = StudyView(store, ops, store.path.parent, with_map=with_map)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    with qtbot.waitSignal(view.figures_updated, timeout=15000):
        view.load()
    return view


def choose_departement(qtbot, view, code: str) -> None:
    with qtbot.waitSignal(view.figures_updated, timeout=5000):
        view.territory_combo.setCurrentIndex(view.territory_combo.findData("departement"))
        view.departement_combo.setCurrentIndex(view.departement_combo.findData(code))


def test_territory_and_criteria_drive_the_table_and_the_figures(qtbot, study_store, ops):
    view = open_view(qtbot, study_store, ops)
    assert view.model.rowCount() == study_store.sites.count()
    choose_departement(qtbot, view, "13")
    expected = select(StudyData.load(study_store), Territory("departement", ("13",)), Criteria())
    assert view.model.rowCount() == len(expected) and view.figures.total == len(expected)
    assert "Visités : 4" in view.headline.text()
    titles = [w.dist.title for w in view.figure_widgets()]
    assert "Fragilités les plus citées" in titles and "Part d'autofinancement des lieux visités" in titles
    fragilities = next(w for w in view.figure_widgets() if w.dist.key == "fragilities")
    assert fragilities.table.item(0, 0).text() == "Dépendance aux subventions"
    assert fragilities.table_text().splitlines()[1].startswith("Dépendance aux subventions\t3")
    # « Peut accueillir une réunion de 30 personnes »
    with qtbot.waitSignal(view.figures_updated, timeout=5000):
        view.capacity_spin.setValue(30)
    assert view.model.rowCount() == 2
    with qtbot.waitSignal(view.figures_updated, timeout=5000):
        view.pmr_check.setChecked(True)
    assert [view.model.places()[0].id] == study_store.fixture["visited"][:1]


def test_charts_are_drawn_on_screen_without_the_black_clip_box(qtbot, study_store, ops):
    view = open_view(qtbot, study_store, ops)
    chart = next(w for w in view.figure_widgets() if w.dist.key == "kinds").chart
    image = chart.grab().toImage()
    dark = sum(QColor(image.pixel(x, y)).lightness() < 60 for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4))
    total = len(range(0, image.width(), 4)) * len(range(0, image.height(), 4))
    assert 0 < dark < total * 0.5      # dark bars and text on white, not a black rectangle
    assert QColor(image.pixel(2, 2)).lightness() > 200


def test_save_reopen_compare_and_export(qtbot, study_store, type_text, tmp_path, ops):
    view = open_view(qtbot, study_store, ops)
    choose_departement(qtbot, view, "13")
    for site_id in study_store.fixture["visited"][:3]:
        row = view.model.row_of(site_id)
        view.model.setData(view.model.index(row, COMPARE), Qt.Checked, Qt.CheckStateRole)
    assert view.show_comparison()
    assert view.comparison_table.columnCount() == 3
    view.name_edit.clear()
    type_text(view.name_edit, "Étude Bouches-du-Rhône")
    assert view.save_study()
    saved = study_store.studies.by_name("étude bouches-du-rhône")
    assert saved.territory["codes"] == ["13"] and saved.compared == study_store.fixture["visited"][:3]

    other = open_view(qtbot, study_store, ops)
    with qtbot.waitSignal(other.figures_updated, timeout=5000):
        other.studies_combo.setCurrentIndex(other.studies_combo.findData(saved.id))
        other.studies_combo.activated.emit(other.studies_combo.currentIndex())
    assert other.question() == view.question()
    assert other.model.rowCount() == view.model.rowCount()

    runner = view.export_to("csv;", tmp_path / "etude.csv")
    with qtbot.waitSignal(runner.finished, timeout=15000):
        pass
    data = (tmp_path / "etude.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.decode("utf-8-sig").count("\n") == view.model.rowCount() + 1
    runner = view.export_to("pdf", tmp_path / "etude.pdf")
    with qtbot.waitSignal(runner.finished, timeout=30000):
        pass
    assert (tmp_path / "etude.pdf").read_bytes().startswith(b"%PDF")


def test_one_place_is_not_a_comparison(qtbot, study_store, ops):
    view = open_view(qtbot, study_store, ops)
    view.model.setData(view.model.index(0, COMPARE), Qt.Checked, Qt.CheckStateRole)
    assert not view.show_comparison()
    assert "de 2 à 15 lieux" in view.compare_info.text()


def test_map_and_table_stay_in_sync(qtbot, study_store, ops):
    view = open_view(qtbot, study_store, ops, with_map=True)
    qtbot.waitUntil(view.map_view.is_ready, timeout=20000)
    choose_departement(qtbot, view, "13")
    target = study_store.fixture["visited"][2]
    view.map_view.site_selected.emit(target)          # a marker clicked on the map
    current = view.table.selectionModel().selectedRows()[0]
    assert view.proxy.data(current, Qt.UserRole + 1) == target
    assert view.select_place(study_store.fixture["visited"][0])


def test_the_site_form_records_meeting_rooms_and_shows_the_regional_network(qtbot, study_store, ops):
    form = SiteForm(study_store, ops)
    qtbot.addWidget(form)
    site_id = study_store.fixture["marseille"][7]
    form.load_site(study_store.sites.get(site_id))
    assert "Sud Tiers-Lieux" in form.place_info.text()
    qtbot.mouseClick(form.rooms_editor.add_button, Qt.LeftButton)
    assert form.is_dirty()
    form.rooms_editor.table.cellWidget(0, 1).setValue(30)
    form.rooms_editor.table.cellWidget(0, 2).setChecked(True)
    form.rooms_editor.table.cellWidget(0, 3).menu().actions()[0].setChecked(True)   # visioconférence
    assert form.save()
    rooms = study_store.rooms.of_site(site_id)
    assert [(r.capacity, r.accessible, r.equipment) for r in rooms] == [(30, True, ["visio"])]
    assert not form.is_dirty()
    data = StudyData.load(study_store)
    assert site_id in {p.id for p in select(data, Territory(), Criteria(meeting_capacity=30, meeting_accessible=True))}


def test_a_slow_recomputation_runs_in_a_worker_and_keeps_only_the_latest_answer(qtbot, study_store, ops):
    view = open_view(qtbot, study_store, ops)
    view._last_compute = 1.0          # as if the last figures had taken a second: next ones go to a worker
    view.territory_combo.setCurrentIndex(view.territory_combo.findData("departement"))
    view.departement_combo.setCurrentIndex(view.departement_combo.findData("26"))
    view.recompute()                  # superseded by the next question before its result arrives
    view.departement_combo.setCurrentIndex(view.departement_combo.findData("13"))
    view.recompute()
    assert view._jobs                 # work is running off the GUI thread
    qtbot.waitUntil(lambda: view.figures is not None and view.places and
                    all(p.departement == "13" for p in view.places), timeout=10000)
    qtbot.wait(300)
    assert all(p.departement == "13" for p in view.places)
