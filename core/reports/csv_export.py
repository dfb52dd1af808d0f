"""CSV exports: the score matrix (in the documented input layout) and the ranking.

Every field is quoted, and a field that a spreadsheet would read as a formula
(starting with = + - @, a tab or a carriage return) is neutralised with a
leading apostrophe, the OWASP recommendation for CSV injection. Numbers are
written as numbers, so negative values stay negative.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from core.reports.data import ReportData
from core.storage.atomic import write_files

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_field(value: object) -> object:
    """``value`` ready for a CSV cell that no spreadsheet will evaluate."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def _csv(rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([[safe_field(v) for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


def matrix_rows(data: ReportData) -> list[list[object]]:
    """The scores the ranking was computed on (residual ones on that basis), in the documented layout."""
    model, weights = data.ranked_model, data.main.weights
    factors = model.factors
    rows: list[list[object]] = [["option", *(f.id for f in factors)],
                                ["weight", *(round(weights[f.id], 12) for f in factors)],
                                ["direction", *(f.direction for f in factors)]]
    for option in model.options:
        rows.append([option.id, *(model.score(option.id, f.id).number for f in factors)])
    return rows


def ranking_rows(data: ReportData) -> list[list[object]]:
    """Rank, option, name and score under the reported method."""
    return [["rank", "option", "name", "score"]] + [
        [r["rank"], r["option"], r["name"], r["score"]] for r in data.main.ranking()]


def ranking_path(path: Path) -> Path:
    """Where the ranking goes beside a matrix CSV: ``name-ranking.csv``."""
    return path.with_name(f"{path.stem}-ranking{path.suffix}")


def write_csv(path: str | os.PathLike, data: ReportData) -> list[Path]:
    """Write the matrix to ``path`` and the ranking beside it, both or neither; return both paths."""
    path = Path(path)
    write_files({path: _csv(matrix_rows(data)), ranking_path(path): _csv(ranking_rows(data))})
    return [path, ranking_path(path)]
