"""The PDF report: the HTML report laid out on A4 or Letter pages by Qt.

Qt's text layout paginates the document, steered by :func:`paginate` so that
no table row is cut and no heading is left alone; each page gets a running header
(the model's title) and a footer with the page number. An Arabic report is
laid out right to left in the Noto Naskh Arabic face shipped in
resources/fonts (registered with Qt's font database, embedded in the PDF).
The file is written atomically. Needs a QGuiApplication; :func:`ensure_app` makes an offscreen
one for the command line.
"""

from __future__ import annotations

import io
import os
import re
import sys
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QTextCursor, QTextDocument, QTextFormat, QTextOption, QTextTable)

from core.catalogue import catalogue
from core.charts.base import ARABIC_FAMILY, font_files
from core.reports.data import ReportData
from core.reports.html import direction, report_html
from core.storage.atomic import write_bytes

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 96
BAND_PX = 36
# A heading needs room for this many lines below it, or it starts the next page.
KEEP_LINES = 4
# A heading and the text leading into a table move with it to the next page if they take at most this share of a page.
LEAD_IN = 1 / 3


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one when there is no screen."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL = re.compile(r"<t([hd])\b[^>]*>.*?</t\1>", re.S)


def mirror_tables(html: str) -> str:
    """``html`` with every table row's cells in reverse order, each table at the right margin.

    Qt's text layout keeps a table's first column on the left whatever the
    document's direction; a right-to-left reader looks for it on the right.
    Only the PDF needs this: a browser lays the HTML report's own tables out
    from the right itself (``dir="rtl"``).
    """
    rows = _ROW.sub(lambda row: "<tr>" + "".join(m.group(0) for m in reversed(list(_CELL.finditer(row.group(1)))))
                    + "</tr>", html)
    return rows.replace("<table", '<table align="right"')


@cache
def register_fonts() -> tuple[str, ...]:
    """Add the shipped Arabic faces to Qt's font database (once); the families they bring.

    The PDF embeds the faces it draws with, so an Arabic report reads the
    same on a machine without any Arabic font.
    """
    families: list[str] = []
    for path in font_files():
        font = QFontDatabase.addApplicationFont(path)
        if font < 0:
            raise OSError(f"{path}: Qt cannot read this font file")
        families += QFontDatabase.applicationFontFamilies(font)
    return tuple(dict.fromkeys(families))


def _font(language: str, points: float) -> QFont:
    """The report's face: DejaVu Sans, or for Arabic the shipped Naskh first (Latin letters fall back to DejaVu)."""
    if direction(language) == "ltr":
        return QFont("DejaVu Sans", points)
    register_fonts()
    font = QFont()
    font.setFamilies([ARABIC_FAMILY, "DejaVu Sans"])
    font.setPointSizeF(points)
    return font


def _document(data: ReportData, language: str = "en") -> QTextDocument:
    images: dict[str, bytes] = {}

    def image(name: str, figure) -> str:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
        images[name] = buffer.getvalue()
        return f"mizan-chart:{name}.png"

    html = report_html(data, image, language)
    if direction(language) == "rtl":
        html = mirror_tables(html)
    document = QTextDocument()
    document.setDefaultFont(_font(language, 9))
    if direction(language) == "rtl":  # every paragraph and table laid out from the right
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    for name, png in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mizan-chart:{name}.png"),
                             QImage.fromData(png))
    document.setHtml(html)
    return document


def paginate(document: QTextDocument, body: float) -> None:
    """Break pages where a reader expects: never inside a table row, never after a lone heading.

    Qt's own layout moves a table row that does not fit to the next page and
    stretches the row before it to the page foot: an empty, unclosed stub.
    Here a table that would cross a page is split instead, before its first
    row that does not fit; the rest becomes a copy of the table (header rows
    repeated) starting the next page. A heading is kept with what follows it
    (:func:`_keep_heading`). Every change only moves what comes after it, so
    one top-down pass over the re-laid document is enough.
    """
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            _split_table(document, table, body)
            block = document.findBlock(table.lastPosition() + 1)
            continue
        if block.blockFormat().headingLevel() > 0:
            _keep_heading(document, block, body)
        block = block.next()


def _page(y: float, body: float) -> int:
    return int(y // body)


def _row_span(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top of the first line and bottom of the last line of a row's content."""
    layout = document.documentLayout()
    cells = [table.cellAt(row, column) for column in range(table.columns())]
    top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
    bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells)
    return top, bottom


def _split_table(document: QTextDocument, table: QTextTable, body: float) -> None:
    """Split ``table`` before its first body row that does not end on the page its body starts on."""
    head = table.format().headerRowCount()
    if table.rows() <= head:
        return
    # What the table adds below its last row's text (padding, border, margin) must fit on the page too.
    frame = document.documentLayout().frameBoundingRect(table)
    tail = frame.bottom() - _row_span(document, table, table.rows() - 1)[1]
    first_top, first_bottom = _row_span(document, table, head)
    lead = document.findBlock(table.firstPosition() - 1)
    lead_page = _page(document.documentLayout().blockBoundingRect(lead).top(), body)
    if _page(first_bottom + tail - 1, body) > _page(first_top, body) or _page(first_top, body) > lead_page:
        _move_to_next_page(document, table, body)  # the table starts the next page: so may its heading
        first_top = _row_span(document, table, head)[0]
    start = _page(first_top, body)
    cut = next((r for r in range(head + 1, table.rows())
                if _page(_row_span(document, table, r)[1] + tail - 1, body) > start), None)
    if cut is None:
        return
    cursor = QTextCursor(document)
    cursor.setPosition(table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    copy = cursor.selection()
    cursor.setPosition(table.lastPosition() + 1)
    cursor.insertFragment(copy)  # outside the edit block: Qt makes the copy a table only when the insert ends
    rest = QTextCursor(document.findBlock(table.lastPosition() + 2)).currentTable()
    # One edit block: Qt lays the document out again once for the other four edits, not after each.
    cursor.beginEditBlock()
    rest.removeRows(head, cut - head)
    table.removeRows(cut, table.rows() - cut)
    # The forced break goes on the empty paragraph Qt keeps between the two tables (a page break on the
    # table frame itself makes Qt skip a whole page); a near-zero font makes that paragraph 2 px high.
    gap = QTextCursor(document.findBlock(table.lastPosition() + 1))
    tiny = gap.blockCharFormat()
    tiny.setFontPointSize(0.5)
    gap.setBlockCharFormat(tiny)
    _break_before(gap.block())
    cursor.endEditBlock()


def _break_before(block) -> None:
    cursor = QTextCursor(block)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)


def _move_to_next_page(document: QTextDocument, table: QTextTable, body: float) -> None:
    """Start the next page with the heading that leads into ``table``, whose first row does not fit.

    Qt already moves such a table whole to the next page; its heading moves
    with it when the heading is on the page the table would have started on,
    no other table comes between, and heading and text take at most
    ``LEAD_IN`` of a page.
    """
    layout = document.documentLayout()
    before = lead = document.findBlock(table.firstPosition() - 1)
    page = _page(layout.blockBoundingRect(lead).top(), body)
    while lead.isValid() and QTextCursor(lead).currentTable() is None \
            and _page(layout.blockBoundingRect(lead).top(), body) == page:
        if lead.blockFormat().headingLevel() > 0:
            top = layout.blockBoundingRect(lead).top()
            if layout.frameBoundingRect(table).top() - top <= LEAD_IN * body and top % body > BAND_PX / 2:
                _break_before(lead)
                return
            break
        lead = lead.previous()
    # Qt moves the table only when its first row's text does not fit; when only the border and padding
    # below it cross the foot, nothing moved it: the paragraph just before it starts the next page then.
    if _page(layout.frameBoundingRect(table).top(), body) == page and layout.blockBoundingRect(before).top() % body:
        _break_before(before)


def _keep_heading(document: QTextDocument, block, body: float) -> None:
    """Start a heading on a new page when it would sit at the foot of one with its content on the next.

    A heading is kept with what follows: with the whole table after it when
    heading and table fit on one page (a 5 × 5 grid is never split), else with
    at least ``KEEP_LINES`` lines of body text; otherwise it breaks before.
    """
    layout = document.documentLayout()
    rect = layout.blockBoundingRect(block)
    if rect.top() % body == 0:
        return
    needed = KEEP_LINES * rect.height() / max(1, block.lineCount())
    table = QTextCursor(block.next()).currentTable() if block.next().isValid() else None
    # The table's own top margin counts too: measured from the heading's foot to the table's.
    if table is not None and layout.frameBoundingRect(table).bottom() - rect.top() < body:
        needed = layout.frameBoundingRect(table).bottom() - rect.bottom()
    if body - (rect.bottom() % body) < needed:
        _break_before(block)


def _writer(buffer: QBuffer, page: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    layout = QPageLayout(QPageSize(PAGE_SIZES[page]), QPageLayout.Orientation.Portrait,
                         QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setPageLayout(layout)
    return writer


def _decorate(painter: QPainter, width: float, height: float, title: str, page: int, pages: int,
              language: str) -> None:
    """The running header (the title, at the line's start) and the page number."""
    painter.setFont(_font(language, 7))
    painter.setPen(Qt.GlobalColor.darkGray)
    rtl = direction(language) == "rtl"  # the title starts the line on the reader's side
    header = QTextOption(Qt.AlignmentFlag.AlignLeft)  # Qt reads "left" as the line's start: the right, in Arabic
    header.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    painter.drawText(QRectF(0, 0, width, BAND_PX / 2), title, header)
    painter.drawLine(0, BAND_PX / 2, width, BAND_PX / 2)
    footer = QTextOption(Qt.AlignmentFlag.AlignCenter)
    footer.setTextDirection(header.textDirection())
    painter.drawText(QRectF(0, height - BAND_PX / 2, width, BAND_PX / 2),
                     catalogue(language)["document.page"].format(page=page, pages=pages), footer)


def pdf_bytes(data: ReportData, page: str = "a4", language: str = "en") -> bytes:
    """The report as PDF bytes on ``page`` ("a4" or "letter") paper, its own words in ``language``."""
    ensure_app()
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, page)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(area.width()), float(area.height())
    body = height - 2 * BAND_PX
    document = _document(data, language)
    document.setPageSize(QSizeF(width, body))
    paginate(document, body)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            _decorate(painter, width, height, data.model.title, index + 1, pages, language)
            painter.save()
            painter.translate(0, BAND_PX - index * body)
            page_area = QRectF(0, index * body, width, body)
            # drawContents only chooses what to draw; a table row that crosses
            # the page edge would still spill into the running header.
            painter.setClipRect(page_area)
            document.drawContents(painter, page_area)
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(raw.data())


def write_pdf(path: str | os.PathLike, data: ReportData, page: str = "a4", language: str = "en") -> None:
    """Write the PDF report in ``language`` to ``path`` atomically."""
    write_bytes(path, pdf_bytes(data, page, language))
