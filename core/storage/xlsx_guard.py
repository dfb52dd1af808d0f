"""Open untrusted ``.xlsx`` files safely, refusing hostile ones quickly.

openpyxl parses the XML through defusedxml when it is installed (it is a
runtime dependency), which stops entity bombs; this module adds the checks
openpyxl does not make: a renamed or encrypted file, a zip bomb, a missing
workbook part. Every refusal is a FileFormatError naming the file.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.errors import FileFormatError, Message, one_line
from core.storage.bounded import read_bounded

MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_xlsx(path: Path, data: bytes) -> None:
    """Raise FileFormatError unless ``data``, read from ``path``, looks like a plain, sane xlsx package."""
    if data[:8] == OLE_MAGIC:
        raise FileFormatError(Message("messages.sheets.ole", file=str(path)))
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise FileFormatError(Message("messages.sheets.not_zip", file=str(path)))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        infos = package.infolist()
        names = {info.filename for info in infos}
        if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
            raise FileFormatError(Message("messages.sheets.not_workbook", file=str(path)))
        total = sum(info.file_size for info in infos)
        packed = max(1, sum(info.compress_size for info in infos))
        if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
            raise FileFormatError(Message("messages.sheets.zip_bomb", file=str(path), total=total, packed=packed))


@contextmanager
def open_workbook(path: str | Path, formulas: bool = False, read_only: bool = True) -> Iterator:
    """An openpyxl workbook (cached values unless ``formulas``), its file closed on exit.

    The file is read once through :func:`read_bounded` (a regular file, within
    the size cap) and openpyxl parses the bytes in memory, so a workbook that
    fails to parse leaves no file handle open.
    """
    path = Path(path)
    data = read_bounded(path)
    check_xlsx(path, data)
    from openpyxl import load_workbook

    with io.BytesIO(data) as handle:
        try:
            book = load_workbook(handle, read_only=read_only, data_only=not formulas)
        except Exception as exc:  # openpyxl raises many types for a corrupt package
            raise FileFormatError(Message("messages.sheets.corrupt", file=str(path), kind=type(exc).__name__,
                                          detail=one_line(exc))) from None
        try:
            yield book
        finally:
            if read_only:
                book.close()
