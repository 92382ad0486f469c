"""The workshop protocol and the sign-in sheet (Teilnehmendenliste) as PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.domain.enums import ActionStatus, AttendanceStatus, ProtocolStatus
from lzz_desktop.domain.wallclock import district_time
from lzz_desktop.fileio import write_bytes
from lzz_desktop.records.workshops import CARRY_OVER_TITLE, WorkshopDetail
from lzz_desktop.reports.fonts import (
    BOLD,
    REGULAR,
    TextParagraph,
    draw_line,
    fitted_widths,
    para,
    register_fonts,
)
from lzz_desktop.reports.texts import Texts
from lzz_desktop.services.attachments import AttachmentStore

ACCENT = colors.HexColor("#1f5f8b")
GRID = colors.HexColor("#b8c4ce")
HEAD_BG = colors.HexColor("#e6eef4")
BLANK_ROWS = 10
# reportlab keeps some state in module globals (fonts, caches); documents are built one at a time
# even when a preview and an export run on two workers.
_BUILD_LOCK = threading.Lock()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=4
        ),
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=9, textColor=colors.HexColor("#555555")),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,  # a heading never ends a page alone
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, keepWithNext=1
        ),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=8.5, leading=11),
        "caption": ParagraphStyle("caption", parent=base, fontSize=8.5, alignment=TA_CENTER, spaceAfter=8),
    }


def _page_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that knows the page count when it draws each page's footer ("Seite x von y")."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR  # else a non-embedded Helvetica is referenced
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def _render(build: Callable[[BinaryIO], None]) -> bytes:
    """The PDF ``build`` writes, in memory: a preview never leaves a plain file behind, and a file
    is written whole (see :func:`lzz_desktop.fileio.write_bytes`) or not at all."""
    buffer = io.BytesIO()
    with _BUILD_LOCK:
        build(buffer)
    return buffer.getvalue()


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    table.setStyle(TableStyle(style))
    return table


class _JpegInMemory(ImageReader):  # type: ignore[misc]  # reportlab ships no type information
    """A JPEG print copy held in memory, embedded as it is. reportlab names every image by a digest
    of its decoded pixels — for a photo given as a file name it digests the name instead; here the
    digest of the JPEG's bytes serves (same picture, same name), so no photo is decoded."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._digest = hashlib.sha256(data).digest()
        self._dataA = None  # no alpha channel (reportlab sets it while decoding)

    def getRGBData(self) -> bytes:
        return self._digest if self.jpeg_fh() else super().getRGBData()


class _Photo(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    def __init__(self, data: bytes, width: float, height: float) -> None:
        super().__init__()
        self.reader = _JpegInMemory(data)
        self.width, self.height = width, height
        self.hAlign = "CENTER"  # as reportlab's Image flowable placed the photos

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height)


def _photo(attachments: AttachmentStore, sha256: str, max_width: float, max_height: float) -> _Photo | None:
    """The photo's print copy (made at import; made now if missing), scaled to fit; None if the
    picture cannot be read. The plain picture stays in memory."""
    data = attachments.make_print_copy(sha256)
    if data is None:
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            width, height = picture.size
    except (OSError, ValueError):
        return None
    scale = min(max_width / width, max_height / height)
    return _Photo(data, width * scale, height * scale)


def _item_title(title: str, t: Texts) -> str:
    """The agenda item that carries the open tasks is stored with its German title; an English
    protocol names it in English. Every other title is the district's own text."""
    return t["carry_over_item"] if title == CARRY_OVER_TITLE else title


def build_protocol(
    detail: WorkshopDetail, attachments: AttachmentStore, target: Path, language: str = "de"
) -> Path:
    """Write the protocol of ``detail`` to ``target`` (replaced atomically)."""
    return write_bytes(target, render_protocol(detail, attachments, language))


def render_protocol(detail: WorkshopDetail, attachments: AttachmentStore, language: str = "de") -> bytes:
    """The protocol of ``detail`` as PDF bytes."""
    register_fonts()
    t = Texts(language)
    s = _styles()
    data = detail.data
    start = district_time(data.starts_at)  # the district's clock, the same on every laptop
    end = district_time(data.ends_at) if data.ends_at else None
    approved = detail.protocol_status == ProtocolStatus.APPROVED
    width = A4[0] - 36 * mm

    story: list[Any] = [
        TextParagraph(para(f"{PROGRAMME_NAME} · {detail.district_name}"), s["kicker"]),
        TextParagraph(para(f"{t['protocol']}: {data.title}"), s["title"]),
    ]
    facts = [
        (t["format"], t.format(data.format)),
        (t["date"], f"{t.date(start.date())}, {t.time_range(start, end)}"),
        (t["venue"], data.venue),
        (t["moderation"], data.moderation),
        (t["minutes"], data.minute_taker),
    ]
    story.append(
        _plain_table(
            [[TextParagraph(para(k), s["label"]), TextParagraph(para(v), s["body"])] for k, v in facts if v],
            [32 * mm, width - 32 * mm],
        )
    )
    if data.goals.strip():
        story += [TextParagraph(para(t["goals"]), s["h2"]), TextParagraph(para(data.goals), s["body"])]

    present = [a for a in detail.attendance if a.status == AttendanceStatus.PRESENT]
    excused = [a for a in detail.attendance if a.status == AttendanceStatus.EXCUSED]
    story.append(TextParagraph(para(f"{t['participants']} ({len(present)} {t['present']})"), s["h2"]))
    if data.participants_by_organisation_only:
        counts = Counter(a.organisation or t["guest"] for a in present)
        story.append(
            TextParagraph(para(t["by_organisation"]), s["small"]),
        )
        story.append(
            TextParagraph(para("; ".join(f"{org} ({n})" for org, n in sorted(counts.items()))), s["body"])
        )
    elif present:
        rows: list[list[Any]] = [
            [
                TextParagraph(para(h), s["head"])
                for h in (t["name"], t["organisation"], t["sector"], t["role"])
            ]
        ]
        for a in present:
            rows.append(
                [
                    TextParagraph(para(a.public_name), s["cell"]),
                    TextParagraph(para(a.organisation), s["cell"]),
                    TextParagraph(para(t.sector(a.sector)), s["cell"]),
                    TextParagraph(para(t.role(a.role)), s["cell"]),
                ]
            )
        story.append(_table(rows, fitted_widths(rows, width, [0.3, 0.36, 0.18, 0.16])))
    if excused:
        names = (
            sorted({a.organisation or t["guest"] for a in excused})
            if data.participants_by_organisation_only
            else [a.public_name for a in excused]
        )
        story.append(Spacer(1, 4))
        story.append(TextParagraph(para(f"{t['excused']}: " + ", ".join(names)), s["small"]))

    story.append(TextParagraph(para(t["agenda"]), s["h2"]))
    for number, item in enumerate(detail.agenda, start=1):
        block: list[Any] = [
            TextParagraph(
                para(t["agenda_item"].format(number=number, title=_item_title(item.title, t))), s["h3"]
            )
        ]
        if item.notes.strip():
            block.append(TextParagraph(para(item.notes), s["body"]))
        if item.title == CARRY_OVER_TITLE:
            block += _carried_tasks(detail, t, s)
        if item.results.strip():
            block.append(TextParagraph(f"<b>{para(t['results'])}:</b> {para(item.results)}", s["body"]))
        story += block  # the item's heading keeps with its first paragraph (keepWithNext)

    if detail.carried_over and not any(item.title == CARRY_OVER_TITLE for item in detail.agenda):
        story.append(TextParagraph(para(t["carried_over"]), s["h2"]))
        story += _carried_tasks(detail, t, s)

    story.append(TextParagraph(para(t["agreements"]), s["h2"]))
    if detail.agreements:
        for agreement in detail.agreements:
            story.append(TextParagraph("• " + para(agreement.text), s["body"]))
    else:
        story.append(TextParagraph(para(t["none"]), s["body"]))

    story.append(TextParagraph(para(t["actions"]), s["h2"]))
    rows = [[TextParagraph(para(h), s["head"]) for h in (t["what"], t["who"], t["due"], t["status"])]]
    for action in detail.actions:
        rows.append(
            [
                TextParagraph(para(action.title), s["cell"]),
                TextParagraph(para(action.responsible_public), s["cell"]),
                TextParagraph(para(t.date(action.due_on)), s["cell"]),
                TextParagraph(para(t.action_status(action.status)), s["cell"]),
            ]
        )
    story.append(_table(rows, fitted_widths(rows, width, [0.5, 0.24, 0.13, 0.13])))

    if detail.approvals:
        story.append(TextParagraph(para(t["approvals"]), s["h2"]))
        for approval in detail.approvals:
            line = t["approved"].format(date=t.date(approval.approved_on), by=approval.approved_by)
            if approval.withdrawn_on is not None:
                line += " · " + t["withdrawn"].format(
                    date=t.date(approval.withdrawn_on), by=approval.withdrawn_by, reason=approval.reason
                )
            story.append(TextParagraph("• " + para(line), s["body"]))

    photos = [a for a in detail.attachments if a.is_image]
    if photos:
        story.append(TextParagraph(para(t["photos"]), s["h2"]))
        for photo in photos:
            image = _photo(attachments, photo.sha256, width, 105 * mm)
            if image is None:
                continue
            # The caption as written; a photo without one gets none (not its file name). The
            # picture keeps with its caption and the heading with the first picture: keepWithNext
            # chains (a KeepTogether would not join the heading before it).
            if photo.caption.strip():
                image.keepWithNext = 1
                story += [image, TextParagraph(para(photo.caption), s["caption"])]
            else:
                story.append(image)

    status_line = (
        t["approved"].format(date=t.date(detail.protocol_approved_on), by=detail.protocol_approved_by)
        if approved
        else t["draft"]
    )

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        if not approved:
            # Drawn last and translucent, so photos cannot hide it and text stays readable.
            canvas.saveState()
            canvas.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.13))
            canvas.setFont(BOLD, 96)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(50)
            canvas.drawCentredString(0, -30, t["draft"])
            canvas.restoreState()
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        draw_line(canvas, f"{data.title} · {t.date(start.date())}", 18 * mm, 10 * mm, width - 30 * mm)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, t["page"].format(page=page, pages=pages))
        draw_line(canvas, status_line, 18 * mm, 6.5 * mm, width)
        canvas.restoreState()

    def build(out: BinaryIO) -> None:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=20 * mm,
            title=f"{t['protocol']}: {data.title}",
            author=data.minute_taker or data.moderation or PROGRAMME_NAME,
            subject=f"{PROGRAMME_NAME} – {detail.district_name} – {t.format(data.format)} "
            f"{t.date(start.date())}",
            creator="LZZ Desktop",
            lang="de-DE" if t.language == "de" else "en-GB",
        )
        doc.build(story, canvasmaker=_page_canvas(footer))

    return _render(build)


def _carried_tasks(detail: WorkshopDetail, t: Texts, s: dict[str, Any]) -> list[Any]:
    """The open tasks of earlier workshops: as they stood at approval once the protocol is approved,
    else as they are now."""
    approved = detail.protocol_status == ProtocolStatus.APPROVED
    current = [a for a in detail.approvals if a.withdrawn_on is None]
    if approved and current:
        lines = [
            (
                task.get("title", ""),
                task.get("responsible", ""),
                _iso_date(t, task.get("due", "")),
                _status_text(t, task.get("status", "")),
                task.get("workshop", ""),
            )
            for task in current[-1].tasks
        ]
    else:
        lines = [
            (a.title, a.responsible_public, t.date(a.due_on), t.action_status(a.status), a.workshop_title)
            for a in detail.carried_over
        ]
    if not lines:
        return [TextParagraph(para(t["none"]), s["body"])]
    shown = []
    for title, who, due, status, origin in lines:
        text = title + (f" – {who}" if who else "") + (f" ({due})" if due else "") + f": {status} · {origin}"
        shown.append(TextParagraph("• " + para(text), s["body"]))
    return shown


def _iso_date(t: Texts, value: str) -> str:
    try:
        return t.date(dt.date.fromisoformat(value)) if value else ""
    except ValueError:
        return ""


def _status_text(t: Texts, value: str) -> str:
    try:
        return t.action_status(ActionStatus(value))
    except ValueError:
        return value


def _plain_table(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def build_sign_in_sheet(detail: WorkshopDetail, target: Path, language: str = "de") -> Path:
    """Write the sign-in sheet of ``detail`` to ``target`` (replaced atomically)."""
    return write_bytes(target, render_sign_in_sheet(detail, language))


def render_sign_in_sheet(detail: WorkshopDetail, language: str = "de") -> bytes:
    """The list to sign at the door: invited persons first, then blank rows for walk-ins."""
    register_fonts()
    t = Texts(language)
    s = _styles()
    data = detail.data
    start = district_time(data.starts_at)  # the district's clock, the same on every laptop
    end = district_time(data.ends_at) if data.ends_at else None
    pagesize = landscape(A4)
    width = pagesize[0] - 30 * mm
    story: list[Any] = [
        TextParagraph(para(f"{PROGRAMME_NAME} · {detail.district_name} · {t['sign_in_sheet']}"), s["kicker"]),
        TextParagraph(para(data.title), s["title"]),
        TextParagraph(
            para(
                f"{t.format(data.format)} · {t.date(start.date())}, {t.time_range(start, end)} · {data.venue}"
            ),
            s["body"],
        ),
        Spacer(1, 3 * mm),
        TextParagraph(para(t["sign_hint"]), s["small"]),
        Spacer(1, 3 * mm),
    ]
    header = [
        TextParagraph(para(h), s["head"])
        for h in ("#", t["name"], t["organisation"], t["signature"], t["photo_consent"])
    ]
    rows: list[list[Any]] = [header]
    invited = [a for a in detail.attendance if a.status != AttendanceStatus.EXCUSED]
    for number, a in enumerate(invited, start=1):
        rows.append(
            [
                str(number),
                TextParagraph(para(a.public_name), s["body"]),
                TextParagraph(para(a.organisation), s["cell"]),
                "",
                TextParagraph(para(t["yes_no"]), s["cell"]),
            ]
        )
    for number in range(len(invited) + 1, len(invited) + 1 + BLANK_ROWS):
        rows.append([str(number), "", "", "", TextParagraph(para(t["yes_no"]), s["cell"])])
    table = Table(
        rows,
        colWidths=[10 * mm, 0.27 * width, 0.3 * width, 0.25 * width, width - 10 * mm - 0.82 * width],
        repeatRows=1,
        rowHeights=[None] + [11 * mm] * (len(rows) - 1),
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 1), (0, -1), 8),
                ("TEXTCOLOR", (0, 1), (0, -1), colors.HexColor("#777777")),
            ]
        )
    )
    story.append(table)

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        draw_line(canvas, f"{data.title} · {t.date(start.date())}", 15 * mm, 8 * mm, width - 30 * mm)
        canvas.drawRightString(pagesize[0] - 15 * mm, 8 * mm, t["page"].format(page=page, pages=pages))
        canvas.restoreState()

    def build(out: BinaryIO) -> None:
        doc = SimpleDocTemplate(
            out,
            pagesize=pagesize,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=14 * mm,
            bottomMargin=16 * mm,
            title=f"{t['sign_in_sheet']}: {data.title}",
            author=data.moderation or PROGRAMME_NAME,
            subject=f"{PROGRAMME_NAME} – {detail.district_name}",
            creator="LZZ Desktop",
        )
        doc.build(story, canvasmaker=_page_canvas(footer))

    return _render(build)
