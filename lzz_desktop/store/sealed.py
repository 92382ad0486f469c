"""Files sealed with the workspace's attachment key: AES-256-GCM (authenticated: a changed byte is
refused, not shown), a fresh 96-bit nonce per file. Layout: ``LZZSEAL1`` · nonce · ciphertext+tag;
the magic is authenticated too."""

from __future__ import annotations

import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lzz_desktop.fileio import write_bytes

MAGIC = b"LZZSEAL1"
NONCE = 12


class SealError(ValueError):
    """A sealed file that does not open under this key (damaged, or another workspace's)."""


class FileVault:
    def __init__(self, key: bytes) -> None:
        self._cipher = AESGCM(key)

    def __repr__(self) -> str:
        return "FileVault(…)"

    @staticmethod
    def is_sealed(data: bytes) -> bool:
        return data[: len(MAGIC)] == MAGIC

    def seal(self, data: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE)
        return MAGIC + nonce + self._cipher.encrypt(nonce, data, MAGIC)

    def unseal(self, data: bytes) -> bytes:
        if not self.is_sealed(data):
            raise SealError("not a sealed file")
        nonce = data[len(MAGIC) : len(MAGIC) + NONCE]
        try:
            return self._cipher.decrypt(nonce, data[len(MAGIC) + NONCE :], MAGIC)
        except InvalidTag as exc:
            raise SealError("the file is damaged or belongs to another workspace") from exc

    def read(self, path: Path) -> bytes:
        """The plain content of the sealed file ``path`` (a plain file of an earlier version is
        read as it is; opening the workspace seals it)."""
        data = path.read_bytes()
        return self.unseal(data) if self.is_sealed(data) else data

    def write(self, path: Path, data: bytes) -> None:
        """Seal ``data`` into ``path`` (atomically)."""
        write_bytes(path, self.seal(data))

    def seal_in_place(self, path: Path) -> bool:
        """Seal a plain file of an earlier version; True when it was plain."""
        data = path.read_bytes()
        if self.is_sealed(data):
            return False
        self.write(path, data)
        return True
