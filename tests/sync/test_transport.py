"""The desktop never sends a token or personal data in clear over the network: http only to this
machine, https everywhere else, plain http elsewhere only with an explicit --insecure."""

from __future__ import annotations

import logging

import pytest

from lzz_desktop.services.workspace import Workspace
from lzz_desktop.sync import account
from lzz_desktop.sync.client import SyncClient, check_transport
from lzz_desktop.sync.errors import SyncError


@pytest.mark.parametrize(
    "url",
    [
        "https://lzz.example.org",
        "http://127.0.0.1:8750",
        "http://localhost:8750",
        "http://[::1]:8750",
        "http://127.5.5.5",
    ],
)
def test_encrypted_or_local_addresses_are_accepted(url: str) -> None:
    check_transport(url)
    SyncClient(url).close()


@pytest.mark.parametrize(
    "url", ["http://lzz.example.org", "http://10.0.0.5:8750", "http://192.168.1.20", "ftp://lzz.example.org"]
)
def test_plain_http_to_another_machine_is_refused(url: str) -> None:
    with pytest.raises(SyncError) as refused:
        SyncClient(url)
    assert refused.value.kind == "insecure"


def test_insecure_allows_it_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        SyncClient("http://10.0.0.5:8750", insecure=True).close()
    assert "unencrypted" in caplog.text


def test_login_refuses_before_anything_is_sent(workspace: Workspace) -> None:
    with pytest.raises(SyncError) as refused:
        account.login(workspace, "http://192.0.2.1", "office", "geheim")
    assert refused.value.kind == "insecure"
    assert account.logged_in_as(workspace) == ("", "")
