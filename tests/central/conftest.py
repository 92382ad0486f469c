"""The central-store tests use the servers and fixtures of the sync tests."""

from tests.sync.conftest import central, central_sqlite, make_client, memory_keyring, postgres

__all__ = ["central", "central_sqlite", "make_client", "memory_keyring", "postgres"]
