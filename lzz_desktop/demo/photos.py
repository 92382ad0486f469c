"""Flip-chart photos for the demo workshops, drawn at seed time (no image files in the repository)."""

from __future__ import annotations

import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFont

from lzz_desktop.paths import resource

NOTE_COLOURS = ("#ffe680", "#ffb3c7", "#b3e0ff", "#c2f0b3", "#ffd1a3")


def flip_chart(title: str, lines: list[str], rng: random.Random, size: tuple[int, int] = (800, 600)) -> bytes:
    """A JPEG that looks like a photographed flip chart: a sheet with a heading, handwritten-like
    bullet points and sticky notes."""
    width, height = size
    image = Image.new("RGB", size, "#8a8f94")
    draw = ImageDraw.Draw(image)
    margin = 40
    sheet = (margin + rng.randint(-8, 8), 20, width - margin + rng.randint(-8, 8), height - 10)
    draw.rectangle(sheet, fill="#fbfaf5", outline="#d8d4c8", width=3)
    font_path = str(resource("fonts", "DejaVuSans-Bold.ttf"))
    heading = ImageFont.truetype(font_path, 30)
    body = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), 21)
    x, y = sheet[0] + 30, sheet[1] + 25
    ink = rng.choice(("#1f5f8b", "#2e7d32", "#8e2424"))
    for part in textwrap.wrap(title, 38)[:2]:
        draw.text((x, y), part, font=heading, fill=ink)
        y += 40
    draw.line((x, y + 4, sheet[2] - 30, y + 4), fill=ink, width=3)
    y += 22
    for line in lines[:5]:
        for number, part in enumerate(textwrap.wrap(line, 46)[:2]):
            draw.text(
                (x + (0 if number == 0 else 22), y),
                ("• " if number == 0 else "") + part,
                font=body,
                fill="#333333",
            )
            y += 30
        y += 6
        if y > height - 170:
            break
    for i in range(rng.randint(2, 4)):
        nx = sheet[2] - 160 - i * 130 + rng.randint(-10, 10)
        ny = height - 150 + rng.randint(-15, 15)
        draw.rectangle((nx, ny, nx + 110, ny + 100), fill=rng.choice(NOTE_COLOURS), outline="#00000022")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()
