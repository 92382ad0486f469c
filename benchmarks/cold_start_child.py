"""The process that ``bench_startup.py`` launches and times; not a benchmark on its own.

``floor DIR``: a bare PySide6 window. ``app DIR``: LZZ Desktop as ``lzz-desktop --demo --data-dir
DIR`` starts it. Once the window is on screen and painted the child prints a JSON line (the cold
start the parent times); the app child prints a second line with its phase timings once the first
district's page is painted too, then exits. Nothing else goes to stdout.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = time.perf_counter()


def _done(phases: dict[str, float]) -> None:
    print(json.dumps({"shown": True, "phases_ms": phases}), flush=True)


def run_floor() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    imported = time.perf_counter()
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("floor")
    window.resize(1280, 800)
    window.show()
    window.repaint()  # painted, like the app's page below
    app.processEvents()
    shown = time.perf_counter()
    _done({"imports": (imported - T0) * 1000, "shown": (shown - T0) * 1000})
    return 0


def run_app(data_dir: str) -> int:
    """As ``lzz_desktop.app.run_gui``: the window shows first, the database opens on the worker.
    Prints one line when the main window is painted, a second when the first district page is."""
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from lzz_desktop.app import create_qapplication
    from lzz_desktop.services.opening import open_workspace
    from lzz_desktop.settings import Settings
    from lzz_desktop.ui.main_window import MainWindow

    imported = time.perf_counter()
    folder = Path(data_dir)
    settings = Settings.load(folder)
    app = create_qapplication(settings.language)
    qapp = time.perf_counter()
    window = MainWindow(None, settings)
    built = time.perf_counter()
    window.show()
    window.repaint()
    app.processEvents()
    shown = time.perf_counter()
    print(json.dumps({"event": "window_shown"}), flush=True)
    result: dict[str, float] = {}

    def on_page(_district_id: str) -> None:
        if result:
            return
        window.repaint()  # the page is painted (synchronously), not only filled
        page = time.perf_counter()
        app.processEvents()
        result.update(
            imports=(imported - T0) * 1000,
            qapplication=(qapp - imported) * 1000,
            main_window=(built - qapp) * 1000,
            window_shown=(shown - T0) * 1000,
            open_workspace_and_first_page=(page - shown) * 1000,
            first_page=(page - T0) * 1000,
        )
        _done(result)
        app.quit()

    window.district_shown.connect(on_page)
    window.tasks.run_db(lambda: open_workspace(folder, True, settings), window.attach_workspace)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    window.tasks.wait_for_done()
    return 0


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "floor":
        return run_floor()
    if mode == "app" and len(sys.argv) > 2:
        return run_app(sys.argv[2])
    print("usage: cold_start_child.py floor | app DATA_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # the interpreter's teardown is not part of the start
