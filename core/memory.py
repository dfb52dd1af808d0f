"""Keep freed array memory in the process: on this workload fresh pages cost more than the arithmetic.

glibc returns a large freed block to the system at once (blocks above the
mmap threshold are unmapped, and free memory at the top of the heap is
trimmed), so each recompute of a large model faults its temporaries in
again, page by page: measured on a 10,000 × 50 table, six element-wise
operations take 3 ms with fresh pages and 0.15 ms with reused ones, and a
whole weighted-sum recompute about half its time.  :func:`keep_freed_memory`
raises both thresholds, so blocks up to ``MMAP_LIMIT`` come from the heap
and up to ``TRIM_LIMIT`` of freed heap is kept for the next recompute.
Elsewhere (macOS, Windows, musl) it does nothing.
"""

from __future__ import annotations

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
