"""Work around a reference-count bug of shiboken6 6.12 on CPython 3.11.

Every call of a Qt method that returns ``void`` drops one reference to ``None`` without taking
one (on CPython >= 3.12 ``None`` is immortal, so nothing happens there). Painting a map calls
thousands of such methods per frame; once the count of ``None`` reaches zero the interpreter
aborts with "none_dealloc: deallocating None". We make ``None`` as good as immortal, as 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 50


def keep_none_alive() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
