"""The concept's Word file as district offices open it: converted by LibreOffice (headless, from
Debian's packages, installed by `make test`), its contents show every entry with the page the
heading is on, no word of a measures table is broken inside a cell, and the file says its language,
its author and today instead of python-docx's template of 2013."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from lzz_desktop.demo import seed_demo
from lzz_desktop.exporting.concept_files import export_concept
from lzz_desktop.reports.concept_document import build_document
from lzz_desktop.services.workspace import Workspace

pytestmark = pytest.mark.libreoffice
SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
ENTRY = re.compile(r"^\s*(?P<title>\S.*?)\s*\.{3,}\s*(?P<page>\d+)\s*$")


def convert(docx: Path, out: Path) -> list[str]:
    """The pages of the PDF LibreOffice makes of ``docx`` (pdftotext -layout, one string each)."""
    profile = out / "lo-profile"
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = out / (docx.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    return text.stdout.split("\f")


def docx_xml(docx: Path, part: str) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read(part).decode("utf-8")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace.open(tmp_path_factory.mktemp("demo") / "data", author="Ronja Hoffmann")
    seed_demo(workspace)
    return workspace


@needs_soffice
@pytest.mark.parametrize("district_name", ["Landkreis Goslar", "Landkreis Harz"])
def test_libreoffice_shows_the_contents_with_right_page_numbers_and_no_broken_words(
    demo: Workspace, tmp_path: Path, district_name: str
) -> None:
    district = next(d for d in demo.districts.list() if d.name == district_name)
    docx = export_concept(demo, district.id, tmp_path)[1]
    pages = convert(docx, tmp_path)
    contents = next(
        i for i, page in enumerate(pages) if "Inhalt" in [line.strip() for line in page.splitlines()]
    )
    entries = [m.groupdict() for line in pages[contents].splitlines() if (m := ENTRY.match(line))]
    view = demo.concepts.load_for_district(district.id)
    assert view is not None
    headings = [s.heading for s in build_document(view).current]
    assert [e["title"] for e in entries] == headings
    for entry in entries:
        page = int(entry["page"])
        lines = [line.strip() for line in pages[page - 1].splitlines()]
        assert entry["title"] in lines, f"{entry['title']!r} is not on page {page}"
    # Every word of the measures tables comes out whole.
    words = set(" ".join(pages).split())
    document = build_document(view)
    cells = [cell for s in document.current for f in s.fields for row in f.rows for cell in row]
    assert cells, "the demo concept has measures"
    broken = [word for cell in cells for word in cell.split() if word not in words]
    assert not broken, broken


def test_word_file_says_its_language_author_date_and_uses_one_font_family(
    demo: Workspace, tmp_path: Path
) -> None:
    district = next(d for d in demo.districts.list() if d.name == "Landkreis Goslar")
    docx = export_concept(demo, district.id, tmp_path)[1]
    styles = docx_xml(docx, "word/styles.xml")
    assert 'w:val="de-DE"' in styles and "en-US" not in styles
    fonts = "".join(re.findall(r"<w:rFonts[^>]*>", styles))
    assert "asciiTheme" not in fonts and "hAnsiTheme" not in fonts  # headings no longer in another font
    assert set(re.findall(r'w:ascii="([^"]+)"', styles)) == {"Arial"}
    core = docx_xml(docx, "docProps/core.xml")
    assert "python-docx" not in core and "2013" not in core
    assert "<dc:creator>Ronja Hoffmann</dc:creator>" in core
    assert f'<dcterms:created xsi:type="dcterms:W3CDTF">{dt.date.today().isoformat()}' in core
    assert "<dc:title>Integrationskonzept Landkreis Goslar</dc:title>" in core
    english = export_concept(demo, district.id, tmp_path / "en", language="en")[1]
    assert 'w:val="en-GB"' in docx_xml(english, "word/styles.xml")
    body = docx_xml(english, "word/document.xml")
    assert ">Contents<" in body and ">Measure<" in body and ">Inhalt<" not in body
