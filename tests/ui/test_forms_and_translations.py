"""Generated form modules match their Designer files; every UI string has a German translation;
the compiled catalogue matches its source; the UI speaks German by default and English on request."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lzz_desktop.app import create_qapplication
from lzz_desktop.settings import Settings
from lzz_desktop.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "lzz_de.ts"


def _load_script(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("ui_file", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_form_module_matches_its_ui_file(ui_file: Path) -> None:
    build_forms = _load_script("build_forms")
    generated = ROOT / "lzz_desktop" / "ui" / "forms" / f"ui_{ui_file.stem}.py"
    assert generated.exists(), f"run `make forms`: {generated.name} is missing"
    assert generated.read_text(encoding="utf-8") == build_forms.compile_form(ui_file), (
        f"{ui_file.name} changed: run `make forms`"
    )


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (ctx.findtext("name") or "", message.findtext("source") or ""): message
        for ctx in root.iter("context")
        for message in ctx.iter("message")
    }


def test_every_string_in_the_code_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    build = _load_script("build_translations")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILE, fresh)
    build.update(fresh)  # what lupdate extracts from today's code and forms, merged with the catalogue
    messages = _messages(fresh)
    assert len(messages) > 100
    untranslated = []
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            untranslated.append(key)
    assert untranslated == [], "untranslated strings (run `make translations`, then translate):"
    assert set(messages) == set(_messages(TS_FILE)), "lzz_de.ts is out of date: run `make translations`"


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    build = _load_script("build_translations")
    qm = tmp_path / "lzz_de.qm"
    build.release(TS_FILE, qm)
    assert qm.read_bytes() == TS_FILE.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_stock_buttons_and_own_strings_speak_german_then_english(qtbot: QtBot) -> None:
    create_qapplication("de")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    cancel = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"  # from Qt's own qtbase_de catalogue

    create_qapplication("en")
    english = SettingsDialog(Settings())
    qtbot.addWidget(english)
    assert english.windowTitle() == "Settings"
    english_cancel = english.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert english_cancel.text().replace("&", "") == "Cancel"
    create_qapplication("de")


def test_no_qt_in_domain_store_services_or_exports() -> None:
    """Layering: these packages must import without Qt (checked in a clean interpreter)."""
    import subprocess

    code = (
        "import sys\n"
        "import lzz_desktop.domain, lzz_desktop.store, lzz_desktop.services, lzz_desktop.exporting\n"
        "import lzz_desktop.store.checks\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# What windows, reports and exports read: the records, and the modules that only show or print them.
WITHOUT_SQLALCHEMY = (
    "lzz_desktop.records",
    "lzz_desktop.records.districts",
    "lzz_desktop.records.workshops",
    "lzz_desktop.records.stakeholders",
    "lzz_desktop.records.concepts",
    "lzz_desktop.records.layout",
    "lzz_desktop.reports.protocol",
    "lzz_desktop.reports.concept_document",
    "lzz_desktop.exporting.calendar",
    "lzz_desktop.exporting.workshop_documents",
    "lzz_desktop.exporting.stakeholders_xlsx",
    "lzz_desktop.ui.main_window",
    "lzz_desktop.ui.workshops.page",
    "lzz_desktop.ui.workshops.editor",
    "lzz_desktop.ui.stakeholders.widget",
    "lzz_desktop.reports.map.picture",
    "lzz_desktop.ui.concepts.editor",
    "lzz_desktop.ui.districts.overview",
)


def test_records_reports_and_windows_import_without_sqlalchemy() -> None:
    """Issue 11: widgets never pass ORM classes or column names; what they show comes as plain
    records, which load without the database layer (checked in a clean interpreter)."""
    import subprocess

    code = (
        "import importlib, sys\n"
        f"for name in {WITHOUT_SQLALCHEMY!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'sqlalchemy' in sys.modules:\n"
        "        print(name); sys.exit(1)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"loads SQLAlchemy: {result.stdout}{result.stderr}"
    widgets = Path(__file__).resolve().parents[2] / "lzz_desktop" / "ui"
    # An ORM class handed to a service ("update_row(Attendance, ...)") or imported at all.
    orm_use = re.compile(r"\w+_row\(\s*[A-Z]\w*\s*,|^\s*from lzz_desktop\.domain import", re.M)
    offenders = [
        f"{path.relative_to(widgets)}: {found.group(0).strip()}"
        for path in widgets.rglob("*.py")
        for found in orm_use.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
