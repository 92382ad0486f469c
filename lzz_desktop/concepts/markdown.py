"""The Markdown the editor writes, read back as blocks for the exports: headings, paragraphs,
bullet and numbered lists, with bold and italic runs. Anything else is kept as plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_ORDERED = re.compile(r"^(\s*)\d+[.)]\s+(.*)$")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")
_INLINE = re.compile(r"\\(.)|(\*\*|__)|(\*)|([^\\*_]+|_)")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    kind: str  # "heading", "paragraph", "bullets", "numbers"
    level: int = 0  # heading level
    runs: list[Run] = field(default_factory=list)
    items: list[list[Run]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def inline(text: str) -> list[Run]:
    """Bold and italic runs of one line of Markdown."""
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) else m.group(2), text)
    runs: list[Run] = []
    bold = italic = False
    for escaped, strong, emphasis, plain in _INLINE.findall(text):
        if strong:
            bold = not bold
            continue
        if emphasis:
            italic = not italic
            continue
        piece = escaped or plain
        if runs and runs[-1].bold == bold and runs[-1].italic == italic:
            runs[-1] = Run(runs[-1].text + piece, bold, italic)
        else:
            runs.append(Run(piece, bold, italic))
    return runs


def parse(markdown: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    current_list: Block | None = None

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block("paragraph", runs=inline(" ".join(paragraph))))
            paragraph.clear()

    for raw in markdown.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            end_paragraph()
            if current_list is not None:
                current_list = None if not raw.startswith(" ") else current_list
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        ordered = _ORDERED.match(line)
        if heading:
            end_paragraph()
            current_list = None
            blocks.append(Block("heading", level=len(heading.group(1)), runs=inline(heading.group(2))))
        elif bullet or ordered:
            end_paragraph()
            match = bullet or ordered
            assert match is not None
            kind = "bullets" if bullet else "numbers"
            if current_list is None or current_list.kind != kind:
                current_list = Block(kind)
                blocks.append(current_list)
            current_list.items.append(inline(match.group(2)))
        elif current_list is not None and raw.startswith((" ", "\t")) and current_list.items:
            # continuation of the last list item (the editor wraps long lines)
            current_list.items[-1] = [*current_list.items[-1], Run(" "), *inline(line.strip())]
        else:
            current_list = None
            paragraph.append(line.strip())
    end_paragraph()
    return blocks
