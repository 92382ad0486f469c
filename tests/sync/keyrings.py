"""Keyrings for the tests: an in-memory one, and a real Secret Service (gnome-keyring on a private
D-Bus session bus) for the end-to-end tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class SecretServiceUnavailable(RuntimeError):
    pass


@contextmanager
def secret_service() -> Iterator[dict[str, str]]:
    """Environment variables that point a process at a running, unlocked gnome-keyring."""
    dbus, gkd = shutil.which("dbus-daemon"), shutil.which("gnome-keyring-daemon")
    if dbus is None or gkd is None:
        raise SecretServiceUnavailable(
            "dbus-daemon or gnome-keyring-daemon missing (Debian: dbus-daemon, gnome-keyring)"
        )
    home = tempfile.mkdtemp(prefix="lzz-keyring-")
    bus = subprocess.Popen(
        [dbus, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        "DBUS_SESSION_BUS_ADDRESS": address,
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_RUNTIME_DIR": home,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    daemon = subprocess.Popen(
        [gkd, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **env},
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"test-keyring-password")
    daemon.stdin.close()
    try:
        yield env
    finally:
        for process in (daemon, bus):
            process.kill()  # throwaway daemons with nothing to save
            process.wait(5)
        shutil.rmtree(home, ignore_errors=True)
