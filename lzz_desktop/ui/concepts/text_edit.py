"""Formatted text stored as Markdown, and pasting from Word: headings and lists survive, the rest
(fonts, colours, Word's list markup, images) is dropped."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

_CONDITIONAL = re.compile(r"<!--\[if[^\]]*\]>.*?<!\[endif\]-->|<!\[if[^\]]*\]>.*?<!\[endif\]>", re.S | re.I)
_REMOVE_BLOCKS = re.compile(r"<(style|xml|script|head)\b.*?</\1>", re.S | re.I)
_REMOVE_TAGS = re.compile(r"</?(o:p|v:[a-z]+|w:[a-z]+|img|font|span)\b[^>]*>", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_PARAGRAPH = re.compile(r"<p\b([^>]*)>(.*?)</p>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_ORDERED_MARKER = re.compile(r"^\s*(\d+|[a-zA-Z]|[ivxIVX]+)[.)]\s*$")
_SUPPORT_LISTS = re.compile(
    r"(?:<!--\[if !supportLists\]-->|<!\[if !supportLists\]>)(.*?)(?:<!--\[endif\]-->|<!\[endif\]>)",
    re.S | re.I,
)


def _word_lists_to_html(text: str) -> str:
    """Word writes list items as paragraphs with ``mso-list`` styles and a typed bullet; turn runs
    of them into real ``<ul>``/``<ol>`` lists."""
    out: list[str] = []
    pos = 0
    open_list = ""
    for match in _PARAGRAPH.finditer(text):
        attrs, inner = match.group(1), match.group(2)
        is_item = "mso-list" in attrs or "MsoListParagraph" in attrs
        out.append(text[pos : match.start()] if not open_list or text[pos : match.start()].strip() else "")
        pos = match.end()
        if not is_item:
            if open_list:
                out.append(f"</{open_list}>")
                open_list = ""
            out.append(match.group(0))
            continue
        marker_match = _SUPPORT_LISTS.search(inner)
        marker = html.unescape(_TAG.sub("", marker_match.group(1))) if marker_match else ""
        kind = "ol" if _ORDERED_MARKER.match(marker.replace("\xa0", " ")) else "ul"
        body = _SUPPORT_LISTS.sub("", inner)
        if open_list != kind:
            if open_list:
                out.append(f"</{open_list}>")
            out.append(f"<{kind}>")
            open_list = kind
        out.append(f"<li>{body}</li>")
    out.append(text[pos:])
    if open_list:
        # close before anything that followed the last paragraph
        out.insert(len(out) - 1, f"</{open_list}>")
    return "".join(out)


def clean_html(source: str) -> str:
    """Reduce clipboard HTML (from Word or a browser) to structure: headings, paragraphs, lists,
    bold and italic."""
    text = _word_lists_to_html(source)
    text = _CONDITIONAL.sub("", text)
    text = _REMOVE_BLOCKS.sub("", text)
    text = _COMMENT.sub("", text)
    text = _REMOVE_TAGS.sub("", text)
    # Tables become one paragraph per row: their grid is not part of the portable text.
    text = re.sub(r"</t[dh]>", " ", text, flags=re.I)
    text = re.sub(r"<tr\b[^>]*>", "<p>", text, flags=re.I)
    text = re.sub(r"</tr>", "</p>", text, flags=re.I)
    text = re.sub(r"</?(table|tbody|thead|tfoot|colgroup|col|t[dh])\b[^>]*>", "", text, flags=re.I)
    # Inline styles and classes carry fonts and colours; the structure is in the tags.
    text = re.sub(
        r"\s(style|class|lang|align|face|color|size)=(\"[^\"]*\"|'[^']*'|[^\s>]+)", "", text, flags=re.I
    )
    return text


def html_to_markdown(source: str) -> str:
    document = QTextDocument()
    document.setHtml(clean_html(source))
    return document.toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectCommonMark).strip()


class MarkdownEdit(QTextEdit):
    """A rich text editor whose content is Markdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)

    def set_markdown(self, text: str) -> None:
        self.setMarkdown(text)
        self.document().setModified(False)

    def markdown(self) -> str:
        if self.document().isEmpty():
            return ""
        text = self.document().toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectCommonMark)
        return text.strip() + "\n" if text.strip() else ""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            markdown = html_to_markdown(source.html())
            cursor = self.textCursor()
            fragment = QTextDocument()
            fragment.setMarkdown(markdown)
            cursor.insertFragment(_fragment_of(fragment))
            self.setTextCursor(cursor)
            return
        if source.hasText():
            self.textCursor().insertText(source.text())
            return
        super().insertFromMimeData(source)

    # --- formatting ----------------------------------------------------------------------
    def toggle_heading(self, on: bool) -> None:
        cursor = self.textCursor()
        block = QTextBlockFormat()
        block.setHeadingLevel(2 if on else 0)
        cursor.mergeBlockFormat(block)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        char.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1 if on else 0)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)
        self.setFocus()

    def set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.mergeCurrentCharFormat(fmt)
        self.setFocus()

    def set_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self.mergeCurrentCharFormat(fmt)
        self.setFocus()

    def make_list(self, numbered: bool) -> None:
        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        self.textCursor().createList(style)
        self.setFocus()


def _fragment_of(document: QTextDocument):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment(document)
