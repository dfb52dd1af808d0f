"""The one matrix-product splitter: pieces stay under the single-thread size and sum to the whole."""

from __future__ import annotations

import numpy as np

from core.methods import products
from core.methods.products import matmul_columns, matmul_sum, piece_rows


def test_pieces_are_the_largest_power_of_two_under_the_single_thread_work():
    rows = piece_rows(5, 17)
    assert rows & (rows - 1) == 0
    assert rows * 85 <= products.SINGLE_THREAD_WORK < 2 * rows * 85
    assert piece_rows(500, 500) == products.WHOLE  # pieces under MIN_PIECE rows: left to the thread pool


def test_split_products_equal_the_whole_product():
    rng = np.random.default_rng(2)
    left, right = rng.random((3, 9000)), rng.random((9000, 4))
    assert np.allclose(matmul_sum(left, right), left @ right)
    wide = rng.random((17, 40_000))
    out = np.empty((3, 40_000))
    assert piece_rows(3 * 17) < wide.shape[1]  # really split
    assert np.array_equal(matmul_columns(left[:, :17], wide, out), left[:, :17] @ wide)
