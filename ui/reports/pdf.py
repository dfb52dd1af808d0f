"""The PDF report: the HTML report laid out on A4 or Letter pages by Qt.

Qt's text layout paginates the document; each page gets a running header
(the model's title) and a footer with the page number. The file is written
atomically. Needs a QGuiApplication; :func:`ensure_app` makes an offscreen
one for the command line.
"""

from __future__ import annotations

import io
import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextCursor,
                           QTextDocument, QTextFormat)

from core.reports.data import ReportData
from core.reports.html import report_html
from core.storage.atomic import write_bytes

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 96
BAND_PX = 36
# A heading needs room for this many lines below it, or it starts the next page.
KEEP_LINES = 4


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one when there is no screen."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def _document(data: ReportData) -> QTextDocument:
    images: dict[str, bytes] = {}

    def image(name: str, figure) -> str:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
        images[name] = buffer.getvalue()
        return f"mizan-chart:{name}.png"

    html = report_html(data, image)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    for name, png in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mizan-chart:{name}.png"),
                             QImage.fromData(png))
    document.setHtml(html)
    return document


def keep_headings_with_content(document: QTextDocument, body: float) -> None:
    """Start a heading on a new page when it would sit at the foot of one with its content on the next.

    A heading is kept with what follows: with the whole table after it when
    heading and table fit on one page (a 5 × 5 grid is never split), else with
    at least ``KEEP_LINES`` lines of body text; otherwise it breaks before.
    Breaking moves later headings, so the pass runs top-down on the re-laid
    document.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and layout.blockBoundingRect(block).top() % body > 0:
            rect = layout.blockBoundingRect(block)
            needed = KEEP_LINES * rect.height() / max(1, block.lineCount())
            table = QTextCursor(block.next()).currentTable() if block.next().isValid() else None
            if table is not None and rect.height() + layout.frameBoundingRect(table).height() < body:
                needed = layout.frameBoundingRect(table).height()
            if body - (rect.bottom() % body) < needed:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
        block = block.next()


def _writer(buffer: QBuffer, page: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    layout = QPageLayout(QPageSize(PAGE_SIZES[page]), QPageLayout.Orientation.Portrait,
                         QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setPageLayout(layout)
    return writer


def _decorate(painter: QPainter, width: float, height: float, title: str, page: int, pages: int) -> None:
    painter.setFont(QFont("DejaVu Sans", 7))
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawText(QRectF(0, 0, width, BAND_PX / 2), Qt.AlignmentFlag.AlignLeft, title)
    painter.drawLine(0, BAND_PX / 2, width, BAND_PX / 2)
    painter.drawText(QRectF(0, height - BAND_PX / 2, width, BAND_PX / 2), Qt.AlignmentFlag.AlignCenter,
                     f"Page {page} of {pages}")


def pdf_bytes(data: ReportData, page: str = "a4") -> bytes:
    """The report as PDF bytes on ``page`` ("a4" or "letter") paper."""
    ensure_app()
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, page)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(area.width()), float(area.height())
    body = height - 2 * BAND_PX
    document = _document(data)
    document.setPageSize(QSizeF(width, body))
    keep_headings_with_content(document, body)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            _decorate(painter, width, height, data.model.title, index + 1, pages)
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


def write_pdf(path: str | os.PathLike, data: ReportData, page: str = "a4") -> None:
    """Write the PDF report to ``path`` atomically."""
    write_bytes(path, pdf_bytes(data, page))
