"""AHP: Saaty's published house example, the leader example, pymcdm, validation, CSV input."""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm.weights.subjective import AHP

from core.ahp import RANDOM_INDEX, SAATY_SCALE, ahp, ahp_from_csv, read_comparison_csv, snap
from core.errors import FileFormatError, ModelError

# Saaty's house-buying example: size, transportation, neighbourhood, age,
# yard, modern facilities, general condition, financing.
HOUSE_NAMES = ("size", "transport", "neighbourhood", "age", "yard", "facilities", "condition", "financing")
HOUSE = np.array([
    [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
    [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
    [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
    [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
    [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
    [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
    [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
    [4, 7, 5, 8, 6, 6, 2, 1],
])


def test_saaty_house_example():
    """Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill, reprinted in
    Saaty (1990), "How to make a decision: the analytic hierarchy process",
    EJOR 48:9–26: priorities .173 .054 .188 .018 .031 .036 .167 .333,
    λmax = 9.669, C.I. = 0.238, C.R. = 0.169.  Recomputed with numpy first
    (λmax = 9.66889, CI = 0.23841, CR = 0.16909 with RI(8) = 1.41).
    """
    result = ahp(HOUSE, HOUSE_NAMES)
    assert np.round(result.priorities, 3).tolist() == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    assert round(result.lambda_max, 3) == 9.669
    assert round(result.ci, 3) == 0.238
    assert round(result.cr, 3) == 0.169
    assert result.ri == 1.41 and result.ri_source.startswith("Saaty (1980)")
    assert not result.acceptable


def test_house_example_most_inconsistent_judgement():
    """Neighbourhood was judged 6 times more important than general condition,
    yet condition outweighs neighbourhood elsewhere: replacing that judgement by
    the consistent ratio (snapped: 1) lowers CR the most of all 28 judgements."""
    result = ahp(HOUSE, HOUSE_NAMES)
    judgement = result.most_inconsistent
    assert judgement == ("neighbourhood", "condition", 6.0, 1.0)
    fixed = HOUSE.copy()
    fixed[2, 6], fixed[6, 2] = 1.0, 1.0
    assert ahp(fixed).cr < result.cr


def test_wikipedia_leader_example():
    """Wikipedia, "Analytic hierarchy process – leader example": criteria
    experience, education, charisma, age weighted .547, .127, .270, .056
    (printed truncated; full precision .5476 …); candidates Tom, Dick, Harry
    end at .358, .493, .149.  Recomputed with numpy; asserted within 0.001.
    """
    criteria = ahp([[1, 4, 3, 7], [1 / 4, 1, 1 / 3, 3], [1 / 3, 3, 1, 5], [1 / 7, 1 / 3, 1 / 5, 1]])
    assert np.allclose(criteria.priorities, [0.547, 0.127, 0.270, 0.056], atol=1e-3)
    assert round(criteria.cr, 3) == 0.044
    local = [ahp(m).priorities for m in (
        [[1, 1 / 4, 4], [4, 1, 9], [1 / 4, 1 / 9, 1]],
        [[1, 3, 1 / 5], [1 / 3, 1, 1 / 7], [5, 7, 1]],
        [[1, 5, 9], [1 / 5, 1, 4], [1 / 9, 1 / 4, 1]],
        [[1, 1 / 3, 5], [3, 1, 9], [1 / 5, 1 / 9, 1]],
    )]
    assert np.allclose(criteria.priorities @ np.array(local), [0.358, 0.493, 0.149], atol=1e-3)


def random_reciprocal(rng, n):
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = rng.choice(SAATY_SCALE)
            a[j, i] = 1 / a[i, j]
    return a


@pytest.mark.parametrize("seed", range(10))
def test_eigen_priorities_and_ci_match_pymcdm(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 10))
    a = random_reciprocal(rng, n)
    theirs = AHP(matrix=a)
    ours = ahp(a)
    assert np.allclose(ours.priorities, theirs())
    assert np.isclose(ours.ci, theirs.get_cr() * AHP.RI_M[n - 1])


@pytest.mark.parametrize("seed", range(5))
def test_geometric_priorities_are_normalised_row_geometric_means(seed):
    rng = np.random.default_rng(seed)
    a = random_reciprocal(rng, 6)
    rows = [np.prod(row) ** (1 / 6) for row in a]
    assert np.allclose(ahp(a, method="geometric").priorities, np.array(rows) / sum(rows))


def test_a_consistent_matrix_has_zero_cr_and_nothing_to_fix():
    w = np.array([4.0, 2.0, 1.0])
    result = ahp(w[:, None] / w[None, :])
    assert np.allclose(result.priorities, w / w.sum())
    assert result.cr == 0.0 and result.most_inconsistent is None and result.acceptable


@pytest.mark.parametrize("n", [1, 2])
def test_cr_is_zero_for_one_or_two_items(n):
    result = ahp(np.array([[1.0, 5.0], [0.2, 1.0]])[:n, :n])
    assert result.cr == 0.0 and result.ci == 0.0 and result.most_inconsistent is None
    assert np.isclose(result.priorities.sum(), 1.0)


def test_every_size_up_to_fifteen_has_a_random_index_and_larger_is_refused():
    rng = np.random.default_rng(0)
    for n in range(1, 16):
        assert np.isfinite(ahp(random_reciprocal(rng, n)).cr)
    assert RANDOM_INDEX[11][1].startswith("Alonso & Lamata (2006)")
    with pytest.raises(ModelError, match="at most 15 items"):
        ahp(np.ones((16, 16)))


@pytest.mark.parametrize(("value", "expected"), [(2.9, 3), (0.3, 1 / 3), (20, 9), (0.01, 1 / 9), (1.4, 1), (1.5, 2)])
def test_snap_picks_the_nearest_saaty_value_on_a_log_scale(value, expected):
    assert snap(value) == pytest.approx(expected)


@pytest.mark.parametrize(("matrix", "message"), [
    ([[1, 2, 3], [0.5, 1, 2]], "must be square"),
    ([[1, 2], [0.5, 2]], "diagonal entry \\[B, B\\] must be 1"),
    ([[1, -2], [0.5, 1]], "judgement \\[A, B\\] = -2"),
    ([[1, 12], [1 / 12, 1]], "\\[A, B\\] = 12 is outside Saaty's scale"),
    ([[1, 3], [0.5, 1]], "\\[A, B\\] = 3 and \\[B, A\\] = 0.5 are not reciprocal: \\[B, A\\] should be 1/3"),
    ([[1, np.nan], [1, 1]], "must be positive numbers"),
])
def test_bad_matrices_are_refused_naming_the_cell(matrix, message):
    with pytest.raises(ModelError, match=message):
        ahp(matrix, ["A", "B", "C"][: len(matrix[0])] if len(matrix) == len(matrix[0]) else None)


def test_two_decimal_reciprocals_are_accepted():
    assert ahp([[1, 3, 8], [0.33, 1, 2], [0.13, 0.5, 1]]).priorities.shape == (3,)


def test_unknown_method_and_wrong_names_are_refused():
    with pytest.raises(ModelError, match="unknown AHP method"):
        ahp(HOUSE, method="mean")
    with pytest.raises(ModelError, match="2 names given for a 8 × 8"):
        ahp(HOUSE, ["a", "b"])


def test_csv_with_fractions_and_names(tmp_path):
    path = tmp_path / "criteria.csv"
    path.write_text(",Cost,Safety,Speed\nCost,1,1/3,5\nSafety,3,1,7\nSpeed,1/5,1/7,1\n", encoding="utf-8")
    result = ahp_from_csv(path)
    assert result.names == ("Cost", "Safety", "Speed")
    assert result.matrix[0, 1] == pytest.approx(1 / 3)
    assert result.priorities.argmax() == 1


def test_csv_with_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("\ufeff;A;B\nA;1;0,5\nB;2;1\n", encoding="utf-8")
    matrix, names = read_comparison_csv(path)
    assert names == ("A", "B") and matrix.tolist() == [[1, 0.5], [2, 1]]


@pytest.mark.parametrize(("text", "message"), [
    (",A,B\nA,1,x\nB,1,1\n", "cell \\[A, B\\]: 'x' is not a number or a fraction"),
    # A comma inside a comma-separated file's cell could be a thousand or a decimal: refused, never guessed.
    (',A,B\nA,1,"1,000"\nB,1,1\n', "cell \\[A, B\\]: '1,000' is ambiguous"),
    (',A,B\nA,1,"0,5"\nB,2,1\n', "cell \\[A, B\\]: '0,5' is ambiguous"),
    (";A;B\nA;1;1.000,5\nB;1;1\n", "cell \\[A, B\\]: '1.000,5' is ambiguous"),
    (",A,B\nA,1,1/0\nB,1,1\n", "cell \\[A, B\\]: '1/0'"),
    (",A,B\nB,1,2\nA,0.5,1\n", "row 2 must start with 'A'"),
    (",A,B\nA,1,2\n", "2 criteria in the header but 1 rows"),
    (",A,A\nA,1,1\nA,1,1\n", "header must name each criterion once"),
    (",A,B\nA,1,3\nB,0.5,1\n", "not reciprocal"),
    ("", "expected a header row"),
])
def test_bad_csv_names_the_file_and_the_cell(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError, match=message) as caught:
        ahp_from_csv(path)
    assert str(path) in str(caught.value)


def test_missing_or_binary_csv_is_a_file_format_error(tmp_path):
    with pytest.raises(FileFormatError, match="no such file"):
        ahp_from_csv(tmp_path / "absent.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(FileFormatError, match="not UTF-8"):
        ahp_from_csv(binary)
