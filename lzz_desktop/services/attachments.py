"""The content-addressed file store of a data directory: photos and files of workshops, named by the
SHA-256 of their content, so the same flip-chart photo is stored once and never changed."""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.fileio import write_bytes, write_with

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"}
# Above this a photo is "very large": it is kept as it is, but the user learns that the protocol
# shows it scaled down (phone cameras produce 12–50 megapixels).
LARGE_PIXELS = 24_000_000
THUMBNAIL_SIZE = 256
# Photos are printed from a copy at most this many pixels on the long side (about 200 dpi at the
# width of an A4 text column); the original in the store is never changed.
PRINT_SIZE = 1400


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    filename: str
    mime_type: str
    size: int
    is_image: bool
    megapixels: float = 0.0

    @property
    def is_large(self) -> bool:
        return self.megapixels * 1_000_000 > LARGE_PIXELS


def blob_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def thumbnail_path(root: Path, sha256: str) -> Path:
    return root / "thumbnails" / f"{sha256}.png"


def print_copy_path(root: Path, sha256: str) -> Path:
    return root / "print" / f"{sha256}.jpg"


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _image_pixels(path: Path) -> tuple[int, int]:
    """Width and height of the image in ``path``, after checking that it decodes."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(path) as image:
            size = image.size
            image.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            image.load()
    return size


def store_file(root: Path, source: Path, field: str = "file") -> StoredFile:
    """Copy ``source`` into the store (unless the same content is there already). Files named like
    pictures must be pictures. Raises :class:`ValidationError` (``unreadable``, ``not_an_image``)."""
    try:
        sha256, size = _hash_file(source)
    except OSError:
        raise ValidationError([FieldError(field, ErrorCode.UNREADABLE)]) from None
    is_image = source.suffix.lower() in IMAGE_SUFFIXES
    megapixels = 0.0
    if is_image:
        try:
            width, height = _image_pixels(source)
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            raise ValidationError([FieldError(field, ErrorCode.NOT_AN_IMAGE)]) from None
        megapixels = width * height / 1_000_000
    target = blob_path(root, sha256)
    if not target.exists():
        write_with(target, lambda tmp: shutil.copyfile(source, tmp))
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    if is_image:
        make_thumbnail(root, sha256)
        make_print_copy(root, sha256)
    return StoredFile(sha256, source.name, mime, size, is_image, megapixels)


def store_bytes(root: Path, data: bytes) -> str:
    """Store ``data``; returns its SHA-256 (the demo seed uses this for generated pictures)."""
    sha256 = hashlib.sha256(data).hexdigest()
    target = blob_path(root, sha256)
    if not target.exists():
        write_bytes(target, data)
    return sha256


def make_thumbnail(root: Path, sha256: str) -> Path | None:
    """A small PNG of the picture (made once); None when the blob is no picture."""
    target = thumbnail_path(root, sha256)
    if target.exists():
        return target
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(blob_path(root, sha256)) as original:
                original.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))
                picture = original.convert("RGB")
            picture.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            write_with(target, lambda tmp: picture.save(tmp, "PNG"))
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    return target


def make_print_copy(root: Path, sha256: str) -> Path | None:
    """The JPEG a PDF embeds for this picture (made once, at import): the original itself when it
    is a JPEG small enough, else a reduced copy. None when the blob is no readable picture."""
    original = blob_path(root, sha256)
    target = print_copy_path(root, sha256)
    if target.exists():
        return target
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(original) as image:
                if image.format == "JPEG" and image.mode == "RGB" and max(image.size) <= PRINT_SIZE:
                    return original
                image.draft("RGB", (PRINT_SIZE, PRINT_SIZE))
                picture = image.convert("RGB")
        picture.thumbnail((PRINT_SIZE, PRINT_SIZE), Image.Resampling.BILINEAR, reducing_gap=2.0)
        write_with(target, lambda tmp: picture.save(tmp, "JPEG", quality=85))
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    return target
