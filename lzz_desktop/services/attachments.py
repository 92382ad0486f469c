"""The content-addressed file store of a data directory: photos and files of workshops, named by the
SHA-256 of their content, so the same flip-chart photo is stored once and never changed. Every
file in it — originals, thumbnails, print copies — is sealed with the workspace's attachment key
(:mod:`lzz_desktop.store.sealed`); plain bytes exist only in memory."""

from __future__ import annotations

import hashlib
import io
import logging
import mimetypes
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.fileio import SHRED_ASIDE, replace_shredding, shred_leftover
from lzz_desktop.store.sealed import FileVault, SealError

log = logging.getLogger(__name__)

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


def _image_pixels(data: bytes) -> tuple[int, int]:
    """Width and height of the image in ``data``, after checking that it decodes."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data)) as image:
            size = image.size
            image.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            image.load()
    return size


class AttachmentStore:
    """The sealed file store under ``root``."""

    def __init__(self, root: Path, vault: FileVault) -> None:
        self.root = root
        self.vault = vault

    def blob_path(self, sha256: str) -> Path:
        return blob_path(self.root, sha256)

    def has(self, sha256: str) -> bool:
        return self.blob_path(sha256).exists()

    def read(self, sha256: str) -> bytes:
        """The plain content of a stored file (raises OSError, SealError)."""
        return self.vault.read(self.blob_path(sha256))

    def put(self, data: bytes) -> str:
        """Store ``data`` (sealed); returns its SHA-256."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.blob_path(sha256)
        if not target.exists():
            self.vault.write(target, data)
        return sha256

    def store_file(self, source: Path, field: str = "file") -> StoredFile:
        """Copy ``source`` into the store (unless the same content is there already). Files named
        like pictures must be pictures. Raises :class:`ValidationError` (``unreadable``,
        ``not_an_image``)."""
        try:
            data = source.read_bytes()
        except OSError:
            raise ValidationError([FieldError(field, ErrorCode.UNREADABLE)]) from None
        is_image = source.suffix.lower() in IMAGE_SUFFIXES
        megapixels = 0.0
        if is_image:
            try:
                width, height = _image_pixels(data)
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
                raise ValidationError([FieldError(field, ErrorCode.NOT_AN_IMAGE)]) from None
            megapixels = width * height / 1_000_000
        sha256 = self.put(data)
        mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        if is_image:
            self.make_thumbnail(sha256, data)
            self.make_print_copy(sha256, data)
        return StoredFile(sha256, source.name, mime, len(data), is_image, megapixels)

    def _original(self, sha256: str, data: bytes | None) -> bytes | None:
        if data is not None:
            return data
        try:
            return self.read(sha256)
        except (OSError, SealError):
            return None

    def make_thumbnail(self, sha256: str, data: bytes | None = None) -> bool:
        """A small sealed PNG of the picture (made once); False when the blob is no picture."""
        target = thumbnail_path(self.root, sha256)
        if target.exists():
            return True
        original = self._original(sha256, data)
        if original is None:
            return False
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                with Image.open(io.BytesIO(original)) as image:
                    image.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))
                    picture = image.convert("RGB")
                picture.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
                out = io.BytesIO()
                picture.save(out, "PNG")
        except (OSError, ValueError, Image.DecompressionBombError):
            return False
        self.vault.write(target, out.getvalue())
        return True

    def thumbnail(self, sha256: str) -> bytes | None:
        """The PNG thumbnail's plain bytes, or None."""
        target = thumbnail_path(self.root, sha256)
        try:
            return self.vault.read(target) if target.exists() else None
        except (OSError, SealError):
            return None

    def make_print_copy(self, sha256: str, data: bytes | None = None) -> bytes | None:
        """The JPEG a PDF embeds for this picture (made once, at import; kept sealed): the original
        itself when it is a JPEG small enough, else a reduced copy. None when the blob is no
        readable picture."""
        target = print_copy_path(self.root, sha256)
        if target.exists() and data is None:
            try:
                return self.vault.read(target)
            except (OSError, SealError):
                pass
        original = self._original(sha256, data)
        if original is None:
            return None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                with Image.open(io.BytesIO(original)) as image:
                    if image.format == "JPEG" and image.mode == "RGB" and max(image.size) <= PRINT_SIZE:
                        return original
                    image.draft("RGB", (PRINT_SIZE, PRINT_SIZE))
                    picture = image.convert("RGB")
            picture.thumbnail((PRINT_SIZE, PRINT_SIZE), Image.Resampling.BILINEAR, reducing_gap=2.0)
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=85)
        except (OSError, ValueError, Image.DecompressionBombError):
            return None
        self.vault.write(target, out.getvalue())
        return out.getvalue()

    def seal_plain_files(self) -> int:
        """Seal the files an earlier version stored in plain form, shredding the plain bytes;
        returns how many."""
        if not self.root.is_dir():
            return 0
        for aside in list(self.root.rglob(f"*{SHRED_ASIDE}")):
            shred_leftover(aside)
        sealed = 0
        for path in sorted(p for p in self.root.rglob("*") if p.is_file() and not p.name.startswith(".")):
            data = path.read_bytes()
            if FileVault.is_sealed(data):
                continue
            replace_shredding(path, self.vault.seal(data))
            sealed += 1
        if sealed:
            log.info("sealed %d attachment files", sealed)
        return sealed
