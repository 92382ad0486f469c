"""The central-store tests use the servers and fixtures of the sync tests."""

from tests.sync.conftest import central_sqlite, memory_keyring

__all__ = ["central_sqlite", "memory_keyring"]
