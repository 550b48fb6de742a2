"""How the C allocator treats large blocks in the desk's process.

glibc gives a block of 128 KiB or more a mapping of its own, returned to the system when the
block is freed, but raises that threshold to the size of each such block freed, up to 32 MiB.
After the first large mail, then, blocks of 24 MB (a mail read back, SQLite's copy of it) come
from the heap, and what is freed there mostly stays with the process. Fixing the threshold at
1 MiB keeps large blocks in mappings of their own: with eight 24 MB mails at once the desk's
peak was about 40 MiB lower, and the memory goes back after each mail (docs/benchmarks.md,
"Large mail within the size limit"). Python's own small objects are not affected: they live in
pymalloc's arenas.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Mapping

M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>
THRESHOLD = 1024 * 1024  # bytes
ENVIRONMENT = "MALLOC_MMAP_THRESHOLD_"  # glibc's own setting, which wins when it is set


def is_glibc() -> bool:
    try:
        version = os.confstr("CS_GNU_LIBC_VERSION")
    except (ValueError, OSError, AttributeError):  # not a name this system knows
        return False
    return bool(version and version.startswith("glibc"))


def return_large_blocks(environ: Mapping[str, str] = os.environ) -> bool:
    """Fix glibc's mapping threshold at THRESHOLD. False, changing nothing, without glibc or
    when the administrator set MALLOC_MMAP_THRESHOLD_ (their choice stands)."""
    if ENVIRONMENT in environ or not is_glibc():
        return False
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    return mallopt is not None and mallopt(M_MMAP_THRESHOLD, THRESHOLD) == 1
