"""LZZ Desktop — the field workbench of the programme Land.Zuhause.Zukunft."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lzz-desktop")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0"

APP_NAME = "LZZ Desktop"
PROGRAMME_NAME = "Land.Zuhause.Zukunft"
