"""Qt widgets and item models. Widgets call services; they never build SQL."""

from lzz_desktop.ui.none_refcount import keep_none_alive

keep_none_alive()
