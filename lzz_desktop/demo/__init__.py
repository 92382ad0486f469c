"""The demo workspace: the six pilot districts of Land.Zuhause.Zukunft with fictional people."""

from lzz_desktop.demo.seed import seed_demo

__all__ = ["seed_demo"]
