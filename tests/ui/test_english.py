"""English throughout (issue 17, point 5): real plurals from the English catalogue, one date
format per language, the concept templates' English labels in the editor."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from lzz_desktop.app import create_qapplication
from lzz_desktop.domain.enums import FederalState
from lzz_desktop.labels import date_edit_format, format_date
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.reports.texts import Texts
from lzz_desktop.services import Workspace
from lzz_desktop.texts import dates
from lzz_desktop.ui.main_window import MainWindow
from tests.ui.conftest import show_concept
from tests.ui.test_forms_and_translations import _load_script, _messages

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _build_translations():  # type: ignore[no-untyped-def]
    return _load_script("build_translations")


def test_every_plural_has_real_english_forms(tmp_path: Path) -> None:
    """Every %n string of today's code is in lzz_en.ts with a singular and a plural and no
    "(s)"; no other string says "(s)" (it would show raw in English and in German)."""
    build = _build_translations()
    fresh = tmp_path / "en.ts"
    shutil.copy(TRANSLATIONS / "lzz_en.ts", fresh)
    build.update(fresh, ["-pluralonly"])  # what lupdate finds in today's code, merged with the catalogue
    plurals = _messages(fresh)
    assert len(plurals) > 20
    bad = []
    for key, message in plurals.items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if translation.get("type") or len(forms) != 2 or not all(forms) or any("(s)" in f for f in forms):
            bad.append(key)
    assert bad == [], "plurals without English forms: run `make translations`, then fill lzz_en.ts"
    assert set(plurals) == set(_messages(TRANSLATIONS / "lzz_en.ts")), "run `make translations`"
    compiled = tmp_path / "lzz_en.qm"
    build.release(TRANSLATIONS / "lzz_en.ts", compiled)
    assert compiled.read_bytes() == (TRANSLATIONS / "lzz_en.qm").read_bytes(), "run `make translations`"
    all_strings = _messages(TRANSLATIONS / "lzz_de.ts")
    assert [k for k, m in all_strings.items() if "(s)" in k[1] and m.get("numerus") != "yes"] == []


def test_dates_read_one_way_per_language(qapp: QApplication) -> None:
    day = dt.date(2026, 12, 9)
    for language, expected in (("de", "09.12.2026"), ("en", "09/12/2026")):
        create_qapplication(language)
        assert format_date(day) == expected  # windows
        assert Texts(language).date(day) == expected  # printed documents
        assert dates.format_date(day, language) == expected  # command line, exports
        assert QLocaleDate(date_edit_format(), day) == expected  # date fields
    create_qapplication("de")


def QLocaleDate(pattern: str, day: dt.date) -> str:
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day).toString(pattern)


def _add_districts(data_dir: Path, count: int) -> None:
    workspace = Workspace.open(data_dir)
    try:
        for n in range(count):
            district_id = workspace.districts.create(
                DistrictData(
                    name=f"Landkreis Test {len(workspace.districts.list()) + 1}",
                    state=FederalState.NIEDERSACHSEN,
                    process_start=dt.date(2026, 2, 1),
                    process_end=dt.date(2026, 12, 9),
                )
            )
            if n == 0 and not workspace.concepts.load_for_district(district_id):
                workspace.concepts.create(district_id, "integrationskonzept-landkreis")
    finally:
        workspace.close()


def test_the_english_window_counts_dates_and_template_labels(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    create_qapplication("en")
    try:
        _add_districts(data_dir, 1)
        window = open_window()
        assert window.status_label.text() == "1 district"
        qtbot.waitUntil(lambda: window.overview.ui.process_value.text() != "", timeout=10_000)
        assert window.overview.ui.process_value.text() == "01/02/2026 – 09/12/2026"
        # The programme's stages by their English names.
        qtbot.waitUntil(lambda: window.overview.ui.stages_table.rowCount() == 7, timeout=10_000)
        stages = [window.overview.ui.stages_table.item(r, 0).text() for r in range(7)]
        assert stages[0] == "Kick-off" and stages[5] == "County council decision"

        editor = show_concept(qtbot, window, "Test 1")
        outline = editor.ui.outline
        top = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
        assert top[0] == "1 Starting point and inventory" and "3 Fields of action" in top
        editor.select_section("sprache-bildung")
        labels = [w.text() for w in editor.fields.findChildren(QLabel) if w.isVisibleTo(editor.fields)]
        assert "Goals *" in labels and "Measures *" in labels
        assert not {"Ziele *", "Maßnahmen *"} & set(labels)
        guidance = editor.ui.guidance_label.text()
        assert "Guiding questions" in guidance and "language courses" in guidance
        assert not re.search(r"Ziele|Leitfragen", guidance)
        window.close()

        _add_districts(data_dir, 6)
        again = open_window()
        assert again.status_label.text() == "7 districts"
    finally:
        create_qapplication("de")
