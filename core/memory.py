"""The process's memory habits: keep freed array memory, keep long-lived objects out of the collector's way.

On this workload fresh pages cost more than the arithmetic: glibc returns a large freed block to the system at once (blocks above the
mmap threshold are unmapped, and free memory at the top of the heap is
trimmed), so each recompute of a large model faults its temporaries in
again, page by page: measured on a 10,000 × 50 table, six element-wise
operations take 3 ms with fresh pages and 0.15 ms with reused ones, and a
whole weighted-sum recompute about half its time.  :func:`keep_freed_memory`
raises both thresholds, so blocks up to ``MMAP_LIMIT`` come from the heap
and up to ``TRIM_LIMIT`` of freed heap is kept for the next recompute.
Elsewhere (macOS, Windows, musl) it does nothing.

:func:`keep_long_lived` takes what is alive now (modules, classes, a loaded
model) out of the cyclic garbage collector's view: its full pass visits
every tracked object and holds the GIL meanwhile, which with matplotlib and
a 300 × 40 model loaded was some 130,000 objects and 0.2 s of a frozen
window whichever thread it ran on; after this, some 20,000 and 0.04 s.
"""

from __future__ import annotations

import gc
import sys

MMAP_LIMIT = 64 * 2**20
TRIM_LIMIT = 256 * 2**20
# mallopt parameter numbers from glibc's malloc.h.
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3


def keep_freed_memory() -> bool:
    """Ask glibc to keep freed blocks for reuse; True if it agreed."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_LIMIT)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_LIMIT))


def keep_long_lived() -> None:
    """Exempt every object alive now from cyclic collection (they are still freed when unreferenced).

    Objects exempted here that later become unreachable cycles are never
    reclaimed, so this is called only at moments when what is alive will
    mostly stay: after start-up and after a model is loaded.
    """
    gc.freeze()
