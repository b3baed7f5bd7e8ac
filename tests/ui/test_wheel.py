"""The mouse wheel scrolls the page; it changes a value only in the widget that has the focus.

The wheel events are real ones (QTest.wheelEvent goes through the window system layer, as
a mouse does), sent where the widget is on screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.domain import Site, Stop, Tour
from tl_desktop.ui.wheel_guard import GuardedStyle

DOWN = QPoint(0, -120)      # one notch towards the user: the page goes down, a combo to its next item


def wheel(widget: QWidget, delta: QPoint = DOWN) -> None:
    """Turn the wheel once with the pointer over the middle of ``widget``."""
    top = widget.window()
    QTest.wheelEvent(top.windowHandle(), widget.mapTo(top, widget.rect().center()), delta)
    QApplication.processEvents()


def focus_elsewhere(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


# ---- the notebook's grid

@pytest.fixture
def notebook(qtbot, store, ops):
    from tl_desktop.views.notebook_view import NotebookView

    site, _ = store.sites.save(Site(name="Le 110 Bis", commune="Marseille"))
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11")
    store.visits.set_answer(visit.id, "impacts", "lien_social", 4)
    view = NotebookView(store, ops)
    qtbot.addWidget(view)
    view.resize(480, 600)             # a side dock: the grid is many pages long
    view.open_visit(visit.id)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_wheel_over_an_unfocused_grid_combo_scrolls_the_grid_and_changes_nothing(qtbot, store, notebook):
    rating = notebook._editors[("impacts", "lien_social")]
    notebook._grid_page.ensureWidgetVisible(rating)
    bar = notebook._grid_page.verticalScrollBar()
    focus_elsewhere(qtbot, notebook.tabs.tabBar())
    before = bar.value()
    wheel(rating.combo)
    assert rating.combo.currentData() == 4 and not rating.combo.hasFocus()
    assert bar.value() > before                              # the long grid still scrolls
    assert not notebook.has_pending() and notebook.flush()
    assert store.visits.get(notebook.visit_id()).answers["impacts"]["lien_social"] == 4
    assert not notebook.undo_stack.canUndo()


def test_a_focused_grid_combo_still_answers_the_wheel(qtbot, store, notebook):
    rating = notebook._editors[("impacts", "lien_social")]
    notebook._grid_page.ensureWidgetVisible(rating)
    rating.combo.setFocus(Qt.MouseFocusReason)               # the agent clicked it
    qtbot.waitUntil(rating.combo.hasFocus)
    wheel(rating.combo)
    assert rating.combo.currentData() == 5
    assert notebook.flush()
    assert store.visits.get(notebook.visit_id()).answers["impacts"]["lien_social"] == 5


# ---- the site form

def test_the_wheel_over_the_site_forms_precision_combo_scrolls_the_form(qtbot, store, ops):
    from tl_desktop.views.site_form import SiteForm

    site, _ = store.sites.save(Site(name="Coco Velten", commune="Marseille", latitude=43.3004, longitude=5.3779,
                                    location_precision="adresse"))
    form = SiteForm(store, ops)
    qtbot.addWidget(form)
    form.resize(420, 500)
    form.load_site(site)
    form.show()
    qtbot.waitExposed(form)
    scroll = form.scroll_area
    scroll.ensureWidgetVisible(form.precision_combo)
    focus_elsewhere(qtbot, form.edits["name"])
    before = scroll.verticalScrollBar().value()
    wheel(form.precision_combo)
    assert form.precision_combo.currentData() == "adresse"
    assert not form.is_dirty() and not form.save_button.isEnabled()
    assert scroll.verticalScrollBar().value() > before
    assert store.sites.get(site.id).location_precision == "adresse"


# ---- the tour view

@pytest.fixture
def tour_view(qtbot, store, ops):
    from tl_desktop.views.tour_view import TourView

    site, _ = store.sites.save(Site(name="La Fabulerie", commune="Marseille"))
    tour, _ = store.tours.save(Tour(title="Tiers-lieux marseillais", start_date="2025-02-11", end_date="2025-02-12"))
    stop, _ = store.tours.add_stop(Stop(tour.id, site.id, "2025-02-11", duration_min=90))
    view = TourView(store, ops, lambda: site.id)
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show()
    qtbot.waitExposed(view)
    view.reload_stops(select=stop.id)
    return view, stop, tour


def test_the_wheel_over_the_unfocused_duration_box_changes_nothing(qtbot, store, tour_view):
    view, stop, _ = tour_view
    assert view.duration_spin.value() == 90
    focus_elsewhere(qtbot, view.host_edit)
    wheel(view.duration_spin)
    assert view.duration_spin.value() == 90
    view.host_edit.setText("Mme Martin")
    view.save_stop()                                        # what leaving the host field does
    saved = store.tours.get_stop(stop.id)
    assert (saved.duration_min, saved.host) == (90, "Mme Martin")


def test_the_wheel_over_an_unfocused_date_edit_changes_nothing(qtbot, store, tour_view):
    view, _, tour = tour_view
    view.tabs.setCurrentIndex(1)                             # « Présentation »
    qtbot.waitUntil(view.start_edit.isVisible)
    focus_elsewhere(qtbot, view.title_edit)
    wheel(view.start_edit)
    assert view.start_edit.date() == QDate(2025, 2, 11)
    assert store.tours.get(tour.id).start_date == "2025-02-11"


def test_a_focused_duration_box_still_answers_the_wheel(qtbot, store, tour_view):
    view, stop, _ = tour_view
    view.duration_spin.setFocus(Qt.MouseFocusReason)
    qtbot.waitUntil(view.duration_spin.hasFocus)
    wheel(view.duration_spin, QPoint(0, 120))
    assert view.duration_spin.value() == 105                 # one step of 15 min
    view.save_stop()
    assert store.tours.get_stop(stop.id).duration_min == 105


# ---- every kind of value widget, in any dialog

def _middle(widget):
    """Put a spin box or slider mid-range, where the wheel can move it either way."""
    widget.setValue(50)
    return widget


@pytest.mark.parametrize("make, read", [
    (lambda p: _filled(QComboBox(p)), lambda w: w.currentIndex()),
    (lambda p: _middle(QSpinBox(p)), lambda w: w.value()),
    (lambda p: _middle(QDoubleSpinBox(p)), lambda w: w.value()),
    (lambda p: QDateEdit(QDate(2025, 2, 11), p), lambda w: w.date()),
    (lambda p: QTimeEdit(QTime(14, 30), p), lambda w: w.time()),
    (lambda p: _middle(QSlider(Qt.Horizontal, p)), lambda w: w.value()),
], ids=["combo", "spin", "double", "date", "time", "slider"])
def test_in_a_dialog_an_unfocused_value_widget_passes_the_wheel_to_the_page(qtbot, make, read):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    page = QWidget()
    column = QVBoxLayout(page)
    first = QSpinBox(page)
    column.addWidget(first)
    column.addSpacing(300)
    widget = make(page)
    column.addWidget(widget)
    column.addSpacing(900)
    scroll.setWidget(page)
    QVBoxLayout(dialog).addWidget(scroll)
    dialog.resize(300, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll.ensureWidgetVisible(widget)
    focus_elsewhere(qtbot, first)
    value, position = read(widget), scroll.verticalScrollBar().value()
    wheel(widget)
    assert read(widget) == value
    assert scroll.verticalScrollBar().value() > position
    assert first.hasFocus()                    # the wheel did not take the focus either
    widget.setFocus(Qt.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    wheel(widget)
    assert read(widget) != value               # asked for: it changes


def _filled(combo: QComboBox) -> QComboBox:
    combo.addItems(["Non précisée", "Adresse", "Commune"])
    combo.setCurrentIndex(1)
    return combo


# ---- the real start-up installs it

def test_run_gui_installs_the_guard_before_building_the_window(qtbot, qapp, tmp_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QStyleFactory

    from tl_desktop.ui import app as app_module

    qapp.setStyle(QStyleFactory.create(qapp.style().baseStyle().name()))    # as in a fresh application
    assert not isinstance(qapp.style(), GuardedStyle)
    seen = []

    class Window(QWidget):
        def __init__(self, store, folder, ops):
            super().__init__()
            seen.append(qapp.style())

        def start_deferred(self):
            pass

    monkeypatch.setattr(app_module, "MainWindow", Window)
    monkeypatch.setattr(app_module, "install_translations", lambda app: None)
    monkeypatch.setattr(app_module, "setup_logging", lambda folder: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run_gui(["--data-dir", str(tmp_path / "d")]) == 0
    assert seen and isinstance(seen[0], GuardedStyle)
    assert seen[0].baseStyle().name() == QApplication.style().baseStyle().name() != ""   # the same look


def test_a_value_widget_with_a_style_sheet_is_guarded_too(qtbot):
    """The notebook marks a refused answer with a style sheet: the widget is polished again, still guarded."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    scroll = QScrollArea(dialog)
    page = QWidget()
    column = QVBoxLayout(page)
    first = QSpinBox(page)
    combo = _filled(QComboBox(page))
    combo.setStyleSheet("border: 1px solid #c0392b;")
    for widget in (first, combo):
        column.addWidget(widget)
    column.addSpacing(900)
    scroll.setWidget(page)
    QVBoxLayout(dialog).addWidget(scroll)
    dialog.resize(300, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus_elsewhere(qtbot, first)
    wheel(combo)
    assert combo.currentIndex() == 1 and scroll.verticalScrollBar().value() > 0
