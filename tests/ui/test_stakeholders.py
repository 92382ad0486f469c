"""The Akteure page as a consultant uses it: drag actors on the sector map (and find them there
after a restart), draw relationships by dragging, take and compare snapshots, edit actors with
consent, search the register, present full screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, RelationshipKind, Sector
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData, ConsentData, RelationshipData
from lzz_desktop.reports.map.style import ADDED, CHANGED, REMOVED, MapMode
from lzz_desktop.services import Workspace
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.stakeholders.dialogs import ActorDialog
from lzz_desktop.ui.stakeholders.models import (
    ActorFilterModel,
    ActorTableModel,
    ChangeTableModel,
    RelationshipTableModel,
)
from lzz_desktop.ui.stakeholders.view import MapView
from lzz_desktop.ui.stakeholders.widget import StakeholdersWidget
from lzz_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import close_window

Ids = dict[str, str]


def _seed(data_dir: Path) -> Ids:
    """A district with a few actors in different sectors, written through the services."""
    workspace = Workspace.open(data_dir, author="Test")
    try:
        district = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
        service = workspace.stakeholders
        ids = {"district": district}
        for key, name, sector, influence in (
            ("landrat", "Landrat", Sector.POLITICS, 4),
            ("abh", "Ausländerbehörde", Sector.ADMINISTRATION, 3),
            ("caritas", "Caritas Goslar", Sector.CIVIL_SOCIETY, 2),
            ("verein", "Afrikanischer Kulturverein", Sector.MIGRANTS, 1),
            ("ihk", "IHK Braunschweig", Sector.BUSINESS, 2),
        ):
            ids[key] = service.create_actor(
                district, ActorData(name, ActorKind.ORGANISATION, sector, influence=influence, interest=3)
            )
        service.create_relationship(
            district, RelationshipData(ids["landrat"], ids["abh"], RelationshipKind.HIERARCHY)
        )
    finally:
        workspace.close()
    return ids


def _open_on_map(
    open_window: Callable[[], MainWindow], qtbot: QtBot
) -> tuple[MainWindow, StakeholdersWidget]:
    window = open_window()
    window.show_view("stakeholders")
    widget = window.stakeholders_page
    assert isinstance(widget, StakeholdersWidget)
    # The register and the maps are filled one per event-loop turn: wait for the last of them.
    qtbot.waitUntil(lambda: len(widget.grid_panel.scene.nodes) > 0 and not window.tasks.busy, timeout=10000)
    return window, widget


def _mouse(
    widget: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton
) -> None:
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(view: MapView, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """A left-button drag on the view, as a mouse does it (press, moves with the button held, release)."""
    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, left, left)
    for i in range(1, steps + 1):
        point = start + (end - start) * i / steps
        _mouse(viewport, QEvent.Type.MouseMove, point, none, left)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, end, left, none)


def _screen_pos(view: MapView, actor_id: str) -> QPoint:
    return view.mapFromScene(view.map_scene.nodes[actor_id].pos())


def test_the_map_shows_every_actor_coloured_by_sector(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    ids = _seed(data_dir)
    window, widget = _open_on_map(open_window, qtbot)
    scene = widget.sector_panel.scene
    assert set(scene.nodes) == {v for k, v in ids.items() if k != "district"}
    assert window.ui.district_tabs.tabText(window.ui.district_tabs.currentIndex()) == "Akteure"
    assert widget.tabs.tabText(0) == "Akteurslandkarte"
    # bigger influence, bigger node
    assert scene.nodes[ids["landrat"]].radius > scene.nodes[ids["verein"]].radius


def test_a_dragged_node_keeps_its_place_after_a_restart(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    ids = _seed(data_dir)
    window, widget = _open_on_map(open_window, qtbot)
    view = widget.sector_panel.view
    node = view.map_scene.nodes[ids["caritas"]]
    before = QPointF(node.pos())
    start = _screen_pos(view, ids["caritas"])
    drag(view, start, start + QPoint(60, -40))
    moved = QPointF(node.pos())
    assert (moved - before).manhattanLength() > 50
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    close_window(window)

    _again, widget = _open_on_map(open_window, qtbot)
    restored = widget.sector_panel.scene.nodes[ids["caritas"]].pos()
    assert abs(restored.x() - moved.x()) < 1 and abs(restored.y() - moved.y()) < 1
    # the other actors stayed where the automatic layout put them
    assert widget.data is not None and set(widget.data.positions["sector"]) == {ids["caritas"]}


def test_a_relationship_is_drawn_by_dragging_from_actor_to_actor(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    ids = _seed(data_dir)
    window, widget = _open_on_map(open_window, qtbot)
    panel = widget.sector_panel
    assert panel.action_connect is not None and panel.kind_combo is not None
    panel.action_connect.setChecked(True)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(RelationshipKind.FUNDING))
    view = panel.view

    drag(view, _screen_pos(view, ids["ihk"]), _screen_pos(view, ids["verein"]))
    qtbot.waitUntil(lambda: widget.data is not None and len(widget.data.relationships) == 2, timeout=5000)
    rels = window.workspace.stakeholders.relationships(ids["district"])
    assert any(
        (r.source_id, r.target_id, r.kind) == (ids["ihk"], ids["verein"], RelationshipKind.FUNDING)
        for r in rels
    )
    qtbot.waitUntil(lambda: widget.rel_model.rowCount() == 2, timeout=5000)  # filled in a later turn
    node_moved_not = view.map_scene.nodes[ids["ihk"]]
    assert node_moved_not is not None

    # the same again is refused with a message above the map, not a dialog
    drag(view, _screen_pos(view, ids["verein"]), _screen_pos(view, ids["ihk"]))
    qtbot.waitUntil(lambda: "gibt es schon" in panel.message.text(), timeout=5000)
    assert panel.message.isVisible()
    drag(view, _screen_pos(view, ids["ihk"]), _screen_pos(view, ids["ihk"]) + QPoint(2, 2))
    qtbot.waitUntil(lambda: "zu sich selbst" in panel.message.text(), timeout=5000)
    assert len(window.workspace.stakeholders.relationships(ids["district"])) == 2


def test_two_snapshots_with_changes_are_compared(
    open_window: Callable[[], MainWindow],
    qtbot: QtBot,
    data_dir: Path,
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    ids = _seed(data_dir)
    window, widget = _open_on_map(open_window, qtbot)

    def name_it(title: str) -> Callable[[QWidget], None]:
        def handler(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            dialog.setTextValue(title)
            dialog.accept()

        return handler

    on_modal(name_it("Auftakt"))
    widget.sector_panel.action_snapshot.trigger()
    qtbot.waitUntil(lambda: len(widget.snapshots) == 1, timeout=5000)

    service = window.workspace.stakeholders
    _landrat, _consent = service.actor(ids["landrat"])
    service.update_actor(
        ids["caritas"],
        ActorData(
            "Caritas Goslar",
            ActorKind.ORGANISATION,
            Sector.CIVIL_SOCIETY,
            influence=4,
            attitude=2,
            interest=3,
        ),
    )
    service.delete_actor(ids["verein"])
    new = service.create_actor(
        ids["district"], ActorData("Jobcenter Goslar", ActorKind.ORGANISATION, Sector.ADMINISTRATION)
    )
    service.create_relationship(
        ids["district"], RelationshipData(new, ids["abh"], RelationshipKind.COOPERATION)
    )

    on_modal(name_it("Jahresende"))
    widget.snapshot_button.click()
    qtbot.waitUntil(lambda: len(widget.snapshots) == 2, timeout=5000)

    widget.tabs.setCurrentIndex(5)
    assert widget.compare_button.isEnabled()
    with qtbot.waitSignal(widget.comparison_shown, timeout=5000):
        widget.compare_button.click()
    rows = {
        (widget.change_model.index(r, 0).data(), widget.change_model.index(r, 1).data())
        for r in range(widget.change_model.rowCount())
    }
    assert rows == {
        ("Akteur:in hinzugekommen", "Jobcenter Goslar"),
        ("Akteur:in weggefallen", "Afrikanischer Kulturverein"),
        ("Einfluss geändert", "Caritas Goslar"),
        ("Haltung geändert", "Caritas Goslar"),
        ("Beziehung hinzugekommen", "Jobcenter Goslar – Ausländerbehörde"),
    }
    assert "1 hinzugekommen, 1 weggefallen" in widget.diff_summary.text()
    scene = widget.compare_panel.scene
    assert scene.nodes[new].highlight == ADDED
    assert scene.nodes[ids["verein"]].highlight == REMOVED  # drawn as a ghost where it was
    assert scene.nodes[ids["caritas"]].highlight == CHANGED
    assert "E 2→4" in scene.nodes[ids["caritas"]].note
    assert scene.nodes[ids["landrat"]].highlight is None


def test_new_person_needs_consent_before_contact_data(
    open_window: Callable[[], MainWindow],
    qtbot: QtBot,
    data_dir: Path,
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    ids = _seed(data_dir)
    window, widget = _open_on_map(open_window, qtbot)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ActorDialog)
        ui = dialog.ui
        QTest.keyClicks(ui.name_edit, "Caritas Goslr")
        seen["similar"] = ui.similar_label.text()
        ui.name_edit.setText("Maria Schulz")
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(ActorKind.PERSON))
        seen["contact_enabled_without_consent"] = ui.email_edit.isEnabled()
        seen["hint"] = ui.contact_hint.text()
        ui.consent_combo.setCurrentIndex(ui.consent_combo.findData(ConsentStatus.GIVEN))
        ui.given_on_edit.setDate(QDate(2025, 3, 1))
        QTest.keyClicks(ui.email_edit, "maria.schulz@example.org")
        ui.organisation_combo.setCurrentIndex(ui.organisation_combo.findData(ids["caritas"]))
        ui.button_box.accepted.emit()

    on_modal(fill)
    widget.action_new_actor.trigger()
    assert "Meinten Sie „Caritas Goslar“" in str(seen["similar"])
    assert seen["contact_enabled_without_consent"] is False
    assert "Einwilligung" in str(seen["hint"])
    qtbot.waitUntil(lambda: widget.actor_model.rowCount() == 6, timeout=5000)
    person = next(a for a in widget.data.actors if a.name == "Maria Schulz")  # type: ignore[union-attr]
    assert (person.email, person.consent, person.organisation) == (
        "maria.schulz@example.org",
        ConsentStatus.GIVEN,
        "Caritas Goslar",
    )

    # withdrawing consent in the dialog empties the contact fields, and the service stores that
    widget.tabs.setCurrentIndex(3)
    widget.select_actor(person.id)

    def withdraw(dialog: QWidget) -> None:
        assert isinstance(dialog, ActorDialog)
        ui = dialog.ui
        ui.consent_combo.setCurrentIndex(ui.consent_combo.findData(ConsentStatus.WITHDRAWN))
        seen["email_after"] = ui.email_edit.text()
        dialog.ui.button_box.accepted.emit()

    on_modal(withdraw)
    widget.action_edit_actor.trigger()
    qtbot.waitUntil(lambda: "email_after" in seen, timeout=5000)
    assert seen["email_after"] == ""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    info, consent = window.workspace.stakeholders.actor(person.id)
    assert (info.email, consent.status) == ("", ConsentStatus.WITHDRAWN)


def test_service_refusal_is_shown_in_the_dialog_and_nothing_is_lost(qtbot: QtBot) -> None:
    from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError

    def refuse(
        _data: ActorData,
        _consent: ConsentData | None,
        _done: Callable[[], None],
        failed: Callable[[Exception], None],
    ) -> None:
        failed(ValidationError([FieldError("email", ErrorCode.CONSENT_REQUIRED)]))

    dialog = ActorDialog(refuse, [])
    qtbot.addWidget(dialog)
    dialog.ui.name_edit.setText("Verein")
    dialog.ui.email_edit.setText("info@verein.de")
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Einwilligung" in dialog.ui.contact_error.text()
    assert dialog.ui.email_edit.text() == "info@verein.de"
    assert dialog.ui.button_box.isEnabled()  # the user can correct and save again


def test_register_search_and_sector_filter(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    ids = _seed(data_dir)
    _window, widget = _open_on_map(open_window, qtbot)
    widget.tabs.setCurrentIndex(3)
    assert widget.actor_proxy.rowCount() == 5
    QTest.keyClicks(widget.search_edit, "goslar")
    assert widget.actor_proxy.rowCount() == 1
    widget.search_edit.clear()
    widget.sector_filter.setCurrentIndex(widget.sector_filter.findData(Sector.BUSINESS.value))
    assert [widget.actor_proxy.index(r, 0).data() for r in range(widget.actor_proxy.rowCount())] == [
        "IHK Braunschweig"
    ]
    widget.sector_filter.setCurrentIndex(0)
    widget.actor_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # influence
    assert widget.actor_proxy.index(0, 0).data() == "Landrat"

    # Sorting by name keeps the selected actor selected, and a refill keeps the chosen order.
    def names() -> list[str]:
        return [widget.actor_proxy.index(r, 0).data() for r in range(widget.actor_proxy.rowCount())]

    selected = widget.select_actor(ids["ihk"]).data(ID_ROLE)
    widget.actor_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names() == sorted(names(), key=str.casefold, reverse=True)
    assert widget.actor_table.currentIndex().data(ID_ROLE) == selected
    widget.actor_model.set_rows(list(reversed(widget.data.actors)))  # type: ignore[union-attr]
    assert names() == sorted(names(), key=str.casefold, reverse=True)


def test_grid_and_network_views(open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path) -> None:
    ids = _seed(data_dir)
    _window, widget = _open_on_map(open_window, qtbot)
    grid = widget.grid_panel.scene
    landrat, verein = grid.nodes[ids["landrat"]].pos(), grid.nodes[ids["verein"]].pos()
    assert landrat.y() < verein.y()  # more influence is higher up
    assert grid.mode is MapMode.GRID and not grid.map_style.movable
    qtbot.waitUntil(lambda: len(widget.network_panel.scene.nodes) == 5, timeout=10000)
    positions = {(round(n.pos().x()), round(n.pos().y())) for n in widget.network_panel.scene.nodes.values()}
    assert len(positions) == 5  # the automatic layout spreads the actors out


def test_presentation_mode_is_full_screen_with_large_type(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    _seed(data_dir)
    _window, widget = _open_on_map(open_window, qtbot)
    panel = widget.sector_panel
    panel.action_present.trigger()
    presentation = panel.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    assert presentation.isFullScreen()
    assert panel.scene.map_style.text_scale > 1
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.presentation is None)
    assert panel.scene.map_style.text_scale == 1


def test_map_pictures_are_written(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    _seed(data_dir)
    _window, widget = _open_on_map(open_window, qtbot)
    for name in ("karte.png", "karte.svg", "karte.pdf"):
        widget.sector_panel.export_to(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    image = QImage(str(tmp_path / "karte.png"))
    assert image.width() >= 2000
    assert b"Akteurslandkarte Goslar" in (tmp_path / "karte.svg").read_bytes()


@pytest.mark.parametrize("model_name", ["actors", "filter", "relationships", "changes"])
def test_item_models_pass_the_model_tester(
    qtmodeltester: object, workspace: Workspace, model_name: str
) -> None:
    district = workspace.districts.create(DistrictData(name="Harz", state=FederalState.SACHSEN_ANHALT))
    service = workspace.stakeholders
    a = service.create_actor(district, ActorData("Verein A", ActorKind.ORGANISATION, Sector.CIVIL_SOCIETY))
    b = service.create_actor(
        district, ActorData("Anna", ActorKind.PERSON, Sector.MIGRANTS, role="Sprecherin")
    )
    service.create_relationship(district, RelationshipData(a, b, RelationshipKind.INFORMATION, directed=True))
    first = workspace.stakeholder_maps.take_snapshot(district, "eins")
    service.create_actor(district, ActorData("Verein C", ActorKind.GROUP, Sector.BUSINESS))
    second = workspace.stakeholder_maps.take_snapshot(district, "zwei")
    actors = service.actors(district)
    if model_name in ("actors", "filter"):
        source = ActorTableModel()
        source.set_rows(actors)
        model: object = source
        if model_name == "filter":
            proxy = ActorFilterModel()
            proxy.setSourceModel(source)
            proxy.set_text("verein")
            model = proxy
    elif model_name == "relationships":
        rel_model = RelationshipTableModel()
        rel_model.set_data(service.relationships(district), actors)
        model = rel_model
    else:
        change_model = ChangeTableModel()
        change_model.set_rows(workspace.stakeholder_maps.compare(first, second).changes)
        model = change_model
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_import_dialog_explains_bad_files_and_imports_good_ones(qtbot: QtBot, tmp_path: Path) -> None:
    from lzz_desktop.services.actor_import import ImportReport
    from lzz_desktop.ui.stakeholders.import_dialog import ImportDialog

    imported: list[ImportReport] = []

    def run(
        report: ImportReport,
        _update: frozenset[int],
        done: Callable[[int], None],
        _failed: Callable[[Exception], None],
    ) -> None:
        imported.append(report)
        done(len(report.actors))

    tasks = TaskRunner()
    dialog = ImportDialog({"Landkreis Goslar"}, run, tasks)
    qtbot.addWidget(dialog)
    cases = {
        "leer.csv": (b"", "Die Datei ist leer"),
        "bild.xlsx": (b"\x89PNG\r\n\x1a\n" + bytes(64), "keine Tabelle"),
        "ohne_sektor.csv": (
            b"Name;Rolle\nCaritas;Beratung\n",
            "Für „Sektor“ ist keine Spalte gewählt",
        ),
        "kirche.csv": (b"Name;Sektor\nCaritas;Kirche\n", "Zeile 2: unbekannter Sektor „Kirche“"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_bytes(content)
        with qtbot.waitSignal(dialog.checked, timeout=5000):
            dialog.load_file(tmp_path / name)
        assert message in dialog.ui.report_edit.toPlainText(), name
        assert not dialog.ok_button.isEnabled()
    good = tmp_path / "gut.csv"
    good.write_bytes("Name;Sektor;Organisation\nKöhler GmbH;Wirtschaft;Landkreis Goslar\n".encode("cp1252"))
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        dialog.load_file(good)
    assert "1 Akteur:in bereit zum Import" in dialog.ui.report_edit.toPlainText()
    assert "Windows-1252" in dialog.ui.report_edit.toPlainText()
    # the user maps the sector column away: the import is blocked again with the reason
    dialog.combos["sector"].setCurrentIndex(0)
    assert not dialog.ok_button.isEnabled()
    dialog.combos["sector"].setCurrentIndex(2)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert [row.data.name for row in imported[0].actors] == ["Köhler GmbH"]
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.imported == 1


def test_a_district_deleted_while_its_map_loads_brings_up_no_dialog(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    ids = _seed(data_dir)
    window, widget = _open_on_map(open_window, qtbot)
    window.workspace.districts.delete(ids["district"])
    widget.load(ids["district"])
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert QApplication.activeModalWidget() is None


def test_crowded_maps_still_drag_and_show_labels_when_zoomed_in(qtbot: QtBot) -> None:
    from lzz_desktop.records.layout import sector_layout
    from lzz_desktop.records.stakeholders import ActorInfo, MapData
    from lzz_desktop.ui.stakeholders.map_panel import MapPanel

    actors = [
        ActorInfo(f"a{i}", f"Akteur {i}", ActorKind.ORGANISATION, list(Sector)[i % 5], influence=i % 5)
        for i in range(400)
    ]
    panel = MapPanel(MapMode.SECTOR)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_map(MapData("d", "Groß", actors, []), sector_layout(actors), "Groß")
    scene, view = panel.scene, panel.view
    assert scene.map_style.dense and scene.node_layer is not None
    assert not scene.map_style.labels_visible(view.transform().m11())  # too small to read at first
    view.zoom(6.0)
    assert scene.map_style.labels_visible(view.transform().m11())
    target = scene.nodes["a7"]
    view.centerOn(target)
    before = QPointF(target.pos())
    with qtbot.waitSignal(scene.positions_changed) as moved:
        start = view.mapFromScene(target.pos())
        drag(view, start, start + QPoint(40, 30))
    assert target.actor.id in moved.args[0]
    assert (target.pos() - before).manhattanLength() > 5


def test_import_dialog_previews_the_file_and_asks_per_row_whether_to_update(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The first rows are shown before anything is imported; rows naming an actor the district
    already has are listed to tick for an update, the rest are skipped; a new employer is named."""
    from lzz_desktop.services.actor_import import ImportReport
    from lzz_desktop.ui.stakeholders.import_dialog import ImportDialog

    calls: list[tuple[ImportReport, frozenset[int]]] = []

    def run(
        report: ImportReport,
        update: frozenset[int],
        done: Callable[[int], None],
        _f: Callable[[Exception], None],
    ) -> None:
        calls.append((report, update))
        done(len(report.actors))

    tasks = TaskRunner()
    existing = {"kreistagsfraktion spd": "id-spd", "caritas goslar": "id-caritas"}
    dialog = ImportDialog({"Caritas Goslar"}, run, tasks, None, existing)
    qtbot.addWidget(dialog)
    path = tmp_path / "akteure.csv"
    path.write_text(
        "Name;Art;Sektor;Organisation\n"
        "Kreistagsfraktion SPD;Organisation;Politik;\n"
        "Caritas Goslar;Organisation;Zivilgesellschaft;\n"
        "Mira Haddad;Person;Migrant:innen;Syrischer Elternverein\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        dialog.load_file(path)
    preview = dialog.ui.preview_table
    assert (preview.rowCount(), preview.columnCount()) == (3, 4)
    assert preview.item(2, 0).text() == "Mira Haddad"
    report_text = dialog.ui.report_edit.toPlainText()
    assert "Syrischer Elternverein" in report_text  # the new organisation is named before importing
    assert dialog.ui.matches_list.count() == 2
    assert dialog.update_rows == frozenset()  # default: skip what the district already has
    assert "2 übersprungen" in report_text
    dialog.ui.matches_list.item(1).setCheckState(Qt.CheckState.Checked)  # update Caritas
    assert "1 aktualisiert" in dialog.ui.report_edit.toPlainText()
    dialog.ok_button.click()
    (report, update), *_ = calls
    assert update == frozenset({3})
    assert {r.data.name: r.existing_id for r in report.actors} == {
        "Kreistagsfraktion SPD": "id-spd",
        "Caritas Goslar": "id-caritas",
        "Mira Haddad": None,
    }


def test_erasing_a_person_asks_then_leaves_an_anonymous_node_and_no_undo(
    open_window: Callable[[], MainWindow],
    qtbot: QtBot,
    data_dir: Path,
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    """Issue 14: "Person endgültig löschen" — a question that says it cannot be undone (Cancel is
    the default), then the person is gone for good: an anonymous node stays, and Ctrl+Z cannot
    bring the name back (the district's undo history held it and is cleared)."""
    from lzz_desktop.domain.erasure import ERASED_NAME

    ids = _seed(data_dir)
    workspace = Workspace.open(data_dir, author="Test")
    try:
        person = workspace.stakeholders.create_actor(
            ids["district"],
            ActorData(
                name="Semhar Tesfamariam", kind=ActorKind.PERSON, sector=Sector.MIGRANTS, role="Elternbeirat"
            ),
        )
    finally:
        workspace.close()
    window, widget = _open_on_map(open_window, qtbot)
    widget.tabs.setCurrentIndex(3)
    widget.select_actor(ids["caritas"])
    seen: dict[str, str] = {}

    def refuse_organisation(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["organisation"] = dialog.text()
        dialog.accept()

    on_modal(refuse_organisation)
    widget.action_erase_person.trigger()
    assert "Nur Personen" in seen["organisation"]

    # An ordinary edit first, so there is something to undo.
    with qtbot.waitSignal(widget.changed_message, timeout=5000):
        widget.select_actor(ids["verein"])
        widget.delete_actor()
    assert window.undo.active is not None and window.undo.active.canUndo()
    widget.select_actor(person)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["question"] = dialog.text() + " " + dialog.informativeText()
        assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.Cancel)
        dialog.button(QMessageBox.StandardButton.Cancel).click()

    on_modal(cancel)
    widget.action_erase_person.trigger()
    assert "„Semhar Tesfamariam“ endgültig löschen?" in seen["question"]
    assert "nicht rückgängig" in seen["question"]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert window.workspace.stakeholders.actor(person)[0].name == "Semhar Tesfamariam"  # cancelled

    def erase(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.buttons() if b.text() == "Endgültig löschen").click()

    on_modal(erase)
    widget.select_actor(person)
    with qtbot.waitSignal(widget.changed_message, timeout=10000) as told:
        widget.action_erase_person.trigger()
    assert "endgültig gelöscht" in told.args[0]
    info = window.workspace.stakeholders.actor(person)[0]
    assert (info.name, info.role) == (ERASED_NAME, "Elternbeirat")
    assert window.undo.active is not None and not window.undo.active.canUndo()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    assert any(a.name == ERASED_NAME for a in widget.data.actors)  # type: ignore[union-attr]


def test_consents_due_for_review_are_counted_and_listed_with_one_click(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    import datetime as dt

    ids = _seed(data_dir)
    workspace = Workspace.open(data_dir, author="Test")
    try:
        for name, given in (("Hawa Kamara", 400), ("Ali Rezaei", 10)):
            workspace.stakeholders.create_actor(
                ids["district"],
                ActorData(name=name, kind=ActorKind.PERSON, sector=Sector.MIGRANTS),
                ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date.today() - dt.timedelta(days=given)),
            )
    finally:
        workspace.close()
    _window, widget = _open_on_map(open_window, qtbot)
    assert widget.due_button.text() == "Einwilligung zur Prüfung fällig (1)"
    total = widget.actor_proxy.rowCount()
    widget.due_button.click()
    assert widget.tabs.currentWidget() is widget.ui.register_tab
    shown = [widget.actor_proxy.index(r, 0).data() for r in range(widget.actor_proxy.rowCount())]
    assert shown == ["Hawa Kamara"]
    widget.due_button.click()
    assert widget.actor_proxy.rowCount() == total


def test_an_access_report_is_written_from_the_register(
    open_window: Callable[[], MainWindow],
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _seed(data_dir)
    workspace = Workspace.open(data_dir, author="Test")
    try:
        person = workspace.stakeholders.create_actor(
            ids["district"], ActorData(name="Hawa Kamara", kind=ActorKind.PERSON, sector=Sector.MIGRANTS)
        )
    finally:
        workspace.close()
    _window, widget = _open_on_map(open_window, qtbot)
    widget.tabs.setCurrentIndex(3)
    widget.select_actor(person)
    folder = tmp_path / "auskunft"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(folder))
    assert widget.action_access_report in widget.actor_table.actions()  # the register's context menu
    with qtbot.waitSignal(widget.changed_message, timeout=20000) as told:
        widget.action_access_report.trigger()
    assert told.args[0].startswith("Auskunft geschrieben:")
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".pdf"]
