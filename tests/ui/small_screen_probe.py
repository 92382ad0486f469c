"""Opens the main window and every dialog of ``lzz_desktop/ui`` on the screen Qt was started with
and prints, as JSON, each window whose frame leaves the screen's available geometry.

Run by ``test_small_screen.py`` in a process of its own (its offscreen screen is 1366×768, the
suite's is bigger): ``python small_screen_probe.py DATA_DIR``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QWidget

LONG_NAME = "Landkreis Mittelsachsen-Erzgebirge-Vogtland-Oberlausitz-Sächsische-Schweiz-Osterzgebirge"
LONG_PATH = "/home/beraterin/Dokumente/Landkreise/" + "Unterordner-mit-langem-Namen/" * 6 + "einladung.ics"


def settle(seconds: float = 0.15) -> None:
    """Let queued work (database answers, layouts) arrive."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(data_dir: Path, grabs: Path | None = None) -> int:
    from lzz_desktop.app import create_qapplication
    from lzz_desktop.demo.seed import seed_demo
    from lzz_desktop.domain.enums import FederalState
    from lzz_desktop.records.districts import DistrictData
    from lzz_desktop.services import Workspace, gui_guard
    from lzz_desktop.settings import Settings

    started = time.monotonic()
    app = create_qapplication("de")
    workspace = Workspace.open(data_dir)
    seed_demo(workspace)
    long_id = workspace.districts.create(
        DistrictData(name=LONG_NAME, state=FederalState.SACHSEN, phase_id=workspace.districts.phases()[0][0])
    )
    gui_guard.enabled = "record"

    from lzz_desktop.ui.main_window import MainWindow

    settings = Settings.load(data_dir)
    settings.last_district_id = long_id
    window = MainWindow(workspace, settings)
    window.show()
    wait_for(lambda: window.current_page is not None)
    available = window.screen().availableGeometry()
    problems: list[dict[str, object]] = []
    checked: list[str] = []

    def check(name: str, widget: QWidget) -> None:
        wait_for(lambda: not window.tasks.busy)  # the window as it is once its data has arrived
        settle(0.05)
        frame = widget.frameGeometry()
        checked.append(name)
        if grabs is not None:  # to look at: small_screen_probe.py DATA_DIR GRAB_DIR
            widget.grab().save(str(grabs / f"{name.replace(' ', '-')}.png"))
        if not available.contains(frame):
            problems.append({"window": name, "frame": rect(frame), "available": rect(available)})

    check("main window", window)
    sidebar = window.ui.splitter.sizes()[0]
    window.statusBar().showMessage("Kalendereintrag gespeichert: " + LONG_PATH)
    window.status_label.setText("Gespeichert: " + LONG_PATH)
    for view in ("overview", "workshops", "stakeholders", "concept"):
        window.show_view(view)
        settle()
    page = window.workshops_page
    page.editor.ui.save_state_label.setText("Kalendereintrag gespeichert: " + LONG_PATH)
    window.setWindowTitle(f"LZZ Desktop – {LONG_NAME} – {LONG_PATH}")
    check("main window after long messages", window)
    widths = [window.ui.splitter.sizes()[0]]  # the saving state changes while the user types
    for text in ("M", "Mittelsachsen-Erzgebirge", "xyz", ""):
        window.ui.district_filter.setText(text)
        settle(0.05)
        widths.append(window.ui.splitter.sizes()[0])
    if any(width != sidebar for width in widths):
        problems.append({"window": "sidebar width while typing", "widths": [sidebar, *widths]})

    def probe(name: str, make: Callable[[], QWidget]) -> None:
        begun = time.monotonic()
        dialog = make()
        dialog.show()
        check(name, dialog)
        dialog.close()
        dialog.deleteLater()
        print(f"{name}: {time.monotonic() - begun:.2f} s", file=sys.stderr)

    from lzz_desktop.sync.admin import Access
    from lzz_desktop.sync.protocol import AccountInfo
    from lzz_desktop.ui.accounts_dialog import AccountDistrictsDialog, AccountsDialog, NewAccountDialog
    from lzz_desktop.ui.concepts.versions import VersionsDialog
    from lzz_desktop.ui.districts.dialog import DistrictDialog
    from lzz_desktop.ui.districts.recycle_bin import RecycleBinDialog
    from lzz_desktop.ui.events_dialog import EventsDialog
    from lzz_desktop.ui.help import TextWindow
    from lzz_desktop.ui.passphrase_dialog import PassphraseDialog
    from lzz_desktop.ui.pdf_preview import PdfPreviewDialog
    from lzz_desktop.ui.phases_dialog import PhasesDialog
    from lzz_desktop.ui.programme_overview import ProgrammeOverview
    from lzz_desktop.ui.search.dialog import SearchDialog
    from lzz_desktop.ui.settings_dialog import SettingsDialog
    from lzz_desktop.ui.stakeholders.dialogs import ActorDialog, RelationshipDialog
    from lzz_desktop.ui.stakeholders.import_dialog import ImportDialog
    from lzz_desktop.ui.sync.conflict_dialog import ConflictDialog
    from lzz_desktop.ui.sync.login_dialog import LoginDialog
    from lzz_desktop.ui.sync.refused_dialog import RefusedDialog, SetAsideDialog

    tasks = window.tasks
    phases = [("p1", "Pilotphase 2026–2027 mit einem sehr langen Namen für die Auswahlliste")]
    where = Access(server="https://zentrale.example.org", user="geschaeftsstelle", role="office")
    districts = list(window.model._rows)
    account = AccountInfo(id="a1", name="berater", role="consultant", districts=[], devices=[])
    stakeholders = window.stakeholders_page
    actors = stakeholders._actors()
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 720, "Protokoll")
    canvas.showPage()
    canvas.save()
    pdf = buffer.getvalue()

    probe("accounts", lambda: AccountsDialog(workspace, tasks, window))
    probe("new account", lambda: NewAccountDialog(where, districts, tasks, window))
    probe("account districts", lambda: AccountDistrictsDialog(where, account, districts, tasks, window))
    probe("district (new)", lambda: DistrictDialog(phases, parent=window))
    probe("recycle bin", lambda: RecycleBinDialog(workspace.districts, tasks, window))
    probe("events", lambda: EventsDialog(workspace, tasks, window.undo, window))
    probe("phases", lambda: PhasesDialog(workspace, tasks, window.undo, window))
    probe("programme overview", lambda: ProgrammeOverview(workspace, tasks, window))
    probe("help", lambda: TextWindow("Handbuch", "<p>" + "Text " * 4000 + "</p>", window))
    probe("passphrase (new)", lambda: PassphraseDialog(window, new=True))
    probe("passphrase (wrong)", lambda: PassphraseDialog(window, new=False, wrong=True))
    probe(
        "pdf preview", lambda: PdfPreviewDialog(pdf, "protokoll.pdf", "Protokoll " + LONG_NAME, tasks, window)
    )
    probe("search", lambda: SearchDialog(workspace, tasks, "de", window))
    probe("settings", lambda: SettingsDialog(settings, window))
    probe("actor (new)", lambda: ActorDialog(lambda *a: None, actors, parent=window))  # type: ignore[arg-type]
    probe("relationship (new)", lambda: RelationshipDialog(lambda *a: None, actors, parent=window))  # type: ignore[arg-type]
    probe("import", lambda: ImportDialog(set(), lambda *a: None, tasks, window))  # type: ignore[arg-type]
    probe("conflicts", lambda: ConflictDialog(workspace, tasks, window))
    probe("login", lambda: LoginDialog(workspace, tasks, window))
    probe("refused", lambda: RefusedDialog(workspace, tasks, window))
    probe("set aside", lambda: SetAsideDialog(workspace, tasks, window))
    concept = window.concept_page
    window.select_district(workspace.districts.find("Goslar"))
    window.show_view("concept")
    wait_for(lambda: getattr(concept, "view", None) is not None)
    probe("concept versions", lambda: VersionsDialog(workspace, tasks, concept.view, window))  # type: ignore[attr-defined,arg-type]

    window.close()
    settle()
    workspace.close()
    print(f"took {time.monotonic() - started:.1f} s", file=sys.stderr)
    print(json.dumps({"checked": checked, "problems": problems, "guard": gui_guard.violations}))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None))
