"""Fixtures shared by the non-Qt tests. Every workspace lives in the test's own tmp_path."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lzz_desktop.services.workspace import Workspace

TEST_AUTHOR = "Test"

# Workspaces are encrypted (issue 14). No test touches the keyring of the machine it runs on: the
# suite's workspaces take their key from this passphrase (Argon2id), in this process and in every
# command the tests start; the keyring path has tests of its own with a real Secret Service.
TEST_PASSPHRASE = "test-passphrase-for-the-suite"
os.environ["LZZ_DESKTOP_PASSPHRASE"] = TEST_PASSPHRASE

# Widget tests run offscreen on a laptop-sized virtual screen (Qt's default offscreen screen is
# 800x600, smaller than the main window's minimum size). An explicit platform choice wins.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"
    )


@pytest.fixture(autouse=True)
def gui_thread_guard() -> Iterator[None]:
    """Window code that touches the database on the GUI thread fails the test (issue 11): the
    guard raises there, and a raise that some caller swallowed still fails the test here."""
    from lzz_desktop.services import gui_guard

    gui_guard.violations.clear()
    gui_guard.enabled = True
    yield
    gui_guard.enabled = False
    found, gui_guard.violations[:] = list(gui_guard.violations), []
    assert found == [], f"database used on the GUI thread from window code: {found}"


@pytest.fixture
def make_workspace(tmp_path: Path) -> Iterator[Callable[..., Workspace]]:
    """Opens workspaces in ``tmp_path/<name>``; all of them are closed after the test."""
    opened: list[Workspace] = []

    def make(name: str = "ws", author: str = TEST_AUTHOR) -> Workspace:
        workspace = Workspace.open(tmp_path / name, author=author)
        opened.append(workspace)
        return workspace

    yield make
    for workspace in opened:
        workspace.close()


@pytest.fixture
def workspace(make_workspace: Callable[..., Workspace]) -> Workspace:
    return make_workspace("ws")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow", action="store_true", help="run the long fault loops and soak tests (make soak)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long-running: `make soak` runs it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
