"""Thin matrix products cut into pieces that each stay on one BLAS thread: the one splitter.

OpenBLAS hands a product of more than 2^18 multiply-adds to its thread
pool.  The products of ranking and SMAA are thin (a few options or criteria
against thousands of weight rows, or one weight vector against thousands
of options): for them waking the pool costs more than
the product, and on a busy two-core machine the spinning threads starve the
rest of the pipeline (measured: 10 ms against 135–390 ms per 10^6 SMAA
samples).  So such products are cut into pieces below that size; a product
whose pieces would be shorter than ``MIN_PIECE`` rows is worth the threads
and is left whole.
"""

from __future__ import annotations

import numpy as np

SINGLE_THREAD_WORK = 2**18
MIN_PIECE = 256
WHOLE = 2**62


def piece_rows(*sizes: int) -> int:
    """Rows per piece so that a product with the other ``sizes`` stays on one thread, or WHOLE.

    A power of two, so that a power-of-two chunk splits into whole pieces.
    """
    rows = SINGLE_THREAD_WORK // max(int(np.prod(sizes, dtype=np.int64)), 1)
    return 1 << (rows.bit_length() - 1) if rows >= MIN_PIECE else WHOLE


def matmul_columns(left: np.ndarray, right: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``left @ right`` (n, m) @ (m, c) into ``out`` (n, c), in pieces of columns.

    The last columns fall to the same BLAS edge kernel as unsplit, so the
    scores keep their last bit.
    """
    step = piece_rows(left.size)
    if step >= right.shape[1]:
        return np.matmul(left, right, out=out)
    for start in range(0, right.shape[1], step):
        part = slice(start, start + step)
        np.matmul(left, right[:, part], out=out[:, part])
    return out


def matvec(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left @ right`` for a matrix (n, m) and a vector (m,), in pieces of rows that each stay on one thread.

    One recompute of a 10,000 × 50 table is such a product: handed to the
    thread pool on a busy two-core machine it took 7–13 ms, in pieces 0.07.
    """
    step = piece_rows(left.shape[1])
    if step >= left.shape[0]:
        return left @ right
    out = np.empty(left.shape[0])
    for start in range(0, left.shape[0], step):
        np.matmul(left[start:start + step], right, out=out[start:start + step])
    return out


def matmul_sum(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left @ right`` for a long inner axis (n, c) @ (c, m), summed piece by piece."""
    step = piece_rows(left.shape[0], right.shape[1])
    if step >= left.shape[1]:
        return left @ right
    total = np.zeros((left.shape[0], right.shape[1]))
    for start in range(0, left.shape[1], step):
        part = slice(start, start + step)
        total += left[:, part] @ right[part]
    return total
